"""The New class dialog explains the content language where it is chosen; a CSV file shows
no empty Sheet choice."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import FIXTURES
from tests.ui.helpers import when_dialog_opens
from ui.classes.class_dialog import ClassDialog
from ui.classes.import_dialog import ImportDialog
from ui.shell.app import Launch


def test_the_content_language_hint_stands_under_its_field(qtbot: QtBot, launch: Launch) -> None:
    assert launch.running is not None
    seen: dict[str, int] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ClassDialog)
        seen["name"] = dialog.name.mapTo(dialog, dialog.name.rect().topLeft()).y()
        seen["language"] = dialog.language.mapTo(dialog, dialog.language.rect().topLeft()).y()
        seen["hint"] = dialog.hint.mapTo(dialog, dialog.hint.rect().topLeft()).y()
        dialog.reject()

    problems = when_dialog_opens(look)
    launch.running.window.new_class_action.trigger()
    assert not problems
    assert seen["name"] < seen["language"] < seen["hint"]


def test_a_csv_file_shows_no_sheet_choice_and_a_workbook_does(qtbot: QtBot, launch: Launch) -> None:
    assert launch.running is not None
    running = launch.running
    summary = running.workspace.classes.create("2.g")
    dialog = ImportDialog(running.workspace.roster, summary.id, summary.name, running.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    sheet_label = dialog._file_layout.labelForField(dialog.sheet)
    assert isinstance(sheet_label, QLabel)
    dialog.open_file(FIXTURES / "rosters" / "en_student_export.csv")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert not dialog.sheet.isVisible() and not sheet_label.isVisible()
    dialog.open_file(FIXTURES / "rosters" / "da_klasselister_to_ark.xlsx")
    qtbot.waitUntil(lambda: dialog.sheet.count() > 1, timeout=5000)
    assert dialog.sheet.isVisible() and sheet_label.isVisible()
