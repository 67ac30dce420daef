from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.services.records import ClassSummary
from tests.conftest import FIXTURES
from tests.ui.helpers import when_dialog_opens
from ui.classes.classes_screen import ClassesScreen
from ui.classes.import_dialog import ImportDialog
from ui.shell.app import RunningApp


def open_class(
    running: RunningApp, name: str = "2.g", language: str = "da"
) -> tuple[ClassesScreen, ClassSummary]:
    summary = running.workspace.classes.create(name, content_language=language)
    running.window.show_screen("classes", summary.id)
    screen = running.window.screen_for("classes")
    assert isinstance(screen, ClassesScreen)
    return screen, summary


def shown_names(screen: ClassesScreen) -> list[str]:
    proxy = screen.page.roster.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_paste_a_list_preview_confirm_and_see_the_roster(qtbot: QtBot, running: RunningApp) -> None:
    screen, _summary = open_class(running)
    seen: dict[str, object] = {}

    def paste_and_confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        paste = dialog.findChild(QPlainTextEdit, "pasteNames")
        paste.setPlainText("Åse Holm\nJensen, Mikkel\n\nZeynep Yılmaz\nÅse Holm\nÆble Bo\n")
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=3000)
        seen["summary"] = dialog.summary.text()
        seen["statuses"] = [
            dialog.model.index(row, 2).data() for row in range(dialog.model.rowCount())
        ]
        seen["button"] = dialog.add_button.text()
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(paste_and_confirm)
    qtbot.mouseClick(screen.findChild(QPushButton, "importStudents"), Qt.MouseButton.LeftButton)
    assert not problems
    # The preview said what would happen to every line
    assert seen["button"] == "Add 4 students"
    statuses = seen["statuses"]
    assert isinstance(statuses, list)
    assert statuses.count("Will be added") == 4
    assert "Same name as line 1, skipped" in statuses
    assert "Empty row, skipped" in statuses
    # And the roster shows the names as typed, in Danish order (æ ø å after z)
    assert shown_names(screen) == ["Mikkel Jensen", "Zeynep Yılmaz", "Æble Bo", "Åse Holm"]
    assert screen.page.details.text().endswith("4 students")


