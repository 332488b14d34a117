"""What the Email dialog is given, and how it describes the clinic's mail account."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handouts.mail import SmtpAccount
from handouts.model import Language
from handouts.profile import ClinicProfile, SmtpSecurity

if TYPE_CHECKING:
    from handouts.render import Handout

SECURITY_WORDS = {
    SmtpSecurity.STARTTLS: "STARTTLS",
    SmtpSecurity.SSL: "SSL/TLS",
    SmtpSecurity.NONE: "no encryption",
}


@dataclass(frozen=True)
class EmailRequest:
    """What the window hands the dialog: the final PDF and who it is for."""

    profile: ClinicProfile
    pdf: bytes
    attachment_name: str
    patient: str = ""
    clinician: str = ""
    language: Language = Language.EN  # the handout's: the email is written in it too
    # Called once the PDF is sent ("emailed", address) or handed to the mail program
    # ("draft", address): the window adds it to the record.
    on_delivered: Callable[[str, str], None] | None = None

    @classmethod
    def for_handout(cls, handout: Handout, pdf: bytes) -> EmailRequest:
        # Lazy: handouts.render loads with the first handout, not at start-up.
        from handouts.render import default_file_name

        return cls(
            profile=handout.profile,
            pdf=pdf,
            attachment_name=default_file_name(handout),
            patient=handout.patient,
            clinician=handout.clinician,
            language=handout.language,
        )


def account_summary(account: SmtpAccount) -> str:
    if not account.host or not account.sender:
        return (
            "No mail account is set up for sending. Fill it in under Settings > Email, or "
            "open the message in your mail program."
        )
    return (
        f"Sends from {account.sender} through {account.host}:{account.port} "
        f"({SECURITY_WORDS[account.security]})."
    )
