"""Meeting metrics, the score of a rotation and the weight of earlier meetings."""

from __future__ import annotations

from netwerk_desktop.grouping import Score, meeting_metrics, repeat_lower_bound, score_rotation
from netwerk_desktop.grouping.meetings import meeting_history
from netwerk_desktop.grouping.model import Rotation


def test_meeting_metrics_by_hand() -> None:
    rounds = [
        [(0, 1, 2), (3, 4, 5)],
        [(0, 3, 4), (1, 2, 5)],  # 3-4 and 1-2 meet again
        [(0, 1, 2), (3, 4, 5)],  # everyone of round 1 again; 3-4 and 1-2 a third time
    ]
    metrics = meeting_metrics(rounds)
    # pairs: 0-1 x2, 0-2 x2, 1-2 x3, 3-4 x3, 3-5 x2, 4-5 x2, 0-3, 0-4, 1-5, 2-5 once
    assert metrics.repeated_meetings == 1 + 1 + 2 + 2 + 1 + 1
    assert metrics.rounds_before_first_repeat == 1
    assert metrics.max_meetings == 3
    assert metrics.fewest_distinct_partners == 3  # 1: 0, 2, 5
    assert metrics.pairs_met == 10


def test_meeting_metrics_of_nothing() -> None:
    metrics = meeting_metrics([])
    assert (metrics.repeated_meetings, metrics.rounds_before_first_repeat) == (0, 0)
    assert (metrics.max_meetings, metrics.fewest_distinct_partners) == (0, 0)


def test_lower_bound() -> None:
    # 3 rounds of two triples on 6 students: 18 meetings, 15 pairs
    rounds = [[(0, 1, 2), (3, 4, 5)]] * 3
    assert repeat_lower_bound(6, rounds) == 3
    assert repeat_lower_bound(6, rounds[:1]) == 0


def test_the_lower_bound_counts_each_students_group_mates() -> None:
    # 8 students in two groups of four for three rounds: 36 meetings, 28 pairs, so 8 repeats
    # by counting; each student has 9 group-mates among 7 classmates, 2 too many: 8 again
    full = [[(0, 1, 2, 3), (4, 5, 6, 7)]] * 3
    assert repeat_lower_bound(8, full) == 8
    # With 4 to 7 away for the last three rounds, counting says 2 (30 meetings, 28 pairs);
    # but 0 to 3 have 12 group-mates each among 7 classmates: 20 too many, so 10 repeats
    away = [full[0], *[[(0, 1, 2, 3)]] * 3]
    assert repeat_lower_bound(8, away) == 10
    assert meeting_metrics(away).repeated_meetings == 18


EARLIER: Rotation = (((1, 2), (3, 4)), ((5, 6), (7, 8)))


def test_score_rotation_by_hand() -> None:
    # Given 1-2 were partners and 1, 3 shared a group before
    rotation: Rotation = (((1, 2), (5, 7)), ((3, 6), (4, 8)))
    score = score_rotation(rotation, (EARLIER,), keep_apart=((1, 5),), keep_together=((3, 4),))
    assert score == Score(
        new_pairs=3,  # 5-7, 3-6, 4-8
        repeated_pairs=1,  # 1-2
        repeated_meetings=4,  # 1-2, 5-7, 3-4 and 6-8 shared a group before
        fewest_new_partners=2,  # everyone met one of their three group-mates before
        rule_violations=1,  # 1 and 5 must be apart; 3 and 4 are together
    )


def test_a_rule_about_an_absent_student_is_not_broken() -> None:
    rotation: Rotation = (((1, 2),),)
    assert score_rotation(rotation, (), keep_together=((1, 9),)).rule_violations == 0


def test_partners_weigh_three_group_meetings() -> None:
    counts = meeting_history((EARLIER,))
    assert counts.strength(1, 2) == 3  # partners
    assert counts.strength(1, 3) == 1  # group-mates
    assert counts.strength(1, 5) == 0
    assert counts.pairwise_cost(1, 2) == 0  # one meeting costs nothing
    twice = meeting_history((EARLIER, EARLIER))
    assert twice.pairwise_cost(1, 2) == 9  # partners twice: 3 * 3
    assert twice.pairwise_cost(1, 3) == 1  # group-mates twice: 1 * 1
