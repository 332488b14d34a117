"""Everything on the form as plain values, and the presentation they describe."""

from __future__ import annotations

from typing import NamedTuple

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


class FormValues(NamedTuple):
    """Everything on the form as plain values; `region` is None until one is picked. A named
    tuple, not a dataclass: the window makes it as it starts, and a dataclass compiles its
    methods as it is made (1 ms)."""

    region: Region | None = None
    side: Side | None = None
    onset: Onset = Onset.FLARE_UP
    days: int = 0
    signs: frozenset[Sign] = frozenset()
    preference: Preference = Preference.NONE
    history: frozenset[History] = frozenset()
    cautions: frozenset[Caution] = frozenset()
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
