"""What the audience window may show: plain frames built by the controller.

A frame holds only what is meant for the projector. Teacher notes, the roster and anything
private never enter one, so the audience window cannot show them even by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Blank(StrEnum):
    NONE = "none"
    BLACK = "black"  # B or .
    CALM = "calm"  # W: the theme's calm screen


class Layout(StrEnum):
    FLOW = "flow"  # title, text, questions or rules
    EITHER_OR = "either_or"
    SORTING = "sorting"
    TALLY = "tally"
    GROUPS = "groups"  # the partnerships, when the teacher shows them


class BlockKind(StrEnum):
    TEXT = "text"  # content text: paragraphs and **bold**
    QUESTION = "question"  # set apart in a box
    RULE = "rule"  # a numbered line of the class charter
    HEADING = "heading"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True)
class PhaseView:
    labels: tuple[str, ...]  # every phase of the step, in order, in the class's language
    current: int  # 0-based


@dataclass(frozen=True)
class StatementView:
    text: str
    left: str
    right: str
    counter: str  # "Statement 2 of 6", in the class's language


@dataclass(frozen=True)
class SortingView:
    cards: tuple[str, ...]
    categories: tuple[str, ...]
    low: str | None  # an axis from low to high instead of categories
    high: str | None


@dataclass(frozen=True)
class TallyBar:
    label: str
    count: int | None  # None: fewer than 3, so nobody is singled out
    earlier: int | None = None  # the same option in an earlier lesson, if compared
    earlier_hidden: bool = False  # the earlier count was below 3


@dataclass(frozen=True)
class TallyView:
    question: str
    bars: tuple[TallyBar, ...]
    shown: bool  # counts are in and the teacher showed them
    fewer_text: str  # "fewer than 3"
    now_label: str = ""
    earlier_label: str = ""  # set when an earlier result is compared

    @property
    def compared(self) -> bool:
        return bool(self.earlier_label)


@dataclass(frozen=True)
class GroupCard:
    heading: str
    pairs: tuple[tuple[str, ...], ...]  # display names only


@dataclass(frozen=True)
class AudienceFrame:
    layout: Layout
    title: str
    blocks: tuple[Block, ...] = ()
    phase: PhaseView | None = None
    statement: StatementView | None = None
    sorting: SortingView | None = None
    tally: TallyView | None = None
    groups: tuple[GroupCard, ...] = ()
    page: int = 0  # which page of a long text; the window knows how many there are
    blank: Blank = Blank.NONE
    calm_title: str = "Netwerk"

    def texts(self) -> list[str]:
        """Every string the frame could put on the screen (tests check nothing private leaks)."""
        found = [self.title, *(block.text for block in self.blocks)]
        if self.phase is not None:
            found.extend(self.phase.labels)
        if self.statement is not None:
            s = self.statement
            found.extend([s.text, s.left, s.right, s.counter])
        if self.sorting is not None:
            found.extend(self.sorting.cards + self.sorting.categories)
            found.extend(x for x in (self.sorting.low, self.sorting.high) if x)
        if self.tally is not None:
            found.append(self.tally.question)
            found.extend(bar.label for bar in self.tally.bars)
        for group in self.groups:
            found.append(group.heading)
            found.extend(name for pair in group.pairs for name in pair)
        return found


@dataclass(frozen=True)
class TimerView:
    remaining: int  # seconds left in the current phase or step (0 when time is up)
    planned: int  # seconds planned for it
    running: bool
    ended: bool  # time is up: the gentle visual cue
    paused_text: str = ""  # "Paused 4:12" in the class's language, while the timer waits

    @property
    def text(self) -> str:
        minutes, seconds = divmod(max(0, self.remaining), 60)
        return f"{minutes}:{seconds:02d}"

    @property
    def paused(self) -> bool:
        return not self.running and not self.ended

    @property
    def shown_text(self) -> str:
        """What the class sees: the time, and that the timer waits when it does."""
        return self.paused_text if self.paused and self.paused_text else self.text

    @property
    def fraction_left(self) -> float:
        return 0.0 if self.planned <= 0 else max(0.0, min(1.0, self.remaining / self.planned))
