"""Words the handout and the screen share: region words, titles, headings, colours, and the
sentence for a refused choice."""

from __future__ import annotations

from handouts.model import Caution, Choice, Modality, Region, Side

REGION_WORDS: dict[Region, str] = {
    Region.LOW_BACK: "low back",
    Region.MID_BACK: "mid back",
    Region.NECK: "neck",
    Region.SHOULDER: "shoulder",
    Region.ELBOW: "elbow",
    Region.WRIST_HAND: "wrist and hand",
    Region.HIP: "hip",
    Region.KNEE: "knee",
    Region.ANKLE_FOOT: "ankle and foot",
    Region.OTHER: "sore area",
}
# Regions named with "and" take plural verbs: "your ankle and foot are swollen".
PLURAL_REGIONS = frozenset({Region.WRIST_HAND, Region.ANKLE_FOOT})
# The window's label for OTHER names the choice, not the handout's "sore area".
_OTHER_LABEL = "Other"


def region_label(region: Region) -> str:
    """The window's label for a region: the handout's words, capitalised ("Wrist and hand")."""
    if region is Region.OTHER:
        return _OTHER_LABEL
    words = REGION_WORDS[region]
    return words[0].upper() + words[1:]


# Which red-flag list of the brief's section 6 a region gets.
RED_FLAG_GROUPS: dict[Region, str] = {
    Region.LOW_BACK: "back",
    Region.MID_BACK: "back",
    Region.NECK: "neck",
    Region.SHOULDER: "arm",
    Region.ELBOW: "arm",
    Region.WRIST_HAND: "arm",
    Region.HIP: "leg",
    Region.KNEE: "leg",
    Region.ANKLE_FOOT: "leg",
    Region.OTHER: "other",
}

# In pregnancy, heat on these regions (near the womb) needs the midwife or doctor first.
PREGNANCY_ASK_FIRST = frozenset({Region.LOW_BACK, Region.MID_BACK, Region.HIP})

# "{your_region}" is the region with its side and possessive: "your left knee", "both knees".
TITLES: dict[Modality, str] = {
    Modality.HEAT: "Heat for {your_region}",
    Modality.ICE: "Ice for {your_region}",
    Modality.ICE_THEN_HEAT: "Ice first, then heat, for {your_region}",
    Modality.EITHER: "Heat or ice for {your_region}: you choose",
    Modality.NEITHER: "Neither heat nor ice for now on {your_region}",
}

# Both sides: the plural of each region that has a side.
BOTH_SIDES_WORDS: dict[Region, str] = {
    Region.SHOULDER: "shoulders",
    Region.ELBOW: "elbows",
    Region.WRIST_HAND: "wrists and hands",
    Region.HIP: "hips",
    Region.KNEE: "knees",
    Region.ANKLE_FOOT: "ankles and feet",
}


def sided_words(region: Region, side: Side | None) -> str:
    """The region as the handout names it, with its side: "left knee", "knees", "low back"."""
    if side is Side.BOTH:
        return BOTH_SIDES_WORDS[region]
    if side is None:
        return REGION_WORDS[region]
    return f"{side.value} {REGION_WORDS[region]}"


def your_region(region: Region, side: Side | None) -> str:
    """ "your left knee", "both your knees", "your low back"."""
    if side is Side.BOTH:
        return f"both your {BOTH_SIDES_WORDS[region]}"
    return f"your {sided_words(region, side)}"


def is_plural(region: Region, side: Side | None) -> bool:
    """Whether the region takes a plural verb: "your knees are", "your ankle and foot are"."""
    return side is Side.BOTH or region in PLURAL_REGIONS


WHY_HEADINGS: dict[Modality, str] = {
    Modality.HEAT: "Why heat (and not ice)",
    Modality.ICE: "Why ice (and not heat)",
    Modality.ICE_THEN_HEAT: "Why ice first, then heat",
    Modality.EITHER: "Why you can choose",
    Modality.NEITHER: "Why no heat or ice for now",
}

# One colour per modality, for the window's banner and icons and the handout's picture.
# Dark enough for large text on a white background (contrast 4.5:1 or better).
MODALITY_COLOURS: dict[Modality, str] = {
    Modality.HEAT: "#b3261e",
    Modality.ICE: "#0b5cad",
    Modality.ICE_THEN_HEAT: "#6a3d9a",
    Modality.EITHER: "#00695c",
    Modality.NEITHER: "#4a4a4a",
}

# How much white a modality's light background tint mixes into its colour.
_TINT_WHITE = 0.9


def tint(colour: str) -> str:
    """A light background shade of `colour` ("#rrggbb"), for boxes edged in that colour."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(c + (255 - c) * _TINT_WHITE) for c in channels)
    return "#" + "".join(f"{c:02x}" for c in mixed)


_REFUSED_WHAT: dict[Choice, str] = {
    Choice.HEAT: "Heat",
    Choice.ICE: "Ice",
    Choice.EITHER: "Letting the patient choose heat or ice",
}


def refused_choice_message(choice: Choice, cautions: tuple[Caution, ...]) -> str:
    """The one plain sentence for a clinician's choice that a caution makes unsafe."""
    names = ", ".join(caution.value for caution in cautions)
    return (
        f"{_REFUSED_WHAT[choice]} is not safe with {names}: "
        "choose another option or set the choice to auto."
    )
