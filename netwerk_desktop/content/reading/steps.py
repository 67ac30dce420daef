"""Reading one step of a lesson: the fields every step has, then the fields of its kind."""

from __future__ import annotations

import re
from collections.abc import Callable

from netwerk_desktop.content.issues import IssueCode
from netwerk_desktop.content.lesson import (
    Audience,
    CardAnswer,
    Charter,
    Closing,
    Discussion,
    EitherOr,
    HandoutPart,
    PartnershipMeeting,
    Phase,
    PhaseMode,
    Reflection,
    Sorting,
    SortingAxis,
    Statement,
    Step,
    StepContent,
    StepKind,
    Talk,
    Tally,
    TallyMethod,
    TallyOption,
    Writing,
)
from netwerk_desktop.content.markup import word_count
from netwerk_desktop.content.reading.tables import TableReader, unique_ids

STEP_MINUTES = (1, 30)
PHASE_MINUTES = (1, 30)
# The audience text is read from the back of the room: about 40 words; over 50 is an error.
AUDIENCE_WORDS = 40
AUDIENCE_WORDS_MAX = 50
TITLE_WORDS = 8
HANDOUT_LINES = (0, 20)
_PHASE_ORDER = list(PhaseMode)
# A bold lead-in in the notes that times a phase: **Alene (5 min):**, **Alone (5 minutes):** …
_NOTES_MINUTES = re.compile(r"\*\*[^*]*\((\d+) (?:min|minutes|minuten)\.?\)[^*]*\*\*")


def _words(reader: TableReader, field: str, text: str, limit: int, hard_limit: int = 0) -> None:
    words = word_count(text)
    if hard_limit and words > hard_limit:
        reader.log.error(
            IssueCode.TOO_MANY_WORDS, reader.file, reader.path, field, words=words, limit=limit
        )
    elif words > limit:
        reader.log.warning(
            IssueCode.TOO_MANY_WORDS, reader.file, reader.path, field, words=words, limit=limit
        )


def _phases(reader: TableReader, step_minutes: int, required: bool) -> tuple[Phase, ...]:
    phases: list[Phase] = []
    for table in reader.tables("phases", 1, 6, required=required):
        mode = table.choice("mode", PhaseMode)
        minutes = table.integer("minutes", *PHASE_MINUTES)
        table.finish()
        if mode is not None:
            if phases and _PHASE_ORDER.index(mode) < _PHASE_ORDER.index(phases[-1].mode):
                reader.log.warning(
                    IssueCode.PHASE_ORDER,
                    table.file,
                    table.path,
                    "mode",
                    mode=mode.value,
                    previous=phases[-1].mode.value,
                )
            phases.append(Phase(mode, minutes))
    total = sum(phase.minutes for phase in phases)
    if phases and step_minutes and total != step_minutes:
        reader.log.error(
            IssueCode.PHASES_DO_NOT_ADD_UP,
            reader.file,
            reader.path,
            "phases",
            phases=total,
            step=step_minutes,
        )
    return tuple(phases)


def _talk(reader: TableReader, minutes: int) -> Talk:
    return Talk(case=reader.optional_text("case"))


def _discussion(reader: TableReader, minutes: int) -> Discussion:
    prompt = reader.text("prompt")
    _words(reader, "prompt", prompt, AUDIENCE_WORDS)
    return Discussion(
        prompt=prompt,
        follow_up=reader.optional_text("follow_up"),
        case=reader.optional_text("case"),
        phases=_phases(reader, minutes, required=True),
    )


def _either_or(reader: TableReader, minutes: int) -> EitherOr:
    statements: list[Statement] = []
    for table in reader.tables("statements", 3, 10):
        statements.append(
            Statement(
                text=table.text("text"),
                left=table.text("left"),
                right=table.text("right"),
                follow_up=table.optional_text("follow_up"),
            )
        )
        table.finish()
    return EitherOr(tuple(statements))


def _sorting(reader: TableReader, minutes: int) -> Sorting:
    cards: list[str] = []
    answered: list[tuple[TableReader, str, str]] = []
    for item in reader.texts_or_tables("cards", 3, 16):
        if isinstance(item, str):
            cards.append(item)
            continue
        # A card with exactly one right pile: { text = "…", answer = "<one of the categories>" }
        text, answer = item.text("text"), item.text("answer")
        item.finish()
        cards.append(text)
        answered.append((item, text, answer))
    categories = reader.texts("categories", 2, 5, required=False)
    axis_table = reader.table("axis", required=False)
    axis = None
    if axis_table is not None:
        axis = SortingAxis(low=axis_table.text("low"), high=axis_table.text("high"))
        axis_table.finish()
    if bool(categories) == (axis is not None):
        reader.log.error(
            IssueCode.CHOOSE_ONE,
            reader.file,
            reader.path,
            "categories",
            choices="categories, axis",
        )
    answers: list[CardAnswer] = []
    for table, text, answer in answered:
        if answer and categories and answer not in categories:
            allowed = ", ".join(categories)
            table.error(IssueCode.UNKNOWN_VALUE, "answer", value=answer, allowed=allowed)
        elif answer and not categories:
            table.error(IssueCode.ANSWER_WITHOUT_PILES, "answer")
        answers.append(CardAnswer(text, answer))
    return Sorting(cards=tuple(cards), categories=categories, axis=axis, answers=tuple(answers))


