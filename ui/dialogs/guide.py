"""The short built-in guide (F1): what each section of the form means, the keys, and where
the app keeps its files. The keys are read from the window's own actions, so the guide never
names a key the window does not have."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)

GUIDE_TITLE = "Heat or Ice: a short guide"

SECTIONS: tuple[tuple[str, str], ...] = (
    ("Patient name", "Optional. Printed on the handout and used to name its file; never logged."),
    (
        "Where it hurts",
        "The one region the handout is about. Nothing is recommended until it is picked.",
    ),
    (
        "How it started",
        "A flare-up of pain the patient knows, a recent injury (with how many days ago), or "
        "pain that came on gradually. Ice is for fresh injuries only.",
    ),
    (
        "What you see or feel",
        "Signs such as swelling, warmth, spasm or stiffness. They can change the "
        "recommendation and what the handout explains.",
    ),
    (
        "The patient",
        "What the patient would rather use, and whether cold or heat has made this pain "
        "worse before. The patient's preference wins when it is safe.",
    ),
    (
        "Cautions",
        "Anything that makes heat or ice unsafe (numbness, poor circulation and so on). A caution "
        "can rule out one or both.",
    ),
    (
        "Clinician's choice",
        "Leave on Auto to follow the policy, or choose yourself; a choice the cautions "
        "make unsafe is refused, with the reason.",
    ),
    ("Clinician's note", "A short note printed near the end of the handout."),
    (
        "Presets",
        "Fill the clinical part of the form in one click; the name and note are kept. Save your "
        "clinic's own with Presets > Save as preset.",
    ),
)

MOVING = (
    "Tab and Shift+Tab move from one part of the form to the next; every check box is a stop. "
    "In a group of round buttons, the arrow keys choose; Space ticks a check box."
)


@dataclass(frozen=True)
class Places:
    """Where the app keeps things, as shown in the guide."""

    save_folder: Path
    profile: Path
    logs: Path


def key_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has a shortcut."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, action.statusTip() or action.text().replace("&", "")))
    return rows


def guide_html(actions: Iterable[QAction], places: Places) -> str:
    parts = ["<h2>What each part of the form means</h2><dl>"]
    for title, text in SECTIONS:
        parts.append(f"<dt><b>{html.escape(title)}</b></dt><dd>{html.escape(text)}</dd>")
    parts.append("</dl><h2>Keys</h2><table cellpadding='2'>")
    for keys, what in key_rows(actions):
        parts.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>")
    parts.append(f"</table><p>{html.escape(MOVING)}</p><h2>Where files go</h2><ul>")
    for label, path in (
        ("Saved handouts (Save PDF starts here)", places.save_folder),
        ("The clinic's settings and presets", places.profile),
        ("The app's log (no patient names or notes)", places.logs),
    ):
        parts.append(f"<li>{html.escape(label)}: <code>{html.escape(str(path))}</code></li>")
    parts.append("</ul>")
    return "".join(parts)


class GuideDialog(QDialog):
    """The guide in a scrolling page, closed with Escape or Close."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(GUIDE_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Guide")
        self.browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def text(self) -> str:
        return self.browser.toPlainText()


def show_guide(parent: QWidget, actions: Iterable[QAction], places: Places) -> GuideDialog:
    """Open the guide without blocking and return it."""
    dialog = GuideDialog(guide_html(actions, places), parent)
    dialog.open()
    return dialog
