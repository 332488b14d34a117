"""Everything on the form as plain values, and the presentation they describe."""

from __future__ import annotations

from dataclasses import dataclass, field

from handouts.model import (
    SIDED_REGIONS,
    Caution,
    Choice,
    History,
    Language,
    Onset,
    Preference,
    Presentation,
    Region,
    Side,
    Sign,
)


@dataclass(frozen=True)
class FormValues:
    """Everything on the form as plain values; `region` is None until one is picked."""

    region: Region | None = None
    side: Side | None = None
    onset: Onset = Onset.FLARE_UP
    days: int = 0
    signs: frozenset[Sign] = field(default_factory=frozenset)
    preference: Preference = Preference.NONE
    history: frozenset[History] = field(default_factory=frozenset)
    cautions: frozenset[Caution] = field(default_factory=frozenset)
    choice: Choice = Choice.AUTO
    patient: str = ""
    note: str = ""
    language: Language = Language.EN  # the handout's, not part of the presentation

    def presentation(self) -> Presentation | None:
        """The presentation to decide on, or None while no region is picked."""
        if self.region is None:
            return None
        return Presentation(
            region=self.region,
            side=self.side if self.region in SIDED_REGIONS else None,
            onset=self.onset,
            days=self.days if self.onset is Onset.INJURY else None,
            signs=self.signs,
            preference=self.preference,
            history=self.history,
            cautions=self.cautions,
            choice=self.choice,
        )
