"""The note's live character count: "N / 500", a warning colour once the limit is reached."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from handouts.model import MAX_NOTE_CHARS
from ui import style
from ui.qt_names import set_by_name


class NoteCount(QLabel):
    """Counts the characters of `edit` against MAX_NOTE_CHARS; call `refresh` on each change
    (after the form has cut the note back to the limit)."""

    def __init__(self, edit: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        set_by_name(self, "alignment", "AlignRight|AlignBottom")
        self.setWordWrap(True)  # "(limit reached)" goes under the count, beside the note
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(f"{MAX_NOTE_CHARS} / 000") + 8)
        self.setAccessibleName("Note length")
        self.refresh()

    def count(self) -> int:
        return len(self._edit.toPlainText())

    def at_limit(self) -> bool:
        return self.count() >= MAX_NOTE_CHARS

    def refresh(self) -> None:
        count = self.count()
        self.setText(
            f"{count} / {MAX_NOTE_CHARS}" + (" (limit reached)" if self.at_limit() else "")
        )
        self.setStyleSheet(style.NOTE_LIMIT_STYLE if self.at_limit() else "")
        self.setAccessibleDescription(f"{count} of {MAX_NOTE_CHARS} characters used")


def cut_to_limit(edit: QPlainTextEdit) -> bool:
    """Cut the text back to MAX_NOTE_CHARS (typed or pasted), keeping the cursor's place;
    whether anything was cut."""
    text = edit.toPlainText()
    if len(text) <= MAX_NOTE_CHARS:
        return False
    overflow = len(text) - MAX_NOTE_CHARS
    # Drop the end of what was just typed or pasted: the characters before the cursor.
    start = max(0, edit.textCursor().position() - overflow)
    kept = text[:start] + text[start + overflow :]
    blocker = edit.blockSignals(True)
    edit.setPlainText(kept)
    edit.blockSignals(blocker)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    edit.setTextCursor(cursor)
    return True
