"""Hard rules and the structured error raised when they cannot all be kept."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netwerk_desktop.grouping.model import StudentId


class RuleKind(StrEnum):
    KEEP_APART = "keep_apart"
    KEEP_TOGETHER = "keep_together"
    LOCKED_PAIR = "locked_pair"
    LOCKED_STUDENTS = "locked_students"  # locked students who share a group in the current rotation
    CURRENT_PAIR = "current_pair"  # a pair kept by "new groups"
    CURRENT_GROUP = "current_group"  # a group kept by "new pairs"


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    students: tuple[StudentId, ...]

    def __str__(self) -> str:
        return f"{self.kind.value.replace('_', ' ')} {', '.join(map(str, self.students))}"


class ConflictKind(StrEnum):
    APART_AND_TOGETHER = "apart_and_together"  # two students must be both apart and together
    GROUP_TOO_BIG = "group_too_big"  # students who must share a group do not fit in one
    LOCKED_PAIRS_OVERLAP = "locked_pairs_overlap"  # a student is held in two different pairs
    TOO_MANY_TRIOS = "too_many_trios"  # locked trios leave too few students for pairs
    NO_ARRANGEMENT = "no_arrangement"  # together these rules leave no way to form the groups


_SENTENCES = {
    ConflictKind.APART_AND_TOGETHER: "these rules keep two students both apart and together",
    ConflictKind.GROUP_TOO_BIG: "these rules put more students in one group than a group holds",
    ConflictKind.LOCKED_PAIRS_OVERLAP: "these rules hold one student in two different pairs",
    ConflictKind.TOO_MANY_TRIOS: "these locked trios leave too few students to form pairs",
    ConflictKind.NO_ARRANGEMENT: "no arrangement of the groups keeps all of these rules",
}


class RulesConflict(Exception):
    """The hard rules cannot all be kept; `rules` is a smallest set found that conflicts."""

    def __init__(self, kind: ConflictKind, rules: tuple[Rule, ...]) -> None:
        super().__init__(kind, rules)
        self.kind = kind
        self.rules = rules

    def __str__(self) -> str:
        listed = "; ".join(str(rule) for rule in self.rules)
        return f"impossible: {_SENTENCES[self.kind]}: {listed}"
