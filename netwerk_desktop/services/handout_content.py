"""The class's content and data as the handout engine's inputs: a lesson's handout parts as a
worksheet, its steps as a teacher guide, its sorting steps as cards, a rotation as partnership
groups, the school's help template as contacts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from netwerk_desktop.content import (
    Activity,
    Charter,
    Closing,
    Discussion,
    EitherOr,
    HelpFieldKey,
    HelpTemplate,
    Lesson,
    PartnershipMeeting,
    PhaseMode,
    Reflection,
    Sorting,
    Step,
    StepKind,
    Tally,
    plain_text,
)
from netwerk_desktop.directory.records import Entry
from netwerk_desktop.handouts import (
    Exercise,
    GuideKind,
    GuideMaterial,
    GuideStep,
    HandoutKind,
    HelpContact,
    Partnership,
    PartnershipGroup,
    SortingCard,
    SortingCardsInput,
    SortingSheetInput,
    SortingTask,
    TeacherGuideInput,
    WorksheetInput,
)
from netwerk_desktop.handouts.inputs import (
    BoardSlipsInput,
    BoardTallyInput,
    DirectoryCardsInput,
    DirectoryLeafletInput,
    DirectoryListing,
    Introduction,
    IntroductionCardsInput,
    TallyCell,
)
from netwerk_desktop.networks.records import BoardTally, BoardView, Shown

if TYPE_CHECKING:
    from netwerk_desktop.services.partnership_records import RotationView


def _print_text(text: str) -> str:
    """Content text as the engine prints it: markup gone, one paragraph per line."""
    return plain_text(text).replace("\n\n", "\n")


def worksheet_input(lesson: Lesson, students: tuple[str, ...] = ()) -> WorksheetInput:
    """The steps' handout parts as exercises, each with its own questions and lines; private
    writing goes to the part of the sheet that carries no name. The goals are the ones written
    for the students, not the teacher's."""
    exercises: list[Exercise] = []
    private: list[Exercise] = []
    for step in lesson.steps:
        part = step.handout
        if part is None:
            continue
        text = [_print_text(step.case)] if step.case else []
        text.append(_print_text(part.instructions))
        exercise = Exercise(
            step.audience.title,
            "\n".join(text),
            questions=tuple(plain_text(question) for question in part.questions),
            lines=part.lines,
        )
        (private if part.is_private else exercises).append(exercise)
    return WorksheetInput(
        lesson_title=lesson.title,
        goals=tuple(plain_text(goal) for goal in lesson.student_goals),
        exercises=tuple(exercises),
        private=tuple(private),
        lesson_number=lesson.number,
        students=students,
    )


def teacher_guide_input(
    lesson: Lesson, activities: Mapping[str, Activity] | None = None
) -> TeacherGuideInput:
    """The lesson for the teacher; `activities` (the pack's catalogue by id) names the activity
    each closing suggests."""
    catalogue = activities or {}
    steps = tuple(
        _guide_step(step, catalogue, opening=index == 0) for index, step in enumerate(lesson.steps)
    )
    return TeacherGuideInput(
        lesson_title=lesson.title,
        steps=steps,
        summary=plain_text(lesson.summary),
        goals=tuple(plain_text(goal) for goal in lesson.goals),
        materials=tuple(
            GuideMaterial(
                plain_text(material.text),
                None if material.printed_as is None else HandoutKind(material.printed_as.value),
            )
            for material in lesson.materials
        ),
        preparation=tuple(plain_text(lesson.preparation).split("\n\n")),
        lesson_number=lesson.number,
        minutes=lesson.minutes,
    )


def _guide_step(step: Step, activities: Mapping[str, Activity], *, opening: bool) -> GuideStep:
    content = step.content
    for_class = [_print_text(step.audience.text)]
    if step.case:
        for_class.append(_print_text(step.case))
    activity = ""
    if isinstance(content, Closing):
        for_class.append(_print_text(content.task))
        suggested = activities.get(content.activity or "")
        if suggested is not None:
            activity = f"{plain_text(suggested.title)}\n{plain_text(suggested.summary)}"
    return GuideStep(
        title=step.audience.title,
        minutes=step.minutes,
        kind=GuideKind.WELCOME if opening else _guide_kind(step),
        audience_text="\n".join(for_class),
        teacher_notes=_print_text(step.teacher_notes),
        prompts=tuple(plain_text(prompt) for prompt in _prompts(step)),
        split_after=step.split_after,
        drop_if_late=step.drop_if_late,
        activity=activity,
    )


_MODE_KINDS = {
    PhaseMode.ALONE: GuideKind.WRITING,
    PhaseMode.PARTNER: GuideKind.PARTNER_TALK,
    PhaseMode.GROUP: GuideKind.GROUP_TALK,
    PhaseMode.CLASS: GuideKind.CLASS_TALK,
}
_STEP_KINDS = {
    StepKind.TALK: GuideKind.INPUT,
    StepKind.DISCUSSION: GuideKind.CLASS_TALK,
    StepKind.EITHER_OR: GuideKind.MOVEMENT,
    StepKind.SORTING: GuideKind.SORTING,
    StepKind.REFLECTION: GuideKind.REFLECTION,
    StepKind.PARTNERSHIP_MEETING: GuideKind.PARTNER_TALK,
    StepKind.CHARTER: GuideKind.GROUP_TALK,
    StepKind.TALLY: GuideKind.VOTE,
    StepKind.CLOSING: GuideKind.CLOSING,
}


