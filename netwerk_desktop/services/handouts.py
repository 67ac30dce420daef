"""Handouts from a class's data: which content, names, partnerships and rules go on the page.

The service only fills the engine's inputs (`netwerk_desktop.handouts`); rendering is the caller's
(the screen renders in the background, the command line at once). It reads through the other
services, so it never holds a session of its own.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from netwerk_desktop.content import (
    ContentPack,
    HelpFieldKey,
    HelpTemplate,
    Lesson,
    Printed,
    PromptTheme,
    StepKind,
    load_pack,
    plain_text,
)
from netwerk_desktop.handouts import (
    CharterPosterInput,
    ColleagueSheetInput,
    DiscussionCard,
    DiscussionCardsInput,
    HandoutContext,
    HandoutInput,
    HandoutKind,
    HandoutLabels,
    HandoutRequest,
    HelpCardsInput,
    NetworkMapInput,
    PaperSize,
    PartnershipCardsInput,
    PartnershipOverviewInput,
    load_labels,
)
from netwerk_desktop.handouts.inputs import BoardPosterInput
from netwerk_desktop.services.base import Service, ServiceContext
from netwerk_desktop.services.handout_content import (
    board_slips_input,
    board_tally_input,
    directory_listings,
    help_contacts,
    introduction_cards_input,
    partnership_groups,
    sorting_input,
    teacher_guide_input,
    worksheet_input,
)
from netwerk_desktop.services.handout_records import (
    DIRECTORY_KINDS,
    LESSON_KINDS,
    PAPER_SIZE_SETTING,
    PER_STUDENT_KINDS,
    SORTING_KINDS,
    THEME_KINDS,
    THEME_LESSONS,
    HandoutNotPossible,
    HandoutProblem,
    HelpValues,
    LessonSetCheck,
    lesson_set_kinds,
    lesson_themes,
    paper_from_setting,
)
from netwerk_desktop.services.records import ClassSummary

if TYPE_CHECKING:
    from netwerk_desktop.services.board import BoardService
    from netwerk_desktop.services.charter import CharterService
    from netwerk_desktop.services.classes import ClassesService
    from netwerk_desktop.services.directory import LocalDirectoryService
    from netwerk_desktop.services.partnerships import PartnershipsService
    from netwerk_desktop.services.roster import RosterService
    from netwerk_desktop.services.school import SchoolService

GROUP_SIZE = 4  # one set of sorting cards per group of four
SLIPS_PER_SHEET = 6
NETWORK_KINDS = frozenset(
    {
        HandoutKind.BOARD_SLIPS,
        HandoutKind.INTRODUCTION_CARDS,
        HandoutKind.BOARD_POSTER,
        HandoutKind.BOARD_TALLY,
        *DIRECTORY_KINDS,
    }
)
DIRECTORY_PRINTS = frozenset({Printed.DIRECTORY_LEAFLET, Printed.DIRECTORY_CARDS})


class HandoutsService(Service):
    def __init__(
        self,
        context: ServiceContext,
        *,
        classes: ClassesService,
        school: SchoolService,
        roster: RosterService,
        partnerships: PartnershipsService,
        charter: CharterService,
        board: BoardService,
        directory: LocalDirectoryService,
    ) -> None:
        super().__init__(context)
        self._classes = classes
        self._school = school
        self._roster = roster
        self._partnerships = partnerships
        self._charter = charter
        self._board = board
        self._directory = directory

    # What there is to choose from ------------------------------------------------------------

    def lessons(self, class_id: int, language: str | None = None) -> tuple[Lesson, ...]:
        """The lesson series and then each module's lessons, in the class's content language
        (or `language`)."""
        return self._pack(language or self._classes.get(class_id).content_language).all_lessons

    def paper(self) -> PaperSize:
        return paper_from_setting(self._school.get(PAPER_SIZE_SETTING))

    # Requests --------------------------------------------------------------------------------

    def request(
        self,
        class_id: int,
        kind: HandoutKind,
        *,
        lesson_id: str | None = None,
        theme: PromptTheme | None = None,
        per_student: bool = False,
        language: str | None = None,
        paper: PaperSize | None = None,
    ) -> HandoutRequest:
        """One handout of `kind` for the class, ready for `render_handout`.

        Raises HandoutNotPossible when a choice is missing (a lesson for a worksheet) or the
        class lacks the data (no partnerships, no charter, no students for personal copies).
        """
        summary = self._classes.get(class_id)
        context = self._context_for(summary, language, paper)
        return HandoutRequest(
            context,
            self._content(summary, context, kind, lesson_id, theme, per_student),
        )

    def lesson_set(
        self, class_id: int, lesson_id: str, *, language: str | None = None
    ) -> list[HandoutRequest]:
        """Everything for a lesson: a worksheet for each student, the teacher guide, help cards
        for everyone, whatever the lesson's materials say is printed from the app (sorting
        cards, a sheet for colleagues, the charter poster …), and the partnership overview and
        cards when the class has partnerships. A handout the class has no data for yet (no
        charter) is left out; `lesson_set_check` says which, before printing."""
        summary = self._classes.get(class_id)
        context = self._context_for(summary, language, None)
        has_students = bool(self._student_names(class_id))
        lesson = _lesson(self._pack(context.language), HandoutKind.WORKSHEET, lesson_id)
        kinds, _ = self._lesson_set_kinds(class_id, lesson)
        return [
            HandoutRequest(
                context,
                self._content(
                    summary,
                    context,
                    kind,
                    lesson_id,
                    None,
                    has_students and kind in PER_STUDENT_KINDS,
                ),
            )
            for kind in kinds
        ]

    def lesson_set_check(
        self, class_id: int, lesson_id: str, *, language: str | None = None
    ) -> LessonSetCheck:
        """What to tell the teacher before "Everything for lesson N" prints: whether the help
        cards would print blank because the school's contacts are not filled in, and which
        handouts the lesson asks for are left out because the class lacks the data."""
        summary = self._classes.get(class_id)
        language = language or summary.content_language
        lesson = _lesson(self._pack(language), HandoutKind.WORKSHEET, lesson_id)
        kinds, left_out = self._lesson_set_kinds(class_id, lesson)
        template = self.help_template(language)
        unfilled: tuple[str, ...] = ()
        blank = False
        if HandoutKind.HELP_CARDS in kinds and template is not None:
            school = [entry for entry in template.entries if not entry.is_builtin]
            empty = [e for e in school if all(f.is_placeholder for f in e.fields)]
            unfilled = tuple(entry.title for entry in empty)
            blank = bool(school) and len(empty) == len(school)
        return LessonSetCheck(blank, unfilled, tuple(left_out))

    def _lesson_set_kinds(
        self, class_id: int, lesson: Lesson
    ) -> tuple[list[HandoutKind], list[HandoutKind]]:
        charter = self._charter.current(class_id)
        wanted = lesson.printed_materials
        return lesson_set_kinds(
            lesson,
            has_partnerships=self._partnerships.current_rotation(class_id) is not None,
            has_charter=charter is not None and bool(charter.rules),
            has_board=Printed.BOARD_SLIPS not in wanted
            or self._board.current(class_id) is not None,
            has_directory=not DIRECTORY_PRINTS & set(wanted) or bool(self._directory.for_print()),
        )

    # The school's help contacts ---------------------------------------------------------------

    def help_values(self) -> HelpValues:
        """What the school typed in, keyed by (help entry id, field): the directory's entries
        tied to a line of the help card."""
        return self._directory.help_values()

    def save_help_values(self, values: Mapping[tuple[str, HelpFieldKey], str]) -> None:
        """Replace the school's help contacts (in the directory); empty values print as
        blanks to write on."""
        self._directory.save_help_values(values)

    def help_template(self, language: str) -> HelpTemplate | None:
        """The content pack's "where to get help" entries filled with the school's values."""
        template = self._pack(language).help
        return None if template is None else template.filled(self.help_values())

    # Filling the inputs ---------------------------------------------------------------------

    def _context_for(
        self, summary: ClassSummary, language: str | None, paper: PaperSize | None
    ) -> HandoutContext:
        return HandoutContext.for_class(
            summary.name,
            language=language or summary.content_language,
            printed_on=self._context.now().date(),
            school_name=self._school.school_name,
            paper=paper or self.paper(),
        )

    def _content(
        self,
        summary: ClassSummary,
        context: HandoutContext,
        kind: HandoutKind,
        lesson_id: str | None,
        theme: PromptTheme | None,
        per_student: bool,
    ) -> HandoutInput:
        if per_student and kind not in PER_STUDENT_KINDS:
            raise HandoutNotPossible(HandoutProblem.NOT_PER_STUDENT, kind=kind.value)
        pack = self._pack(context.language)
        students = self._students_for(summary, per_student)
        if kind in LESSON_KINDS:
            lesson = _lesson(pack, kind, lesson_id)
            if kind is HandoutKind.WORKSHEET:
                return worksheet_input(lesson, students)
            if kind in SORTING_KINDS:
                return self._sorting(summary, lesson, pack, kind)
            return teacher_guide_input(lesson, {a.id: a for a in pack.activities})
        if kind in THEME_KINDS:
            return self._discussion_cards(pack, context.labels, lesson_id, theme)
        if kind is HandoutKind.NETWORK_MAP:
            return NetworkMapInput(copies=max(1, len(students)))  # never a name on it
        if kind is HandoutKind.HELP_CARDS:
            template = self.help_template(context.language)
            contacts = help_contacts(template) if template is not None else ()
            return HelpCardsInput(contacts, cards=len(students))
        if kind in NETWORK_KINDS:
            return self._network_content(summary, kind)
        if kind is HandoutKind.COLLEAGUE_SHEET:
            current = self._partnerships.current_rotation(summary.id)
            return ColleagueSheetInput(partnership_groups(current) if current is not None else ())
        if kind is HandoutKind.CHARTER_POSTER:
            charter = self._charter.current(summary.id)
            if charter is None or not charter.rules:
                raise HandoutNotPossible(HandoutProblem.NO_CHARTER, class_name=summary.name)
            return CharterPosterInput(rules=charter.rules, agreed_on=charter.created_at.date())
        rotation = self._partnerships.current_rotation(summary.id)
        groups = partnership_groups(rotation) if rotation is not None else ()
        if rotation is None or not groups:
            raise HandoutNotPossible(HandoutProblem.NO_PARTNERSHIPS, class_name=summary.name)
        if kind is HandoutKind.PARTNERSHIP_OVERVIEW:
            return PartnershipOverviewInput(groups, valid_from=rotation.starts_on)
        return PartnershipCardsInput(groups)

    def _network_content(self, summary: ClassSummary, kind: HandoutKind) -> HandoutInput:
        """The board's slips, cards, poster and tally, and the directory's leaflet and cards."""
        if kind is HandoutKind.BOARD_POSTER:
            return BoardPosterInput()
        if kind is HandoutKind.BOARD_TALLY:
            return board_tally_input(self._board.tally(summary.id))
        if kind in DIRECTORY_KINDS:
            entries = self._directory.for_print()
            if not entries:
                raise HandoutNotPossible(HandoutProblem.EMPTY_DIRECTORY)
            return directory_listings(entries, kind)
        board = self._board.current(summary.id)
        if kind is HandoutKind.INTRODUCTION_CARDS:
            return introduction_cards_input(board)
        if board is None:
            raise HandoutNotPossible(HandoutProblem.NO_BOARD, class_name=summary.name)
        count = max(len(self._student_names(summary.id)), SLIPS_PER_SHEET)
        count = math.ceil(count / SLIPS_PER_SHEET) * SLIPS_PER_SHEET  # whole sheets
        return board_slips_input(self._board.slip_codes(board.id, count), board)

    def directory_request(
        self, kind: HandoutKind, language: str, *, category: str | None = None
    ) -> HandoutRequest:
        """The directory's leaflet or pocket cards for the school (no class), optionally of one
        category."""
        from netwerk_desktop.directory import DirectoryCategory

        chosen = DirectoryCategory(category) if category else None
        entries = self._directory.for_print(chosen)
        context = HandoutContext.for_class(
            "",
            language=language,
            printed_on=self._context.now().date(),
            school_name=self._school.school_name,
            paper=self.paper(),
        )
        load_labels(language)
        return HandoutRequest(context, directory_listings(entries, kind))

    def _sorting(
        self, summary: ClassSummary, lesson: Lesson, pack: ContentPack, kind: HandoutKind
    ) -> HandoutInput:
        """A set per partnership group, or per four active students when there are no groups."""
        if not any(step.kind is StepKind.SORTING for step in lesson.steps):
            with_sorting = (
                f"{other.number} {other.id}"
                for other in pack.lessons
                if any(step.kind is StepKind.SORTING for step in other.steps)
            )
            raise HandoutNotPossible(
                HandoutProblem.NO_SORTING, lesson=lesson.id, choices=", ".join(with_sorting)
            )
        rotation = self._partnerships.current_rotation(summary.id)
        groups = partnership_groups(rotation) if rotation is not None else ()
        sets = len(groups) or math.ceil(len(self._student_names(summary.id)) / GROUP_SIZE)
        return sorting_input(lesson, max(1, sets), as_sheet=kind is HandoutKind.SORTING_SHEET)

    def _discussion_cards(
        self,
        pack: ContentPack,
        labels: HandoutLabels,
        lesson_id: str | None,
        theme: PromptTheme | None,
    ) -> DiscussionCardsInput:
        if theme is not None:
            themes: tuple[PromptTheme, ...] = (theme,)
            named = labels.optional(f"discussion_cards.themes.{theme.value}")
            lesson = pack.lesson(THEME_LESSONS[theme])
            title = named or (lesson.title if lesson is not None else theme.value)
        elif lesson_id is not None:
            lesson = _lesson(pack, HandoutKind.DISCUSSION_CARDS, lesson_id)
            themes, title = lesson_themes(lesson.id), lesson.title
        else:
            raise HandoutNotPossible(
                HandoutProblem.NO_THEME, choices=", ".join(t.value for t in PromptTheme)
            )
        cards = tuple(
            DiscussionCard(plain_text(prompt.text), plain_text(prompt.follow_up))
            for chosen in themes
            for prompt in pack.prompts_for(chosen)
        )
        return DiscussionCardsInput(theme=title, cards=cards)

    def _students_for(self, summary: ClassSummary, per_student: bool) -> tuple[str, ...]:
        if not per_student:
            return ()
        names = self._student_names(summary.id)
        if not names:
            raise HandoutNotPossible(HandoutProblem.NO_STUDENTS, class_name=summary.name)
        return names

    def _student_names(self, class_id: int) -> tuple[str, ...]:
        """Active students, names as stored, in the order the class's language sorts them."""
        students = self._roster.list_students(class_id, include_inactive=False)
        return tuple(student.display_name for student in students)

    @staticmethod
    def _pack(language: str) -> ContentPack:
        load_labels(language)  # refuses a language without handout labels, in words
        return load_pack(language)


def _lesson(pack: ContentPack, kind: HandoutKind, lesson_id: str | None) -> Lesson:
    choices = ", ".join(lesson.id for lesson in pack.lessons)
    if lesson_id is None:
        raise HandoutNotPossible(HandoutProblem.NO_LESSON, kind=kind.value, choices=choices)
    lesson = pack.lesson(lesson_id)
    if lesson is None:
        raise HandoutNotPossible(HandoutProblem.UNKNOWN_LESSON, lesson=lesson_id, choices=choices)
    return lesson
