"""Starting the render child, as early as possible: `python -m handouts.render.process`, or in
a bundle the app's own executable with a hidden argument.

Light on purpose, without the renderer or the `handouts.render` package: main.py starts the
child first thing, before Qt loads, so that WeasyPrint loads and warms up on the other core
while the window is built. The app's RenderProcess then adopts that child (`take_early`).

Where the system has `posix_spawn` (Linux, macOS), the child is started with it and handed
over as a `SpawnedChild`, without the `subprocess` module: importing that costs the window's
start-up 3-4 ms. Elsewhere it is a `subprocess.Popen`; RenderProcess uses only what both have.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

from handouts.identity import RENDER_CHILD_ARGUMENT

if TYPE_CHECKING:
    import subprocess

logger = logging.getLogger(__name__)

_early: SpawnedChild | subprocess.Popen[bytes] | None = None
# Why the early start failed; logged by `take_early`, once the log is set up.
_early_failure: str | None = None
# How often `SpawnedChild.wait` looks whether the child has ended.
_WAIT_STEP_S = 0.005


class SpawnedChild:
    """A child started with `os.posix_spawn`: what RenderProcess uses of a subprocess.Popen
    (pid, stdin, stdout, poll, wait, kill), with the same meanings."""

    def __init__(self, pid: int, stdin: IO[bytes], stdout: IO[bytes]) -> None:
        self.pid = pid
        self.stdin: IO[bytes] | None = stdin
        self.stdout: IO[bytes] | None = stdout
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """The exit code once the child has ended (negative: the signal that ended it)."""
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # already waited for elsewhere: as Popen says then
                self.returncode = 0
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the child to end; subprocess.TimeoutExpired after `timeout` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() >= deadline:
                # Lazy: only a child that will not stop needs the subprocess module.
                import subprocess

                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            time.sleep(_WAIT_STEP_S)
        return code

    def kill(self) -> None:
        if self.poll() is None:
            # Lazy: the signal module (and its enums) only for a child to kill.
            import signal

            os.kill(self.pid, signal.SIGKILL)


def child_command() -> list[str]:
    """How to start the child: the app's own executable with a hidden argument when frozen
    (a bundle has no Python to run `-m`), else this Python running the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RENDER_CHILD_ARGUMENT]
    return [sys.executable, "-m", "handouts.render.process"]


def spawn() -> SpawnedChild | subprocess.Popen[bytes]:
    """Start a render child; it says ("ready", None) on stdout once it can render."""
    # The child finds this package even when it is not installed.
    root = str(Path(__file__).resolve().parent.parent)
    paths = [root, *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    if hasattr(os, "posix_spawn"):
        return _posix_spawn(child_command(), env)
    # Lazy: only a system without posix_spawn (Windows) starts the child with subprocess.
    import subprocess

    return subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the child logs to the log file; the terminal stays quiet
        env=env,
    )


def _posix_spawn(command: list[str], env: dict[str, str]) -> SpawnedChild:
    """As subprocess.Popen with both pipes, stderr to the null device and close_fds does."""
    requests_in, requests_out = os.pipe()
    answers_in, answers_out = os.pipe()
    actions: list[tuple[object, ...]] = [
        (os.POSIX_SPAWN_DUP2, requests_in, 0),
        (os.POSIX_SPAWN_DUP2, answers_out, 1),
        # The child logs to the log file; the terminal stays quiet.
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    closefrom = getattr(os, "POSIX_SPAWN_CLOSEFROM", None)  # Python 3.13 and later
    if closefrom is not None:
        actions.append((closefrom, 3))
    try:
        pid = os.posix_spawn(command[0], command, env, file_actions=actions)
    except OSError:
        os.close(requests_out)
        os.close(answers_in)
        raise
    finally:
        os.close(requests_in)
        os.close(answers_out)
    return SpawnedChild(pid, open(requests_out, "wb", buffering=0), open(answers_in, "rb", 0))


def start_early() -> None:
    """Start the app's render child now; the first preview adopts it (see `take_early`).
    Called before the log is set up: a failure is logged later, by `take_early`."""
    global _early, _early_failure
    if _early is not None:
        return
    try:
        _early = spawn()
    except OSError as error:  # the first preview starts one again, and says so if it fails
        _early_failure = error.strerror or type(error).__name__


def take_early() -> SpawnedChild | subprocess.Popen[bytes] | None:
    """The child started by `start_early` (once), or None."""
    global _early, _early_failure
    process, _early = _early, None
    if _early_failure is not None:
        logger.warning("the render process could not be started early: %s", _early_failure)
        _early_failure = None
    return process
