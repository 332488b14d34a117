"""A bad start is one plain line: no display, or a library Qt's window system needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_python, run_window
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


# main.py's own start-up of the window, without a render child or a log file, on a machine
# without a display: the window's modules load, then it stops with the one plain line.
WINDOW_START_WITHOUT_A_DISPLAY = """
import handouts.logs, handouts.render_launch
handouts.render_launch.start_early = lambda: None
handouts.logs.configure = lambda: None
import main
assert main.main([]) == 1
"""


def _without_a_display() -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    return environment | {"DISPLAY": "", "WAYLAND_DISPLAY": ""}


def _imported_after_qt(start: str) -> list[str]:
    """The modules a fresh Python imports, in order, after it first imports PySide6 while it
    runs `start`; PySide6's and shiboken's own and the window's (ui) left out."""
    recorder = textwrap.dedent(
        """
        import sys
        order = []
        class Recorder:
            def find_spec(self, name, path=None, target=None):
                order.append(name)
        sys.meta_path.insert(0, Recorder())
        """
    )
    report = textwrap.dedent(
        """
        after = order[order.index("PySide6"):]
        ours = [m for m in after if not m.startswith(("PySide6", "shiboken", "ui."))]
        print(" ".join(m for m in ours if m != "ui"))
        """
    )
    program = recorder + textwrap.dedent(start) + report
    return run_python(program, env=_without_a_display()).split()


def test_the_window_loads_the_qt_free_core_before_qt() -> None:
    """PySide6 reads the source of every module imported after it: the window's start-up
    (main.py's own path, up to the window's modules) loads the core and the standard modules
    it needs first, so that only the window's own modules, and those PySide6 itself imports,
    come after Qt."""
    window = _imported_after_qt(WINDOW_START_WITHOUT_A_DISPLAY)
    qt_alone = _imported_after_qt("import PySide6.QtWidgets\n")
    assert not [name for name in window if name.startswith("handouts")]
    assert [name for name in window if name not in qt_alone] == []


def test_qt_does_not_read_the_source_of_the_window_s_modules() -> None:
    """PySide6 reads the whole source of each module imported after it (looking for
    `from __feature__ import ...`, which the app does not use); main.py's start-up turns that
    off before the window's modules load, which spares the window's start-up about 10 ms."""
    program = textwrap.dedent(
        """
        import inspect, sys
        read = []
        getsource = inspect.getsource
        def spy(module):
            read.append(getattr(module, "__name__", "?"))
            return getsource(module)
        inspect.getsource = spy
        """
    )
    report = 'assert "ui.window.main_window" in sys.modules\nprint(" ".join(read))\n'
    program += WINDOW_START_WITHOUT_A_DISPLAY + report
    read = run_python(program, env=_without_a_display()).split()
    assert read  # PySide6 reads sources (those imported with Qt, before it is turned off)
    assert [name for name in read if name.startswith("ui")] == []


def test_the_window_starts_without_the_dialogs_it_has_not_opened(private_folders: Path) -> None:
    """A dialog's module, and Qt's classes that only dialogs use (each made ready for Python
    when first named), load when the dialog is first opened, not while the window starts."""
    report = """
        import sys
        print(*[name for name in ("QMessageBox", "QFileDialog") if name in vars(widgets)])
        print(*sorted(name for name in sys.modules if name.startswith("ui.dialogs.")))
        """
    # private_folders: offscreen, and the test's own settings.
    ready, dialogs = run_window(after=report).splitlines()
    assert ready == ""
    assert dialogs.split() == ["ui.dialogs.about", "ui.dialogs.messages"]  # both light now


def test_no_python_event_handler_sees_the_window_start(private_folders: Path) -> None:
    """A Python event handler or filter that sees the window's first events makes PySide6
    ready QEvent and its hundreds of types, and wraps each event it is handed for Python
    (several hundred as the window is first shown): about 4 ms of start-up. Focus, showing
    the window and the preview's overlay are handled without one. Only a first start (no
    size saved yet) watches the window's first show, to fit the form (see FirstShow)."""
    first = """
        import sys
        import PySide6.QtCore as core
        """
    watch = """
        handlers = []
        def watch(frame, event, arg):
            name = frame.f_code.co_name
            if event == "call" and (name.endswith("Event") or name == "eventFilter"):
                handlers.append(name)
        sys.setprofile(watch)
        """
    report = """
        sys.setprofile(None)
        print("QEvent" in vars(core), *sorted(set(handlers)))
        window.close()
        """
    # private_folders: offscreen, and the test's own settings: a first start, then another.
    assert run_window(first, watch, report).split() == ["True", "eventFilter"]
    assert run_window(first, watch, report).split() == ["False"]


def test_the_window_starts_without_what_it_does_not_use_yet(private_folders: Path) -> None:
    """Each of these waits for its first use, not the window's start: the handout's references
    (handouts.content.sources), the TOML reader (with no profile to read yet), `html.entities`
    (`html.escape`'s unescaping half, never used), the log's path patterns (nothing is logged
    while the window starts), QTextDocument (the banner's plain text of its first reasons) and
    QFont (the banner's sizes are in its style sheet)."""
    first = """
        import sys
        from handouts.logs import _path_patterns, configure
        configure()
        from ui.before_qt import load_window_core
        load_window_core()
        """
    report = """
        modules = ("handouts.content.sources", "tomllib", "html.entities")
        print(*[name for name in modules if name in sys.modules])
        print(_path_patterns.cache_info().currsize)
        import PySide6.QtGui as gui
        print(*[name for name in ("QTextDocument", "QFont") if name in vars(gui)])
        """
    # private_folders: offscreen, and the test's own folders (no profile yet).
    assert run_window(first, after=report).splitlines() == ["", "0", ""]


def test_the_window_s_own_parts_are_passed_in_light_records(private_folders: Path) -> None:
    """A dataclass compiles its methods as it is made (0.5-1 ms each): the window hands its
    parts their slots, actions, layout and context, and the presets, as named tuples. Only
    the form's values are a dataclass among the window's modules (the core's model keeps its
    own)."""
    first = """
        import dataclasses
        made = []
        process = dataclasses._process_class
        def record(cls, *args, **kwargs):
            made.append(cls.__module__)
            return process(cls, *args, **kwargs)
        dataclasses._process_class = record
        """
    report = 'print(*sorted(name for name in made if name.startswith("ui")))\n'
    # private_folders: offscreen, and the test's own settings.
    assert run_window(first, after=report).split() == ["ui.widgets.form_values"]
