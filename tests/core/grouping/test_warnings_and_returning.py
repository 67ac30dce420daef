"""Board warnings after a manual change, and a student coming back from absence."""

from __future__ import annotations

import pytest

from netwerk_desktop.grouping import (
    ConflictKind,
    RotationWarning,
    RulesConflict,
    WarningKind,
    place_returning,
    rotation_warnings,
)
from netwerk_desktop.grouping.model import Rotation, rotation_students

FIRST: Rotation = (((1, 2), (3, 4)), ((5, 6), (7, 8)))
SECOND: Rotation = (((1, 5), (2, 7)), ((3, 8), (4, 6)))


def test_met_before_names_the_latest_rotation() -> None:
    now: Rotation = (((1, 2), (3, 6)), ((4, 8), (5, 7)))
    warnings = rotation_warnings(now, (FIRST, SECOND))
    met, partners = WarningKind.MET_BEFORE, WarningKind.PARTNERS_BEFORE
    assert set(warnings) == {
        RotationWarning(partners, (1, 2), rotation_index=0, group_index=0),
        RotationWarning(met, (1, 3), rotation_index=0, group_index=0),
        RotationWarning(met, (2, 3), rotation_index=0, group_index=0),
        RotationWarning(met, (3, 6), rotation_index=1, group_index=0),
        RotationWarning(met, (4, 8), rotation_index=1, group_index=1),
        RotationWarning(met, (5, 8), rotation_index=0, group_index=1),
        RotationWarning(met, (7, 8), rotation_index=0, group_index=1),
        RotationWarning(met, (5, 7), rotation_index=1, group_index=1),  # the later of two
    }


def test_rules_and_sizes_are_warned() -> None:
    now: Rotation = (((1, 2, 3, 4), (5, 6)), ((7,),))
    warnings = rotation_warnings(now, (), keep_apart=((1, 5),), keep_together=((6, 7),))
    kinds = {w.kind: w for w in warnings}
    assert kinds[WarningKind.BREAKS_KEEP_APART].students == (1, 5)
    assert kinds[WarningKind.BREAKS_KEEP_TOGETHER].students == (6, 7)
    assert kinds[WarningKind.GROUP_TOO_BIG].group_index == 0
    assert kinds[WarningKind.GROUP_TOO_SMALL].students == (7,)
    assert kinds[WarningKind.PAIR_TOO_BIG].students == (1, 2, 3, 4)
    assert kinds[WarningKind.PAIR_TOO_SMALL].students == (7,)


def test_a_clean_rotation_has_no_warnings() -> None:
    assert rotation_warnings(FIRST, ()) == ()
    pairs_only: Rotation = (((1, 2),), ((3, 4, 5),))
    assert rotation_warnings(pairs_only, (), group_size=2) == ()


def test_returning_student_joins_a_student_whose_partner_is_away() -> None:
    # 4 is absent, so 3 sits alone in group 0
    now: Rotation = (((1, 2), (3,)), ((5, 6), (7, 8)))
    placed = place_returning(now, 9, (FIRST,))
    assert placed == (((1, 2), (3, 9)), ((5, 6), (7, 8)))


def test_returning_student_splits_a_lone_trio_into_two_pairs() -> None:
    now: Rotation = (((1, 2), (3, 4)), ((5, 6, 7),))
    placed = place_returning(now, 8, ())
    group = next(g for g in placed if 8 in {s for p in g for s in p})
    assert sorted(len(p) for p in group) == [2, 2]
    assert sorted(rotation_students(placed)) == list(range(1, 9))


def test_returning_student_avoids_earlier_partners_and_keeps_rules() -> None:
    now: Rotation = (((1, 3), (5, 7)), ((2, 4), (6, 8)))
    # 9 was partnered with 1 and 3 before, and must stay apart from 6
    history: Rotation = (((1, 9), (2, 10)), ((3, 9), (4, 11)))
    placed = place_returning(now, 9, (history,), keep_apart=((9, 6),))
    group = next(g for g in placed if any(9 in p for p in g))
    pair = next(p for p in group if 9 in p)
    assert 6 not in {s for p in group for s in p}
    assert len(pair) == 3 and 1 not in pair and 3 not in pair


def test_returning_student_with_no_allowed_group_names_the_rules() -> None:
    now: Rotation = (((1, 2), (3, 4)),)
    with pytest.raises(RulesConflict) as caught:
        place_returning(now, 9, (), keep_apart=((9, 1),))
    assert caught.value.kind == ConflictKind.NO_ARRANGEMENT
    assert [r.students for r in caught.value.rules] == [(9, 1)]
    with pytest.raises(ValueError, match="already"):
        place_returning(now, 1)
