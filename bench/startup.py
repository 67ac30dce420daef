"""Start-up: time and peak memory from launch to the first painted main window, then quit.

Netwerk Desktop (with 12 classes x 30 students) next to a bare PySide6 QMainWindow started the
same way in the same run, and the ratios. Goal: time ratio <= 3.0, memory ratio <= 1.6.

Python compiles a module to bytecode (.pyc) the first time it imports it, and keeps the result
in __pycache__; `make run` compiles at install, so a teacher's first start does not pay for it.
The bench measures both and says which is which: "with .pyc" runs the checkout after
compiling it as `make run` does (and reports how many of the app's modules have bytecode);
"without .pyc" runs a copy of the app's own packages with no bytecode and
PYTHONDONTWRITEBYTECODE set, as a fresh checkout starts the first time, or any start where
Python may not write __pycache__ (the dependencies keep the bytecode pip made). It also gives
the peak memory of a start that stays open until the services (and SQLAlchemy) have loaded in
the background, which is what the app holds from its first click on.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 7] [--with-pyc-only]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PACKAGES = ("netwerk_desktop", "ui")

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

# Starts the app as main.py does, and quits once the background warm-up after the first paint
# is done (the app starts it with run_in_background; this adds the quit to its callbacks).
WARMED = """
import importlib, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
for name in ("ui.shell.app", "ui.app"):
    try:
        app_module = importlib.import_module(name)
        break
    except ModuleNotFoundError:
        continue
started = app_module.run_in_background

def then_quit(work, parent=None, **callbacks):
    done = lambda *_: QTimer.singleShot(0, QApplication.quit)
    callbacks.setdefault("succeeded", done)
    callbacks.setdefault("failed", done)
    return started(work, parent, **callbacks)

app_module.run_in_background = then_quit
sys.exit(app_module.main(sys.argv[1:]))
"""


def fill(data_dir: Path) -> None:
    from netwerk_desktop.paths import DataLocation
    from netwerk_desktop.workspace import Workspace

    with Workspace.open(DataLocation(data_dir)) as workspace:
        for number in range(12):
            created = workspace.classes.create(f"{number + 1}.{'abcdefghijkl'[number]}")
            names = [f"Elev {number}-{i:02d} Ærø" for i in range(30)]
            workspace.roster.add_students(created.id, names)


def measure(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident memory (MiB) and CPU seconds of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"{command} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def compiled_share(root: Path) -> tuple[int, int]:
    """How many of the app's modules under root have an up-to-date .pyc, of how many."""
    sources = [p for package in PACKAGES for p in (root / package).rglob("*.py")]
    compiled = 0
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
            compiled += 1
    return compiled, len(sources)


def fresh_copy(into: Path) -> Path:
    """The app's own packages and main.py without bytecode; resources linked, not copied."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, into / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy2(ROOT / "main.py", into / "main.py")
    (into / "resources").symlink_to(ROOT / "resources")
    return into


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--with-pyc-only", action="store_true", help="skip the start without bytecode"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, "-m", "compileall", "-q", *PACKAGES], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        fill(data)
        app_args = ["--data-dir", str(data)]
        env = dict(os.environ)
        no_bytecode = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
        copy = ROOT if args.with_pyc_only else fresh_copy(Path(tmp) / "fresh")
        commands = {
            "bare": ([sys.executable, "-c", BARE], ROOT, env),
            "app": ([sys.executable, "main.py", *app_args, "--quit-after-show"], ROOT, env),
            "app, no .pyc": (
                [sys.executable, "main.py", *app_args, "--quit-after-show"],
                copy,
                no_bytecode,
            ),
            "warmed": ([sys.executable, "-c", WARMED, *app_args], ROOT, env),
        }
        if args.with_pyc_only:
            del commands["app, no .pyc"]
        for command, cwd, child_env in commands.values():
            measure(command, cwd, child_env)  # warm the disk cache and the daily backup once
        compiled, modules = compiled_share(ROOT)
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so machine noise hits all alike
            for name, (command, cwd, child_env) in commands.items():
                results[name].append(measure(command, cwd, child_env))
    medians = {
        name: tuple(statistics.median(r[i] for r in runs) for i in range(3))
        for name, runs in results.items()
    }
    labels = {
        "bare": "bare PySide6 QMainWindow",
        "app": "Netwerk Desktop, with .pyc",
        "app, no .pyc": "Netwerk Desktop, without .pyc",
        "warmed": "with .pyc, until warmed up",
    }
    print(f"Start-up to first paint and quit, median of {args.runs} runs (offscreen):")
    print(f"  with .pyc: compiled as make run does; {compiled} of {modules} modules have it")
    for name, (seconds, memory, cpu) in medians.items():
        print(
            f"  {labels[name]:<32} {seconds * 1000:7.0f} ms  {memory:7.1f} MiB peak RSS"
            f"  {cpu * 1000:7.0f} ms CPU"
        )
    bare_s, bare_mib, bare_cpu = medians["bare"]
    for name in ("app", "app, no .pyc"):
        if name in medians:
            seconds, memory, cpu = medians[name]
            print(
                f"  {labels[name]}: ratio time {seconds / bare_s:.2f} (goal <= 3.0; CPU "
                f"{cpu / bare_cpu:.2f}), memory {memory / bare_mib:.2f} (goal <= 1.6)"
            )
    warmed = medians["warmed"][1]
    print(f"  after the warm-up: memory {warmed / bare_mib:.2f} of the bare window's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
