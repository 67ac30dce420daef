"""Benchmark: the screens a teacher clicks most, with a year of history, as the window shows
them (issue 14, section 2): Partnerships opened for a class of 40 with 30 rotations, its
History tab, one repaint of the who-met-whom matrix, and Home with 60 classes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/partnerships_screen.py [--runs 9]

Each figure is the median of RUNS, measured inside the event loop until the widget has
painted (QWidget.repaint() paints synchronously). Goals: Partnerships and History open
< 150 ms, a matrix repaint < 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from partnerships_data import HOME_CLASSES, HOME_SIZE, LONG, partnership_class  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from netwerk_desktop.paths import DataLocation  # noqa: E402
from netwerk_desktop.workspace import Workspace  # noqa: E402
from ui.common.app_settings import AppSettings, Setting  # noqa: E402
from ui.partnerships.partnerships_screen import PartnershipsScreen  # noqa: E402
from ui.shell.app import RunningApp, start  # noqa: E402


def ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def median(runs: int, work: Callable[[], object]) -> float:
    return statistics.median(ms(work) for _ in range(runs))


def fill(data_dir: Path) -> int:
    workspace = Workspace.open(DataLocation(data_dir))
    class_id = partnership_class(workspace, "3.x", LONG)
    for number in range(HOME_CLASSES - 1):
        summary = workspace.classes.create(f"{number + 1}.h")
        workspace.roster.add_students(summary.id, [f"Elev {i}" for i in range(HOME_SIZE)])
    workspace.close()
    return class_id


def open_app(app: QApplication, data_dir: Path) -> RunningApp:
    location = DataLocation(data_dir)
    AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "en")
    running = start(app, Workspace.open(location))
    running.window.resize(1600, 1000)
    running.window.show()
    running.workspace.warm_up()
    QCoreApplication.processEvents()
    return running


def close(running: RunningApp) -> None:
    running.close()
    running.workspace.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        class_id = fill(data_dir)
        first_open, history_open, reopen, home_visit = [], [], [], []
        for _ in range(args.runs):
            running = open_app(app, data_dir)
            window = running.window

            def show_partnerships(window=window) -> None:  # type: ignore[no-untyped-def]
                window.show_screen("partnerships", class_id)
                window.current_screen().repaint()

            first_open.append(ms(show_partnerships))
            screen = window.current_screen()
            assert isinstance(screen, PartnershipsScreen)

            def show_history(screen: PartnershipsScreen = screen) -> None:
                screen.tabs.setCurrentWidget(screen.history)
                screen.history.repaint()

            history_open.append(ms(show_history))
            window.show_screen("home")
            home_visit.append(ms(lambda window=window: window.show_screen("home")))
            reopen.append(ms(show_partnerships))
            matrix = screen.history.matrix
            repaint = median(args.runs, matrix.repaint)
            close(running)
        print(f"Screens with a year of history (median of {args.runs}, ms):")
        print(
            f"  Partnerships first open (40 students, {LONG} rotations): "
            f"{statistics.median(first_open):.0f}"
        )
        print(
            f"  Partnerships open again:                          {statistics.median(reopen):.0f}"
        )
        print(
            f"  History tab open:                                 "
            f"{statistics.median(history_open):.0f}"
        )
        print(f"  Who-met-whom matrix, one repaint:                 {repaint:.1f}")
        print(
            f"  Home visited again ({HOME_CLASSES} classes):                    "
            f"{statistics.median(home_visit):.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
