"""The class view, as pixels: started the way `main()` starts the app, in a process of its own
(the glyph cache and the screens are fixed when Qt starts), on a 1920x1080 projector and on a
3840x2160 one at 200 % scaling, the step title and the calm screen's caption are drawn."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

PROBE = r"""
import json, os, sys, tempfile
from pathlib import Path

width, height, scale = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
config = Path(tempfile.mkdtemp()) / "screens.json"
screens = [
    {"name": name, "x": index * width, "y": 0, "width": width, "height": height,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    for index, name in enumerate(["Classroom PC", "Projector"])
]
config.write_text(json.dumps({"screens": screens}))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
if scale != 1:
    os.environ["QT_SCALE_FACTOR"] = str(scale)  # 200 %: a 3840x2160 panel, 1920x1080 logical

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.pixels import share_near
from ui.presentation.audience_style import theme_for
from ui.presentation.run_mode import start_lesson
from ui.shell.app import launched


def settle():
    for _ in range(5):
        QApplication.processEvents()


def text_pixels(window, label, background):
    # Pixels far from the background's colour inside the label, on the grabbed window: dark
    # ones on the light theme, light ones on the dark theme.
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    area = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    wanted = QColor(background)
    found = total = 0
    for y in range(round(area.top() * ratio), round(area.bottom() * ratio), 2):
        for x in range(round(area.left() * ratio), round(area.right() * ratio), 2):
            colour = image.pixelColor(x, y)
            total += 1
            distance = sum(
                abs(a - b)
                for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
            )
            found += distance > 240
    return found, total, image.width()


found = {}
with launched(["--demo"]) as launch:
    running = launch.running
    demo = running.workspace.classes.list_classes()[0]
    mode = start_lesson(running.window, running.workspace, demo.id, "community", running.settings)
    settle()
    audience = mode.audience
    for row in range(mode.presenter.theme_choice.count()):
        key = mode.presenter.theme_choice.itemData(row)
        mode.presenter.theme_choice.setCurrentIndex(row)
        mode.presenter.theme_choice.activated.emit(row)
        settle()
        background = theme_for(key).background
        title = text_pixels(audience, audience.title, background)
        QTest.keyClick(mode.presenter, Qt.Key.Key_W)
        settle()
        calm = text_pixels(audience, audience.calm.title, background)
        QTest.keyClick(mode.presenter, Qt.Key.Key_W)
        settle()
        picture = audience.grab().toImage()
        plain = share_near(picture, background)
        found[key] = {"title": title, "calm": calm, "said": audience.title.text(), "plain": plain}
    mode.leave()
print(json.dumps(found))
"""


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1920, 1080, 1), (3840, 2160, 2)],
    ids=["1080p", "4k-200%"],
)
def test_the_step_title_and_the_calm_caption_are_drawn_in_every_theme(
    width: int, height: int, scale: int
) -> None:
    # Given the app started as main() starts it, on a classroom PC with a projector
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(width), str(height), str(scale)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    # When lesson 1 is on the projector, in each audience theme, and on the calm screen (W)
    assert set(found) == {"light", "dark"}
    for theme, seen in found.items():
        # Then the title band holds pixels of text on the background: the title is there
        title_pixels, title_area, image_width = seen["title"]
        assert image_width == width  # the grab has the projector's real pixels
        assert seen["said"], theme
        assert title_pixels > title_area * 0.02, (theme, "title", title_pixels, title_area)
        assert seen["plain"] > 0.6, theme  # most of the screen is the theme's background
        calm_pixels, calm_area, _ = seen["calm"]
        assert calm_pixels > calm_area * 0.01, (theme, "calm", calm_pixels, calm_area)
