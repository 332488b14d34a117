"""The vocabulary of the clinical brief (section 2) as enums and frozen dataclasses.

One vocabulary for the GUI, the CLI, the decision engine and the templates: each enum's
values are exactly the words of the brief, so `Region("low-back")` is how text becomes data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

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


class Region(StrEnum):
    LOW_BACK = "low-back"
    MID_BACK = "mid-back"
    NECK = "neck"
    SHOULDER = "shoulder"
    ELBOW = "elbow"
    WRIST_HAND = "wrist-hand"
    HIP = "hip"
    KNEE = "knee"
    ANKLE_FOOT = "ankle-foot"
    OTHER = "other"

    @property
    def is_spinal(self) -> bool:
        return self in SPINAL_REGIONS

    @property
    def is_back(self) -> bool:
        """Low or mid back: the regions the article's 'back pain is rarely an injury' is about."""
        return self in (Region.LOW_BACK, Region.MID_BACK)


SPINAL_REGIONS = frozenset({Region.LOW_BACK, Region.MID_BACK, Region.NECK})


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


# The regions that have a left and a right; only these take a side.
SIDED_REGIONS = frozenset(
    {Region.SHOULDER, Region.ELBOW, Region.WRIST_HAND, Region.HIP, Region.KNEE, Region.ANKLE_FOOT}
)


class Onset(StrEnum):
    FLARE_UP = "flare-up"
    GRADUAL = "gradual"
    INJURY = "injury"


class Sign(StrEnum):
    SWELLING = "swelling"
    WARMTH = "warmth"
    BRUISING = "bruising"
    SPASM = "spasm"
    STIFFNESS = "stiffness"
    KNOTS = "knots"


class Preference(StrEnum):
    HEAT = "heat"
    ICE = "ice"
    NONE = "none"


class History(StrEnum):
    COLD_WORSE = "cold-worse"
    HEAT_WORSE = "heat-worse"


class Caution(StrEnum):
    NUMBNESS = "numbness"
    POOR_CIRCULATION = "poor-circulation"
    COLD_SENSITIVITY = "cold-sensitivity"
    BROKEN_SKIN = "broken-skin"
    CANNOT_REPORT = "cannot-report"
    CANCER = "cancer"
    PREGNANCY = "pregnancy"


# Section 3 of the brief: which cautions block which modality.
BLOCKS_BOTH = frozenset(
    {
        Caution.NUMBNESS,
        Caution.POOR_CIRCULATION,
        Caution.BROKEN_SKIN,
        Caution.CANNOT_REPORT,
        Caution.CANCER,
    }
)
BLOCKS_ICE = BLOCKS_BOTH | {Caution.COLD_SENSITIVITY}
BLOCKS_HEAT = BLOCKS_BOTH


class Choice(StrEnum):
    """The clinician's choice; AUTO applies the policy."""

    AUTO = "auto"
    HEAT = "heat"
    ICE = "ice"
    EITHER = "either"


class Modality(StrEnum):
    HEAT = "heat"
    ICE = "ice"
    ICE_THEN_HEAT = "ice-then-heat"
    EITHER = "either"
    NEITHER = "neither"

    @property
    def uses_heat(self) -> bool:
        return self in (Modality.HEAT, Modality.ICE_THEN_HEAT, Modality.EITHER)

    @property
    def uses_ice(self) -> bool:
        return self in (Modality.ICE, Modality.ICE_THEN_HEAT, Modality.EITHER)


class Reason(StrEnum):
    """Why the recommendation came out as it did: one stable code per paragraph of the handout."""

    CLINICIAN_CHOICE = "clinician-choice"
    PATIENT_CHOOSES = "patient-chooses"
    # Ice side.
    FRESH_INJURY = "fresh-injury"
    SWELLING = "swelling"
    WARMTH = "warmth"
    BRUISING = "bruising"
    SWITCH_TO_HEAT = "switch-to-heat"
    # Heat side.
    NO_RECENT_INJURY = "no-recent-injury"
    BACK_PAIN_RARELY_INJURY = "back-pain-rarely-injury"
    SPASM = "spasm"
    STIFFNESS = "stiffness"
    KNOTS = "knots"
    # Neither.
    ACUTE_BUT_ICE_UNSAFE = "acute-but-ice-unsafe"
    # The patient's preference: always acknowledged, one of these.
    NO_PREFERENCE = "no-preference"
    PREFERS_HEAT = "prefers-heat"
    PREFERS_ICE = "prefers-ice"
    PREFERS_HEAT_LATER = "prefers-heat-later"
    PREFERS_HEAT_NOT_NOW = "prefers-heat-not-now"
    PREFERS_ICE_NOT_NOW = "prefers-ice-not-now"
    # History.
    HISTORY_COLD_WORSE = "history-cold-worse"
    HISTORY_HEAT_WORSE = "history-heat-worse"
    # Cautions.
    CAUTION_NUMBNESS = "caution-numbness"
    CAUTION_POOR_CIRCULATION = "caution-poor-circulation"
    CAUTION_COLD_SENSITIVITY = "caution-cold-sensitivity"
    CAUTION_BROKEN_SKIN = "caution-broken-skin"
    CAUTION_CANNOT_REPORT = "caution-cannot-report"
    CAUTION_CANCER = "caution-cancer"
    CAUTION_PREGNANCY = "caution-pregnancy"

    @classmethod
    def for_caution(cls, caution: Caution) -> Reason:
        return cls(f"caution-{caution.value}")

    @classmethod
    def for_history(cls, history: History) -> Reason:
        return cls(f"history-{history.value}")


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
