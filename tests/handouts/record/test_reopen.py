"""Reopening a row makes the same handout again: same PDF text, with a real renderer."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from handouts.record import Delivery, RecordStore, content_changed, entry_for, handout_again
from handouts.render import CONTENT_VERSION, Renderer
from tests.handouts.render.helpers import CLINIC, DATE, TYPICAL, Pdf, handout


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


@pytest.mark.parametrize("modality", list(TYPICAL), ids=str)
def test_reopen_then_render_gives_the_same_text(
    renderer: Renderer, tmp_path: Path, modality: object
) -> None:
    given = handout(TYPICAL[modality], large_print=True)  # type: ignore[index]
    pdf = renderer.pdf(given)
    made = entry_for(given, pdf, Delivery.SAVED, content_version=CONTENT_VERSION)
    with RecordStore(tmp_path) as store:
        stored = store.add(made, pdf)
        again = handout_again(store.get(stored.id) or stored, CLINIC, date=DATE)
    for name in ("presentation", "recommendation", "patient", "note", "date",
                 "effective_clinician", "effective_paper", "effective_large_print"):  # fmt: skip
        assert getattr(again, name) == getattr(given, name), name
    assert Pdf(renderer.pdf(again)).text == Pdf(pdf).text


def test_a_changed_content_version_is_said() -> None:
    given = handout(TYPICAL[next(iter(TYPICAL))])
    made = entry_for(given, b"%PDF", Delivery.SAVED, content_version="0.9")
    assert content_changed(made, "0.9") == ""
    said = content_changed(made, CONTENT_VERSION)
    assert "changed since" in said and "0.9" in said and CONTENT_VERSION in said
    assert dataclasses.replace(made, content_version=CONTENT_VERSION).content_version
