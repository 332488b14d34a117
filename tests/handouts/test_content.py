"""One home for each fact: every copy of a region word, limit, colour or message is read from
handouts.model or handouts.content, so these tests fail if a second copy drifts."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

import handouts.content
from handouts.content import (
    MODALITY_COLOURS,
    PREGNANCY_ASK_FIRST,
    RED_FLAG_GROUPS,
    REGION_WORDS,
    STUDY_REFERENCES,
    cited_references,
    evidence,
    refused_choice_message,
    region_label,
    tint,
)
from handouts.content.sheet import sheet_sentences
from handouts.decision import ChoiceRefused, decide
from handouts.files import safe_file_name_part
from handouts.mail import attachment_name
from handouts.model import FRESH_DAYS, Caution, Choice, Language, Modality, Presentation, Region
from handouts.render import TEMPLATES_DIR, build_context, default_file_name
from tests.handouts.render.helpers import CLINIC, TYPICAL, handout

CONTENT_DIR = Path(handouts.content.__file__).parent
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def template_text() -> str:
    # Every text file, the catalogues' .pot and .po included (the compiled .mo are binary).
    files = sorted(path for path in TEMPLATES_DIR.rglob("*.*") if path.suffix != ".mo")
    return " ".join(path.read_text("utf-8") for path in files)


@pytest.mark.parametrize("region", [r for r in Region if r is not Region.OTHER])
def test_the_window_label_and_the_handout_words_are_one_table(region: Region) -> None:
    assert region_label(region).lower() == REGION_WORDS[region]
    assert region_label(region)[0].isupper()


def test_other_is_labelled_as_a_choice_in_the_window() -> None:
    assert region_label(Region.OTHER) == "Other"


@pytest.mark.parametrize("region", list(Region))
def test_the_handout_title_uses_the_region_words(region: Region) -> None:
    context = build_context(handout({"region": region.value, "onset": "gradual"}))
    assert REGION_WORDS[region] in context["subject"]
    assert context["region_words"] == REGION_WORDS[region]
    assert context["red_flag_group"] == RED_FLAG_GROUPS[region]
    assert context["pregnancy_ask_first"] == (region in PREGNANCY_ASK_FIRST)


@pytest.mark.parametrize(
    ("choice", "cautions"),
    [
        (Choice.HEAT, (Caution.NUMBNESS,)),
        (Choice.ICE, (Caution.COLD_SENSITIVITY,)),
        (Choice.EITHER, (Caution.NUMBNESS, Caution.BROKEN_SKIN)),
    ],
)
def test_a_refused_choice_says_the_one_sentence(
    choice: Choice, cautions: tuple[Caution, ...]
) -> None:
    with pytest.raises(ChoiceRefused) as refused:
        decide(Presentation(region="knee", cautions=cautions, choice=choice))
    assert str(refused.value) == refused_choice_message(choice, cautions)
    for caution in cautions:
        assert caution.value in str(refused.value)


def test_the_refused_sentence_reads_plainly() -> None:
    assert refused_choice_message(Choice.HEAT, (Caution.NUMBNESS,)) == (
        "Heat is not safe with numbness: choose another option or set the choice to auto."
    )


def test_the_fresh_days_reach_the_decision_and_the_handout() -> None:
    fresh = Presentation(region="knee", onset="injury", days=0, signs=["swelling"])
    assert decide(fresh).switch_after_days == FRESH_DAYS
    warnings = decide(Presentation(region="knee", onset="injury", days=0, choice="heat")).warnings
    assert f"({FRESH_DAYS} days or less)" in warnings[0]
    context = build_context(handout(TYPICAL[Modality.ICE_THEN_HEAT]))
    assert context["fresh_days"] == FRESH_DAYS


def test_the_templates_never_write_the_fresh_days_themselves() -> None:
    # The sentences now live in the core (handouts/content/): it reads FRESH_DAYS from the
    # model, and neither it nor the templates write the number themselves.
    content = " ".join(path.read_text("utf-8") for path in CONTENT_DIR.glob("*.py"))
    assert "FRESH_DAYS" in content
    for text in (template_text(), content):
        assert not re.search(r"\b2 to 3 days\b|\b3 days\b|\bthree days\b", text)


@pytest.mark.parametrize("modality", list(Modality))
def test_the_picture_and_the_accent_use_the_one_colour_table(modality: Modality) -> None:
    context = build_context(handout(TYPICAL[modality]))
    assert context["modality_colour"] == MODALITY_COLOURS[modality]
    assert context["modality_tint"] == tint(MODALITY_COLOURS[modality])


def test_the_templates_hold_no_copy_of_the_modality_colours() -> None:
    written = {colour.lower() for colour in HEX_COLOUR.findall(template_text())}
    assert written.isdisjoint(c.lower() for c in MODALITY_COLOURS.values())
    picture = (TEMPLATES_DIR / "partials" / "picture.html").read_text("utf-8")
    assert "modality_colour" in picture


def test_a_tint_is_a_light_shade_of_its_colour() -> None:
    assert tint("#000000") == "#e6e6e6"
    assert tint("#ffffff") == "#ffffff"


@pytest.mark.parametrize(
    "name", ["Jane Doe", "  ../../etc/pass:wd*?  ", 'A<b>"c|d\\e\nf\tg', "José Ñúñez"]
)
def test_file_names_and_attachment_names_share_one_sanitiser(name: str) -> None:
    made = default_file_name(handout(TYPICAL[Modality.HEAT], patient=name))
    assert f" {safe_file_name_part(name, 60)} - heat.pdf" in made
    assert attachment_name(name) == f"{safe_file_name_part(name, 200)}.pdf"


@pytest.mark.parametrize("region", list(Region))
@pytest.mark.parametrize(
    "extra", [{}, {"preference": "ice"}, {"choice": "either", "preference": "ice"}]
)
def test_each_study_is_told_once_and_decided_in_the_core(
    region: Region, extra: dict[str, str]
) -> None:
    presentation = Presentation(region=region, onset="gradual", **extra)
    reasons = decide(presentation).reasons
    told = evidence(reasons, region)
    assert len(set(told.values())) == len(told)
    assert set(told) <= set(reasons)
    cited = cited_references(reasons, region)
    assert [key for study in told.values() for key in STUDY_REFERENCES[study]] == cited
    reasons_html = (TEMPLATES_DIR / "partials" / "why.html").read_text("utf-8")
    assert not re.search(r"{%[^%]*cite\[", reasons_html)


@pytest.mark.parametrize(
    ("clinician", "named"),
    [("Sam Patel", True), ("A" * 100, False), ("Dr " + "B" * 30, False), ("C " * 30, False)],
)
def test_sentences_name_the_clinician_only_when_the_name_reads_as_one(
    clinician: str, named: bool
) -> None:
    """A name too long for a sentence stays in the header; sentences say the role word."""
    context = build_context(handout(TYPICAL[Modality.HEAT], clinician=clinician))
    texts = " ".join(sheet_sentences(context))
    name = " ".join(clinician.split())
    assert (name in texts) is named
    assert ("your therapist" in texts) is not named


@pytest.mark.parametrize(
    ("language", "role", "expected", "absent"),
    [
        (Language.ES, "Physiotherapist", "su fisioterapeuta", "physiotherapist"),
        (Language.FR, "chiropractor", "votre chiropraticien", "chiropractor"),
        (Language.FR, "sports therapist", "votre thérapeute", "sports"),
        (Language.EN, "sports therapist", "your sports therapist", "your therapist"),
    ],
)
def test_the_role_word_is_in_the_sheets_language(
    language: Language, role: str, expected: str, absent: str
) -> None:
    """A suggested role word is translated; a word of the clinic's own is printed only on an
    English sheet (another language's sheet says "therapist" in that language)."""
    profile = replace(CLINIC, clinician="", role=role)
    item = handout(TYPICAL[Modality.HEAT], profile=profile, clinician="", language=language)
    texts = " ".join(sheet_sentences(build_context(item)))
    assert expected in texts
    assert absent not in texts
