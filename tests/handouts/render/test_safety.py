"""What a handout may load, hostile text, bad logos and atomic saving."""

from __future__ import annotations

import http.server
import os
import shutil
import ssl
import struct
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from handouts.model import MAX_NOTE_CHARS, MAX_PATIENT_CHARS, Modality
from handouts.profile import Paper
from handouts.render import (
    MAX_LOGO_BYTES,
    TEMPLATES_DIR,
    Renderer,
    RenderError,
    SaveFailed,
)
from tests.handouts.render.helpers import CLINIC, TYPICAL, Pdf, handout

Fetches = list[tuple[str, bool]]


def out_dir(tmp_path: Path) -> Path:
    """A fresh folder for output (tmp_path also holds the test's config folders)."""
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    return folder


def png_bytes(width: int, height: int) -> bytes:
    """A real PNG of one colour, made here (no image library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    row = b"\x00" + b"\x20\x60\xa0" * width
    pixels = zlib.compress(row * height, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def fetches() -> Fetches:
    return []


@pytest.fixture(scope="module")
def renderer(fetches: Fetches) -> Renderer:
    return Renderer(on_fetch=lambda url, served: fetches.append((url, served)))


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { font-size: 2pt; }")

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def loopback_server() -> Iterator[str]:
    """A real HTTP server on loopback that records any request made to it."""
    Recorder.requests = []
    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<link rel=stylesheet href="{server}/evil.css">',
    "{{ 7*7 }} {% raw %}",
    "مرحبا بالعالم שלום עולם",
    "\U0001f600\U0001f525\u2744\ufe0f",
]


def test_hostile_text_is_printed_as_text_and_nothing_is_fetched(
    renderer: Renderer, fetches: Fetches, loopback_server: str
) -> None:
    for text in HOSTILE:
        text = text.replace("{server}", loopback_server)
        fetches.clear()
        item = handout(TYPICAL[Modality.HEAT], patient=text[:MAX_PATIENT_CHARS], note=text)
        html = renderer.html(item)
        assert '<img src="file:///etc/passwd">' not in html
        assert "<link rel=stylesheet" not in html
        pdf = Pdf(renderer.pdf(item))
        assert fetches == []
        assert pdf.pages == 2
        if text.startswith("<") or text.startswith("{"):
            assert text in pdf.text
    note_pdf = Pdf(renderer.pdf(handout(TYPICAL[Modality.HEAT], note="{{ 7*7 }}")))
    assert "A note from Sam Patel {{ 7*7 }}" in note_pdf.text
    assert Recorder.requests == []


def test_ten_thousand_characters_stay_in_their_boxes(renderer: Renderer) -> None:
    long_word = "A" * 10_000
    long_words = "Walk gently. " * 800
    for modality in (Modality.HEAT, Modality.EITHER):
        for text in (long_word, long_words):
            item = handout(TYPICAL[modality], patient=text, note=text, clinician=text)
            pdf = Pdf(renderer.pdf(item, preview=True))
            assert pdf.pages == 2, modality
            assert pdf.text.count("A") < MAX_NOTE_CHARS + 2 * MAX_PATIENT_CHARS + 400


def test_the_guarded_fetcher_serves_only_the_handouts_own_files(
    tmp_path: Path, loopback_server: str
) -> None:
    """A template that asks for other files, http and data: gets none of them."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, templates)
    secret = tmp_path / "secret.png"
    secret.write_bytes(png_bytes(4, 4))
    (templates / "inside.png").write_bytes(png_bytes(4, 4))
    asks = (
        f'<img src="{secret.as_uri()}" alt="x">'
        f'<img src="{loopback_server}/x.png" alt="x">'
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">'
        '<img src="../secret.png" alt="x">'
        '<img src="inside.png" alt="x">'
    )
    note = templates / "partials" / "note.html"
    note.write_text(asks + note.read_text("utf-8"), "utf-8")
    fetches: Fetches = []
    renderer = Renderer(templates, on_fetch=lambda url, served: fetches.append((url, served)))
    fetches.clear()
    renderer.pdf(handout(TYPICAL[Modality.HEAT]))
    served = {
        "data" if url.startswith("data:") else url.rsplit("/", 1)[-1]: ok for url, ok in fetches
    }
    assert served == {"secret.png": False, "x.png": False, "data": False, "inside.png": True}
    assert Recorder.requests == []


def test_a_good_logo_is_loaded_and_embedded(
    renderer: Renderer, fetches: Fetches, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes(120, 40))
    item = handout(TYPICAL[Modality.ICE], profile=CLINIC.with_changes(logo=str(logo)))
    fetches.clear()
    pdf = Pdf(renderer.pdf(item))
    assert fetches == [(logo.resolve().as_uri(), True)]
    images = [
        name
        for page in pdf.reader.pages
        for name, xobject in page["/Resources"].get("/XObject", {}).items()
        if xobject.get_object().get("/Subtype") == "/Image"
    ]
    assert images


