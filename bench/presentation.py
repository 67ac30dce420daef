"""Next step on the projector: time from a "next" key press to the audience view's repaint.

The real app over a demo class, the presenter view in the main window on a 1920x1080 screen and
the audience view full screen on a second 1920x1080 screen (offscreen platform). Each sample
is one Right key press, timed until the audience window has finished its repaint; between
presses the event loop idles, as it does while a teacher talks, so the presenter's preview
and the progress saves run as they do in a lesson. Goal: median under 16 ms (one frame).

    .venv/bin/python bench/presentation.py [--steps 200] [--theme dark]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREENS = {
    "screens": [
        {"name": "Classroom PC", "x": 0, "y": 0, "width": 1920, "height": 1080},
        {"name": "Projector", "x": 1920, "y": 0, "width": 1920, "height": 1080},
    ]
}
for screen in SCREENS["screens"]:
    screen.update({"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
_config = Path(tempfile.mkdtemp(prefix="netwerk-bench-")) / "screens.json"
_config.write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"

from PySide6.QtCore import QElapsedTimer, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from netwerk_desktop.content import load_pack  # noqa: E402
from netwerk_desktop.demo import fill_demo  # noqa: E402
from netwerk_desktop.paths import DataLocation  # noqa: E402
from netwerk_desktop.workspace import Workspace  # noqa: E402
from ui.common.app_settings import Setting  # noqa: E402
from ui.presentation.run_mode import RunMode  # noqa: E402
from ui.shell.app import start  # noqa: E402

IDLE_MS = 180  # between presses: longer than the preview's delay


def idle(app: QApplication, milliseconds: int) -> None:
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < milliseconds:
        app.processEvents()
        time.sleep(0.002)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(label: str, values: list[float]) -> str:
    return (
        f"  {label:<34} n={len(values):>3}  median {statistics.median(values):6.2f} ms"
        f"   p95 {percentile(values, 0.95):6.2f} ms   max {max(values):6.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    samples: list[float] = []
    first_visits: list[float] = []
    seen: set[tuple[str, int, object]] = set()
    with tempfile.TemporaryDirectory(prefix="netwerk-bench-") as tmp:
        location = DataLocation(Path(tmp))
        with Workspace.open(location) as workspace:
            fill_demo(workspace)
            class_id = workspace.classes.list_classes()[0].id
            running = start(app, workspace)
            running.settings.set_value(Setting.PRESENTATION_MUTED, True)
            running.settings.set_value(Setting.PRESENTATION_THEME, args.theme)
            running.window.resize(1440, 900)
            running.window.show()
            lessons = [lesson.id for lesson in load_pack("da").lessons]
            mode: RunMode | None = None
            painted: list[float] = []
            lesson_number = 0
            while len(samples) < args.steps:
                if mode is None or mode.controller.done:
                    if mode is not None:
                        mode.leave()
                        idle(app, 50)
                    lesson_id = lessons[lesson_number % len(lessons)]
                    lesson_number += 1
                    mode = RunMode(running.window, workspace, running.settings, class_id, lesson_id)
                    mode.start()
                    mode.audience.repainted.connect(lambda: painted.append(time.perf_counter()))
                    idle(app, IDLE_MS)
                    assert mode.placement is not None and mode.placement.display.name == "Projector"
                painted.clear()
                started = time.perf_counter()
                QTest.keyClick(mode.presenter, Qt.Key.Key_Right)
                while not painted:
                    app.processEvents()
                elapsed = (painted[0] - started) * 1000
                samples.append(elapsed)
                controller = mode.controller
                place = (controller.lesson.id, controller.index, controller.cursor)
                if place not in seen:
                    seen.add(place)
                    first_visits.append(elapsed)
                idle(app, IDLE_MS)
            if mode is not None:
                mode.leave()
            running.close()
    print(
        f"Next key -> audience repaint finished, {len(samples)} presses, audience 1920x1080 on a"
        f" second screen, offscreen, {args.theme} theme:"
    )
    print(summary("all presses", samples))
    print(summary("first visit of each place", first_visits))
    print(f"  goal: median < 16 ms -> {'met' if statistics.median(samples) < 16 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
