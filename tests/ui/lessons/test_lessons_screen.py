"""The Lessons screen: the series, a lesson's steps and notes, every step kind's own content,
the content language, and the prompt library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import (
    Charter,
    Closing,
    ContentPack,
    Discussion,
    EitherOr,
    PartnershipMeeting,
    PromptTheme,
    Reflection,
    Sorting,
    Step,
    StepKind,
    Talk,
    Tally,
    load_pack,
    plain_text,
)
from ui.common.app_settings import Setting
from ui.lessons.lesson_list_model import HtmlRole as LessonHtmlRole
from ui.lessons.lessons_screen import LessonsScreen
from ui.lessons.prompt_models import HtmlRole as PromptHtmlRole
from ui.lessons.step_card import StepCard
from ui.shell.app import RunningApp


def seen(label: QLabel) -> str:
    """A label's text as it reads on screen, without markup."""
    document = QTextDocument()
    document.setHtml(label.text())
    return " ".join(document.toPlainText().split())


def words(text: str) -> str:
    return " ".join(plain_text(text).split())


def open_lessons(qtbot: QtBot, running: RunningApp, language: str = "en") -> LessonsScreen:
    running.window.show_screen("lessons")
    screen = running.window.screen_for("lessons")
    assert isinstance(screen, LessonsScreen)
    qtbot.waitUntil(
        lambda: screen.loader.pack is not None and screen.loader.pack.language == language,
        timeout=10000,
    )
    return screen


def click_row(qtbot: QtBot, screen: LessonsScreen, row: int) -> None:
    index = screen.model.index(row)
    screen.list.scrollTo(index)
    rect = screen.list.visualRect(index)
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def card_text(card: StepCard) -> str:
    labels = card.findChildren(QLabel)
    return " ".join(seen(label) for label in labels)


