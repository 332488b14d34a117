"""Emailing the rendered handout from the command line (`render ... --email-to ADDRESS`).

Exit code 5 when sending fails, with the reason on one line. The password comes from the
HEAT_OR_ICE_SMTP_PASSWORD environment variable, else from the system keychain.
"""

from __future__ import annotations

import argparse
import logging
import os
from typing import TYPE_CHECKING

from handouts.cli.common import EXIT_INVALID, EXIT_SEND_FAILED, CliError
from handouts.model import Language
from handouts.profile import ClinicProfile, SmtpSecurity
from handouts.settings import setting

if TYPE_CHECKING:
    from handouts.mail import SmtpAccount

logger = logging.getLogger(__name__)

PASSWORD_VARIABLE = "HEAT_OR_ICE_SMTP_PASSWORD"
# The account options: each defaults to the clinic profile's setting of the same name.
ACCOUNT_OPTIONS = ("smtp_host", "smtp_port", "smtp_security", "smtp_user", "email_from")


def port_number(text: str) -> int:
    if not text.strip().isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number between 1 and 65535")
    return int(text)


def email_address(text: str) -> str:
    # The mail package is loaded only when an address is given: `decide` starts without it.
    from handouts.mail import address_problem

    problem = address_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(f"{text!r}: {problem}")
    return text.strip()


def security(text: str) -> SmtpSecurity:
    try:
        return SmtpSecurity(text.strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in SmtpSecurity)
        raise argparse.ArgumentTypeError(f"{text!r} is not one of: {allowed}") from None


def add_email_options(parser: argparse.ArgumentParser) -> None:
    """--email-to and the SMTP account (each defaults to the clinic profile's setting)."""
    group = parser.add_argument_group(
        "emailing the handout (the account defaults to the clinic profile's)"
    )
    group.add_argument(
        "--email-to",
        type=email_address,
        metavar="ADDRESS",
        help="send the handout to this address through the clinic's mail account",
    )
    for key, metavar, kind in (
        ("smtp_host", "HOST", str),
        ("smtp_port", "PORT", port_number),
        ("smtp_security", "|".join(SmtpSecurity), security),
        ("smtp_user", "USER", str),
        ("email_from", "ADDRESS", email_address),
    ):
        group.add_argument(
            "--" + key.replace("_", "-"), type=kind, metavar=metavar, help=setting(key).help
        )


def account_from_args(args: argparse.Namespace, profile: ClinicProfile) -> SmtpAccount:
    """The profile's account with the options given on the command line put over it."""
    # The mail package is loaded only when emailing: `decide` starts without it.
    from handouts.mail import SmtpAccount

    account = SmtpAccount.from_profile(profile)
    return SmtpAccount(
        host=args.smtp_host if args.smtp_host is not None else account.host,
        port=args.smtp_port if args.smtp_port is not None else account.port,
        security=args.smtp_security if args.smtp_security is not None else account.security,
        user=args.smtp_user if args.smtp_user is not None else account.user,
        from_address=args.email_from if args.email_from is not None else account.from_address,
    )


def check_email_options(args: argparse.Namespace, profile: ClinicProfile) -> None:
    """Before rendering: raise CliError (exit 2) for an account that cannot work at all."""
    if not getattr(args, "email_to", None):
        given = [option for option in ACCOUNT_OPTIONS if getattr(args, option, None) is not None]
        if given:
            flag = "--" + given[0].replace("_", "-")
            raise CliError(f"argument {flag}: only used with --email-to ADDRESS", EXIT_INVALID)
        return
    # The mail package is loaded only when emailing: `decide` starts without it.
    from handouts.mail import MailError, check_account, is_loopback

    account = account_from_args(args, profile)
    try:
        check_account(account)
    except MailError as error:
        raise CliError(f"argument --email-to: {error}", EXIT_INVALID) from None
    if account.security == SmtpSecurity.NONE and not is_loopback(account.host, account.port):
        raise CliError(
            "argument --smtp-security: none (unencrypted) is only allowed to a mail server on "
            "this machine; use starttls or ssl",
            EXIT_INVALID,
        )


def smtp_password(account: SmtpAccount) -> str | None:
    """The password from the environment variable, else the keychain, else None."""
    # The mail package (and keyring) is loaded only when emailing.
    from handouts.mail import stored_password

    if not account.user:
        return None
    return os.environ.get(PASSWORD_VARIABLE) or stored_password(account.host, account.user)


def email_handout(
    args: argparse.Namespace,
    profile: ClinicProfile,
    pdf: bytes,
    file_name: str,
    *,
    patient: str = "",
    clinician: str = "",
    language: Language = Language.EN,
) -> str:
    """Send the PDF to --email-to; return a one-line confirmation, or raise CliError (5)."""
    # The mail package is loaded only when emailing: `decide` starts without it.
    from handouts.mail import Email, MailError, prefilled_message, send

    account = account_from_args(args, profile)
    try:
        subject, body = prefilled_message(
            profile, patient=patient, clinician=clinician, language=language
        )
    except MailError as error:
        raise CliError(f"not sent: {error}", EXIT_INVALID) from None
    password = smtp_password(account)
    if account.user and not password:
        raise CliError(
            f"not sent: no password for {account.user} on {account.host}. Set "
            f"{PASSWORD_VARIABLE} or store it in the system keychain.",
            EXIT_SEND_FAILED,
        )
    email = Email(args.email_to, subject, body, pdf, file_name, account.sender)
    try:
        send(email, account, password)
    except MailError as error:
        raise CliError(f"not sent: {error}", EXIT_SEND_FAILED) from None
    return f"sent to {email.to}"
