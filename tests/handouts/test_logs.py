"""The log: a file in the platform's log folder, other libraries demoted, no paths in it."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import pytest

from handouts import logs


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_the_file_is_in_the_platforms_log_folder(log_file: Path, private_folders: Path) -> None:
    assert log_file.is_relative_to(private_folders)
    assert log_file.name == "heat-or-ice.log"


def test_other_libraries_and_warnings_are_kept_at_debug_level(log_file: Path) -> None:
    logging.getLogger("fontTools.subset").warning("a library's warning")
    warnings.warn("a Python warning", UserWarning, stacklevel=1)
    logging.getLogger("handouts.render").warning("our own warning")
    flush()
    lines = log_file.read_text("utf-8").splitlines()
    assert any(" DEBUG fontTools.subset: a library's warning" in line for line in lines)
    assert any(" DEBUG py.warnings: " in line and "a Python warning" in line for line in lines)
    assert any(" WARNING handouts.render: our own warning" in line for line in lines)


def test_paths_are_scrubbed_from_messages_arguments_and_errors(log_file: Path) -> None:
    log = logging.getLogger("ui.main_window")
    pdf = Path("/home/robin/Handouts/2026-11-27 Jane Doe - heat.pdf")
    log.warning("saved %s", pdf)
    log.warning("saved %s", str(pdf))
    log.warning("wrote 2026-11-27 Jane Doe - ice.pdf in the save folder")
    try:
        raise FileNotFoundError(2, "No such file or directory", "/tmp/Jane Doe/h.pdf")
    except OSError:
        log.exception("could not write")
    flush()
    text = log_file.read_text("utf-8")
    assert "Jane" not in text and "Doe" not in text and "robin" not in text
    assert text.count("<path>") >= 4


def test_scrub_keeps_what_is_not_a_path() -> None:
    assert logs.scrub("render took 175 ms on 2026-11-27 at 12:00") == (
        "render took 175 ms on 2026-11-27 at 12:00"
    )
    assert logs.scrub("font C:\\Users\\Jane\\x.ttf missing") == "font <path> missing"


def test_an_unwritable_log_folder_logs_nowhere_rather_than_on_the_terminal(
    private_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocker = private_folders / "not-a-folder"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        assert logs.configure() is None
        logging.getLogger("handouts").error("nowhere")
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        logging.captureWarnings(False)
    assert capsys.readouterr().err == ""
