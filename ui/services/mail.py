"""Mail work off the GUI thread (sending, drafting, the mail server's DNS lookup), through
the app's one `JobRunner`, with every failure turned into a plain MailError or WriteFailed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from handouts.files import WriteFailed
from handouts.mail import MailError
from ui.services.jobs import JobRunner

logger = logging.getLogger(__name__)

MailFailure = MailError | WriteFailed


def plain_mail_error(error: Exception) -> MailFailure:
    """Ours are plain already; anything else is a bug, said without its message."""
    if isinstance(error, MailError | WriteFailed):
        return error
    # The type only: a message or traceback could carry the patient's address.
    logger.error("email job failed: %s", type(error).__name__)
    return MailError(f"Something went wrong ({type(error).__name__}).")


class MailJobs(QObject):
    """Runs mail jobs one at a time off the GUI thread; answers arrive in the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = JobRunner("mail", self)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[MailFailure], None],
    ) -> None:
        self._runner.submit(work, on_done, lambda error: on_failed(plain_mail_error(error)))
