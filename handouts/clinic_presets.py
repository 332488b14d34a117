"""The clinic's own presets: a named set of ticks, kept in the clinic profile ([[presets]]).

A preset holds only the clinical part of the form: it has no field for a patient's name or
a note, so it can never carry one into the profile file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from handouts.model import Caution, Choice, History, Onset, Preference, Region, Sign

logger = logging.getLogger(__name__)

MAX_PRESET_NAME_CHARS = 40
MAX_PRESET_DAYS = 3650


class PresetProblem(ValueError):
    """A stored preset cannot be used; the message says which field and why."""


@dataclass(frozen=True)
class SavedPreset:
    """A clinic's preset: a name and the ticks it fills in."""

    name: str
    region: Region
    onset: Onset = Onset.FLARE_UP
    days: int = 0
    signs: frozenset[Sign] = field(default_factory=frozenset)
    preference: Preference = Preference.NONE
    history: frozenset[History] = field(default_factory=frozenset)
    cautions: frozenset[Caution] = field(default_factory=frozenset)
    choice: Choice = Choice.AUTO


def check_preset_name(name: str) -> str:
    """The name cleaned up, or PresetProblem saying what is wrong with it."""
    name = " ".join(name.split())
    if not name:
        raise PresetProblem("A preset needs a name.")
    if len(name) > MAX_PRESET_NAME_CHARS:
        raise PresetProblem(f"A preset's name is limited to {MAX_PRESET_NAME_CHARS} characters.")
    return name


def _one[E: StrEnum](kind: type[E], value: Any, key: str) -> E:
    try:
        return kind(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise PresetProblem(f"{key} must be one of: {allowed}") from None


def _many[E: StrEnum](kind: type[E], value: Any, key: str) -> frozenset[E]:
    if not isinstance(value, list):
        raise PresetProblem(f'{key} must be a list, like ["{next(iter(kind)).value}"]')
    return frozenset(_one(kind, item, key) for item in value)


def preset_from_dict(data: dict[str, Any]) -> SavedPreset:
    """A preset from its TOML table; unknown keys (a name or note, say) are refused."""
    known = {"name", "region", "onset", "days", "signs", "preference", "history", "cautions",
             "choice"}  # fmt: skip
    unknown = sorted(set(data) - known)
    if unknown:
        raise PresetProblem(f"a preset cannot hold '{unknown[0]}'")
    if not isinstance(data.get("name"), str):
        raise PresetProblem("name must be text in quotes")
    if "region" not in data:
        raise PresetProblem("region is missing")
    days = data.get("days", 0)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_PRESET_DAYS:
        raise PresetProblem(f"days must be a whole number from 0 to {MAX_PRESET_DAYS}")
    return SavedPreset(
        name=check_preset_name(data["name"]),
        region=_one(Region, data["region"], "region"),
        onset=_one(Onset, data.get("onset", Onset.FLARE_UP), "onset"),
        days=days,
        signs=_many(Sign, data.get("signs", []), "signs"),
        preference=_one(Preference, data.get("preference", Preference.NONE), "preference"),
        history=_many(History, data.get("history", []), "history"),
        cautions=_many(Caution, data.get("cautions", []), "cautions"),
        choice=_one(Choice, data.get("choice", Choice.AUTO), "choice"),
    )


def preset_to_dict(preset: SavedPreset) -> dict[str, Any]:
    """The preset's TOML table, lists in the enums' order so the file reads the same way."""

    def ordered(members: frozenset[Any], kind: type[StrEnum]) -> list[str]:
        return [member.value for member in kind if member in members]

    return {
        "name": preset.name,
        "region": preset.region.value,
        "onset": preset.onset.value,
        "days": preset.days,
        "signs": ordered(preset.signs, Sign),
        "preference": preset.preference.value,
        "history": ordered(preset.history, History),
        "cautions": ordered(preset.cautions, Caution),
        "choice": preset.choice.value,
    }
