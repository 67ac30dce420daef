"""The events screen driven like a teacher: plan an event, its programme with the balance
warning, undo, sign-up and groups made in the background; Home shows the follow-up that is due
on its day (a fixed clock) and ticking it off there takes it away."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netwerk_desktop.events.prints import EventPrint
from netwerk_desktop.events.records import BlockKind
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.core.handouts.poppler import needs_poppler, pdftotext
from ui.common.app_settings import AppSettings, Setting
from ui.events.events_screen import EventsScreen
from ui.home.home_screen import HomeScreen
from ui.shell.app import RunningApp, start

EVENT_DAY = date(2027, 9, 24)


@pytest.fixture
def clock() -> list[datetime]:
    return [datetime(2027, 9, 20, 8, 0)]


@pytest.fixture
def school(location: DataLocation, clock: list[datetime]) -> Iterator[Workspace]:
    with Workspace.open(location, now=lambda: clock[0]) as workspace:
        for name, students in (
            ("1.a", ["Anna Holm", "Bo Berg", "Cai Lund"]),
            ("1.b", ["Dea Ravn", "Emil Sø", "Fie Dahl"]),
        ):
            created = workspace.classes.create(name, "2027/28", "da")
            workspace.roster.add_students(created.id, students)
        yield workspace


@pytest.fixture
def app(qapp: QApplication, qtbot: QtBot, school: Workspace) -> Iterator[RunningApp]:
    AppSettings(school.location.settings_file).set_value(Setting.LANGUAGE, "en")
    running = start(qapp, school)
    running.window.resize(1400, 900)
    running.window.show()
    qtbot.waitActive(running.window)
    yield running
    running.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _events(app: RunningApp, qtbot: QtBot) -> EventsScreen:
    qtbot.mouseClick(app.window.nav_buttons["events"], Qt.MouseButton.LeftButton)
    screen = app.window.current_screen()
    assert isinstance(screen, EventsScreen)
    return screen


def test_plan_a_programme_with_the_keyboard_and_undo(
    app: RunningApp, qtbot: QtBot, school: Workspace
) -> None:
    classes = [c.id for c in school.class_overview()]
    school.events.create("Breakfast", EVENT_DAY, classes, starts_at=time(8, 0))
    screen = _events(app, qtbot)
    page = screen.page
    assert page.heading.text() == "Breakfast"
    page.tabs.setCurrentWidget(page.programme)
    programme = page.programme
    # A talk and an activity: the balance bar warns that informal time is missing
    for kind, title, minutes in (
        (BlockKind.CONTENT, "Welcome", 10),
        (BlockKind.ACTIVITY, "Either/or", 20),
    ):
        programme.kind.setCurrentIndex(programme.kind.findData(kind))
        programme.minutes.setValue(minutes)
        qtbot.keyClicks(programme.title, title)
        qtbot.keyClick(programme.title, Qt.Key.Key_Return)
    assert programme.model.rowCount() == 2
    assert programme.model.index(1, 0).data() == "08:10"
    assert (
        programme.balance.warning.isVisibleTo(page)
        and "Informal" in programme.balance.warning.text()
    )
    programme.kind.setCurrentIndex(programme.kind.findData(BlockKind.INFORMAL))
    programme.minutes.setValue(30)
    qtbot.keyClicks(programme.title, "Breakfast at mixed tables")
    qtbot.keyClick(programme.title, Qt.Key.Key_Return)
    assert not programme.balance.warning.isVisibleTo(page)
    # Removing a block with Delete and taking it back with Ctrl+Z
    programme.table.setFocus()
    programme.table.selectRow(0)
    qtbot.keyClick(programme.table, Qt.Key.Key_Delete)
    assert [b.title for b in school.events.get(page.plan.id).blocks] == [
        "Either/or",
        "Breakfast at mixed tables",
    ]  # type: ignore[union-attr]
    qtbot.keyClick(programme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(school.events.get(page.plan.id).blocks) == 3  # type: ignore[union-attr]


def test_sign_up_everyone_and_make_groups_in_the_background(
    app: RunningApp, qtbot: QtBot, school: Workspace
) -> None:
    classes = [c.id for c in school.class_overview()]
    school.events.create("Trip", EVENT_DAY, classes)
    screen = _events(app, qtbot)
    signup = screen.page.signup
    screen.page.tabs.setCurrentWidget(signup)
    qtbot.mouseClick(signup.everyone_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(signup.guest, "Inge Berg")
    qtbot.keyClick(signup.guest, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: signup.count.text() == "Coming: 6 students, 1 guests", timeout=3000)
    qtbot.mouseClick(signup.groups_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signup.groups.count() == 2, timeout=10000)
    for row in range(2):
        text = signup.groups.item(row).text()  # six students: two trios, both classes in each
        assert text.startswith(f"Group {row + 1}:") and "(1.a)" in text and "(1.b)" in text
        assert "Inge Berg" not in text  # guests are not grouped


def test_a_failed_step_says_so_in_words(app: RunningApp, qtbot: QtBot, school: Workspace) -> None:
    school.events.create("Trip", EVENT_DAY, [school.class_overview()[0].id])
    screen = _events(app, qtbot)
    signup = screen.page.signup
    screen.page.tabs.setCurrentWidget(signup)
    qtbot.mouseClick(signup.groups_button, Qt.MouseButton.LeftButton)  # nobody signed up
    qtbot.waitUntil(lambda: signup.error.isVisibleTo(screen), timeout=5000)
    assert "at least 4 students" in signup.error.text()


def test_follow_up_appears_on_home_on_its_day_and_goes_when_ticked(
    app: RunningApp, qtbot: QtBot, school: Workspace, clock: list[datetime]
) -> None:
    plan = school.events.create("Breakfast", EVENT_DAY, [school.class_overview()[0].id])
    home = app.window.current_screen()
    assert isinstance(home, HomeScreen)
    # Before the day after the event, nothing is due
    home.activated()
    qtbot.wait(1200)
    assert home.follow_ups.isHidden()
    # The day after, the thank-you is due
    clock[0] = datetime(2027, 9, 25, 8, 0)
    home.activated()
    qtbot.waitUntil(lambda: home.follow_ups.list.count() == 1, timeout=5000)
    assert home.follow_ups.isVisible()
    assert "Day 1: say thank you" in home.follow_ups.list.item(0).text()
    # Ticked off on Home, it is done and gone
    home.follow_ups.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert home.follow_ups.list.count() == 0 and home.follow_ups.isHidden()
    assert next(f for f in school.events.get(plan.id).follow_ups).done_on == date(2027, 9, 25)
    # A week later the partner talk and the tally are due
    clock[0] = datetime(2027, 10, 1, 8, 0)
    home.activated()
    qtbot.waitUntil(lambda: home.follow_ups.list.count() == 2, timeout=5000)


@needs_poppler
def test_the_poster_is_made_from_the_handouts_tab(
    app: RunningApp, qtbot: QtBot, school: Workspace, tmp_path: Path
) -> None:
    school.events.create("Breakfast", EVENT_DAY, [school.class_overview()[0].id], place="Canteen")
    screen = _events(app, qtbot)
    prints = screen.page.prints
    prints.open_when_done = False
    out = tmp_path / "poster.pdf"
    prints.print_to(EventPrint.POSTER, out)
    qtbot.waitUntil(out.exists, timeout=10000)
    qtbot.waitUntil(
        lambda: "Saved poster.pdf." in app.window.statusBar().currentMessage(), timeout=5000
    )
    assert "Breakfast" in pdftotext(out) and "Canteen" in pdftotext(out)
