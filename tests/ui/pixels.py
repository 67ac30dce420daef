"""Looking at grabbed pictures of widgets quickly (Pillow does the counting)."""

from __future__ import annotations

from PIL import Image, ImageChops
from PySide6.QtGui import QColor, QImage


def picture(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    return Image.frombuffer(
        "RGB", (image.width(), image.height()), data, "raw", "BGRX", image.bytesPerLine(), 1
    )


def share_differing(one: QImage, other: QImage, threshold: int = 80) -> float:
    """The share of pixels whose brightness differs by more than `threshold` (0-255)."""
    assert one.size() == other.size()
    difference = ImageChops.difference(picture(one), picture(other)).convert("L")
    counts = difference.histogram()
    return sum(counts[threshold + 1 :]) / (one.width() * one.height())


def share_near(image: QImage, colour: str, tolerance: int = 24) -> float:
    """The share of pixels within `tolerance` (per channel) of a colour."""
    wanted = QColor(colour)
    shown = picture(image)
    solid = Image.new("RGB", shown.size, (wanted.red(), wanted.green(), wanted.blue()))
    difference = ImageChops.difference(shown, solid).convert("L")
    counts = difference.histogram()
    return sum(counts[: tolerance + 1]) / (image.width() * image.height())
