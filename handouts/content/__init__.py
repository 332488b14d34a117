"""What the handout and the screen say about a recommendation, as plain data.

words: region words, titles, headings, colours, the refused-choice sentence. facts: the
facts one handout is written from. reasons/person: a paragraph per reason. plan: the plan
box, safety steps and tracking table. flags: the warning signs in two levels. sources: the
references and which stand behind a handout. sheet: all of it for one handout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handouts.content.words import (
    BOTH_SIDES_WORDS,
    MODALITY_COLOURS,
    PLURAL_REGIONS,
    PREGNANCY_ASK_FIRST,
    RED_FLAG_GROUPS,
    REGION_WORDS,
    TITLES,
    WHY_HEADINGS,
    is_plural,
    refused_choice_message,
    region_label,
    sided_words,
    tint,
    your_region,
)

if TYPE_CHECKING:
    from handouts.content.sources import (
        REFERENCES,
        STUDY_REFERENCES,
        Reference,
        advice_sources,
        cited_references,
        evidence,
    )

# The references load with the first handout, not with the window, which needs the words
# only: the sources' data and dataclass cost its start-up about 1.3 ms.
_FROM_SOURCES = frozenset(
    {
        "REFERENCES",
        "STUDY_REFERENCES",
        "Reference",
        "advice_sources",
        "cited_references",
        "evidence",
    }
)


def __getattr__(name: str) -> object:
    if name in _FROM_SOURCES:
        # Lazy: see _FROM_SOURCES.
        from handouts.content import sources

        return getattr(sources, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BOTH_SIDES_WORDS",
    "MODALITY_COLOURS",
    "PLURAL_REGIONS",
    "PREGNANCY_ASK_FIRST",
    "RED_FLAG_GROUPS",
    "REFERENCES",
    "REGION_WORDS",
    "STUDY_REFERENCES",
    "TITLES",
    "WHY_HEADINGS",
    "Reference",
    "advice_sources",
    "cited_references",
    "evidence",
    "is_plural",
    "refused_choice_message",
    "region_label",
    "sided_words",
    "tint",
    "your_region",
]
