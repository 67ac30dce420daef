"""A student's data from the roster: removing offers to erase the name from the backups too,
erasing says which files it could not change, and a name is always shown as text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.classes.test_classes_screen import open_class, shown_names
from tests.ui.helpers import when_dialog_opens
from ui.shell.app import RunningApp


def press(text: str, seen: list[str], then: object = None) -> None:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        next(b for b in box.buttons() if b.text() == text).click()

    when_dialog_opens(act, kind=QMessageBox)


def test_removing_a_student_offers_to_erase_the_name_from_the_backups(
    qtbot: QtBot, running: RunningApp
) -> None:
    screen, summary = open_class(running)
    (anna, _bo), _ = running.workspace.roster.add_students(summary.id, ["Anna Holm", "Bo Berg"])
    running.workspace.backup_now("manual")
    running.workspace.backup_now("manual")
    roster = screen.page.roster
    roster.refresh()
    roster.select_student(anna.id)
    seen: list[str] = []
    press("Erase from the backups", seen)
    qtbot.mouseClick(screen.findChild(QPushButton, "removeStudent"), Qt.MouseButton.LeftButton)
    assert seen and "still hold the name" in seen[0] and "2 backups" in seen[0]
    assert shown_names(screen) == ["Bo Berg"]
    assert not roster.undo_button.isEnabled()  # the undo step held the erased rows
    assert (
        running.workspace.privacy.backups_naming_student(
            summary.name, summary.school_year, "Anna Holm"
        )
        == 0
    )


def test_keeping_the_backups_keeps_undo(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_class(running)
    (anna, _bo), _ = running.workspace.roster.add_students(summary.id, ["Anna Holm", "Bo Berg"])
    running.workspace.backup_now("manual")
    roster = screen.page.roster
    roster.refresh()
    roster.select_student(anna.id)
    seen: list[str] = []
    press("Keep for now", seen)
    roster.remove_selected()
    assert seen
    qtbot.mouseClick(roster.undo_button, Qt.MouseButton.LeftButton)
    assert shown_names(screen) == ["Anna Holm", "Bo Berg"]


def test_erasing_names_the_files_it_did_not_change_and_shows_markup_as_text(
    qtbot: QtBot, running: RunningApp, tmp_path: Path
) -> None:
    screen, summary = open_class(running)
    odd = '<img src="/etc/passwd"> <b>Eve</b>'
    (eve,), _ = running.workspace.roster.add_students(summary.id, [odd])
    running.workspace.backup_now("manual")
    stray = running.workspace.location.backup_dir / "netwerk-20261201-080000-manual.sqlite3"
    stray.write_text("not a database", encoding="utf-8")
    roster = screen.page.roster
    roster.refresh()
    roster.select_student(eve.id)
    seen: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        seen.append(box.text())
        press("OK", seen)
        next(b for b in box.buttons() if b.text() == "Erase").click()

    when_dialog_opens(confirm, kind=QMessageBox)
    roster.erase_selected()
    assert odd in seen[0]  # the name as typed, not an image and bold text
    assert stray.name in seen[1]
    assert stray.read_text(encoding="utf-8") == "not a database"  # never changed
    assert running.workspace.roster.list_students(summary.id) == []
