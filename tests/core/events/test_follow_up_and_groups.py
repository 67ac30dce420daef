"""Cross-class groups from the partnership solver on a temporary merged roster, the follow-up
on the classes' timelines, and the roster deleting itself when the follow-up is over."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from netwerk_desktop.events.errors import EventError, EventProblem
from netwerk_desktop.events.mixing import (
    classmates_paired,
    classmates_together,
    fewest_classmates_together,
)
from netwerk_desktop.events.records import FollowUpKind
from netwerk_desktop.workspace import Workspace
from tests.core.events.conftest import Clock, class_ids

DAY = date(2027, 9, 24)


def _student_ids_in_event_tables(workspace: Workspace) -> dict[str, int]:
    """Walk the database: every event table with a student column, and its rows."""
    db = sqlite3.connect(workspace.location.database)
    try:
        found = {}
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if not table.startswith("event_"):
                continue
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            if "student_id" in columns:
                found[table] = db.execute(
                    f"SELECT count(*) FROM {table} WHERE student_id IS NOT NULL"
                ).fetchone()[0]
        return found
    finally:
        db.close()


def test_groups_mix_the_classes_as_far_as_the_numbers_allow(school: Workspace) -> None:
    ids = class_ids(school)
    plan = school.events.create("Tværfaglig dag", DAY, ids)
    plan = school.events.sign_up_everyone(plan.id)
    plan = school.event_groups.make_groups(plan.id)
    placed = [a for g in plan.groups for pair in g.pairs for a in pair]
    assert len(placed) == 24 and len({a.student_id for a in placed}) == 24
    class_of = {a.student_id: a.class_name for a in placed}
    rotation = tuple(
        tuple(tuple(a.student_id for a in pair) for pair in g.pairs) for g in plan.groups
    )
    sizes = [sum(len(p) for p in g.pairs) for g in plan.groups]
    together = classmates_together(rotation, class_of)  # type: ignore[arg-type]
    # 9 + 8 + 7 students over 6 groups of 4: some classmates must share a group, but no more
    # than spreading each class evenly needs
    assert together == fewest_classmates_together([9, 8, 7], sizes)
    # and no partners from one class
    assert classmates_paired(rotation, class_of) == 0  # type: ignore[arg-type]


def test_follow_up_is_due_on_its_days_and_the_groups_go_when_it_is_done(
    school: Workspace, clock: Clock
) -> None:
    ids = class_ids(school)
    plan = school.events.create("Morgenmad", DAY, ids[:2])
    school.events.sign_up_everyone(plan.id)
    school.event_groups.make_groups(plan.id)
    assert _student_ids_in_event_tables(school)["event_group_member"] == 17

    assert school.follow_ups.due(DAY) == []
    due = school.follow_ups.due(DAY + timedelta(days=1))
    assert {(d.class_name, d.kind) for d in due} == {
        ("1.a", FollowUpKind.THANK_YOU),
        ("1.b", FollowUpKind.THANK_YOU),
    }
    clock.set_day(DAY + timedelta(days=1))
    for item in due:
        school.follow_ups.set_done(item.id)
    week = school.follow_ups.due(DAY + timedelta(days=7))
    assert {d.kind for d in week} == {FollowUpKind.PARTNER_TALK, FollowUpKind.TALLY}
    tally = next(d for d in week if d.kind is FollowUpKind.TALLY)
    with pytest.raises(EventError) as caught:
        school.follow_ups.set_done(tally.id, tally_yes=12, tally_of=9)
    assert caught.value.problem is EventProblem.BAD_TALLY
    for item in week:
        counts = {"tally_yes": 7, "tally_of": 9} if item.kind is FollowUpKind.TALLY else {}
        school.follow_ups.set_done(item.id, **counts)  # type: ignore[arg-type]
    assert school.follow_ups.timeline(tally.class_id)[2].tally_yes == 7
    # The reunion still uses the groups
    assert _student_ids_in_event_tables(school)["event_group_member"] == 17
    for item in school.follow_ups.due(date(2027, 10, 24)):
        school.follow_ups.set_done(item.id)
    # All done: the merged roster deleted itself, and new groups cannot be made
    assert _student_ids_in_event_tables(school)["event_group_member"] == 0
    plan = school.events.get(plan.id)
    assert plan.groups == () and plan.groups_removed
    with pytest.raises(EventError) as caught:
        school.event_groups.make_groups(plan.id)
    assert caught.value.problem is EventProblem.GROUPS_REMOVED


def test_the_groups_go_after_the_follow_up_time_even_when_nobody_ticks_it_off(
    school: Workspace,
) -> None:
    plan = school.events.create("Tur", DAY, class_ids(school)[:1])
    school.events.sign_up_everyone(plan.id)
    school.event_groups.make_groups(plan.id)
    assert school.follow_ups.remove_expired_groups(date(2027, 11, 1)) == 0
    assert school.follow_ups.remove_expired_groups(date(2027, 11, 7)) == 1
    assert _student_ids_in_event_tables(school)["event_group_member"] == 0
    assert school.events.get(plan.id).follow_ups  # the steps themselves stay


def test_moving_the_event_moves_its_open_steps(school: Workspace) -> None:
    plan = school.events.create("Tur", DAY, class_ids(school)[:1])
    plan = school.events.update(plan.id, held_on=DAY + timedelta(days=3))
    assert min(f.due_on for f in plan.follow_ups) == DAY + timedelta(days=4)
