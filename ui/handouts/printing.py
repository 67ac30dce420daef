"""Printing our PDFs: the system's print dialog (or why there is no printer), then each page
drawn as an image onto the printer in a worker thread.

The handouts keep margins that survive a printer's unprintable edge, so a page is placed on the
whole sheet of paper (full-page mode), scaled only when the paper is another size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.tasks import Task, TaskControl, run_in_background

PRINT_DPI = 300  # sharp on paper; a 1200 dpi bitmap of A4 would take half a gigabyte


class PrintFailed(Exception):
    """The printer refused to start, or a handout could not be read back."""


def prepare_printer(printer: QPrinter, first_pdf: Path) -> None:
    """Full-page printing on paper the size of the handout, unless the teacher picks another."""
    printer.setFullPage(True)
    document = QPdfDocument()
    if document.load(str(first_pdf)) == QPdfDocument.Error.None_ and document.pageCount():
        points = document.pagePointSize(0)
        size = QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point)
        printer.setPageLayout(
            QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
    document.close()


def page_count(paths: Sequence[Path]) -> int:
    total = 0
    document = QPdfDocument()
    for path in paths:
        if document.load(str(path)) == QPdfDocument.Error.None_:
            total += document.pageCount()
        document.close()
    return total


def print_pdfs(paths: Sequence[Path], printer: QPrinter, control: TaskControl) -> int:
    """Print every page of every file; returns the pages printed. Runs in a worker thread (Qt
    allows painting on a QPrinter there); checks for Cancel between pages."""
    total = page_count(paths)
    document = QPdfDocument()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("the printer did not start")
    printed = 0
    try:
        for path in paths:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                raise PrintFailed(f"cannot read {path}")
            for page in range(document.pageCount()):
                if control.cancelled():
                    printer.abort()
                    return printed
                if printed:
                    printer.newPage()
                _draw_page(document, page, painter, printer)
                printed += 1
                control.report(printed, total)
            document.close()
    finally:
        if painter.isActive():
            painter.end()
    return printed


def _draw_page(document: QPdfDocument, page: int, painter: QPainter, printer: QPrinter) -> None:
    points = document.pagePointSize(page)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    target.moveCenter(paper.center())
    pixels = QSize(round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI))
    image = document.render(page, pixels)
    painter.drawImage(target, image)


class HandoutPrinting(QObject):
    """Print handouts from a widget: ask for the printer, print in the background, report."""

    progress = Signal(int, int)
    finished = Signal()
    status_message = Signal(str)
    save_instead = Signal()  # there is no printer and the teacher chose to save a PDF

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self.available_printers: Callable[[], list[QPrinterInfo]] = QPrinterInfo.availablePrinters
        self.task: Task | None = None
        self._printer: QPrinter | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def ask_and_print(self, paths: Sequence[Path]) -> None:
        if not paths or self.running:
            return
        if not self.available_printers():
            self._no_printer()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, paths[0])
        dialog = QPrintDialog(printer, self._widget)
        dialog.setObjectName("handoutPrintDialog")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer, paths)

    def print_to(self, printer: QPrinter, paths: Sequence[Path]) -> Task:
        """Print in the background; the printer is kept alive until it is done."""
        chosen = list(paths)
        self._printer = printer

        def printed(count: object) -> None:
            pages = int(str(count))
            self.status_message.emit(self.tr("%n page(s) sent to the printer.", "", pages))

        def failed(_error: object) -> None:
            QMessageBox.warning(
                self._widget,
                self.tr("Not printed"),
                self.tr(
                    "The printer did not accept the handout. Check that it is switched on and "
                    "has paper, or save the handout as PDF and print it from there."
                ),
            )

        def done() -> None:
            self._printer = None
            self.finished.emit()

        self.task = run_in_background(
            lambda control: print_pdfs(chosen, printer, control),
            self,
            succeeded=printed,
            failed=failed,
            progress=self.progress.emit,
            cancelled=lambda: self.status_message.emit(self.tr("Printing was cancelled.")),
        )
        self.task.done.connect(done)
        self.progress.emit(0, 1)
        return self.task

    def _no_printer(self) -> None:
        box = QMessageBox(self._widget)
        box.setObjectName("noPrinter")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("No printer"))
        box.setText(self.tr("No printer is set up on this computer."))
        box.setInformativeText(
            self.tr(
                "Save the handout as a PDF file and print it from a computer with a printer, "
                "or ask the school’s IT support to set up the printer here."
            )
        )
        save = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is save:
            self.save_instead.emit()
