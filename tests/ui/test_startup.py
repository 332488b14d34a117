"""A bad start is one plain line: no display, or a library Qt's window system needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from ui.startup import NO_DISPLAY, _plugin_problem, platform_problem


def test_no_display_is_one_plain_line_from_main() -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"heat-or-ice: {NO_DISPLAY}\n"
    assert result.stdout == ""


def test_which_platforms_are_checked() -> None:
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert platform_problem({}) == NO_DISPLAY
    assert platform_problem({"QT_QPA_PLATFORM": "xcb"}) == NO_DISPLAY


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler to build the plugin")
def test_a_plugin_with_a_missing_library_names_the_package(tmp_path: Path) -> None:
    """A real shared object that needs a library this machine does not have."""
    source = tmp_path / "plugin.c"
    source.write_text("int plugin(void) { return 0; }\n", "utf-8")
    missing = tmp_path / "libxcb-icccm.so.99"
    build = ["cc", "-shared", "-fPIC", "-o"]
    subprocess.run(
        [*build, str(missing), "-Wl,-soname,libxcb-icccm.so.99", "-x", "c", "/dev/null"],
        check=True,
    )
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(
        [
            *build,
            str(plugin),
            str(source),
            f"-L{tmp_path}",
            "-Wl,--no-as-needed",
            "-l:libxcb-icccm.so.99",
        ],
        check=True,
    )
    missing.unlink()
    problem = _plugin_problem(plugin)
    assert problem == (
        "the system library libxcb-icccm.so.99 is missing; "
        "install it with: sudo apt-get install libxcb-icccm4"
    )


def test_start_up_runs_without_the_garbage_collector_until_the_window_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Start-up makes objects that live as long as the app and no garbage worth collecting
    (its collections cost about 13 ms); the collector is back on, with those objects set
    aside, once the window is shown."""
    import gc

    import handouts.logs
    import handouts.render_launch
    import main
    import ui.app

    seen: list[bool] = []
    monkeypatch.setattr(handouts.logs, "configure", lambda: None)  # the test's log stays
    monkeypatch.setattr(handouts.render_launch, "start_early", lambda: seen.append(gc.isenabled()))

    def run_app() -> int:
        seen.append(gc.isenabled())
        ui.app.collect_from_now_on()
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(ui.app, "run_app", run_app)
    try:
        assert main.main([]) == 0
        assert seen == [False, False, True]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
