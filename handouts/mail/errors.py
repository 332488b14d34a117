"""The mail failures: each message is plain words for the clinician."""

from __future__ import annotations


class MailError(Exception):
    """Sending or drafting failed; the message is plain words for the clinician."""


class InvalidAddress(MailError):
    """The patient's (or the clinic's) email address is not usable."""


class TemplateError(MailError):
    """A subject or message template in the clinic profile cannot be filled in."""


class SendFailed(MailError):
    """The mail server did not take the message; nothing was sent."""


class LoginRefused(SendFailed):
    """The server refused the user name or password: ask for the password again."""
