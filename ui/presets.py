"""Presets for the common cases (built in) and the clinic's own (kept in the clinic profile):
one click fills the clinical part of the form."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from typing import NamedTuple

from handouts.clinic_presets import PresetProblem, SavedPreset, check_preset_name
from handouts.model import Caution, Onset, Region, Sign
from ui import wording
from ui.widgets.form_values import FormValues


class Preset(NamedTuple):
    """A named set of ticks; the patient's name, the note and the handout language are left
    as they are."""

    name: str
    description: str
    values: FormValues

    def applied_to(self, current: FormValues) -> FormValues:
        return replace(
            self.values, patient=current.patient, note=current.note, language=current.language
        )


PRESETS: tuple[Preset, ...] = (
    Preset(
        "Back flare-up",
        "Low back, a flare-up of recurring pain, muscle spasm",
        FormValues(region=Region.LOW_BACK, onset=Onset.FLARE_UP, signs=frozenset({Sign.SPASM})),
    ),
    Preset(
        "Fresh back strain",
        "Low back, strained while lifting yesterday",
        FormValues(region=Region.LOW_BACK, onset=Onset.INJURY, days=1),
    ),
    Preset(
        "Recent whiplash",
        "Neck, car accident yesterday, stiff",
        FormValues(
            region=Region.NECK, onset=Onset.INJURY, days=1, signs=frozenset({Sign.STIFFNESS})
        ),
    ),
    Preset(
        "Sprained ankle",
        "Ankle, twisted today, swollen and bruised",
        FormValues(
            region=Region.ANKLE_FOOT,
            onset=Onset.INJURY,
            days=0,
            signs=frozenset({Sign.SWELLING, Sign.BRUISING}),
        ),
    ),
    Preset(
        "Stiff neck",
        "Neck, came on gradually, stiff with tender knots",
        FormValues(
            region=Region.NECK,
            onset=Onset.GRADUAL,
            signs=frozenset({Sign.STIFFNESS, Sign.KNOTS}),
        ),
    ),
    Preset(
        "Knee injury",
        "Knee, injured today, swollen",
        FormValues(
            region=Region.KNEE, onset=Onset.INJURY, days=0, signs=frozenset({Sign.SWELLING})
        ),
    ),
)


MAX_PRESET_KEYS = 9  # Ctrl+1 to Ctrl+9, in the order of the list: built-ins, then the clinic's


def describe(values: FormValues) -> str:
    """A short description of a clinic's preset, from its ticks."""
    parts = [wording.REGION_LABELS[values.region]] if values.region else []
    parts.append(wording.ONSET_LABELS[values.onset].lower())
    parts += [wording.SIGN_LABELS[sign].lower() for sign in Sign if sign in values.signs]
    parts += [wording.CAUTION_LABELS[c].lower() for c in Caution if c in values.cautions]
    return ", ".join(parts)


# What a clinic's preset holds: every clinical tick of the form (never the name or note).
_TICKS = tuple(item.name for item in dataclasses.fields(SavedPreset) if item.name != "name")


def from_saved(saved: SavedPreset) -> Preset:
    """A clinic's preset (from the profile) as the window uses it."""
    values = FormValues(**{name: getattr(saved, name) for name in _TICKS})
    return Preset(saved.name, f"Your clinic's preset: {describe(values)}", values)


def to_saved(name: str, values: FormValues) -> SavedPreset:
    """The form's clinical ticks under `name`; the patient's name and the note are left out.

    Raises PresetProblem when no region is picked or the name is not usable."""
    if values.region is None:
        raise PresetProblem("Pick where it hurts before saving a preset.")
    ticks = {tick: getattr(values, tick) for tick in _TICKS}
    return SavedPreset(name=check_preset_name(name), **ticks)


def all_presets(saved: tuple[SavedPreset, ...]) -> tuple[Preset, ...]:
    """Every preset in the order of the list (and of Ctrl+1..Ctrl+9): built-ins first."""
    return PRESETS + tuple(from_saved(preset) for preset in saved)


def shortcut_for(index: int) -> str:
    """Ctrl+1 to Ctrl+9 for the first nine presets of the list, else no key."""
    return f"Ctrl+{index + 1}" if index < MAX_PRESET_KEYS else ""
