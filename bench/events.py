"""Benchmark: events and the teachers' network on the teacher's path, with figures printed.

- cross-class groups for 3 classes of 28-30 students (the solver on the merged roster):
  wall time, and how many classmates share a group against the lowest any grouping allows;
- an event's handouts: first-name badges for all of them and the programme poster;
- the network: planning 3 school years for 9 schools, an agenda read (carried actions
  included) with 30 meetings stored, and importing a pack of 30 meetings (first and again).

    .venv/bin/python bench/events.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (30, 29, 28)


def timed(action: object, runs: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    from netwerk_desktop.events.mixing import (
        classmates_paired,
        classmates_together,
        fewest_classmates_together,
    )
    from netwerk_desktop.events.prints import EventPrint, print_event
    from netwerk_desktop.paths import DataLocation
    from netwerk_desktop.teachers_network.records import AgendaLine, ItemKind
    from netwerk_desktop.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        with Workspace.open(DataLocation(Path(tmp) / "data")) as ws:
            ids = []
            for index, size in enumerate(SIZES):
                created = ws.classes.create(f"1.{'abc'[index]}", "2027/28", "da")
                ws.roster.add_students(
                    created.id, [f"Elev{index}{n:02d} Efternavn{n}" for n in range(size)]
                )
                ids.append(created.id)
            plan = ws.events.create("Tværfaglig dag", date(2027, 9, 24), ids)
            ws.events.sign_up_everyone(plan.id)
            seconds, plan = timed(lambda: ws.event_groups.make_groups(plan.id))
            class_of = {a.student_id: a.class_name for g in plan.groups for p in g.pairs for a in p}
            rotation = tuple(
                tuple(tuple(a.student_id for a in pair) for pair in g.pairs) for g in plan.groups
            )
            sizes = [sum(len(p) for p in g.pairs) for g in plan.groups]
            got = classmates_together(rotation, class_of)  # type: ignore[arg-type]
            best = fewest_classmates_together(list(SIZES), sizes)
            print(
                f"groups for {sum(SIZES)} students of 3 classes: {seconds * 1000:.0f} ms, "
                f"{len(plan.groups)} groups, classmates sharing a group {got}"
                f" (lowest possible {best}), pairs from one class"
                f" {classmates_paired(rotation, class_of)}"  # type: ignore[arg-type]
            )
            out = Path(tmp)
            for kind in (EventPrint.BADGES, EventPrint.POSTER, EventPrint.GROUP_CARDS):
                seconds, _ = timed(
                    lambda kind=kind: print_event(
                        plan,
                        kind,
                        out / f"{kind.value}.pdf",
                        school_name="",
                        printed_on=date.today(),
                    ),
                    3,
                )
                print(f"{kind.value} ({sum(SIZES)} students): {seconds * 1000:.0f} ms median of 3")

            for n in range(9):
                ws.network.save_school(f"Skole {n + 1}", can_host=n % 4 != 0)
            seconds, planned = timed(lambda: ws.meetings.plan(date(2027, 8, 1), 3), 5)
            print(
                f"plan 3 school years, 9 schools: {seconds * 1000:.1f} ms ({len(planned)} meetings)"
            )
            meetings = ws.meetings.save_plan(date(2027, 8, 1), 10)
            for meeting in meetings[:10]:
                ws.meetings.add_action(meeting.id, "Opgave", "Mette")
            last = meetings[-1].id
            seconds, read = timed(lambda: ws.meetings.meeting(last), 5)
            print(
                f"read an agenda with {len(meetings)} meetings stored, "
                f"{len(read.carried_actions)} carried actions: {seconds * 1000:.1f} ms"
            )
            ws.meetings.set_agenda(meetings[0].id, [AgendaLine(ItemKind.EXCHANGE, "", 60)])
            pack = ws.network_files.export_pack(out / "pack.json")
        with Workspace.open(DataLocation(Path(tmp) / "other")) as other:
            seconds, result = timed(lambda: other.network_files.import_pack(pack))
            print(f"import a pack of {result.added} meetings: {seconds * 1000:.0f} ms")  # type: ignore[attr-defined]
            seconds, result = timed(lambda: other.network_files.import_pack(pack))
            print(f"import it again: {seconds * 1000:.0f} ms, unchanged {result.unchanged}")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
