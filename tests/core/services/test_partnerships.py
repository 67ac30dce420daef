from __future__ import annotations

import pytest

from netwerk_desktop.errors import InvalidValue, NotFound
from netwerk_desktop.grouping import (
    RulesConflict,
    WarningKind,
    meeting_metrics,
    partnership_search,
    plain_groups,
)
from netwerk_desktop.services.partnership_records import MAX_SEASON, RotationChoices
from netwerk_desktop.services.partnerships import to_solver
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.workspace import Workspace

BUDGET = 0.3  # seconds per solver run; the tests check correctness, not quality


def make_class(workspace: Workspace, size: int = 24) -> tuple[ClassSummary, list[int]]:
    summary = workspace.classes.create("2.g")
    students, _ = workspace.roster.add_students(summary.id, [f"Elev {i:02d}" for i in range(size)])
    return summary, [s.id for s in students]


def members(rotation: tuple) -> list[int]:  # type: ignore[type-arg]
    return sorted(s for group in rotation for pair in group for s in pair)


def test_propose_save_and_undo(workspace: Workspace) -> None:
    summary, ids = make_class(workspace)
    proposal = workspace.planner.propose(summary.id, RotationChoices(time_budget_s=BUDGET))
    assert members(proposal.rotation) == sorted(ids)
    assert all(len(group) == 2 for group in proposal.rotation)  # two pairs per group
    assert proposal.score.rule_violations == 0 and proposal.warnings == ()
    # Nothing is saved until the teacher saves, and asking again gives the same proposal
    assert workspace.partnerships.current_rotation(summary.id) is None
    again = workspace.planner.propose(summary.id, RotationChoices(time_budget_s=BUDGET))
    assert again.rotation == proposal.rotation and again.seed == proposal.seed
    saved = workspace.partnerships.save_rotation(summary.id, proposal.rotation, seed=proposal.seed)
    assert saved.number == 1 and saved.starts_on is not None
    assert to_solver(saved) == proposal.rotation
    # A second rotation brings new partners, then undo makes the first current again
    second = workspace.planner.propose(summary.id, RotationChoices(time_budget_s=BUDGET))
    assert second.score.repeated_pairs == 0
    workspace.partnerships.save_rotation(summary.id, second.rotation)
    assert workspace.partnerships.current_rotation(summary.id).number == 2  # type: ignore[union-attr]
    assert workspace.partnerships.undo_last(summary.id).number == 1  # type: ignore[union-attr]
    workspace.partnerships.undo_last(summary.id)
    with pytest.raises(NotFound):
        workspace.partnerships.undo_last(summary.id)


def test_rules_absences_and_a_returning_student(workspace: Workspace) -> None:
    summary, ids = make_class(workspace, 21)
    workspace.partnerships.add_rule(summary.id, "apart", ids[0], ids[1])
    workspace.partnerships.add_rule(summary.id, "together", ids[2], ids[3])
    absent = [ids[4], ids[5]]
    proposal = workspace.planner.propose(
        summary.id, RotationChoices(absent=tuple(absent), time_budget_s=BUDGET)
    )
    assert members(proposal.rotation) == sorted(set(ids) - set(absent))
    for group in proposal.rotation:
        people = {s for pair in group for s in pair}
        assert not {ids[0], ids[1]} <= people
        assert (ids[2] in people) == (ids[3] in people)
    workspace.partnerships.save_rotation(summary.id, proposal.rotation)
    back = workspace.planner.place_returning(summary.id, ids[4])
    assert ids[4] in back.student_ids and len(back.student_ids) == 20
    # Rules that contradict each other are reported, naming the rule
    workspace.partnerships.add_rule(summary.id, "together", ids[0], ids[6])
    workspace.partnerships.add_rule(summary.id, "together", ids[1], ids[6])
    with pytest.raises(RulesConflict):
        workspace.planner.propose(summary.id, RotationChoices(time_budget_s=BUDGET))
    # a pair can hold only one rule: "together" replaces "apart"
    workspace.partnerships.add_rule(summary.id, "together", ids[0], ids[1])
    kinds = {
        (r.student_a.id, r.student_b.id): r.kind
        for r in workspace.partnerships.list_rules(summary.id)
    }
    assert kinds[(ids[0], ids[1])] == "together"


def test_new_pairs_keeps_groups_and_new_groups_keeps_pairs(workspace: Workspace) -> None:
    summary, _ids = make_class(workspace, 16)
    first = workspace.planner.propose(summary.id, RotationChoices(time_budget_s=BUDGET))
    workspace.partnerships.save_rotation(summary.id, first.rotation)
    groups_before = sorted(tuple(sorted(s for p in g for s in p)) for g in first.rotation)
    pairs_before = sorted(p for g in first.rotation for p in g)
    new_pairs = workspace.planner.propose(
        summary.id, RotationChoices(mode="new_pairs", time_budget_s=BUDGET)
    )
    assert sorted(tuple(sorted(s for p in g for s in p)) for g in new_pairs.rotation) == (
        groups_before
    )
    new_groups = workspace.planner.propose(
        summary.id, RotationChoices(mode="new_groups", time_budget_s=BUDGET)
    )
    assert sorted(p for g in new_groups.rotation for p in g) == pairs_before


