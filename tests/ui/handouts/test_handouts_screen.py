"""The Handouts screen as a teacher uses it: choose, see the preview, print, save, batches."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netwerk_desktop.handouts import HandoutKind
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.records import ClassSummary
from tests.core.handouts.poppler import needs_poppler, pdftotext
from tests.core.services.test_handouts_service import insert_rotation
from tests.ui.helpers import when_dialog_opens
from ui.common.app_settings import Setting
from ui.handouts.handouts_screen import HandoutsScreen
from ui.handouts.help_contacts_dialog import HelpContactsDialog
from ui.handouts.printing import prepare_printer
from ui.shell.app import RunningApp

NAMES = ("Åse Holm", "Mikkel Jensen", "Zeynep Yılmaz", "Łucja Nowak", "Ahmad Rahimi", "Bo Berg")


def open_handouts(running: RunningApp, language: str = "en") -> tuple[HandoutsScreen, ClassSummary]:
    summary = running.workspace.classes.create("2.g", content_language=language)
    running.workspace.roster.add_students(summary.id, list(NAMES))
    running.window.show_screen("handouts", summary.id)
    screen = running.window.screen_for("handouts")
    assert isinstance(screen, HandoutsScreen)
    return screen, summary


def fill_help_contacts(running: RunningApp, language: str = "en") -> None:
    """The school's contacts for the help cards, all typed in."""
    template = running.workspace.handouts.help_template(language)
    assert template is not None
    running.workspace.handouts.save_help_values(
        {
            (entry.id, field.key): f"{field.label}: filled in"
            for entry in template.entries
            if not entry.is_builtin
            for field in entry.fields
        }
    )


def wait_for_preview(qtbot: QtBot, screen: HandoutsScreen) -> None:
    """Until the handout being made is shown (or its problem is)."""
    qtbot.waitUntil(lambda: screen.task is not None, timeout=3000)
    qtbot.waitUntil(
        lambda: (
            screen.task is not None and not screen.task.running and not screen._settle.isActive()
        ),
        timeout=15000,
    )
    qtbot.wait(20)


