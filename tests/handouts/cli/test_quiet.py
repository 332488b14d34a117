"""Quiet for users: a command prints its result or one error line; the rest goes to the log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.handouts.cli.helpers import run_main

HANDOUT = ("render", "--region", "low-back", "--patient", "Zoë Ünal")


def log_text() -> str:
    path = Path(os.environ["XDG_STATE_HOME"]) / "heat-or-ice" / "log" / "heat-or-ice.log"
    return path.read_text("utf-8")


def test_without_harfbuzz_subset_a_render_prints_only_its_path(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = run_main(*HANDOUT, "-o", str(out), without_harfbuzz_subset=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == f"{out}\n"
    assert out.read_bytes().startswith(b"%PDF")
    # The fallback really happened, and what WeasyPrint said about it is in the log, demoted.
    log = log_text()
    assert "HarfBuzz-Subset" in log
    assert all(" DEBUG " in line for line in log.splitlines() if "HarfBuzz-Subset" in line)
    assert "Zoë" not in log and "Ünal" not in log


def test_without_harfbuzz_subset_a_failure_is_still_one_line(tmp_path: Path) -> None:
    result = run_main(
        *HANDOUT, "-o", str(tmp_path / "missing" / "h.pdf"), without_harfbuzz_subset=True
    )
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", [("decide", "--region", "neck"), ("--help",)])
def test_other_commands_print_nothing_on_stderr(command: tuple[str, ...]) -> None:
    result = run_main(*command, without_harfbuzz_subset=True)
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout
