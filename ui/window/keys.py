"""Keys that cannot act say why: while an action is disabled (no handout yet, say), its
shortcut still answers, with a line in the status bar instead of silence."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QStatusBar, QWidget

logger = logging.getLogger(__name__)

WHY_NOT_MS = 8000


def action_name(action: QAction) -> str:
    """The action's menu text without its mnemonic and dots: "Save PDF", "Email"."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


class WhyNotKeys(QObject):
    """A stand-in shortcut for each watched action, live only while the action is disabled."""

    def __init__(self, window: QWidget, status: QStatusBar, reason: Callable[[], str]) -> None:
        super().__init__(window)
        self._window = window
        self._status = status
        self._reason = reason
        self.stand_ins: dict[QAction, QShortcut] = {}

    def watch(self, *actions: QAction) -> None:
        for action in actions:
            # Qt's default context, the window, as the action's own shortcut has.
            stand_in = QShortcut(action.shortcut(), self._window)
            stand_in.activated.connect(lambda action=action: self.say_why(action))
            self.stand_ins[action] = stand_in
            action.changed.connect(lambda action=action: self._follow(action))
            self._follow(action)

    def _follow(self, action: QAction) -> None:
        self.stand_ins[action].setEnabled(not action.isEnabled())

    def say_why(self, action: QAction) -> None:
        self._status.showMessage(
            f"{action_name(action)} is not possible yet: {self._reason()}", WHY_NOT_MS
        )
