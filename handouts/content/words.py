"""Words the handout and the screen share: region words, titles, headings, colours, and the
sentence for a refused choice."""

from __future__ import annotations

from handouts.i18n import N_, gettext
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
    # Translators: {your_region} is one of the phrases "your left knee", "both your knees"...
    Modality.HEAT: N_("Heat for {your_region}"),
    Modality.ICE: N_("Ice for {your_region}"),
    Modality.ICE_THEN_HEAT: N_("Ice first, then heat, for {your_region}"),
    Modality.EITHER: N_("Heat or ice for {your_region}: you choose"),
    Modality.NEITHER: N_("Neither heat nor ice for now on {your_region}"),
}

# The region as the handout's sentences name it, with its side and "your": one whole phrase
# each, since other languages agree the words with the region's gender and number.
YOUR_REGION: dict[tuple[Region, Side | None], str] = {
    # Translators: the body region as a sentence names it, used mid-sentence ("Ice for ...",
    # "You hurt ... yesterday") and, with a capital, at its start.
    (Region.LOW_BACK, None): N_("your low back"),
    (Region.MID_BACK, None): N_("your mid back"),
    (Region.NECK, None): N_("your neck"),
    (Region.SHOULDER, None): N_("your shoulder"),
    (Region.ELBOW, None): N_("your elbow"),
    (Region.WRIST_HAND, None): N_("your wrist and hand"),
    (Region.HIP, None): N_("your hip"),
    (Region.KNEE, None): N_("your knee"),
    (Region.ANKLE_FOOT, None): N_("your ankle and foot"),
    (Region.OTHER, None): N_("your sore area"),
    (Region.SHOULDER, Side.LEFT): N_("your left shoulder"),
    (Region.SHOULDER, Side.RIGHT): N_("your right shoulder"),
    (Region.SHOULDER, Side.BOTH): N_("both your shoulders"),
    (Region.ELBOW, Side.LEFT): N_("your left elbow"),
    (Region.ELBOW, Side.RIGHT): N_("your right elbow"),
    (Region.ELBOW, Side.BOTH): N_("both your elbows"),
    (Region.WRIST_HAND, Side.LEFT): N_("your left wrist and hand"),
    (Region.WRIST_HAND, Side.RIGHT): N_("your right wrist and hand"),
    (Region.WRIST_HAND, Side.BOTH): N_("both your wrists and hands"),
    (Region.HIP, Side.LEFT): N_("your left hip"),
    (Region.HIP, Side.RIGHT): N_("your right hip"),
    (Region.HIP, Side.BOTH): N_("both your hips"),
    (Region.KNEE, Side.LEFT): N_("your left knee"),
    (Region.KNEE, Side.RIGHT): N_("your right knee"),
    (Region.KNEE, Side.BOTH): N_("both your knees"),
    (Region.ANKLE_FOOT, Side.LEFT): N_("your left ankle and foot"),
    (Region.ANKLE_FOOT, Side.RIGHT): N_("your right ankle and foot"),
    (Region.ANKLE_FOOT, Side.BOTH): N_("both your ankles and feet"),
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
    """ "your left knee", "both your knees", "your low back", in the handout's language."""
    return gettext(YOUR_REGION[region, side])


def upper_first(sentence: str) -> str:
    """The sentence with a capital first letter ("your knee is..." -> "Your knee is...")."""
    return sentence[:1].upper() + sentence[1:]


def is_plural(region: Region, side: Side | None) -> bool:
    """Whether the region takes a plural verb: "your knees are", "your ankle and foot are"."""
    return side is Side.BOTH or region in PLURAL_REGIONS


WHY_HEADINGS: dict[Modality, str] = {
    Modality.HEAT: N_("Why heat (and not ice)"),
    Modality.ICE: N_("Why ice (and not heat)"),
    Modality.ICE_THEN_HEAT: N_("Why ice first, then heat"),
    Modality.EITHER: N_("Why you can choose"),
    Modality.NEITHER: N_("Why no heat or ice for now"),
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
