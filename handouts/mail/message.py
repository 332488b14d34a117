"""The email itself: the templates filled in, the PDF attached, the message composed."""

from __future__ import annotations

import string
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from handouts.files import safe_file_name_part
from handouts.mail.addresses import check_address
from handouts.mail.errors import MailError, TemplateError
from handouts.model import Language
from handouts.profile import ClinicProfile
from handouts.settings import EMAIL_BODIES, EMAIL_SUBJECTS, EMAIL_TEXT_KEYS, LANGUAGE_WORDS

PLACEHOLDERS = ("clinic", "clinician", "patient", "patient_greeting")
# Long enough for any handout's default name, short enough for every file system.
MAX_ATTACHMENT_NAME_CHARS = 200


@dataclass(frozen=True)
class Email:
    """Exactly what the clinician sees in the dialog: it is what is sent or drafted."""

    to: str
    subject: str
    body: str
    attachment: bytes
    attachment_name: str
    from_address: str = ""


def _placeholders_in(line: str, what: str, fix: str) -> list[str]:
    try:
        return [f for _, f, _, _ in string.Formatter().parse(line) if f is not None]
    except ValueError:
        raise TemplateError(
            f"The email {what} template has a {{ or }} that is not part of a placeholder. "
            f"Write {{{{ or }}}} for a brace. {fix}"
        ) from None


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
        fields = _placeholders_in(line, what, fix)
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
    profile: ClinicProfile,
    *,
    patient: str = "",
    clinician: str = "",
    language: Language = Language.EN,
) -> tuple[str, str]:
    """The subject (one line) and the message body from the profile's templates in the
    handout's `language`."""
    subject_key, body_key = EMAIL_TEXT_KEYS[language]
    subject = fill_template(
        getattr(profile, subject_key), profile, patient=patient, clinician=clinician,
        what=_what("subject", language),
    )  # fmt: skip
    body = fill_template(
        getattr(profile, body_key), profile, patient=patient, clinician=clinician,
        what=_what("message", language),
    )  # fmt: skip
    return " ".join(subject.split()), body


def _what(template: str, language: Language) -> str:
    """How an error names the template: "subject", or "French subject" for another language."""
    return template if language is Language.EN else f"{LANGUAGE_WORDS[language]} {template}"


def with_standard_wording(profile: ClinicProfile, language: Language) -> ClinicProfile:
    """`profile` with the app's own subject and message in `language` (when the clinic's
    cannot be filled in)."""
    subject_key, body_key = EMAIL_TEXT_KEYS[language]
    return profile.with_changes(
        **{subject_key: EMAIL_SUBJECTS[language], body_key: EMAIL_BODIES[language]}
    )


def attachment_name(name: str) -> str:
    """A safe file name for the attached PDF: no folders, no control characters, ends in .pdf."""
    cleaned = safe_file_name_part(name, MAX_ATTACHMENT_NAME_CHARS)
    if cleaned.lower().endswith(".pdf"):
        cleaned = cleaned[:-4].rstrip(" .")
    return f"{cleaned or 'handout'}.pdf"


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