@pytest.mark.parametrize(
    "problem", ["missing", "not-an-image", "huge-file", "huge-pixels", "folder"]
)
def test_a_bad_logo_is_a_plain_render_error(
    renderer: Renderer, tmp_path: Path, problem: str
) -> None:
    logo = tmp_path / "logo.png"
    if problem == "not-an-image":
        logo.write_text("this is not a picture", "utf-8")
    elif problem == "huge-file":
        with logo.open("wb") as stream:
            stream.write(png_bytes(8, 8))
            stream.truncate(MAX_LOGO_BYTES + 1)
    elif problem == "huge-pixels":
        logo.write_bytes(png_bytes(6000, 6000))
    elif problem == "folder":
        logo.mkdir()
    item = handout(TYPICAL[Modality.HEAT], profile=CLINIC.with_changes(logo=str(logo)))
    with pytest.raises(RenderError) as caught:
        renderer.pdf(item)
    message = str(caught.value)
    assert "logo" in message and "clinic settings" in message
    assert "Traceback" not in message


def test_save_writes_the_pdf_atomically(renderer: Renderer, tmp_path: Path) -> None:
    target = out_dir(tmp_path) / "out.pdf"
    assert renderer.save(handout(TYPICAL[Modality.HEAT]), target) == target
    assert Pdf(target.read_bytes()).pages == 2
    assert sorted(p.name for p in out_dir(tmp_path).iterdir()) == ["out.pdf"]


def test_a_failed_render_leaves_the_earlier_file_untouched(
    renderer: Renderer, tmp_path: Path
) -> None:
    target = out_dir(tmp_path) / "out.pdf"
    target.write_bytes(b"the earlier handout")
    bad = CLINIC.with_changes(logo=str(tmp_path / "missing.png"))
    with pytest.raises(RenderError):
        renderer.save(handout(TYPICAL[Modality.HEAT], profile=bad), target)
    assert target.read_bytes() == b"the earlier handout"
    assert sorted(p.name for p in out_dir(tmp_path).iterdir()) == ["out.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_folder_is_a_plain_save_error(renderer: Renderer, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "out.pdf"
    target.write_bytes(b"the earlier handout")
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveFailed, match="permission"):
            renderer.save(handout(TYPICAL[Modality.HEAT]), target)
        assert target.read_bytes() == b"the earlier handout"
        assert sorted(p.name for p in folder.iterdir()) == ["out.pdf"]
    finally:
        folder.chmod(0o700)


def test_a_missing_folder_or_a_folder_as_target_is_a_plain_save_error(
    renderer: Renderer, tmp_path: Path
) -> None:
    folder = out_dir(tmp_path)
    with pytest.raises(SaveFailed, match="does not exist"):
        renderer.save(handout(TYPICAL[Modality.HEAT]), folder / "nowhere" / "out.pdf")
    (folder / "taken.pdf").mkdir()
    with pytest.raises(SaveFailed, match="is a folder"):
        renderer.save(handout(TYPICAL[Modality.HEAT]), folder / "taken.pdf")
    assert sorted(p.name for p in out_dir(tmp_path).iterdir()) == ["taken.pdf"]


def test_characters_without_a_glyph_are_not_logged(
    renderer: Renderer, caplog: pytest.LogCaptureFixture
) -> None:
    item = handout(TYPICAL[Modality.HEAT], patient="Zoë \U0001f525", note="walk \U0001f525")
    with caplog.at_level("DEBUG"):
        pdf = Pdf(renderer.pdf(item))
    assert pdf.pages == 2
    assert "no glyph" in caplog.text
    assert "\U0001f525" not in caplog.text and "Zoë" not in caplog.text


def test_a_handout_never_loads_the_certificate_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """The handout loads local files only, so no TLS set-up is made for it: loading the
    system's certificates cost about 30 ms on every preview. (WeasyPrint's import is checked
    by the next test: it is loaded first, outside this check.)"""
    Renderer()
    loaded: list[str] = []
    monkeypatch.setattr(
        ssl.SSLContext, "set_default_verify_paths", lambda _self: loaded.append("system")
    )
    monkeypatch.setattr(
        ssl.SSLContext, "load_verify_locations", lambda _self, *_a, **_k: loaded.append("file")
    )
    renderer = Renderer()
    # The ice sheet on A4 is laid out twice: its picture is drawn smaller (an extra stylesheet).
    for item in (handout(TYPICAL[Modality.HEAT]), handout(TYPICAL[Modality.ICE], paper=Paper.A4)):
        for _ in range(2):
            assert Pdf(renderer.pdf(item)).text
    assert loaded == []


def test_loading_the_renderer_never_loads_the_certificate_store() -> None:
    """A new render process, batch worker or command loads WeasyPrint with its first
    Renderer. WeasyPrint's import made a default fetcher for each of its own stylesheets,
    each loading the system's certificates (about 20 ms, three times); the default HTTPS
    context is left as it was afterwards."""
    code = (
        "import ssl\n"
        "loaded = []\n"
        "ssl.SSLContext.set_default_verify_paths = lambda self: loaded.append('system')\n"
        "ssl.SSLContext.load_verify_locations = lambda self, *a, **k: loaded.append('file')\n"
        "from handouts.render import Renderer\n"
        "Renderer()\n"
        "print(loaded, ssl._create_default_https_context is ssl.create_default_context)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=TEMPLATES_DIR.parent
    )
    assert result.stdout.strip() == "[] True", result.stderr
