"""The mail account's password: from the keychain, else asked for (and kept if wished)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from handouts.mail import SmtpAccount, remember_password, stored_password

logger = logging.getLogger(__name__)


class PasswordDialog(QDialog):
    """Ask for the mail account's password, and whether to keep it in the system keychain."""

    def __init__(self, account: SmtpAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Mail account password")
        self.setAccessibleName("Mail account password")
        label = QLabel(f"Password for {account.user} on {account.host}:")
        label.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Password")
        label.setBuddy(self.password_edit)
        self.remember_box = QCheckBox("&Remember it in this computer's keychain")
        self.remember_box.setAccessibleName("Remember the password")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.remember_box)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, account: SmtpAccount) -> tuple[tuple[str, bool], bool]:
        """((password, remember), accepted)."""
        dialog = cls(account, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = (dialog.password_edit.text(), dialog.remember_box.isChecked())
        dialog.deleteLater()
        return value, accepted and bool(value[0])


def obtain_password(
    parent: QWidget, account: SmtpAccount, *, ask: bool = False
) -> tuple[str | None, bool, str]:
    """(password, go on, note): the keychain's, else asked for (and kept if wished)."""
    if not account.user:
        return None, True, ""
    if not ask:
        stored = stored_password(account.host, account.user)
        if stored:
            return stored, True, ""
    (password, remember), accepted = PasswordDialog.ask(parent, account)
    if not accepted:
        return None, False, ""
    note = ""
    if remember and not remember_password(account.host, account.user, password):
        note = (
            " The password could not be kept: no keychain works on this computer, so it is "
            "asked for each time."
        )
    return password, True, note
