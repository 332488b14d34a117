"""Emailing the handout: the patient's address, the message, sending over SMTP, or a draft.

No Qt here. Every failure is a MailError whose message says in plain words what went wrong
and what to do. Nothing about the patient (address, name, message) is ever logged.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import re
import shutil
import smtplib
import socket
import ssl
import string
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from enum import StrEnum
from pathlib import Path

from handouts.files import WriteFailed, write_atomic
from handouts.profile import ClinicProfile, SmtpSecurity, data_dir

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "heat-or-ice-smtp"
DEFAULT_TIMEOUT = 30.0
PLACEHOLDERS = ("clinic", "clinician", "patient", "patient_greeting")


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


_DOMAIN_LABEL = re.compile(r"^[^\W_](?:(?:[^\W_]|-)*[^\W_])?$")
_LOCAL_PART = re.compile(r"^[\w.!#$%&'*+/=?^`{|}~-]+$")


def address_problem(text: str) -> str:
    """What is wrong with `text` as one email address, in plain words; "" when it is fine."""
    address = text.strip()
    example = "It should look like name@example.com."
    if not address:
        return "Type the patient's email address."
    if any(c in address for c in ",;"):
        return "Type one email address only."
    if any(c.isspace() for c in address):
        return f"An email address has no spaces. {example}"
    if address.count("@") != 1:
        return f"An email address has exactly one @. {example}"
    local, domain = address.split("@")
    if not local:
        return f"Something is missing before the @. {example}"
    if not domain:
        return f"Something is missing after the @. {example}"
    if (
        not _LOCAL_PART.match(local)
        or local.startswith(("-", "."))
        or local.endswith(".")
        or ".." in local
    ):
        return f"The part before the @ has a character that is not allowed. {example}"
    labels = domain.rstrip(".").split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        return f"The part after the @ is not a valid domain like example.com. {example}"
    if len(address) > 254:
        return "This email address is too long."
    return ""


def check_address(text: str) -> str:
    """The address without surrounding spaces, or InvalidAddress with a plain message."""
    problem = address_problem(text)
    if problem:
        raise InvalidAddress(problem)
    return text.strip()


def fill_template(
    template: str, profile: ClinicProfile, *, patient: str = "", clinician: str = "", what: str
) -> str:
    """Fill {clinic}, {clinician}, {patient} and {patient_greeting} into `template`.

    `what` names the template in error messages ("subject", "message"). A line that held only
    placeholders which came out empty is dropped, so a missing clinician leaves no blank line.
    """
    patient = " ".join(patient.split())
    values = {
        "clinic": profile.name.strip(),
        "clinician": (clinician or profile.clinician).strip(),
        "patient": patient,
        "patient_greeting": f" {patient}" if patient else "",
    }
    known = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
    fix = f"Change the {what} template in the email settings. It may use {known}."
    lines = []
    for line in template.split("\n"):
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(line) if f is not None]
        except ValueError:
            raise TemplateError(
                f"The email {what} template has a {{ or }} that is not part of a placeholder. "
                f"Write {{{{ or }}}} for a brace. {fix}"
            ) from None
        for name in fields:
            if name not in values:
                shown = "{" + name + "}" if name else "{}"
                raise TemplateError(
                    f"The email {what} template uses {shown}, which is unknown. {fix}"
                )
        try:
            filled = line.format(**values)
        except (ValueError, IndexError, KeyError):
            raise TemplateError(f"The email {what} template cannot be filled in. {fix}") from None
        if fields and not filled.strip() and line.strip():
            continue
        lines.append(filled.rstrip())
    return "\n".join(lines)


def prefilled_message(
    profile: ClinicProfile, *, patient: str = "", clinician: str = ""
) -> tuple[str, str]:
    """The subject (one line) and the message body from the profile's templates."""
    subject = fill_template(
        profile.email_subject, profile, patient=patient, clinician=clinician, what="subject"
    )
    body = fill_template(
        profile.email_body, profile, patient=patient, clinician=clinician, what="message"
    )
    return " ".join(subject.split()), body


