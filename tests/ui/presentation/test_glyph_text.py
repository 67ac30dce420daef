"""The class view's large text, drawn from glyph images, looks as Qt draws it: same places,
same lines, same alignment, same colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QRawFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import load_pack
from netwerk_desktop.content.navigation import Cursor
from tests.ui.pixels import share_differing
from ui.presentation import audience_bodies
from ui.presentation.audience_style import font
from ui.presentation.audience_window import AudienceWindow
from ui.presentation.frames import TimerView
from ui.presentation.framing import StepExtras, step_frame
from ui.presentation.glyph_text import GlyphImages
from ui.presentation.words import AudienceWords


def at_200_percent(window: QWidget) -> QImage:
    image = QImage(window.width() * 2, window.height() * 2, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(2.0)
    window.render(image)
    return image


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_glyph_images_draw_every_step_where_qt_draws_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    # Given the class view at 1920x1080, drawn as on a 4K projector at 200 % (every text of
    # 40 px and more is beyond Qt's 64 px glyph cache there)
    window = AudienceWindow(theme)
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    window.show_timer(TimerView(300, 300, True, False))
    words = AudienceWords("da")
    lessons = load_pack("da").lessons[:2]
    for step in (step for lesson in lessons for step in lesson.steps):
        options = getattr(step.content, "options", ())
        extras = StepExtras(
            charter_rules=("Vi hilser på hinanden.", "Alle får lov at sige noget."),
            tally_counts={option.id: 4 + index for index, option in enumerate(options)},
            tally_shown=True,
        )
        window.show_frame(step_frame(step, Cursor(), words, extras))
        QApplication.processEvents()
        # When it is drawn from glyph images, and by Qt from outlines
        ours = at_200_percent(window)
        monkeypatch.setattr(audience_bodies, "drawn_by_qt", lambda _font, _scale: True)
        qts = at_200_percent(window)
        monkeypatch.undo()
        # Then the pictures differ at most along glyph edges
        assert share_differing(ours, qts, threshold=150) < 0.007, step.id


def test_glyph_images_are_made_once_and_the_cache_stays_within_its_budget(
    qapp: QApplication,
) -> None:
    images = GlyphImages(limit_bytes=2_000_000)
    raw = QRawFont.fromFont(font(120, bold=True))
    glyphs = raw.glyphIndexesForString("Netwerk fællesskab")
    black = QColor("#000000")
    first = images.glyph(raw, glyphs[0], black, 2.0)
    assert images.glyph(raw, glyphs[0], black, 2.0) is first  # drawn once, then reused
    assert first.image.devicePixelRatio() == 2.0
    assert first.image.width() > 120  # device pixels: twice the 120 px glyph's size
    for index in glyphs:
        for colour in ("#000000", "#f3f5f6", "#3f474f", "#0a625d"):
            images.glyph(raw, index, QColor(colour), 2.0)
    held = sum(glyph.image.sizeInBytes() for glyph in images._images.values())
    assert 0 < held <= 2_000_000
