"""The note's live character count under the note box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handouts.model import MAX_NOTE_CHARS
from ui import style
from ui.widgets.form import NOTE_TOO_LONG
from ui.window.main_window import MainWindow


def test_the_count_follows_typing_and_warns_at_the_limit(qtbot: QtBot, window: MainWindow) -> None:
    note, count = window.form.note_edit, window.form.note_count
    assert count.text() == f"0 / {MAX_NOTE_CHARS}"
    qtbot.keyClicks(note, "Walk")
    assert count.text() == f"4 / {MAX_NOTE_CHARS}"
    assert count.styleSheet() == ""

    note.setPlainText("a" * (MAX_NOTE_CHARS - 2))
    note.moveCursor(note.textCursor().MoveOperation.End)
    assert count.text() == f"{MAX_NOTE_CHARS - 2} / {MAX_NOTE_CHARS}"
    qtbot.keyClicks(note, "bcde")
    assert count.text() == f"{MAX_NOTE_CHARS} / {MAX_NOTE_CHARS} (limit reached)"
    assert count.styleSheet() == style.NOTE_LIMIT_STYLE
    assert window.statusBar().currentMessage() == NOTE_TOO_LONG

    qtbot.keyClick(note, Qt.Key.Key_Backspace)
    assert count.text() == f"{MAX_NOTE_CHARS - 1} / {MAX_NOTE_CHARS}"
    assert count.styleSheet() == ""


def test_a_pasted_note_is_counted_after_it_is_cut_back(qtbot: QtBot, window: MainWindow) -> None:
    note, count = window.form.note_edit, window.form.note_count
    note.insertPlainText("x" * (MAX_NOTE_CHARS + 40))
    assert len(note.toPlainText()) == MAX_NOTE_CHARS
    assert count.text().startswith(f"{MAX_NOTE_CHARS} / {MAX_NOTE_CHARS}")
    window.form.clear()
    assert count.text() == f"0 / {MAX_NOTE_CHARS}"
