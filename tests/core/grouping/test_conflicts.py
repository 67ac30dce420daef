"""Rules that cannot all be kept raise RulesConflict naming them, as structured values."""

from __future__ import annotations

import pytest

from netwerk_desktop.grouping import (
    ConflictKind,
    RotationRequest,
    Rule,
    RuleKind,
    RulesConflict,
    make_rotation,
)

CLASS = tuple(range(1, 17))  # 16 students: four groups of four


def conflict_of(request: RotationRequest) -> RulesConflict:
    with pytest.raises(RulesConflict) as caught:
        make_rotation(request)
    return caught.value


def test_apart_and_together_on_one_pair() -> None:
    conflict = conflict_of(RotationRequest(CLASS, keep_apart=((1, 2),), keep_together=((2, 1),)))
    assert conflict.kind == ConflictKind.APART_AND_TOGETHER
    assert set(conflict.rules) == {
        Rule(RuleKind.KEEP_APART, (1, 2)),
        Rule(RuleKind.KEEP_TOGETHER, (2, 1)),
    }


def test_apart_at_the_ends_of_a_together_chain_names_the_chain() -> None:
    conflict = conflict_of(
        RotationRequest(
            CLASS,
            keep_apart=((1, 4), (5, 6)),
            keep_together=((1, 2), (2, 3), (3, 4), (7, 8)),
        )
    )
    assert conflict.kind == ConflictKind.APART_AND_TOGETHER
    assert {r.students for r in conflict.rules} == {(1, 4), (1, 2), (2, 3), (3, 4)}


def test_a_locked_pair_counts_as_together() -> None:
    conflict = conflict_of(RotationRequest(CLASS, keep_apart=((1, 2),), locked_pairs=((1, 2),)))
    assert conflict.kind == ConflictKind.APART_AND_TOGETHER


def test_a_together_chain_larger_than_a_group() -> None:
    chain = tuple((i, i + 1) for i in range(1, 6))  # six students held together
    conflict = conflict_of(RotationRequest(CLASS, keep_together=chain))
    assert conflict.kind == ConflictKind.GROUP_TOO_BIG
    assert {r.students for r in conflict.rules} == set(chain)


def test_a_student_in_two_locked_pairs() -> None:
    conflict = conflict_of(RotationRequest(CLASS, locked_pairs=((1, 2), (2, 3))))
    assert conflict.kind == ConflictKind.LOCKED_PAIRS_OVERLAP


def test_more_keep_apart_than_groups_names_only_the_rules_that_matter() -> None:
    # 8 students in two groups: 1, 2 and 3 cannot all be apart; 4-5 is irrelevant
    conflict = conflict_of(
        RotationRequest(tuple(range(1, 9)), keep_apart=((1, 2), (4, 5), (2, 3), (1, 3)))
    )
    assert conflict.kind == ConflictKind.NO_ARRANGEMENT
    assert {r.students for r in conflict.rules} == {(1, 2), (2, 3), (1, 3)}


def test_rules_about_absent_students_do_not_conflict() -> None:
    request = RotationRequest(CLASS, keep_apart=((1, 99),), keep_together=((1, 99),))
    assert make_rotation(request).score.rule_violations == 0


def test_the_message_for_the_command_line() -> None:
    conflict = conflict_of(RotationRequest(CLASS, keep_apart=((1, 2),), keep_together=((1, 2),)))
    assert str(conflict) == (
        "impossible: these rules keep two students both apart and together: "
        "keep together 1, 2; keep apart 1, 2"
    )


@pytest.mark.parametrize(
    "request_",
    [
        RotationRequest(CLASS, group_size=3),
        RotationRequest((1, 1, 2)),
        RotationRequest(CLASS, keep_apart=((1, 1),)),
        RotationRequest(CLASS, locked_pairs=((1, 2, 3, 4),)),
        RotationRequest(CLASS, locked_students=(1,)),
        RotationRequest(CLASS, time_budget_s=0),
    ],
)
def test_caller_mistakes_are_value_errors_naming_the_field(request_: RotationRequest) -> None:
    with pytest.raises(ValueError, match="RotationRequest"):
        make_rotation(request_)
