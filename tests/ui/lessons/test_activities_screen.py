"""The Activities screen: filters and search narrow the catalogue; the detail shows how to run
the chosen activity; the content language is shared with the Lessons screen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import ActivityKind, Space, load_pack, plain_text
from ui.lessons.activities_screen import ActivitiesScreen
from ui.lessons.activity_model import ActivityFilter, ActivityIdRole, ActivityListModel, GroupFit
from ui.lessons.lessons_screen import LessonsScreen
from ui.shell.app import RunningApp


def seen(rich_text: str) -> str:
    document = QTextDocument()
    document.setHtml(rich_text)
    return " ".join(document.toPlainText().split())


def words(text: str) -> str:
    return " ".join(plain_text(text).split())


def open_activities(qtbot: QtBot, running: RunningApp, language: str = "en") -> ActivitiesScreen:
    running.window.show_screen("activities")
    screen = running.window.screen_for("activities")
    assert isinstance(screen, ActivitiesScreen)
    qtbot.waitUntil(
        lambda: screen.loader.pack is not None and screen.loader.pack.language == language,
        timeout=10000,
    )
    return screen


def pick(combo: QComboBox, text: str) -> None:
    """Choose the entry a teacher reads as `text`."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_outdoors_and_up_to_10_minutes(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_activities(qtbot, running)
    pack = load_pack("en")
    assert len(screen.shown_activities()) == len(pack.activities) >= 24
    # When the teacher asks for outdoor activities of at most ten minutes
    pick(screen.filters.space, "Outdoors")
    pick(screen.filters.time, "Up to 10 min")
    # Then only those are listed, and the count says how many
    shown = screen.shown_activities()
    assert shown, "the catalogue has short outdoor activities"
    assert len(shown) < len(pack.activities)
    assert all(Space.OUTDOORS in a.spaces and a.minutes.low <= 10 for a in shown)
    hidden = [a for a in pack.activities if a not in shown]
    assert all(Space.OUTDOORS not in a.spaces or a.minutes.low > 10 for a in hidden)
    assert screen.count.text() == f"{len(shown)} activities found"
    # And the detail shows the first of them with its steps
    chosen = screen.detail.activity
    assert chosen == shown[0]
    assert screen.detail.title.text() == words(chosen.title)
    steps = seen(screen.detail.sections["Steps"])
    assert all(words(step) in steps for step in chosen.steps)
    facts = seen(screen.detail.facts.text())
    assert "Outdoors" in facts and "Strengthens" in facts


