"""No blank half page: the empty space on the real PDFs, measured, across the whole matrix of
modality x paper (A4, Letter) x print size (standard, large) x form (typical, heavy).

Measured with pdfplumber: a page's blank foot is the height between its lowest ink (a line
of text, a rule, a box's border, the picture) and the foot of its page area, which is 3 mm
(the footer's own padding) above the top of the footer's "Page X of Y".
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import pdfplumber
import pytest
from weasyprint import CSS, HTML

from handouts.model import MAX_NOTE_CHARS, MAX_PATIENT_CHARS, Modality
from handouts.profile import Paper
from handouts.render import LARGE_PRINT_PAGES, STANDARD_PAGES, Renderer
from handouts.render.environment import TEMPLATES_DIR
from handouts.render.spread import SLACK_MM, band_mm, spread, spread_in_place
from tests.handouts.render.helpers import HEAVY, TYPICAL, Pdf, handout

MM = 72 / 25.4  # PDF points in a millimetre
FOOTER_PADDING_MM = 3.0

# Page 1's blank foot stays under 15 mm: three lines of 13 pt body text, less than the
# smallest block that may not split (a group of three warning signs under its lead line is
# about 25 mm), so a band this tall could always have been shared out. Before the rule it
# was 20-105 mm on 18 of the 40 sheets below.
PAGE_ONE_BAND_MM = 15.0
# The last page is at least a third full: a last page with less is a page the sheet did not
# need (its few lines could have fitted on the pages before), and it is the first thing a
# patient sees when the sheet lies face down.
LAST_PAGE_FILL = 1 / 3

LONGEST_NOTE = ("Walk for ten minutes twice a day, and note how it feels. " * 40)[:MAX_NOTE_CHARS]
LONGEST_NAME = "Maximilian " * (MAX_PATIENT_CHARS // 11)

# The heavy sheets that still take a page more than their budget: low back (the longest
# reasons and references), every reason ticked, a 500-character note and a name at the
# limit. Standard 'either' on Letter (test_fit allows its third page: two unsplittable step
# lists; on A4 it fits 2) and large print with two step lists at 18 pt. Kept visible here
# (strict: a fix turns them into failures to remove from this list) until they fit.
OVER_BUDGET = {
    (Modality.EITHER, Paper.LETTER, False),
    (Modality.EITHER, Paper.A4, True),
    (Modality.EITHER, Paper.LETTER, True),
    (Modality.ICE_THEN_HEAT, Paper.LETTER, True),
}


@dataclass(frozen=True)
class Space:
    pages: int
    first_band_mm: float
    last_fill: float


def measure(data: bytes) -> Space:
    bands: list[float] = []
    fills: list[float] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            footer = max(w["top"] for w in page.extract_words() if w["text"] == "Page")
            area_bottom = footer - FOOTER_PADDING_MM * MM
            ink = [c for c in page.chars if c["text"].strip()]
            ink += page.rects + page.lines + page.curves
            body = [item for item in ink if item["top"] < footer - 2 * MM]
            top = min(item["top"] for item in body)
            bottom = max(item["bottom"] for item in body)
            bands.append((area_bottom - bottom) / MM)
            fills.append((bottom - top) / (area_bottom - top))
    return Space(pages=len(bands), first_band_mm=bands[0], last_fill=fills[-1])


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def make(renderer: Renderer, form: str, modality: Modality, paper: Paper, large: bool) -> bytes:
    if form == "typical":
        item = handout(TYPICAL[modality], paper=paper, large_print=large)
    else:
        item = handout(
            {"region": "low-back", **HEAVY[modality]},
            paper=paper,
            large_print=large,
            patient=LONGEST_NAME,
            note=LONGEST_NOTE,
        )
    assert item.recommendation.modality is modality
    return renderer.pdf(item, preview=True)


@pytest.mark.parametrize("large", [False, True], ids=["standard", "large"])
@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("modality", list(Modality))
@pytest.mark.parametrize("form", ["typical", "heavy"])
def test_no_blank_half_page(
    request: pytest.FixtureRequest,
    renderer: Renderer,
    form: str,
    modality: Modality,
    paper: Paper,
    large: bool,
) -> None:
    if form == "heavy" and (modality, paper, large) in OVER_BUDGET:
        request.applymarker(pytest.mark.xfail(strict=True, reason="a page over its budget"))
    data = make(renderer, form, modality, paper, large)
    space = measure(data)
    budget = LARGE_PRINT_PAGES if large else STANDARD_PAGES
    assert space.pages <= budget
    assert space.first_band_mm < PAGE_ONE_BAND_MM, f"{space.first_band_mm:.1f} mm blank"
    assert space.last_fill >= LAST_PAGE_FILL, f"last page {space.last_fill:.0%} full"
    # The whole note and the whole name are still there, word by word.
    text = Pdf(data).text
    if form == "heavy":
        assert " ".join(LONGEST_NOTE.split()) in text
        assert " ".join(LONGEST_NAME.split()) in text


def test_a_picture_that_would_move_page_breaks_is_not_shrunk(renderer: Renderer) -> None:
    """The picture's new layout is refused when it takes more pages: the first one is kept."""
    asked: list[str] = []
    html = renderer.html(handout(TYPICAL[Modality.ICE], paper=Paper.A4))

    def lay_out(extra: str) -> object:
        css = [CSS(filename=str(TEMPLATES_DIR / "handout.css")), CSS(string=extra or "a {}")]
        return HTML(string=html, base_url=TEMPLATES_DIR.as_uri() + "/").render(stylesheets=css)

    def moving_every_break(extra: str) -> object:
        asked.append(extra)
        return lay_out(extra + "\nh2 { margin-top: 40mm; }")

    first = lay_out("")
    assert spread(first, moving_every_break) is first
    assert asked and all(asked)
    # Laid out as asked, the same sheet does take its smaller picture (spread() shares the
    # room out on the document it is given, so this one starts from a new first layout).
    second = lay_out("")
    assert spread(second, lay_out) is not second