def _guide_kind(step: Step) -> GuideKind:
    """The teacher guide's kind of a step: how the class works in it (its widest phase)."""
    if step.phases:
        return _MODE_KINDS[step.phases[-1].mode]
    return _STEP_KINDS[step.kind]


def _prompts(step: Step) -> tuple[str, ...]:
    content = step.content
    if isinstance(content, Discussion):
        return (content.prompt,) + ((content.follow_up,) if content.follow_up else ())
    if isinstance(content, EitherOr):
        return tuple(f"{s.text} ({s.left} / {s.right})" for s in content.statements)
    if isinstance(content, Reflection | PartnershipMeeting | Charter):
        return content.questions
    if isinstance(content, Tally):
        return (content.question,)
    return ()  # a talk's case and a closing's task are for the class; sorting cards are cards


def sorting_tasks(lesson: Lesson) -> tuple[SortingTask, ...]:
    """The lesson's sorting steps as the cards and sheets print them."""
    tasks: list[SortingTask] = []
    for step in lesson.steps:
        content = step.content
        if not isinstance(content, Sorting):
            continue
        ranking = content.axis is not None
        piles = (content.axis.low, content.axis.high) if content.axis else content.categories
        tasks.append(
            SortingTask(
                title=step.audience.title,
                instructions=_print_text(step.audience.text),
                piles=tuple(plain_text(pile) for pile in piles),
                cards=tuple(
                    SortingCard(plain_text(card), plain_text(content.answer_for(card) or ""))
                    for card in content.cards
                ),
                ranking=ranking,
            )
        )
    return tuple(tasks)


def sorting_input(lesson: Lesson, sets: int, *, as_sheet: bool = False) -> SortingCardsInput:
    """One set of cards (or one sheet) per group of four for the lesson's sorting steps."""
    made = SortingSheetInput if as_sheet else SortingCardsInput
    return made(lesson.title, sorting_tasks(lesson), sets=sets, lesson_number=lesson.number)


def partnership_groups(rotation: RotationView) -> tuple[PartnershipGroup, ...]:
    """The rotation's groups with the students still in the class; emptied pairs drop out."""
    groups: list[PartnershipGroup] = []
    for group in rotation.groups:
        pairs = tuple(
            Partnership(names)
            for pair in group.pairs
            if (names := tuple(s.display_name for s in pair.students if s.active))
        )
        if pairs:
            groups.append(PartnershipGroup(group.number, pairs))
    return tuple(groups)


def help_contacts(template: HelpTemplate) -> tuple[HelpContact, ...]:
    """The school's entries (112 and 116 111 are printed by the engine itself)."""
    contacts: list[HelpContact] = []
    for entry in template.entries:
        if entry.is_builtin:
            continue
        values = {field.key: field.value for field in entry.fields}
        contacts.append(
            HelpContact(
                entry.title,
                name=values.get(HelpFieldKey.NAME, ""),
                room=values.get(HelpFieldKey.ROOM, ""),
                hours=values.get(HelpFieldKey.HOURS, ""),
                contact=values.get(HelpFieldKey.CONTACT, ""),
                fields=tuple(field.key.value for field in entry.fields),
            )
        )
    return tuple(contacts)


# -- The needs-and-offers board and the school's directory ---------------------------------------


def board_slips_input(codes: tuple[str, ...], board: BoardView) -> BoardSlipsInput:
    return BoardSlipsInput(codes=codes, closes_on=board.closes_on)


def introduction_cards_input(board: BoardView | None, blanks: int = 2) -> IntroductionCardsInput:
    """A card for each match made as an introduction, then blanks. The need's text goes on the
    card only when it holds no name from the class list."""
    if board is None:
        return IntroductionCardsInput(blanks=blanks)
    cards = []
    for match in board.matches:
        need = board.item(match.need_id)
        if not match.introduction or need is None:
            continue
        about = need.text if not need.names and need.shown is Shown.POSTED else ""
        cards.append(Introduction(match.need_code, match.offer_code, about))
    return IntroductionCardsInput(tuple(cards), blanks=blanks)


def board_tally_input(tally: BoardTally | None) -> BoardTallyInput:
    """The counts of the class's newest board; an empty table to fill in without one."""
    if tally is None:
        return BoardTallyInput()
    cells = tuple(
        TallyCell(row.kind.value, row.category.value, row.status.value, row.count)
        for row in tally.rows
    )
    return BoardTallyInput(cells, counted=True, closes_on=tally.closes_on, closed=tally.closed)


def directory_listings(
    entries: Sequence[Entry], kind: HandoutKind
) -> DirectoryLeafletInput | DirectoryCardsInput:
    listings = tuple(
        DirectoryListing(
            category=entry.category.value,
            name=entry.name,
            activity=entry.activity,
            age_min=entry.age_min,
            age_max=entry.age_max,
            cost=entry.cost,
            free=entry.free,
            how_to_join=entry.how_to_join,
            drop_in=entry.drop_in,
            bring_friend=entry.bring_friend,
            languages=entry.languages,
            accessibility=entry.accessibility,
            place=entry.place,
            schedule=entry.schedule,
            contact=entry.contact,
            checked_on=entry.checked_on,
        )
        for entry in entries
    )
    if kind is HandoutKind.DIRECTORY_CARDS:
        return DirectoryCardsInput(listings)
    return DirectoryLeafletInput(listings)
