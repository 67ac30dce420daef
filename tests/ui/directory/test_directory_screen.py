"""The Directory screen as a teacher uses it: an empty directory says how to start; add a place
(a wrong age keeps the dialog open with everything typed); search and filter; the places not
checked in 12 months; checked today; import a municipality's list after a preview."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.directory import DirectoryCategory, EntryDraft
from tests.ui.helpers import when_dialog_opens
from ui.directory.directory_screen import DirectoryScreen
from ui.directory.entry_dialog import EntryDialog
from ui.shell.app import RunningApp


def open_screen(running: RunningApp) -> DirectoryScreen:
    running.window.show_screen("directory")
    screen = running.window.screen_for("directory")
    assert isinstance(screen, DirectoryScreen)
    return screen


def names(screen: DirectoryScreen) -> list[str]:
    return [entry.name for entry in screen.model.entries]


def test_an_empty_directory_says_how_to_start(running: RunningApp) -> None:
    screen = open_screen(running)
    assert screen.pages.currentWidget() is screen.empty
    assert "Nothing is built in" in screen.empty.text()
    assert not screen.leaflet_button.isEnabled()


def test_adding_a_place_keeps_everything_when_a_value_is_wrong(
    running: RunningApp, qtbot: QtBot
) -> None:
    screen = open_screen(running)
    steps: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryDialog)
        qtbot.keyClicks(dialog.name, "Nordby Boldklub")
        dialog.category.setCurrentIndex(dialog.category.findData("sport"))
        dialog.age_min.setValue(20)
        dialog.age_max.setValue(15)
        dialog.drop_in.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        # The ages are refused in words; the dialog stays with what was typed
        assert dialog.isVisible() and dialog.error.isVisible()
        assert dialog.name.text() == "Nordby Boldklub"
        steps.append("refused")
        dialog.age_min.setValue(15)
        dialog.age_max.setValue(19)
        dialog.checked.setChecked(True)
        dialog.checked_by.setText("Mette")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    problems = when_dialog_opens(fill_in, kind=EntryDialog)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert problems == [] and steps == ["refused"]
    (entry,) = running.workspace.directory.entries()
    assert (entry.name, entry.age_min, entry.age_max, entry.drop_in) == (
        "Nordby Boldklub",
        15,
        19,
        True,
    )
    assert entry.checked_by == "Mette" and not entry.unverified
    assert screen.pages.currentWidget() is screen.table and names(screen) == ["Nordby Boldklub"]


def test_search_filters_and_the_places_not_checked_in_a_year(
    running: RunningApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = running.workspace.directory
    today = date.today()
    directory.add(
        EntryDraft(
            "Nordby Boldklub",
            DirectoryCategory.SPORT,
            age_min=14,
            age_max=19,
            free=True,
            drop_in=True,
            checked_on=today,
        )
    )
    directory.add(
        EntryDraft(
            "Kunstcaféen",
            DirectoryCategory.CULTURE,
            age_min=25,
            checked_on=today - timedelta(days=400),
        )
    )
    directory.add(EntryDraft("Lektiecaféen", DirectoryCategory.STUDY_HELP, free=True))
    screen = open_screen(running)
    assert sorted(names(screen)) == ["Kunstcaféen", "Lektiecaféen", "Nordby Boldklub"]
    screen.ages.setChecked(True)
    assert "Kunstcaféen" not in names(screen)
    screen.drop_in.setChecked(True)
    assert names(screen) == ["Nordby Boldklub"]
    screen.ages.setChecked(False)
    screen.drop_in.setChecked(False)
    screen.category.setCurrentIndex(screen.category.findData("culture"))
    assert names(screen) == ["Kunstcaféen"]
    screen.category.setCurrentIndex(0)
    qtbot.keyClicks(screen.search, "lektie")
    assert names(screen) == ["Lektiecaféen"]
    screen.search.clear()
    screen.stale.setChecked(True)
    assert sorted(names(screen)) == ["Kunstcaféen", "Lektiecaféen"]
    # Checked today: it leaves the list
    row = names(screen).index("Kunstcaféen")
    screen.table.selectionModel().select(
        screen.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Ole", True))
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert names(screen) == ["Lektiecaféen"]


def test_importing_a_list_after_a_preview(
    running: RunningApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kommune.csv"
    path.write_text(
        "name,description,minimum_age\nUngdomsskolen,Værksted,14\n,Uden navn,\n", encoding="utf-8"
    )
    screen = open_screen(running)
    monkeypatch.setattr(
        "ui.directory.directory_screen.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(path), ""),
    )
    said: list[str] = []

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        said.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.Yes).click()

    problems = when_dialog_opens(yes, kind=QMessageBox)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert "adds 1" in said[0] and "3" in said[0]  # one place; line 3 had no name
    assert names(screen) == ["Ungdomsskolen"]
    (entry,) = running.workspace.directory.entries()
    assert entry.unverified and entry.category is DirectoryCategory.OTHER
