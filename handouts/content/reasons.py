"""One short paragraph per reason (handouts.model.Reason), chosen from the facts.

A paragraph is a list of parts: plain text and, after a sentence that tells a study's
finding, the key of the study it cites (the template prints the number).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from handouts.content.facts import Facts
from handouts.content.muscles import knots, spasm, stiffness
from handouts.content.parts import Paragraph, cite, fixed, text
from handouts.content.person import (
    CAUTION_SENTENCES,
    GARRA_FINDING,
    HURT_WHEN,
    PREFERENCE_SENTENCES,
    acute_but_ice_unsafe,
    history_cold_worse,
    history_heat_worse,
    prefers_heat_not_now,
    prefers_ice,
    pregnancy,
)
from handouts.content.words import upper_first
from handouts.i18n import N_
from handouts.i18n import gettext as _
from handouts.model import FRESH_DAYS, Modality, Onset, Reason


def _clinician_choice(f: Facts, told: dict[Reason, str]) -> Paragraph:
    first = _("{who} chose this plan for you after checking {your_region} today.").format(
        who=f.who, your_region=f.your_region
    )
    first = upper_first(first)
    if f.modality is Modality.HEAT and f.acute:
        return [text(first, _heat_on_acute(f))]
    return [text(first)]


def _heat_on_acute(f: Facts) -> str:
    """The watch-and-switch advice when heat was chosen for a fresh or swollen area."""
    if f.ice_ok:
        return _(
            "Heat can make a new or swollen injury swell more, so keep an eye on it. "
            "If it swells more, gets hotter or hurts more, stop the heat and use ice instead."
        )
    return _(
        "Heat can make a new or swollen injury swell more, so keep an eye on it. "
        "If it swells more, gets hotter or hurts more, stop the heat and call {who}."
    ).format(who=f.who)


def _patient_chooses(f: Facts, told: dict[Reason, str]) -> Paragraph:
    parts: Paragraph = []
    if f.acute:
        if f.fresh:
            # Translators: {date} is a full date; {swelling} is "the swelling", "any swelling"...
            sentence = _(
                "You can choose heat or ice, but not yet. Use ice, or nothing, until {date}, "
                "and until {swelling} has gone. After that, pick the one you like better."
            )
        else:
            sentence = _(
                "You can choose heat or ice, but not yet. Use ice, or nothing, until "
                "{swelling} has gone. After that, pick the one you like better."
            )
        parts.append(text(sentence.format(date=f.settle_date, swelling=f.swelling_words)))
    else:
        parts.append(
            text(
                _("Heat and ice help many people about the same, so you can pick the one you like.")
            )
        )
    if told.get(Reason.PATIENT_CHOOSES) == "garra2010":
        parts += [text(_(GARRA_FINDING)), cite("garra2010")]
    parts.append(text(_("Try one. If it does not help, try the other.")))
    return parts


def _fresh_injury(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            _(HURT_WHEN).format(your_region=f.your_region, days_ago=f.days_ago),
            _(
                "In the first 2 to {days} days after an injury, the hurt area can swell up. "
                "Cold can ease the pain and may keep the swelling down."
            ).format(days=FRESH_DAYS),
            "" if f.modality is Modality.HEAT else _("Heat at this stage can make it swell more."),
        )
    ]


def _swelling(f: Facts, told: dict[Reason, str]) -> Paragraph:
    swollen = (
        _("{your_region} are swollen (puffed up).")
        if f.plural
        else _("{your_region} is swollen (puffed up).")
    )
    return [
        text(
            upper_first(swollen.format(your_region=f.your_region)),
            _("Cold can calm the swelling and the pain."),
            "" if f.modality is Modality.HEAT else _("Heat could make it swell more."),
        )
    ]


WARMTH = N_(
    "The skin over the area feels warm or looks red. This is a sign of inflammation: "
    "the body is reacting to harm. Cold suits a warm, red area better than heat does."
)


def _bruising(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            _("You have a bruise (bleeding under the skin)."),
            _("Cold in these first days may keep it smaller and less sore.")
            if f.fresh
            else _("Cold may keep it smaller and less sore."),
        )
    ]


def _switch_to_heat(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            _(
                "After the first few days, an injury often settles. Then gentle warmth can "
                "loosen the area and help you move, so the plan switches to heat."
            )
        )
    ]


def _no_recent_injury(f: Facts, told: dict[Reason, str]) -> Paragraph:
    onset = f.presentation.onset
    if onset is Onset.INJURY:
        first = " ".join(
            (
                _(HURT_WHEN).format(your_region=f.your_region, days_ago=f.days_ago),
                _("The first few days have passed, and the area is not swollen or warm now."),
            )
        )
    elif onset is Onset.GRADUAL:
        first = _(
            "The pain in {your_region} came on slowly, not from a fall, knock or strain."
        ).format(your_region=f.your_region)
    else:
        first = _("This is a flare-up of pain you have had before, not a new injury.")
    if f.modality is Modality.EITHER:
        second = _(
            "So there is likely no fresh harm to treat, and both heat and ice are safe to try."
        )
    else:
        second = _(
            "So there is likely no fresh damage for ice to cool, and many people find warmth "
            "soothing."
        )
    parts: Paragraph = [text(first, second)]
    if told.get(Reason.NO_RECENT_INJURY) == "qaseem2017":
        parts += [
            text(_("Guidelines for low back pain suggest heat as one of the first things to try.")),
            cite("qaseem2017"),
            text(_("In studies, a heat wrap eased pain a little for a short time.")),
            cite("french2006"),
        ]
    return parts


def _back_pain_rarely_injury(f: Facts, told: dict[Reason, str]) -> Paragraph:
    tail = (
        _("so there is usually no harm that needs cold.")
        if f.modality is Modality.EITHER
        else _("so there is usually no swelling for ice to treat.")
    )
    return [
        text(
            # Translators: the sentence goes on after a reference number: "... no damage, [1]
            # so there is usually no swelling for ice to treat."
            _(
                "Most back pain does not come from an injury. In about 85 out of 100 people "
                "with low back pain, doctors find no damage,"
            )
        ),
        cite("deyo2001"),
        text(tail),
    ]


PARAGRAPHS: dict[Reason, Callable[[Facts, dict[Reason, str]], Paragraph]] = {
    Reason.CLINICIAN_CHOICE: _clinician_choice,
    Reason.PATIENT_CHOOSES: _patient_chooses,
    Reason.FRESH_INJURY: _fresh_injury,
    Reason.SWELLING: _swelling,
    Reason.WARMTH: fixed(WARMTH),
    Reason.BRUISING: _bruising,
    Reason.SWITCH_TO_HEAT: _switch_to_heat,
    Reason.NO_RECENT_INJURY: _no_recent_injury,
    Reason.BACK_PAIN_RARELY_INJURY: _back_pain_rarely_injury,
    Reason.SPASM: spasm,
    Reason.STIFFNESS: stiffness,
    Reason.KNOTS: knots,
    Reason.ACUTE_BUT_ICE_UNSAFE: acute_but_ice_unsafe,
    Reason.PREFERS_ICE: prefers_ice,
    Reason.PREFERS_HEAT_NOT_NOW: prefers_heat_not_now,
    Reason.HISTORY_COLD_WORSE: history_cold_worse,
    Reason.HISTORY_HEAT_WORSE: history_heat_worse,
    **{reason: fixed(words) for reason, words in PREFERENCE_SENTENCES.items()},
    **{reason: fixed(words) for reason, words in CAUTION_SENTENCES.items()},
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