def _lines(document: Any) -> list[list[tuple[str, float, float]]]:
    """Each page's text lines, in order: (text, left, top) in CSS pixels."""
    return [
        [
            ("".join(text.text for text in _texts(box)), box.position_x, box.position_y)
            for box in page._page_box.children[0].descendants()
            if type(box).__name__ == "LineBox"
        ]
        for page in document.pages
    ]


def _texts(box: Any) -> Iterator[Any]:
    return (each for each in box.descendants() if type(each).__name__ == "TextBox")


@pytest.mark.parametrize("form", ["typical", "heavy"])
@pytest.mark.parametrize("modality", [Modality.HEAT, Modality.NEITHER])
def test_sharing_the_room_only_adds_space_and_keeps_every_line_on_its_page(
    renderer: Renderer, form: str, modality: Modality
) -> None:
    """The room is shared out on the laid-out pages: every line keeps its page, its text and
    its left edge; it only moves down, never less than the line above it (nothing overlaps),
    and never below the foot of its page area."""
    if form == "typical":
        item = handout(TYPICAL[modality], paper=Paper.A4)
    else:
        item = handout({"region": "low-back", **HEAVY[modality]}, paper=Paper.LETTER)
    html = renderer.html(item)
    document = HTML(string=html, base_url=TEMPLATES_DIR.as_uri() + "/").render(
        stylesheets=[CSS(filename=str(TEMPLATES_DIR / "handout.css"))]
    )
    before = _lines(document)
    bands_before = [band_mm(page) for page in document.pages]
    assert spread_in_place(document)
    after = _lines(document)
    assert [[line[:2] for line in page] for page in after] == [
        [line[:2] for line in page] for page in before
    ]
    bands_after = [band_mm(page) for page in document.pages]
    for page_before, page_after, band, band_after in zip(
        before, after, bands_before, bands_after, strict=True
    ):
        moves = [new[2] - old[2] for old, new in zip(page_before, page_after, strict=True)]
        assert all(move >= -0.01 for move in moves)
        assert all(later >= earlier - 0.01 for earlier, later in pairwise(moves))
        # A page with room keeps SLACK_MM of it free; a full page is left as it was.
        assert band_after >= min(band, SLACK_MM) - 0.01
    assert any(after < before - 1 for after, before in zip(bands_after, bands_before, strict=True))
