"""What a smtplib, socket or ssl error means, in plain words: a table, most specific first.

Nothing was sent in each case.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from handouts.mail.errors import LoginRefused, SendFailed

_SETTINGS = "Check the email settings."
_PORTS = "(STARTTLS usually uses port 587, SSL/TLS port 465)"


@dataclass(frozen=True)
class Where:
    """What the messages may name: the server, the sender and the recipient."""

    host: str
    port: int
    sender: str
    to: str

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"


def server_said(error: BaseException) -> str:
    """The server's reply, on one line."""
    assert isinstance(error, smtplib.SMTPResponseException)
    text = error.smtp_error
    reply = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return " ".join(reply.split()) or str(error.smtp_code)


def _refused_recipients(error: BaseException) -> str:
    assert isinstance(error, smtplib.SMTPRecipientsRefused)
    return "; ".join(
        server_said(smtplib.SMTPResponseException(code, reply))
        for code, reply in error.recipients.values()
    )


def _certificate_reason(error: BaseException) -> str:
    assert isinstance(error, ssl.SSLCertVerificationError)
    return str(error.verify_message or error.reason or "not trusted")


def _ssl_reason(error: BaseException) -> str:
    assert isinstance(error, ssl.SSLError)
    return str(error.reason or error)


def _os_reason(error: BaseException) -> str:
    assert isinstance(error, OSError)
    return str(error.strerror or error)


Message = Callable[[BaseException, Where], str]

# Exception type -> the failure class and its message; the first matching row wins, so a
# subclass comes before its base class.
FAILURES: tuple[tuple[type[BaseException], type[SendFailed], Message], ...] = (
    (smtplib.SMTPAuthenticationError, LoginRefused, lambda e, w: (
        "The mail server refused the user name or password (wrong password, or login "
        f"refused). Check them and try again. The server said: {server_said(e)}")),
    (smtplib.SMTPRecipientsRefused, SendFailed, lambda e, w: (
        f"The mail server refused the address {w.to}. Check the address. "
        f"The server said: {_refused_recipients(e)}")),
    (smtplib.SMTPSenderRefused, SendFailed, lambda e, w: (
        f"The mail server refused the sender address {w.sender}. {_SETTINGS} "
        f"The server said: {server_said(e)}")),
    (smtplib.SMTPDataError, SendFailed, lambda e, w: (
        f"The mail server refused the message. The server said: {server_said(e)}")),
    (smtplib.SMTPNotSupportedError, SendFailed, lambda e, w: (
        f"The mail server at {w.server} does not offer this ({e}). "
        f"Check the security setting and the port. {_SETTINGS}")),
    (smtplib.SMTPServerDisconnected, SendFailed, lambda e, w: (
        f"The mail server at {w.server} closed the connection. Check the port and security "
        f"setting {_PORTS}. {_SETTINGS}")),
    (smtplib.SMTPResponseException, SendFailed, lambda e, w: (
        f"The mail server did not take the message. It said: {server_said(e)}")),
    (ssl.SSLCertVerificationError, SendFailed, lambda e, w: (
        "Certificate problem: the mail server's certificate could not be checked "
        f"({_certificate_reason(e)}), so the connection may not be safe and nothing was sent. "
        "Check the server name, or ask whoever runs the mail server.")),
    (ssl.SSLError, SendFailed, lambda e, w: (
        f"A secure connection to {w.server} could not be set up ({_ssl_reason(e)}). "
        f"Check the port and security setting {_PORTS}. {_SETTINGS}")),
    (TimeoutError, SendFailed, lambda e, w: (
        f"The mail server at {w.server} did not answer in time. Check the server name and "
        "port, and that this computer is online, then try again.")),
    (socket.gaierror, SendFailed, lambda e, w: (
        f"The mail server name '{w.host}' could not be found. Check the server name "
        "in the email settings, and that this computer is online.")),
    (ConnectionRefusedError, SendFailed, lambda e, w: (
        f"The mail server at {w.server} cannot be reached (the connection was refused). "
        f"Check the server name and port. {_SETTINGS}")),
    (OSError, SendFailed, lambda e, w: (
        f"The mail server at {w.server} cannot be reached ({_os_reason(e)}). "
        "Check the server name, the port and that this computer is online.")),
    (smtplib.SMTPException, SendFailed, lambda e, w: f"Sending failed: {e}"),
)  # fmt: skip


def plain_failure(error: BaseException, where: Where) -> SendFailed:
    """The SendFailed for a smtplib/socket/ssl error; other errors are raised again."""
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(
        error.__context__, TimeoutError
    ):
        error = error.__context__
    for kind, failure, message in FAILURES:
        if isinstance(error, kind):
            return failure(message(error, where))
    raise error
