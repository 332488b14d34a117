"""The vocabulary of the clinical brief (section 2): limits, the presentation and the outcome.

One vocabulary for the GUI, the CLI, the decision engine and the templates. The enums live in
`handouts.vocabulary` and are re-exported here, so `from handouts.model import Region` works.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from handouts.vocabulary import (
    BLOCKS_BOTH,
    BLOCKS_HEAT,
    BLOCKS_ICE,
    SIDED_REGIONS,
    SPINAL_REGIONS,
    Caution,
    Choice,
    History,
    Language,
    Modality,
    Onset,
    Preference,
    Reason,
    Region,
    Side,
    Sign,
)

# The enums are re-exported: `from handouts.model import Region` is the usual import.
__all__ = [
    "BLOCKS_BOTH",
    "BLOCKS_HEAT",
    "BLOCKS_ICE",
    "FRESH_DAYS",
    "MAX_CLINICIAN_CHARS",
    "MAX_NOTE_CHARS",
    "MAX_PATIENT_CHARS",
    "SIDED_REGIONS",
    "SPINAL_REGIONS",
    "Caution",
    "Choice",
    "History",
    "InvalidPresentation",
    "Language",
    "Modality",
    "Onset",
    "Preference",
    "Presentation",
    "Reason",
    "Recommendation",
    "Region",
    "Side",
    "Sign",
    "parse_days",
    "parse_value",
]

# An injury this many days old or less is fresh: ice first, then heat from the next day.
FRESH_DAYS = 3

# Limits on what the clinician types; the CLI and the window check them, the renderer clips.
MAX_PATIENT_CHARS = 100
MAX_CLINICIAN_CHARS = 100
MAX_NOTE_CHARS = 500


class InvalidPresentation(ValueError):
    """A presentation that cannot be decided on; the message names the field and the fix."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name


def _allowed(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


def parse_value[E: StrEnum](enum: type[E], value: object, field_name: str) -> E:
    """Turn a word of the vocabulary into its enum member, or say what the allowed words are."""
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        try:
            return enum(value.strip().lower())
        except ValueError:
            pass
    raise InvalidPresentation(
        field_name, f"{field_name}: {value!r} is not one of: {_allowed(enum)}"
    )


def _parse_set[E: StrEnum](enum: type[E], values: object, field_name: str) -> frozenset[E]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise InvalidPresentation(
            field_name, f"{field_name}: expected a list of values from: {_allowed(enum)}"
        )
    return frozenset(parse_value(enum, value, field_name) for value in values)


def parse_days(value: object) -> int | None:
    """Days since the start: a whole number, 0 or more, or None when not given."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidPresentation("days", f"days: {value!r} is not a whole number")
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("-").isdigit():
            raise InvalidPresentation(
                "days", f"days: {value!r} is not a whole number; give days as 0, 1, 2, ..."
            )
        value = int(text)
    if not isinstance(value, int):
        raise InvalidPresentation("days", f"days: {value!r} is not a whole number")
    if value < 0:
        raise InvalidPresentation(
            "days", f"days: {value} is negative; give 0 for today, 1 for yesterday, ..."
        )
    return value


@dataclass(frozen=True)
class Presentation:
    """What the clinician saw and heard. Accepts enum members or the brief's words."""

    region: Region
    onset: Onset = Onset.FLARE_UP
    days: int | None = None
    signs: frozenset[Sign] = field(default_factory=frozenset)
    preference: Preference = Preference.NONE
    history: frozenset[History] = field(default_factory=frozenset)
    cautions: frozenset[Caution] = field(default_factory=frozenset)
    choice: Choice = Choice.AUTO
    side: Side | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "region", parse_value(Region, self.region, "region"))
        set_(self, "onset", parse_value(Onset, self.onset, "onset"))
        set_(self, "days", parse_days(self.days))
        set_(self, "signs", _parse_set(Sign, self.signs, "signs"))
        set_(self, "preference", parse_value(Preference, self.preference, "preference"))
        set_(self, "history", _parse_set(History, self.history, "history"))
        set_(self, "cautions", _parse_set(Caution, self.cautions, "cautions"))
        set_(self, "choice", parse_value(Choice, self.choice, "choice"))
        if self.side is not None:
            set_(self, "side", parse_value(Side, self.side, "side"))
            if self.region not in SIDED_REGIONS:
                sided = ", ".join(region.value for region in Region if region in SIDED_REGIONS)
                raise InvalidPresentation(
                    "side",
                    f"side: {self.region.value} has no left or right; give a side only for: "
                    f"{sided}",
                )
        if self.onset is Onset.INJURY and self.days is None:
            raise InvalidPresentation(
                "days",
                "days: required when onset is injury; give the days since the injury (0 = today)",
            )

    @property
    def is_fresh(self) -> bool:
        """A traumatic injury in the last FRESH_DAYS days (the brief's 'fresh')."""
        return self.onset is Onset.INJURY and self.days is not None and self.days <= FRESH_DAYS

    @property
    def is_inflamed(self) -> bool:
        return bool(self.signs & {Sign.SWELLING, Sign.WARMTH})


@dataclass(frozen=True)
class Recommendation:
    """The outcome: what to use, the reasons that applied, and what the clinician should know.

    `switch_after_days` is set for ice-then-heat: how many more days of ice before heat.
    `warnings` are for the clinician's screen, not for the handout.
    """

    modality: Modality
    reasons: tuple[Reason, ...]
    cautions: tuple[Caution, ...] = ()
    warnings: tuple[str, ...] = ()
    switch_after_days: int | None = None
    chosen_by_clinician: bool = False

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of `main.py decide`."""
        return {
            "modality": self.modality.value,
            "reasons": [reason.value for reason in self.reasons],
            "cautions": [caution.value for caution in self.cautions],
            "warnings": list(self.warnings),
        }
