"""Next step on the projector: time from a "next" key press to the class view's finished repaint.

The app as `main()` starts it (`launched(["--demo"])`) and inside `app.exec()`, so deferred
deletes, timers and the presenter's preview run as in a lesson. The presenter view is on the
classroom PC's screen and the class view full screen on a projector beside it, both
1920x1080 (`--screen 1080p`) or 3840x2160 at 200 % scaling (`--screen 4k`, offscreen). Each
sample is one Right key press on the presenter view, timed until the class view's repaint has
reached the screen; between presses the app idles `--interval-ms` as it does while a teacher
talks. Lessons are run one after the other, each to its end. `--slow-disk-ms` makes every
database commit take that much longer (a slow USB stick).

    .venv/bin/python bench/presentation.py [--screen 4k] [--presses 200] [--theme dark]
        [--interval-ms 180] [--slow-disk-ms 0]

Prints p50/p95/max, the presses that missed a 16 ms frame, and the memory before and after.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FRAME_MS = 16.0
SIZES = {"1080p": (1920, 1080, 1), "4k": (3840, 2160, 2)}


def use_screens(width: int, height: int, scale: int) -> None:
    screens = [
        {"name": name, "x": index * width, "y": 0, "width": width, "height": height}
        for index, name in enumerate(["Classroom PC", "Projector"])
    ]
    for screen in screens:
        screen.update({"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
    config = Path(tempfile.mkdtemp(prefix="netwerk-bench-")) / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)  # 3840x2160 panels, 1920x1080 logical


def rss_mib() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_mib()


def peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(label: str, values: list[float]) -> str:
    missed = sum(1 for value in values if value > FRAME_MS)
    return (
        f"  {label:<28} n={len(values):>3}  p50 {statistics.median(values):6.2f} ms"
        f"   p95 {percentile(values, 0.95):6.2f} ms   max {max(values):6.2f} ms"
        f"   missed 16 ms: {missed} ({100 * missed / len(values):.0f} %)"
    )


def slow_commits(milliseconds: int) -> None:
    """Every commit of every engine waits a while, as a synced write to a slow stick does."""
    from sqlalchemy import Engine, event

    def commit(_connection: Any) -> None:
        time.sleep(milliseconds / 1000)

    event.listen(Engine, "commit", commit)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screen", default="1080p", choices=sorted(SIZES))
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--interval-ms", type=int, default=180)
    parser.add_argument("--slow-disk-ms", type=int, default=0)
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest calls")
    args = parser.parse_args()
    width, height, scale = SIZES[args.screen]
    use_screens(width, height, scale)

    from PySide6.QtCore import QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from netwerk_desktop.content import load_pack
    from ui.common.app_settings import Setting
    from ui.presentation.run_mode import RunMode, start_lesson
    from ui.shell.app import launched

    samples: list[float] = []
    cpu_samples: list[float] = []  # the GUI thread's own time: what other programs cannot inflate
    first_visits: list[float] = []
    memory: dict[str, float] = {}

    class Driver(QObject):
        """Presses "next" from the event loop, one press at a time, lesson after lesson."""

        def __init__(self, launch: Any) -> None:
            super().__init__(launch.app)
            self.app = launch.app
            self.running = launch.running
            self.lessons = [lesson.id for lesson in load_pack("da").lessons]
            self.lesson_number = 0
            self.mode: RunMode | None = None
            self.pressed_at: float | None = None
            self.cpu_at = 0.0
            self.seen: set[tuple[str, int, object]] = set()
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self.press)

        def open_next_lesson(self) -> None:
            running = self.running
            if self.mode is not None:
                self.mode.leave()
            lesson_id = self.lessons[self.lesson_number % len(self.lessons)]
            self.lesson_number += 1
            workspace = running.workspace
            class_id = workspace.classes.list_classes()[0].id
            mode = start_lesson(running.window, workspace, class_id, lesson_id, running.settings)
            assert mode is not None and mode.placement is not None
            assert mode.placement.display.name == "Projector", mode.placement
            mode.audience.repainted.connect(self.painted)
            self.mode = mode
            self.timer.start(max(args.interval_ms, 300))  # the first paint of a lesson settles

        def press(self) -> None:
            mode = self.mode
            if mode is None or mode.controller.done:
                self.open_next_lesson()
                return
            self.pressed_at = time.perf_counter()
            self.cpu_at = time.thread_time()
            QTest.keyClick(mode.presenter, Qt.Key.Key_Right)

        def painted(self) -> None:
            if self.pressed_at is None or self.mode is None:
                return
            elapsed = (time.perf_counter() - self.pressed_at) * 1000
            self.pressed_at = None
            samples.append(elapsed)
            cpu_samples.append((time.thread_time() - self.cpu_at) * 1000)
            controller = self.mode.controller
            place = (controller.lesson.id, controller.index, controller.cursor)
            if place not in self.seen:
                self.seen.add(place)
                first_visits.append(elapsed)
            if len(samples) >= args.presses:
                QTimer.singleShot(0, self.finish)
            else:
                self.timer.start(args.interval_ms)

        def finish(self) -> None:
            if self.mode is not None:
                self.mode.leave()
                self.mode = None
            memory["after presses"] = rss_mib()
            QTimer.singleShot(500, self.app.quit)  # deferred deletes run meanwhile

    with launched(["--demo"]) as launch:
        assert launch.running is not None
        running = launch.running
        running.settings.set_value(Setting.PRESENTATION_MUTED, True)
        running.settings.set_value(Setting.PRESENTATION_THEME, args.theme)
        running.window.resize(1440, 900)
        if args.slow_disk_ms:
            slow_commits(args.slow_disk_ms)
        memory["started"] = rss_mib()
        driver = Driver(launch)
        QTimer.singleShot(300, driver.open_next_lesson)
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(launch.app.exec)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
        else:
            launch.app.exec()
        gc.collect()
        left = [w for w in QApplication.topLevelWidgets() if w.objectName() == "audience"]
        memory["after the loop"] = rss_mib()
    where = f"{width}x{height} at {scale * 100} % scaling" if scale != 1 else f"{width}x{height}"
    print(
        f"Next key -> class view repainted, {len(samples)} presses inside app.exec(), presenter"
        f" and class view on two {where} screens (offscreen), {args.theme} theme,"
        f" {args.interval_ms} ms between presses"
        + (f", every commit {args.slow_disk_ms} ms slower" if args.slow_disk_ms else "")
        + ":"
    )
    print(summary("all presses", samples))
    print(summary("first visit of each place", first_visits))
    print(summary("GUI thread's CPU time", cpu_samples))
    print(
        f"  memory: {memory['started']:.0f} MiB at start, {memory['after presses']:.0f} MiB"
        f" after {driver.lesson_number} lessons, {memory['after the loop']:.0f} MiB after the"
        f" event loop; peak {peak_mib():.0f} MiB; class views left: {len(left)}"
    )
    print(f"  goal: median < 16 ms -> {'met' if statistics.median(samples) < 16 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
