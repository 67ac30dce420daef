"""Who has worked with whom, and one student's partners rotation by rotation, from rotations
already read. Pure functions without SQL: the service calls them after its reads, and the
History tab calls them with the rotations the Partnerships screen already holds, so a click
never reads the history again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

from netwerk_desktop.services.partnership_records import (
    MeetingCounts,
    MeetingMatrix,
    PartnerHistoryRow,
    RotationView,
)
from netwerk_desktop.services.records import StudentRecord


def meeting_matrix(
    students: Iterable[StudentRecord], rotations: Sequence[RotationView]
) -> MeetingMatrix:
    """The class's active students (and anyone in a rotation), how often each two met."""
    counts: dict[tuple[int, int], list[int]] = {}
    people: dict[int, StudentRecord] = {s.id: s for s in students if s.active}
    for rotation in rotations:
        for group in rotation.groups:
            pair_of = {s.id: pair.number for pair in group.pairs for s in pair.students}
            for a, b in combinations(sorted(group.students, key=lambda s: s.id), 2):
                people.setdefault(a.id, a)
                people.setdefault(b.id, b)
                entry = counts.setdefault((a.id, b.id), [0, 0])
                entry[1] += 1
                if pair_of[a.id] == pair_of[b.id]:
                    entry[0] += 1
    frozen = {k: MeetingCounts(v[0], v[1]) for k, v in counts.items()}
    return MeetingMatrix(_cluster_order(list(people.values()), frozen), frozen, len(rotations))


def partner_history(rotations: Sequence[RotationView], student_id: int) -> list[PartnerHistoryRow]:
    rows = []
    for rotation in rotations:
        for group in rotation.groups:
            for pair in group.pairs:
                if any(s.id == student_id for s in pair.students):
                    partners = tuple(s for s in pair.students if s.id != student_id)
                    mates = tuple(
                        s for s in group.students if s.id != student_id and s not in partners
                    )
                    rows.append(
                        PartnerHistoryRow(rotation.number, rotation.starts_on, partners, mates)
                    )
    return rows


def _cluster_order(
    students: list[StudentRecord], counts: dict[tuple[int, int], MeetingCounts]
) -> tuple[StudentRecord, ...]:
    """Students who met often end up next to each other, so clusters show as blocks."""

    def strength(a: StudentRecord, b: StudentRecord) -> int:
        met = counts.get((min(a.id, b.id), max(a.id, b.id)))
        return 0 if met is None else 2 * met.partners + met.group_mates

    remaining = sorted(students, key=lambda s: (s.display_name.casefold(), s.id))
    if not remaining:
        return ()
    rank = {s.id: place for place, s in enumerate(remaining)}  # ties go to the name order
    order = [max(remaining, key=lambda s: sum(strength(s, o) for o in remaining))]
    remaining.remove(order[0])
    while remaining:
        last = order[-1]
        following = max(remaining, key=lambda s: (strength(last, s), -rank[s.id]))
        order.append(following)
        remaining.remove(following)
    return tuple(order)
