"""Sending over SMTP: the clinic's account, checked before connecting, always encrypted
(unless the server is on this machine). Nothing about the patient is ever logged."""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import socket
import ssl
from dataclasses import dataclass

from handouts.mail.addresses import address_problem, check_address
from handouts.mail.errors import SendFailed
from handouts.mail.failures import Where, plain_failure
from handouts.mail.message import Email, compose
from handouts.profile import ClinicProfile, SmtpSecurity

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0


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


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise plain_failure(socket.gaierror(), Where(host, port, "", "")) from None
    return [str(info[4][0]) for info in infos]


def _all_loopback(addresses: list[str]) -> bool:
    return bool(addresses) and all(
        ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses
    )


def is_loopback(host: str, port: int = 25) -> bool:
    """True when every address `host` resolves to is on this machine."""
    try:
        return _all_loopback(_resolve(host, port))
    except SendFailed:
        return False


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


def _connect_to(account: SmtpAccount) -> str:
    """Where to connect: for an unencrypted account, the checked loopback address itself,
    so a second lookup cannot differ."""
    if account.security != SmtpSecurity.NONE:
        return account.host
    addresses = _resolve(account.host, account.port)
    if not _all_loopback(addresses):
        raise SendFailed(
            "Unencrypted connections are only allowed to a mail server on this computer. "
            "Choose STARTTLS or SSL/TLS in the email settings."
        )
    return addresses[0]


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
    connect_to = _connect_to(account)
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
        where = Where(account.host, account.port, account.sender, to)
        raise plain_failure(error, where) from None
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
