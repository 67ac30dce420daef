"""Pictures of what the teacher and the class see, taken through the app's real start-up.

    python -m tools.shots OUT_DIR [--language da] [--theme light] [--scale 100]
        [--screens home settings ...] [--size 1920x1080] [--no-lessons] [--one-screen]

Starts the app as `main()` does (`ui.shell.app.launched`, `--demo`: a throw-away data folder
with the demo class), on a 1920x1080 classroom PC with a 1920x1080 projector beside it (the
offscreen platform, unless QT_QPA_PLATFORM names another). It saves OUT_DIR/<screen>.png for
every screen, then the class view and the presenter view of every step of every lesson:
OUT_DIR/<lesson-id>-<step-number>-audience.png and -presenter.png (steps from 1). With
`--one-screen` there is no projector: the class view shares the screen with the presenter view,
as on a mirrored smartboard. `make shots OUT=DIR SHOTS_LANG=da|en|nl` runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from netwerk_desktop.languages import LANGUAGES

SIZE = (1920, 1080)


def use_screens(size: tuple[int, int], one_screen: bool) -> None:
    """The offscreen platform with the classroom PC's screens (before Qt starts)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").split(":")[0] != "offscreen":
        return  # a real display: its own screens
    width, height = size
    names = ["Classroom PC"] if one_screen else ["Classroom PC", "Projector"]
    screens = [
        {
            "name": name,
            "x": index * width,
            "y": 0,
            "width": width,
            "height": height,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
        for index, name in enumerate(names)
    ]
    config = Path(tempfile.mkdtemp(prefix="netwerk-shots-")) / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def settle(limit_s: float = 5.0, at_least_s: float = 0.5) -> None:
    """Let the app finish what it loads in the background before the picture is taken."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    pool = QThreadPool.globalInstance()
    began = time.monotonic()
    # Screens wait a moment before starting work (a burst of choices makes one preview).
    while time.monotonic() - began < at_least_s or pool.activeThreadCount():
        if time.monotonic() - began > limit_s:
            break
        pool.waitForDone(20)
        QApplication.processEvents()
    for _ in range(3):
        QApplication.processEvents()


def take(
    out: Path,
    screens: list[str] | None = None,
    language: str = "da",
    theme: str = "light",
    scale: int = 100,
    size: tuple[int, int] = SIZE,
    lessons: bool = True,
    report: Callable[[Path], None] = lambda _path: None,
) -> list[Path]:
    from netwerk_desktop.content import load_pack
    from ui.common.app_settings import Setting
    from ui.presentation.run_mode import start_lesson
    from ui.shell.app import launched

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(picture_of: Callable[[], object], name: str) -> None:
        path = out / f"{name}.png"
        picture = picture_of()
        assert hasattr(picture, "save")
        picture.save(str(path))
        saved.append(path)
        report(path)

    with launched(["--demo"]) as launch:
        running = launch.running
        if running is None:
            raise SystemExit("The app did not open its demo data folder.")
        settings, window, workspace = running.settings, running.window, running.workspace
        settings.set_value(Setting.LANGUAGE, language)
        settings.set_value(Setting.THEME, theme)
        settings.set_value(Setting.SCALE, scale)
        settings.set_value(Setting.PRESENTATION_THEME, "dark" if theme == "dark" else "light")
        settings.set_value(Setting.PRESENTATION_MUTED, True)
        demo = workspace.classes.list_classes()[0]
        if demo.content_language != language:  # the class speaks the language of the pictures
            demo = workspace.classes.update(demo.id, content_language=language)
        window.showNormal()
        window.setGeometry(window.screen().availableGeometry().x(), 0, *size)
        settle()
        for key in screens if screens is not None else list(window.nav_buttons):
            window.show_screen(key)
            settle()
            save(window.grab, key)
        if lessons:
            for lesson in load_pack(language).lessons:
                window.show_screen("home")
                mode = start_lesson(window, workspace, demo.id, lesson.id, settings)
                if mode is None:
                    continue
                for index in range(len(lesson.steps)):
                    mode.controller.go_to(index)
                    settle(at_least_s=0.25)  # the presenter's preview follows after 150 ms
                    number = f"{lesson.id}-{index + 1}"
                    save(mode.audience.grab, f"{number}-audience")
                    save(window.grab, f"{number}-presenter")
                mode.leave()
                settle(at_least_s=0.05)
    return saved


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.shots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="da", choices=LANGUAGES)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--screens", nargs="*", help="only these screens (none: no screens)")
    parser.add_argument("--size", default="1920x1080", help="window size, e.g. 1600x1000")
    parser.add_argument("--no-lessons", action="store_true", help="no pictures of the lessons")
    parser.add_argument("--one-screen", action="store_true", help="no projector (mirrored)")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    use_screens((max(width, SIZE[0]), max(height, SIZE[1])), args.one_screen)
    take(
        args.out,
        args.screens,
        args.language,
        args.theme,
        args.scale,
        (width, height),
        lessons=not args.no_lessons,
        report=print,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
