"""The banner: ticks in, the recommendation out, always the same as decide()."""

from __future__ import annotations

import html
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from handouts.content import refused_choice_message
from handouts.decision import decide
from handouts.model import (
    FRESH_DAYS,
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
from tests.ui.clicks import click, tick
from ui.widgets.banner import RecommendationBanner, escape
from ui.window.main_window import MainWindow
from ui.wording import MODALITY_TITLES, REASON_PHRASES

# The worked examples of the clinical brief, section 8.
BRIEF_EXAMPLES: list[tuple[dict[str, Any], Modality]] = [
    ({"region": Region.LOW_BACK, "onset": Onset.FLARE_UP}, Modality.HEAT),
    (
        {"region": Region.LOW_BACK, "onset": Onset.FLARE_UP, "preference": Preference.ICE},
        Modality.ICE,
    ),
    ({"region": Region.LOW_BACK, "onset": Onset.INJURY, "days": 1}, Modality.ICE_THEN_HEAT),
    (
        {"region": Region.NECK, "onset": Onset.GRADUAL, "signs": [Sign.STIFFNESS]},
        Modality.HEAT,
    ),
    (
        {"region": Region.KNEE, "onset": Onset.INJURY, "days": 0, "signs": [Sign.SWELLING]},
        Modality.ICE_THEN_HEAT,
    ),
    (
        {
            "region": Region.LOW_BACK,
            "onset": Onset.FLARE_UP,
            "preference": Preference.ICE,
            "cautions": [Caution.COLD_SENSITIVITY],
        },
        Modality.HEAT,
    ),
    (
        {
            "region": Region.ANKLE_FOOT,
            "onset": Onset.INJURY,
            "days": 10,
            "signs": [Sign.SWELLING],
        },
        Modality.ICE,
    ),
    (
        {"region": Region.SHOULDER, "onset": Onset.GRADUAL, "cautions": [Caution.NUMBNESS]},
        Modality.NEITHER,
    ),
]


@pytest.mark.parametrize(("ticks", "expected"), BRIEF_EXAMPLES)
def test_banner_shows_the_brief_example_and_agrees_with_decide(
    qtbot: QtBot, window: MainWindow, ticks: dict[str, Any], expected: Modality
) -> None:
    tick(qtbot, window.form, **ticks)

    recommendation = decide(Presentation(**ticks))
    assert recommendation.modality is expected
    assert window.banner.title() == MODALITY_TITLES[expected]
    for reason in recommendation.reasons:
        assert REASON_PHRASES[reason] in window.banner.text()
    assert window.recommendation() == recommendation


def test_single_ticks_update_the_banner_at_once(qtbot: QtBot, window: MainWindow) -> None:
    assert window.banner.title() == "No recommendation yet"
    click(qtbot, window.form.region_button(Region.LOW_BACK))
    assert window.banner.title() == "Heat"
    assert "Back pain is rarely a tissue injury" in window.banner.text()
    click(qtbot, window.form.sign_box(Sign.SWELLING))
    assert window.banner.title() == "Ice"
    assert REASON_PHRASES[Reason.SWELLING] in window.banner.text()
    click(qtbot, window.form.caution_box(Caution.COLD_SENSITIVITY))
    assert window.banner.title() == "Neither heat nor ice"
    click(qtbot, window.form.caution_box(Caution.COLD_SENSITIVITY))
    click(qtbot, window.form.sign_box(Sign.SWELLING))
    click(qtbot, window.form.history_box(History.HEAT_WORSE))
    assert window.banner.title() == "Ice"
    assert "Heat made this pain worse before" in window.banner.text()


def test_a_refused_choice_is_shown_in_the_banner(qtbot: QtBot, window: MainWindow) -> None:
    tick(qtbot, window.form, Region.LOW_BACK, cautions=[Caution.NUMBNESS], choice=Choice.HEAT)

    assert window.banner.title() == "Choice refused"
    assert "Heat is not safe with numbness" in window.banner.text()
    assert window.current_handout() is None
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert not window.save_action.isEnabled()
    assert not window.print_action.isEnabled()
    click(qtbot, window.form.choice_button(Choice.AUTO))
    assert window.banner.title() == "Neither heat nor ice"
    assert window.save_action.isEnabled()


def test_a_choice_against_the_policy_is_warned_about(qtbot: QtBot, window: MainWindow) -> None:
    tick(qtbot, window.form, Region.LOW_BACK, Onset.INJURY, days=1, choice=Choice.HEAT)

    assert window.banner.title() == "Heat"
    text = window.banner.text()
    assert "Chosen by you." in text
    assert "Heat on a fresh injury (3 days or less) can make it swell more." in text


def test_every_reason_has_a_short_phrase() -> None:
    assert set(REASON_PHRASES) == set(Reason)
    assert all(0 < len(phrase) <= 60 for phrase in REASON_PHRASES.values())


def test_the_refused_sentence_is_the_core_one(qtbot: QtBot, window: MainWindow) -> None:
    tick(qtbot, window.form, Region.KNEE, cautions=[Caution.COLD_SENSITIVITY], choice=Choice.ICE)

    sentence = refused_choice_message(Choice.ICE, (Caution.COLD_SENSITIVITY,))
    assert sentence in window.banner.text()


def test_the_fresh_days_in_the_wording_are_the_core_limit() -> None:
    assert REASON_PHRASES[Reason.FRESH_INJURY] == f"Fresh injury ({FRESH_DAYS} days or less)"


@pytest.mark.parametrize("text", ["<b>bold</b> & 'quoted' \"twice\"", "plain", "&amp; <br>", ""])
def test_the_banner_escapes_as_html_escape_does(text: str) -> None:
    assert escape(text) == html.escape(text)


@pytest.mark.parametrize("points", [9.0, 11.0])
def test_the_title_and_reasons_are_larger_than_the_desktop_s_font(
    qtbot: QtBot, points: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(points)
    app.setFont(font)
    try:
        banner = RecommendationBanner()
        qtbot.addWidget(banner)
        banner.show_recommendation(decide(Presentation(region="neck", onset="gradual")))
        banner.show()
        title, reasons = banner.title_label.font(), banner.reasons_label.font()
        # 2.2 and 1.1 times the desktop's font as shown (11 pt shows as 11.25 at 96 dpi).
        assert title.pointSizeF() == pytest.approx(points * 2.2, rel=0.03)
        assert title.bold()
        assert reasons.pointSizeF() == pytest.approx(points * 1.1, rel=0.03)
    finally:
        app.setFont(before)
