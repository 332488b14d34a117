"""Drawing the modality icons with QPainter: no picture files, nothing downloaded.

Imported on the first paint, so start-up does not pay for Qt's painting enums.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from handouts.content import MODALITY_COLOURS
from handouts.model import Modality


def paint_modality(
    widget: QWidget, modality: Modality | None, refused: bool, refused_colour: str
) -> None:
    """Draw heat waves, a snowflake, both, or a 'no' sign across `widget`."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(widget.rect()).adjusted(4, 4, -4, -4)
    size = min(box.height(), 64.0)
    centre = box.center()
    heat = QColor(MODALITY_COLOURS[Modality.HEAT])
    ice = QColor(MODALITY_COLOURS[Modality.ICE])
    if refused:
        _draw_no_sign(painter, centre, size, QColor(refused_colour))
    elif modality is Modality.HEAT:
        _draw_heat(painter, centre, size, heat)
    elif modality is Modality.ICE:
        _draw_snowflake(painter, centre, size, ice)
    elif modality in (Modality.ICE_THEN_HEAT, Modality.EITHER):
        small = size * 0.72
        left = QPointF(box.left() + small / 2, centre.y())
        right = QPointF(box.right() - small / 2, centre.y())
        _draw_snowflake(painter, left, small, ice)
        _draw_heat(painter, right, small, heat)
        colour = QColor(MODALITY_COLOURS[modality])
        if modality is Modality.ICE_THEN_HEAT:
            _draw_arrow(painter, centre, colour)
        else:
            _draw_slash(painter, centre, colour)
    elif modality is Modality.NEITHER:
        _draw_no_sign(painter, centre, size, QColor(MODALITY_COLOURS[Modality.NEITHER]))
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
