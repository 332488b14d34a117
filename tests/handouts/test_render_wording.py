"""The handout's wording: plain (Flesch-Kincaid grade 7 or lower), 'you', heat framed honestly."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
import textstat
import textstat.backend.counts._count_syllables as syllables

from handouts.model import Modality, Reason, Recommendation
from handouts.render import Handout, Renderer
from tests.handouts.render_helpers import HEAVY, TYPICAL, handout


@pytest.fixture(autouse=True)
def offline_syllables(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """textstat would download the CMU dictionary (network); count with its bundled Pyphen."""
    monkeypatch.setattr(syllables, "get_cmudict", lambda lang: None)
    yield


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def sentences(page: str) -> str:
    """The body's prose only: headings, lists, tables, the picture, user text and refs out."""
    body = page.split("<main>")[1].split("</main>")[0]
    body = re.sub(r"<(h1|h2|h3|ol|ul|dl|table|svg)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r'<p class="user-text[^"]*"[^>]*>.*?</p>', " ", body, flags=re.S)
    body = re.sub(r"\[\d+\]", "", body)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return re.sub(r"\s+", " ", text).strip()


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


@pytest.mark.parametrize("modality", list(Modality))
def test_body_prose_is_grade_7_or_lower(renderer: Renderer, modality: Modality) -> None:
    for inputs in (TYPICAL[modality], {"region": "low-back", **HEAVY[modality]}):
        text = sentences(renderer.html(handout(inputs)))
        assert textstat.sentence_count(text) >= 8
        assert grade(text) <= 7, text
    every_reason = Recommendation(modality=modality, reasons=tuple(Reason), switch_after_days=2)
    presentation = handout(TYPICAL[Modality.HEAT]).presentation
    text = sentences(renderer.html(Handout(presentation, every_reason)))
    assert grade(text) <= 7


def test_the_measure_can_fail() -> None:
    hard = (
        "Superficial thermotherapy demonstrates statistically significant analgesic efficacy "
        "in subacute musculoskeletal presentations, notwithstanding methodological heterogeneity."
    )
    assert grade(hard) > 7


def test_reader_is_addressed_directly_and_heat_is_framed_as_experience(
    renderer: Renderer,
) -> None:
    page = renderer.html(handout({"region": "low-back", **HEAVY[Modality.HEAT]}))
    text = sentences(page)
    assert text.count("you") + text.count("You") >= 15
    assert "experience, not from firm proof" in text
    assert "do not cure pain" in text
    assert "a little for a short time" in text
    for jargon, explained in (
        ("spasm", "tighten and will not let go"),
        ("knots", "small, tender, tight spots"),
    ):
        assert jargon in text and explained in text


@pytest.mark.parametrize(
    ("region", "expected", "wrong"),
    [
        ("ankle-foot", "ankle and foot are swollen", "ankle and foot is swollen"),
        ("wrist-hand", "wrist and hand are swollen", "wrist and hand is swollen"),
        ("knee", "knee is swollen", "knee are swollen"),
    ],
)
def test_verbs_agree_with_the_region(region: str, expected: str, wrong: str) -> None:
    inputs = {"region": region, "onset": "injury", "days": 9, "signs": ["swelling", "stiffness"]}
    text = " ".join(Renderer().html(handout(inputs)).split())
    assert expected in text
    assert wrong not in text


def test_stiffness_wording_for_a_plural_region() -> None:
    inputs = {"region": "wrist-hand", "onset": "gradual", "signs": ["stiffness"]}
    text = " ".join(Renderer().html(handout(inputs)).split())
    assert "wrist and hand feel stiff" in text
