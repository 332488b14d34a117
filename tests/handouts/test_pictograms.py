"""The plan's pictograms: one per row for every form, each a drawing with no words inside
and a label a screen reader says instead (PEMAT-P: a visual aid for the actions)."""

from __future__ import annotations

import datetime
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from handouts.content.facts import Facts
from handouts.content.pictograms import PICTOGRAM_LABELS
from handouts.content.sheet import write_sheet
from handouts.decision import ChoiceRefused, decide
from handouts.model import Caution, Choice, Modality, Onset, Preference, Presentation, Region, Sign
from handouts.render import Renderer
from handouts.render.environment import build_environment
from tests.handouts.render.helpers import TYPICAL, handout


@st.composite
def presentations(draw: st.DrawFn) -> Presentation:
    onset = draw(st.sampled_from(Onset))
    presentation = Presentation(
        region=draw(st.sampled_from(Region)),
        onset=onset,
        days=draw(st.integers(0, 30)) if onset is Onset.INJURY else None,
        signs=draw(st.frozensets(st.sampled_from(Sign))),
        preference=draw(st.sampled_from(Preference)),
        cautions=draw(st.frozensets(st.sampled_from(Caution))),
        choice=draw(st.sampled_from(Choice)),
    )
    try:
        decide(presentation)
    except ChoiceRefused:
        assume(False)
    return presentation


@settings(max_examples=300, deadline=None)
@given(presentations())
def test_every_plan_row_has_its_pictogram(presentation: Presentation) -> None:
    facts = Facts(presentation, decide(presentation), datetime.date(2026, 11, 23))
    sheet = write_sheet(facts)
    assert len(sheet["plan_icons"]) == len(sheet["plan_rows"])
    assert all(icon["label"] == PICTOGRAM_LABELS[icon["code"]] for icon in sheet["plan_icons"])


def test_each_pictogram_is_a_drawing_without_words() -> None:
    macro = build_environment().get_template("partials/pictograms.html").module.pictogram
    for code, label in PICTOGRAM_LABELS.items():
        svg = str(macro({"code": code, "label": label}))
        assert f'aria-label="{label}"' in svg and f"<title>{label}</title>" in svg
        assert re.search(r"<(path|rect|circle)\b", svg), code
        assert "<text" not in svg


def test_the_neither_plan_shows_moving_resting_and_coming_back() -> None:
    html = Renderer().html(handout(TYPICAL[Modality.NEITHER]))
    labels = re.findall(r'<svg class="pictogram"[^>]*aria-label="([^"]+)"', html)
    assert labels == [
        PICTOGRAM_LABELS["no-heat-ice"],
        PICTOGRAM_LABELS["move"],
        PICTOGRAM_LABELS["rest"],
        PICTOGRAM_LABELS["come-back"],
    ]
