"""Starting the render child: with posix_spawn where the system has it, without loading the
subprocess module, and behaving as a subprocess.Popen does for what RenderProcess uses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from handouts import render_launch
from tests.conftest import run_python

pytestmark = pytest.mark.skipif(not hasattr(os, "posix_spawn"), reason="no posix_spawn here")


def test_the_early_child_starts_without_the_subprocess_module() -> None:
    """Importing subprocess costs the window's start-up 3-4 ms; the child is on its way
    without it, and stops by itself once its input is closed."""
    program = (
        "import sys\n"
        "from handouts import render_launch\n"
        "render_launch.start_early()\n"
        "child = render_launch.take_early()\n"
        "print('subprocess' in sys.modules, type(child).__name__)\n"
        "child.stdin.close()\n"
        "print(child.wait(timeout=60))\n"
    )
    assert run_python(program).split() == ["False", "SpawnedChild", "0"]


def command(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    monkeypatch.setattr(render_launch, "child_command", lambda: [sys.executable, "-c", code])


def test_a_spawned_child_talks_through_its_pipes_and_keeps_stderr_quiet(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    command(
        monkeypatch,
        "import sys; sys.stderr.write('noise'); sys.stdout.write(sys.stdin.read().upper())",
    )
    child = render_launch.spawn()
    assert isinstance(child, render_launch.SpawnedChild)
    assert child.stdin is not None and child.stdout is not None
    assert child.poll() is None  # it waits for its input
    child.stdin.write(b"ready")
    child.stdin.close()
    assert child.stdout.read() == b"READY"
    assert child.wait(timeout=30) == 0
    assert child.poll() == 0
    assert "noise" not in capfd.readouterr().err


def test_a_spawned_child_that_will_not_stop_times_out_then_is_killed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    command(monkeypatch, "import sys; sys.stdin.read()")  # until its input is closed: never here
    child = render_launch.spawn()
    with pytest.raises(subprocess.TimeoutExpired):
        child.wait(timeout=0.05)
    child.kill()
    assert child.wait(timeout=30) == -signal.SIGKILL
    child.kill()  # once ended, killing again does nothing


@pytest.mark.skipif(sys.version_info < (3, 13), reason="closing the others needs Python 3.13")
def test_a_spawned_child_gets_no_other_open_file_of_ours(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As subprocess.Popen's close_fds: a file this process opened (and let children inherit)
    is not open in the child."""
    with (tmp_path / "kept.txt").open("w") as kept:
        os.set_inheritable(kept.fileno(), True)
        command(monkeypatch, f"import os; os.fstat({kept.fileno()})")
        child = render_launch.spawn()
        assert child.wait(timeout=30) != 0  # the child's fstat found no such file


def test_a_child_that_cannot_start_leaves_no_pipe_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_launch, "child_command", lambda: ["/nonexistent/heat-or-ice"])
    before = sorted(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else []
    with pytest.raises(OSError):
        render_launch.spawn()
    after = sorted(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else []
    assert after == before
