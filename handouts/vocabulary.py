"""The words of the clinical brief (section 2) as enums: regions, signs, cautions, choices,
modalities and reasons. `handouts.model` re-exports them with the dataclasses built on them.

Each enum's values are exactly the words of the brief, so `Region("low-back")` is how text
becomes data.
"""

from __future__ import annotations

from enum import StrEnum


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


class Language(StrEnum):
    """The handout's language (the window stays in the clinician's own language)."""

    EN = "en"
    FR = "fr"
    ES = "es"


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
