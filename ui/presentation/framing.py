"""Turning a step (and where the class is inside it) into a frame for the audience.

Only the step's audience parts are read here: its audience title and text, the statements,
cards, questions and options. Teacher notes and cases never go into a frame.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from netwerk_desktop.content import (
    Charter,
    Discussion,
    EitherOr,
    PartnershipMeeting,
    Reflection,
    Sorting,
    Step,
    Tally,
)
from netwerk_desktop.content.navigation import Cursor
from netwerk_desktop.rosters.names import isolated
from netwerk_desktop.services.partnership_records import RotationView
from ui.presentation import words as w
from ui.presentation.frames import (
    AudienceFrame,
    Block,
    BlockKind,
    GroupCard,
    Layout,
    PhaseView,
    SortingView,
    StatementView,
    TallyBar,
    TallyView,
)
from ui.presentation.words import AudienceWords

# Below this many, a count is shown as "fewer than 3" so no small group is singled out.
SMALLEST_SHOWN_COUNT = 3


@dataclass(frozen=True)
class StepExtras:
    """What the class made during the lesson and may see: its charter and its tally counts."""

    charter_rules: tuple[str, ...] = ()
    tally_counts: Mapping[str, int] = field(default_factory=dict)
    tally_shown: bool = False
    earlier_counts: Mapping[str, int] | None = None
    earlier_lesson_number: int | None = None


def shown_count(count: int) -> int | None:
    return count if count >= SMALLEST_SHOWN_COUNT else None


def step_frame(
    step: Step, cursor: Cursor, words: AudienceWords, extras: StepExtras | None = None
) -> AudienceFrame:
    extras = extras or StepExtras()
    content = step.content
    text = Block(BlockKind.TEXT, step.audience.text)
    phase = _phase(step, cursor, words)
    base = AudienceFrame(Layout.FLOW, step.audience.title, phase=phase, page=cursor.page)
    if isinstance(content, EitherOr) and content.statements:
        index = max(0, min(cursor.statement, len(content.statements) - 1))
        chosen = content.statements[index]
        counter = words(w.STATEMENT_COUNTER, index + 1, len(content.statements))
        statement = StatementView(chosen.text, chosen.left, chosen.right, counter)
        return replace(base, layout=Layout.EITHER_OR, blocks=(text,), statement=statement)
    if isinstance(content, Sorting):
        axis = content.axis
        sorting = SortingView(
            content.cards,
            content.categories,
            axis.low if axis else None,
            axis.high if axis else None,
        )
        return replace(base, layout=Layout.SORTING, blocks=(text,), sorting=sorting)
    if isinstance(content, Tally):
        tally = _tally(content, words, extras)
        return replace(base, layout=Layout.TALLY, blocks=(text,), tally=tally)
    blocks = [text]
    if isinstance(content, Discussion):
        blocks.append(Block(BlockKind.QUESTION, content.prompt))
    elif isinstance(content, PartnershipMeeting | Reflection):
        blocks.extend(Block(BlockKind.QUESTION, q) for q in content.questions)
    elif isinstance(content, Charter):
        if extras.charter_rules:
            blocks.append(Block(BlockKind.HEADING, words(w.CHARTER_HEADING)))
            blocks.extend(Block(BlockKind.RULE, rule) for rule in extras.charter_rules)
        else:
            blocks.extend(Block(BlockKind.QUESTION, q) for q in content.questions)
    return replace(base, blocks=tuple(blocks))


def _phase(step: Step, cursor: Cursor, words: AudienceWords) -> PhaseView | None:
    if not step.phases:
        return None
    labels = tuple(words.phase(phase.mode) for phase in step.phases)
    return PhaseView(labels, max(0, min(cursor.phase, len(labels) - 1)))


def _tally(content: Tally, words: AudienceWords, extras: StepExtras) -> TallyView:
    earlier = extras.earlier_counts
    bars = []
    for option in content.options:
        count = extras.tally_counts.get(option.id, 0)
        before = earlier.get(option.id, 0) if earlier is not None else None
        bars.append(
            TallyBar(
                label=option.text,
                count=shown_count(count),
                earlier=shown_count(before) if before is not None else None,
                earlier_hidden=before is not None and shown_count(before) is None,
            )
        )
    compared = earlier is not None and extras.earlier_lesson_number is not None
    return TallyView(
        question=content.question,
        bars=tuple(bars),
        shown=extras.tally_shown and bool(extras.tally_counts),
        fewer_text=words(w.FEWER_THAN_THREE),
        now_label=words(w.TODAY) if compared else "",
        earlier_label=words(w.EARLIER_LESSON, extras.earlier_lesson_number) if compared else "",
    )


def groups_frame(rotation: RotationView, words: AudienceWords) -> AudienceFrame:
    """The partnerships: one card per group, names only."""
    return names_frame(
        [
            [[s.display_name for s in pair.students] for pair in group.pairs]
            for group in rotation.groups
        ],
        words,
    )


def names_frame(groups: Sequence[Sequence[Sequence[str]]], words: AudienceWords) -> AudienceFrame:
    """Groups of pairs of names, numbered from 1: nothing else reaches the class. Each name
    is isolated, so an Arabic name never reorders the Danish name on the line after it."""
    cards = tuple(
        GroupCard(
            words(w.GROUP_HEADING, number),
            tuple(tuple(isolated(name) for name in pair) for pair in pairs),
        )
        for number, pairs in enumerate(groups, start=1)
    )
    return AudienceFrame(Layout.GROUPS, title=words(w.GROUPS_TITLE), groups=cards)


def text_frame(title: str, text: str, numbered: Sequence[str] = ()) -> AudienceFrame:
    """A title, content text and numbered lines (an activity's steps, the guide's keys) for the
    class view outside a lesson; long ones run over pages."""
    blocks = [Block(BlockKind.TEXT, text)] if text else []
    blocks.extend(Block(BlockKind.RULE, line) for line in numbered)
    return AudienceFrame(Layout.FLOW, title=title, blocks=tuple(blocks))
