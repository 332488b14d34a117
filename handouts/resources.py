"""Files the app ships with, found with importlib.resources wherever it runs.

In the repository the folders live at the top (templates/, packaging/); the wheel and the
bundle carry them as package data (handouts/templates, ui/desktop), so an installed app finds
them from any folder, with no checkout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def shipped_folder(package: str, name: str, checkout_folder: str) -> Path:
    """`name` inside `package` when installed (wheel, bundle); else the checkout's folder."""
    installed = files(package) / name
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    return _CHECKOUT / checkout_folder


def templates_dir() -> Path:
    """The handout's Jinja2 templates, print CSS and pictures."""
    return shipped_folder("handouts", "templates", "templates")
