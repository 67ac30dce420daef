"""Benchmark: SQL statements and milliseconds of the data paths behind the partnerships screen
and Home, with a year of history.

A class of 40 students (two tags each, 8 rules) with 30 saved rotations, the same class with 5
rotations to show whether a count grows with history, and 60 classes of 25 on Home with lesson
runs. Statements are counted with an SQLAlchemy engine event listener; milliseconds are the
median of RUNS calls with the services loaded (the first call warms them up).

    .venv/bin/python bench/partnerships_data.py [--runs 7]

Goal (issue 14): statements per path do not grow with the number of rotations or classes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, event  # noqa: E402

from netwerk_desktop.content import load_pack  # noqa: E402
from netwerk_desktop.paths import DataLocation  # noqa: E402
from netwerk_desktop.workspace import Workspace  # noqa: E402

CLASS_SIZE = 40
LONG, SHORT = 30, 5  # rotations of the two partnership classes
HOME_CLASSES, HOME_SIZE = 60, 25
STATEMENTS = [0]


def _count(*_args: Any) -> None:
    STATEMENTS[0] += 1


def random_rotation(ids: list[int], rng: random.Random) -> tuple[tuple[tuple[int, ...], ...], ...]:
    order = ids[:]
    rng.shuffle(order)
    pairs = [tuple(sorted(order[i : i + 2])) for i in range(0, len(order), 2)]
    return tuple(tuple(pairs[i : i + 2]) for i in range(0, len(pairs), 2))


def partnership_class(workspace: Workspace, name: str, rotations: int) -> int:
    rng = random.Random(rotations)
    summary = workspace.classes.create(name)
    students, _ = workspace.roster.add_students(
        summary.id, [f"Elev {i:02d} Ærø" for i in range(CLASS_SIZE)]
    )
    ids = [s.id for s in students]
    for i, student in enumerate(students):
        workspace.roster.set_student_tags(student.id, [f"line {i % 3}", "girl" if i % 2 else "boy"])
    for a, b in list(zip(ids[::2], ids[1::2], strict=True))[:8]:
        workspace.partnerships.add_rule(summary.id, "apart", a, b + 2 if b + 2 in ids else b)
    for _ in range(rotations):
        workspace.partnerships.save_rotation(summary.id, random_rotation(ids, rng))
    return summary.id


def fill(data_dir: Path) -> tuple[int, int]:
    lessons = load_pack("da").lessons
    with Workspace.open(DataLocation(data_dir)) as workspace:
        long_id = partnership_class(workspace, "3.x", LONG)
        short_id = partnership_class(workspace, "3.y", SHORT)
        for number in range(HOME_CLASSES - 2):
            created = workspace.classes.create(f"Hjem {number:02d}")
            workspace.roster.add_students(
                created.id, [f"Elev {number}-{i:02d}" for i in range(HOME_SIZE)]
            )
            for lesson in lessons[: number % 4]:
                workspace.lessons.mark_done(created.id, lesson)
            if number % 3 == 0:
                workspace.lessons.start(created.id, lessons[number % 4])
    return long_id, short_id


def measure(runs: int, path: Callable[[], object]) -> tuple[int, float]:
    """Statements of one call, and the median milliseconds of `runs` calls."""
    path()  # warm: services, content, caches
    STATEMENTS[0] = 0
    path()
    statements = STATEMENTS[0]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        path()
        times.append((time.perf_counter() - start) * 1000)
    return statements, statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    event.listen(Engine, "before_cursor_execute", _count)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        long_id, short_id = fill(data)
        with Workspace.open(DataLocation(data)) as workspace:
            workspace.warm_up()
            planner = workspace.planner
            paths: list[tuple[str, Callable[[int], object]]] = [
                ("rotations (list_rotations)", workspace.partnerships.list_rotations),
                ("History data (meetings + partners)", lambda c: history(planner, c)),
                ("Partnerships open (load_class)", lambda c: partnerships_screen(workspace, c)),
                ("rules (list_rules)", workspace.partnerships.list_rules),
                ("students (list_students)", workspace.roster.list_students),
                ("solver request (planner.request)", planner.request),
            ]
            print(f"Data paths, {CLASS_SIZE} students, median of {args.runs} runs:")
            print(f"  {'path':<38}{'rotations':>10}{'statements':>12}{'ms':>9}")
            for label, path in paths:
                for class_id, count in ((short_id, SHORT), (long_id, LONG)):
                    statements, ms = measure(args.runs, lambda p=path, c=class_id: p(c))
                    print(f"  {label:<38}{count:>10}{statements:>12}{ms:>9.1f}")
            ids = [s.id for s in workspace.classes.list_classes()]
            for count in (10, HOME_CLASSES):
                chosen = ids[:count]

                def home(chosen: list[int] = chosen) -> object:
                    workspace.class_overview()
                    return workspace.next_lessons(chosen)

                statements, ms = measure(args.runs, home)
                label = f"Home ({count} classes: overview + next)"
                print(f"  {label:<38}{'':>10}{statements:>12}{ms:>9.1f}")
    return 0


def partnerships_screen(workspace: Workspace, class_id: int) -> object:
    """What the Partnerships screen reads when it opens a class (the UI's load_class)."""
    return (
        workspace.partnerships.list_rotations(class_id),
        workspace.roster.list_students(class_id),
        workspace.partnerships.list_rules(class_id),
        workspace.roster.list_tags(class_id),
    )


def history(planner: Any, class_id: int) -> object:
    """What the History tab reads: the meeting matrix and one student's partners."""
    matrix = planner.meetings(class_id)
    return planner.partner_history(class_id, matrix.students[0].id)


if __name__ == "__main__":
    sys.exit(main())
