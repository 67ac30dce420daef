"""What the handout service, the command line and the Handouts screen share about handouts.

No SQLAlchemy and no reportlab here (the engine's plain input types only), so the screen can use
these without loading either.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from netwerk_desktop.content import ContentIssue, HelpFieldKey, IssueCode, Lesson, PromptTheme
from netwerk_desktop.content.issues import IssueLog
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.handouts.inputs import HandoutKind, PaperSize

log = logging.getLogger(__name__)

# School settings (JSON and names) the handouts read; the school service stores them.
HELP_CONTACTS_SETTING = "help_contacts"
PAPER_SIZE_SETTING = "paper_size"
PAPER_CHOICES = (PaperSize.A4, PaperSize.LETTER)

# What each kind is made from, so the screen and the command line ask only what matters.
SORTING_KINDS = frozenset({HandoutKind.SORTING_CARDS, HandoutKind.SORTING_SHEET})
LESSON_KINDS = frozenset({HandoutKind.WORKSHEET, HandoutKind.TEACHER_GUIDE, *SORTING_KINDS})
THEME_KINDS = frozenset({HandoutKind.DISCUSSION_CARDS})
PER_STUDENT_KINDS = frozenset(
    {HandoutKind.WORKSHEET, HandoutKind.NETWORK_MAP, HandoutKind.HELP_CARDS}
)
PARTNERSHIP_KINDS = frozenset({HandoutKind.PARTNERSHIP_OVERVIEW, HandoutKind.PARTNERSHIP_CARDS})
DIRECTORY_KINDS = frozenset({HandoutKind.DIRECTORY_LEAFLET, HandoutKind.DIRECTORY_CARDS})

# The lesson each prompt theme belongs to (ids are the same in every language), so cards can
# carry that lesson's title and a lesson can offer its own themes.
THEME_LESSONS: Mapping[PromptTheme, str] = {
    PromptTheme.COMMUNITY: "community",
    PromptTheme.CLASS_CULTURE: "class-charter",
    PromptTheme.PARTNERSHIPS: "partnerships",
    PromptTheme.LONELINESS: "loneliness-languish",
    PromptTheme.LANGUISH: "loneliness-languish",
    PromptTheme.WORRIED_FRIEND: "worried-friend",
    PromptTheme.NOT_THRIVING: "not-thriving",
    PromptTheme.ONLINE_LIFE: "online-life",
}
FOLLOW_UP_THEMES = (PromptTheme.COMMUNITY, PromptTheme.CLASS_CULTURE)


def lesson_themes(lesson_id: str) -> tuple[PromptTheme, ...]:
    """The prompt themes a lesson works with (the follow-up lesson looks back on the first)."""
    themes = tuple(theme for theme, lesson in THEME_LESSONS.items() if lesson == lesson_id)
    return themes or FOLLOW_UP_THEMES


def lesson_set_kinds(
    lesson: Lesson,
    *,
    has_partnerships: bool,
    has_charter: bool,
    has_board: bool = True,
    has_directory: bool = True,
) -> tuple[list[HandoutKind], list[HandoutKind]]:
    """What "Everything for lesson N" prints, and what the lesson's materials ask for that the
    class cannot have yet (partnership handouts without partnerships, a poster without a
    charter, slips without an open board, a leaflet of an empty directory). Always the
    worksheet, the teacher guide and help cards; then every kind the materials print
    (`print = "…"` in the content); the partnerships when the class has them."""
    wanted = [HandoutKind.WORKSHEET, HandoutKind.TEACHER_GUIDE]
    wanted += [HandoutKind(printed.value) for printed in lesson.printed_materials]
    wanted.append(HandoutKind.HELP_CARDS)
    if has_partnerships:
        wanted += [HandoutKind.PARTNERSHIP_OVERVIEW, HandoutKind.PARTNERSHIP_CARDS]
    kinds: list[HandoutKind] = []
    left_out: list[HandoutKind] = []
    for kind in dict.fromkeys(wanted):
        missing = (
            (kind in PARTNERSHIP_KINDS and not has_partnerships)
            or (kind is HandoutKind.CHARTER_POSTER and not has_charter)
            or (kind is HandoutKind.BOARD_SLIPS and not has_board)
            or (kind in DIRECTORY_KINDS and not has_directory)
        )
        (left_out if missing else kinds).append(kind)
    return kinds, left_out


def printed_material_issues(lesson: Lesson, file: str) -> list[ContentIssue]:
    """Every material the lesson says the app prints must be a handout kind that "Everything
    for lesson N" prints (for a class that has all its data): `lessons check` runs this."""
    log = IssueLog()
    for index, material in enumerate(lesson.materials, start=1):
        if material.printed_as is None:
            continue
        try:
            kind = HandoutKind(material.printed_as.value)
            kinds, _ = lesson_set_kinds(lesson, has_partnerships=True, has_charter=True)
            printed = kind in kinds
        except ValueError:
            printed = False
        if not printed:
            log.error(
                IssueCode.NOT_IN_LESSON_SET,
                file,
                "",
                f"materials[{index}]",
                kind=material.printed_as.value,
                number=lesson.number,
            )
    return log.issues


