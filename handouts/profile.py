"""The clinic profile: who is handing out the sheet, how it is printed and how it is emailed.

A small TOML file in the user's config folder. The app works with no profile at all; a broken
file is reported with the line at fault and is only replaced when the user saves new settings.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from handouts.files import WriteFailed, write_atomic
from handouts.settings import (
    DEFAULT_EMAIL_BODY,
    DEFAULT_EMAIL_SUBJECT,
    SECTIONS,
    Paper,
    Setting,
    SmtpSecurity,
    setting,
    settings_in,
)

__all__ = [
    "DEFAULT_EMAIL_BODY",
    "DEFAULT_EMAIL_SUBJECT",
    "ClinicProfile",
    "Paper",
    "ProfileError",
    "SmtpSecurity",
    "config_dir",
    "data_dir",
    "default_profile_path",
    "load_profile",
    "profile_from_dict",
    "profile_to_dict",
    "save_profile",
]

logger = logging.getLogger(__name__)

APP_NAME = "heat-or-ice"


class ProfileError(Exception):
    """The profile file exists but cannot be used; the message says where and what to do."""


def _default[T](key: str, kind: type[T]) -> T:
    """A setting's default from the one table, checked to be of the attribute's type."""
    value = setting(key).default
    assert isinstance(value, kind) and setting(key).kind is kind, key
    return value


@dataclass(frozen=True)
class ClinicProfile:
    """Every setting has a default (declared in handouts.settings), so an empty or missing
    file is a valid profile."""

    # [clinic]
    name: str = _default("name", str)
    address: str = _default("address", str)
    phone: str = _default("phone", str)
    website: str = _default("website", str)
    logo: str = _default("logo", str)  # absolute path of the app's copy of the logo, or ""
    clinician: str = _default("clinician", str)
    role: str = _default("role", str)
    emergency_number: str = _default("emergency_number", str)
    # [handout]
    paper: Paper = _default("paper", Paper)  # noqa: RUF009 (an enum member is immutable)
    large_print: bool = _default("large_print", bool)
    save_folder: str = _default("save_folder", str)
    # [email]
    email_from: str = _default("email_from", str)
    email_subject: str = _default("email_subject", str)
    email_body: str = _default("email_body", str)
    # [smtp]
    smtp_host: str = _default("smtp_host", str)
    smtp_port: int = _default("smtp_port", int)
    smtp_security: SmtpSecurity = _default("smtp_security", SmtpSecurity)  # noqa: RUF009
    smtp_user: str = _default("smtp_user", str)

    @property
    def logo_path(self) -> Path | None:
        return Path(self.logo) if self.logo else None

    def with_changes(self, **changes: Any) -> ClinicProfile:
        return replace(self, **changes)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME)


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME)


def default_profile_path() -> Path:
    return config_dir() / "profile.toml"


def _convert(item: Setting, value: Any, where: str) -> Any:
    kind = item.kind
    if issubclass(kind, StrEnum):
        try:
            return kind(str(value).lower())
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise ProfileError(f"{where}: {item.toml_key} must be one of: {allowed}") from None
    if kind is bool:
        if not isinstance(value, bool):
            raise ProfileError(f"{where}: must be true or false")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
            raise ProfileError(f"{where}: must be a port number between 1 and 65535")
        return value
    if not isinstance(value, str):
        raise ProfileError(f"{where}: must be text in quotes")
    return value


def profile_from_dict(data: dict[str, Any], source: str = "profile") -> ClinicProfile:
    values: dict[str, Any] = {}
    for section in SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ProfileError(f"{source}: [{section}] must be a table")
        known = {item.toml_key: item for item in settings_in(section)}
        for key, value in table.items():
            if key not in known:
                allowed = ", ".join(known)
                raise ProfileError(
                    f"{source}: [{section}] has an unknown setting '{key}' (known: {allowed})"
                )
            item = known[key]
            values[item.key] = _convert(item, value, f"{source}: [{section}] {key}")
    return ClinicProfile(**values)


def profile_to_dict(profile: ClinicProfile) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for section in SECTIONS:
        data[section] = {}
        for item in settings_in(section):
            value = getattr(profile, item.key)
            data[section][item.toml_key] = value.value if isinstance(value, StrEnum) else value
    return data


def load_profile(path: Path | None = None) -> ClinicProfile:
    """Read the profile; a missing file is the default profile, a broken one a ProfileError."""
    path = Path(path) if path is not None else default_profile_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ClinicProfile()
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(
            f"The clinic profile {path} could not be read ({error}). "
            "Check the file, or save new settings to replace it."
        ) from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(
            f"The clinic profile {path} is not valid TOML ({error}). "
            "Fix the file, or save new settings to replace it."
        ) from error
    return profile_from_dict(data, source=str(path))


def save_profile(profile: ClinicProfile, path: Path | None = None) -> Path:
    """Write the profile atomically; raises WriteFailed with a plain message."""
    path = Path(path) if path is not None else default_profile_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(
            f"The settings folder {path.parent} cannot be created ({error.strerror})."
        ) from error
    write_atomic(path, tomli_w.dumps(profile_to_dict(profile)).encode("utf-8"))
    logger.info("clinic profile saved")
    return path
