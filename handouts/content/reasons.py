"""One short paragraph per reason (handouts.model.Reason), chosen from the facts.

A paragraph is a list of parts: plain text and, after a sentence that tells a study's
finding, the key of the study it cites (the template prints the number).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from handouts.content.facts import Facts
from handouts.content.muscles import knots, spasm, stiffness
from handouts.content.parts import Paragraph, cite, text
from handouts.content.person import (
    CAUTION_SENTENCES,
    acute_but_ice_unsafe,
    caution,
    history_cold_worse,
    history_heat_worse,
    no_preference,
    prefers_heat,
    prefers_heat_later,
    prefers_heat_not_now,
    prefers_ice,
    prefers_ice_not_now,
    pregnancy,
)
from handouts.model import FRESH_DAYS, Modality, Onset, Reason


def _clinician_choice(f: Facts, told: dict[Reason, str]) -> Paragraph:
    first = f"{f.who_start} chose this plan for you after checking {f.your_region} today."
    if f.modality is Modality.HEAT and f.acute:
        return [text(first, _heat_on_acute(f))]
    return [text(first)]


def _heat_on_acute(f: Facts) -> str:
    """The watch-and-switch advice when heat was chosen for a fresh or swollen area."""
    switch = "stop the heat and use ice instead" if f.ice_ok else f"stop the heat and call {f.who}"
    return (
        "Heat can make a new or swollen injury swell more, so keep an eye on it. "
        f"If it swells more, gets hotter or hurts more, {switch}."
    )


def _patient_chooses(f: Facts, told: dict[Reason, str]) -> Paragraph:
    parts: Paragraph = []
    if f.acute:
        parts.append(
            text(
                f"You can choose heat or ice, but not yet. Use ice, or nothing, until "
                f"{f.settle_date}, and until {f.swelling_words} has gone. "
                "After that, pick the one you like better."
                if f.fresh
                else f"You can choose heat or ice, but not yet. Use ice, or nothing, until "
                f"{f.swelling_words} has gone. After that, pick the one you like better."
            )
        )
    else:
        parts.append(
            text("Heat and ice help many people about the same, so you can pick the one you like.")
        )
    if told.get(Reason.PATIENT_CHOOSES) == "garra2010":
        parts += [
            text(
                "In a study of people with neck or back strain, heat packs and cold packs gave "
                "about the same mild relief."
            ),
            cite("garra2010"),
        ]
    parts.append(text("Try one. If it does not help, try the other."))
    return parts


def _fresh_injury(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            f"You hurt {f.your_region} {f.days_ago}. In the first 2 to {FRESH_DAYS} days after "
            "an injury, the hurt area can swell up. Cold can ease the pain and may keep the "
            "swelling down.",
            "" if f.modality is Modality.HEAT else "Heat at this stage can make it swell more.",
        )
    ]


def _swelling(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            f"{f.your_region.capitalize()} {f.is_} swollen (puffed up). Cold can calm the swelling "
            "and the pain.",
            "" if f.modality is Modality.HEAT else "Heat could make it swell more.",
        )
    ]


def _warmth(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            "The skin over the area feels warm or looks red. This is a sign of inflammation: "
            "the body is reacting to harm. Cold suits a warm, red area better than heat does."
        )
    ]


def _bruising(f: Facts, told: dict[Reason, str]) -> Paragraph:
    when = "in these first days " if f.fresh else ""
    return [
        text(
            "You have a bruise (bleeding under the skin). "
            f"Cold {when}may keep it smaller and less sore."
        )
    ]


def _switch_to_heat(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            "After the first few days, an injury often settles. Then gentle warmth can loosen "
            "the area and help you move, so the plan switches to heat."
        )
    ]


def _no_recent_injury(f: Facts, told: dict[Reason, str]) -> Paragraph:
    onset = f.presentation.onset
    if onset is Onset.INJURY:
        first = (
            f"You hurt {f.your_region} {f.days_ago}. The first few days have passed, and the "
            "area is not swollen or warm now."
        )
    elif onset is Onset.GRADUAL:
        first = f"The pain in {f.your_region} came on slowly, not from a fall, knock or strain."
    else:
        first = "This is a flare-up of pain you have had before, not a new injury."
    if f.modality is Modality.EITHER:
        second = "So there is likely no fresh harm to treat, and both heat and ice are safe to try."
    else:
        second = (
            "So there is likely no fresh damage for ice to cool, and many people find warmth "
            "soothing."
        )
    parts: Paragraph = [text(first, second)]
    if told.get(Reason.NO_RECENT_INJURY) == "qaseem2017":
        parts += [
            text("Guidelines for low back pain suggest heat as one of the first things to try."),
            cite("qaseem2017"),
            text("In studies, a heat wrap eased pain a little for a short time."),
            cite("french2006"),
        ]
    return parts


def _back_pain_rarely_injury(f: Facts, told: dict[Reason, str]) -> Paragraph:
    tail = (
        "so there is usually no harm that needs cold."
        if f.modality is Modality.EITHER
        else "so there is usually no swelling for ice to treat."
    )
    return [
        text(
            "Most back pain does not come from an injury. In about 85 out of 100 people with "
            "low back pain, doctors find no damage,"
        ),
        cite("deyo2001"),
        text(tail),
    ]


PARAGRAPHS: dict[Reason, Callable[[Facts, dict[Reason, str]], Paragraph]] = {
    Reason.CLINICIAN_CHOICE: _clinician_choice,
    Reason.PATIENT_CHOOSES: _patient_chooses,
    Reason.FRESH_INJURY: _fresh_injury,
    Reason.SWELLING: _swelling,
    Reason.WARMTH: _warmth,
    Reason.BRUISING: _bruising,
    Reason.SWITCH_TO_HEAT: _switch_to_heat,
    Reason.NO_RECENT_INJURY: _no_recent_injury,
    Reason.BACK_PAIN_RARELY_INJURY: _back_pain_rarely_injury,
    Reason.SPASM: spasm,
    Reason.STIFFNESS: stiffness,
    Reason.KNOTS: knots,
    Reason.ACUTE_BUT_ICE_UNSAFE: acute_but_ice_unsafe,
    Reason.NO_PREFERENCE: no_preference,
    Reason.PREFERS_HEAT: prefers_heat,
    Reason.PREFERS_ICE: prefers_ice,
    Reason.PREFERS_HEAT_LATER: prefers_heat_later,
    Reason.PREFERS_HEAT_NOT_NOW: prefers_heat_not_now,
    Reason.PREFERS_ICE_NOT_NOW: prefers_ice_not_now,
    Reason.HISTORY_COLD_WORSE: history_cold_worse,
    Reason.HISTORY_HEAT_WORSE: history_heat_worse,
    **{reason: caution(reason) for reason in CAUTION_SENTENCES},
    Reason.CAUTION_PREGNANCY: pregnancy,
}


def paragraph(reason: Reason, facts: Facts, told: dict[Reason, str]) -> Paragraph:
    """The paragraph for one reason, its parts chosen from the facts."""
    parts = [part for part in PARAGRAPHS[reason](facts, told) if part["text"] or part["cite"]]
    # Two sentences in a row are joined by a space; a citation brings its own.
    for before, part in itertools.pairwise(parts):
        if before["text"] and part["text"]:
            part["text"] = " " + part["text"]
    return parts