def _reflection(reader: TableReader, minutes: int) -> Reflection:
    return Reflection(reader.texts("questions", 1, 5))


def _partnership_meeting(reader: TableReader, minutes: int) -> PartnershipMeeting:
    return PartnershipMeeting(reader.texts("questions", 1, 4))


def _charter(reader: TableReader, minutes: int) -> Charter:
    return Charter(
        questions=reader.texts("questions", 1, 8),
        examples=reader.texts("examples", 1, 8, required=False),
        phases=_phases(reader, minutes, required=False),
    )


def _tally(reader: TableReader, minutes: int) -> Tally:
    question = reader.text("question")
    _words(reader, "question", question, AUDIENCE_WORDS)
    options: list[TallyOption] = []
    seen: list[tuple[TableReader, str]] = []
    for table in reader.tables("options", 2, 6):
        option = TallyOption(id=table.ident(), text=table.text("text"))
        table.finish()
        options.append(option)
        seen.append((table, option.id))
    unique_ids(seen, reader.log)
    method = reader.choice("method", TallyMethod) or TallyMethod.SLIPS
    return Tally(question=question, options=tuple(options), method=method)


def _closing(reader: TableReader, minutes: int) -> Closing:
    # The activity must be in the pack's catalogue; the pack checks that once it has read both.
    return Closing(task=reader.text("task"), activity=reader.ident("activity") or None)


_CONTENT_READERS: dict[StepKind, Callable[[TableReader, int], StepContent]] = {
    StepKind.TALK: _talk,
    StepKind.DISCUSSION: _discussion,
    StepKind.EITHER_OR: _either_or,
    StepKind.SORTING: _sorting,
    StepKind.REFLECTION: _reflection,
    StepKind.PARTNERSHIP_MEETING: _partnership_meeting,
    StepKind.CHARTER: _charter,
    StepKind.TALLY: _tally,
    StepKind.CLOSING: _closing,
}


def _audience(reader: TableReader) -> Audience:
    table = reader.table("audience")
    if table is None:
        return Audience("", "")
    title = table.text("title")
    text = table.text("text")
    _words(table, "title", title, TITLE_WORDS)
    _words(table, "text", text, AUDIENCE_WORDS, AUDIENCE_WORDS_MAX)
    table.finish()
    return Audience(title, text)


def _handout(reader: TableReader, kind: StepKind | None) -> HandoutPart | None:
    table = reader.table("handout", required=False)
    handout = None
    if table is not None:
        handout = HandoutPart(
            instructions=table.text("instructions"),
            questions=table.texts("questions", 1, 8, required=False),
            lines=table.optional_integer("lines", *HANDOUT_LINES) or 0,
            writing=table.optional_choice("writing", Writing),
        )
        table.finish()
        # Every question is shared or private: the worksheet prints the two apart.
        if handout.has_writing and handout.writing is None:
            table.error(IssueCode.WRITING_UNTYPED, "writing")
        if kind is StepKind.REFLECTION and handout.writing is Writing.SHARED:
            table.error(IssueCode.REFLECTION_NOT_PRIVATE, "writing")
    if kind is StepKind.REFLECTION and (handout is None or handout.lines < 1):
        reader.log.error(
            IssueCode.HANDOUT_NEEDED, reader.file, reader.path, "handout", kind=kind.value
        )
    return handout


def _check_notes_minutes(reader: TableReader, notes: str, content: StepContent) -> None:
    """Notes that time a phase in a bold lead-in must agree with the phases (re-timing a step
    and forgetting its notes is easy)."""
    phases = content.phases if isinstance(content, Discussion | Charter) else ()
    if not phases:
        return
    timed = sorted({phase.minutes for phase in phases})
    for match in _NOTES_MINUTES.finditer(notes):
        if int(match.group(1)) not in timed:
            reader.log.warning(
                IssueCode.NOTES_MINUTES,
                reader.file,
                reader.path,
                "teacher_notes",
                minutes=int(match.group(1)),
                phases=", ".join(map(str, timed)),
            )


def read_step(reader: TableReader) -> Step | None:
    """The step, or None when its kind is unknown (then only the common fields are checked)."""
    step_id = reader.ident()
    kind = reader.choice("kind", StepKind)
    minutes = reader.integer("minutes", *STEP_MINUTES)
    audience = _audience(reader)
    notes = reader.text("teacher_notes")
    handout = _handout(reader, kind)
    split_after = reader.flag("split_after")
    drop_if_late = reader.flag("drop_if_late")
    if kind is None:
        reader.skip_unknown_keys()
        return None
    content = _CONTENT_READERS[kind](reader, minutes)
    reader.finish()
    _check_notes_minutes(reader, notes, content)
    return Step(
        step_id,
        kind,
        minutes,
        audience,
        notes,
        content,
        handout,
        split_after=split_after,
        drop_if_late=drop_if_late,
    )