def choose_kind(qtbot: QtBot, screen: HandoutsScreen, kind: HandoutKind) -> None:
    view = screen.choices.kinds
    rect = view.visualRect(screen.choices.model.index(screen.choices.model.row_of(kind)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.choices.kind() is kind
    wait_for_preview(qtbot, screen)


def test_choose_a_class_and_kind_and_see_the_preview(qtbot: QtBot, running: RunningApp) -> None:
    # Given a class with six students, opened on the Handouts screen
    screen, summary = open_handouts(running)
    wait_for_preview(qtbot, screen)
    preview = screen.preview
    # Then the worksheet for the first lesson is previewed, as one copy to photocopy
    assert screen.choices.class_id() == summary.id
    assert preview.document.status() == QPdfDocument.Status.Ready
    handout = preview.current_handout()
    assert handout is not None and handout.kind is HandoutKind.WORKSHEET
    assert preview.title.text().startswith("Worksheet: ")
    assert preview.document.pageCount() == handout.pages
    assert preview.pages.text() == f"{handout.pages} page" + ("s" if handout.pages > 1 else "")
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    single = handout.pages
    # When the teacher asks for one per student
    qtbot.mouseClick(screen.choices.per_student, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    wait_for_preview(qtbot, screen)
    assert preview.document.pageCount() == single * len(NAMES)
    # And when they choose the teacher guide, the copies choice goes away
    choose_kind(qtbot, screen, HandoutKind.TEACHER_GUIDE)
    assert preview.title.text().startswith("Teacher guide: ")
    assert not screen.choices.per_student.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Ready
    # And another lesson
    lesson = screen.choices.lesson
    lesson.setCurrentIndex(lesson.findData("partnerships"))
    wait_for_preview(qtbot, screen)
    assert preview.title.text() == "Teacher guide: Partnerships"
    assert screen.choices.lesson_set_button.text() == "Everything for lesson 3"


def test_missing_partnerships_say_where_to_make_them(qtbot: QtBot, running: RunningApp) -> None:
    screen, summary = open_handouts(running)
    wait_for_preview(qtbot, screen)
    # When the teacher chooses the list of partners before there are any
    choose_kind(qtbot, screen, HandoutKind.PARTNERSHIP_OVERVIEW)
    preview = screen.preview
    # Then the screen says so, and how to go on, instead of a preview
    assert preview.stack.currentWidget() is preview.problem
    assert "2.g has no partnerships yet" in preview.problem.message.text()
    assert not preview.print_button.isEnabled()
    qtbot.mouseClick(preview.problem.button, Qt.MouseButton.LeftButton)
    assert running.window.current_screen().key == "partnerships"
    # When partnerships are made meanwhile, the list shows them on return
    ids = {s.display_name: s.id for s in running.workspace.roster.list_students(summary.id)}
    pairs = [[ids[NAMES[0]], ids[NAMES[1]]], [ids[NAMES[2]], ids[NAMES[3]]]]
    insert_rotation(running.workspace, summary.id, [pairs, [[ids[NAMES[4]], ids[NAMES[5]]]]])
    running.workspace.changes.publish(Change.of(Topic.PARTNERSHIPS, class_id=summary.id))
    running.window.show_screen("handouts")
    wait_for_preview(qtbot, screen)
    assert preview.stack.currentWidget() is preview.view
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.title.text() == "Partners and partnership groups"


def test_save_as_pdf_remembers_the_folder(
    qtbot: QtBot, running: RunningApp, tmp_path: Path
) -> None:
    screen, _summary = open_handouts(running)
    wait_for_preview(qtbot, screen)
    target = tmp_path / "saved" / "worksheet.pdf"
    target.parent.mkdir()
    seen: dict[str, str] = {}

    def choose_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["suggested"] = dialog.selectedFiles()[0]
        dialog.selectFile(str(target))
        dialog.accept()

    problems = when_dialog_opens(choose_file)
    qtbot.mouseClick(screen.preview.save_button, Qt.MouseButton.LeftButton)
    assert not problems
    assert Path(seen["suggested"]).name == "2.g – Worksheet, Community – why it matters.pdf"
    handout = screen.preview.current_handout()
    assert handout is not None and handout.path is not None
    assert target.read_bytes() == handout.path.read_bytes()
    from ui.handouts.preview import remembered_folder

    # remembered in the data folder's own settings, not the user's global ones
    assert remembered_folder(running.settings) == target.parent
    assert running.settings.value(Setting.HANDOUTS_FOLDER) == str(target.parent)


def test_a_batch_runs_in_the_background_and_can_be_cancelled(
    qtbot: QtBot, running: RunningApp, tmp_path: Path
) -> None:
    screen, _summary = open_handouts(running)
    fill_help_contacts(running)
    wait_for_preview(qtbot, screen)
    before = screen.preview.current_handout()
    batch_folders = set(screen.scratch.root.iterdir())
    # When the teacher starts "everything for lesson 1" and cancels at once
    qtbot.mouseClick(screen.choices.lesson_set_button, Qt.MouseButton.LeftButton)
    task = screen.task
    assert task is not None and task.running
    assert screen.preview.progress_row.isVisible() and screen.preview.cancel_button.isVisible()
    qtbot.mouseClick(screen.preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not task.running, timeout=15000)
    qtbot.wait(20)
    # Then nothing new is shown, the half-made batch is gone, and the screen says so
    assert screen.preview.current_handout() == before
    assert not screen.preview.progress_row.isVisible()
    assert set(screen.scratch.root.iterdir()) == batch_folders
    assert "Stopped" in running.window.statusBar().currentMessage()
    # When it runs to the end
    qtbot.mouseClick(screen.choices.lesson_set_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, screen)
    # Then every handout of the batch is listed, and can be saved at once
    preview = screen.preview
    kinds = [preview.results.handout(row).kind for row in range(preview.results.rowCount())]
    # Lesson 1's materials add its sorting cards to the set
    assert kinds == [
        HandoutKind.WORKSHEET,
        HandoutKind.TEACHER_GUIDE,
        HandoutKind.SORTING_CARDS,
        HandoutKind.HELP_CARDS,
    ]
    assert preview.print_all_button.isVisible() and preview.save_all_button.isVisible()
    first = preview.results.handout(0)
    assert first.pages == preview.document.pageCount() and first.pages >= len(NAMES)
    saved = preview.save_all_to(tmp_path)
    assert [path.name[:9] for path in saved] == [f"2.g – 0{n} " for n in range(1, 5)]
    assert "4 handouts saved" in running.window.statusBar().currentMessage()


def test_no_printer_is_explained_and_printing_reaches_the_printer(
    qtbot: QtBot, running: RunningApp, tmp_path: Path
) -> None:
    screen, _summary = open_handouts(running)
    wait_for_preview(qtbot, screen)
    preview = screen.preview
    # Given a computer without a printer
    preview.printing.available_printers = lambda: []
    seen: dict[str, str] = {}

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["text"] = dialog.text()
        dialog.reject()

    problems = when_dialog_opens(read_and_close)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert not problems
    assert seen["text"] == "No printer is set up on this computer."
    # And a printer that writes PDF (a real QPrinter, without the system dialog)
    handout = preview.current_handout()
    assert handout is not None and handout.path is not None
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    prepare_printer(printer, handout.path)
    task = preview.printing.print_to(printer, [handout.path])
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert len(PdfReader(out).pages) == handout.pages
    width = float(PdfReader(out).pages[0].mediabox.width)
    assert abs(width - 595) < 2  # A4, as the handout
    assert "sent to the printer" in running.window.statusBar().currentMessage()


@needs_poppler
def test_help_contacts_and_paper_size_reach_the_cards(
    qtbot: QtBot, running: RunningApp, tmp_path: Path
) -> None:
    screen, _summary = open_handouts(running)
    wait_for_preview(qtbot, screen)
    choose_kind(qtbot, screen, HandoutKind.HELP_CARDS)
    assert screen.choices.help_button.isVisible()
    assert screen.choices.per_student.text() == "Enough cards for every student"

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, HelpContactsDialog)
        # The dialog asks for the helpline for young adults too (116 111 is for the young)
        assert dialog.findChild(QLineEdit, "help_young-adult-helpline_contact") is not None
        qtbot.keyClicks(dialog.findChild(QLineEdit, "help_counsellor_name"), "Sanne de Vries")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "help_counsellor_room"), "B 12")
        dialog.accept()

    problems = when_dialog_opens(fill_in)
    qtbot.mouseClick(screen.choices.help_button, Qt.MouseButton.LeftButton)
    assert not problems
    wait_for_preview(qtbot, screen)
    handout = screen.preview.current_handout()
    assert handout is not None and handout.path is not None
    text = pdftotext(handout.path)
    cards = text.count("Where to get help")
    assert cards >= 2 and text.count("Sanne de Vries") == cards
    # When the school switches to US Letter in Settings
    running.window.show_screen("settings")
    paper = running.window.findChild(QComboBox, "settingsPaper")
    paper.setCurrentIndex(paper.findData("LETTER"))
    assert running.workspace.school.get("paper_size") == "LETTER"
    running.window.show_screen("handouts")
    wait_for_preview(qtbot, screen)
    assert abs(screen.preview.document.pagePointSize(0).width() - 612) < 1
    # Look at what the screen made
    handout = screen.preview.current_handout()
    assert handout is not None and handout.path is not None
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(handout.path), tmp_path / "p"],
        check=True,
    )
    assert list(tmp_path.glob("p*.png"))


