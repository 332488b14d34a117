"""Words the sheet prints are never broken mid-word in a narrow column (only typed text may
break anywhere, inside its own box)."""

from __future__ import annotations

import pytest

from handouts.model import Modality
from handouts.render import Renderer, build_context
from tests.handouts.render.helpers import TYPICAL, Pdf, handout


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


@pytest.mark.parametrize("modality", [Modality.ICE_THEN_HEAT, Modality.NEITHER])
def test_the_tracking_headings_print_as_whole_words_in_large_print(
    renderer: Renderer, modality: Modality
) -> None:
    item = handout(TYPICAL[modality], large_print=True)
    text = " ".join(Pdf(renderer.pdf(item)).text.split())
    for heading in build_context(item)["tracking_columns"]:
        for word in heading.split():
            assert f" {word} " in f" {text} ", word
