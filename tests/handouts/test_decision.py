"""The decision policy of clinical-brief.md section 3: examples, rules, blocks, choices."""

from __future__ import annotations

import pytest

from handouts.decision import ChoiceRefused, decide
from handouts.model import (
    BLOCKS_BOTH,
    Caution,
    Choice,
    History,
    Modality,
    Onset,
    Preference,
    Presentation,
    Reason,
    Region,
    Sign,
)

# Section 8 of the brief, word for word.
WORKED_EXAMPLES = [
    (dict(region="low-back", onset="flare-up"), "heat"),
    (dict(region="low-back", onset="flare-up", preference="ice"), "ice"),
    (dict(region="low-back", onset="injury", days=1), "ice-then-heat"),
    (dict(region="neck", onset="gradual", signs=["stiffness"]), "heat"),
    (dict(region="knee", onset="injury", days=0, signs=["swelling"]), "ice-then-heat"),
    (
        dict(region="low-back", onset="flare-up", preference="ice", cautions=["cold-sensitivity"]),
        "heat",
    ),
    (dict(region="ankle-foot", onset="injury", days=10, signs=["swelling"]), "ice"),
    (dict(region="shoulder", onset="gradual", cautions=["numbness"]), "neither"),
]


@pytest.mark.parametrize(("inputs", "expected"), WORKED_EXAMPLES)
def test_worked_examples_of_the_brief(inputs: dict, expected: str) -> None:
    assert decide(Presentation(**inputs)).modality == Modality(expected)


def modality_of(**inputs: object) -> Modality:
    return decide(Presentation(**inputs)).modality  # type: ignore[arg-type]


@pytest.mark.parametrize("caution", sorted(BLOCKS_BOTH))
def test_rule_1_a_caution_that_blocks_both_gives_neither(caution: Caution) -> None:
    for region in Region:
        assert modality_of(region=region, cautions=[caution]) is Modality.NEITHER
        assert modality_of(region=region, preference="ice", cautions=[caution]) is Modality.NEITHER


def test_rule_1_cold_and_heat_history_together_give_neither() -> None:
    assert modality_of(region="hip", history=["cold-worse", "heat-worse"]) is Modality.NEITHER


def test_rule_1_fresh_injury_with_cold_sensitivity_gives_neither() -> None:
    recommendation = decide(
        Presentation(region="knee", onset="injury", days=0, cautions=["cold-sensitivity"])
    )
    assert recommendation.modality is Modality.NEITHER
    assert Reason.ACUTE_BUT_ICE_UNSAFE in recommendation.reasons


@pytest.mark.parametrize("days", [0, 1, 2, 3])
def test_rule_2_fresh_injury_is_ice_then_heat(days: int) -> None:
    recommendation = decide(Presentation(region="elbow", onset="injury", days=days))
    assert recommendation.modality is Modality.ICE_THEN_HEAT
    assert recommendation.switch_after_days == max(1, 3 - days)


def test_day_4_is_no_longer_fresh() -> None:
    assert modality_of(region="elbow", onset="injury", days=4) is Modality.HEAT


@pytest.mark.parametrize("sign", ["swelling", "warmth"])
def test_rule_2_inflamed_but_not_fresh_is_ice(sign: str) -> None:
    assert modality_of(region="knee", onset="gradual", signs=[sign]) is Modality.ICE
    assert modality_of(region="knee", onset="injury", days=9, signs=[sign]) is Modality.ICE


def test_rule_2_fresh_with_heat_history_is_ice_only() -> None:
    assert (
        modality_of(region="knee", onset="injury", days=1, history=["heat-worse"]) is Modality.ICE
    )


def test_rule_2_fresh_and_cold_worse_history_is_neither() -> None:
    assert (
        modality_of(region="knee", onset="injury", days=1, history=["cold-worse"])
        is Modality.NEITHER
    )


def test_rule_2_wins_over_a_heat_preference() -> None:
    recommendation = decide(
        Presentation(region="low-back", onset="injury", days=2, preference="heat")
    )
    assert recommendation.modality is Modality.ICE_THEN_HEAT
    assert Reason.PREFERS_HEAT_LATER in recommendation.reasons


def test_rule_3_preferences_followed_when_safe() -> None:
    assert modality_of(region="hip", preference="ice") is Modality.ICE
    assert modality_of(region="hip", preference="heat") is Modality.HEAT
    assert modality_of(region="hip") is Modality.HEAT


def test_rule_3_blocked_ice_preference_falls_to_heat_and_says_why() -> None:
    recommendation = decide(Presentation(region="neck", preference="ice", history=["cold-worse"]))
    assert recommendation.modality is Modality.HEAT
    assert Reason.PREFERS_ICE_NOT_NOW in recommendation.reasons
    assert Reason.HISTORY_COLD_WORSE in recommendation.reasons


def test_rule_3_blocked_heat_preference_falls_to_ice_and_says_why() -> None:
    recommendation = decide(Presentation(region="neck", preference="heat", history=["heat-worse"]))
    assert recommendation.modality is Modality.ICE
    assert Reason.PREFERS_HEAT_NOT_NOW in recommendation.reasons
    assert Reason.HISTORY_HEAT_WORSE in recommendation.reasons


