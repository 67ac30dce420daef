"""Benchmark: 20 teachers on one school server at once, a school day's operations each.

Each teacher is a process of its own (a classroom PC) with its own PostgreSQL login and local
data folder, connected through ServerWorkspace (row-level security on). After a start line
they all: open Home, run three lessons step by step (each step saved, a tally on the way),
save the charter, open Home between lessons, and save a rotation. A short think time between
clicks keeps it a classroom's pace rather than a tight loop on 2 cores. Afterwards the server
is read as the IT to count lost or duplicated writes: every step saved exactly once, every
second accounted for, nothing left in any journal.

    tools/with_postgres.sh .venv/bin/python bench/school_server.py [--teachers 20]
    .venv/bin/python bench/school_server.py --server postgresql://admin@host/postgres

Goal (issue 17): p95 < 100 ms for opening Home and for saving a lesson step; zero lost.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402

from netwerk_desktop.content import load_pack  # noqa: E402
from netwerk_desktop.paths import DataLocation  # noqa: E402
from netwerk_desktop.server.connection import make_server_engine  # noqa: E402
from netwerk_desktop.server.roles import add_teacher, init_server  # noqa: E402
from netwerk_desktop.server.workspace import ServerWorkspace  # noqa: E402

DATABASE = "netwerk_bench"
LESSONS_PER_DAY = 3
THINK_SECONDS = (0.5, 1.5)  # between two clicks (in a lesson: minutes)


def libpq(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def prepare(admin: URL, teachers: int) -> list[tuple[str, str]]:
    with psycopg.connect(libpq(admin), autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")  # type: ignore[arg-type]
        connection.execute(f"CREATE DATABASE {DATABASE}")  # type: ignore[arg-type]
    engine = make_server_engine(admin.set(database=DATABASE))
    try:
        init_server(engine)
        logins = []
        for number in range(teachers):
            login = f"bench_teacher_{number:02d}"
            password = f"bench-password-{number:02d}"
            add_teacher(engine, login, password)
            logins.append((login, password))
        return logins
    finally:
        engine.dispose()


def school_day(
    admin: str, login: str, password: str, folder: str, start: Any, results: Any
) -> None:
    url = make_url(admin).set(database=DATABASE)._replace(username=login, password=password)
    random.seed(login)
    lessons = load_pack("da").lessons[:LESSONS_PER_DAY]
    home_ms: list[float] = []
    step_ms: list[float] = []
    expected: dict[str, Any] = {"steps": 0, "seconds": 0}
    workspace = ServerWorkspace.connect(DataLocation(Path(folder)), url)
    try:
        summary, students = workspace.classes.create_with_students(
            f"Klasse {login[-2:]}", [f"Elev {n:02d}" for n in range(24)], "2026/27"
        )
        workspace.warm_up()  # as the app does right after its first paint
        start.wait()

        def open_home() -> None:
            began = time.perf_counter()
            classes = workspace.class_overview()
            workspace.next_lessons([c.id for c in classes])
            home_ms.append((time.perf_counter() - began) * 1000)

        for lesson in lessons:
            open_home()
            run = workspace.lessons.start(summary.id, lesson)
            steps = [step.id for step in lesson.steps]
            for left, entered in itertools.pairwise(steps):
                time.sleep(random.uniform(*THINK_SECONDS))
                seconds = random.randint(20, 400)
                began = time.perf_counter()
                workspace.lessons.step_changed(run.run_id, left, seconds, entered)
                step_ms.append((time.perf_counter() - began) * 1000)
                expected["steps"] += 1
                expected["seconds"] += seconds
            workspace.lessons.save_tally(run.run_id, steps[-1], {"yes": 12, "no": 11})
            workspace.lessons.finish(run.run_id, steps[-1], 30)
            expected["steps"] += 1
            expected["seconds"] += 30
            workspace.charter.save(
                summary.id, [f"Regel {n}" for n in range(lessons.index(lesson) + 1)]
            )
        ids = [s.id for s in students]
        rotation = tuple(
            (tuple(ids[i : i + 2]), tuple(ids[i + 2 : i + 4])) for i in range(0, len(ids), 4)
        )
        workspace.partnerships.save_rotation(
            summary.id, rotation, expected_version=workspace.classes.edit_version(summary.id)
        )
        open_home()
        results.put(
            {
                "login": login,
                "class": summary.name,
                "home_ms": home_ms,
                "step_ms": step_ms,
                "expected": expected,
                "pending": workspace.pending_writes(),
            }
        )
    finally:
        workspace.close()


def count_writes(admin: URL) -> dict[str, tuple[int, int]]:
    """Per class, as the IT sees it: step visits saved, and their seconds."""
    sql = """
        SELECT c.name, count(v.id), coalesce(sum(v.seconds), 0)
        FROM school_class c JOIN lesson_run r ON r.class_id = c.id
        JOIN step_visit v ON v.run_id = r.id GROUP BY c.name
    """
    with psycopg.connect(libpq(admin.set(database=DATABASE))) as connection:
        return {name: (steps, seconds) for name, steps, seconds in connection.execute(sql)}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teachers", type=int, default=20)
    parser.add_argument(
        "--server", default=os.environ.get("NETWERK_TEST_POSTGRES"), help="an admin address"
    )
    args = parser.parse_args()
    if not args.server:
        print("No PostgreSQL: run through tools/with_postgres.sh or give --server.")
        return 2
    admin = make_url(args.server)
    logins = prepare(admin, args.teachers)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(args.teachers + 1)
    results = context.Queue()
    with tempfile.TemporaryDirectory(prefix="netwerk-bench-") as folders:
        processes = [
            context.Process(
                target=school_day,
                args=(args.server, login, password, f"{folders}/{login}", start, results),
            )
            for login, password in logins
        ]
        for process in processes:
            process.start()
        start.wait()
        began = time.perf_counter()
        reports = [results.get(timeout=600) for _ in processes]
        wall = time.perf_counter() - began
        for process in processes:
            process.join()
    saved = count_writes(admin)
    home = [ms for report in reports for ms in report["home_ms"]]
    # The first Home after connecting compiles its queries: 20 PCs at the bell, all cold.
    first_home = [report["home_ms"][0] for report in reports]
    later_home = [ms for report in reports for ms in report["home_ms"][1:]]
    steps = [ms for report in reports for ms in report["step_ms"]]
    lost = duplicated = 0
    for report in reports:
        expected = report["expected"]
        got_steps, got_seconds = saved.get(report["class"], (0, 0))
        lost += max(0, expected["steps"] - got_steps)
        duplicated += max(0, got_steps - expected["steps"])
        if got_seconds != expected["seconds"]:
            lost += 1 if got_seconds < expected["seconds"] else 0
            duplicated += 1 if got_seconds > expected["seconds"] else 0
    pending = sum(report["pending"] or 0 for report in reports)
    print(f"School server: {len(reports)} teachers at once, {wall:.1f} s of school day")
    print(
        f"  open Home:         n={len(home):4d}  p50 {statistics.median(home):6.1f} ms"
        f"  p95 {percentile(home, 0.95):6.1f} ms  max {max(home):6.1f} ms"
    )
    print(
        f"    first after start: n={len(first_home):3d}"
        f"  p50 {statistics.median(first_home):6.1f} ms"
        f"  p95 {percentile(first_home, 0.95):6.1f} ms;  later: n={len(later_home):3d}"
        f"  p50 {statistics.median(later_home):6.1f} ms  p95 {percentile(later_home, 0.95):6.1f} ms"
    )
    print(
        f"  save a lesson step: n={len(steps):4d}  p50 {statistics.median(steps):6.1f} ms"
        f"  p95 {percentile(steps, 0.95):6.1f} ms  max {max(steps):6.1f} ms"
    )
    print(
        f"  writes: {sum(r['expected']['steps'] for r in reports)} steps sent,"
        f" lost {lost}, duplicated {duplicated}, still waiting on a PC {pending}"
    )
    return 0 if lost == duplicated == pending == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