def test_choose_a_lesson_and_see_its_steps_and_notes(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_lessons(qtbot, running)
    pack = load_pack("en")
    # The series is listed with number, title, minutes and goals
    assert screen.model.rowCount() == len(pack.lessons) == 8
    first_row = str(screen.model.index(0).data(LessonHtmlRole))
    assert "60 min" in first_row and "8 steps" in first_row
    assert screen.detail.title.text().startswith("Lesson 1: ")
    # When the teacher clicks the third lesson
    click_row(qtbot, screen, 2)
    lesson = pack.lessons[2]
    # Then its plan shows: title, summary, every step with its board text and notes
    assert seen(screen.detail.title) == f"Lesson 3: {words(lesson.title)}"
    assert [card.step.id for card in screen.detail.step_cards] == list(lesson.step_ids)
    for card, step in zip(screen.detail.step_cards, lesson.steps, strict=True):
        sections = card.section_texts()
        assert "Teacher notes" in sections
        notes = QLabel(sections["Teacher notes"])
        assert seen(notes) == words(step.teacher_notes).replace("**", "")
        assert seen(card.board_title) == words(step.audience.title)
        assert f"{step.minutes} min" in card.time_label.text()
    texts = " ".join(seen(label) for label in screen.detail.findChildren(QLabel))
    assert words(lesson.summary) in texts
    assert all(words(goal) in texts for goal in lesson.goals)
    assert all(words(material.text) in texts for material in lesson.materials)


def expected_fragments(step: Step) -> list[str]:
    """The kind-specific texts a teacher must find on the step's card."""
    content = step.content
    if isinstance(content, Talk):
        return [content.case] if content.case else []
    if isinstance(content, Discussion):
        return [content.prompt, *([content.follow_up] if content.follow_up else [])]
    if isinstance(content, EitherOr):
        return [part for s in content.statements for part in (s.text, s.left, s.right)]
    if isinstance(content, Sorting):
        ends = (content.axis.low, content.axis.high) if content.axis else content.categories
        return [*content.cards, *ends]
    if isinstance(content, Reflection | PartnershipMeeting):
        return list(content.questions)
    if isinstance(content, Charter):
        return [*content.questions, *content.examples]
    if isinstance(content, Tally):
        return [content.question, *(option.text for option in content.options)]
    assert isinstance(content, Closing)
    return [content.task]


KIND_HEADINGS = {
    StepKind.DISCUSSION: "Discussion question",
    StepKind.EITHER_OR: "Statements",
    StepKind.SORTING: "Cards",
    StepKind.REFLECTION: "Questions for reflection",
    StepKind.PARTNERSHIP_MEETING: "Questions for partners",
    StepKind.CHARTER: "Questions for the class charter",
    StepKind.TALLY: "Answer options",
    StepKind.CLOSING: "Before next time",
}


def test_every_step_kind_shows_its_specific_content(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_lessons(qtbot, running)
    pack = load_pack("en")
    kinds_seen: set[StepKind] = set()
    handouts_seen = 0
    for lesson in pack.lessons:
        screen.show_lesson(lesson.id)
        assert screen.current_lesson_id() == lesson.id
        for card in screen.detail.step_cards:
            step = card.step
            kinds_seen.add(step.kind)
            shown = card_text(card)
            assert seen(card.kind_label).endswith(
                {
                    StepKind.TALK: "Short talk",
                    StepKind.DISCUSSION: "Discussion",
                    StepKind.EITHER_OR: "Either/or",
                    StepKind.SORTING: "Sorting cards",
                    StepKind.REFLECTION: "Reflection",
                    StepKind.PARTNERSHIP_MEETING: "Partnership meeting",
                    StepKind.CHARTER: "Class charter",
                    StepKind.TALLY: "Poll",
                    StepKind.CLOSING: "Closing",
                }[step.kind]
            )
            if step.kind in KIND_HEADINGS:
                assert KIND_HEADINGS[step.kind] in card.section_texts()
            for fragment in expected_fragments(step):
                assert words(fragment).replace("**", "") in shown, (lesson.id, step.id)
            if step.phases:
                assert card.phases_label is not None
                assert f"Alone: {step.phases[0].minutes} min" in seen(card.phases_label) or (
                    step.phases[0].mode.value != "alone"
                )
            if step.handout is not None:
                handouts_seen += 1
                assert "On the handout" in card.section_texts()
                assert words(step.handout.instructions).replace("**", "") in shown
            else:
                assert "On the handout" not in card.section_texts()
    assert kinds_seen == set(StepKind)
    assert handouts_seen > 0


def test_switching_the_content_language_shows_danish(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_lessons(qtbot, running)
    # The app speaks English, so the content starts in English
    assert screen.language.combo.currentText() == "English"
    danish: ContentPack = load_pack("da")
    # When the teacher picks Dansk
    screen.language.combo.setCurrentIndex(screen.language.combo.findData("da"))
    qtbot.waitUntil(lambda: screen.loader.pack is not None and screen.loader.pack.language == "da")
    # Then the series and the open lesson are in Danish, and the choice is remembered
    assert screen.model.index(0).data() == f"1. {words(danish.lessons[0].title)}"
    assert words(danish.lessons[0].title) in seen(screen.detail.title)
    first = screen.detail.step_cards[0]
    assert seen(first.board_title) == words(danish.lessons[0].steps[0].audience.title)
    assert running.settings.value(Setting.CONTENT_LANGUAGE) == "da"
    # The Activities screen uses the same choice
    running.window.show_screen("activities")
    activities = running.window.screen_for("activities")
    assert activities.language.combo.currentText() == "Dansk"  # type: ignore[attr-defined]


def test_content_follows_the_app_language_until_chosen(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_lessons(qtbot, running)
    running.settings.set_value(Setting.LANGUAGE, "nl")
    qtbot.waitUntil(lambda: screen.loader.pack is not None and screen.loader.pack.language == "nl")
    assert screen.language.combo.currentText() == "Nederlands"
    # Once chosen, the choice stays whatever the app speaks
    screen.language.choose("en")
    running.settings.set_value(Setting.LANGUAGE, "da")
    qtbot.wait(50)
    assert screen.language.language() == "en"


def test_prompt_library_lists_the_eight_themes(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_lessons(qtbot, running)
    pack = load_pack("en")
    screen.tabs.setCurrentWidget(screen.prompt_library)
    library = screen.prompt_library
    themes = [library.themes.index(row).data() for row in range(library.themes.rowCount())]
    assert themes == [
        "Class culture",
        "Community",
        "Loneliness",
        "Not doing well",
        "I’m worried about a friend",
        "I’m not thriving",
        "Online life",
        "Partnerships",
    ]
    # When the teacher clicks "Online life"
    row = list(PromptTheme).index(PromptTheme.ONLINE_LIFE)
    rect = library.theme_list.visualRect(library.themes.index(row))
    qtbot.mouseClick(library.theme_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # Then its prompts show, each with its follow-up question
    expected = pack.prompts_for(PromptTheme.ONLINE_LIFE)
    assert library.prompts_title.text() == "Online life"
    assert library.prompts.rowCount() == len(expected) >= 6
    for index, prompt in enumerate(expected):
        shown = QLabel(str(library.prompts.index(index).data(PromptHtmlRole)))
        assert seen(shown) == f"{words(prompt.text)} Follow-up: {words(prompt.follow_up)}"


def test_a_lesson_opens_by_id_from_elsewhere(qtbot: QtBot, running: RunningApp) -> None:
    running.window.show_screen("lessons", "online-life")
    screen = running.window.screen_for("lessons")
    assert isinstance(screen, LessonsScreen)
    qtbot.waitUntil(lambda: screen.current_lesson_id() == "online-life")
    assert screen.detail.lesson is not None and screen.detail.lesson.number == 7
