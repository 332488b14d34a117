"""The log: a file in the platform's log folder, other libraries demoted, no paths in it."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import pytest

from handouts import logs
from tests.conftest import run_python


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


def test_a_full_log_is_rotated_and_only_three_old_ones_are_kept(
    log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "LOG_BYTES", 2_000)
    log = logging.getLogger("handouts.render")
    for number in range(400):
        log.warning("record %03d %s", number, "x" * 40)
    flush()
    kept = [log_file.with_name(f"{log_file.name}{end}") for end in ("", ".1", ".2", ".3")]
    assert all(path.exists() for path in kept)
    assert not log_file.with_name(f"{log_file.name}.4").exists()
    sizes = [path.stat().st_size for path in kept]
    assert all(size < 2_000 + 200 for size in sizes)  # at most one record past the limit
    assert all(size >= 2_000 for size in sizes[1:])
    texts = [path.read_text("utf-8") for path in kept]
    assert "record 399" in texts[0] and "record 399" not in "".join(texts[1:])
    assert "record 000" not in "".join(texts)  # the oldest went with the fourth old file
    numbers = [
        int(line.split("record ")[1][:3]) for text in texts[::-1] for line in text.splitlines()
    ]
    assert numbers == sorted(numbers) and numbers[-1] == 399  # nothing lost within what is kept
    assert numbers == list(range(numbers[0], 400))


def test_a_log_that_cannot_be_rotated_keeps_every_record_and_the_terminal_quiet(
    log_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for end in (".1", ".2", ".3"):  # folders with something in them cannot be replaced
        (log_file.with_name(f"{log_file.name}{end}") / "in the way").mkdir(parents=True)
    monkeypatch.setattr(logs, "LOG_BYTES", 500)
    for number in range(50):
        logging.getLogger("handouts").warning("record %02d", number)
    flush()
    text = log_file.read_text("utf-8")
    assert all(f"record {number:02d}" in text for number in range(50))
    assert capsys.readouterr().err == ""


def test_setting_up_the_log_loads_no_sockets_or_queues(private_folders: Path) -> None:
    """logging.handlers (sockets, pickle, queues) would cost the window's start-up 5 ms."""
    # private_folders: the log file goes under the test's own folder.
    program = "import sys, handouts.logs; handouts.logs.configure(); print(sorted(sys.modules))"
    loaded = run_python(program)
    assert "'logging'" in loaded
    assert "'logging.handlers'" not in loaded and "'socket'" not in loaded
