"""Presentations reject bad input at construction, with a message naming the field."""

from __future__ import annotations

import pytest

from handouts.model import (
    FRESH_DAYS,
    Caution,
    History,
    InvalidPresentation,
    Modality,
    Onset,
    Presentation,
    Reason,
    Recommendation,
    Region,
)


def test_injury_without_days_is_rejected() -> None:
    with pytest.raises(InvalidPresentation, match="required when onset is injury") as error:
        Presentation(region="knee", onset="injury")
    assert error.value.field_name == "days"


@pytest.mark.parametrize("days", [-1, "-3", "two", 1.5, True, "", [2]])
def test_days_must_be_a_whole_number_zero_or_more(days: object) -> None:
    with pytest.raises(InvalidPresentation) as error:
        Presentation(region="knee", onset="injury", days=days)  # type: ignore[arg-type]
    assert error.value.field_name == "days"


def test_days_given_as_text_digits_are_accepted() -> None:
    assert Presentation(region="knee", onset="injury", days="4").days == 4  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("region", "back"),
        ("onset", "sudden"),
        ("preference", "warm"),
        ("choice", "massage"),
        ("signs", ["redness"]),
        ("history", ["worse"]),
        ("cautions", ["diabetes"]),
    ],
)
def test_unknown_words_are_rejected_with_the_allowed_ones(field: str, value: object) -> None:
    with pytest.raises(InvalidPresentation) as error:
        Presentation(**{"region": "knee", field: value})  # type: ignore[arg-type]
    assert error.value.field_name == field
    assert repr(value if isinstance(value, str) else value[0]) in str(error.value)
    assert "is not one of:" in str(error.value)


def test_a_single_string_is_not_taken_as_a_list_of_signs() -> None:
    with pytest.raises(InvalidPresentation, match="expected a list"):
        Presentation(region="knee", signs="swelling")  # type: ignore[arg-type]


def test_words_are_normalised_and_sets_are_frozen() -> None:
    presentation = Presentation(region=" Low-Back ", signs=["spasm", "spasm"])
    assert presentation.region is Region.LOW_BACK
    assert presentation.onset is Onset.FLARE_UP
    assert presentation.signs == frozenset({"spasm"})
    with pytest.raises(AttributeError):
        presentation.region = Region.NECK  # type: ignore[misc]


def test_fresh_and_inflamed() -> None:
    assert Presentation(region="knee", onset="injury", days=3).is_fresh
    assert not Presentation(region="knee", onset="injury", days=4).is_fresh
    assert not Presentation(region="knee", onset="gradual", days=0).is_fresh
    assert Presentation(region="knee", signs=["warmth"]).is_inflamed
    assert not Presentation(region="knee", signs=["bruising"]).is_inflamed


def test_spinal_regions_are_the_briefs() -> None:
    assert {r.value for r in Region if r.is_spinal} == {"low-back", "mid-back", "neck"}


def test_every_caution_and_history_has_a_reason_code() -> None:
    assert {Reason.for_caution(c).value for c in Caution} == {f"caution-{c.value}" for c in Caution}
    assert {Reason.for_history(h).value for h in History} == {f"history-{h.value}" for h in History}
    assert Reason.for_history(History.COLD_WORSE) is Reason.HISTORY_COLD_WORSE
    assert Reason.for_history(History.HEAT_WORSE) is Reason.HISTORY_HEAT_WORSE


def test_fresh_means_fresh_days_or_less() -> None:
    assert FRESH_DAYS == 3
    assert Presentation(region="knee", onset="injury", days=FRESH_DAYS).is_fresh
    assert not Presentation(region="knee", onset="injury", days=FRESH_DAYS + 1).is_fresh


def test_recommendation_json_shape() -> None:
    recommendation = Recommendation(
        modality=Modality.HEAT,
        reasons=(Reason.NO_RECENT_INJURY,),
        cautions=(Caution.PREGNANCY,),
        warnings=("a warning",),
    )
    assert recommendation.as_dict() == {
        "modality": "heat",
        "reasons": ["no-recent-injury"],
        "cautions": ["pregnancy"],
        "warnings": ["a warning"],
    }