def paper_from_setting(value: str) -> PaperSize:
    """The stored paper size ("A4", "LETTER"); anything else prints on A4."""
    return PaperSize.LETTER if value.strip().upper() in ("LETTER", "US LETTER") else PaperSize.A4


HelpValues = dict[tuple[str, HelpFieldKey], str]
_FIELD_KEYS = frozenset(key.value for key in HelpFieldKey)


def help_values_from_json(text: str) -> HelpValues:
    """The school's help contacts as stored: {"counsellor": {"name": "…", "room": "…"}}."""
    if not text.strip():
        return {}
    try:
        raw = json.loads(text)
    except json.JSONDecodeError:
        log.warning("School setting %r is not JSON; the help contacts print blank", text[:40])
        return {}
    values: HelpValues = {}
    if not isinstance(raw, dict):
        return values
    for entry_id, fields in raw.items():
        if not isinstance(fields, dict):
            continue
        for key, value in fields.items():
            if key in _FIELD_KEYS and isinstance(value, str) and value:
                values[(str(entry_id), HelpFieldKey(key))] = value
    return values


def help_values_to_json(values: Mapping[tuple[str, HelpFieldKey], str]) -> str:
    stored: dict[str, dict[str, str]] = {}
    for (entry_id, key), value in sorted(values.items()):
        cleaned = " ".join(value.split())
        if cleaned:
            stored.setdefault(entry_id, {})[key.value] = cleaned
    return json.dumps(stored, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class LessonSetCheck:
    """What to tell the teacher before printing "Everything for lesson N".

    `help_cards_blank`: the help cards are in the set, but the school has typed none of its
    contacts, so they would print with blank lines only. `unfilled_help` names the contacts
    (their titles, in the cards' language) that have nothing filled in. `left_out` are handouts
    the lesson asks for that the class cannot have yet (no partnerships, no charter).
    """

    help_cards_blank: bool = False
    unfilled_help: tuple[str, ...] = ()
    left_out: tuple[HandoutKind, ...] = ()

    @property
    def is_ready(self) -> bool:
        return not self.help_cards_blank and not self.left_out


class HandoutProblem(StrEnum):
    """Why a handout cannot be made from the class's data yet."""

    NO_LESSON = "no_lesson"  # the kind is made for a lesson and none was chosen
    UNKNOWN_LESSON = "unknown_lesson"
    NO_THEME = "no_theme"  # discussion cards need a theme or a lesson
    NOT_PER_STUDENT = "not_per_student"  # one copy per student asked of a shared handout
    NO_STUDENTS = "no_students"
    NO_PARTNERSHIPS = "no_partnerships"
    NO_CHARTER = "no_charter"
    NO_SORTING = "no_sorting"  # sorting cards for a lesson without a sorting exercise
    NO_BOARD = "no_board"  # slips are printed for the class's open board
    EMPTY_DIRECTORY = "empty_directory"  # the school's directory has no entries yet


# A person chose something that does not fit (exit 2 on the command line); the rest is data the
# class does not have yet (exit 1).
CHOICE_PROBLEMS = frozenset(
    {
        HandoutProblem.NO_LESSON,
        HandoutProblem.UNKNOWN_LESSON,
        HandoutProblem.NO_THEME,
        HandoutProblem.NOT_PER_STUDENT,
        HandoutProblem.NO_SORTING,
    }
)

_MESSAGES = {
    HandoutProblem.NO_LESSON: "The {kind} handout is made for a lesson: choose one of {choices}.",
    HandoutProblem.UNKNOWN_LESSON: "There is no lesson {lesson!r}: choose one of {choices}.",
    HandoutProblem.NO_THEME: (
        "Discussion cards are made for a theme or a lesson: choose a theme ({choices}) or a lesson."
    ),
    HandoutProblem.NOT_PER_STUDENT: (
        "The {kind} handout is the same for everyone, so it has no copy per student."
    ),
    HandoutProblem.NO_STUDENTS: (
        "{class_name} has no active students, so there is nobody to print a copy for. Add "
        "students first, or print one copy."
    ),
    HandoutProblem.NO_PARTNERSHIPS: (
        "{class_name} has no partnerships yet. Make the partnerships first, then print them."
    ),
    HandoutProblem.NO_SORTING: (
        "Lesson {lesson!r} has no sorting exercise; sorting cards are made for {choices}."
    ),
    HandoutProblem.NO_BOARD: (
        "{class_name} has no open needs-and-offers board. Open the board first (Networks), "
        "then print its slips."
    ),
    HandoutProblem.EMPTY_DIRECTORY: (
        "The school's directory has no entries yet. Add the first ones (Directory), then print."
    ),
    HandoutProblem.NO_CHARTER: (
        "{class_name} has no class charter yet. Agree on the rules with the class and save "
        "them first."
    ),
}


class HandoutNotPossible(NetwerkError):
    """A handout the class's data cannot fill yet; `problem` and `params` let the UI say it."""

    def __init__(self, problem: HandoutProblem, **params: str) -> None:
        super().__init__(_MESSAGES[problem].format(**params), **params)
        self.problem = problem

    @property
    def is_choice(self) -> bool:
        return self.problem in CHOICE_PROBLEMS
