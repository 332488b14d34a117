"""The handout fits its pages for every modality and region: 2 pages, large print 4."""

from __future__ import annotations

import pytest

from handouts.model import MAX_CLINICIAN_CHARS, MAX_NOTE_CHARS, MAX_PATIENT_CHARS, Modality, Region
from handouts.profile import Paper
from handouts.render import LARGE_PRINT_PAGES, STANDARD_PAGES, Renderer
from tests.handouts.render.helpers import HEAVY, Pdf, handout

# Each red-flag group by its longest region name; mid-back, shoulder, elbow, hip and knee
# print the same lists with shorter names, and low back cites the most references.
WIDEST_REGIONS = [Region.LOW_BACK, Region.NECK, Region.WRIST_HAND, Region.ANKLE_FOOT, Region.OTHER]

LONGEST_NOTE = ("Walk for ten minutes twice a day, and note how it feels. " * 40)[:MAX_NOTE_CHARS]


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def make(renderer: Renderer, modality: Modality, region: Region, **changes: object) -> Pdf:
    """The longest handout a clinician can make for this modality and region, on Letter."""
    item = handout(
        {"region": region.value, **HEAVY[modality]},
        patient="Maximilian " * (MAX_PATIENT_CHARS // 11),
        clinician="Dr Alexandra Montgomery-Fitzwilliam",
        note=LONGEST_NOTE,
        paper=Paper.LETTER,
        **changes,
    )
    assert item.recommendation.modality is modality
    return Pdf(renderer.pdf(item, preview=True))


@pytest.mark.parametrize("region", WIDEST_REGIONS)
@pytest.mark.parametrize("modality", list(Modality))
def test_standard_print_fits_two_pages(
    renderer: Renderer, modality: Modality, region: Region
) -> None:
    """The extreme case (longest note, longest names, every reason) may take a third page only
    where the brief allows it: the low-back 'either' sheet, whose unsplittable heat steps
    cannot share page 1 (safety blocks stay whole). Every other extreme case fits 2 pages."""
    pdf = make(renderer, modality, region)
    allowed = STANDARD_PAGES + (modality is Modality.EITHER and region is Region.LOW_BACK)
    assert pdf.pages <= allowed
    assert f"Page {pdf.pages} of {pdf.pages}" in pdf.text
    sizes = [float(c["size"]) for c in pdf.chars() if str(c["text"]).strip()]  # type: ignore[arg-type]
    body = [size for size in sizes if size > 10.5]
    assert min(body) >= 11.95


@pytest.mark.parametrize("modality", list(Modality))
def test_large_print_fits_four_pages_at_18_pt(renderer: Renderer, modality: Modality) -> None:
    """Neck: the longest red-flag list."""
    pdf = make(renderer, modality, Region.NECK, large_print=True)
    assert 2 < pdf.pages <= LARGE_PRINT_PAGES
    sizes = [float(c["size"]) for c in pdf.chars() if str(c["text"]).strip()]  # type: ignore[arg-type]
    assert min(size for size in sizes if size > 12.5) >= 17.95
    assert sum(1 for size in sizes if round(size) == 18) > 0.6 * len(sizes)


def test_the_longest_texts_are_the_limits() -> None:
    assert len(LONGEST_NOTE) == MAX_NOTE_CHARS
    assert len("Dr Alexandra Montgomery-Fitzwilliam") <= MAX_CLINICIAN_CHARS
