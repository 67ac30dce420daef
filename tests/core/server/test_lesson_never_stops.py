"""The lesson never stops: PostgreSQL is stopped in the middle of a lesson run, the teacher
keeps stepping, counting hands and editing the charter; when it is back, everything arrives
once — nothing lost, nothing twice."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select

from netwerk_desktop.content import load_pack
from netwerk_desktop.server.journal import JournalEntry
from netwerk_desktop.server_errors import ServerError
from netwerk_desktop.storage.lesson_models import StepVisit
from netwerk_desktop.storage.models import JournalEntry as AppliedMark
from tests.core.server.conftest import TeacherFactory
from tests.postgres import server_control

needs_control = pytest.mark.skipif(
    "NETWERK_TEST_PG_CTL" not in os.environ,
    reason="stopping the server needs the test cluster of tools/with_postgres.sh",
)


@needs_control
def test_stop_the_server_mid_lesson_keep_stepping_nothing_lost_nothing_twice(
    teacher_on_server: TeacherFactory,
) -> None:
    anna = teacher_on_server("pc-a")
    changes: list[object] = []
    anna.changes.subscribe(changes.append)
    class_id = anna.classes.create("7A").id
    lesson = load_pack("da").lessons[0]
    steps = [step.id for step in lesson.steps]
    run = anna.lessons.start(class_id, lesson)
    anna.lessons.step_changed(run.run_id, steps[0], 30, steps[1])
    assert anna.journal_state().all_sent
    # When the server stops in the middle of the lesson
    server_control("stop")
    try:
        anna.lessons.step_changed(run.run_id, steps[1], 40, steps[2])
        anna.lessons.save_tally(run.run_id, steps[2], {"yes": 11, "no": 4})
        anna.charter.save(class_id, ["Vi hilser på hinanden"])
        anna.lessons.step_changed(run.run_id, steps[2], 50, steps[3])
        anna.lessons.save_position(run.run_id, steps[3], 12)
        # Then the lesson goes on: every write is kept on this PC, and the state says so
        state = anna.journal_state()
        assert state.waiting == 5 and not state.all_sent
        with pytest.raises(ServerError):
            anna.charter.current(class_id)  # reads need the server
    finally:
        server_control("start")
    # When the server is back, the journal is sent once
    assert anna.send_journal().all_sent
    assert anna.send_journal().all_sent  # again: nothing more to send
    # Then the progress, the tally and the charter are all there, once each
    with anna.engine.connect() as connection:
        visits = connection.execute(
            select(StepVisit.step_id, func.sum(StepVisit.seconds))
            .where(StepVisit.run_id == run.run_id)
            .group_by(StepVisit.step_id)
        ).all()
        marks = connection.scalar(select(func.count()).select_from(AppliedMark))
    assert dict(visits) == {steps[0]: 30, steps[1]: 40, steps[2]: 50}
    assert marks == 6  # every lesson write goes through the journal, the first one too
    tally = anna.lessons.tally(run.run_id, steps[2])
    assert tally is not None and tally.count("yes") == 11 and tally.count("no") == 4
    charter = anna.charter.history(class_id)
    assert [c.rules for c in charter] == [("Vi hilser på hinanden",)]
    records = [r for r in anna.lessons.runs(class_id) if r.id == run.run_id]
    assert records[0].current_step_id == steps[3] and records[0].current_step_seconds == 12
    assert any("journal" in str(change) for change in changes)


def test_an_entry_sent_before_a_crash_is_not_applied_again(
    teacher_on_server: TeacherFactory,
) -> None:
    # Given an entry that reached the server but stayed in the file (a kill in between)
    anna = teacher_on_server("pc-a")
    class_id = anna.classes.create("7A").id
    lesson = load_pack("da").lessons[0]
    steps = [step.id for step in lesson.steps]
    run = anna.lessons.start(class_id, lesson)
    anna.lessons.step_changed(run.run_id, steps[0], 30, steps[1])
    entry = JournalEntry(
        "0f6b1c1e-1111-4222-8333-944455556666",
        "step_changed",
        {
            "run_id": run.run_id,
            "left_step_id": steps[1],
            "seconds": 20,
            "entered_step_id": steps[2],
        },
        "2026-12-04T10:00:00",
    )
    anna.journal._write([entry])
    assert anna.send_journal().all_sent
    anna.journal._write([entry])  # the file still had it
    # When it is sent again, then the server keeps it once
    assert anna.send_journal().all_sent
    with anna.engine.connect() as connection:
        seconds = connection.scalar(
            select(func.sum(StepVisit.seconds)).where(
                StepVisit.run_id == run.run_id, StepVisit.step_id == steps[1]
            )
        )
    assert seconds == 20
    assert not anna.journal.refused_file.exists()
