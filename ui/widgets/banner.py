"""The recommendation banner: the modality in large words, its colour and icon, the reasons,
and any warning, updated on every change of the form."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from handouts.content import MODALITY_COLOURS
from handouts.model import Modality, Recommendation
from ui import style, wording

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

logger = logging.getLogger(__name__)

# What `html.escape` does, without the `html` package: it loads `html.entities` (about 1 ms
# of the window's start-up) for its unescaping half, which the window never uses.
_RICH_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """`text` as rich text shows it, letter for letter."""
    return text.translate(_RICH_TEXT)


class ModalityIcon(QWidget):
    """A small drawn picture of the modality: heat waves, a snowflake, both, or a 'no' sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._modality: Modality | None = None
        self._refused = False
        self.setFixedSize(QSize(132, 72))
        self.setAccessibleName("Recommendation icon")

    def set_modality(self, modality: Modality | None, *, refused: bool = False) -> None:
        self._modality = modality
        self._refused = refused
        self.setVisible(modality is not None or refused)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Lazy: loaded on the first paint, so start-up does not pay for Qt's painting enums.
        from ui.widgets.icons import paint_modality

        paint_modality(self, self._modality, self._refused, style.REFUSED)


def _bullets(lines: list[str]) -> str:
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<ul style='margin-left: -18px; margin-top: 0; margin-bottom: 0'>{items}</ul>"


class RecommendationBanner(QFrame):
    """Shows a recommendation, a refused choice or a prompt; never a popup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecommendationBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Recommendation")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = ModalityIcon()
        # The title's and reasons' sizes are in the banner's style sheet (style.banner_frame),
        # from the desktop's size read through fontInfo(): a QFont made ready for Python (by
        # font()) would cost the window's start-up 1.4 ms.
        self._points = self.fontInfo().pointSizeF()
        self.title_label = QLabel()
        self.title_label.setObjectName("BannerTitle")
        self.title_label.setAccessibleName("Recommended")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setAccessibleName("About the recommendation")
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setAccessibleName("Reasons")
        self.reasons_label.setObjectName("BannerReasons")
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName("Warnings")

        heading = QHBoxLayout()
        icon_column = QVBoxLayout()
        icon_column.addWidget(self.icon)
        icon_column.addStretch(1)
        heading.addLayout(icon_column)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title_label)
        words.addWidget(self.subtitle_label)
        words.addWidget(self.reasons_label)
        words.addStretch(1)
        heading.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(heading)
        layout.addWidget(self.warning_label)
        self.show_prompt("Pick where it hurts to see a recommendation.")

    def _set(
        self,
        title: str,
        colour: str,
        subtitle: str = "",
        reasons: list[str] | None = None,
        warnings: list[str] | None = None,
        warning_colour: str = style.WARNING,
        warning_background: str = style.WARNING_BACKGROUND,
    ) -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        self.reasons_label.setText(_bullets(reasons) if reasons else "")
        self.reasons_label.setVisible(bool(reasons))
        if warnings:
            lines = "<br>".join(f"\u26a0 {escape(line)}" for line in warnings)
            text = f"<div>{lines}</div>"
            self.warning_label.setText(text)
            self.warning_label.setStyleSheet(
                style.boxed_warning(warning_colour, warning_background)
            )
        else:
            self.warning_label.setText("")
        self.warning_label.setVisible(bool(warnings))
        self.setStyleSheet(style.banner_frame(colour, self._points))
        self.setAccessibleDescription(self.text())

    def show_prompt(self, message: str) -> None:
        self.icon.set_modality(None)
        self._set("No recommendation yet", style.PROMPT, message)

    def show_invalid(self, message: str) -> None:
        self.icon.set_modality(None)
        self._set("Check the form", style.REFUSED, warnings=[message])

    def show_refused(self, message: str) -> None:
        self.icon.set_modality(None, refused=True)
        self._set(
            "Choice refused",
            style.REFUSED,
            "No handout until the choice is safe.",
            warnings=[message],
            warning_colour=style.REFUSED,
            warning_background=style.REFUSED_BACKGROUND,
        )

    def show_recommendation(self, recommendation: Recommendation) -> None:
        modality = recommendation.modality
        self.icon.set_modality(modality)
        subtitle = []
        if modality is Modality.ICE_THEN_HEAT and recommendation.switch_after_days:
            days = recommendation.switch_after_days
            subtitle.append(f"Ice for {days} more day{'s' if days != 1 else ''}, then heat.")
        if recommendation.chosen_by_clinician:
            subtitle.append("Chosen by you.")
        self._set(
            wording.MODALITY_TITLES[modality],
            MODALITY_COLOURS[modality],
            " ".join(subtitle),
            reasons=[wording.reason_phrase(reason, modality) for reason in recommendation.reasons],
            warnings=list(recommendation.warnings),
        )

    def title(self) -> str:
        return self.title_label.text()

    def text(self) -> str:
        """Everything the banner says, as plain text (for screen readers and tests)."""
        parts = [self.title_label.text(), self.subtitle_label.text()]
        if self.reasons_label.isVisibleTo(self):
            parts.append(_plain(self.reasons_label.text()))
        if self.warning_label.isVisibleTo(self):
            parts.append(_plain(self.warning_label.text()))
        return "\n".join(part for part in parts if part)


def _plain(rich: str) -> str:
    # Lazy: made ready for Python with the first reasons or warning, not at start-up.
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText().strip()
