"""The words on screen: labels, tooltips and short clinician-facing phrases for each code.

Only wording lives here, no decisions: the codes come from `handouts.model`, and what they
mean clinically is decided in `handouts.decision`. Words the handout shares with the screen
(region names, the refused-choice sentence, the modality colours) live in `handouts.content`.
"""

from __future__ import annotations

from handouts.content import region_label
from handouts.model import (
    FRESH_DAYS,
    Caution,
    Choice,
    History,
    Modality,
    Onset,
    Preference,
    Reason,
    Region,
    Side,
    Sign,
)

REGION_LABELS: dict[Region, str] = {region: region_label(region) for region in Region}

REGION_TIPS: dict[Region, str] = {
    region: f"Where it hurts: {label.lower()}" + (" (a spinal region)" if region.is_spinal else "")
    for region, label in REGION_LABELS.items()
}
REGION_TIPS[Region.OTHER] = "Where it hurts: somewhere not listed here"

SIDE_LABELS: dict[Side, str] = {Side.LEFT: "Left", Side.RIGHT: "Right", Side.BOTH: "Both"}

SIDE_TIPS: dict[Side, str] = {
    side: f"The patient's {side.value} side: printed in the handout's title and picture"
    for side in (Side.LEFT, Side.RIGHT)
}
SIDE_TIPS[Side.BOTH] = 'Both sides: the handout speaks of both ("your knees")'
SIDE_OFF_TIP = "Only for a region with a left and a right side"

ONSET_LABELS: dict[Onset, str] = {
    Onset.FLARE_UP: "Flare-up",
    Onset.GRADUAL: "Came on gradually",
    Onset.INJURY: "Injury",
}

ONSET_TIPS: dict[Onset, str] = {
    Onset.FLARE_UP: "A flare-up of pain that comes back, with no clear cause this time",
    Onset.GRADUAL: "The pain came on gradually, with no single event",
    Onset.INJURY: (
        "A specific traumatic event: a fall, a car or sports accident, a sudden strain "
        "while lifting. Give the days since it happened."
    ),
}

DAYS_TIP = (
    f"Days since the injury happened (0 = today). Up to {FRESH_DAYS} days counts as a fresh "
    "injury. Only used when the onset is an injury."
)

SIGN_LABELS: dict[Sign, str] = {
    Sign.SWELLING: "Swelling",
    Sign.WARMTH: "Warmth",
    Sign.BRUISING: "Bruising",
    Sign.SPASM: "Spasm",
    Sign.STIFFNESS: "Stiffness",
    Sign.KNOTS: "Knots",
}

SIGN_TIPS: dict[Sign, str] = {
    Sign.SWELLING: "You see or feel swelling in the area (counts as inflamed)",
    Sign.WARMTH: "The skin over the area is warm or red (counts as inflamed)",
    Sign.BRUISING: "You see bruising in the area",
    Sign.SPASM: "The muscles are in spasm or guarding",
    Sign.STIFFNESS: "The area is stiff: movement is limited or slow to start",
    Sign.KNOTS: "Tender muscle knots (trigger points) in the area",
}

PREFERENCE_LABELS: dict[Preference, str] = {
    Preference.NONE: "No preference",
    Preference.HEAT: "Heat",
    Preference.ICE: "Ice",
}

PREFERENCE_TIPS: dict[Preference, str] = {
    Preference.NONE: "The patient does not mind which they use",
    Preference.HEAT: "The patient would rather use heat; followed when it is safe",
    Preference.ICE: "The patient would rather use ice; followed when it is safe",
}

HISTORY_LABELS: dict[History, str] = {
    History.COLD_WORSE: "Cold made it worse",
    History.HEAT_WORSE: "Heat made it worse",
}

HISTORY_TIPS: dict[History, str] = {
    History.COLD_WORSE: "Cold has made this pain worse before: ice is not suggested",
    History.HEAT_WORSE: "Heat has made this pain worse before: heat is not suggested",
}

CAUTION_LABELS: dict[Caution, str] = {
    Caution.NUMBNESS: "Numbness",
    Caution.POOR_CIRCULATION: "Poor circulation",
    Caution.COLD_SENSITIVITY: "Cold sensitivity",
    Caution.BROKEN_SKIN: "Broken skin",
    Caution.CANNOT_REPORT: "Cannot report",
    Caution.CANCER: "Cancer",
    Caution.PREGNANCY: "Pregnancy",
}

CAUTION_TIPS: dict[Caution, str] = {
    Caution.NUMBNESS: (
        "Reduced feeling in the area (nerve damage, diabetic neuropathy): the patient "
        "cannot feel a burn or frostbite. Rules out heat and ice."
    ),
    Caution.POOR_CIRCULATION: (
        "Peripheral vascular disease: the skin cannot cope with heat or cold. "
        "Rules out heat and ice."
    ),
    Caution.COLD_SENSITIVITY: ("Raynaud's, cold urticaria or cryoglobulinaemia. Rules out ice."),
    Caution.BROKEN_SKIN: (
        "An open wound, infection, dermatitis or eczema in the area. Rules out heat and ice."
    ),
    Caution.CANNOT_REPORT: (
        "Cannot reliably feel or say when it is too hot or cold (dementia, young child, "
        "heavy sedation). Rules out heat and ice."
    ),
    Caution.CANCER: ("Active cancer or recent radiotherapy in the area. Rules out heat and ice."),
    Caution.PREGNANCY: (
        "Blocks nothing, but the handout says: gentle warmth only, no hot tubs or saunas, "
        "and ask the midwife or doctor first for the back or hip."
    ),
}