def test_rule_3_no_preference_and_heat_blocked_by_history_gives_ice() -> None:
    assert modality_of(region="shoulder", history=["heat-worse"]) is Modality.ICE


def test_pregnancy_blocks_nothing_but_is_listed() -> None:
    recommendation = decide(Presentation(region="low-back", cautions=["pregnancy"]))
    assert recommendation.modality is Modality.HEAT
    assert recommendation.cautions == (Caution.PREGNANCY,)
    assert Reason.CAUTION_PREGNANCY in recommendation.reasons


def test_reasons_for_a_back_flare_up() -> None:
    recommendation = decide(
        Presentation(region="low-back", signs=["spasm", "knots", "stiffness"], preference="heat")
    )
    assert recommendation.reasons == (
        Reason.NO_RECENT_INJURY,
        Reason.BACK_PAIN_RARELY_INJURY,
        Reason.SPASM,
        Reason.STIFFNESS,
        Reason.KNOTS,
        Reason.PREFERS_HEAT,
    )


def test_reasons_for_a_fresh_swollen_bruised_ankle() -> None:
    recommendation = decide(
        Presentation(region="ankle-foot", onset="injury", days=0, signs=["swelling", "bruising"])
    )
    assert recommendation.reasons == (
        Reason.FRESH_INJURY,
        Reason.SWELLING,
        Reason.BRUISING,
        Reason.SWITCH_TO_HEAT,
        Reason.NO_PREFERENCE,
    )


def test_every_caution_and_history_gives_its_reason() -> None:
    recommendation = decide(
        Presentation(region="other", cautions=list(Caution), history=list(History))
    )
    assert recommendation.modality is Modality.NEITHER
    for caution in Caution:
        assert Reason.for_caution(caution) in recommendation.reasons
    for item in History:
        assert Reason.for_history(item) in recommendation.reasons


def test_no_recommendation_carries_a_warning_in_auto_mode() -> None:
    assert decide(Presentation(region="knee", onset="injury", days=0)).warnings == ()


class TestClinicianChoice:
    def test_choice_overrides_the_policy_and_is_recorded(self) -> None:
        recommendation = decide(Presentation(region="low-back", choice="ice"))
        assert recommendation.modality is Modality.ICE
        assert recommendation.chosen_by_clinician
        assert recommendation.reasons[0] is Reason.CLINICIAN_CHOICE
        assert recommendation.warnings == ()

    def test_either_lets_the_patient_choose(self) -> None:
        recommendation = decide(Presentation(region="neck", choice="either"))
        assert recommendation.modality is Modality.EITHER
        assert recommendation.reasons[:2] == (Reason.CLINICIAN_CHOICE, Reason.PATIENT_CHOOSES)

    @pytest.mark.parametrize("caution", sorted(BLOCKS_BOTH))
    @pytest.mark.parametrize("choice", ["heat", "ice", "either"])
    def test_a_caution_that_blocks_both_refuses_every_choice(
        self, caution: Caution, choice: str
    ) -> None:
        with pytest.raises(ChoiceRefused) as refused:
            decide(Presentation(region="knee", cautions=[caution], choice=choice))
        assert refused.value.cautions == (caution,)
        assert caution.value in str(refused.value)

    @pytest.mark.parametrize("choice", ["ice", "either"])
    def test_cold_sensitivity_refuses_ice_and_either(self, choice: str) -> None:
        with pytest.raises(ChoiceRefused, match="cold-sensitivity"):
            decide(Presentation(region="knee", cautions=["cold-sensitivity"], choice=choice))

    def test_cold_sensitivity_allows_heat(self) -> None:
        presentation = Presentation(region="knee", cautions=["cold-sensitivity"], choice="heat")
        assert decide(presentation).modality is Modality.HEAT

    def test_heat_on_a_fresh_swollen_injury_is_allowed_with_warnings(self) -> None:
        recommendation = decide(
            Presentation(region="knee", onset="injury", days=1, signs=["swelling"], choice="heat")
        )
        assert recommendation.modality is Modality.HEAT
        assert len(recommendation.warnings) == 2
        assert any("fresh injury" in warning for warning in recommendation.warnings)
        assert any("swollen" in warning for warning in recommendation.warnings)

    def test_choice_against_history_is_warned_about(self) -> None:
        ice = decide(Presentation(region="neck", history=["cold-worse"], choice="ice"))
        heat = decide(Presentation(region="neck", history=["heat-worse"], choice="heat"))
        assert ice.warnings == ("The patient says cold has made this pain worse before.",)
        assert heat.warnings == ("The patient says heat has made this pain worse before.",)

    def test_pregnancy_never_refuses_a_choice(self) -> None:
        for choice in (Choice.HEAT, Choice.ICE, Choice.EITHER):
            presentation = Presentation(region="hip", cautions=["pregnancy"], choice=choice)
            assert decide(presentation).chosen_by_clinician


def test_enum_members_and_words_are_interchangeable() -> None:
    by_word = Presentation(region="knee", onset="injury", days=2, signs=["swelling"])
    by_member = Presentation(
        region=Region.KNEE,
        onset=Onset.INJURY,
        days=2,
        signs=frozenset({Sign.SWELLING}),
        preference=Preference.NONE,
    )
    assert by_word == by_member
    assert decide(by_word) == decide(by_member)
