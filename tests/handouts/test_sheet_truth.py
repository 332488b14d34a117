"""Property tests: no sentence the core chooses for a sheet states a fact its form contradicts.

The presentations are generated as the decision invariants are (test_decision_properties),
with a side for the regions that have one and every clinician's choice the policy allows."""

from __future__ import annotations

import datetime
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from handouts.content.facts import Facts
from handouts.content.sheet import sheet_sentences, write_sheet
from handouts.decision import ChoiceRefused, decide
from handouts.model import (
    Caution,
    Choice,
    Modality,
    Onset,
    Preference,
    Presentation,
    Side,
    Sign,
)
from tests.handouts.strategies import presentations

DATE = datetime.date(2026, 11, 23)
LONG_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+ ")


@st.composite
def sheets(draw: st.DrawFn) -> tuple[Presentation, list[str]]:
    presentation = draw(presentations(choice=st.sampled_from(Choice)))
    try:
        recommendation = decide(presentation)
    except ChoiceRefused:
        assume(False)
        raise
    facts = Facts(presentation=presentation, recommendation=recommendation, date=DATE)
    return presentation, sheet_sentences(write_sheet(facts))


def said(sentences: list[str], pattern: str) -> list[str]:
    return [s for s in sentences if re.search(pattern, s, re.IGNORECASE)]


@settings(max_examples=400, deadline=None)
@given(sheets())
def test_no_sentence_contradicts_the_form(sheet: tuple[Presentation, list[str]]) -> None:
    p, sentences = sheet
    modality = decide(p).modality
    # An injury is told only when the onset was an injury.
    if p.onset is not Onset.INJURY:
        assert not said(sentences, r"\byou hurt\b|\bsince you hurt\b")
    # Swelling, warmth and a bruise as facts of this patient come only from what was ticked.
    if Sign.SWELLING not in p.signs:
        assert not said(sentences, r"\b(is|are) swollen\b")
    if Sign.WARMTH not in p.signs:
        assert not said(sentences, r"feels warm or looks red")
    if Sign.BRUISING not in p.signs:
        assert not said(sentences, r"you have a bruise")
    if Sign.SPASM not in p.signs:
        assert not said(sentences, r"muscles are in spasm")
    if Sign.KNOTS not in p.signs:
        assert not said(sentences, r"you have muscle knots")
    if Sign.STIFFNESS not in p.signs:
        assert not said(sentences, r"\b(feels|feel) stiff\b")
    # The preference is told only as it was given.
    if p.preference is not Preference.HEAT:
        assert not said(sentences, r"rather use heat")
    if p.preference is not Preference.ICE:
        assert not said(sentences, r"rather use ice")
    # Cautions and pregnancy only when ticked.
    if Caution.PREGNANCY not in p.cautions:
        assert not said(sentences, r"pregnan|midwife|baby")
    if Caution.CANCER not in p.cautions:
        assert not said(sentences, r"you have (had )?cancer")
    if Caution.NUMBNESS not in p.cautions:
        assert not said(sentences, r"you have less feeling in this area|numbness that spreads")
    # Side words only for the side given.
    for side in (Side.LEFT, Side.RIGHT):
        if p.side is not side:
            assert not said(sentences, rf"\byour {side.value}\b")
    if p.side is not Side.BOTH:
        assert not said(sentences, r"\bboth your\b")
    # A switch date only for plans that switch: ice-then-heat, or an acute 'either'.
    if modality not in (Modality.ICE_THEN_HEAT, Modality.EITHER):
        assert not said(sentences, LONG_DATE.pattern)
    if modality is Modality.EITHER and not (p.is_fresh or p.is_inflamed):
        assert not said(sentences, LONG_DATE.pattern)
    # A plan without ice never tells how to use ice, and one without heat never heat's steps.
    if not modality.uses_ice:
        assert not said(sentences, r"frozen peas")
    if not modality.uses_heat:
        assert not said(sentences, r"hot-water bottle with")