CHOICE_LABELS: dict[Choice, str] = {
    Choice.AUTO: "Auto (follow the policy)",
    Choice.HEAT: "Heat",
    Choice.ICE: "Ice",
    Choice.EITHER: "Let the patient choose",
}

CHOICE_TIPS: dict[Choice, str] = {
    Choice.AUTO: "Let the app decide by the clinical policy",
    Choice.HEAT: "Your choice: heat. Refused if a caution makes heat unsafe.",
    Choice.ICE: "Your choice: ice. Refused if a caution makes ice unsafe.",
    Choice.EITHER: (
        "The patient picks heat or ice and the handout explains both. "
        "Refused if a caution makes either unsafe."
    ),
}

MODALITY_TITLES: dict[Modality, str] = {
    Modality.HEAT: "Heat",
    Modality.ICE: "Ice",
    Modality.ICE_THEN_HEAT: "Ice, then heat",
    Modality.EITHER: "Either: the patient chooses",
    Modality.NEITHER: "Neither heat nor ice",
}

REASON_PHRASES: dict[Reason, str] = {
    Reason.CLINICIAN_CHOICE: "Your choice, not the policy's",
    Reason.PATIENT_CHOOSES: "The patient picks heat or ice; the handout explains both",
    Reason.FRESH_INJURY: f"Fresh injury ({FRESH_DAYS} days or less)",
    Reason.SWELLING: "Swelling",
    Reason.WARMTH: "Warm or red skin over the area",
    Reason.BRUISING: "Bruising",
    Reason.SWITCH_TO_HEAT: "Switch to heat once the swelling settles",
    Reason.NO_RECENT_INJURY: "No recent injury, not inflamed",
    Reason.BACK_PAIN_RARELY_INJURY: "Back pain is rarely a tissue injury",
    Reason.SPASM: "Muscle spasm",
    Reason.STIFFNESS: "Stiffness",
    Reason.KNOTS: "Muscle knots",
    Reason.ACUTE_BUT_ICE_UNSAFE: "Acute, but ice is not safe for this patient",
    Reason.NO_PREFERENCE: "No preference from the patient",
    Reason.PREFERS_HEAT: "The patient prefers heat",
    Reason.PREFERS_ICE: "The patient prefers ice",
    Reason.PREFERS_HEAT_LATER: "Prefers heat: heat comes after the ice days",
    Reason.PREFERS_HEAT_NOT_NOW: "Prefers heat, but heat is not advised now",
    Reason.PREFERS_ICE_NOT_NOW: "Prefers ice, but ice is not advised",
    Reason.HISTORY_COLD_WORSE: "Cold made this pain worse before",
    Reason.HISTORY_HEAT_WORSE: "Heat made this pain worse before",
    Reason.CAUTION_NUMBNESS: "Caution: numbness",
    Reason.CAUTION_POOR_CIRCULATION: "Caution: poor circulation",
    Reason.CAUTION_COLD_SENSITIVITY: "Caution: cold sensitivity",
    Reason.CAUTION_BROKEN_SKIN: "Caution: broken skin",
    Reason.CAUTION_CANNOT_REPORT: "Caution: cannot report heat or cold",
    Reason.CAUTION_CANCER: "Caution: cancer or radiotherapy in the area",
    Reason.CAUTION_PREGNANCY: "Pregnancy",
}

# What the handout says about tight muscles and stiffness depends on the plan
# (handouts.content.muscles): the banner says the same, in short.
_WARM_PLANS = (Modality.HEAT, Modality.EITHER, Modality.NEITHER)


def _clauses(warm: str, ice: str, ice_then_heat: str) -> dict[Modality, str]:
    clauses = dict.fromkeys(_WARM_PLANS, warm)
    clauses.update({Modality.ICE: ice, Modality.ICE_THEN_HEAT: ice_then_heat})
    return clauses


REASON_CLAUSES: dict[Reason, dict[Modality, str]] = {
    Reason.SPASM: _clauses(
        ": warmth eases it",
        ": cold may tighten it; stop if it stays tight",
        ": keep ice short; warmth eases it later",
    ),
    Reason.KNOTS: _clauses(
        ": warmth eases them",
        ": cold may tighten them; stop if they do",
        ": keep ice short; warmth eases them later",
    ),
    Reason.STIFFNESS: _clauses(
        ": warmth loosens it",
        ": move it gently after each ice",
        ": warmth loosens it once heat starts",
    ),
    Reason.CAUTION_PREGNANCY: {
        modality: ": gentle warmth only, no hot tubs or saunas"
        if modality.uses_heat
        else ": no hot tubs or saunas"
        for modality in Modality
    },
}


def reason_phrase(reason: Reason, modality: Modality) -> str:
    """The banner's phrase for one reason of a plan: true to what that plan's handout says."""
    return REASON_PHRASES[reason] + REASON_CLAUSES.get(reason, {}).get(modality, "")
