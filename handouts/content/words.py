"""What the handout and the screen say about a recommendation, as plain data.

The clinical wording and rules that are not the decision itself: region words, which
warning-sign list a region gets, titles, headings, sources and when they are cited, the
colour of each modality and the sentence for a refused choice. Templates only lay this out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from handouts.model import Caution, Choice, Modality, Reason, Region

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

_SPINAL_FLAGS = (
    "trouble passing urine, or you cannot control your bladder or bowels",
    "a fever, or weight loss you cannot explain",
    "pain that is worse at night or does not ease with rest",
    "pain after a serious fall or accident",
    "you have had cancer in the past",
)


def _limb_flags(limb: str, cannot: str) -> tuple[str, ...]:
    return (
        f"you cannot {cannot}",
        "a joint looks bent or out of shape",
        f"your {limb} is cold, pale, blue or numb",
        "a hot, red, swollen joint and a fever",
    )


# The red flags of the brief's section 6, by group: see a doctor straight away.
RED_FLAGS: dict[str, tuple[str, ...]] = {
    "back": (
        "numbness, tingling or weakness in both legs",
        "numbness around your private parts or bottom",
        *_SPINAL_FLAGS,
    ),
    "neck": (
        "new weakness or numbness in your arms or face",
        "double vision, dizziness, or trouble speaking or swallowing",
        "unsteady walking or clumsy hands",
        "a stiff neck with fever, headache, vomiting or a rash",
        *_SPINAL_FLAGS,
    ),
    "arm": _limb_flags("arm or hand", "use your arm or hand"),
    "leg": (
        *_limb_flags("leg or foot", "put weight on your leg"),
        "pain in your calf with swelling and redness",
    ),
    "other": (
        "you cannot use or move that part of your body",
        "the area is cold, pale, blue or numb",
        "the area is hot, red and swollen, and you have a fever",
        "new weakness or numbness",
        "pain that is worse at night or does not ease with rest",
        "pain after a serious fall or accident",
        "weight loss you cannot explain",
    ),
}

# In pregnancy, heat on these regions (near the womb) needs the midwife or doctor first.
PREGNANCY_ASK_FIRST = frozenset({Region.LOW_BACK, Region.MID_BACK, Region.HIP})

TITLES: dict[Modality, str] = {
    Modality.HEAT: "Heat for your {region}",
    Modality.ICE: "Ice for your {region}",
    Modality.ICE_THEN_HEAT: "Ice first, then heat, for your {region}",
    Modality.EITHER: "Heat or ice for your {region}: you choose",
    Modality.NEITHER: "Neither heat nor ice for now",
}

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


@dataclass(frozen=True)
class Reference:
    key: str
    text: str


REFERENCES: dict[str, Reference] = {
    ref.key: ref
    for ref in (
        Reference(
            "deyo2001",
            "Deyo RA, Weinstein JN. Low back pain. N Engl J Med. 2001;344(5):363-70. "
            "PMID 11172169.",
        ),
        Reference(
            "garra2010",
            "Garra G, Singer AJ, Leno R, et al. Heat or cold packs for neck and back strain: "
            "a randomized controlled trial of efficacy. Acad Emerg Med. 2010;17(5):484-9. "
            "PMID 20536800.",
        ),
        Reference(
            "french2006",
            "French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or "
            "cold for low back pain. Cochrane Database Syst Rev. 2006;(1):CD004750.",
        ),
        Reference(
            "qaseem2017",
            "Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, "
            "subacute, and chronic low back pain: a clinical practice guideline from the "
            "American College of Physicians. Ann Intern Med. 2017;166(7):514-30. "
            "doi:10.7326/M16-2367.",
        ),
    )
}


# The references a reason's paragraph cites when it tells that study's finding.
STUDY_REFERENCES: dict[str, tuple[str, ...]] = {
    "deyo2001": ("deyo2001",),
    "qaseem2017": ("qaseem2017", "french2006"),
    "garra2010": ("garra2010",),
}


def evidence(reasons: Iterable[Reason], region: Region) -> dict[Reason, str]:
    """Which reason's paragraph tells which study (a key of STUDY_REFERENCES).

    Each study is told once, in the first paragraph it fits: Garra's neck-and-back finding
    goes with 'you choose' or, failing that, with the patient's preference for ice.
    """
    told: dict[Reason, str] = {}
    for reason in reasons:
        if reason is Reason.BACK_PAIN_RARELY_INJURY:
            told[reason] = "deyo2001"
        elif reason is Reason.NO_RECENT_INJURY and region is Region.LOW_BACK:
            told[reason] = "qaseem2017"
        elif (
            reason in (Reason.PATIENT_CHOOSES, Reason.PREFERS_ICE)
            and region.is_spinal
            and "garra2010" not in told.values()
        ):
            told[reason] = "garra2010"
    return told


def cited_references(reasons: Iterable[Reason], region: Region) -> list[str]:
    """The reference keys the handout's text cites, in order of first use."""
    told = evidence(reasons, region).values()
    return list(dict.fromkeys(key for study in told for key in STUDY_REFERENCES[study]))


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
