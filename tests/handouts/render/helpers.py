"""Shared set-up for the handout tests: one presentation per modality, PDF readers."""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from handouts.decision import decide
from handouts.model import Modality, Presentation
from handouts.profile import ClinicProfile
from handouts.render import Handout

DATE = datetime.date(2026, 11, 23)

CLINIC = ClinicProfile(
    name="Harbour Street Physiotherapy",
    address="12 Harbour Street, Bristol BS1 4AB",
    phone="0117 496 0000",
    website="harbourphysio.example",
    clinician="Sam Patel",
)

# One presentation per modality (the brief's worked examples, plus a chosen 'either').
TYPICAL: dict[Modality, dict[str, object]] = {
    Modality.HEAT: {"region": "low-back", "onset": "flare-up", "signs": ["spasm", "knots"]},
    Modality.ICE: {"region": "ankle-foot", "onset": "injury", "days": 10, "signs": ["swelling"]},
    Modality.ICE_THEN_HEAT: {"region": "knee", "onset": "injury", "days": 0, "signs": ["swelling"]},
    Modality.EITHER: {
        "region": "neck",
        "onset": "gradual",
        "signs": ["stiffness"],
        "preference": "ice",
        "choice": "either",
    },
    Modality.NEITHER: {"region": "shoulder", "onset": "gradual", "cautions": ["numbness"]},
}

# Many reasons at once: the longest handouts a clinician can reasonably make, per modality.
HEAVY: dict[Modality, dict[str, object]] = {
    Modality.HEAT: {
        "onset": "flare-up",
        "signs": ["spasm", "stiffness", "knots"],
        "preference": "heat",
        "cautions": ["pregnancy"],
    },
    Modality.ICE: {
        "onset": "injury",
        "days": 10,
        "signs": ["swelling", "warmth", "bruising"],
        "preference": "heat",
        "history": ["heat-worse"],
        "cautions": ["pregnancy"],
    },
    Modality.ICE_THEN_HEAT: {
        "onset": "injury",
        "days": 1,
        "signs": ["bruising", "spasm", "stiffness"],
        "preference": "heat",
        "cautions": ["pregnancy"],
    },
    Modality.EITHER: {
        "onset": "gradual",
        "signs": ["spasm", "stiffness", "knots"],
        "preference": "ice",
        "cautions": ["pregnancy"],
        "choice": "either",
    },
    Modality.NEITHER: {
        "onset": "injury",
        "days": 1,
        "signs": ["swelling"],
        "preference": "heat",
        "cautions": ["numbness", "poor-circulation", "broken-skin", "pregnancy"],
    },
}


def handout(inputs: dict[str, object], **changes: object) -> Handout:
    presentation = Presentation(**inputs)  # type: ignore[arg-type]
    values: dict[str, object] = {
        "presentation": presentation,
        "recommendation": decide(presentation),
        "profile": CLINIC,
        "patient": "Jane Doe",
        "note": "Walk for ten minutes twice a day. See you next Tuesday.",
        "date": DATE,
    }
    values.update(changes)
    return Handout(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Pdf:
    """What the tests read from a PDF."""

    data: bytes

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.data))

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    @property
    def text(self) -> str:
        """All the text in reading order, whitespace and line breaks folded to single spaces."""
        return squash(" ".join(page.extract_text() for page in self.reader.pages))

    def chars(self) -> list[dict[str, object]]:
        """Every character with its size and position (pdfplumber), with its page number."""
        found: list[dict[str, object]] = []
        with pdfplumber.open(io.BytesIO(self.data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                for char in page.chars:
                    found.append({**char, "page": number, "page_height": page.height})
        return found

    def word_tops(self, word: str) -> dict[int, float]:
        """Page number -> the top of the first place `word` is printed on that page."""
        tops: dict[int, float] = {}
        with pdfplumber.open(io.BytesIO(self.data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                for found in page.extract_words():
                    if found["text"] == word and number not in tops:
                        tops[number] = float(found["top"])
        return tops


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
