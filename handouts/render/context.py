"""A Handout -> the plain data the templates see: strings, numbers, booleans, lists, dicts."""

from __future__ import annotations

import datetime
import unicodedata
from typing import Any

from handouts.content import (
    MODALITY_COLOURS,
    PLURAL_REGIONS,
    PREGNANCY_ASK_FIRST,
    RED_FLAG_GROUPS,
    RED_FLAGS,
    REFERENCES,
    REGION_WORDS,
    TITLES,
    WHY_HEADINGS,
    cited_references,
    evidence,
    tint,
)
from handouts.model import FRESH_DAYS, MAX_CLINICIAN_CHARS, MAX_NOTE_CHARS, MAX_PATIENT_CHARS
from handouts.render.handout import Handout

CONTENT_VERSION = "1.0"
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


def long_date(day: datetime.date) -> str:
    """'Monday 23 November 2026': no day/month order to misread."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def days_ago_words(days: int | None) -> str:
    if days is None:
        return "recently"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def _clinic(handout: Handout) -> dict[str, str]:
    profile = handout.profile
    return {
        "name": clip(profile.name, 120),
        "address": clip(profile.address, 200),
        "phone": clip(profile.phone, 40).replace(" ", "\u00a0"),
        "website": clip(profile.website, 100),
        "logo_url": "",
    }


def build_context(handout: Handout) -> dict[str, Any]:
    """The plain data the templates see: strings, numbers, booleans, lists and dicts."""
    presentation = handout.presentation
    recommendation = handout.recommendation
    modality = recommendation.modality
    region = presentation.region
    region_words = REGION_WORDS[region]
    cited = cited_references(recommendation.reasons, region)
    switch_date = None
    if recommendation.switch_after_days is not None:
        switch_date = long_date(handout.date + datetime.timedelta(recommendation.switch_after_days))
    clinic = _clinic(handout)
    return {
        "title": TITLES[modality].format(region=region_words),
        "subject": f"A plan for using heat or ice on your {region_words}, with safety steps",
        "author": clinic["name"] or "Heat or Ice",
        "modality": modality.value,
        "modality_colour": MODALITY_COLOURS[modality],
        "modality_tint": tint(MODALITY_COLOURS[modality]),
        "uses_heat": modality.uses_heat,
        "uses_ice": modality.uses_ice,
        "why_heading": WHY_HEADINGS[modality],
        "region": region.value,
        "region_words": region_words,
        "region_is": "are" if region in PLURAL_REGIONS else "is",
        "region_feels": "feel" if region in PLURAL_REGIONS else "feels",
        "red_flag_group": RED_FLAG_GROUPS[region],
        "red_flags": list(RED_FLAGS[RED_FLAG_GROUPS[region]]),
        "onset": presentation.onset.value,
        "days_ago": days_ago_words(presentation.days),
        "fresh_days": FRESH_DAYS,
        "inflamed": presentation.is_inflamed,
        "signs": sorted(sign.value for sign in presentation.signs),
        "reasons": [reason.value for reason in recommendation.reasons],
        "cautions": [caution.value for caution in recommendation.cautions],
        "pregnancy_ask_first": region in PREGNANCY_ASK_FIRST,
        "chosen_by_clinician": recommendation.chosen_by_clinician,
        "switch_after_days": recommendation.switch_after_days or 0,
        "switch_date": switch_date or "",
        "clinic": clinic,
        "patient": clip(handout.patient, MAX_PATIENT_CHARS),
        "clinician": clip(handout.effective_clinician, MAX_CLINICIAN_CHARS),
        "note": clip(handout.note, MAX_NOTE_CHARS),
        "date": long_date(handout.date),
        "evidence": {
            reason.value: study
            for reason, study in evidence(recommendation.reasons, region).items()
        },
        "cite": {key: number for number, key in enumerate(cited, start=1)},
        "references": [REFERENCES[key].text for key in cited],
        "content_version": CONTENT_VERSION,
        "review_date": f"{REVIEW_DATE:%B %Y}",
        "large_print": handout.effective_large_print,
        "paper": handout.effective_paper.value,
        "tracking_days": list(range(1, TRACKING_DAYS + 1)),
    }
