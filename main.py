"""Heat or Ice. No arguments: open the window. A sub-command: the command line."""

from __future__ import annotations

import sys

from handouts.logs import configure
from handouts.system_libraries import missing_library_message


def main(argv: list[str]) -> int:
    # Everything logged goes to the log file, never to the terminal (see handouts.logs).
    configure()
    try:
        if not argv:
            # Light, and first: the render child loads WeasyPrint while Qt and the window load.
            from handouts.render_launch import start_early

            start_early()
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
