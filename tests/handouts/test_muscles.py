"""Knots are told once: after the spasm paragraph, the knots paragraph is one sentence."""

from __future__ import annotations

import re

import pytest

from handouts.model import Modality
from handouts.render import build_context
from tests.handouts.render.helpers import handout

PLANS: list[tuple[dict[str, object], Modality]] = [
    ({"region": "low-back", "onset": "flare-up"}, Modality.HEAT),
    ({"region": "low-back", "onset": "flare-up", "preference": "ice"}, Modality.ICE),
    (
        {"region": "knee", "onset": "injury", "days": 0, "signs": ["swelling"]},
        Modality.ICE_THEN_HEAT,
    ),
    ({"region": "neck", "onset": "gradual", "choice": "either"}, Modality.EITHER),
]


def paragraphs(inputs: dict[str, object]) -> tuple[str, dict[str, str]]:
    context = build_context(handout(inputs))
    said = {
        reason["code"]: "".join(part["text"] for part in reason["parts"])
        for reason in context["reasons"]
    }
    return context["modality"], said


@pytest.mark.parametrize(("inputs", "modality"), PLANS)
def test_knots_after_spasm_are_one_sentence(inputs: dict[str, object], modality: Modality) -> None:
    signs = [*inputs.get("signs", []), "spasm", "knots"]  # type: ignore[misc]
    made, said = paragraphs({**inputs, "signs": signs})
    assert made == modality.value
    sentences = [s for s in re.split(r"(?<=[.!?])\s*", said["knots"]) if s.strip()]
    assert sentences == ["You also have muscle knots: small, tender, tight spots in a muscle."]
    # What warmth and cold do to tight muscles is said once, in the spasm paragraph.
    assert "tighten" in said["spasm"]
    assert "tighten" not in said["knots"] and "warmth" not in said["knots"].lower()


def test_knots_alone_say_what_warmth_does() -> None:
    _, said = paragraphs({"region": "neck", "onset": "gradual", "signs": ["knots"]})
    assert said["knots"].startswith("You have muscle knots")
    assert "warmth" in said["knots"]
