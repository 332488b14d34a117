"""Presets for the common cases: one click fills the clinical part of the form."""

from __future__ import annotations

from dataclasses import dataclass, replace

from handouts.model import Onset, Region, Sign
from ui.widgets.form_values import FormValues


@dataclass(frozen=True)
class Preset:
    """A named set of ticks; the patient's name and the note are left as they are."""

    name: str
    description: str
    values: FormValues

    def applied_to(self, current: FormValues) -> FormValues:
        return replace(self.values, patient=current.patient, note=current.note)


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