def attachment_name(name: str) -> str:
    """A safe file name for the attached PDF: no folders, no control characters, ends in .pdf."""
    cleaned = re.sub(r"[\x00-\x1f\x7f/\\:*?\"<>|]+", " ", name)
    cleaned = " ".join(cleaned.split()).strip(" .")
    if cleaned.lower().endswith(".pdf"):
        cleaned = cleaned[:-4].rstrip(" .")
    return f"{cleaned or 'handout'}.pdf"


@dataclass(frozen=True)
class Email:
    """Exactly what the clinician sees in the dialog: it is what is sent or drafted."""

    to: str
    subject: str
    body: str
    attachment: bytes
    attachment_name: str
    from_address: str = ""


@dataclass(frozen=True)
class SmtpAccount:
    """The clinic's mail account; the password is never part of it (keychain or asked)."""

    host: str
    port: int = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    user: str = ""
    from_address: str = ""

    @classmethod
    def from_profile(cls, profile: ClinicProfile) -> SmtpAccount:
        return cls(
            host=profile.smtp_host.strip(),
            port=profile.smtp_port,
            security=profile.smtp_security,
            user=profile.smtp_user.strip(),
            from_address=profile.email_from.strip(),
        )

    @property
    def sender(self) -> str:
        """The from address: the one set, else the user name when it is an address."""
        if self.from_address:
            return self.from_address
        return self.user if not address_problem(self.user) else ""


def compose(email: Email, *, draft: bool = False) -> EmailMessage:
    """The message with the PDF attached; a draft carries X-Unsent: 1 for mail programs."""
    to = check_address(email.to)
    if "\n" in email.subject or "\r" in email.subject:
        raise MailError("The subject must be a single line.")
    message = EmailMessage()
    if email.from_address:
        message["From"] = email.from_address
    message["To"] = to
    message["Subject"] = email.subject
    message["Date"] = formatdate(localtime=True)
    if draft:
        message["X-Unsent"] = "1"
    else:
        domain = email.from_address.rpartition("@")[2] or None
        message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(email.body)
    if not email.attachment:
        return message
    message.add_attachment(
        email.attachment,
        maintype="application",
        subtype="pdf",
        filename=attachment_name(email.attachment_name),
    )
    return message


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise SendFailed(
            f"The mail server name '{host}' could not be found. "
            "Check the server name in the email settings, and that this computer is online."
        ) from None
    return [str(info[4][0]) for info in infos]


def is_loopback(host: str, port: int = 25) -> bool:
    """True when every address `host` resolves to is on this machine."""
    try:
        addresses = _resolve(host, port)
    except SendFailed:
        return False
    return bool(addresses) and all(
        ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses
    )


def _server_said(error: smtplib.SMTPResponseException) -> str:
    text = error.smtp_error
    reply = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return " ".join(reply.split()) or str(error.smtp_code)


