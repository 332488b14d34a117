"""Property tests: the invariants of clinical-brief.md section 3 hold for every input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from handouts.decision import ChoiceRefused, decide
from handouts.model import (
    BLOCKS_BOTH,
    Caution,
    Choice,
    History,
    Modality,
    Preference,
    Presentation,
    Reason,
)
from tests.handouts.strategies import presentations


@given(presentations())
def test_fresh_or_inflamed_is_never_heat_or_either(presentation: Presentation) -> None:
    if presentation.is_fresh or presentation.is_inflamed:
        assert decide(presentation).modality not in (Modality.HEAT, Modality.EITHER)


@given(presentations())
def test_cold_sensitivity_or_cold_worse_never_gets_ice(presentation: Presentation) -> None:
    if Caution.COLD_SENSITIVITY in presentation.cautions or History.COLD_WORSE in (
        presentation.history
    ):
        assert not decide(presentation).modality.uses_ice


@given(presentations())
def test_a_caution_that_blocks_both_gives_neither(presentation: Presentation) -> None:
    if presentation.cautions & BLOCKS_BOTH:
        assert decide(presentation).modality is Modality.NEITHER


@given(presentations())
def test_uncomplicated_spinal_pain_gets_heat(presentation: Presentation) -> None:
    if (
        presentation.region.is_spinal
        and not presentation.is_fresh
        and not presentation.is_inflamed
        and not presentation.cautions
        and not presentation.history
        and presentation.preference in (Preference.NONE, Preference.HEAT)
    ):
        assert decide(presentation).modality is Modality.HEAT


@given(presentations())
def test_auto_mode_never_gives_either_and_never_warns(presentation: Presentation) -> None:
    recommendation = decide(presentation)
    assert recommendation.modality is not Modality.EITHER
    assert recommendation.warnings == ()
    assert not recommendation.chosen_by_clinician


@given(presentations())
def test_the_preference_is_always_acknowledged_exactly_once(presentation: Presentation) -> None:
    preference_reasons = {
        Reason.NO_PREFERENCE,
        Reason.PREFERS_HEAT,
        Reason.PREFERS_ICE,
        Reason.PREFERS_HEAT_LATER,
        Reason.PREFERS_HEAT_NOT_NOW,
        Reason.PREFERS_ICE_NOT_NOW,
    }
    reasons = decide(presentation).reasons
    assert len([r for r in reasons if r in preference_reasons]) == 1
    assert len(set(reasons)) == len(reasons)


@given(presentations())
def test_every_ticked_caution_and_history_has_a_reason(presentation: Presentation) -> None:
    reasons = decide(presentation).reasons
    assert all(Reason.for_caution(c) in reasons for c in presentation.cautions)
    assert all(Reason.for_history(h) in reasons for h in presentation.history)


@given(presentations(choice=st.sampled_from([Choice.HEAT, Choice.ICE, Choice.EITHER])))
def test_a_clinician_choice_is_followed_or_refused_by_a_caution(
    presentation: Presentation,
) -> None:
    try:
        recommendation = decide(presentation)
    except ChoiceRefused as refused:
        assert refused.cautions
        assert set(refused.cautions) <= presentation.cautions
        assert set(refused.cautions) <= BLOCKS_BOTH | {Caution.COLD_SENSITIVITY}
    else:
        assert recommendation.modality.value == presentation.choice.value
        assert recommendation.reasons[0] is Reason.CLINICIAN_CHOICE
        assert not presentation.cautions & BLOCKS_BOTH


@given(presentations())
def test_ice_then_heat_always_says_when_to_switch(presentation: Presentation) -> None:
    recommendation = decide(presentation)
    if recommendation.modality is Modality.ICE_THEN_HEAT:
        assert recommendation.switch_after_days is not None
        assert 1 <= recommendation.switch_after_days <= 3
    else:
        assert recommendation.switch_after_days is None
