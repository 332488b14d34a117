"""The recommendation banner: the modality in large words, its colour and icon, the reasons,
and any warning, updated on every change of the form."""

from __future__ import annotations

import html
import logging
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from handouts.model import Modality, Recommendation
from ui import wording

logger = logging.getLogger(__name__)

REFUSED_COLOUR = "#8c1d18"
PROMPT_COLOUR = "#4a4a4a"


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
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        size = min(box.height(), 64.0)
        centre = box.center()
        heat = QColor(wording.MODALITY_COLOURS[Modality.HEAT])
        ice = QColor(wording.MODALITY_COLOURS[Modality.ICE])
        if self._refused:
            _draw_no_sign(painter, centre, size, QColor(REFUSED_COLOUR))
        elif self._modality is Modality.HEAT:
            _draw_heat(painter, centre, size, heat)
        elif self._modality is Modality.ICE:
            _draw_snowflake(painter, centre, size, ice)
        elif self._modality in (Modality.ICE_THEN_HEAT, Modality.EITHER):
            small = size * 0.72
            left = QPointF(box.left() + small / 2, centre.y())
            right = QPointF(box.right() - small / 2, centre.y())
            _draw_snowflake(painter, left, small, ice)
            _draw_heat(painter, right, small, heat)
            colour = QColor(wording.MODALITY_COLOURS[self._modality])
            if self._modality is Modality.ICE_THEN_HEAT:
                _draw_arrow(painter, centre, colour)
            else:
                _draw_slash(painter, centre, colour)
        elif self._modality is Modality.NEITHER:
            _draw_no_sign(painter, centre, size, QColor(wording.MODALITY_COLOURS[Modality.NEITHER]))
        painter.end()


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_heat(painter: QPainter, centre: QPointF, size: float, colour: QColor) -> None:
    """Three wavy rising lines over a warm pad."""
    painter.setPen(_pen(colour, size * 0.07))
    half = size / 2
    for offset in (-0.28, 0.0, 0.28):
        x = centre.x() + offset * size
        top, bottom = centre.y() - half * 0.9, centre.y() + half * 0.35
        path = QPainterPath(QPointF(x, bottom))
        step = (bottom - top) / 2
        path.cubicTo(
            x - size * 0.12,
            bottom - step * 0.5,
            x + size * 0.12,
            bottom - step * 0.5,
            x,
            bottom - step,
        )
        path.cubicTo(x - size * 0.12, top + step * 0.5, x + size * 0.12, top + step * 0.5, x, top)
        painter.drawPath(path)
    painter.setBrush(colour)
    painter.drawRoundedRect(
        QRectF(centre.x() - half * 0.85, centre.y() + half * 0.55, size * 0.85, size * 0.14), 4, 4
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _draw_snowflake(painter: QPainter, centre: QPointF, size: float, colour: QColor) -> None:
    """Six arms with a small V on each."""
    painter.setPen(_pen(colour, size * 0.07))
    radius = size * 0.45
    for arm in range(6):
        angle = math.radians(arm * 60 + 90)
        tip = QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))
        painter.drawLine(centre, tip)
        joint = QPointF(
            centre.x() + radius * 0.6 * math.cos(angle), centre.y() - radius * 0.6 * math.sin(angle)
        )
        for side in (-1, 1):
            branch = angle + side * math.radians(40)
            end = QPointF(
                joint.x() + radius * 0.32 * math.cos(branch),
                joint.y() - radius * 0.32 * math.sin(branch),
            )
            painter.drawLine(joint, end)


def _draw_arrow(painter: QPainter, centre: QPointF, colour: QColor) -> None:
    painter.setPen(_pen(colour, 4))
    painter.drawLine(QPointF(centre.x() - 9, centre.y()), QPointF(centre.x() + 9, centre.y()))
    painter.drawLine(QPointF(centre.x() + 2, centre.y() - 7), QPointF(centre.x() + 9, centre.y()))
    painter.drawLine(QPointF(centre.x() + 2, centre.y() + 7), QPointF(centre.x() + 9, centre.y()))


def _draw_slash(painter: QPainter, centre: QPointF, colour: QColor) -> None:
    painter.setPen(_pen(colour, 4))
    painter.drawLine(
        QPointF(centre.x() - 5, centre.y() + 12), QPointF(centre.x() + 5, centre.y() - 12)
    )


def _draw_no_sign(painter: QPainter, centre: QPointF, size: float, colour: QColor) -> None:
    painter.setPen(_pen(colour, size * 0.09))
    radius = size * 0.42
    painter.drawEllipse(centre, radius, radius)
    offset = radius * math.cos(math.radians(45))
    painter.drawLine(
        QPointF(centre.x() - offset, centre.y() - offset),
        QPointF(centre.x() + offset, centre.y() + offset),
    )


def _bullets(lines: list[str]) -> str:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
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
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName("Recommended")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setAccessibleName("About the recommendation")
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setAccessibleName("Reasons")
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label.setAccessibleName("Warnings")
        for label in (
            self.title_label,
            self.subtitle_label,
            self.reasons_label,
            self.warning_label,
        ):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        heading = QHBoxLayout()
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title_label)
        words.addWidget(self.subtitle_label)
        words.addStretch(1)
        heading.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(heading)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.warning_label)
        self.show_prompt("Pick where it hurts to see a recommendation.")

    def _set(
        self,
        title: str,
        colour: str,
        subtitle: str = "",
        reasons: list[str] | None = None,
        warnings: list[str] | None = None,
        warning_colour: str = "#7a4f00",
        warning_background: str = "#fff4d6",
    ) -> None:
        self.title_label.setText(title)
        self.title_label.setStyleSheet(f"color: {colour}")
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        self.reasons_label.setText(_bullets(reasons) if reasons else "")
        self.reasons_label.setVisible(bool(reasons))
        if warnings:
            text = "<br>".join(f"&#9888; {html.escape(line)}" for line in warnings)
            self.warning_label.setText(text)
            self.warning_label.setStyleSheet(
                f"color: {warning_colour}; background: {warning_background};"
                f" border: 1px solid {warning_colour}; border-radius: 4px; padding: 6px"
            )
        else:
            self.warning_label.setText("")
        self.warning_label.setVisible(bool(warnings))
        self.setStyleSheet(
            f"#RecommendationBanner {{ border: 2px solid {colour}; border-radius: 6px;"
            " background: white }"
        )
        self.setAccessibleDescription(self.text())

    def show_prompt(self, message: str) -> None:
        self.icon.set_modality(None)
        self._set("No recommendation yet", PROMPT_COLOUR, message)

    def show_invalid(self, message: str) -> None:
        self.icon.set_modality(None)
        self._set("Check the form", REFUSED_COLOUR, warnings=[message])

    def show_refused(self, message: str) -> None:
        self.icon.set_modality(None, refused=True)
        self._set(
            "Choice refused",
            REFUSED_COLOUR,
            "No handout until the choice is safe.",
            warnings=[message],
            warning_colour=REFUSED_COLOUR,
            warning_background="#fdecea",
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
            wording.MODALITY_COLOURS[modality],
            " ".join(subtitle),
            reasons=[wording.REASON_PHRASES[reason] for reason in recommendation.reasons],
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
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText().strip()
