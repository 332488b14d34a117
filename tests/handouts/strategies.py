"""Hypothesis strategies shared by the property tests: every input the form allows."""

from __future__ import annotations

from hypothesis import strategies as st

from handouts.model import (
    SIDED_REGIONS,
    Caution,
    Choice,
    History,
    Onset,
    Preference,
    Presentation,
    Region,
    Side,
    Sign,
)


@st.composite
def presentations(draw: st.DrawFn, choice: st.SearchStrategy[Choice] | None = None) -> Presentation:
    """Any presentation: days required for an injury, a side only for a region that has one;
    the clinician's choice from `choice` (auto when None)."""
    onset = draw(st.sampled_from(Onset))
    days = (
        draw(st.integers(0, 30)) if onset is Onset.INJURY else draw(st.none() | st.integers(0, 30))
    )
    region = draw(st.sampled_from(Region))
    return Presentation(
        region=region,
        side=draw(st.none() | st.sampled_from(Side)) if region in SIDED_REGIONS else None,
        onset=onset,
        days=days,
        signs=draw(st.frozensets(st.sampled_from(Sign))),
        preference=draw(st.sampled_from(Preference)),
        history=draw(st.frozensets(st.sampled_from(History))),
        cautions=draw(st.frozensets(st.sampled_from(Caution))),
        choice=draw(choice) if choice is not None else Choice.AUTO,
    )
