"""The banner lists the handout's reasons: the same ones, in the same order, saying the same."""

from __future__ import annotations

import html
import re

import pytest
from pytestqt.qtbot import QtBot

from handouts.model import Modality, Reason
from handouts.render import build_context
from tests.handouts.render.helpers import HEAVY, TYPICAL, handout
from ui.widgets.banner import RecommendationBanner
from ui.wording import REASON_PHRASES, reason_phrase

TIGHT = ["spasm", "knots", "stiffness"]
PLANS: list[dict[str, object]] = [
    *TYPICAL.values(),
    *({"region": "low-back", **inputs} for inputs in HEAVY.values()),
    {"region": "low-back", "onset": "flare-up", "signs": TIGHT, "preference": "ice"},
    {"region": "knee", "onset": "injury", "days": 0, "signs": ["swelling", *TIGHT]},
    {"region": "neck", "onset": "gradual", "signs": TIGHT, "choice": "either"},
    {"region": "neck", "onset": "gradual", "signs": TIGHT, "choice": "ice"},
]


def banner_items(banner: RecommendationBanner) -> list[str]:
    return [
        html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", banner.reasons_label.text())
    ]


@pytest.mark.parametrize("inputs", PLANS)
def test_the_banner_lists_the_handouts_reasons_in_its_order(
    qtbot: QtBot, inputs: dict[str, object]
) -> None:
    sheet = handout(inputs)
    modality = sheet.recommendation.modality
    codes = [Reason(reason["code"]) for reason in build_context(sheet)["reasons"]]
    banner = RecommendationBanner()
    qtbot.addWidget(banner)
    banner.show_recommendation(sheet.recommendation)
    items = banner_items(banner)
    assert items == [reason_phrase(code, modality) for code in codes]
    assert all(
        item.startswith(REASON_PHRASES[code]) for item, code in zip(items, codes, strict=True)
    )
    if not modality.uses_heat:
        assert not any("warmth" in item for item in items)


def test_on_an_ice_plan_tight_muscles_are_not_said_to_be_eased_by_warmth(qtbot: QtBot) -> None:
    sheet = handout(
        {"region": "low-back", "onset": "flare-up", "signs": TIGHT, "preference": "ice"}
    )
    assert sheet.recommendation.modality is Modality.ICE
    banner = RecommendationBanner()
    qtbot.addWidget(banner)
    banner.show_recommendation(sheet.recommendation)
    said = " ".join(banner_items(banner))
    assert "Muscle spasm: cold may tighten it" in said
    assert "Muscle knots: cold may tighten them" in said
    assert "Stiffness: move it gently after each ice" in said
    assert "warmth" not in said


def test_pregnancy_on_a_plan_without_heat_says_only_no_hot_tubs(qtbot: QtBot) -> None:
    sheet = handout({"region": "low-back", **HEAVY[Modality.ICE]})
    banner = RecommendationBanner()
    qtbot.addWidget(banner)
    banner.show_recommendation(sheet.recommendation)
    assert "Pregnancy: no hot tubs or saunas" in banner_items(banner)


def test_every_phrase_with_its_plan_clause_stays_short() -> None:
    phrases = [reason_phrase(reason, modality) for reason in Reason for modality in Modality]
    assert all(0 < len(phrase) <= 60 for phrase in phrases)
