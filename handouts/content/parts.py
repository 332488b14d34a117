"""A paragraph as parts: plain text, and after a sentence that tells a study's finding, the
key of the study it cites (the template prints its number)."""

from __future__ import annotations

Part = dict[str, str]
Paragraph = list[Part]


def text(*sentences: str) -> Part:
    return {"text": " ".join(s for s in sentences if s), "cite": ""}


def cite(key: str) -> Part:
    return {"text": "", "cite": key}
