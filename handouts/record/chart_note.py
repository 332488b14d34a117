"""The short chart note for the clinician's own records, made from one row of the record.

E.g. "2026-11-27: advised heat for low back (flare-up, spasm); patient prefers heat; no
cautions. Handout given (printed), content v3." No patient name unless asked for. A handout
in another language than English says which ("Handout in Spanish given (printed)").
"""

from __future__ import annotations

from handouts.content import REGION_WORDS
from handouts.model import Language, Modality, Onset, Region
from handouts.record.entry import DELIVERY_WORDS, Entry, entry_language
from handouts.settings import LANGUAGE_WORDS

MODALITY_WORDS: dict[Modality, str] = {
    Modality.HEAT: "heat",
    Modality.ICE: "ice",
    Modality.ICE_THEN_HEAT: "ice, then heat",
    Modality.EITHER: "heat or ice (patient's choice)",
    Modality.NEITHER: "neither heat nor ice",
}
_PREFERENCE = {"heat": "patient prefers heat", "ice": "patient prefers ice"}
_HISTORY = {"cold-worse": "cold made it worse before", "heat-worse": "heat made it worse before"}


def _words(text: str) -> str:
    return text.replace("-", " ")


def _what(entry: Entry) -> str:
    data = entry.presentation
    onset = str(data.get("onset", Onset.FLARE_UP.value))
    days = data.get("days")
    if onset == Onset.INJURY.value and days is not None:
        onset = "injury today" if days == 0 else f"injury {days} day{'s' if days != 1 else ''} ago"
    return ", ".join([onset, *(_words(sign) for sign in data.get("signs", []))])


def chart_note(entry: Entry, *, with_name: bool = False) -> str:
    """One plain paragraph; the patient's name only when `with_name`."""
    region = REGION_WORDS[Region(entry.region)]
    if entry.side:
        region = f"{entry.side} {region}"
    advised = MODALITY_WORDS[Modality(entry.recommendation)]
    parts = [f"advised {advised} for {region} ({_what(entry)})"]
    if entry.recommendation != entry.policy:
        parts.append(
            f"clinician's choice; the policy gives {MODALITY_WORDS[Modality(entry.policy)]}"
        )
    preference = str(entry.presentation.get("preference", "none"))
    parts.append(_PREFERENCE.get(preference, "no preference stated"))
    parts += [_HISTORY[item] for item in entry.presentation.get("history", []) if item in _HISTORY]
    cautions = entry.presentation.get("cautions", [])
    parts.append("cautions: " + ", ".join(map(_words, cautions)) if cautions else "no cautions")
    how = DELIVERY_WORDS[entry.delivery]
    if entry.sent_to:
        how = f"{how} to {entry.sent_to}"
    day = entry.created[:10]
    who = f" {entry.patient}:" if with_name and entry.patient else ""
    language = entry_language(entry)
    words = LANGUAGE_WORDS[language] if language is not None else entry.language
    given = "Handout given" if language is Language.EN else f"Handout in {words} given"
    return f"{day}:{who} {'; '.join(parts)}. {given} ({how}), content v{entry.content_version}."
