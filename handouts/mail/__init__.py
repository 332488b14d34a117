"""Emailing the handout: the patient's address, the message, sending over SMTP, or a draft.

No Qt here. Every failure is a MailError whose message says in plain words what went wrong
and what to do. Nothing about the patient (address, name, message) is ever logged.
"""

from __future__ import annotations

from handouts.mail.addresses import address_problem, check_address
from handouts.mail.draft import (
    Draft,
    DraftKind,
    draft_folder,
    folder_message,
    make_draft,
    write_eml,
    xdg_email_command,
)
from handouts.mail.errors import InvalidAddress, LoginRefused, MailError, SendFailed, TemplateError
from handouts.mail.keychain import (
    KEYRING_SERVICE,
    forget_password,
    remember_password,
    stored_password,
)
from handouts.mail.message import (
    PLACEHOLDERS,
    Email,
    attachment_name,
    compose,
    fill_template,
    prefilled_message,
    with_standard_wording,
)
from handouts.mail.smtp import (
    DEFAULT_TIMEOUT,
    SmtpAccount,
    account_test_email,
    check_account,
    is_loopback,
    send,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "KEYRING_SERVICE",
    "PLACEHOLDERS",
    "Draft",
    "DraftKind",
    "Email",
    "InvalidAddress",
    "LoginRefused",
    "MailError",
    "SendFailed",
    "SmtpAccount",
    "TemplateError",
    "account_test_email",
    "address_problem",
    "attachment_name",
    "check_account",
    "check_address",
    "compose",
    "draft_folder",
    "fill_template",
    "folder_message",
    "forget_password",
    "is_loopback",
    "make_draft",
    "prefilled_message",
    "remember_password",
    "send",
    "stored_password",
    "with_standard_wording",
    "write_eml",
    "xdg_email_command",
]
