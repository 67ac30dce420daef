"""Cross-class groups for an event, made by the partnership solver on a temporary merged roster.

The solver balances a tag per class over the groups, and is told that classmates have met
before, so groups and pairs mix the classes as far as the numbers allow ("no two students of
the same class in a group" where possible). The groups
are stored as the event's temporary roster and deleted when the follow-up is over.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from netwerk_desktop.errors import NotFound
from netwerk_desktop.events.errors import EventError, EventProblem
from netwerk_desktop.events.records import EventPlan
from netwerk_desktop.events.service import read_plan
from netwerk_desktop.grouping import RotationRequest, make_rotation
from netwerk_desktop.grouping.model import Rotation
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.event_models import CommunityEvent, EventGroupMember
from netwerk_desktop.storage.models import Student

GROUP_SIZES = (2, 4)


def class_tag(class_id: int) -> str:
    return f"class:{class_id}"


def classmates_together(rotation: Rotation, class_of: dict[int, int]) -> int:
    """How many two students of one class share a group (0 is a perfect mix)."""
    together = 0
    for group in rotation:
        counts = Counter(class_of[s] for pair in group for s in pair)
        together += sum(n * (n - 1) // 2 for n in counts.values())
    return together


def classes_as_met(class_of: dict[int, int]) -> Rotation:
    """A made-up earlier rotation in which every class was one partnership: to the solver,
    classmates have met already, so it pairs and groups students of different classes."""
    members: dict[int, list[int]] = {}
    for student, class_id in sorted(class_of.items()):
        members.setdefault(class_id, []).append(student)
    return tuple((tuple(students),) for _, students in sorted(members.items()))


def classmates_paired(rotation: Rotation, class_of: dict[int, int]) -> int:
    """How many pairs (or trios) have two students of one class."""
    return sum(
        1 for group in rotation for pair in group if len({class_of[s] for s in pair}) < len(pair)
    )


def fewest_classmates_together(class_sizes: Sequence[int], groups: Sequence[int]) -> int:
    """The lowest `classmates_together` any grouping of these sizes can reach: each class
    spread as evenly as it can be over the groups (a lower bound; the solver's goal)."""
    total = 0
    for size in class_sizes:
        base, extra = divmod(size, len(groups)) if groups else (0, 0)
        for index in range(len(groups)):
            n = base + (1 if index < extra else 0)
            total += n * (n - 1) // 2
    return total


class EventGroupsService(Service):
    def make_groups(
        self, event_id: int, *, group_size: int = 4, seed: int | None = None
    ) -> EventPlan:
        """Groups (of pairs) from the students signed up, mixing the classes; replaces any
        groups made before. Guests are not grouped."""
        if group_size not in GROUP_SIZES:
            raise EventError(EventProblem.BAD_BLOCK, str(group_size))
        with self._reading() as session:
            event = session.get(CommunityEvent, event_id)
            if event is None:
                raise NotFound("event", str(event_id))
            if event.groups_removed_at is not None:
                raise EventError(EventProblem.GROUPS_REMOVED)
            signed = [s.student_id for s in event.signups if s.student_id is not None]
            class_of = {
                student.id: student.class_id
                for student in session.query(Student).filter(Student.id.in_(signed))
                if student.active
            }
        if len(class_of) < group_size:
            raise EventError(EventProblem.TOO_FEW_TO_GROUP, str(len(class_of)), group_size)
        tags = sorted({class_tag(c) for c in class_of.values()})
        request = RotationRequest(
            students=tuple(sorted(class_of)),
            history=(classes_as_met(class_of),),
            tags={s: frozenset({class_tag(c)}) for s, c in class_of.items()},
            balance_tags=tuple(tags),
            group_size=group_size,
            seed=event_id * 7919 if seed is None else seed,
            time_budget_s=1.5,
        )
        rotation = make_rotation(request).rotation
        with self._writing() as session:
            event = session.get(CommunityEvent, event_id)
            assert event is not None
            event.group_members = [
                EventGroupMember(student_id=s, group_number=g, pair_number=p)
                for g, group in enumerate(rotation, start=1)
                for p, pair in enumerate(group, start=1)
                for s in pair
            ]
            session.flush()
            plan = read_plan(session, event)
        self._publish(Change.of(Topic.EVENTS))
        return plan
