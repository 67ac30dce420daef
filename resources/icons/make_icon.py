"""Draws the app icon (resources/icons/netwerk.png): four people of a partnership group as
dots, linked in pairs and across, on a calm tile. Run: python resources/icons/make_icon.py"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

SIZE = 256


def draw() -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f6f78"))
    painter.drawRoundedRect(QRectF(8, 8, SIZE - 16, SIZE - 16), 48, 48)
    people = [QPointF(80, 84), QPointF(176, 84), QPointF(80, 172), QPointF(176, 172)]
    painter.setPen(QPen(QColor("#f4efe6"), 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for a, b in ((0, 1), (2, 3)):  # the two pairs
        painter.drawLine(people[a], people[b])
    painter.setPen(QPen(QColor("#a8d5d1"), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for a, b in ((0, 2), (1, 3)):  # the group around them
        painter.drawLine(people[a], people[b])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f4efe6"))
    for point in people:
        painter.drawEllipse(point, 26, 26)
    painter.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    target = Path(__file__).with_name("netwerk.png")
    draw().save(str(target))
    print(target)
