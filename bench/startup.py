"""Start-up: time and peak memory from launch to the first painted main window, then quit.

Netwerk Desktop (with 12 classes x 30 students) next to a bare PySide6 QMainWindow started the
same way in the same run, and the ratios. Goal: time ratio <= 3.0, memory ratio <= 1.6.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.installEventFilter(FirstPaint(app))
window.show()
sys.exit(app.exec())
"""


def fill(data_dir: Path) -> None:
    from netwerk_desktop.paths import DataLocation
    from netwerk_desktop.workspace import Workspace

    with Workspace.open(DataLocation(data_dir)) as workspace:
        for number in range(12):
            created = workspace.classes.create(f"{number + 1}.{'abcdefghijkl'[number]}")
            names = [f"Elev {number}-{i:02d} Ærø" for i in range(30)]
            workspace.roster.add_students(created.id, names)


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"{command} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss / 1024.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        fill(data)
        app = [sys.executable, "main.py", "--data-dir", str(data), "--quit-after-show"]
        bare = [sys.executable, "-c", BARE]
        measure(app)  # warm the disk cache and the daily backup once
        measure(bare)
        results: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            results["bare"].append(measure(bare))
            results["app"].append(measure(app))
    print(f"Start-up to first paint and quit, median of {args.runs} runs (offscreen):")
    medians = {}
    for name, runs in results.items():
        seconds = statistics.median(r[0] for r in runs)
        memory = statistics.median(r[1] for r in runs)
        medians[name] = (seconds, memory)
        label = "bare PySide6 QMainWindow" if name == "bare" else "Netwerk Desktop, 12x30"
        print(f"  {label:<28} {seconds * 1000:7.0f} ms  {memory:7.1f} MiB peak RSS")
    time_ratio = medians["app"][0] / medians["bare"][0]
    memory_ratio = medians["app"][1] / medians["bare"][1]
    print(f"  ratio time {time_ratio:.2f} (goal <= 3.0), memory {memory_ratio:.2f} (goal <= 1.6)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
