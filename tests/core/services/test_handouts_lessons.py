"""Every lesson of every language through the handout service, as a teacher prints it:
"Everything for lesson N" holds what the lesson's materials print, says before printing when
the help cards would be blank, and no internal id reaches any PDF of any kind."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from netwerk_desktop.content import (
    PhaseMode,
    Printed,
    StepKind,
    TallyMethod,
    Writing,
    load_pack,
)
from netwerk_desktop.directory import DirectoryCategory, EntryDraft
from netwerk_desktop.handouts import (
    GuideKind,
    HandoutKind,
    HandoutRequest,
    SortingCardsInput,
    load_labels,
    render_class_set,
)
from netwerk_desktop.networks import Category, ItemKind
from netwerk_desktop.services.handout_records import HandoutNotPossible, HandoutProblem
from netwerk_desktop.workspace import Workspace
from tests.core.handouts.poppler import needs_poppler, pdftotext
from tests.core.services.test_handouts_service import NAMES, class_with_students, insert_rotation

LANGUAGES = ("da", "en", "nl")
# Every id the code uses for a kind of thing; none may be printed where a word belongs.
RAW_IDS = frozenset(
    value
    for values in (
        GuideKind,
        StepKind,
        PhaseMode,
        Printed,
        Writing,
        TallyMethod,
        HandoutKind,
    )
    for value in (item.value for item in values)  # type: ignore[attr-defined]
) | frozenset(  # the categories' ids that are not words in some language ("sport", "help")
    item.value for item in (*Category, *DirectoryCategory) if "_" in item.value
)
# English labels are plain English words, some of which are ids too ("Short input"); there
# only ids that are not words can be told apart. In Danish, "private" is a word as well.
NOT_WORDS = frozenset(value for value in RAW_IDS if "_" in value or "-" in value)
WORDS_TOO = {"en": RAW_IDS - NOT_WORDS, "da": frozenset({"private"}), "nl": frozenset()}


def a_full_class(workspace: Workspace, language: str) -> int:
    """Students, partnerships, a charter, an open board and a directory entry: a class that
    can print everything."""
    summary, ids = class_with_students(workspace, language)
    insert_rotation(workspace, summary.id, [[ids[0:2], ids[2:4]], [ids[4:6]]])
    workspace.charter.save(summary.id, ["We say hello in the morning."])
    board = workspace.board.open_board(summary.id, date.today() + timedelta(days=14))
    need = workspace.board.add_item(board.id, "KTB", ItemKind.NEED, Category.WORK, "A summer job")
    offer = workspace.board.add_item(board.id, "PLR", ItemKind.OFFER, Category.WORK, "My aunt")
    workspace.board.match(need.id, offer.id, introduction=True)
    workspace.directory.add(EntryDraft("Nordby Boldklub", DirectoryCategory.SPORT))
    return summary.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_everything_for_each_lesson_prints_every_printed_material(
    workspace: Workspace, language: str
) -> None:
    class_id = a_full_class(workspace, language)
    for lesson in load_pack(language).lessons:
        kinds = [r.kind for r in workspace.handouts.lesson_set(class_id, lesson.id)]
        assert len(kinds) == len(set(kinds)), lesson.id
        for printed in lesson.printed_materials:
            assert HandoutKind(printed.value) in kinds, (language, lesson.id, printed)
        assert workspace.handouts.lesson_set_check(class_id, lesson.id).left_out == ()


def test_before_printing_the_teacher_hears_the_help_cards_would_be_blank(
    workspace: Workspace,
) -> None:
    summary, _ = class_with_students(workspace, "da")
    # Given a school that has filled in none of its help contacts
    check = workspace.handouts.lesson_set_check(summary.id, "loneliness-languish")
    # Then the set is not ready: the help cards would print with blank lines only
    assert check.help_cards_blank and not check.is_ready
    template = load_pack("da").help
    assert template is not None
    school = [entry.title for entry in template.entries if not entry.is_builtin]
    assert check.unfilled_help == tuple(school)
    assert "Hjælpelinje for unge over 18" in check.unfilled_help
    # When the school fills in one contact, the cards are no longer blank; the rest is named
    from netwerk_desktop.content import HelpFieldKey

    workspace.handouts.save_help_values({("counsellor", HelpFieldKey.NAME): "Bo Berg"})
    check = workspace.handouts.lesson_set_check(summary.id, "loneliness-languish")
    assert not check.help_cards_blank
    assert template.entry("counsellor") is not None
    counsellor = template.entry("counsellor")
    assert counsellor is not None and counsellor.title not in check.unfilled_help


def test_the_lesson_set_says_what_the_class_cannot_print_yet(workspace: Workspace) -> None:
    summary, _ = class_with_students(workspace, "en")
    check = workspace.handouts.lesson_set_check(summary.id, "class-charter")
    assert check.left_out == (HandoutKind.CHARTER_POSTER,)
    kinds = [r.kind for r in workspace.handouts.lesson_set(summary.id, "class-charter")]
    assert HandoutKind.CHARTER_POSTER not in kinds


def test_sorting_cards_one_set_per_group_of_four(workspace: Workspace) -> None:
    summary, ids = class_with_students(workspace, "nl")
    # Without partnerships: a set for every four students (six students: two sets)
    content = workspace.handouts.request(
        summary.id, HandoutKind.SORTING_CARDS, lesson_id="loneliness-languish"
    ).content
    assert isinstance(content, SortingCardsInput) and content.sets == 2
    lesson = load_pack("nl").lesson("loneliness-languish")
    assert lesson is not None
    (task,) = content.tasks
    assert [card.text for card in task.cards][3] == "Zegt vaak dat niets meer zin heeft."
    answered = [card for card in task.cards if card.answer]
    assert [card.answer for card in answered] == ["Schakel een volwassene in"]
    # With partnerships: a set per partnership group
    insert_rotation(workspace, summary.id, [[ids[0:2]], [ids[2:4]], [ids[4:6]]])
    again = workspace.handouts.request(
        summary.id, HandoutKind.SORTING_SHEET, lesson_id="loneliness-languish"
    )
    assert again.kind is HandoutKind.SORTING_SHEET
    assert isinstance(again.content, SortingCardsInput) and again.content.sets == 3
    # A lesson without a sorting exercise has no cards to print
    with pytest.raises(HandoutNotPossible) as caught:
        workspace.handouts.request(summary.id, HandoutKind.SORTING_CARDS, lesson_id="class-charter")
    assert caught.value.problem is HandoutProblem.NO_SORTING and caught.value.is_choice


def _shown_ids(text: str, language: str) -> set[str]:
    words = set(re.findall(r"[a-z][a-z0-9_-]*[a-z0-9]", text))
    return words & (RAW_IDS - WORDS_TOO[language])


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_raw_id_reaches_any_pdf_of_any_kind(
    workspace: Workspace, tmp_path: Path, language: str
) -> None:
    class_id = a_full_class(workspace, language)
    pack = load_pack(language)
    requests: list[HandoutRequest] = []
    for lesson in pack.all_lessons:
        requests += workspace.handouts.lesson_set(class_id, lesson.id)
    first = pack.lessons[0].id
    for kind in HandoutKind:
        options = {"lesson_id": "loneliness-languish"} if kind.value.startswith("sorting") else {}
        if kind in (HandoutKind.WORKSHEET, HandoutKind.TEACHER_GUIDE, HandoutKind.DISCUSSION_CARDS):
            options = {"lesson_id": first}
        requests.append(workspace.handouts.request(class_id, kind, **options))  # type: ignore[arg-type]
    result = render_class_set(requests, tmp_path)
    assert {handout.kind for handout in result.handouts} == set(HandoutKind)
    labels = load_labels(language)
    for handout in result.handouts:
        assert handout.path is not None
        text = pdftotext(handout.path)
        assert _shown_ids(text, language) == set(), (handout.path.name, _shown_ids(text, language))
        if handout.kind is HandoutKind.TEACHER_GUIDE:
            # Every step's kind is printed as its label, beside its minutes
            flat = " ".join(text.split())
            assert labels.text("teacher_guide.step_kinds.welcome") in flat
            assert labels.text("teacher_guide.step_kinds.closing") in flat


def test_the_worksheet_for_each_lesson_keeps_private_writing_apart(workspace: Workspace) -> None:
    summary, _ = class_with_students(workspace, "da")
    for lesson in load_pack("da").lessons:
        content = workspace.handouts.request(
            summary.id, HandoutKind.WORKSHEET, lesson_id=lesson.id, per_student=True
        ).content
        private = {s.audience.title for s in lesson.steps if s.handout and s.handout.is_private}
        reflections = {s.audience.title for s in lesson.steps if s.kind is StepKind.REFLECTION}
        assert reflections <= private
        assert {e.title for e in content.private} == private  # type: ignore[union-attr]
        assert not {e.title for e in content.exercises} & private  # type: ignore[union-attr]
        assert len(content.students) == len(NAMES)  # type: ignore[union-attr]
