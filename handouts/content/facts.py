"""The facts one handout's sentences are chosen from: the form, the outcome, the date and who
gives the sheet. Every patient-specific sentence is a function of these, nothing else."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from handouts.content.words import is_plural, your_region
from handouts.i18n import N_, current_language, gettext, ngettext
from handouts.model import (
    FRESH_DAYS,
    Caution,
    Language,
    Modality,
    Onset,
    Presentation,
    Recommendation,
    Sign,
)
from handouts.model import History as History

# How the sheet names the person who gave it when neither a name nor a role word is set.
DEFAULT_ROLE = N_("therapist")
# The role words the settings suggest, translated on a French or Spanish sheet. Any other word
# the clinic typed is in the clinician's language: another language's sheet says "therapist".
KNOWN_ROLES = frozenset(
    {
        N_("therapist"),
        N_("physiotherapist"),
        N_("physical therapist"),
        N_("massage therapist"),
        N_("chiropractor"),
        N_("osteopath"),
        N_("doctor"),
        N_("nurse"),
    }
)
LOCAL_EMERGENCY = N_("your local emergency number")
# A name longer than this (or with a word longer than NAME_WORD_CHARS) is printed in full in
# the header only; sentences name the role instead, so a long name never pushes the layout.
NAME_IN_SENTENCE_CHARS = 40
NAME_WORD_CHARS = 24


WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def long_date(day: datetime.date) -> str:
    """'Monday 23 November 2026': no day/month order to misread; the names and the order are
    the handout language's, from the catalogue (no system locale needed)."""
    if day.day == 1:
        # Translators: the first day of a month, e.g. "Monday 1 November 2026"; languages that
        # write the first day as an ordinal do so here (French "1er").
        pattern = gettext("{weekday} 1 {month} {year}")
    else:
        # Translators: a full date, e.g. "Monday 23 November 2026"; {weekday} and {month} are
        # the names translated above, {day} and {year} numbers. Write it in your language's
        # order.
        pattern = gettext("{weekday} {day} {month} {year}")
    return pattern.format(
        weekday=gettext(WEEKDAYS[day.weekday()]),
        day=day.day,
        month=gettext(MONTHS[day.month - 1]),
        year=day.year,
    )


def month_year(day: datetime.date) -> str:
    """'November 2027', in the handout's language."""
    # Translators: a month and a year, e.g. "November 2027" (the handout's next review).
    return gettext("{month} {year}").format(month=gettext(MONTHS[day.month - 1]), year=day.year)


def days_ago_words(days: int | None) -> str:
    """When the injury happened, as "You hurt your knee ..." ends."""
    if days is None:
        return gettext("recently")
    if days == 0:
        return gettext("today")
    if days == 1:
        return gettext("yesterday")
    return ngettext("{days} day ago", "{days} days ago", days).format(days=days)


@dataclass(frozen=True)
class Facts:
    """One handout's facts. `clinician` is the name typed (or the profile's), `role` the
    profile's role word, `emergency` the profile's emergency number: each may be empty."""

    presentation: Presentation
    recommendation: Recommendation
    date: datetime.date
    clinician: str = ""
    role: str = ""
    emergency: str = ""

    @property
    def modality(self) -> Modality:
        return self.recommendation.modality

    @property
    def your_region(self) -> str:
        return your_region(self.presentation.region, self.presentation.side)

    @property
    def plural(self) -> bool:
        """Whether the region takes a plural verb: "your knees are", "your ankle and foot are"."""
        return is_plural(self.presentation.region, self.presentation.side)

    @property
    def who(self) -> str:
        """Who gave the sheet, mid-sentence: "Sam Patel", "your physiotherapist". A name too
        long to read inside a sentence is left to the header ("From")."""
        name = " ".join(self.clinician.split())
        words = name.split()
        if (
            words
            and len(name) <= NAME_IN_SENTENCE_CHARS
            and max(map(len, words)) <= NAME_WORD_CHARS
        ):
            return name
        # Translators: who gave the sheet, mid-sentence: {role} is the clinic's role word
        # ("physiotherapist") or the translation of "therapist".
        return gettext("your {role}").format(role=self.role_word)

    @property
    def role_word(self) -> str:
        """The clinic's role word in the sheet's language: a known word is translated; a word
        of the clinic's own is printed only on an English sheet, else "therapist"."""
        role = " ".join(self.role.split()).lower()
        if role in KNOWN_ROLES:
            return gettext(role)
        if role and current_language() is Language.EN:
            return role
        return gettext(DEFAULT_ROLE)

    @property
    def call(self) -> str:
        """What to call in an emergency: the clinic's number, else the local one."""
        number = self.emergency.strip()
        return number if number else gettext(LOCAL_EMERGENCY)

    def has(self, sign: Sign) -> bool:
        return sign in self.presentation.signs

    def cautioned(self, caution: Caution) -> bool:
        return caution in self.presentation.cautions

    @property
    def injury(self) -> bool:
        return self.presentation.onset is Onset.INJURY

    @property
    def fresh(self) -> bool:
        return self.presentation.is_fresh

    @property
    def inflamed(self) -> bool:
        return self.presentation.is_inflamed

    @property
    def acute(self) -> bool:
        return self.fresh or self.inflamed

    @property
    def days_ago(self) -> str:
        return days_ago_words(self.presentation.days)

    @property
    def heat_ok_later(self) -> bool:
        """Heat is safe once the acute stage has passed: no history of heat making it worse."""
        return History.HEAT_WORSE not in self.presentation.history

    @property
    def ice_ok(self) -> bool:
        return not (
            self.cautioned(Caution.COLD_SENSITIVITY)
            or History.COLD_WORSE in self.presentation.history
        )

    @property
    def settle_days(self) -> int:
        """Days until a fresh injury is past its first FRESH_DAYS days (at least 1)."""
        if self.recommendation.switch_after_days is not None:
            return self.recommendation.switch_after_days
        return max(1, FRESH_DAYS - (self.presentation.days or 0))

    @property
    def settle_date(self) -> str:
        return long_date(self.date + datetime.timedelta(self.settle_days))

    @property
    def swelling_words(self) -> str:
        """What must settle before heat: the ticked swelling and warmth, else 'any swelling'."""
        ticked = (self.has(Sign.SWELLING), self.has(Sign.WARMTH))
        return gettext(SWELLING_WORDS[ticked])


# What must settle before heat, by (swelling ticked, warmth ticked).
SWELLING_WORDS: dict[tuple[bool, bool], str] = {
    # Translators: what must go before heat is safe, as in "until ... has gone".
    (True, True): N_("the swelling and warmth"),
    (True, False): N_("the swelling"),
    (False, True): N_("the warmth"),
    (False, False): N_("any swelling"),
}
