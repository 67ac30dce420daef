"""One class's partnerships as the Partnerships screen holds them: what is saved (read from the
services), and what the teacher is working on at the board (a proposal or a change by hand,
pins, who is away today, tags to balance by). Plain Python, so the widgets only draw it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from netwerk_desktop.grouping import (
    RotationWarning,
    Score,
    place_returning,
    rotation_warnings,
    score_rotation,
)
from netwerk_desktop.grouping.model import Mode, Rotation
from netwerk_desktop.services.partnership_records import RotationView, RuleView
from netwerk_desktop.services.records import ClassSummary, StudentRecord

if TYPE_CHECKING:
    from netwerk_desktop.workspace import Workspace

DEFAULT_GROUP_SIZE = 4


@dataclass(frozen=True)
class ClassPartnerships:
    """What the services hold about one class's partnerships, read in one go."""

    summary: ClassSummary
    students: tuple[StudentRecord, ...]  # in the class language's name order, leavers included
    saved: tuple[RotationView, ...]  # oldest first; the last one is the class's partnerships
    planned: tuple[RotationView, ...]  # the season plan, next first
    rules: tuple[RuleView, ...]
    tags: tuple[str, ...]
    # The class's edit version when this was read: a save from here is refused if a colleague
    # changed the class since (a school server), instead of overwriting their change.
    edit_version: int = 0

    @property
    def current(self) -> RotationView | None:
        return self.saved[-1] if self.saved else None

    @property
    def active_students(self) -> tuple[StudentRecord, ...]:
        return tuple(s for s in self.students if s.active)

    def names(self) -> dict[int, str]:
        known = {s.id: s.display_name for s in self.students}
        for view in (*self.saved, *self.planned):
            for group in view.groups:
                for student in group.students:
                    known.setdefault(student.id, student.display_name)
        return known

    def rule_pairs(self) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
        """(keep apart, keep together) as the solver takes them."""
        apart = tuple((r.student_a.id, r.student_b.id) for r in self.rules if r.kind == "apart")
        together = tuple(
            (r.student_a.id, r.student_b.id) for r in self.rules if r.kind == "together"
        )
        return apart, together


def load_class(workspace: Workspace, summary: ClassSummary) -> ClassPartnerships:
    partnerships = workspace.partnerships
    edit_version = workspace.classes.edit_version(summary.id)  # first: a change after it shows
    rotations = partnerships.list_rotations(summary.id)
    return ClassPartnerships(
        summary=summary,
        students=tuple(workspace.roster.list_students(summary.id)),
        saved=tuple(r for r in rotations if r.status == "saved"),
        planned=tuple(r for r in rotations if r.status == "planned"),
        rules=tuple(partnerships.list_rules(summary.id)),
        tags=tuple(workspace.roster.list_tags(summary.id)),
        edit_version=edit_version,
    )


def as_rotation(view: RotationView) -> Rotation:
    """A saved rotation in the solver's terms, in the order the board shows it."""
    return tuple(
        tuple(tuple(s.id for s in pair.students) for pair in group.pairs) for group in view.groups
    )


class Showing(StrEnum):
    NOTHING = "nothing"  # no rotation saved and no proposal
    SAVED = "saved"  # the class's partnerships as saved
    PROPOSAL = "proposal"  # made by the solver, not saved yet
    CHANGED = "changed"  # the saved partnerships, changed by hand, not saved yet


@dataclass(frozen=True)
class BoardCheck:
    score: Score
    warnings: tuple[RotationWarning, ...]


@dataclass(frozen=True)
class BoardBefore:
    """The board as it was before a change by hand."""

    draft: Rotation | None
    showing_proposal: bool
    edited_rotation: int | None
    pins: frozenset[int]
    away: frozenset[int]