def test_clicking_an_activity_shows_how_to_run_it(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_activities(qtbot, running)
    index = screen.proxy.index(3, 0)
    rect = screen.list.visualRect(index)
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    activity = screen.shown_activities()[3]
    assert screen.detail.activity == activity
    shown = " ".join(seen(text) for text in screen.detail.sections.values())
    for line in (*activity.steps, *activity.materials, *activity.variations):
        assert words(line) in shown


def test_group_size_for_pairs_and_for_a_small_class(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_activities(qtbot, running)
    filters = screen.filters
    assert not filters.people.isVisible()
    # A group of 2: activities done in pairs
    pick(filters.group, "Fits a group of")
    assert filters.people.isVisible()
    filters.set_people_count(2)
    pairs = screen.shown_activities()
    assert pairs and all(a.group_size.fits(2) and not a.group_size.whole_class for a in pairs)
    # A class of 6: whole-class activities and groups six people can fill, not groups of 8-10
    pick(filters.group, "Fits a class of")
    assert filters.people.currentText() == "25"  # a class starts at a usual class size
    filters.set_people_count(6)
    small_class = screen.shown_activities()
    assert any(a.group_size.whole_class for a in small_class)
    assert all(a.group_size.low is None or a.group_size.low <= 6 for a in small_class)
    assert len(small_class) < screen.model.rowCount()
    # Each choice keeps its own number
    pick(filters.group, "Fits a group of")
    assert filters.people.currentText() == "2"
    pick(filters.group, "Fits a class of")
    assert filters.people.currentText() == "6"


def test_search_then_show_all(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_activities(qtbot, running)
    total = len(screen.shown_activities())
    pick(screen.filters.kind, "Movement")
    qtbot.keyClicks(screen.filters.search, "partner")
    shown = screen.shown_activities()
    assert shown and all(a.kind is ActivityKind.MOVEMENT for a in shown)
    # Nothing fits: the list is empty and the detail says what to do
    qtbot.keyClicks(screen.filters.search, " zzzz")
    assert screen.shown_activities() == []
    assert screen.count.text() == "0 activities found"
    assert screen.detail.activity is None and "Show all" in screen.detail.facts.text()
    # Show all clears search and filters
    qtbot.mouseClick(screen.filters.clear_button, Qt.MouseButton.LeftButton)
    assert len(screen.shown_activities()) == total
    assert screen.filters.search.text() == "" and screen.filters.kind.currentIndex() == 0


def test_danish_content_is_shared_with_the_lessons_screen(
    qtbot: QtBot, running: RunningApp
) -> None:
    screen = open_activities(qtbot, running)
    danish = load_pack("da")
    screen.language.combo.setCurrentIndex(screen.language.combo.findData("da"))
    qtbot.waitUntil(lambda: screen.loader.pack is not None and screen.loader.pack.language == "da")
    assert [a.title for a in screen.shown_activities()] == [a.title for a in danish.activities]
    assert screen.detail.title.text() == words(danish.activities[0].title)
    running.window.show_screen("lessons")
    lessons = running.window.screen_for("lessons")
    assert isinstance(lessons, LessonsScreen)
    qtbot.waitUntil(lambda: lessons.loader.pack is not None)
    assert lessons.loader.pack is not None and lessons.loader.pack.language == "da"


def test_an_activity_opens_by_id_even_when_filtered_out(qtbot: QtBot, running: RunningApp) -> None:
    screen = open_activities(qtbot, running)
    pick(screen.filters.space, "Outdoors")
    indoor = next(a for a in load_pack("en").activities if Space.OUTDOORS not in a.spaces)
    running.window.show_screen("activities", indoor.id)
    assert screen.current_activity_id() == indoor.id
    assert screen.filters.space.currentIndex() == 0


filter_choices = st.tuples(
    st.sampled_from([None, 10, 20, 45, 90]),
    st.sampled_from([None, *Space]),
    st.sampled_from([None, *ActivityKind]),
    st.sampled_from(list(GroupFit)),
    st.integers(min_value=1, max_value=40),
    st.sampled_from(["", "the", "group", "circle", "ball"]),
)


def shown_ids(proxy: ActivityFilter) -> set[str]:
    return {str(proxy.index(row, 0).data(ActivityIdRole)) for row in range(proxy.rowCount())}


@settings(max_examples=40, deadline=None)
@given(choices=filter_choices)
def test_filters_combine_as_the_intersection_of_each_alone(
    qapp: QApplication, choices: tuple[object, ...]
) -> None:
    # Given the catalogue and a random combination of filters
    model = ActivityListModel()
    model.set_activities(load_pack("en").activities)
    minutes, space, kind, fit, people, search = choices
    setters = [
        lambda proxy: proxy.set_max_minutes(minutes),
        lambda proxy: proxy.set_space(space),
        lambda proxy: proxy.set_kind(kind),
        lambda proxy: proxy.set_group(fit, people),
        lambda proxy: proxy.set_search(search),
    ]
    combined = ActivityFilter()
    combined.setSourceModel(model)
    for apply in setters:
        apply(combined)
    # When each filter is applied on its own
    alone = []
    for apply in setters:
        proxy = ActivityFilter()
        proxy.setSourceModel(model)
        apply(proxy)
        alone.append(shown_ids(proxy))
    # Then the combination lets through exactly what every filter lets through
    assert shown_ids(combined) == set.intersection(*alone)
