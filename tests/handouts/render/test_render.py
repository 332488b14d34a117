"""The handout PDF: content, pages, fonts, sizes and metadata, for every modality."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from handouts.content import REFERENCES
from handouts.model import Modality, Reason, Recommendation, Region
from handouts.profile import Paper
from handouts.render import (
    CONTENT_VERSION,
    Handout,
    Renderer,
    build_context,
    default_file_name,
)
from tests.handouts.render.helpers import TYPICAL, Pdf, handout, squash

MM = 72 / 25.4
PAGE_SIZES = {Paper.A4: (210 * MM, 297 * MM), Paper.LETTER: (612.0, 792.0)}

TITLES = {
    Modality.HEAT: "Heat for your low back",
    Modality.ICE: "Ice for your ankle and foot",
    Modality.ICE_THEN_HEAT: "Ice first, then heat, for your knee",
    Modality.EITHER: "Heat or ice for your neck: you choose",
    Modality.NEITHER: "Neither heat nor ice for now on your shoulder",
}

# A phrase of the red flags of each region's group (brief, section 6).
RED_FLAG_PHRASES = {
    "low-back": ["numbness around your private parts or bottom", "control your bladder"],
    "ankle-foot": ["cannot put weight on your leg", "pain in your calf"],
    "knee": ["cannot put weight on your leg", "a joint looks bent or out of shape"],
    "neck": ["double vision, dizziness", "trouble speaking or swallowing"],
    "shoulder": ["cannot use your arm or hand", "cold, pale, blue or numb"],
}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture(scope="module")
def rendered(renderer: Renderer) -> dict[Modality, tuple[Handout, str, Pdf]]:
    """Each modality rendered once (final PDF, A4) for the whole module."""
    result = {}
    for modality, inputs in TYPICAL.items():
        item = handout(inputs)
        assert item.recommendation.modality is modality
        result[modality] = (item, renderer.html(item), Pdf(renderer.pdf(item)))
    return result


def reason_paragraphs(html: str) -> dict[str, str]:
    """Reason code -> the paragraph's plain text, from the handout's HTML."""
    found = re.findall(r'<p class="reason" data-reason="([a-z-]+)">(.*?)</p>', html, re.S)
    return {code: squash(re.sub(r"<[^>]+>", "", text)) for code, text in found}


@pytest.mark.parametrize("modality", list(Modality))
def test_pdf_text_holds_the_whole_handout(
    rendered: dict[Modality, tuple[Handout, str, Pdf]], modality: Modality
) -> None:
    item, html, pdf = rendered[modality]
    text = pdf.text
    assert TITLES[modality] in text
    assert "Your plan" in text
    assert "Jane Doe" in text
    assert "Sam Patel" in text
    assert "Harbour Street Physiotherapy" in text
    assert "Monday 23 November 2026" in text
    assert "Walk for ten minutes twice a day." in text
    paragraphs = reason_paragraphs(html)
    assert list(paragraphs) == [reason.value for reason in item.recommendation.reasons]
    for paragraph in paragraphs.values():
        assert paragraph in text
    if modality is Modality.NEITHER:
        assert "What to do instead" in text
        assert "Do not put heat or ice on this area." in text
    else:
        assert "How to use it safely" in text
        assert "you get blisters" in text
    if modality.uses_heat:
        assert "comfortably warm, never hot" in text
        assert "15 to 20 minutes" in text
    if modality.uses_ice:
        assert "Never put ice straight on your skin" in text
        assert "never more than 20" in text
        assert "white, blue or blotchy" in text
    for phrase in RED_FLAG_PHRASES[item.presentation.region.value]:
        assert phrase in text
    assert "Try it and notice" in text
    assert "Pain before (0-10)" in text or "Pain in the morning (0-10)" in text
    assert f"content version {CONTENT_VERSION}" in text
    assert "Page 1 of 2" in text and "Page 2 of 2" in text


def test_ice_then_heat_gives_the_switch_over_day(
    rendered: dict[Modality, tuple[Handout, str, Pdf]],
) -> None:
    item, _, pdf = rendered[Modality.ICE_THEN_HEAT]
    assert item.recommendation.switch_after_days == 3
    assert "First: ice, for the next 3 days" in pdf.text
    assert "Then: heat, from Thursday 26 November 2026" in pdf.text


@pytest.mark.parametrize("modality", list(Modality))
def test_references_cited_are_listed_and_only_those(
    rendered: dict[Modality, tuple[Handout, str, Pdf]], modality: Modality
) -> None:
    item, _, pdf = rendered[modality]
    text = pdf.text
    context = build_context(item)
    cited = list(context["cite"])
    for number, key in enumerate(cited, start=1):
        assert f"[{number}]" in text
        assert squash(REFERENCES[key].text) in text
    for key, reference in REFERENCES.items():
        if key not in cited:
            assert reference.text.split(".")[0] not in text
    assert f"[{len(cited) + 1}]" not in text
    if modality is Modality.HEAT:
        assert cited == ["qaseem2017", "french2006", "deyo2001"]
    if modality is Modality.EITHER:
        assert cited == ["garra2010"]


def test_page_size_and_count_for_each_paper(renderer: Renderer) -> None:
    for paper, (width, height) in PAGE_SIZES.items():
        pdf = Pdf(renderer.pdf(handout(TYPICAL[Modality.EITHER], paper=paper), preview=True))
        assert pdf.pages == 2
        for page in pdf.reader.pages:
            assert float(page.mediabox.width) == pytest.approx(width, abs=0.5)
            assert float(page.mediabox.height) == pytest.approx(height, abs=0.5)


@pytest.mark.parametrize("modality", list(Modality))
def test_a4_page_count_and_size(
    rendered: dict[Modality, tuple[Handout, str, Pdf]], modality: Modality
) -> None:
    pdf = rendered[modality][2]
    assert pdf.pages == 2
    width, height = PAGE_SIZES[Paper.A4]
    assert float(pdf.reader.pages[0].mediabox.height) == pytest.approx(height, abs=0.5)
    assert float(pdf.reader.pages[0].mediabox.width) == pytest.approx(width, abs=0.5)


@pytest.mark.parametrize("modality", list(Modality))
def test_fonts_are_embedded_atkinson(
    rendered: dict[Modality, tuple[Handout, str, Pdf]], modality: Modality
) -> None:
    reader = rendered[modality][2].reader
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
    assert any("Atkinson-Hyperlegible" in name for name in names)
    assert all("Atkinson" in name for name in names)
    assert not any("Italic" in name for name in names), "no italic body text"


def test_stylesheets_keep_text_left_aligned_upright_and_in_normal_case() -> None:
    from handouts.render import TEMPLATES_DIR

    css = " ".join(path.read_text("utf-8") for path in TEMPLATES_DIR.glob("*.css")).lower()
    for banned in ("text-align: justify", "uppercase", "font-style: italic", "small-caps"):
        assert banned not in css


@pytest.mark.parametrize("modality", list(Modality))
def test_body_text_is_at_least_12_pt(
    rendered: dict[Modality, tuple[Handout, str, Pdf]], modality: Modality
) -> None:
    """Only the page footer and the list of sources may be smaller (9 pt or more)."""
    pdf = rendered[modality][2]
    chars = pdf.chars()
    sources_top = pdf.word_tops("Sources")
    small = []
    for char in chars:
        size = float(char["size"])  # type: ignore[arg-type]
        if size >= 11.95 or not str(char["text"]).strip():
            continue
        assert size >= 8.95
        in_page_footer = float(char["top"]) > float(char["page_height"]) - 15 * MM  # type: ignore[arg-type]
        in_sources = float(char["top"]) >= sources_top.get(int(char["page"]), 1e9)  # type: ignore[arg-type]
        if not (in_page_footer or in_sources):
            small.append(char["text"])
    assert small == []


def test_metadata_title_language_author_subject_and_tags(
    rendered: dict[Modality, tuple[Handout, str, Pdf]],
) -> None:
    reader = rendered[Modality.HEAT][2].reader
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == "Heat for your low back"
    assert metadata.author == "Harbour Street Physiotherapy"
    assert "low back" in (metadata.subject or "")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace")
    assert "pdfuaid:part" in xmp and ">1<" in xmp.replace('"1"', ">1<")


def test_no_clinic_profile_gives_a_neutral_header(renderer: Renderer) -> None:
    from handouts.profile import ClinicProfile

    item = handout(TYPICAL[Modality.HEAT], profile=ClinicProfile(), patient="", note="")
    pdf = Pdf(renderer.pdf(item, preview=True))
    assert "Heat for your low back" in pdf.text
    assert "From" not in pdf.text.split("Heat for your low back")[0]
    assert pdf.reader.metadata is not None
    assert pdf.reader.metadata.author == "Heat or Ice"
    assert pdf.pages == 2


def test_every_reason_code_has_its_own_paragraph(renderer: Renderer) -> None:
    presentation = handout(TYPICAL[Modality.HEAT]).presentation
    texts: dict[str, set[str]] = {}
    for modality in Modality:
        recommendation = Recommendation(
            modality=modality, reasons=tuple(Reason), switch_after_days=2
        )
        html = renderer.html(Handout(presentation, recommendation))
        paragraphs = reason_paragraphs(html)
        assert list(paragraphs) == [reason.value for reason in Reason]
        for code, text in paragraphs.items():
            assert len(text.split()) >= 5, code
            texts.setdefault(code, set()).add(text)
    every_text = [text for values in texts.values() for text in values]
    assert len(set(every_text)) == len(every_text), "two reasons share a paragraph"


def test_titles_name_the_choice_and_the_region(renderer: Renderer) -> None:
    for modality, title in TITLES.items():
        assert f"<title>{title}</title>" in renderer.html(handout(TYPICAL[modality]))
    other = handout({"region": "other", "onset": "gradual"})
    assert "<h1>Heat for your sore area</h1>" in renderer.html(other)


def test_pregnancy_caution_is_explained(renderer: Renderer) -> None:
    asks = {"low-back": True, "mid-back": True, "hip": True, "neck": False, "knee": False}
    for region, ask_first in asks.items():
        inputs = {"region": region, "onset": "gradual", "cautions": ["pregnancy"]}
        text = reason_paragraphs(renderer.html(handout(inputs)))["caution-pregnancy"]
        assert "gentle warmth only" in text
        assert "hot tubs and saunas" in text
        assert ("ask your midwife or doctor" in text) is ask_first


@pytest.mark.parametrize("region", list(Region))
def test_every_region_has_red_flags_and_a_marked_picture(
    renderer: Renderer, region: Region
) -> None:
    html = renderer.html(handout({"region": region.value, "onset": "gradual"}))
    flags = re.search(r'<ul class="flags red-flags"[^>]*>(.*?)</ul>', html, re.S)
    assert flags is not None and flags.group(1).count("<li>") >= 4
    assert "<figcaption>" in html and "<svg" in html
    marks = html.count('fill-opacity="0.45"')
    assert marks == (0 if region is Region.OTHER else (1 if region.is_spinal else 2))


@pytest.mark.parametrize(
    ("patient", "expected"),
    [
        ("Jane Doe", "2026-11-23 Jane Doe - heat.pdf"),
        ("", "2026-11-23 handout - heat.pdf"),
        ("  ../../etc/pass:wd*?  ", "2026-11-23 etc pass wd - heat.pdf"),
        ('A<b>"c|d\\e\nf\tg', "2026-11-23 A b c d e f g - heat.pdf"),
        ("x" * 300, f"2026-11-23 {'x' * 60} - heat.pdf"),
        ("José Ñúñez", "2026-11-23 José Ñúñez - heat.pdf"),
    ],
)
def test_default_file_name_is_safe(patient: str, expected: str) -> None:
    assert default_file_name(handout(TYPICAL[Modality.HEAT], patient=patient)) == expected


def loaded_by(code: str, modules: tuple[str, ...]) -> tuple[str, str]:
    """Run `code` in a fresh interpreter; (which of `modules` it loaded, as printed, stderr)."""
    check = f"\nimport sys\nprint(sorted(m for m in {modules!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code + check], capture_output=True, text=True)
    return result.stdout.strip(), result.stderr


def test_import_is_cheap() -> None:
    loaded, errors = loaded_by(
        "import handouts.render, handouts.render.process, handouts.mail, handouts.cli",
        ("weasyprint", "PIL", "pydyf", "jinja2", "keyring"),
    )
    assert loaded == "[]", errors


def test_the_windows_render_client_loads_no_network_modules() -> None:
    """The window loads the render package (its Handout, the render process's client) but
    never fetches anything: urllib.request, http.client and ssl (about 25 ms, on the
    window's own interpreter) load with the renderer, in the render process."""
    loaded, errors = loaded_by(
        "import handouts.render, handouts.render.process", ("urllib.request", "http.client", "ssl")
    )
    assert loaded == "[]", errors


def test_the_command_line_loads_the_record_only_for_history() -> None:
    """Every command's options are read at each start; the record (sqlite3, its archive)
    loads only when `history` runs or a handout is recorded."""
    loaded, errors = loaded_by(
        "import handouts.cli\nhandouts.cli.build_parser()", ("sqlite3", "handouts.record")
    )
    assert loaded == "[]", errors


def test_the_caption_of_neither_does_not_say_to_use_anything(renderer: Renderer) -> None:
    html = renderer.html(handout(TYPICAL[Modality.NEITHER]))
    caption = squash(html.split("<figcaption>")[1].split("</figcaption>")[0])
    assert caption == "The coloured patches mark your shoulder."
    heat = renderer.html(handout({"region": "knee", "onset": "gradual"}))
    assert "Use it only on the side that hurts." in heat.split("<figcaption>")[1]


def test_a_citation_is_followed_by_a_space(
    rendered: dict[Modality, tuple[Handout, str, Pdf]],
) -> None:
    text = rendered[Modality.EITHER][2].text
    assert "mild relief. [1] Try one." in text