@dataclass
class BoardState:
    """The board of one class. A proposal stays until it is saved or put aside, also while
    the saved data changes underneath (it is checked again against the new history)."""

    data: ClassPartnerships
    draft: Rotation | None = None
    showing_proposal: bool = False  # the draft came from the solver (else: the saved, changed)
    mode: Mode = "full"
    seed: int | None = None
    pins: set[int] = field(default_factory=set)
    away: set[int] = field(default_factory=set)
    balance: set[str] = field(default_factory=set)
    edited_rotation: int | None = None  # the saved rotation a change by hand started from
    # What the board was before each swap, pin or place by hand, newest last (Ctrl+Z)
    undo: list[BoardBefore] = field(default_factory=list)

    # What is shown -----------------------------------------------------------------------------

    @property
    def showing(self) -> Showing:
        if self.draft is not None:
            return Showing.PROPOSAL if self.showing_proposal else Showing.CHANGED
        return Showing.SAVED if self.data.current is not None else Showing.NOTHING

    @property
    def rotation(self) -> Rotation | None:
        if self.draft is not None:
            return self.draft
        current = self.data.current
        return None if current is None else as_rotation(current)

    @property
    def group_size(self) -> int:
        current = self.data.current
        return DEFAULT_GROUP_SIZE if current is None else current.group_size

    def on_board(self) -> set[int]:
        rotation = self.rotation or ()
        return {s for group in rotation for pair in group for s in pair}

    def not_placed(self) -> list[StudentRecord]:
        """Active students the board has no place for (away when it was made, or new)."""
        placed = self.on_board()
        return [s for s in self.data.active_students if s.id not in placed]

    # Checking ----------------------------------------------------------------------------------

    def history(self) -> tuple[RotationView, ...]:
        """The rotations the board is compared with: all saved ones before what it shows."""
        if self.showing in (Showing.SAVED, Showing.CHANGED):
            return self.data.saved[:-1]
        return self.data.saved

    def check(self) -> BoardCheck | None:
        rotation = self.rotation
        if not rotation:
            return None
        history = tuple(as_rotation(view) for view in self.history())
        apart, together = self.data.rule_pairs()
        return BoardCheck(
            score_rotation(rotation, history, apart, together),
            rotation_warnings(rotation, history, apart, together, self.group_size),
        )

    # Changing ----------------------------------------------------------------------------------

    def reload(self, data: ClassPartnerships) -> None:
        """New saved data for the same class: keep the work on the board where it still fits."""
        self.data = data
        known = {s.id for s in data.students}
        if self.draft is not None and not self.on_board() <= known:
            self.put_aside()  # a student on it was erased: it cannot be saved any more
        current = data.current
        if self.showing is Showing.CHANGED and (
            current is None or current.id != self.edited_rotation
        ):
            self.put_aside()  # the rotation it changed is gone or no longer the newest
        self.pins &= known
        self.away &= {s.id for s in data.active_students}
        self.balance &= set(data.tags)

    def take_proposal(self, rotation: Rotation, mode: Mode, seed: int) -> None:
        self.draft, self.showing_proposal = rotation, True
        self.mode, self.seed = mode, seed
        self.undo.clear()

    def put_aside(self) -> None:
        self.draft, self.showing_proposal, self.seed = None, False, None
        self.edited_rotation = None
        self.undo.clear()

    def _remember(self) -> None:
        self.undo.append(
            BoardBefore(
                self.draft,
                self.showing_proposal,
                self.edited_rotation,
                frozenset(self.pins),
                frozenset(self.away),
            )
        )

    def undo_change(self) -> bool:
        """Take back the last swap, pin or place by hand; False when there is none."""
        if not self.undo:
            return False
        before = self.undo.pop()
        self.draft, self.showing_proposal = before.draft, before.showing_proposal
        self.edited_rotation = before.edited_rotation
        self.pins, self.away = set(before.pins), set(before.away)
        return True

    def _start_change(self) -> None:
        """The first change by hand to the saved partnerships makes them a draft."""
        if self.draft is None:
            current = self.data.current
            self.showing_proposal = False
            self.edited_rotation = None if current is None else current.id

    def swap(self, a: int, b: int) -> bool:
        """Exchange the places of two students on the board; False when nothing changed."""
        rotation = self.rotation
        if rotation is None or a == b or not {a, b} <= self.on_board():
            return False
        swapped = {a: b, b: a}
        changed = tuple(
            tuple(tuple(swapped.get(s, s) for s in pair) for pair in group) for group in rotation
        )
        if _same_partners(changed, rotation):
            return False
        self._remember()
        self._start_change()
        self.draft = changed
        return True

    def place_here(self, student_id: int) -> None:
        """A student back today joins the unsaved board where they fit best."""
        rotation = self.rotation or ()
        apart, together = self.data.rule_pairs()
        history = tuple(as_rotation(view) for view in self.history())
        placed = place_returning(rotation, student_id, history, apart, together)
        self._remember()
        self._start_change()
        self.draft = placed
        self.away.discard(student_id)

    def toggle_pin(self, student_id: int) -> None:
        self.set_pins([student_id], pinned=student_id not in self.pins)

    def set_pins(self, students: list[int], pinned: bool) -> None:
        """Pin (or unpin) several students as one change (one Ctrl+Z takes it back)."""
        self._remember()
        if pinned:
            self.pins.update(students)
        else:
            self.pins.difference_update(students)


def _same_partners(one: Rotation, other: Rotation) -> bool:
    def shape(rotation: Rotation) -> set[frozenset[frozenset[int]]]:
        return {frozenset(frozenset(pair) for pair in group) for group in rotation}

    return shape(one) == shape(other)
