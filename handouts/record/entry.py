"""One row of the record: a handout given, as plain values, and how it is built from a Handout.

The presentation is kept as data (every tick, in the brief's words) so that it can fill the
form again exactly as it was.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from handouts.decision import decide
from handouts.i18n import LANGUAGE_NAMES, UnknownLanguage, parse_language
from handouts.model import Choice, Language, Presentation

if TYPE_CHECKING:
    from handouts.render import Handout


class Delivery(StrEnum):
    """How the handout reached the patient."""

    SAVED = "saved"
    PRINTED = "printed"
    EMAILED = "emailed"
    DRAFT = "draft"  # handed to the mail program
    CLI = "cli"  # rendered by `main.py render`


DELIVERY_WORDS: dict[Delivery, str] = {
    Delivery.SAVED: "saved",
    Delivery.PRINTED: "printed",
    Delivery.EMAILED: "emailed",
    Delivery.DRAFT: "handed to the mail program",
    Delivery.CLI: "written by the command line",
}


@dataclass(frozen=True)
class Entry:
    """A handout given. `id` is 0 until the row is stored; `pdf_file` names the kept copy."""

    created: str  # when, ISO 8601 local time with its offset, to the second
    handout_date: str  # the date printed on the handout
    patient: str
    region: str
    side: str
    presentation: dict[str, Any]
    recommendation: str  # the modality the handout gives
    policy: str  # what the policy alone recommends (the clinician may have chosen otherwise)
    choice: str  # the clinician's choice: auto, heat, ice, either
    reasons: tuple[str, ...]
    cautions: tuple[str, ...]
    note: str
    clinician: str
    language: str  # the handout's language code ("en", "fr", "es")
    paper: str
    large_print: bool
    content_version: str
    delivery: Delivery
    sent_to: str  # the address emailed, "" otherwise
    path: str  # the file written, "" when none (printed, emailed)
    sha256: str
    id: int = 0
    pdf_file: str = ""

    @property
    def when(self) -> datetime.datetime:
        return datetime.datetime.fromisoformat(self.created)


def entry_language(entry: Entry) -> Language | None:
    """The language the row's handout was given in; None for a code this version lacks."""
    try:
        return parse_language(entry.language)
    except UnknownLanguage:
        return None


def language_words(entry: Entry) -> str:
    """The row's language in its own words ("Français"), or its code when unknown."""
    language = entry_language(entry)
    return LANGUAGE_NAMES[language] if language is not None else entry.language


def presentation_to_data(presentation: Presentation) -> dict[str, Any]:
    """Every field of the presentation in the brief's words (sets as sorted lists)."""
    data: dict[str, Any] = {}
    for item in dataclasses.fields(presentation):
        value = getattr(presentation, item.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, frozenset):
            value = sorted(member.value for member in value)
        data[item.name] = value
    return data


def presentation_from_data(data: dict[str, Any]) -> Presentation:
    """The presentation a row keeps (InvalidPresentation if the words are no longer known)."""
    known = {item.name for item in dataclasses.fields(Presentation)}
    return Presentation(**{key: value for key, value in data.items() if key in known})


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def now_text() -> str:
    return datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()


def entry_for(
    handout: Handout,
    pdf: bytes,
    delivery: Delivery,
    *,
    sent_to: str = "",
    path: str = "",
    content_version: str,
) -> Entry:
    """The row for `handout` given as `pdf` by `delivery`."""
    presentation = handout.presentation
    recommendation = handout.recommendation
    policy = decide(dataclasses.replace(presentation, choice=Choice.AUTO))
    return Entry(
        created=now_text(),
        handout_date=handout.date.isoformat(),
        patient=handout.patient,
        region=presentation.region.value,
        side=presentation.side.value if presentation.side else "",
        presentation=presentation_to_data(presentation),
        recommendation=recommendation.modality.value,
        policy=policy.modality.value,
        choice=presentation.choice.value,
        reasons=tuple(reason.value for reason in recommendation.reasons),
        cautions=tuple(caution.value for caution in recommendation.cautions),
        note=handout.note,
        clinician=handout.effective_clinician,
        language=handout.language.value,
        paper=handout.effective_paper.value,
        large_print=handout.effective_large_print,
        content_version=content_version,
        delivery=delivery,
        sent_to=sent_to,
        path=path,
        sha256=sha256_of(pdf),
    )