def test_import_from_a_workbook_sheet_and_a_broken_file(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_class(running, "H4b", "nl")
    dialog = ImportDialog(
        running.workspace.roster, summary.id, summary.name, running.settings, screen
    )
    dialog.show()
    dialog.open_file(FIXTURES / "rosters" / "nl_klassen_twee_tabbladen.xlsx")
    qtbot.waitUntil(lambda: dialog.sheet.count() > 1, timeout=5000)
    # The first sheet is read; choose the other one
    dialog.sheet.setCurrentIndex(dialog.sheet.count() - 1)
    dialog.sheet.activated.emit(dialog.sheet.count() - 1)
    assert dialog.reading is not None
    qtbot.waitUntil(lambda: not dialog.reading.running, timeout=5000)
    assert dialog.preview is not None and dialog.add_button.isEnabled()
    names = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert any(" van " in name or " de " in name for name in names)
    # A broken file says why in words and offers nothing to add
    dialog.open_file(FIXTURES / "rosters" / "beskadiget.xlsx")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "damaged" in dialog.error.text()
    assert not dialog.add_button.isEnabled()
    dialog.reject()


def test_add_rename_in_place_remove_and_undo(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_class(running)
    roster = screen.page.roster
    qtbot.keyClicks(roster.new_name, "Anna")
    qtbot.keyClick(roster.new_name, Qt.Key.Key_Return)
    qtbot.keyClicks(roster.new_name, "Bo")
    qtbot.keyClick(roster.new_name, Qt.Key.Key_Return)
    assert shown_names(screen) == ["Anna", "Bo"]
    # Rename Anna in the table, as a double-click and typing would
    index = roster.proxy.index(0, 0)
    assert roster.proxy.setData(index, "Anna Kjær")
    roster.refresh()
    assert shown_names(screen) == ["Anna Kjær", "Bo"]
    # Remove Bo with the Delete key
    roster.select_student(running.workspace.roster.find_student(summary.id, "Bo").id)
    roster.table.setFocus()
    qtbot.keyClick(roster.table, Qt.Key.Key_Delete)
    assert shown_names(screen) == ["Anna Kjær"]
    # Undo brings Bo back, then undoes the rename
    qtbot.mouseClick(roster.undo_button, Qt.MouseButton.LeftButton)
    assert shown_names(screen) == ["Anna Kjær", "Bo"]
    roster.undo()
    assert shown_names(screen) == ["Anna", "Bo"]


def test_search_and_students_who_left(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_class(running)
    running.workspace.roster.add_students(summary.id, ["Anna Holm", "Bo Berg", "Cai Holm"])
    roster = screen.page.roster
    roster.refresh()
    qtbot.keyClicks(roster.search, "holm")
    assert shown_names(screen) == ["Anna Holm", "Cai Holm"]
    roster.search.clear()
    roster.select_student(running.workspace.roster.find_student(summary.id, "Bo Berg").id)
    qtbot.mouseClick(roster.leave_button, Qt.MouseButton.LeftButton)
    assert not running.workspace.roster.find_student(summary.id, "Bo Berg").active
    assert roster.leave_button.text() == "Back in the class"
    roster.show_left.setChecked(False)
    assert shown_names(screen) == ["Anna Holm", "Cai Holm"]


def test_archive_hides_and_delete_confirms_what_is_lost(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_class(running)
    running.workspace.roster.add_students(summary.id, ["Anna", "Bo"])
    screen.refresh(summary.id)
    qtbot.mouseClick(screen.page.archive_button, Qt.MouseButton.LeftButton)
    assert running.workspace.classes.get(summary.id).archived
    assert running.workspace.classes.list_classes() == []
    assert screen.model.rowCount() == 0
    screen.show_archived.setChecked(True)
    assert screen.model.rowCount() == 1
    screen.refresh(summary.id)

    said: dict[str, str] = {}

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        said["text"] = dialog.text() + "\n" + dialog.informativeText()
        delete = next(b for b in dialog.buttons() if b.text() == "Delete")
        delete.click()

    problems = when_dialog_opens(confirm)
    qtbot.mouseClick(screen.page.delete_button, Qt.MouseButton.LeftButton)
    assert not problems
    assert "2 students" in said["text"] and "backup" in said["text"]
    assert running.workspace.classes.list_classes(include_archived=True) == []
    assert any(b.reason == "before-delete" for b in running.workspace.list_backups())


def test_export_and_erase_a_student(qtbot: QtBot, running: RunningApp, tmp_path: Path) -> None:
    screen, summary = open_class(running)
    (anna, _), _ = running.workspace.roster.add_students(summary.id, ["Anna Ærø", "Bo"])
    roster = screen.page.roster
    roster.refresh()
    assert roster.export_to(anna.id, tmp_path / "anna.json")
    assert "Anna Ærø" in (tmp_path / "anna.json").read_text(encoding="utf-8")
    roster.select_student(anna.id)

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.buttons() if b.text() == "Erase").click()

    when_dialog_opens(confirm)
    roster.erase_selected()
    assert shown_names(screen) == ["Bo"]
    assert not roster.undo_button.isEnabled()


def test_home_card_opens_the_class(qtbot: QtBot, running: RunningApp) -> None:
    summary = running.workspace.classes.create("3.h")
    running.window.show_screen("home")
    home = running.window.screen_for("home")
    card = home.grid.cards()[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert running.window.current_screen().key == "classes"
    screen = running.window.screen_for("classes")
    assert isinstance(screen, ClassesScreen)
    assert screen.current_class_id() == summary.id
