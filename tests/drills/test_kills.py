"""Random kill -9 during import, handouts, erase, backup and restore: zero losses, zero
unfinished erasures.

A model of the data (class -> student names) is kept beside the real data folder. Each trial
runs one command in a forked child (zygote.py) and kills it with SIGKILL at a random moment
inside the command's usual duration. Then the test opens the data as the app would and checks:
- the data is exactly as before the command or exactly as after it (nothing else: no loss,
  no half import, no half restore), and the model follows;
- no erased student is in the data or in any backup, and no erasure is left pending;
- every listed backup passes the full check; a restore that happened left a backup of the data
  from before it; an output file is either absent or whole.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.backup import backup_files, check_backup_file, list_backups
from netwerk_desktop.storage.migrate import KNOWN_REVISIONS
from netwerk_desktop.storage.sqlite_file import connect_read_only
from netwerk_desktop.workspace import Workspace
from tests.drills.conftest import record

ROOT = Path(__file__).resolve().parents[2]
# Trials go on until this many were really killed (a command that finished before its kill
# is checked all the same), at most MAX_TRIALS.
KILLS = int(os.environ.get("NETWERK_DRILL_KILLS", "100"))
MAX_TRIALS = 3 * KILLS
SIZE_CLASSES = 150
SEED = int(os.environ.get("NETWERK_DRILL_SEED", "13"))
OPERATIONS = ("import", "make", "erase", "backup", "backup-to", "restore")

Content = frozenset[tuple[str, str]]


def content_of(database: Path) -> Content:
    connection = connect_read_only(database, immutable=True)
    try:
        rows = connection.execute(
            "SELECT c.name, s.display_name FROM student s JOIN school_class c ON c.id = s.class_id"
        ).fetchall()
        classes = connection.execute("SELECT name FROM school_class").fetchall()
    finally:
        connection.close()
    # A class without students is part of the content too (an import must not leave one).
    return frozenset({(str(c), str(n)) for c, n in rows} | {(str(c[0]), "") for c in classes})


class Zygote:
    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.drills.zygote"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, argv: list[str], delay: float) -> dict[str, object]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"argv": argv, "delay": delay}) + "\n")
        self._process.stdin.flush()
        return dict(json.loads(self._process.stdout.readline()))

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    started = Zygote()
    yield started
    started.close()


@dataclass
class Drill:
    location: DataLocation
    outputs: Path
    rng: random.Random
    content: Content = frozenset()
    erased: set[tuple[str, str]] = field(default_factory=set)
    durations: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    counter: int = 0

    def cli(self, *argv: str) -> list[str]:
        return ["--data-dir", str(self.location.data_dir), *argv]

    def students(self) -> list[tuple[str, str]]:
        return sorted((c, n) for c, n in self.content if n)


def _prepare(tmp_path: Path) -> Drill:
    location = DataLocation(tmp_path / "data")
    with Workspace.open(location) as workspace:
        names = [f"Elev {n:02d}" for n in range(24)]
        workspace.classes.create_with_students("2.g", names)
        # A year's worth of classes, so copies, restores and erasures take long enough for
        # kills to land inside them, not only in start-up.
        for number in range(SIZE_CLASSES):
            workspace.classes.create_with_students(
                f"Z{number}", [f"Elev Z{number} {i} {'x' * 40}" for i in range(30)]
            )
        workspace.backup_now("manual")
    drill = Drill(location, tmp_path / "out", random.Random(SEED))
    drill.outputs.mkdir()
    drill.content = content_of(location.database)
    return drill


def _trial(drill: Drill, operation: str) -> tuple[list[str], Content | None, Path | None]:
    """The command, the content expected if it completes (None: unchanged), and its output."""
    drill.counter += 1
    n = drill.counter
    if operation == "import":
        roster = drill.outputs / f"names-{n}.csv"
        roster.write_text(
            "Navn\n" + "".join(f"Elev {n}-{i}\n" for i in range(12)), encoding="utf-8"
        )
        after = drill.content | {(f"K{n}", f"Elev {n}-{i}") for i in range(12)} | {(f"K{n}", "")}
        return drill.cli("roster", "import", "--class", f"K{n}", str(roster)), after, None
    if operation == "make":
        out = drill.outputs / f"sheet-{n}.pdf"
        argv = drill.cli(
            "handouts", "make", "--class", "2.g", "--kind", "worksheet",
            "--lesson", "community", "--per-student", "--out", str(out),
        )  # fmt: skip
        return argv, None, out
    if operation == "erase":
        class_name, name = drill.rng.choice(drill.students())
        after = drill.content - {(class_name, name)}
        argv = drill.cli("students", "erase", "--class", class_name, name, "--yes")
        return argv, after, None
    if operation == "backup":
        return drill.cli("backup"), None, None
    if operation == "backup-to":
        out = drill.outputs / f"copy-{n}.sqlite3"
        return drill.cli("backup", "--to", str(out)), None, out
    chosen = drill.rng.choice(list_backups(drill.location.backup_dir))
    return drill.cli("restore", str(chosen.path)), content_of(chosen.path), None


def _check(
    drill: Drill, operation: str, before: Content, after: Content | None, out: Path | None
) -> None:
    problems = drill.problems
    location = drill.location
    try:
        with Workspace.open(location) as workspace:
            if not workspace.health().ok:
                problems.append(f"{operation}: the database does not check")
    except Exception as exc:  # any refusal after a kill is a failure of the drill
        problems.append(f"{operation}: the data did not open: {exc!r}")
        return
    now = content_of(location.database)
    expected_after = before if after is None else after
    if now == expected_after:
        if operation == "erase":
            drill.erased |= before - now
        drill.content = now
    elif now == before:
        drill.content = now
    else:
        problems.append(f"{operation}: the data is neither as before nor as after")
        drill.content = now
    if location.pending_erasures.exists():
        problems.append(f"{operation}: an erasure is still pending after opening")
    copies = [info.path for info in backup_files(location.backup_dir)]
    for path in copies:
        try:
            check_backup_file(path, KNOWN_REVISIONS)
        except Exception as exc:
            problems.append(f"{operation}: {path.name} is listed but not sound: {exc}")
            continue
        for erased in drill.erased & content_of(path):
            problems.append(f"{operation}: erased {erased} is still in {path.name}")
    for erased in drill.erased & now:
        problems.append(f"{operation}: erased {erased} is back in the data")
    if operation == "restore" and now != before and after is not None and now == after:
        restores = [b for b in list_backups(location.backup_dir) if b.reason == "before-restore"]
        if not restores or content_of(restores[0].path) != before:
            problems.append("restore: the data from before the restore was not backed up")
    if out is not None and out.exists():
        data = out.read_bytes()
        if out.suffix == ".pdf" and not (data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]):
            problems.append(f"make: {out.name} is not a whole PDF")
        if out.suffix == ".sqlite3":
            try:
                check_backup_file(out, KNOWN_REVISIONS)
            except Exception as exc:
                problems.append(f"backup --to: {out.name} is not sound: {exc}")


def test_random_kills_lose_nothing_and_leave_no_erasure_unfinished(
    tmp_path: Path, zygote: Zygote
) -> None:
    drill = _prepare(tmp_path)
    # Calibrate: each command once, not killed, to know how long it usually takes.
    for operation in OPERATIONS:
        before = drill.content
        argv, after, out = _trial(drill, operation)
        result = zygote.run(argv, delay=60.0)
        assert not result["killed"] and result["status"] == 0, (operation, result)
        drill.durations[operation] = float(result["seconds"])  # type: ignore[arg-type]
        _check(drill, operation, before, after, out)
    assert drill.problems == []
    per_area: dict[str, list[int]] = {op: [0, 0, 0] for op in OPERATIONS}  # trials, failed, killed
    killed_total = 0
    for _ in range(MAX_TRIALS):
        if killed_total >= KILLS:
            break
        operation = drill.rng.choice(OPERATIONS)
        if operation == "erase" and not drill.students():
            operation = "import"
        before = drill.content
        argv, after, out = _trial(drill, operation)
        delay = drill.rng.uniform(0.0, drill.durations[operation])
        result = zygote.run(argv, delay)
        known = len(drill.problems)
        if result["status"] == 99:
            drill.problems.append(f"{operation}: a traceback")
        _check(drill, operation, before, after, out)
        per_area[operation][0] += 1
        per_area[operation][1] += len(drill.problems) > known
        per_area[operation][2] += bool(result["killed"])
        killed_total += bool(result["killed"])
    for operation, (trials, failed, killed) in per_area.items():
        record(f"kill -9 during {operation} ({killed} killed)", trials, failed)
    assert killed_total >= KILLS, f"only {killed_total} trials were actually killed"
    assert drill.problems == [], "\n".join(drill.problems[:20])
