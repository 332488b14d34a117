"""RenderProcess: the Renderer's pdf and save, done in a child process."""

from __future__ import annotations

import datetime
import io
import logging
import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from handouts import render_launch
from handouts.decision import decide
from handouts.model import Presentation
from handouts.profile import ClinicProfile
from handouts.render import Handout, Renderer, RenderError, SaveFailed
from handouts.render import process as process_module
from handouts.render.process import STOPPED, RenderProcess, warm_up


def handout(**changes: object) -> Handout:
    presentation = Presentation(region="neck", onset="gradual", signs=["stiffness"])
    values: dict[str, object] = dict(
        presentation=presentation,
        recommendation=decide(presentation),
        patient="Robin Example",
        date=datetime.date(2026, 11, 23),
    )
    values.update(changes)
    return Handout(**values)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def process() -> Iterator[RenderProcess]:
    renderer = RenderProcess()
    yield renderer
    renderer.close()


def test_final_and_preview_pdfs_come_back(process: RenderProcess) -> None:
    final = process.pdf(handout())
    preview = process.pdf(handout(), preview=True)
    for pdf in (final, preview):
        assert pdf.startswith(b"%PDF-")
        assert "Heat for your neck" in text_of(pdf)
        assert "Robin Example" in text_of(pdf)
    assert process.pid is not None and process.pid != os.getpid()


def test_save_writes_where_the_caller_means(
    process: RenderProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    written = process.save(handout(), Path("relative.pdf"))
    assert (tmp_path / "relative.pdf").is_file()
    assert "Robin Example" in text_of((tmp_path / "relative.pdf").read_bytes())
    assert written == Path("relative.pdf")


def test_errors_cross_over_with_their_plain_message(process: RenderProcess, tmp_path: Path) -> None:
    with pytest.raises(SaveFailed, match="does not exist"):
        process.save(handout(), tmp_path / "missing" / "x.pdf")
    bad_logo = tmp_path / "logo.png"
    bad_logo.write_text("not an image", encoding="utf-8")
    with pytest.raises(RenderError, match="logo"):
        process.pdf(handout(profile=ClinicProfile(logo=str(bad_logo))))
    assert "Robin Example" in text_of(process.pdf(handout()))


def test_a_crashed_child_is_reported_then_replaced(process: RenderProcess) -> None:
    process.start()
    first = process.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    with pytest.raises(RenderError, match="stopped unexpectedly") as error:
        process.pdf(handout())
    assert str(error.value) == STOPPED
    assert "Robin Example" in text_of(process.pdf(handout()))
    assert process.pid not in (None, first)


def test_close_stops_the_child() -> None:
    renderer = RenderProcess()
    renderer.start()
    pid = renderer.pid
    assert pid is not None
    renderer.close()
    assert renderer.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_child_started_early_is_adopted_by_the_first_call() -> None:
    render_launch.start_early()
    early = render_launch.take_early()
    assert early is not None
    assert render_launch.take_early() is None  # handed over once only
    renderer = RenderProcess(early)
    try:
        assert "neck" in text_of(renderer.pdf(handout(), preview=True)).lower()
        assert renderer.pid == early.pid
    finally:
        renderer.close()
    assert early.poll() is not None


def test_a_child_started_early_but_never_used_is_stopped_on_close() -> None:
    early = render_launch.spawn()
    RenderProcess(early).close()
    assert early.poll() is not None


def test_the_warm_up_makes_a_real_preview() -> None:
    fetched: list[str] = []
    renderer = Renderer(on_fetch=lambda url, _served: fetched.append(url))
    warm_up(renderer)
    assert any(url.endswith((".ttf", ".otf", ".woff", ".woff2")) for url in fetched)


def serve_in_this_process(
    monkeypatch: pytest.MonkeyPatch, queued: list[object]
) -> tuple[list[object], list[object]]:
    """Run the child's loop here with `queued` already waiting; (warm-ups, answers). A
    warm-up, when there is one, asks the loop to stop."""
    warm_ups: list[object] = []
    child_requests, parent_requests = multiprocessing.Pipe(duplex=False)

    def warm_up_then_stop(renderer: object) -> None:
        warm_ups.append(renderer)
        parent_requests.send(None)

    monkeypatch.setattr(process_module, "warm_up", warm_up_then_stop)
    parent_answers, child_answers = multiprocessing.Pipe(duplex=False)
    for request in queued:
        parent_requests.send(request)
    process_module._serve(child_requests, child_answers)
    answers = []
    while parent_answers.poll():
        answers.append(parent_answers.recv())
    return warm_ups, answers


def test_a_child_with_nothing_to_do_warms_up_before_saying_ready(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warm_ups, answers = serve_in_this_process(monkeypatch, [])
    assert len(warm_ups) == 1
    assert answers == [("ready", None)]


def test_a_request_waiting_for_the_child_is_not_kept_behind_the_warm_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warm_ups, answers = serve_in_this_process(
        monkeypatch, [("pdf", (handout(),), {"preview": True}), None]
    )
    assert warm_ups == []
    assert answers[0] == ("ready", None)
    status, pdf = answers[1]
    assert status == "ok" and "Robin Example" in text_of(pdf)


def test_the_first_request_reaches_a_child_still_loading() -> None:
    early = render_launch.spawn()
    renderer = RenderProcess(early)
    try:
        assert "Robin Example" in text_of(renderer.pdf(handout(), preview=True))
        assert renderer.pid == early.pid
    finally:
        renderer.close()


def test_an_early_start_that_fails_is_logged_once_the_log_is_set_up(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_child() -> object:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(render_launch, "spawn", no_child)
    with caplog.at_level(logging.WARNING, logger="handouts.render_launch"):
        render_launch.start_early()
        assert caplog.records == []  # before main.py sets up the log: nothing said yet
        assert render_launch.take_early() is None
    assert [record.getMessage() for record in caplog.records] == [
        "the render process could not be started early: Too many open files"
    ]
