"""Every clinic setting declared once: its TOML home, type, default, label and help.

The profile file (handouts.profile), the settings dialog (ui/) and the CLI's options read
this table, so a setting's default, label or help text is written in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from handouts.vocabulary import Language


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


DEFAULT_EMAIL_SUBJECT = "Your heat or ice plan from {clinic}"
DEFAULT_EMAIL_BODY = (
    "Hello{patient_greeting},\n\n"
    "Attached is the heat or ice plan we talked about today. "
    "Please read it before you start, and keep it handy.\n\n"
    "Best wishes,\n{clinician}\n{clinic}"
)
# Each handout language's English name, for the clinician's window and messages.
LANGUAGE_WORDS: dict[Language, str] = {
    Language.EN: "English",
    Language.FR: "French",
    Language.ES: "Spanish",
}
# The same message in each handout language: plain words, the formal "vous" and "usted".
EMAIL_SUBJECTS: dict[Language, str] = {
    Language.EN: DEFAULT_EMAIL_SUBJECT,
    Language.FR: "Votre plan chaleur ou glace de {clinic}",
    Language.ES: "Su plan de calor o hielo de {clinic}",
}
EMAIL_BODIES: dict[Language, str] = {
    Language.EN: DEFAULT_EMAIL_BODY,
    Language.FR: (
        "Bonjour{patient_greeting},\n\n"
        "Vous trouverez ci-joint le plan chaleur ou glace dont nous avons parlé aujourd'hui. "
        "Veuillez le lire avant de commencer, et gardez-le à portée de main.\n\n"
        "Bien cordialement,\n{clinician}\n{clinic}"
    ),
    Language.ES: (
        "Hola{patient_greeting}:\n\n"
        "Le enviamos adjunto el plan de calor o hielo del que hablamos hoy. "
        "Por favor, léalo antes de empezar y téngalo a mano.\n\n"
        "Un cordial saludo,\n{clinician}\n{clinic}"
    ),
}


@dataclass(frozen=True)
class Setting:
    key: str  # the ClinicProfile attribute
    section: str  # the TOML table: "clinic", "handout", "email", "smtp"
    toml_key: str  # the key inside that table (e.g. "from" for email_from)
    kind: type  # str, bool, int, Paper, SmtpSecurity, Language
    default: object
    label: str  # the settings dialog's label, with an & mnemonic
    help: str  # tooltip in the dialog and help text of a CLI option
    multiline: bool = False
    limits: tuple[int, int] | None = None  # an int's range when it is not a port number


def _email_key(name: str, language: Language) -> str:
    """'email_subject' for English, 'email_subject_fr' for French: English keeps the keys it
    had before there were other languages, so earlier profile files read the same."""
    return name if language is Language.EN else f"{name}_{language.value}"


def _email_text(language: Language) -> tuple[Setting, Setting]:
    """The subject and message settings of the email in `language`."""
    words = LANGUAGE_WORDS[language]
    subject, body = _email_key("email_subject", language), _email_key("email_body", language)
    return (
        Setting(subject, "email", subject.removeprefix("email_"), str, EMAIL_SUBJECTS[language],
                "Su&bject:", f"The subject of every handout email in {words}"),
        Setting(body, "email", body.removeprefix("email_"), str, EMAIL_BODIES[language],
                "&Message:", f"The message of every handout email in {words}", multiline=True),
    )  # fmt: skip


# The settings holding each language's email text: (subject, message).
EMAIL_TEXT_KEYS: dict[Language, tuple[str, str]] = {
    language: (_email_key("email_subject", language), _email_key("email_body", language))
    for language in Language
}

SETTINGS: tuple[Setting, ...] = (
    Setting("name", "clinic", "name", str, "", "Clinic &name:",
            "Printed at the top of every handout"),
    Setting("address", "clinic", "address", str, "", "&Address:",
            "Printed in the header", multiline=True),
    Setting("phone", "clinic", "phone", str, "", "&Phone:", "Printed in the header"),
    Setting("website", "clinic", "website", str, "", "&Website:", "Printed in the header"),
    Setting("logo", "clinic", "logo", str, "", "Logo:",
            "Pick a PNG, JPEG or GIF file; the app keeps a copy"),
    Setting("clinician", "clinic", "clinician", str, "", "&Clinician:",
            "Your name as printed on the handout (you can change it per handout)"),
    Setting("role", "clinic", "role", str, "", "&Role word:",
            "How the handout names you when no name is given, e.g. physiotherapist, massage "
            "therapist, chiropractor or doctor (empty: \"your therapist\")"),
    Setting("emergency_number", "clinic", "emergency_number", str, "", "&Emergency number:",
            "The number the handout tells patients to call in an emergency, e.g. 911, 999 or "
            "112 (empty: \"your local emergency number\")"),
    Setting("paper", "handout", "paper", Paper, Paper.A4, "&Paper size:",
            "The paper the handout is laid out for"),
    Setting("large_print", "handout", "large_print", bool, False,
            "Large print (18 pt, up to 4 pages)", "For patients who need bigger text"),
    Setting("save_folder", "handout", "save_folder", str, "", "Save PDFs in &folder:",
            "Where Save PDF starts; empty means your home folder"),
    Setting("language", "handout", "language", Language, Language.EN, "Handout &language:",
            "The language a new handout is written in (the window stays in English)"),
    Setting("email_from", "email", "from", str, "", "&From address:",
            "The clinic's address the patient sees"),
    *(text for language in Language for text in _email_text(language)),
    Setting("smtp_host", "smtp", "host", str, "", "Mail &server:", "e.g. smtp.example.org"),
    Setting("smtp_port", "smtp", "port", int, 587, "&Port:",
            "Usually 587 for STARTTLS and 465 for SSL/TLS"),
    Setting("smtp_security", "smtp", "security", SmtpSecurity, SmtpSecurity.STARTTLS,
            "Securit&y:", "How the connection is encrypted; none only to a server on this "
            "machine"),
    Setting("smtp_user", "smtp", "user", str, "", "&User name:",
            "The mail account's user name; often the address"),
    Setting("record_handouts", "record", "keep_record", bool, True,
            "&Keep a record of every handout given",
            "A private list on this computer of what was given to whom, with a copy of each PDF"),
    Setting("record_keep_months", "record", "keep_months", int, 0, "&Delete records after "
            "(months):", "0 keeps everything; otherwise older rows are deleted at start-up. "
            "Health records often have a legal minimum keeping period: check yours first",
            limits=(0, 1200)),
)  # fmt: skip

SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(item.section for item in SETTINGS))
_BY_KEY = {item.key: item for item in SETTINGS}


def setting(key: str) -> Setting:
    """The declaration of one setting by its ClinicProfile attribute name."""
    return _BY_KEY[key]


def settings_in(section: str) -> tuple[Setting, ...]:
    """The settings of one TOML table, in the order they are declared."""
    return tuple(item for item in SETTINGS if item.section == section)
