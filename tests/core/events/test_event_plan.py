"""Planning an event: purpose, classes, programme with its balance, team, checklist, sign-up."""

from __future__ import annotations

from datetime import date, time

import pytest

from netwerk_desktop.events.errors import EventError, EventProblem
from netwerk_desktop.events.records import Block, BlockKind, TeamMember, Tip
from netwerk_desktop.workspace import Workspace
from tests.core.events.conftest import class_ids

DAY = date(2027, 9, 24)


def test_an_event_starts_with_the_five_tips_and_follow_up_for_every_class(
    school: Workspace,
) -> None:
    ids = class_ids(school)
    plan = school.events.create(
        "Fælles morgenmad",
        DAY,
        ids[:2],
        purpose="Alle i 1.g lærer nogen fra en anden klasse at kende",
        place="Kantinen",
        starts_at=time(8, 0),
    )
    assert [c.name for c in plan.classes] == ["1.a", "1.b"]
    assert [i.tip for i in plan.checklist] == [
        Tip.VISION,
        Tip.INFORMAL,
        Tip.MIX,
        Tip.TEAM,
        Tip.FOLLOW_UP,
    ]
    assert len(plan.follow_ups) == 8  # four steps for each of the two classes
    assert {f.due_on for f in plan.follow_ups} == {
        date(2027, 9, 25),
        date(2027, 10, 1),
        date(2027, 10, 24),
    }
    # The school's approval is a free-text step of its own, not a workflow
    plan = school.events.add_own_step(plan.id, "Godkendt af rektor")
    assert plan.checklist[-1].tip is Tip.OWN and plan.checklist[-1].text == "Godkendt af rektor"
    plan = school.events.check(plan.id, plan.checklist[-1].id, True)
    assert plan.checklist[-1].done


def test_the_balance_bar_warns_when_informal_time_is_missing(school: Workspace) -> None:
    plan = school.events.create("Dag", DAY, class_ids(school)[:1], starts_at=time(9, 0))
    plan = school.events.set_blocks(
        plan.id,
        [
            Block(BlockKind.CONTENT, "Velkomst", 20, "Mette"),
            Block(BlockKind.ACTIVITY, "Enten-eller", 40, activity_id="either-or"),
        ],
    )
    assert plan.balance.informal_missing
    assert [b.starts_at for b in plan.blocks] == [time(9, 0), time(9, 20)]
    plan = school.events.set_blocks(
        plan.id, [*plan.blocks, Block(BlockKind.INFORMAL, "Frokost", 30)]
    )
    assert not plan.balance.informal_missing
    assert (plan.balance.content, plan.balance.activity, plan.balance.informal) == (20, 40, 30)
    assert not plan.balance.one_kind_only
    with pytest.raises(EventError) as caught:
        school.events.set_blocks(plan.id, [Block(BlockKind.INFORMAL, " ", 30)])
    assert caught.value.problem is EventProblem.BAD_BLOCK
    assert len(school.events.get(plan.id).blocks) == 3  # nothing was lost


def test_team_sign_up_and_guests_by_name_only(school: Workspace) -> None:
    ids = class_ids(school)
    plan = school.events.create("Tur", DAY, ids[:2])
    student = school.roster.list_students(ids[0])[0]
    other_class = school.roster.list_students(ids[2])[0]
    plan = school.events.set_team(
        plan.id,
        [
            TeamMember("Tovholder", colleague_name="Mette Lund"),
            TeamMember("Vært", student_id=student.id),
        ],
    )
    assert [(m.name, m.role) for m in plan.team] == [
        ("Mette Lund", "Tovholder"),
        (student.display_name, "Vært"),
    ]
    with pytest.raises(EventError) as caught:
        school.events.sign_up(plan.id, [other_class.id])
    assert caught.value.problem is EventProblem.NOT_IN_EVENT
    plan = school.events.sign_up_everyone(plan.id)
    assert len(plan.attendees) == 17
    plan = school.events.add_guest(plan.id, "  Bedstemor   Inge ")
    assert plan.attendees[-1].name == "Bedstemor Inge" and plan.attendees[-1].guest
    # Taking a class out takes its students off the list and the team
    plan = school.events.set_classes(plan.id, [ids[1]])
    assert {a.class_name for a in plan.attendees if not a.guest} == {"1.b"}
    assert [m.name for m in plan.team] == ["Mette Lund"]
    assert {f.class_name for f in plan.follow_ups} == {"1.b"}


def test_an_event_needs_a_title_and_a_class(school: Workspace) -> None:
    with pytest.raises(EventError) as caught:
        school.events.create("  ", DAY, class_ids(school))
    assert caught.value.problem is EventProblem.NO_TITLE
    with pytest.raises(EventError) as caught:
        school.events.create("Dag", DAY, [])
    assert caught.value.problem is EventProblem.NO_CLASSES
    assert school.events.list_events() == []
