"""Pictures of the app for the README and for looking at what a screen really shows.

    QT_QPA_PLATFORM=offscreen python -m tools.shots OUT_DIR [--language da] [--theme dark]
        [--scale 150] [--screens home settings ...] [--size 1600x1000]

Opens a throw-away data folder with the demo class, shows each screen at 1280x800 and saves
OUT_DIR/<screen>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from netwerk_desktop.demo import fill_demo
from netwerk_desktop.languages import LANGUAGES
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.shell.app import start

SIZE = (1280, 800)


def settle(app: QApplication, limit_s: float = 5.0) -> None:
    """Let the screen finish what it loads in the background before the picture is taken."""
    pool = QThreadPool.globalInstance()
    start = time.monotonic()
    # Screens wait a moment before starting work (a burst of choices makes one preview).
    while time.monotonic() - start < 0.5 or pool.activeThreadCount():
        if time.monotonic() - start > limit_s:
            break
        pool.waitForDone(50)
        app.processEvents()
    for _ in range(3):
        app.processEvents()


def take(
    out: Path,
    screens: list[str] | None = None,
    language: str = "en",
    theme: str = "light",
    scale: int = 100,
    size: tuple[int, int] = SIZE,
) -> list[Path]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="netwerk-shots-") as tmp:
        location = DataLocation(Path(tmp))
        with Workspace.open(location) as workspace:
            fill_demo(workspace)
            settings = AppSettings(location.settings_file)
            settings.set_value(Setting.LANGUAGE, language)
            settings.set_value(Setting.THEME, theme)
            settings.set_value(Setting.SCALE, scale)
            settings.sync()
            running = start(app, workspace)
            window = running.window
            window.resize(*size)
            window.show()
            for key in screens or list(window.nav_buttons):
                window.show_screen(key)
                settle(app)
                path = out / f"{key}.png"
                window.grab().save(str(path))
                saved.append(path)
            running.close()
    return saved


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.shots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", choices=LANGUAGES)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--screens", nargs="*")
    parser.add_argument("--size", default="1280x800", help="window size, e.g. 1600x1000")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    for path in take(
        args.out, args.screens, args.language, args.theme, args.scale, (width, height)
    ):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
