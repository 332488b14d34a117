"""Heat or Ice. No arguments: open the window. A sub-command: the command line."""

from __future__ import annotations

import logging
import sys


def main(argv: list[str]) -> int:
    # Warnings and errors only, and never patient data: see the logging notes in the README.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not argv:
        from ui.app import run_app

        return run_app()
    from handouts.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
