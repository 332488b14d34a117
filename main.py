"""Heat or Ice. No arguments: open the window. A sub-command: the command line.

Installed, this is the `heat-or-ice` command (`run`); in the bundle, its executable.
"""

from __future__ import annotations

import gc
import sys

from handouts.identity import RENDER_CHILD_ARGUMENT


def main(argv: list[str]) -> int:
    if argv == [RENDER_CHILD_ARGUMENT]:
        # The render child loads the renderer only: neither the window nor the command line.
        from handouts.render.process import main as serve_renders

        serve_renders()
        return 0
    if not argv:
        # Start-up makes tens of thousands of objects that live as long as the app, and no
        # garbage worth collecting: the collector waits until the window is shown (run_app
        # turns it back on). Its collections cost start-up about 13 ms.
        gc.disable()
        # Light, and first of all (before even the log is set up): the render child loads
        # WeasyPrint while Qt and the window load.
        from handouts.render_launch import start_early

        start_early()
    # Lazy: loaded after the render child is on its way (logging costs tens of ms).
    from handouts.logs import configure

    # Lazy for the same reason: the message for a missing system library.
    from handouts.system_libraries import missing_library_message

    # Everything logged goes to the log file, never to the terminal (see handouts.logs).
    configure()
    try:
        if not argv:
            # Lazy, for the window only: the Qt-free core it needs, loaded before Qt is (see
            # ui.before_qt: whatever is imported after PySide6 costs more).
            from ui.before_qt import load_window_core

            load_window_core()
            # Lazy, for the window only: Qt, told not to read the source of each module the
            # window loads after it (see ui.startup).
            from ui.startup import stop_feature_source_reads

            stop_feature_source_reads()
            # Qt is loaded only for the window: the command line starts faster without it.
            from ui.app import run_app

            return run_app()
        # The command line is loaded only for a sub-command: the window does not need it.
        from handouts.cli import main as cli_main

        return cli_main(argv)
    except (ImportError, OSError) as error:
        message = missing_library_message(error)
        if message is None:
            raise
        sys.stderr.write(f"heat-or-ice: {message}\n")
        return 1


def run() -> int:
    """The `heat-or-ice` command."""
    if getattr(sys, "frozen", False):
        # Lazy: only a bundle needs it, and the window starts its render child before it.
        import multiprocessing

        # In a bundle, a batch's worker processes start as this executable: let them work.
        multiprocessing.freeze_support()
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
