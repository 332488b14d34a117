"""A paragraph as parts: plain text, and after a sentence that tells a study's finding, the
key of the study it cites (the template prints its number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from handouts.i18n import gettext

if TYPE_CHECKING:
    from handouts.content.facts import Facts
    from handouts.model import Reason

Part = dict[str, str]
Paragraph = list[Part]


def text(*sentences: str) -> Part:
    return {"text": " ".join(s for s in sentences if s), "cite": ""}


def cite(key: str) -> Part:
    return {"text": "", "cite": key}


def fixed(sentence: str) -> Callable[[Facts, dict[Reason, str]], Paragraph]:
    """The writer of a paragraph that is the same words for every patient: `sentence` (an N_
    msgid), translated when the sheet is written."""

    def paragraph(_facts: Facts, _told: dict[Reason, str]) -> Paragraph:
        return [text(gettext(sentence))]

    return paragraph
