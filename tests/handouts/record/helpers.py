"""Entries for the record tests, made from real handouts (no PDF rendering needed)."""

from __future__ import annotations

import dataclasses

from handouts.record import Delivery, Entry, entry_for
from handouts.render import CONTENT_VERSION
from tests.handouts.render.helpers import handout

BACK = {"region": "low-back", "onset": "flare-up", "signs": ["spasm"], "preference": "heat"}
FAKE_PDF = b"%PDF-1.7\n% a stand-in for a handout\n%%EOF\n"


def entry(
    patient: str = "Jane Doe",
    created: str = "2026-11-27T10:00:00+00:00",
    delivery: Delivery = Delivery.PRINTED,
    inputs: dict[str, object] | None = None,
    pdf: bytes = FAKE_PDF,
    **changes: object,
) -> Entry:
    made = entry_for(
        handout(inputs or BACK, patient=patient),
        pdf,
        delivery,
        content_version=CONTENT_VERSION,
    )
    return dataclasses.replace(made, created=created, **changes)  # type: ignore[arg-type]