def test_a_season_plan_runs_to_the_best_known_length(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(partnership_search, "clock", lambda: 0.0)  # the step caps decide
    # Given a class of 28 with one student away in the first rotation
    summary, ids = make_class(workspace, 28)
    first = workspace.planner.propose(
        summary.id, RotationChoices(absent=tuple([ids[0]]), time_budget_s=BUDGET)
    )
    assert first.score.repeated_meetings == 0
    workspace.partnerships.save_rotation(summary.id, first.rotation)
    # When the rest of the design's nine rounds is planned at once
    plan = workspace.planner.plan_season(summary.id, 8, RotationChoices(time_budget_s=BUDGET))
    # Then the whole year meets nobody twice but what the away student's day forced
    rotations = [to_solver(r) for r in workspace.partnerships.list_rotations(summary.id)]
    plain = [plain_groups(r) for r in rotations]
    assert len(plan) == 8 and meeting_metrics(plain).repeated_meetings <= 3
    # And a plan may run to MAX_SEASON rotations, no further
    assert (
        len(
            workspace.planner.plan_season(
                summary.id, MAX_SEASON, RotationChoices(time_budget_s=BUDGET)
            )
        )
        == 13
    )
    with pytest.raises(InvalidValue):
        workspace.planner.plan_season(
            summary.id, MAX_SEASON + 1, RotationChoices(time_budget_s=BUDGET)
        )


def test_season_plan_starts_one_by_one(workspace: Workspace) -> None:
    summary, _ids = make_class(workspace, 20)
    plan = workspace.planner.plan_season(summary.id, 3, RotationChoices(time_budget_s=BUDGET))
    assert [r.status for r in plan] == ["planned"] * 3
    assert workspace.partnerships.current_rotation(summary.id) is None
    started = workspace.partnerships.start_next_planned(summary.id)
    assert started.number == plan[0].number and started.status == "saved"
    assert workspace.partnerships.current_rotation(summary.id) == started
    # Re-planning from the actual history replaces what is left of the plan
    again = workspace.planner.plan_season(summary.id, 2, RotationChoices(time_budget_s=BUDGET))
    rotations = workspace.partnerships.list_rotations(summary.id)
    assert [r.status for r in rotations] == ["saved", "planned", "planned"]
    assert [r.id for r in rotations[1:]] == [r.id for r in again]
    # Saving a rotation made by hand drops a plan made for another history
    workspace.partnerships.save_rotation(summary.id, to_solver(again[0]), kind="manual")
    assert [r.status for r in workspace.partnerships.list_rotations(summary.id)] == [
        "saved",
        "saved",
    ]


def test_board_warnings_and_who_met_whom(workspace: Workspace) -> None:
    summary, _ids = make_class(workspace, 8)
    first = workspace.planner.propose(summary.id, RotationChoices(time_budget_s=BUDGET))
    workspace.partnerships.save_rotation(summary.id, first.rotation)
    # Keeping the same rotation again: every partner pair warns "partners before"
    score, warnings = workspace.planner.check(summary.id, first.rotation)
    assert score.repeated_pairs == 4
    assert {w.kind for w in warnings} == {WarningKind.PARTNERS_BEFORE, WarningKind.MET_BEFORE}
    matrix = workspace.planner.meetings(summary.id)
    assert matrix.rotations == 1 and len(matrix.students) == 8
    (a, b), *_ = first.rotation[0]
    assert matrix.between(a, b).partners == 1 and matrix.between(b, a).group_mates == 1
    history = workspace.planner.partner_history(summary.id, a)
    assert [(row.rotation_number, [p.id for p in row.partners]) for row in history] == [(1, [b])]


def test_erasing_a_student_removes_their_partnerships_and_rules(workspace: Workspace) -> None:
    summary, ids = make_class(workspace, 8)
    workspace.partnerships.add_rule(summary.id, "apart", ids[0], ids[1])
    proposal = workspace.planner.propose(summary.id, RotationChoices(time_budget_s=BUDGET))
    workspace.partnerships.save_rotation(summary.id, proposal.rotation)
    report = workspace.privacy.erase_student(ids[0])
    assert report.complete
    assert ids[0] not in workspace.partnerships.current_rotation(summary.id).student_ids  # type: ignore[union-attr]
    assert workspace.partnerships.list_rules(summary.id) == []
