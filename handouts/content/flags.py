"""The warning signs of the brief's section 6, in two levels, fitted to what is known.

A sign the patient already has is not listed as new: numbness ticked becomes numbness that
spreads or gets worse; a history of cancer becomes a line saying to tell the doctor.
"""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.content.words import RED_FLAG_GROUPS
from handouts.model import Caution, Modality, Onset

ANY_REGION = "chest pain, or pain with trouble breathing"

_LIMB = {"arm": "arm or hand", "leg": "leg or foot", "other": "area"}


def emergency_signs(f: Facts) -> list[str]:
    """Call the emergency number now."""
    group = RED_FLAG_GROUPS[f.presentation.region]
    numb = f.cautioned(Caution.NUMBNESS)
    if group == "back":
        return [
            "you cannot control your bladder or bowels, or you cannot pass urine",
            "numbness around your private parts or bottom",
            "numbness or weakness in both legs that is getting worse",
            ANY_REGION,
        ]
    if group == "neck":
        return [
            "a sudden, very bad headache",
            "slurred speech, a drooping face, or weakness on one side of your body",
            "loss of sight, double vision, dizziness, or trouble speaking or swallowing",
            ANY_REGION,
        ]
    limb = _LIMB[group]
    the = "the area" if group == "other" else f"your {limb}"
    colour = f"{the} turns cold, pale, blue or numb"
    if numb:
        colour = f"{the} turns cold, pale, blue or numb, or the numbness you have spreads"
    return [
        colour,
        f"pain far worse than you would expect that keeps rising, and {the} feels tight and "
        "swollen",
        "a joint looks bent or out of shape",
        ANY_REGION,
    ]


def doctor_signs(f: Facts) -> list[str]:
    """See a doctor within a day."""
    group = RED_FLAG_GROUPS[f.presentation.region]
    numb = f.cautioned(Caution.NUMBNESS)
    nerve = (
        "numbness that spreads or gets worse, or new weakness or tingling in an arm or leg"
        if numb
        else "new weakness, numbness or tingling in an arm or leg"
    )
    if group in ("back", "neck"):
        return [
            "a fever, or weight loss you cannot explain",
            "pain that is worse at night and does not ease with rest",
            nerve,
            "unsteady walking or clumsy hands",
            "a stiff neck with a fever, headache, vomiting or a rash",
        ]
    if group == "arm":
        signs = ["you cannot use your arm or hand"]
    elif group == "leg":
        signs = ["you cannot put weight on your leg"]
    else:
        signs = ["you cannot use or move that part of your body"]
    signs.append("a hot, red, swollen joint and a fever")
    if group == "leg":
        signs.append("pain in your calf with swelling and redness")
    if group == "other":
        signs += [
            "numbness that spreads or gets worse" if numb else "new weakness or numbness",
            "pain that is worse at night and does not ease with rest",
            "weight loss you cannot explain",
        ]
    return signs


def emergency_lead(f: Facts) -> str:
    after = (
        "After an injury to your neck, call"
        if f.presentation.onset is Onset.INJURY and RED_FLAG_GROUPS[f.presentation.region] == "neck"
        else "Call"
    )
    return f"{after} {f.call} now if you have any of these:"


def doctor_notes(f: Facts) -> list[str]:
    """What the doctor should hear, about what is already known."""
    if f.cautioned(Caution.CANCER):
        return ["You have had cancer, so tell your doctor about this pain, even if it is mild."]
    return []


def thermal_signs(f: Facts) -> list[str]:
    """Signs that heat or ice has harmed the skin: stop and call."""
    if f.modality is Modality.NEITHER:
        return []
    return [
        "you get blisters",
        "your skin stays numb or white after you stop, or red and sore for hours",
        "the pain is clearly worse afterwards",
    ]


def thermal_lead(f: Facts) -> str:
    m = f.modality
    what = "heat or ice" if m.uses_heat and m.uses_ice else ("heat" if m.uses_heat else "ice")
    return f"Stop using {what} and call {f.who} if:"
