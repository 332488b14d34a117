"""The form's ticks with a focus ring: the one that has keyboard focus is drawn inside a
rounded ring in the theme's highlight colour (so it shows in light and dark themes alike).

Every tick keeps the ring's room round it, focused or not, so nothing shifts as focus moves.
Drawn by the buttons themselves rather than by a style sheet: a sheet on the form's column
puts each of its widgets through Qt's style-sheet style, which cost the window about 5 ms to
build and show, and more on every later repaint of the form.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
)

from ui.style import FOCUS_RING_WIDTH

# Room for the ring beside the control; above and below, the style's own margin round the
# box and its label takes most of it.
RING_ROOM = QMargins(3, 1, 3, 1)
RING_RADIUS = 4.0


def _with_room(size: QSize) -> QSize:
    return size.grownBy(RING_ROOM)


def _option(button: QCheckBox | QRadioButton) -> QStyleOptionButton:
    """The style's option for the control, drawn inside the ring's room."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.rect = button.rect().marginsRemoved(RING_ROOM)
    return option


def _paint(button: QCheckBox | QRadioButton, control: QStyle.ControlElement) -> None:
    painter = QStylePainter(button)
    painter.drawControl(control, _option(button))
    if not button.hasFocus():
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(button.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH))
    half = FOCUS_RING_WIDTH / 2
    ring = QRectF(button.rect()).adjusted(half, half, -half, -half)
    painter.drawRoundedRect(ring, RING_RADIUS, RING_RADIUS)


def _hits(button: QCheckBox | QRadioButton, area: QStyle.SubElement, pos: QPoint) -> bool:
    """A click counts where it would without the ring: on the box or circle and its label."""
    return button.style().subElementRect(area, _option(button), button).contains(pos)


class RingedCheckBox(QCheckBox):
    def sizeHint(self) -> QSize:
        return _with_room(super().sizeHint())

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint(self, QStyle.ControlElement.CE_CheckBox)

    def hitButton(self, pos: QPoint) -> bool:
        return _hits(self, QStyle.SubElement.SE_CheckBoxClickRect, pos)


class RingedRadioButton(QRadioButton):
    def sizeHint(self) -> QSize:
        return _with_room(super().sizeHint())

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint(self, QStyle.ControlElement.CE_RadioButton)

    def hitButton(self, pos: QPoint) -> bool:
        return _hits(self, QStyle.SubElement.SE_RadioButtonClickRect, pos)


def ringed(text: str, *, radio: bool) -> QAbstractButton:
    return RingedRadioButton(text) if radio else RingedCheckBox(text)
