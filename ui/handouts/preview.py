"""The made handouts: a preview inside the app, and Print, Save as PDF, Open in a PDF viewer.

After a batch, a list of the handouts sits above the preview; the buttons act on the one shown,
and "Print all" / "Save all" on the whole batch.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.handouts.request import RenderedHandout
from ui.common.app_settings import AppSettings, Setting
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.handouts.printing import HandoutPrinting
from ui.handouts.problem_panel import HandoutProblemPanel
from ui.handouts.result_model import HandoutResultModel

MAX_LISTED = 5  # handouts listed without scrolling after a batch
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(class_name: str, title: str) -> str:
    """A file name a teacher recognises: "2.g – Worksheet: Partnerships.pdf", safe on Windows."""
    text = _UNSAFE.sub("-", f"{class_name} – {title}".replace(": ", ", ")).strip(" .")
    return f"{text or 'handout'}.pdf"


def remembered_folder(settings: AppSettings) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(str(settings.value(Setting.HANDOUTS_FOLDER)) or documents or str(Path.home()))
    return folder if folder.is_dir() else Path.home()


class HandoutPreview(Retranslating, QWidget):
    status_message = Signal(str)
    navigate = Signal(str, object)
    cancel_requested = Signal()

    def __init__(
        self,
        opened_folder: Callable[[], Path],
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("handoutPreview")
        self._opened_folder = opened_folder  # copies handed to the system viewer live here
        self.class_name = ""
        self.class_id: int | None = None
        self.printing = HandoutPrinting(self)
        self.printing.progress.connect(self._print_progress)
        self.printing.finished.connect(self._print_finished)
        self.printing.status_message.connect(self.status_message)
        self.printing.save_instead.connect(self.save_as)
        self._busy_text = ""

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("handoutPdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.results = HandoutResultModel(self)
        self.result_list = QListView()
        self.result_list.setObjectName("handoutResults")
        self.result_list.setModel(self.results)
        self.result_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_list.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        self.title = QLabel()
        self.title.setObjectName("handoutTitle")
        self.title.setProperty("role", "subtitle")
        self.pages = QLabel()
        self.pages.setObjectName("handoutPages")
        self.pages.setProperty("role", "muted")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printHandout")
        self.print_button.setProperty("primary", True)
        self.print_button.clicked.connect(self.print_current)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveHandout")
        self.save_button.clicked.connect(self.save_as)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openHandout")
        self.open_button.clicked.connect(self.open_external)
        self.print_all_button = QPushButton()
        self.print_all_button.setObjectName("printAllHandouts")
        self.print_all_button.clicked.connect(self.print_all)
        self.save_all_button = QPushButton()
        self.save_all_button.setObjectName("saveAllHandouts")
        self.save_all_button.clicked.connect(self.save_all)

        self.waiting = QLabel()
        self.waiting.setObjectName("handoutWaiting")
        self.waiting.setProperty("role", "muted")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.problem = HandoutProblemPanel()
        self.problem.navigate.connect(self.navigate)
        self.stack = QStackedWidget()
        for page in (self.waiting, self.view, self.problem):
            self.stack.addWidget(page)

        self.progress = QProgressBar()
        self.progress.setObjectName("handoutProgress")
        self.progress_text = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelHandouts")
        self.cancel_button.clicked.connect(self._cancel)
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_text)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.title.setWordWrap(True)
        batch_buttons = QVBoxLayout()
        batch_buttons.addWidget(self.print_all_button)
        batch_buttons.addWidget(self.save_all_button)
        batch_buttons.addStretch(1)
        self.batch_row = QWidget()
        batch_row = QHBoxLayout(self.batch_row)
        batch_row.setContentsMargins(0, 0, 0, 0)
        batch_row.addWidget(self.result_list, 1)
        batch_row.addLayout(batch_buttons)
        self.batch_row.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.pages, 1)
        for button in (self.open_button, self.save_button, self.print_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.batch_row)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.progress_row)
        self.retranslate()
        self.show_empty()

    # Showing ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.open_button.setText(self.tr("Open in PDF viewer"))
        self.print_all_button.setText(self.tr("Print all…"))
        self.save_all_button.setText(self.tr("Save all…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.waiting.setText(
            self._busy_text or self.tr("Choose a class and a handout to see it here.")
        )
        self._show_pages()

    def show_empty(self) -> None:
        self._busy_text = ""
        self.close_document()
        self.results.set_handouts([])
        self.batch_row.hide()
        self.title.clear()
        self.retranslate()
        self.stack.setCurrentWidget(self.waiting)
        self._update_buttons()

    def show_busy(self, text: str) -> None:
        """A handout is being made: keep the old preview until the new one is ready."""
        self._busy_text = text
        if self.stack.currentWidget() is not self.view:
            self.waiting.setText(text)
            self.stack.setCurrentWidget(self.waiting)

    def stop_busy(self) -> None:
        """Nothing new is coming: the preview keeps what it showed before."""
        self._busy_text = ""
        self.retranslate()

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.progress_text.setText(text)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_row.show()

    def hide_progress(self) -> None:
        self.progress_row.hide()

    def show_error(self, error: BaseException) -> None:
        self._busy_text = ""
        self.close_document()
        self.results.set_handouts([])
        self.batch_row.hide()
        self.title.clear()
        self.pages.clear()
        self.problem.show_error(error, self.class_id)
        self.stack.setCurrentWidget(self.problem)
        self._update_buttons()

    def show_handouts(self, handouts: list[RenderedHandout]) -> None:
        """Show what was made; the first one in the preview."""
        self._busy_text = ""
        self.close_document()
        self.results.set_handouts(handouts)
        self.batch_row.setVisible(self.results.rowCount() > 1)
        self._fit_results()
        if self.results.rowCount():
            self.result_list.setCurrentIndex(self.results.index(0))
        self._show_current()

    def _fit_results(self) -> None:
        """Room for a lesson's batch (up to five handouts) without scrolling."""
        self.result_list.doItemsLayout()
        shown = min(self.results.rowCount(), MAX_LISTED)
        rows = sum(self.result_list.sizeHintForRow(row) for row in range(shown))
        self.result_list.setFixedHeight(rows + 2 * self.result_list.frameWidth() + 4)

    def current_handout(self) -> RenderedHandout | None:
        row = self.result_list.currentIndex().row()
        if not 0 <= row < self.results.rowCount():
            return None
        return self.results.handout(row)

    def close_document(self) -> None:
        """Let go of the file (Windows cannot delete a file that is open)."""
        self.document.close()

    def _show_current(self) -> None:
        handout = self.current_handout()
        if handout is None or handout.path is None:
            self.stack.setCurrentWidget(self.waiting)
            self._update_buttons()
            return
        self.document.load(str(handout.path))
        self.title.setText(handout.title)
        self._show_pages()
        self.stack.setCurrentWidget(self.view)
        self._update_buttons()

    def _show_pages(self) -> None:
        handout = self.current_handout()
        if handout is None:
            self.pages.clear()
            return
        self.pages.setText(self.tr("%n page(s)", "", handout.pages))

    def _update_buttons(self) -> None:
        has_one = self.current_handout() is not None and self.stack.currentWidget() is self.view
        printing = self.printing.running
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(has_one and not printing)
        batch = self.results.rowCount() > 1
        self.print_all_button.setVisible(batch)
        self.save_all_button.setVisible(batch)
        self.print_all_button.setEnabled(batch and not printing)
        self.save_all_button.setEnabled(batch)

    # Printing -------------------------------------------------------------------------------

    def print_current(self) -> None:
        handout = self.current_handout()
        if handout is not None and handout.path is not None:
            self.printing.ask_and_print([handout.path])

    def print_all(self) -> None:
        self.printing.ask_and_print(self.results.paths())

    def _print_progress(self, done: int, total: int) -> None:
        self.show_progress(done, total, self.tr("Sending to the printer…"))

    def _print_finished(self) -> None:
        self.hide_progress()
        self._update_buttons()

    def _cancel(self) -> None:
        if self.printing.running:
            self.printing.cancel()
        else:
            self.cancel_requested.emit()

    # Saving and opening -------------------------------------------------------------------

    def save_as(self) -> None:
        handout = self.current_handout()
        if handout is None:
            return
        suggested = remembered_folder(self._settings) / file_name(self.class_name, handout.title)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the handout as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> bool:
        handout = self.current_handout()
        if handout is None or handout.path is None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(handout.path, target)
        except OSError as exc:
            self._not_saved(target, exc)
            return False
        self._settings.set_value(Setting.HANDOUTS_FOLDER, str(target.parent))
        self.status_message.emit(fill(self.tr("Saved as %1"), str(target)))
        return True

    def save_all(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose a folder for the handouts"),
            str(remembered_folder(self._settings)),
        )
        if folder:
            self.save_all_to(Path(folder))

    def save_all_to(self, folder: Path) -> list[Path]:
        saved: list[Path] = []
        for row in range(self.results.rowCount()):
            handout = self.results.handout(row)
            if handout.path is None:
                continue
            target = folder / file_name(self.class_name, f"{row + 1:02d} {handout.title}")
            try:
                shutil.copyfile(handout.path, target)
            except OSError as exc:
                self._not_saved(target, exc)
                return saved
            saved.append(target)
        self._settings.set_value(Setting.HANDOUTS_FOLDER, str(folder))
        self.status_message.emit(
            fill(self.tr("%n handout(s) saved in %1", "", len(saved)), str(folder))
        )
        return saved

    def _not_saved(self, target: Path, exc: OSError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            fill(
                self.tr(
                    "The handout could not be saved as %1 (%2). Choose another folder, or close "
                    "the "
                    "file if it is open in another program."
                ),
                str(target),
                exc.strerror or type(exc).__name__,
            ),
        )

    def open_external(self) -> Path | None:
        """Open a copy in the system's PDF viewer (the preview's own file may be replaced)."""
        handout = self.current_handout()
        if handout is None or handout.path is None:
            return None
        copy = self._opened_folder() / file_name(self.class_name, handout.title)
        shutil.copyfile(handout.path, copy)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.information(
                self,
                self.tr("No PDF viewer"),
                self.tr("No program for PDF files was found. Use “Save as PDF…” instead."),
            )
        return copy
