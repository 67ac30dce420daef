"""The Partnerships screen: make a rotation, adjust it by hand with live warnings, save it,
undo it, leave out absent students and place them again, rules, a season plan, history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.workspace import Workspace
from tests.ui.helpers import when_dialog_opens
from ui.common.app_settings import AppSettings, Setting
from ui.partnerships.board_page import BoardPage
from ui.partnerships.partnerships_screen import PartnershipsScreen
from ui.partnerships.rules_dialog import RulesDialog
from ui.shell.app import RunningApp, start

BUDGET = 0.3  # seconds per solver run: these tests check behaviour, not quality
NAMES = (
    "Amalie Kjær",
    "Ahmad Rahimi",
    "Freja Østergaard",
    "Mads Holm",
    "Sofie Lund",
    "Emil Bach",
    "Ida Winther",
    "Jonas Dahl",
    "Laura Brandt",
    "Noah Friis",
    "Clara Mortensen",
    "Oskar Vang",
    "Zeynep Yıldız",
    "Magnus Krogh",
    "Ella Skov",
    "Victor Aagaard",
    "Nora Eriksen",
    "William Berg",
    "Asta Møller",
    "Malik Haddad",
    "Karla Juhl",
    "Lucas Thorsen",
    "Julie Bak",
    "Anton Juul",
    "Maja Nørgaard",
    "Alfred Poulsen",
    "Sebastian Lind",
)


def open_screen(
    running: RunningApp, size: int = 27
) -> tuple[PartnershipsScreen, ClassSummary, dict[str, int]]:
    summary = running.workspace.classes.create("2.g")
    students, _ = running.workspace.roster.add_students(summary.id, list(NAMES[:size]))
    running.window.show_screen("partnerships", summary.id)
    screen = running.window.screen_for("partnerships")
    assert isinstance(screen, PartnershipsScreen)
    screen.board.time_budget_s = BUDGET
    screen.season.time_budget_s = BUDGET
    return screen, summary, {s.display_name: s.id for s in students}


def make(qtbot: QtBot, page: BoardPage, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.task is not None
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=15000)


def partner_of(page: BoardPage, student: int) -> int:
    rotation = page.state.rotation if page.state else None
    assert rotation is not None
    pair = next(p for group in rotation for p in group if student in p)
    return next(s for s in pair if s != student)


def group_of(page: BoardPage, student: int) -> int:
    rotation = page.state.rotation if page.state else None
    assert rotation is not None
    return next(i for i, group in enumerate(rotation) if any(student in p for p in group))


def warnings_shown(page: BoardPage) -> list[str]:
    return page.check.model.texts()


def test_a_rotation_for_27_places_every_student_once(qtbot: QtBot, running: RunningApp) -> None:
    screen, _summary, ids = open_screen(running)
    page = screen.board
    assert page.showing.text() == "No partnerships yet"
    assert not page.save_button.isEnabled()
    make(qtbot, page, page.controls.full_button)
    shown = page.board.students_in_order()
    assert sorted(shown) == sorted(ids.values())  # everyone, and nobody twice
    assert page.showing.text() == "Proposal, not saved yet"
    assert page.save_button.isEnabled() and page.controls.another_button.isEnabled()
    # 27 students: twelve pairs and a trio in groups of two pairs, the trio on its own card
    sizes = sorted(len([s for pair in g for s in pair]) for g in page.state.rotation or ())
    assert sum(sizes) == 27 and max(sizes) <= 5 and min(sizes) >= 3
    assert page.check.tiles["new"].value.text() == "15"  # 12 pairs + a trio's 3 partner pairs
    assert page.check.tiles["again"].value.text() == "0"
    assert page.check.none.isVisible()
    # "Try another" asks again with the next seed and keeps everyone on the board
    first = page.state.rotation if page.state else None
    make(qtbot, page, page.controls.another_button)
    assert page.state is not None and page.state.rotation != first
    assert sorted(page.board.students_in_order()) == sorted(ids.values())


def test_drag_onto_a_former_partner_warns_then_save(qtbot: QtBot, running: RunningApp) -> None:
    running.window.resize(1920, 1080)
    screen, summary, ids = open_screen(running)
    page = screen.board
    make(qtbot, page, page.controls.full_button)
    anna = ids["Amalie Kjær"]
    old_partner = partner_of(page, anna)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.showing.text().startswith("Rotation 1, since ")
    make(qtbot, page, page.controls.full_button)
    assert partner_of(page, anna) != old_partner
    names = {v: k for k, v in ids.items()}
    expected = f"{names[min(anna, old_partner)]} and {names[max(anna, old_partner)]}"
    warning = f"{expected} were partners in rotation 1."
    assert warning not in warnings_shown(page)
    # Drag the old partner onto Anna's new partner: the two swap places
    board = page.board
    page.board_area.ensureWidgetVisible(board)
    start_at = board.name_rect(old_partner).center()
    target = board.name_rect(partner_of(page, anna)).center()
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start_at)
    qtbot.mouseMove(board, start_at + QPoint(30, 10))
    qtbot.mouseMove(board, target)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)
    assert partner_of(page, anna) == old_partner
    assert warning in warnings_shown(page)
    assert int(page.check.tiles["again"].value.text()) >= 1
    assert group_of(page, anna) in board.content.group_notes  # the card is marked too
    assert anna in board.content.student_notes
    # Save: it becomes rotation 2, and the history says so
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = running.workspace.partnerships.list_rotations(summary.id, include_planned=False)
    assert len(saved) == 2
    screen.tabs.setCurrentWidget(screen.history)
    assert screen.history.rotations.rowCount() == 2


def test_keyboard_swap_that_breaks_a_keep_apart_rule(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary, ids = open_screen(running, 16)
    anna, bo = ids["Amalie Kjær"], ids["Ahmad Rahimi"]
    running.workspace.partnerships.add_rule(summary.id, "apart", anna, bo)
    page = screen.board
    make(qtbot, page, page.controls.full_button)
    assert group_of(page, anna) != group_of(page, bo)
    # Mark Anna with Space, walk to Bo's partner with the arrow keys, swap with S
    board = page.board
    board.setFocus()
    order = board.students_in_order()
    qtbot.keyClick(board, Qt.Key.Key_Home)
    for _ in range(order.index(anna)):
        qtbot.keyClick(board, Qt.Key.Key_Down)
    qtbot.keyClick(board, Qt.Key.Key_Space)
    assert board.marks == [anna]
    target = partner_of(page, bo)
    for _ in range(abs(order.index(target) - order.index(anna))):
        qtbot.keyClick(
            board, Qt.Key.Key_Down if order.index(target) > order.index(anna) else Qt.Key.Key_Up
        )
    assert board.current == target
    qtbot.keyClick(board, Qt.Key.Key_S)
    assert group_of(page, anna) == group_of(page, bo)
    first, second = sorted((anna, bo))
    names = {v: k for k, v in ids.items()}
    assert (
        f"Breaks a keep-apart rule: {names[first]} and {names[second]} are in the same group."
        in warnings_shown(page)
    )
    assert page.check.tiles["rules"].value.text() == "1"
    assert group_of(page, anna) in board.content.serious_groups


@contextmanager
def app_on(qapp: QApplication, location: DataLocation) -> Iterator[RunningApp]:
    with Workspace.open(location) as workspace:
        AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "en")
        running = start(qapp, workspace)
        running.window.resize(1280, 800)
        running.window.show()
        yield running
        running.close()


def test_saved_rotations_are_there_after_reopening_and_undo_asks_first(
    qtbot: QtBot, qapp: QApplication, location: DataLocation
) -> None:
    with app_on(qapp, location) as running:
        screen, summary, _ids = open_screen(running, 12)
        page = screen.board
        for _ in range(2):
            make(qtbot, page, page.controls.full_button)
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    # A new start on the same data folder remembers the class and shows the history
    with app_on(qapp, location) as running:
        running.window.show_screen("partnerships")
        screen = running.window.screen_for("partnerships")
        assert isinstance(screen, PartnershipsScreen)
        assert screen.class_box.currentText() == "2.g"
        page = screen.board
        assert page.showing.text().startswith("Rotation 2, since ")
        screen.tabs.setCurrentWidget(screen.history)
        history = screen.history
        assert [history.rotations.index(r, 0).data() for r in range(2)] == [
            "Rotation 1",
            "Rotation 2",
        ]
        matrix = history.matrix.matrix
        assert matrix is not None and len(matrix.students) == 12
        assert history.partners.rowCount() == 2  # the first student's two rotations
        # Undo says what happens, and only then removes rotation 2
        screen.tabs.setCurrentWidget(page)
        said: list[str] = []

        def confirm(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            said.append(dialog.text())
            next(b for b in dialog.buttons() if b.text() == "Undo Rotation 2").click()

        problems = when_dialog_opens(confirm)
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        assert not problems
        assert "Rotation 2" in said[0] and "Rotation 1" in said[0]
        assert page.showing.text().startswith("Rotation 1, since ")
        assert len(running.workspace.partnerships.list_rotations(summary.id)) == 1


def test_absent_students_are_left_out_and_back_today_places_them(
    qtbot: QtBot, running: RunningApp
) -> None:
    screen, summary, ids = open_screen(running, 20)
    page = screen.board
    away = [ids["Mads Holm"], ids["Ida Winther"]]
    for student in away:
        row = page.controls.away.row_of(student)
        assert row is not None
        page.controls.away.setData(
            page.controls.away.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    make(qtbot, page, page.controls.full_button)
    assert set(page.board.students_in_order()) == set(ids.values()) - set(away)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    # Mads is back: choose him in the list and press "Back today"
    controls = page.controls
    row = controls.away.row_of(ids["Mads Holm"])
    assert row is not None
    assert controls.away.index(row).data() == "Mads Holm  (no place yet)"
    controls.away_list.setCurrentIndex(controls.away.index(row))
    assert controls.back_button.isEnabled()
    qtbot.mouseClick(controls.back_button, Qt.MouseButton.LeftButton)
    current = running.workspace.partnerships.current_rotation(summary.id)
    assert current is not None and ids["Mads Holm"] in current.student_ids
    assert ids["Mads Holm"] in page.board.students_in_order()
    assert ids["Ida Winther"] not in page.board.students_in_order()
    assert not controls.away.choice(row).checked  # no longer marked as away


def test_rules_in_the_dialog_and_a_conflict_names_the_students(
    qtbot: QtBot, running: RunningApp
) -> None:
    screen, summary, ids = open_screen(running, 16)
    page = screen.board
    chain = ["Amalie Kjær", "Ahmad Rahimi", "Freja Østergaard", "Mads Holm", "Sofie Lund"]
    for first, second in pairwise(chain):
        running.workspace.partnerships.add_rule(summary.id, "together", ids[first], ids[second])

    def add_last_link(dialog: QWidget) -> None:
        assert isinstance(dialog, RulesDialog)
        assert dialog.model.rowCount() == 4
        dialog.kind.setCurrentIndex(dialog.kind.findData("together"))
        dialog.first.setCurrentIndex(dialog.first.findData(ids["Sofie Lund"]))
        dialog.second.setCurrentIndex(dialog.second.findData(ids["Emil Bach"]))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 5
        assert "Keep Sofie Lund and Emil Bach together" in [
            dialog.model.index(r).data() for r in range(5)
        ]
        dialog.reject()

    problems = when_dialog_opens(add_last_link)
    qtbot.mouseClick(page.controls.rules_button, Qt.MouseButton.LeftButton)
    assert not problems
    assert page.controls.rules_button.text() == "Rules (5)…"
    make(qtbot, page, page.controls.full_button)
    text = page.problem.text()
    assert page.problem.isVisible()
    assert text.startswith("No partnerships were made: these rules put more students in one")
    assert "Keep Sofie Lund and Emil Bach together" in text
    assert "Keep Amalie Kjær and Ahmad Rahimi together" in text
    assert page.showing.text() == "No partnerships yet"


def test_a_season_plan_starts_one_rotation_at_a_time(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary, ids = open_screen(running, 12)
    season = screen.season
    screen.tabs.setCurrentWidget(season)
    season.rounds.setValue(3)
    qtbot.mouseClick(season.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: season.model.rowCount() == 3, timeout=15000)
    assert season.plan_button.text() == "Plan again"
    assert sorted(season.preview.students_in_order()) == sorted(ids.values())
    qtbot.mouseClick(season.start_button, Qt.MouseButton.LeftButton)
    assert screen.tabs.currentWidget() is screen.board
    assert screen.board.showing.text().startswith("Rotation 1, since ")
    assert season.model.rowCount() == 2
    assert len(running.workspace.partnerships.list_rotations(summary.id)) == 3


def test_pinned_partners_stay_partners_and_same_groups_keep_their_members(
    qtbot: QtBot, running: RunningApp
) -> None:
    screen, _summary, ids = open_screen(running, 16)
    page = screen.board
    make(qtbot, page, page.controls.full_button)
    anna = ids["Amalie Kjær"]
    partner = partner_of(page, anna)
    # Pin Anna with the P key and her partner with the Pin button
    board = page.board
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Home)
    for _ in range(board.students_in_order().index(anna)):
        qtbot.keyClick(board, Qt.Key.Key_Down)
    qtbot.keyClick(board, Qt.Key.Key_P)
    board.toggle_mark(partner)
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert board.content.pins == {anna, partner}
    for _ in range(2):
        make(qtbot, page, page.controls.another_button)
        assert partner_of(page, anna) == partner
    # New pairs in the same groups: every group keeps its members, the pairs inside change
    before = {frozenset(s for pair in g for s in pair) for g in page.state.rotation or ()}
    page.toggle_pin(anna)
    page.toggle_pin(partner)
    assert page.state is not None and not page.state.pins
    make(qtbot, page, page.controls.pairs_button)
    after = {frozenset(s for pair in g for s in pair) for g in page.state.rotation or ()}
    assert after == before


def test_the_board_speaks_danish(qtbot: QtBot, running: RunningApp) -> None:
    screen, _summary, _ids = open_screen(running, 12)
    page = screen.board
    make(qtbot, page, page.controls.full_button)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    make(qtbot, page, page.controls.pairs_button)  # same groups: everyone met before
    running.settings.set_value(Setting.LANGUAGE, "da")
    qtbot.waitUntil(lambda: screen.tabs.tabText(0) == "Tavle", timeout=3000)
    assert page.controls.full_button.text() == "Nye makkerskaber"
    assert page.board.content.headings[0] == "Makkergruppe 1"
    assert any(" var i samme gruppe i runde 1." in text for text in warnings_shown(page))
    assert page.check.warnings_title.text().endswith("advarsler")
    running.settings.set_value(Setting.LANGUAGE, "en")
    qtbot.waitUntil(lambda: screen.tabs.tabText(0) == "Board", timeout=3000)
    assert page.board.content.headings[0] == "Group 1"
