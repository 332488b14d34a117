"""Reopening a row: the handout as it was given, to make a new one from it with today's
content (and date), saying so when the content has changed since."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from handouts.decision import decide
from handouts.profile import ClinicProfile, Paper
from handouts.record.entry import Entry, entry_language, presentation_from_data

if TYPE_CHECKING:
    from handouts.render import Handout


def content_changed(entry: Entry, current_version: str) -> str:
    """A plain sentence when the handout's wording has changed since `entry` was given."""
    if entry.content_version == current_version:
        return ""
    return (
        f"The handout's content has changed since this one was given (it had version "
        f"{entry.content_version}; today's is {current_version}). A new handout uses today's "
        "content; reprint the kept PDF to give the very same sheet."
    )


def handout_again(
    entry: Entry, profile: ClinicProfile, *, date: datetime.date | None = None
) -> Handout:
    """The handout the row describes, made again with today's content (and date unless given).

    Raises InvalidPresentation or ChoiceRefused when today's policy no longer accepts it.
    A language this version does not have becomes the profile's default.
    """
    # Lazy: handouts.render loads with the first handout, not at start-up.
    from handouts.render import Handout

    presentation = presentation_from_data(entry.presentation)
    return Handout(
        presentation=presentation,
        recommendation=decide(presentation),
        profile=profile,
        patient=entry.patient,
        note=entry.note,
        clinician=entry.clinician,
        date=date or datetime.date.today(),
        paper=Paper(entry.paper),
        large_print=entry.large_print,
        language=entry_language(entry) or profile.language,
    )
