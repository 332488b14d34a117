"""A Handout -> the plain data the templates see: strings, numbers, booleans, lists, dicts."""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Any

from handouts.content.facts import Facts, days_ago_words, long_date, month_year
from handouts.content.sheet import write_sheet
from handouts.content.words import PREGNANCY_ASK_FIRST, RED_FLAG_GROUPS, REGION_WORDS
from handouts.i18n import gettext, use_language
from handouts.model import FRESH_DAYS, MAX_CLINICIAN_CHARS, MAX_NOTE_CHARS, MAX_PATIENT_CHARS
from handouts.render.handout import Handout

__all__ = ["CONTENT_VERSION", "build_context", "clip", "days_ago_words", "long_date"]

CONTENT_VERSION = "2.0"
REVIEW_DATE = datetime.date(2027, 11, 1)
# The handout's tracking table has one row per day of the first week.
TRACKING_DAYS = 7


def clip(text: str, limit: int) -> str:
    """User text as one tidy string of at most `limit` characters (an ellipsis marks a cut)."""
    cleaned = "".join(
        char if unicodedata.category(char)[0] != "C" or char in "\n\t" else " " for char in text
    ).strip()
    if len(cleaned) <= limit:
        return cleaned
    return cleaned[: limit - 1].rstrip() + "\u2026"


def _clinic(handout: Handout) -> dict[str, str]:
    profile = handout.profile
    return {
        "name": clip(profile.name, 120),
        "address": clip(profile.address, 200),
        "phone": clip(profile.phone, 40).replace(" ", "\u00a0"),
        "website": clip(profile.website, 100),
        "logo_url": "",
    }


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: only letters, digits and spaces left as they are, every
    other character escaped (no quote, backslash or "</style>" can break out)."""
    kept = (c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text)
    return '"' + "".join(kept) + '"'


def page_counter_css() -> str:
    """The page footer's "Page 1 of 2" as the value of a CSS `content` property, its words
    from the catalogue and its numbers from the page counters."""
    # Translators: the page footer; {page} and {pages} become the page numbers.
    words = gettext("Page {page} of {pages}")
    pieces = re.split(r"(\{pages?\})", words)
    counters = {"{page}": "counter(page)", "{pages}": "counter(pages)"}
    return " ".join(counters.get(piece) or css_string(piece) for piece in pieces if piece)


def build_context(handout: Handout) -> dict[str, Any]:
    """The plain data the templates see: strings, numbers, booleans, lists and dicts, with
    every sentence in the handout's language."""
    with use_language(handout.language):
        return _context(handout)


def _context(handout: Handout) -> dict[str, Any]:
    presentation = handout.presentation
    region = presentation.region
    clinic = _clinic(handout)
    clinician = clip(handout.effective_clinician, MAX_CLINICIAN_CHARS)
    facts = Facts(
        presentation=presentation,
        recommendation=handout.recommendation,
        date=handout.date,
        clinician=clinician,
        role=handout.profile.role,
        emergency=clip(handout.profile.emergency_number, 20),
    )
    sheet = write_sheet(facts)
    return {
        **sheet,
        "author": clinic["name"] or "Heat or Ice",
        "lang": handout.language.value,
        "region": region.value,
        "side": presentation.side.value if presentation.side is not None else "",
        "region_words": REGION_WORDS[region],
        "red_flag_group": RED_FLAG_GROUPS[region],
        "fresh_days": FRESH_DAYS,
        "pregnancy_ask_first": region in PREGNANCY_ASK_FIRST,
        "clinic": clinic,
        "patient": clip(handout.patient, MAX_PATIENT_CHARS),
        "clinician": clinician,
        "note": clip(handout.note, MAX_NOTE_CHARS),
        "date": long_date(handout.date),
        "content_version": CONTENT_VERSION,
        "review_date": month_year(REVIEW_DATE),
        "page_counter_css": page_counter_css(),
        "large_print": handout.effective_large_print,
        "paper": handout.effective_paper.value,
        "tracking_days": list(range(1, TRACKING_DAYS + 1)),
    }
