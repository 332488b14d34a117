"""The logo shrunk once to what the page needs at 300 dpi, cached by the original's content;
the settings adopt a shrunk copy. Real pictures (Pillow), real PDFs read back with pypdf."""

from __future__ import annotations

import datetime
import io
import os
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from handouts.decision import decide
from handouts.model import Presentation
from handouts.profile import ClinicProfile
from handouts.render import TEMPLATES_DIR, Handout, Renderer
from handouts.render.logo_cache import LOGO_BOX_MM, LOGO_BOX_PX, cache_dir, logo_for_page
from ui.dialogs.settings.logo import adopt_logo


def picture(path: Path, size: tuple[int, int], kind: str = "JPEG") -> Path:
    Image.new("RGB", size, (20, 90, 160)).save(path, kind)
    return path


def size_of(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def test_the_box_is_the_one_in_the_stylesheet() -> None:
    css = (TEMPLATES_DIR / "handout.css").read_text(encoding="utf-8")
    rule = re.search(r"^\.logo \{([^}]*)\}", css, re.MULTILINE)
    assert rule is not None
    assert f"max-width: {LOGO_BOX_MM[0]}mm" in rule.group(1)
    assert f"max-height: {LOGO_BOX_MM[1]}mm" in rule.group(1)
    assert LOGO_BOX_PX == (354, 165)


def test_a_large_logo_is_shrunk_once_and_cached_by_its_content(tmp_path: Path) -> None:
    original = picture(tmp_path / "camera.jpg", (6000, 4000))
    path, mime = logo_for_page(original)
    assert mime == "image/jpeg"
    assert path.parent == cache_dir().resolve()
    width, height = size_of(path)
    assert width <= 354 and height <= 165
    assert abs(width / height - 1.5) < 0.02

    same_content = tmp_path / "copy.jpg"
    same_content.write_bytes(original.read_bytes())
    assert logo_for_page(same_content)[0] == path
    assert len(list(cache_dir().iterdir())) == 1

    other = picture(tmp_path / "other.png", (2000, 2000), "PNG")
    other_path, other_mime = logo_for_page(other)
    assert other_mime == "image/png"
    assert other_path != path
    assert size_of(other_path) == (165, 165)


def neck_handout_with_logo(logo: Path) -> Handout:
    presentation = Presentation(region="neck")
    return Handout(
        presentation=presentation,
        recommendation=decide(presentation),
        profile=ClinicProfile(name="Riverside Physio", logo=str(logo)),
        date=datetime.date(2026, 11, 23),
    )


def test_a_small_logo_is_used_as_it_is(tmp_path: Path) -> None:
    small = picture(tmp_path / "small.png", (300, 100), "PNG")
    assert logo_for_page(small) == (small.resolve(), "image/png")
    assert not cache_dir().exists() or not any(cache_dir().iterdir())


def test_the_pdf_embeds_the_page_sized_logo(tmp_path: Path) -> None:
    original = picture(tmp_path / "camera.jpg", (6000, 4000))
    pdf = Renderer().pdf(neck_handout_with_logo(original), preview=True)
    images = [image for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images]
    assert images, "the logo is missing from the PDF"
    assert all(image.image is not None and image.image.width <= 354 for image in images)


@pytest.mark.parametrize(("kind", "suffix"), [("JPEG", ".jpg"), ("PNG", ".png")])
def test_the_settings_adopt_a_page_sized_copy(tmp_path: Path, kind: str, suffix: str) -> None:
    original = picture(tmp_path / f"camera{suffix}", (6000, 4000), kind)
    adopted = adopt_logo(original)
    assert adopted.suffix == suffix
    width, height = size_of(adopted)
    assert height == 165 and width in (247, 248)
    assert original.stat().st_size > adopted.stat().st_size


def test_the_logo_is_decoded_once_until_its_file_changes(tmp_path: Path) -> None:
    logo = tmp_path / "small.png"
    Image.new("RGB", (300, 100), (20, 90, 160)).save(logo, "PNG")
    fetched: list[str] = []
    renderer = Renderer(on_fetch=lambda url, _served: fetched.append(url))
    handout = neck_handout_with_logo(logo)

    def logo_colours() -> set[tuple[int, ...]]:
        fetched.clear()
        pdf = renderer.pdf(handout, preview=True)
        pages = PdfReader(io.BytesIO(pdf)).pages
        return {image.image.getpixel((0, 0)) for page in pages for image in page.images}

    assert logo_colours() == {(20, 90, 160)}
    assert fetched == [logo.resolve().as_uri()]
    assert logo_colours() == {(20, 90, 160)}
    assert fetched == []  # the same file: taken from the renderer's image cache

    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo, "PNG")
    os.utime(logo, ns=(logo.stat().st_atime_ns, logo.stat().st_mtime_ns + 10**9))
    assert logo_colours() == {(200, 30, 30)}
    assert fetched == [logo.resolve().as_uri()]
