"""Every word the app prints comes from the catalogue: a pseudo-locale (each msgstr is the
msgid in marks) renders every modality, and no word of ours is left outside the marks.

The text typed by people (patient, clinician, note, clinic details) is taken out first, and so
are the full references, which stay in English (they name English-language papers); their
short names in the sources line are translated. A missing translation is a plain RenderError.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from handouts.content import REFERENCES
from handouts.decision import ChoiceRefused
from handouts.model import SIDED_REGIONS, Language, Modality, Region, Side
from handouts.profile import ClinicProfile
from handouts.render import Handout, Renderer, RenderError
from tests.handouts.catalogues import CLOSE, OPEN, make_catalogue, use_catalogues
from tests.handouts.render.helpers import DATE, Pdf, handout, squash

CLINIC = ClinicProfile(
    name="Harbour Street Physiotherapy",
    address="12 Harbour Street, Bristol",
    phone="0117 496 0000",
    website="harbourphysio.example",
    clinician="Sam Patel",
    emergency_number="999",
)
PATIENT = "Jane Doe"
NOTE = "Walk for ten minutes twice a day."
TYPED = [CLINIC.name, CLINIC.address, CLINIC.phone, CLINIC.website, CLINIC.clinician, PATIENT, NOTE]

# Every modality, with sides, several signs and cautions, in both print sizes: between them
# they reach every sentence writer of handouts/content.
CASES: list[tuple[dict[str, object], Modality, bool]] = [
    (
        {"region": "low-back", "onset": "flare-up", "signs": ["spasm", "knots", "stiffness"],
         "preference": "heat", "cautions": ["pregnancy"]},
        Modality.HEAT, False,
    ),
    (
        {"region": "ankle-foot", "side": "both", "onset": "injury", "days": 10,
         "signs": ["swelling", "warmth", "bruising", "knots"], "preference": "heat",
         "history": ["heat-worse"], "cautions": ["pregnancy"]},
        Modality.ICE, True,
    ),
    (
        {"region": "knee", "side": "left", "onset": "injury", "days": 1,
         "signs": ["swelling", "bruising", "spasm", "stiffness"], "preference": "heat"},
        Modality.ICE_THEN_HEAT, False,
    ),
    (
        {"region": "neck", "onset": "injury", "days": 20, "signs": ["stiffness", "knots"],
         "preference": "ice", "choice": "either", "cautions": ["pregnancy"]},
        Modality.EITHER, True,
    ),
    (
        {"region": "wrist-hand", "side": "right", "onset": "injury", "days": 0,
         "signs": ["swelling", "warmth"], "choice": "either"},
        Modality.EITHER, False,
    ),
    (
        {"region": "shoulder", "side": "right", "onset": "injury", "days": 1,
         "signs": ["swelling"], "preference": "heat",
         "cautions": ["numbness", "poor-circulation", "broken-skin", "cannot-report", "cancer",
                      "pregnancy"]},
        Modality.NEITHER, True,
    ),
    (
        {"region": "hip", "side": "both", "onset": "injury", "days": 0, "signs": ["swelling"],
         "choice": "heat", "cautions": ["cold-sensitivity"], "history": ["cold-worse"]},
        Modality.HEAT, False,
    ),
    (
        {"region": "mid-back", "onset": "gradual", "signs": ["warmth"], "preference": "ice"},
        Modality.ICE, False,
    ),
    ({"region": "other", "onset": "gradual"}, Modality.HEAT, True),
    ({"region": "elbow", "onset": "gradual", "cautions": ["numbness"]}, Modality.NEITHER, False),
]  # fmt: skip


class _Text(HTMLParser):
    """The text a reader can meet in the HTML: element text (not the style), alt texts and
    the description (the PDF's subject)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._in_style = tag == "style"
        if values.get("alt"):
            self.parts.append(values["alt"] or "")
        if tag == "meta" and values.get("name") == "description":
            self.parts.append(values.get("content") or "")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return squash(" ".join(parser.parts))


def outside_marks(text: str) -> str:
    """What is left of `text` once the typed text, the English references and every marked
    (translated) stretch are taken out: it should hold no word."""
    text = squash(text)
    for typed in [*TYPED, *(reference.text for reference in REFERENCES.values())]:
        text = text.replace(squash(typed), " ")
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while inner.search(text):
        text = inner.sub(" ", text)
    return text


def words_outside_marks(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", outside_marks(text))


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture
def pseudo_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_catalogues(monkeypatch, make_catalogue(tmp_path / "locale", "fr"))


def pseudo_handout(inputs: dict[str, object], large_print: bool) -> Handout:
    return handout(
        inputs,
        profile=CLINIC,
        patient=PATIENT,
        note=NOTE,
        large_print=large_print,
        language=Language.FR,
    )


def test_the_check_finds_a_word_left_outside_the_marks() -> None:
    assert words_outside_marks(f"{OPEN}Ice {OPEN}for{CLOSE}{CLOSE} 12 [1] {PATIENT}") == []
    assert words_outside_marks(f"{OPEN}Ice{CLOSE} for your knee") == ["for", "your", "knee"]


@pytest.mark.parametrize(("inputs", "modality", "large_print"), CASES)
def test_every_word_the_app_writes_comes_from_the_catalogue(
    renderer: Renderer,
    pseudo_locale: None,
    inputs: dict[str, object],
    modality: Modality,
    large_print: bool,
) -> None:
    item = pseudo_handout(inputs, large_print)
    assert item.recommendation.modality is modality
    html = renderer.html(item)
    assert words_outside_marks(html_text(html)) == []
    pdf = Pdf(renderer.pdf(item, preview=True))
    assert OPEN in pdf.text
    assert words_outside_marks(pdf.text) == []
    metadata = pdf.reader.metadata
    assert metadata is not None
    assert words_outside_marks(f"{metadata.title} {metadata.subject}") == []


def test_a_missing_translation_is_a_plain_error_not_english(
    renderer: Renderer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = "Heat or ice, the one that feels better. You can switch."
    use_catalogues(monkeypatch, make_catalogue(tmp_path / "locale", "es", leave_out=[missing]))
    item = handout(
        {"region": "wrist-hand", "onset": "injury", "days": 0, "signs": ["swelling"],
         "choice": "either"},
        language=Language.ES,
    )  # fmt: skip
    for make in (renderer.html, renderer.pdf):
        with pytest.raises(RenderError) as raised:
            make(item)
        message = str(raised.value)
        assert "Español" in message and "no translation" in message
        assert "Traceback" not in message
    # Another handout in Spanish, that never prints that sentence, is made.
    other = handout({"region": "knee", "onset": "gradual"}, language=Language.ES)
    assert OPEN in renderer.html(other)


def test_english_needs_no_catalogue(
    renderer: Renderer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_catalogues(monkeypatch, tmp_path / "nothing-here")
    html = renderer.html(handout({"region": "knee", "onset": "gradual"}, date=DATE))
    assert "Heat for your knee" in html
    with pytest.raises(RenderError, match="could not be read"):
        renderer.html(handout({"region": "knee", "onset": "gradual"}, language=Language.FR))


def _variants() -> list[dict[str, object]]:
    """Many kinds of visit for one region: onsets, days, signs, wishes, cautions, choices."""
    return [
        {"onset": "gradual"},
        {"onset": "flare-up", "signs": ["spasm"], "preference": "ice"},
        {"onset": "injury", "days": 9, "signs": ["warmth"], "preference": "ice",
         "history": ["cold-worse"]},
        {"onset": "injury", "days": 0, "signs": ["swelling", "stiffness"]},
        {"onset": "injury", "days": 1, "signs": ["warmth", "knots"], "preference": "heat"},
        {"onset": "injury", "days": 2, "signs": ["bruising"], "history": ["heat-worse"]},
        {"onset": "injury", "days": 4, "signs": ["swelling"], "preference": "ice"},
        {"onset": "injury", "days": 1, "signs": ["swelling"], "cautions": ["cold-sensitivity"]},
        {"onset": "injury", "days": 1, "signs": ["warmth"], "cautions": ["broken-skin"]},
        {"onset": "injury", "days": 8, "signs": ["swelling"], "cautions": ["cold-sensitivity"]},
        {"onset": "gradual", "signs": ["stiffness", "knots"], "choice": "ice"},
        {"onset": "flare-up", "signs": ["spasm", "stiffness"], "choice": "either"},
        {"onset": "injury", "days": 3, "choice": "heat", "cautions": ["pregnancy"]},
        {"onset": "gradual", "cautions": ["numbness", "cancer"], "preference": "ice"},
        {"onset": "gradual", "preference": "heat", "cautions": ["cold-sensitivity"]},
    ]  # fmt: skip


def test_every_region_side_and_kind_of_visit_is_written_from_the_catalogue(
    renderer: Renderer, pseudo_locale: None
) -> None:
    """The HTML of every region, side and kind of visit above: no word outside the marks."""
    made = 0
    for region in Region:
        sides = [None, *Side] if region in SIDED_REGIONS else [None]
        for side, variant in itertools.product(sides, _variants()):
            try:
                item = pseudo_handout({"region": region, "side": side, **variant}, False)
            except ChoiceRefused:
                continue
            if made % 2:  # no clinician's name or emergency number: "your therapist"...
                item = dataclasses.replace(item, profile=ClinicProfile())
            assert words_outside_marks(html_text(renderer.html(item))) == [], (region, variant)
            made += 1
    assert made > 300
