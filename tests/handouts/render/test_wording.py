"""The handout's wording: plain (Flesch-Kincaid grade 6 or lower, syllables from the CMU
dictionary), 'you', heat framed honestly."""

from __future__ import annotations

import html
import re

import pytest

from handouts.model import Modality, Reason, Recommendation
from handouts.render import Handout, Renderer
from tests.handouts.render.helpers import HEAVY, TYPICAL, handout
from tests.readability import flesch_kincaid_grade, sentence_count, syllables


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
    return flesch_kincaid_grade(text)


@pytest.mark.parametrize("modality", list(Modality))
def test_body_prose_is_grade_6_or_lower(renderer: Renderer, modality: Modality) -> None:
    for inputs in (TYPICAL[modality], {"region": "low-back", **HEAVY[modality]}):
        page = renderer.html(handout(inputs))
        text = sentences(page)
        assert sentence_count(text) >= 8
        assert grade(text) <= 6, text
        assert grade(all_text(page)) <= 6
    every_reason = Recommendation(modality=modality, reasons=tuple(Reason), switch_after_days=2)
    presentation = handout(TYPICAL[Modality.HEAT]).presentation
    text = sentences(renderer.html(Handout(presentation, every_reason)))
    assert grade(text) <= 6


def all_text(page: str) -> str:
    """Every word the patient reads in the body, lists and headings included, each item ended
    as a sentence: a stricter measure than the brief's sentences-only one."""
    body = page.split("<main>")[1].split("</main>")[0]
    body = re.sub(r"<(table|svg)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r'<p class="user-text[^"]*"[^>]*>.*?</p>', " ", body, flags=re.S)
    body = re.sub(r"</(li|h1|h2|h3|p|dt|dd)>", ". ", body)
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))
    return re.sub(r"([.!?:])\s*\.", r"\1", text)


def test_syllables_come_from_the_pronouncing_dictionary() -> None:
    # Vowel groups would give area 2, idea 2, create 1: the dictionary knows better.
    assert [syllables(word) for word in ("area", "idea", "create")] == [3, 3, 2]
    assert syllables("physiotherapist") == 5
    assert syllables("comfortably") == 4
    assert syllables("15-20") == 4


def test_the_measure_can_fail() -> None:
    hard = (
        "Superficial thermotherapy demonstrates statistically significant analgesic efficacy "
        "in subacute musculoskeletal presentations, notwithstanding methodological heterogeneity."
    )
    assert grade(hard) > 6


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
