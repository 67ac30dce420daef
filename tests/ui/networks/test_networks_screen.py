"""The Networks screen as a teacher uses it: open a board, type slips with the keyboard, see a
name refused with nothing lost, match by keys and by dragging, take a worry off the board, show
the board to the class (codes only, never a name), and close it (only counts left)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.networks import Category, ItemKind, ItemStatus, Shown
from netwerk_desktop.networks.codes import slip_codes
from netwerk_desktop.services.records import ClassSummary
from tests.ui.helpers import when_dialog_opens
from ui.networks.board_dialogs import NotPostedDialog, OpenBoardDialog
from ui.networks.board_model import MIME, TEXT
from ui.networks.networks_screen import NetworksScreen
from ui.shell.app import RunningApp

NAMES = ("Amalie Kjær", "Ahmad Rahimi", "Zeynep Yıldız", "Дмитрий Шевченко", "لمى الحسيني")


def open_screen(running: RunningApp) -> tuple[NetworksScreen, ClassSummary]:
    summary = running.workspace.classes.create("2.g")
    running.workspace.roster.add_students(summary.id, list(NAMES))
    running.window.show_screen("board", summary.id)
    screen = running.window.screen_for("board")
    assert isinstance(screen, NetworksScreen)
    return screen, summary


def type_slip(qtbot: QtBot, screen: NetworksScreen, code: str, text: str) -> None:
    entry = screen.entry
    if code:
        entry.code.clear()
        qtbot.keyClicks(entry.code, code)
        qtbot.keyClick(entry.code, Qt.Key.Key_Return)  # on to the text
    entry.text.clear()
    qtbot.keyClicks(entry.text, text)
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)


def select(screen: NetworksScreen, *item_ids: int) -> None:
    screen.table.clearSelection()
    for item_id in item_ids:
        row = screen.model.row_of(item_id)
        assert row is not None
        screen.table.selectionModel().select(
            screen.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_a_board_from_the_first_slip_to_closing(running: RunningApp, qtbot: QtBot) -> None:
    screen, summary = open_screen(running)
    # No board yet: it says how to start, and only opening is possible
    assert "no board yet" in screen.status.text()
    assert screen.open_button.isEnabled() and not screen.entry.isEnabled()

    def choose_date(dialog: QWidget) -> None:
        assert isinstance(dialog, OpenBoardDialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_dialog_opens(choose_date, kind=OpenBoardDialog)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert problems == []
    board = screen.board
    assert board is not None and board.closes_on == date.today() + timedelta(days=14)
    # A slip: its need, then its offer under the same code, with the keyboard only
    type_slip(qtbot, screen, "ktb", "Someone to revise history with")
    assert screen.entry.code.text() == "KTB" and screen.entry.offer.isChecked()
    type_slip(qtbot, screen, "", "I can explain maths")
    assert screen.entry.code.text() == "" and screen.entry.need.isChecked()
    type_slip(qtbot, screen, "PLR", "A summer job")
    assert [(i.code, i.kind) for i in screen.model.items] == [
        ("KTB", ItemKind.NEED),
        ("KTB", ItemKind.OFFER),
        ("PLR", ItemKind.NEED),
    ]
    # A name from the class list is refused, said in words, and the typing is kept
    type_slip(qtbot, screen, "ZZX", "Help from Zeynep with a bike")
    assert screen.problem.isVisible() and "Zeynep Yıldız" in screen.problem.text()
    assert screen.entry.text.text() == "Help from Zeynep with a bike"
    assert len(screen.model.items) == 3
    screen.entry.text.clear()
    qtbot.keyClicks(screen.entry.text, "Help with a bike")
    qtbot.keyClick(screen.entry.text, Qt.Key.Key_Return)
    assert not screen.problem.isVisible() and len(screen.model.items) == 4
    items = {(i.code, i.kind): i for i in screen.model.items}
    # Match by keys: select a need and an offer, press M
    select(screen, items[("PLR", ItemKind.NEED)].id, items[("KTB", ItemKind.OFFER)].id)
    assert screen.match_button.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_M)
    assert screen.matches.count() == 1 and "PLR" in screen.matches.item(0).text()
    # Match by dragging one onto the other
    data = QMimeData()
    data.setData(MIME, str(items[("ZZX", ItemKind.NEED)].id).encode())
    target = screen.model.index(screen.model.row_of(items[("KTB", ItemKind.OFFER)].id) or 0, 0)
    screen.model.dropMimeData(data, Qt.DropAction.LinkAction, -1, -1, target)
    assert screen.matches.count() == 2
    # A worry goes off the board, keeps no text, and waits to be followed up
    select(screen, items[("KTB", ItemKind.NEED)].id)

    def a_worry(dialog: QWidget) -> None:
        assert isinstance(dialog, NotPostedDialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_dialog_opens(a_worry, kind=NotPostedDialog)
    qtbot.mouseClick(screen.not_posted_button, Qt.MouseButton.LeftButton)
    assert problems == []
    worry = screen.board.item(items[("KTB", ItemKind.NEED)].id) if screen.board else None
    assert worry is not None and worry.shown is Shown.NOT_POSTED and worry.text == ""
    assert screen.follow_ups.count() == 1
    screen.follow_ups.setCurrentRow(0)
    qtbot.mouseClick(screen.followed_button, Qt.MouseButton.LeftButton)
    assert screen.follow_ups.count() == 0
    # Show it to the class: codes, categories and texts; no name, no moderation
    running.workspace.roster.add_students(summary.id, ["Sanne Vries"])
    screen.entry.code.setText("DDG")
    screen.entry.offer.setChecked(True)
    type_slip(qtbot, screen, "", "Training with a club")
    qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    projection = screen.projection
    assert projection is not None and projection.audience.isVisible()
    assert projection.frame is not None
    shown = " ".join(projection.frame.texts())
    assert "PLR" in shown and "A summer job" in shown and "DDG" in shown
    assert "Someone to revise history" not in shown  # not posted
    for name in (*NAMES, "Sanne Vries"):
        assert all(part not in shown for part in name.split())
    # Escape on the audience window stops showing it
    qtbot.keyClick(projection.audience, Qt.Key.Key_Escape)
    assert screen.projection is None and not screen.show_button.isChecked()

    # Close: asked first, then only counts are left
    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    problems = when_dialog_opens(yes, kind=QMessageBox)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert screen.board is None and screen.model.rowCount() == 0
    assert "counts only" in screen.status.text()
    tally = running.workspace.board.tally(summary.id)
    assert tally is not None and tally.closed
    assert tally.count(ItemKind.NEED, status=ItemStatus.MATCHED) == 2


def test_a_text_rewritten_in_place_is_screened_too(running: RunningApp, qtbot: QtBot) -> None:
    screen, summary = open_screen(running)
    board = running.workspace.board.open_board(summary.id, date.today() + timedelta(days=3))
    screen.reload()
    type_slip(qtbot, screen, "KTB", "A job")
    (item,) = screen.model.items
    index = screen.model.index(0, TEXT)
    screen.model.setData(index, "A job with Ahmad")
    assert screen.problem.isVisible() and "Ahmad Rahimi" in screen.problem.text()
    assert running.workspace.board.board(board.id).items[0].text == "A job"
    screen.model.setData(index, "A job in a bakery")
    assert screen.model.items[0].text == "A job in a bakery" and item.id == screen.model.items[0].id


def test_closing_can_be_cancelled(running: RunningApp, qtbot: QtBot) -> None:
    screen, summary = open_screen(running)
    running.workspace.board.open_board(summary.id, date.today() + timedelta(days=3))
    screen.reload()

    def no(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.No).click()

    problems = when_dialog_opens(no, kind=QMessageBox)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert problems == [] and screen.board is not None


def test_dialogs_keep_their_answer(qtbot: QtBot) -> None:
    dialog = OpenBoardDialog("2.g", date(2027, 3, 4))
    qtbot.addWidget(dialog)
    assert dialog.closes_on() == date(2027, 3, 18)
    reason = NotPostedDialog("KTB")
    qtbot.addWidget(reason)
    assert reason.reason().value == "risk" and isinstance(reason, QDialog)


def test_a_full_board_turns_its_pages_on_the_projector(running: RunningApp, qtbot: QtBot) -> None:
    screen, summary = open_screen(running)
    board = running.workspace.board.open_board(summary.id, date.today() + timedelta(days=3))
    for number, code in enumerate(slip_codes(7, 40)):
        category = list(Category)[number % len(Category)]
        text = f"Wish number {number}: someone to practise a language with after school"
        running.workspace.board.add_item(board.id, code, ItemKind.NEED, category, text)
    screen.reload()
    qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    projection = screen.projection
    assert projection is not None and projection.frame is not None
    qtbot.waitUntil(lambda: projection.pages > 1)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert projection.frame.page == 1
    qtbot.keyClick(projection.audience, Qt.Key.Key_PageUp)
    assert projection.frame.page == 0
    projection.stop()
