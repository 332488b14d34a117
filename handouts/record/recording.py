"""Adding a handout to the record without ever holding up the handout itself.

`record_given` never raises: the handout is already saved, printed or sent when it is called,
and a record that cannot be written is reported in plain words (`Recorded.problem`), never
by losing the handout.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from handouts.record.entry import DELIVERY_WORDS, Delivery, Entry
from handouts.record.store import RecordError, RecordStore

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recorded:
    """What became of a record write: the rows stored, or the plain reason they were not;
    `notice` when a damaged record was set aside on the way."""

    entries: tuple[Entry, ...] = ()
    problem: str = ""
    notice: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem

    def messages(self, delivery: Delivery) -> list[str]:
        """What to tell the user: nothing when all went well."""
        said = [self.notice] if self.notice else []
        if self.problem:
            said.append(not_recorded_message(delivery, self.problem))
        return said


def not_recorded_message(delivery: Delivery, reason: str) -> str:
    return (
        f"The handout was {DELIVERY_WORDS[delivery]}, but it was not added to the record of "
        f"handouts: {reason.rstrip('.')}."
    )


def record_given(
    items: Sequence[tuple[Entry, bytes]],
    folder: Path | None = None,
    *,
    timeout: float | None = None,
) -> Recorded:
    """Store the rows and their PDF copies in the record at `folder` (default: the app's)."""
    notice = ""
    try:
        store = RecordStore(folder) if timeout is None else RecordStore(folder, timeout=timeout)
        with store:
            notice = store.notice
            stored = store.add_all(items)
    except RecordError as error:
        logger.warning("a handout was not recorded")
        return Recorded(problem=str(error), notice=notice)
    except Exception as error:  # never lose the handout over the record
        logger.error("record write failed: %s", type(error).__name__)
        return Recorded(problem=f"an unexpected error ({type(error).__name__})", notice=notice)
    return Recorded(tuple(stored), notice=notice)
