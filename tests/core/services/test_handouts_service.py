"""The handout service fills each kind from the class's real data: content pack, roster,
partnerships, charter and the school's settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, insert, select

from netwerk_desktop.content import Discussion, HelpFieldKey, PromptTheme, load_pack
from netwerk_desktop.handouts import (
    CharterPosterInput,
    DiscussionCardsInput,
    GuideKind,
    HandoutKind,
    HelpCardsInput,
    NetworkMapInput,
    PaperSize,
    PartnershipCardsInput,
    PartnershipOverviewInput,
    TeacherGuideInput,
    WorksheetInput,
)
from netwerk_desktop.services.handout_records import (
    HandoutNotPossible,
    HandoutProblem,
    help_values_from_json,
    help_values_to_json,
)
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.storage.partnership_models import Rotation, RotationMember
from netwerk_desktop.workspace import Workspace

NAMES = ("Åse Holm", "Mikkel Jensen", "Zeynep Yılmaz", "Ærø Bo", "Łucja Nowak", "فاطمة الزهراء")
ROTATION_START = date(2026, 10, 26)


def insert_rotation(
    workspace: Workspace,
    class_id: int,
    groups: Sequence[Sequence[Sequence[int]]],
    starts_on: date | None = ROTATION_START,
) -> None:
    """A started rotation written straight into the partnership tables (as the solver will):
    groups of pairs of student ids."""
    engine = workspace.engine
    with engine.begin() as connection:
        number = (
            connection.scalar(
                select(func.max(Rotation.number)).where(Rotation.class_id == class_id)
            )
            or 0
        ) + 1
        inserted = connection.execute(
            insert(Rotation).values(
                class_id=class_id,
                number=number,
                kind="full",
                status="saved",
                group_size=4,
                seed=0,
                starts_on=starts_on,
                created_at=datetime(2026, 10, 20, 8),
            )
        ).inserted_primary_key
        assert inserted is not None
        rotation_id = inserted[0]
        for group_number, pairs in enumerate(groups, start=1):
            for pair_number, pair in enumerate(pairs, start=1):
                for student_id in pair:
                    connection.execute(
                        insert(RotationMember).values(
                            rotation_id=rotation_id,
                            student_id=student_id,
                            group_number=group_number,
                            pair_number=pair_number,
                        )
                    )


def class_with_students(
    workspace: Workspace, language: str = "da", names: Sequence[str] = NAMES
) -> tuple[ClassSummary, list[int]]:
    summary = workspace.classes.create("2.g", content_language=language)
    students, _ = workspace.roster.add_students(summary.id, list(names))
    by_name = {student.display_name: student.id for student in students}
    return summary, [by_name[name] for name in names]


def test_per_student_worksheet_from_the_lesson_and_the_active_roster(workspace: Workspace) -> None:
    # Given a Danish class where one student has left
    summary, ids = class_with_students(workspace)
    workspace.roster.set_active(ids[1], False)
    # When the worksheet for lesson 3 is asked for, one per student
    request = workspace.handouts.request(
        summary.id, HandoutKind.WORKSHEET, lesson_id="partnerships", per_student=True
    )
    # Then it is in Danish, for the active students in Danish order (Æ, Ø, Å after Z)
    content = request.content
    assert isinstance(content, WorksheetInput)
    assert request.context.language == "da" and request.context.class_name == "2.g"
    assert content.students == ("Łucja Nowak", "Zeynep Yılmaz", "Ærø Bo", "Åse Holm", NAMES[5])
    # And the lesson's title, goals and handout parts are on it
    lesson = load_pack("da").lesson("partnerships")
    assert lesson is not None
    assert content.lesson_title == lesson.title and content.lesson_number == 3
    # The goals are the ones written for the students, not the teacher's goals about them
    assert content.goals == lesson.student_goals and content.goals != lesson.goals
    meeting = next(step for step in lesson.steps if step.handout is not None)
    assert meeting.handout is not None
    assert content.exercises[0].title == meeting.audience.title
    assert meeting.handout.instructions.split()[0] in content.exercises[0].instructions
    # The partners' agreements are shared: they print under the exercise with its own lines
    assert content.exercises[0].questions == meeting.handout.questions
    assert content.exercises[0].lines == meeting.handout.lines
    assert content.private == ()


def test_one_worksheet_copy_and_a_lesson_whose_parts_have_no_questions(
    workspace: Workspace,
) -> None:
    summary, _ = class_with_students(workspace, "en")
    content = workspace.handouts.request(
        summary.id, HandoutKind.WORKSHEET, lesson_id="class-charter"
    ).content
    assert isinstance(content, WorksheetInput) and content.students == ()
    lesson = load_pack("en").lesson("class-charter")
    assert lesson is not None
    with_parts = [step for step in lesson.steps if step.handout is not None]
    shared = [s for s in with_parts if s.handout and not s.handout.is_private]
    private = [s for s in with_parts if s.handout and s.handout.is_private]
    assert [exercise.title for exercise in content.exercises] == [s.audience.title for s in shared]
    assert [exercise.title for exercise in content.private] == [s.audience.title for s in private]
    # The group's charter proposals keep their own six lines, under their own exercise
    proposals = next(e for e in content.exercises if e.title == shared[0].audience.title)
    assert (proposals.questions, proposals.lines) == ((), 6)
    # The private reflection keeps its questions and lines, apart from the shared part
    (mine,) = content.private
    assert private[0].handout is not None
    assert (mine.questions, mine.lines) == (private[0].handout.questions, 3)


def test_teacher_guide_has_every_step_with_notes_prompts_and_kinds(workspace: Workspace) -> None:
    summary, _ = class_with_students(workspace, "en")
    content = workspace.handouts.request(
        summary.id, HandoutKind.TEACHER_GUIDE, lesson_id="community"
    ).content
    assert isinstance(content, TeacherGuideInput)
    lesson = load_pack("en").lesson("community")
    assert lesson is not None
    assert [step.title for step in content.steps] == [s.audience.title for s in lesson.steps]
    assert sum(step.minutes for step in content.steps) == lesson.step_minutes
    assert content.minutes == lesson.minutes == 60
    assert content.steps[0].kind is GuideKind.WELCOME
    assert content.steps[-1].kind is GuideKind.CLOSING
    assert [m.text for m in content.materials] == [m.text for m in lesson.materials]
    printed = [m.printed_as for m in content.materials if m.printed_as is not None]
    assert printed == [HandoutKind.SORTING_CARDS, HandoutKind.WORKSHEET]
    assert content.preparation
    # Where the lesson splits in two, what to drop when late, the activity the closing suggests
    assert [s.split_after for s in content.steps].index(True) == 3
    assert [s.drop_if_late for s in content.steps].index(True) == 2
    assert content.steps[-1].activity.startswith("Find someone who")
    # Notes lose the markup but keep the words; a discussion's prompt is among its prompts
    assert all("**" not in step.teacher_notes and step.teacher_notes for step in content.steps)
    for step, guide in zip(lesson.steps, content.steps, strict=True):
        if isinstance(step.content, Discussion):
            assert step.content.prompt in guide.prompts
            assert guide.kind in (
                GuideKind.PARTNER_TALK,
                GuideKind.GROUP_TALK,
                GuideKind.CLASS_TALK,
                GuideKind.WRITING,
            )
        if step.case:
            assert step.case.split()[0] in guide.audience_text


def test_partnerships_come_from_the_current_rotation_without_leavers(
    workspace: Workspace,
) -> None:
    summary, ids = class_with_students(workspace)
    insert_rotation(workspace, summary.id, [[ids[0:2], ids[2:4]], [ids[4:6]]])
    workspace.roster.set_active(ids[5], False)
    overview = workspace.handouts.request(summary.id, HandoutKind.PARTNERSHIP_OVERVIEW).content
    assert isinstance(overview, PartnershipOverviewInput)
    assert overview.valid_from == ROTATION_START
    assert [
        [partnership.students for partnership in group.partnerships] for group in overview.groups
    ] == [[NAMES[0:2], NAMES[2:4]], [(NAMES[4],)]]
    cards = workspace.handouts.request(summary.id, HandoutKind.PARTNERSHIP_CARDS).content
    assert isinstance(cards, PartnershipCardsInput) and cards.groups == overview.groups
    # A newer rotation becomes the one printed
    insert_rotation(workspace, summary.id, [[ids[0:3:2], ids[1:4:2]]], starts_on=None)
    newer = workspace.handouts.request(summary.id, HandoutKind.PARTNERSHIP_OVERVIEW).content
    assert isinstance(newer, PartnershipOverviewInput) and newer.valid_from is None
    assert newer.groups[0].partnerships[0].students == (NAMES[0], NAMES[2])


def test_charter_poster_prints_the_newest_saved_rules(workspace: Workspace) -> None:
    summary, _ = class_with_students(workspace)
    workspace.charter.save(summary.id, ["Vi siger hej", "Alle bliver inviteret"])
    saved = workspace.charter.save(summary.id, ["Vi siger hej", "Telefonen i tasken"])
    content = workspace.handouts.request(summary.id, HandoutKind.CHARTER_POSTER).content
    assert isinstance(content, CharterPosterInput)
    assert content.rules == ("Vi siger hej", "Telefonen i tasken")
    assert content.agreed_on == saved.created_at.date()


def test_help_cards_carry_the_schools_contacts_and_blanks(workspace: Workspace) -> None:
    summary, _ = class_with_students(workspace, "nl")
    workspace.handouts.save_help_values(
        {
            ("counsellor", HelpFieldKey.NAME): "  Sanne   de Vries ",
            ("counsellor", HelpFieldKey.ROOM): "B 1.12",
            ("class-teacher", HelpFieldKey.CONTACT): "",
        }
    )
    assert workspace.handouts.help_values() == {
        ("counsellor", HelpFieldKey.NAME): "Sanne de Vries",
        ("counsellor", HelpFieldKey.ROOM): "B 1.12",
    }
    content = workspace.handouts.request(summary.id, HandoutKind.HELP_CARDS).content
    assert isinstance(content, HelpCardsInput) and content.cards == 0  # one sheet
    template = load_pack("nl").help
    assert template is not None
    school_entries = [entry for entry in template.entries if not entry.is_builtin]
    assert [contact.title for contact in content.contacts] == [e.title for e in school_entries]
    counsellor = content.contacts[[e.id for e in school_entries].index("counsellor")]
    assert (counsellor.name, counsellor.room, counsellor.hours) == ("Sanne de Vries", "B 1.12", "")
    assert counsellor.fields == ("name", "room", "hours", "contact")
    # Enough cards for everyone: one per student (how many fit a sheet is the layout's matter)
    many = workspace.handouts.request(summary.id, HandoutKind.HELP_CARDS, per_student=True)
    assert isinstance(many.content, HelpCardsInput) and many.content.cards == len(NAMES)
    workspace.roster.add_students(summary.id, [f"Leerling {n}" for n in range(1, 10)])
    more = workspace.handouts.request(summary.id, HandoutKind.HELP_CARDS, per_student=True)
    assert isinstance(more.content, HelpCardsInput) and more.content.cards == len(NAMES) + 9


def test_discussion_cards_for_a_theme_or_a_lesson(workspace: Workspace) -> None:
    summary, _ = class_with_students(workspace, "en")
    pack = load_pack("en")
    by_theme = workspace.handouts.request(
        summary.id, HandoutKind.DISCUSSION_CARDS, theme=PromptTheme.WORRIED_FRIEND
    ).content
    assert isinstance(by_theme, DiscussionCardsInput)
    prompts = pack.prompts_for(PromptTheme.WORRIED_FRIEND)
    assert [card.prompt for card in by_theme.cards] == [prompt.text for prompt in prompts]
    lesson = pack.lesson("worried-friend")
    assert lesson is not None and by_theme.theme == lesson.title
    by_lesson = workspace.handouts.request(
        summary.id, HandoutKind.DISCUSSION_CARDS, lesson_id="loneliness-languish"
    ).content
    assert isinstance(by_lesson, DiscussionCardsInput)
    both = pack.prompts_for(PromptTheme.LONELINESS) + pack.prompts_for(PromptTheme.LANGUISH)
    assert len(by_lesson.cards) == len(both)


def test_network_map_language_and_paper_choices(workspace: Workspace) -> None:
    summary, _ = class_with_students(workspace, "da", NAMES[:2])
    workspace.school.set("paper_size", "LETTER")
    request = workspace.handouts.request(
        summary.id, HandoutKind.NETWORK_MAP, per_student=True, language="nl"
    )
    assert isinstance(request.content, NetworkMapInput)
    assert request.content.copies == 2  # one each, and never a name on it
    assert request.context.language == "nl" and request.context.labels.language == "nl"
    assert request.context.paper is PaperSize.LETTER
    poster_paper = workspace.handouts.request(
        summary.id, HandoutKind.NETWORK_MAP, paper=PaperSize.A3
    ).context.paper
    assert poster_paper is PaperSize.A3
    workspace.school.set_school_name("Nordby Gymnasium")
    assert workspace.handouts.request(summary.id, HandoutKind.NETWORK_MAP).context.school_name == (
        "Nordby Gymnasium"
    )


@pytest.mark.parametrize(
    ("kind", "options", "problem"),
    [
        (HandoutKind.WORKSHEET, {}, HandoutProblem.NO_LESSON),
        (HandoutKind.TEACHER_GUIDE, {"lesson_id": "nope"}, HandoutProblem.UNKNOWN_LESSON),
        (HandoutKind.DISCUSSION_CARDS, {}, HandoutProblem.NO_THEME),
        (HandoutKind.PARTNERSHIP_OVERVIEW, {"per_student": True}, HandoutProblem.NOT_PER_STUDENT),
        (HandoutKind.PARTNERSHIP_OVERVIEW, {}, HandoutProblem.NO_PARTNERSHIPS),
        (HandoutKind.PARTNERSHIP_CARDS, {}, HandoutProblem.NO_PARTNERSHIPS),
        (HandoutKind.CHARTER_POSTER, {}, HandoutProblem.NO_CHARTER),
        (HandoutKind.NETWORK_MAP, {"per_student": True}, HandoutProblem.NO_STUDENTS),
    ],
)
def test_what_is_missing_is_a_structured_error(
    workspace: Workspace, kind: HandoutKind, options: dict[str, object], problem: HandoutProblem
) -> None:
    summary = workspace.classes.create("1.x")
    with pytest.raises(HandoutNotPossible) as caught:
        workspace.handouts.request(summary.id, kind, **options)  # type: ignore[arg-type]
    assert caught.value.problem is problem
    assert caught.value.is_choice == (
        problem
        in (
            HandoutProblem.NO_LESSON,
            HandoutProblem.UNKNOWN_LESSON,
            HandoutProblem.NO_THEME,
            HandoutProblem.NOT_PER_STUDENT,
        )
    )
    if not caught.value.is_choice:
        assert caught.value.params["class_name"] == "1.x" and "1.x" in str(caught.value)


def test_everything_for_a_lesson(workspace: Workspace) -> None:
    summary, ids = class_with_students(workspace, "en")
    # Lesson 3 prints the partnership list, sorting cards, the worksheet and the sheet for
    # colleagues; without partnerships the list is left out, and the check says so
    kinds = [r.kind for r in workspace.handouts.lesson_set(summary.id, "partnerships")]
    assert kinds == [
        HandoutKind.WORKSHEET,
        HandoutKind.TEACHER_GUIDE,
        HandoutKind.SORTING_CARDS,
        HandoutKind.COLLEAGUE_SHEET,
        HandoutKind.HELP_CARDS,
    ]
    check = workspace.handouts.lesson_set_check(summary.id, "partnerships")
    assert check.left_out == (HandoutKind.PARTNERSHIP_OVERVIEW,)
    insert_rotation(workspace, summary.id, [[ids[0:2], ids[2:4]], [ids[4:6]]])
    requests = workspace.handouts.lesson_set(summary.id, "partnerships")
    assert [r.kind for r in requests] == [
        HandoutKind.WORKSHEET,
        HandoutKind.TEACHER_GUIDE,
        HandoutKind.PARTNERSHIP_OVERVIEW,
        HandoutKind.SORTING_CARDS,
        HandoutKind.COLLEAGUE_SHEET,
        HandoutKind.HELP_CARDS,
        HandoutKind.PARTNERSHIP_CARDS,
    ]
    assert workspace.handouts.lesson_set_check(summary.id, "partnerships").left_out == ()
    worksheet = requests[0].content
    assert isinstance(worksheet, WorksheetInput) and len(worksheet.students) == len(NAMES)
    # A class without students still gets one worksheet to copy
    empty = workspace.classes.create("1.y", content_language="en")
    alone = workspace.handouts.lesson_set(empty.id, "community")[0].content
    assert isinstance(alone, WorksheetInput) and alone.students == ()


_ENTRY_IDS = st.sampled_from(["class-teacher", "counsellor", "trusted-adult", "x"])
_VALUES = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.tuples(_ENTRY_IDS, st.sampled_from(list(HelpFieldKey))), _VALUES))
def test_help_values_survive_storage(values: dict[tuple[str, HelpFieldKey], str]) -> None:
    stored = help_values_from_json(help_values_to_json(values))
    expected = {key: " ".join(v.split()) for key, v in values.items() if v.split()}
    assert stored == expected


def test_unreadable_help_values_print_blank() -> None:
    assert help_values_from_json("{not json") == {}
    assert help_values_from_json('["a"]') == {}
    assert help_values_from_json('{"counsellor": {"shoe": "42", "name": 7}}') == {}