def _plain_failure(error: BaseException, account: SmtpAccount, to: str) -> SendFailed:
    """Map a smtplib/socket/ssl error to plain words. Nothing was sent in each case."""
    where = f"{account.host}:{account.port}"
    settings = "Check the email settings."
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(
        error.__context__, TimeoutError
    ):
        error = error.__context__
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return LoginRefused(
            "The mail server refused the user name or password (wrong password, or login "
            f"refused). Check them and try again. The server said: {_server_said(error)}"
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        replies = [
            _server_said(smtplib.SMTPResponseException(code, reply))
            for code, reply in error.recipients.values()
        ]
        return SendFailed(
            f"The mail server refused the address {to}. Check the address. "
            f"The server said: {'; '.join(replies)}"
        )
    if isinstance(error, smtplib.SMTPSenderRefused):
        return SendFailed(
            f"The mail server refused the sender address {account.sender}. {settings} "
            f"The server said: {_server_said(error)}"
        )
    if isinstance(error, smtplib.SMTPDataError):
        return SendFailed(
            f"The mail server refused the message. The server said: {_server_said(error)}"
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return SendFailed(
            f"The mail server at {where} does not offer this ({error}). "
            f"Check the security setting and the port. {settings}"
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return SendFailed(
            f"The mail server at {where} closed the connection. Check the port and security "
            f"setting (STARTTLS usually uses port 587, SSL/TLS port 465). {settings}"
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return SendFailed(
            f"The mail server did not take the message. It said: {_server_said(error)}"
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = error.verify_message or error.reason or "not trusted"
        return SendFailed(
            f"Certificate problem: the mail server's certificate could not be checked "
            f"({reason}), so the connection may not be safe and nothing was sent. Check the "
            "server name, or ask whoever runs the mail server."
        )
    if isinstance(error, ssl.SSLError):
        return SendFailed(
            f"A secure connection to {where} could not be set up ({error.reason or error}). "
            f"Check the port and security setting (STARTTLS usually uses port 587, SSL/TLS "
            f"port 465). {settings}"
        )
    if isinstance(error, TimeoutError | socket.timeout):
        return SendFailed(
            f"The mail server at {where} did not answer in time. Check the server name and "
            "port, and that this computer is online, then try again."
        )
    if isinstance(error, socket.gaierror):
        return SendFailed(
            f"The mail server name '{account.host}' could not be found. Check the server name "
            "in the email settings, and that this computer is online."
        )
    if isinstance(error, ConnectionRefusedError):
        return SendFailed(
            f"The mail server at {where} cannot be reached (the connection was refused). "
            f"Check the server name and port. {settings}"
        )
    if isinstance(error, OSError):
        return SendFailed(
            f"The mail server at {where} cannot be reached ({error.strerror or error}). "
            "Check the server name, the port and that this computer is online."
        )
    if isinstance(error, smtplib.SMTPException):
        return SendFailed(f"Sending failed: {error}")
    raise error


def check_account(account: SmtpAccount) -> None:
    """Raise SendFailed when the account settings cannot work at all."""
    if not account.host:
        raise SendFailed("No mail server is set. Fill in the server in the email settings.")
    if not 0 < account.port < 65536:
        raise SendFailed("The mail server port must be a number between 1 and 65535.")
    if not account.sender:
        raise SendFailed(
            "No from address is set. Fill in the clinic's address in the email settings."
        )
    problem = address_problem(account.sender)
    if problem:
        raise SendFailed(f"The from address {account.sender} is not usable: {problem}")


def send(
    email: Email,
    account: SmtpAccount,
    password: str | None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """Send `email` through `account`; raise SendFailed in plain words when it did not go.

    Encrypted with STARTTLS or SSL/TLS and a default context that verifies the certificate.
    An unencrypted connection is refused unless the server is on this machine.
    """
    check_account(account)
    to = check_address(email.to)
    message = compose(
        Email(
            email.to,
            email.subject,
            email.body,
            email.attachment,
            email.attachment_name,
            account.sender,
        )
    )
    if account.user and not password:
        raise SendFailed("The mail account's password is needed to send. Type it and try again.")
    connect_to = account.host
    if account.security == SmtpSecurity.NONE:
        addresses = _resolve(account.host, account.port)
        if not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
            raise SendFailed(
                "Unencrypted connections are only allowed to a mail server on this computer. "
                "Choose STARTTLS or SSL/TLS in the email settings."
            )
        connect_to = addresses[0]  # the address checked, so a second lookup cannot differ
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if account.security == SmtpSecurity.SSL:
            client = smtplib.SMTP_SSL(account.host, account.port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(connect_to, account.port, timeout=timeout)
        with client:
            client.ehlo()
            if account.security == SmtpSecurity.STARTTLS:
                if not client.has_extn("starttls"):
                    raise SendFailed(
                        f"The mail server at {account.host}:{account.port} does not offer "
                        "STARTTLS, so the connection cannot be encrypted. Try SSL/TLS (usually "
                        "port 465) in the email settings."
                    )
                client.starttls(context=context)
                client.ehlo()
            if account.user:
                client.login(account.user, password or "")
            client.send_message(message, from_addr=account.sender, to_addrs=[to])
    except SendFailed:
        raise
    except (smtplib.SMTPException, OSError) as error:
        logger.info("sending the email failed: %s", type(error).__name__)
        raise _plain_failure(error, account, to) from None
    logger.info("email sent")


def account_test_email(account: SmtpAccount) -> Email:
    """A short message without attachment from the clinic's account to itself."""
    return Email(
        to=account.sender,
        subject="Heat or Ice: test email",
        body=(
            "This is a test from Heat or Ice. It shows that the clinic's email settings "
            "work: handouts can be sent from this account."
        ),
        attachment=b"",
        attachment_name="",
    )


def keychain_user(host: str, user: str) -> str:
    """The keychain entry's user: the account is one host and one user name."""
    return f"{user}@{host}"


def stored_password(host: str, user: str) -> str | None:
    """The password from the system keychain, or None (none stored, or no usable keychain)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keychain_user(host, user))
    except Exception as error:  # any keychain backend failure means "ask the user"
        logger.info("no keychain password: %s", type(error).__name__)
        return None


def remember_password(host: str, user: str, password: str) -> bool:
    """Keep the password in the system keychain; False when there is no usable keychain."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keychain_user(host, user), password)
    except Exception as error:  # no backend, locked, refused: the caller asks each time
        logger.info("password not stored in keychain: %s", type(error).__name__)
        return False
    return True


def forget_password(host: str, user: str) -> None:
    """Remove a stored password; nothing happens when none is stored or no keychain works."""
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keychain_user(host, user))


def xdg_email_command(email: Email, attachment: Path) -> list[str]:
    """The xdg-email command that opens a new message with the PDF attached (Linux)."""
    return [
        "xdg-email",
        "--utf8",
        "--subject",
        email.subject,
        "--body",
        email.body,
        "--attach",
        str(attachment),
        check_address(email.to),
    ]


class DraftKind(StrEnum):
    XDG_EMAIL = "xdg-email"  # handed to the mail program; nothing more to do
    EML = "eml"  # the .eml file is to be opened by the system (the GUI does it)
    FOLDER = "folder"  # no mail program: the PDF is saved, show its folder


@dataclass(frozen=True)
class Draft:
    """How the draft went: the saved PDF, the .eml when written, and what to tell the user."""

    kind: DraftKind
    pdf: Path
    message: str
    eml: Path | None = None


def draft_folder(profile: ClinicProfile) -> Path:
    """Where drafted handouts are saved: the clinic's save folder, else the app's data folder."""
    if profile.save_folder:
        return Path(profile.save_folder)
    return data_dir() / "email drafts"


def folder_message(pdf: Path, why: str = "No mail program could be opened") -> str:
    return (
        f"{why}. The handout is saved as {pdf.name} in {pdf.parent}; the folder is shown so "
        "you can attach it to an email yourself."
    )


def write_eml(email: Email, path: Path) -> Path:
    """Write an unsent draft (.eml, X-Unsent: 1) with the PDF attached, atomically."""
    write_atomic(path, compose(email, draft=True).as_bytes())
    return path


def make_draft(
    email: Email,
    folder: Path,
    *,
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
) -> Draft:
    """Save the PDF in `folder` and hand the message to the mail program.

    Linux: run xdg-email. Elsewhere: write a .eml draft for the system to open. When neither
    works, the PDF stays saved and the Draft says to show its folder. Raises WriteFailed.
    """
    check_address(email.to)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(f"The folder {folder} cannot be created ({error.strerror}).") from error
    pdf = folder / attachment_name(email.attachment_name)
    write_atomic(pdf, email.attachment)
    if platform.startswith("linux"):
        if which("xdg-email") is None:
            return Draft(DraftKind.FOLDER, pdf, folder_message(pdf, "No mail program was found"))
        try:
            result = subprocess.run(
                xdg_email_command(email, pdf),
                capture_output=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            logger.warning("xdg-email failed: %s", type(error).__name__)
            return Draft(
                DraftKind.FOLDER, pdf, folder_message(pdf, "The mail program did not open")
            )
        if result.returncode != 0:
            logger.warning("xdg-email exited with %s", result.returncode)
            return Draft(
                DraftKind.FOLDER, pdf, folder_message(pdf, "The mail program did not open")
            )
        return Draft(
            DraftKind.XDG_EMAIL,
            pdf,
            "Your mail program now has a new message with the handout attached. Check it and "
            "press Send there.",
        )
    eml = write_eml(email, pdf.with_suffix(".eml"))
    return Draft(
        DraftKind.EML,
        pdf,
        "A draft with the handout attached is opened in your mail program. Check it and press "
        "Send there.",
        eml,
    )