def test_the_screen_speaks_danish(qtbot: QtBot, running: RunningApp) -> None:
    screen, _summary = open_handouts(running, "da")
    wait_for_preview(qtbot, screen)
    running.settings.set_value(Setting.LANGUAGE, "da")
    qtbot.wait(10)
    assert screen.title.text() == "Udleveringsark"
    assert screen.preview.print_button.text() == "Udskriv …"
    assert screen.choices.model.index(0).data() == "Elevark"
    running.settings.set_value(Setting.LANGUAGE, "en")
    qtbot.wait(10)
    assert screen.title.text() == "Handouts"


def test_the_rendered_files_are_removed_when_the_app_quits(
    qtbot: QtBot, running: RunningApp
) -> None:
    screen, _summary = open_handouts(running)
    wait_for_preview(qtbot, screen)
    handout = screen.preview.current_handout()
    assert handout is not None and handout.path is not None and handout.path.exists()
    root = screen.scratch.root
    # The previews, which name students, are made inside the data folder, never in /tmp
    assert root.parent == running.workspace.location.previews_dir
    # Only the handout shown is kept while the app runs
    choose_kind(qtbot, screen, HandoutKind.NETWORK_MAP)
    assert not handout.path.exists()
    assert len(list(root.rglob("*.pdf"))) == 1
    # And nothing is left once the app quits
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert not root.exists()


def test_erasing_a_student_removes_the_shown_preview_and_the_next_one_is_made(
    qtbot: QtBot, running: RunningApp
) -> None:
    screen, summary = open_handouts(running)
    wait_for_preview(qtbot, screen)
    handout = screen.preview.current_handout()
    assert handout is not None and handout.path is not None
    student = running.workspace.roster.list_students(summary.id)[0]
    # When a student is erased, the previews naming them go with them
    running.workspace.privacy.erase_student(student.id)
    assert not handout.path.exists()
    # And the screen makes the next preview in a new folder of its own
    choose_kind(qtbot, screen, HandoutKind.NETWORK_MAP)
    wait_for_preview(qtbot, screen)
    shown = screen.preview.current_handout()
    assert shown is not None and shown.path is not None and shown.path.exists()
