"""Tags for a student, from the roster's "Tags…" button: add, tick, rename, delete, and the
sentences a teacher reads when a tag cannot be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.classes.test_classes_screen import open_class
from tests.ui.helpers import when_dialog_opens
from ui.classes.classes_screen import ClassesScreen
from ui.classes.tags_dialog import TagsDialog
from ui.shell.app import RunningApp


def select_student(screen: ClassesScreen, name: str) -> None:
    proxy = screen.page.roster.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            screen.page.roster.table.setCurrentIndex(proxy.index(row, 0))
            return
    raise AssertionError(f"{name} is not in the roster")


def button(dialog: QWidget, text: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    assert found, f"no button {text!r}"
    return found[0]


def ticked(dialog: TagsDialog) -> list[str]:
    return dialog.checked_tags()


def tag_row(dialog: TagsDialog, name: str) -> int:
    for row in range(dialog.model.rowCount()):
        if dialog.model.item(row).text() == name:
            return row
    raise AssertionError(f"no tag {name!r}")


def test_add_rename_delete_and_save_tags(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_class(running)
    running.workspace.roster.add_student(summary.id, "Anna Holm")
    running.workspace.roster.add_student(summary.id, "Bo Berg")
    screen.activated(summary.id)
    select_student(screen, "Anna Holm")
    seen: dict[str, object] = {}

    def work_in_the_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, TagsDialog)
        seen["title"] = dialog.windowTitle()
        new_tag = dialog.findChild(QLineEdit, "newTag")
        # Type two tags, each with Enter: each is added to the class and ticked
        qtbot.keyClicks(new_tag, "linje: naturvidenskab")
        qtbot.keyClick(new_tag, Qt.Key.Key_Return)
        qtbot.keyClicks(new_tag, "ny på skolen")
        qtbot.keyClick(new_tag, Qt.Key.Key_Return)
        seen["after_adding"] = sorted(ticked(dialog))
        # Rename the first: the input dialog asks for the new name
        dialog.list.setCurrentIndex(dialog.model.index(tag_row(dialog, "ny på skolen"), 0))

        def rename(input_dialog: QWidget) -> None:
            assert isinstance(input_dialog, QInputDialog)
            input_dialog.setTextValue("ny i klassen")
            input_dialog.accept()

        when_dialog_opens(rename)
        qtbot.mouseClick(button(dialog, "Rename…"), Qt.MouseButton.LeftButton)
        seen["after_renaming"] = sorted(ticked(dialog))
        # Delete the other from the class, after saying yes to the question
        dialog.list.setCurrentIndex(dialog.model.index(tag_row(dialog, "linje: naturvidenskab"), 0))

        def say_yes(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen["question"] = box.text()
            box.button(QMessageBox.StandardButton.Yes).click()

        when_dialog_opens(say_yes)
        qtbot.mouseClick(button(dialog, "Delete from the class"), Qt.MouseButton.LeftButton)
        seen["after_deleting"] = [
            dialog.model.item(r).text() for r in range(dialog.model.rowCount())
        ]
        dialog.accept()

    problems = when_dialog_opens(work_in_the_dialog)
    qtbot.mouseClick(screen.findChild(QPushButton, "editTags"), Qt.MouseButton.LeftButton)
    assert not problems
    assert seen["title"] == "Tags for Anna Holm"
    assert seen["after_adding"] == ["linje: naturvidenskab", "ny på skolen"]
    assert seen["after_renaming"] == ["linje: naturvidenskab", "ny i klassen"]
    assert "“linje: naturvidenskab” is removed from every student" in str(seen["question"])
    assert seen["after_deleting"] == ["ny i klassen"]
    # Saved: Anna has the tag, Bo has none, and the class knows only the one tag
    students = {s.display_name: s for s in running.workspace.roster.list_students(summary.id)}
    assert students["Anna Holm"].tags == ("ny i klassen",)
    assert students["Bo Berg"].tags == ()
    assert running.workspace.roster.list_tags(summary.id) == ["ny i klassen"]


def test_a_tag_that_cannot_be_saved_is_explained(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_class(running)
    student, _undo = running.workspace.roster.add_student(summary.id, "Anna Holm")
    running.workspace.roster.add_tag(summary.id, "sport")
    dialog = TagsDialog(running.workspace.roster, summary.id, student, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    warnings: list[str] = []

    def read_warning(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        box.close()

    # Too long
    when_dialog_opens(read_warning)
    dialog.new_tag.setText("x" * 101)
    dialog.add_tag()
    # The same name twice
    when_dialog_opens(read_warning)
    dialog.new_tag.setText("sport")
    dialog.add_tag()
    assert warnings == [
        "A tag can have at most 100 characters.",
        "“sport” already exists. Choose another name.",
    ]
    # Nothing typed, nothing chosen: nothing happens and nothing is asked
    dialog.new_tag.clear()
    dialog.add_tag()
    dialog.list.setCurrentIndex(dialog.model.index(-1, 0))
    dialog.rename_tag()
    dialog.delete_tag()
    assert QApplication.activeModalWidget() is None
    assert running.workspace.roster.list_tags(summary.id) == ["sport"]
