"""Nothing typed is lost and no safety block splits: checked on the PDF text, page by page.

A note of the full MAX_NOTE_CHARS and a patient name of MAX_PATIENT_CHARS print word for word,
in order, on A4 and Letter, in standard and large print; the warning signs, each list of
numbered steps and the tracking table each sit on one page."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from handouts.content.facts import Facts
from handouts.content.plan import safety_blocks
from handouts.model import MAX_NOTE_CHARS, MAX_PATIENT_CHARS, Modality
from handouts.profile import Paper
from handouts.render import Renderer
from tests.handouts.render.helpers import HEAVY, TYPICAL, Pdf, handout, squash

# Distinct, numbered words: a lost or reordered word cannot hide behind a repeated one.
NOTE = " ".join(f"step{n}" for n in range(1, 200))[:MAX_NOTE_CHARS].rsplit(" ", 1)[0]
NOTE = (NOTE + " end" + "x" * MAX_NOTE_CHARS)[:MAX_NOTE_CHARS]
PATIENT = " ".join(f"Name{n}" for n in range(1, 40))[:MAX_PATIENT_CHARS]


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def in_order(words: list[str], text: str) -> bool:
    position = 0
    for word in words:
        found = text.find(word, position)
        if found < 0:
            return False
        position = found + len(word)
    return True


def test_the_texts_are_at_the_limits() -> None:
    assert len(NOTE) == MAX_NOTE_CHARS
    assert len(PATIENT) == MAX_PATIENT_CHARS


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("paper", list(Paper))
def test_note_and_name_at_the_limit_print_word_for_word(
    renderer: Renderer, paper: Paper, large_print: bool
) -> None:
    item = handout(
        TYPICAL[Modality.HEAT], patient=PATIENT, note=NOTE, paper=paper, large_print=large_print
    )
    # Words broken across lines come back joined when line breaks are dropped.
    text = re.sub(r"\s+", "", Pdf(renderer.pdf(item, preview=True)).text)
    assert in_order(NOTE.split(), text)
    assert in_order(PATIENT.split(), text)
    assert "\u2026" not in text


def page_texts(data: bytes) -> list[str]:
    return [squash(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def on_one_page(pages: list[str], first: str, last: str) -> bool:
    """Some page holds both `first` and, after it, `last`."""
    return any(first in page and last in page[page.index(first) :] for page in pages)


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("modality", list(Modality))
def test_safety_blocks_never_split_across_pages(
    renderer: Renderer, modality: Modality, large_print: bool
) -> None:
    item = handout(
        {"region": "low-back", **HEAVY[modality]}, paper=Paper.LETTER, large_print=large_print
    )
    pages = page_texts(renderer.pdf(item, preview=True))
    joined = " ".join(pages)
    # Each numbered list: its first and last step on one page.
    facts = Facts(item.presentation, item.recommendation, item.date, "Sam Patel")
    for block in safety_blocks(facts):
        steps = [squash(step) for step in block["steps"]]  # type: ignore[union-attr]
        assert steps[0][:30] in joined
        assert on_one_page(pages, steps[0][:30], steps[-1][-25:]), block["heading"]
    # The emergency signs, the see-a-doctor signs, the tracking table: each on one page.
    assert on_one_page(pages, "now if you have any of these", "chest pain")
    assert on_one_page(pages, "See a doctor within a day", "a stiff neck with")
    assert on_one_page(pages, "Try it and notice", "4 5 6 7")
