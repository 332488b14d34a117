"""A profile value as read from TOML, checked against its declaration in handouts.settings."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from handouts.settings import Setting


class ProfileError(Exception):
    """The profile file exists but cannot be used; the message says where and what to do."""


def convert(item: Setting, value: Any) -> Any:
    """The value as the setting's type, or ProfileError saying what it must be."""
    kind = item.kind
    if issubclass(kind, StrEnum):
        try:
            return kind(str(value).lower())
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise ProfileError(f"{item.toml_key} must be one of: {allowed}") from None
    if kind is bool:
        if not isinstance(value, bool):
            raise ProfileError(f"{item.toml_key} must be true or false")
        return value
    if kind is int and item.limits is not None:
        low, high = item.limits
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ProfileError(f"{item.toml_key} must be a whole number from {low} to {high}")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
            raise ProfileError(f"{item.toml_key} must be a port number between 1 and 65535")
        return value
    if not isinstance(value, str):
        raise ProfileError(f"{item.toml_key} must be text in quotes")
    return value
