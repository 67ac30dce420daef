"""`netwerk --demo --self-test DIR`: the app checks itself from the inside, as it was shipped.

Run in the built app folder (`make dist-test`), it shows every screen of the navigation and
saves a picture of each, loads the chime, prints a handout preview's fonts, and writes what it
found to DIR/self-test.json. So the test proves that the frozen app has its Qt plugins, fonts,
translations, content and sound, not only that the source tree has.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ui.shell.app import RunningApp

log = logging.getLogger(__name__)

CHIME_WAIT_MS = 3000


def _settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _colours(image: QImage) -> int:
    """How many different colours a coarse grid of the picture has (1: a blank picture)."""
    seen = set()
    step_x, step_y = max(1, image.width() // 48), max(1, image.height() // 48)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            seen.add(image.pixel(x, y))
    return len(seen)


def _chime_status() -> str:
    from ui.presentation.chime import Chime

    chime = Chime()
    effect = chime.load()  # the same loading the lesson's timer uses
    if effect is None:
        return f"silent: {chime.silent_because}"
    waited = 0
    while waited < CHIME_WAIT_MS and str(effect.status()).endswith("Loading"):  # type: ignore[attr-defined]
        _settle(50)
        waited += 50
    return str(effect.status()).rsplit(".", 1)[-1]  # type: ignore[attr-defined]


def _prepare_demo(running: RunningApp, class_id: int) -> None:
    """What some handouts need first: an open board (slips) and a directory entry (leaflet).

    Only ever on the throw-away demo folder: a self-test must not change a teacher's data.
    The entry is plainly a test entry, never a made-up club a teacher could mistake for real.
    """
    from datetime import timedelta

    from netwerk_desktop.directory.records import DirectoryCategory, EntryDraft
    from netwerk_desktop.networks.errors import BoardError, BoardProblem

    workspace = running.workspace
    try:
        workspace.board.open_board(class_id, workspace.today() + timedelta(days=14))
    except BoardError as exc:
        if exc.problem is not BoardProblem.ALREADY_OPEN:
            raise
    if not workspace.directory.entries():
        workspace.directory.add(EntryDraft("Self-test", next(iter(DirectoryCategory))))


def _handouts(running: RunningApp, folder: Path, *, demo: bool) -> dict[str, str]:
    """Every handout kind for the first class, as the Handouts screen makes them."""
    from netwerk_desktop.content import PromptTheme
    from netwerk_desktop.errors import NetwerkError
    from netwerk_desktop.handouts import HandoutKind, render_handout
    from netwerk_desktop.services.handout_records import PER_STUDENT_KINDS

    workspace = running.workspace
    classes = workspace.classes.list_classes()
    if not classes:
        return {}
    class_id = classes[0].id
    if demo:
        _prepare_demo(running, class_id)
    lesson_id = workspace.handouts.lessons(class_id)[0].id
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, str] = {}
    for kind in HandoutKind:
        try:
            request = workspace.handouts.request(
                class_id,
                kind,
                lesson_id=lesson_id,
                theme=next(iter(PromptTheme)),
                per_student=kind in PER_STUDENT_KINDS,
            )
            render_handout(request, folder / f"{kind.value}.pdf")
            made[kind.value] = f"{kind.value}.pdf"
        except NetwerkError as exc:
            made[kind.value] = f"not made: {exc}"
    return made


def run_self_test(running: RunningApp, folder: Path, *, demo: bool) -> dict[str, object]:
    folder.mkdir(parents=True, exist_ok=True)
    window = running.window
    window.resize(1600, 1000)
    screens: dict[str, dict[str, object]] = {}
    for key in list(window.nav_buttons):
        window.show_screen(key)
        _settle(200)
        image = window.grab().toImage()
        target = folder / f"{key}.png"
        image.save(str(target))
        screens[key] = {"file": target.name, "colours": _colours(image)}
    report: dict[str, object] = {
        "screens": screens,
        "chime": _chime_status(),
        "handouts": _handouts(running, folder / "handouts", demo=demo),
        "platform": QApplication.platformName(),
        "library_paths": QCoreApplication.libraryPaths(),
        "language": running.languages.current,
    }
    (folder / "self-test.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    log.info("Self-test written to %s", folder)
    return report
