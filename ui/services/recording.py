"""The record of handouts given, from the window: writes run off the GUI thread through a
`JobRunner` (the one background mechanism), so a slow or locked record never freezes it.

A record that cannot be written never touches the handout: it is already saved, printed or
sent. `problem(title, text)` then tells the user in plain words.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from handouts.profile import ClinicProfile
from ui.services.jobs import JobRunner

if TYPE_CHECKING:
    from handouts.record import Entry, Recorded, RecordStore
    from handouts.render import Handout
    from ui.dialogs.email.request import EmailRequest

logger = logging.getLogger(__name__)

NOT_RECORDED_TITLE = "The handout was not added to the record"
NOTICE_TITLE = "The record of handouts"


class RecordService(QObject):
    """Adds handouts to the record, opens it for the History panel, applies the retention."""

    recorded = Signal(object)  # the stored entries (a tuple), once written
    problem = Signal(str, str)  # title, plain text: shown to the user
    finished = Signal()  # after each record job, written or not

    def __init__(
        self,
        profile: Callable[[], ClinicProfile],
        folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self.folder = folder
        self._runner = JobRunner("record-worker", self)
        self._pending = 0

    def enabled(self) -> bool:
        return self._profile().record_handouts

    def is_busy(self) -> bool:
        return self._pending > 0

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run record work off the GUI thread; `done(result)` back on it; errors are told."""
        self._pending += 1

        def on_done(result: Any) -> None:
            self._pending -= 1
            done(result)
            self.finished.emit()

        def on_failed(error: Exception) -> None:
            self._pending -= 1
            logger.error("record job failed: %s", type(error).__name__)
            self.problem.emit(
                NOTICE_TITLE, f"The record could not be used ({type(error).__name__})."
            )
            self.finished.emit()

        self._runner.submit(work, on_done, on_failed)

    def record_given(
        self, handout: Handout, pdf: bytes, delivery: str, *, path: str = "", sent_to: str = ""
    ) -> None:
        """Add `handout`, given as `pdf` by `delivery` (a Delivery word), unless turned off."""
        if not self.enabled():
            return
        # Lazy: the record (sqlite3) and the renderer's version load with the first handout.
        from handouts.record import Delivery, entry_for

        # Lazy: the renderer's package loads with the first handout, not at start-up.
        from handouts.render import CONTENT_VERSION

        how = Delivery(delivery)
        entry = entry_for(
            handout, pdf, how, sent_to=sent_to, path=path, content_version=CONTENT_VERSION
        )
        self._write(entry, pdf)

    def record_saved(self, handout: Handout, path: Path, delivery: str = "saved") -> None:
        """Add a handout written to `path` (saved, or printed to a PDF file): the PDF is read
        back from where it was written."""
        if not self.enabled():
            return
        self.run(lambda: path.read_bytes(), lambda pdf: self.record_given(
            handout, pdf, delivery, path=str(path)))  # fmt: skip

    def record_again(self, entry: Entry, pdf: bytes, delivery: str, sent_to: str = "") -> None:
        """A kept PDF given again (reprinted, re-sent): a new row, the same sheet."""
        if not self.enabled():
            return
        # Lazy: the record (sqlite3) loads with the first handout.
        from handouts.record import Delivery

        # Lazy: as above, with the first handout.
        from handouts.record.entry import now_text

        again = dataclasses.replace(
            entry, id=0, pdf_file="", created=now_text(), delivery=Delivery(delivery),
            sent_to=sent_to, path="",
        )  # fmt: skip
        self._write(again, pdf)

    def _write(self, entry: Entry, pdf: bytes) -> None:
        # Lazy: the record (sqlite3) loads with the first handout.
        from handouts.record import record_given

        folder = self.folder
        self.run(lambda: record_given([(entry, pdf)], folder), self._recorded(entry))

    def _recorded(self, entry: Entry) -> Callable[[Recorded], None]:
        def done(recorded: Recorded) -> None:
            for message in recorded.messages(entry.delivery):
                title = NOT_RECORDED_TITLE if recorded.problem else NOTICE_TITLE
                self.problem.emit(title, message)
            if recorded.ok:
                self.recorded.emit(recorded.entries)

        return done

    def recording_email(self, request: EmailRequest, handout: Handout) -> EmailRequest:
        """The email request, set to add the handout to the record once sent or drafted."""

        def delivered(how: str, to: str) -> None:
            self.record_given(handout, request.pdf, how, sent_to=to)

        return dataclasses.replace(request, on_delivered=delivered)

    def open_store(self) -> RecordStore:
        """The record, for the History panel (quick: a page at a time). RecordError if not."""
        # Lazy: the record (sqlite3) loads with the History panel.
        from handouts.record import RecordStore

        return RecordStore(self.folder)

    def start_up(self, today: datetime.date | None = None) -> None:
        """Apply the retention setting off the GUI thread; say what was deleted or set aside."""
        months = self._profile().record_keep_months
        if months <= 0:
            return  # keep everything: nothing to do (a damaged record is found on first use)
        # Lazy: the record (sqlite3) loads only when a keeping period is set.
        from handouts.record import RecordError, apply_retention, retention_message

        def work() -> list[str]:
            try:
                with self.open_store() as store:
                    said = [store.notice] if store.notice else []
                    deleted = apply_retention(store, months, today)
                    return [*said, retention_message(deleted, months)]
            except RecordError as error:
                return [str(error)]

        def done(said: list[str]) -> None:
            for text in said:
                if text:
                    self.problem.emit(NOTICE_TITLE, text)

        self.run(work, done)

    def shutdown(self) -> None:
        self._runner.shutdown()
