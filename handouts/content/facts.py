"""The facts one handout's sentences are chosen from: the form, the outcome, the date and who
gives the sheet. Every patient-specific sentence is a function of these, nothing else."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from handouts.content.words import is_plural, sided_words, your_region
from handouts.model import FRESH_DAYS, Caution, Modality, Onset, Presentation, Recommendation, Sign
from handouts.model import History as History

# How the sheet names the person who gave it when neither a name nor a role word is set.
DEFAULT_ROLE = "therapist"
LOCAL_EMERGENCY = "your local emergency number"
# A name longer than this (or with a word longer than NAME_WORD_CHARS) is printed in full in
# the header only; sentences name the role instead, so a long name never pushes the layout.
NAME_IN_SENTENCE_CHARS = 40
NAME_WORD_CHARS = 24


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
    def region_words(self) -> str:
        return sided_words(self.presentation.region, self.presentation.side)

    @property
    def your_region(self) -> str:
        return your_region(self.presentation.region, self.presentation.side)

    @property
    def is_(self) -> str:
        return "are" if is_plural(self.presentation.region, self.presentation.side) else "is"

    @property
    def feels(self) -> str:
        return "feel" if is_plural(self.presentation.region, self.presentation.side) else "feels"

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
        return f"your {self.role.strip().lower() or DEFAULT_ROLE}"

    @property
    def who_start(self) -> str:
        """`who` at the start of a sentence."""
        who = self.who
        return who[0].upper() + who[1:]

    @property
    def call(self) -> str:
        """What to call in an emergency: the clinic's number, else the local one."""
        number = self.emergency.strip()
        return number if number else LOCAL_EMERGENCY

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
        ticked = [
            word
            for sign, word in ((Sign.SWELLING, "swelling"), (Sign.WARMTH, "warmth"))
            if self.has(sign)
        ]
        return "the " + " and ".join(ticked) if ticked else "any swelling"
