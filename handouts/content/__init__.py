"""What the handout and the screen say about a recommendation, as plain data.

words: region words, titles, headings, colours, the refused-choice sentence. facts: the
facts one handout is written from. reasons/person: a paragraph per reason. plan: the plan
box, safety steps and tracking table. flags: the warning signs in two levels. sources: the
references and which stand behind a handout. sheet: all of it for one handout.
"""

from __future__ import annotations

from handouts.content.sources import (
    REFERENCES,
    STUDY_REFERENCES,
    Reference,
    advice_sources,
    cited_references,
    evidence,
)
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
