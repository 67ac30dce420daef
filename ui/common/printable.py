"""Printing a page of the app's own text (an activity, the guide): the system's print dialog,
or a PDF the teacher saves. Handouts have their own PDFs; these are laid out by Qt from the
same rich text the screen shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

MARGIN_MM = 18.0


def document(html: str) -> QTextDocument:
    made = QTextDocument()
    made.setHtml(html)
    return made


def _page(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(html: str, path: Path) -> None:
    """The text as an A4 PDF (to a temporary name first: a half-written file never stays)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    _page(printer)
    partial = path.with_name(path.name + ".part")
    printer.setOutputFileName(str(partial))
    document(html).print_(printer)
    partial.replace(path)


def save_as_pdf(parent: QWidget, html: str, suggested: str) -> Path | None:
    """Ask where, then write the PDF; None when the teacher cancelled."""
    title = QCoreApplication.translate("Printable", "Save as PDF")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("Printable", "PDF (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        write_pdf(html, path)
    except OSError:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Printable",
                "The PDF could not be saved there. Choose another folder, or check that the "
                "USB stick is still in.",
            ),
        )
        return None
    return path


def print_text(parent: QWidget, html: str) -> bool:
    """The system's print dialog, then the text on paper; False when nothing was printed."""
    if not QPrinterInfo.availablePrinters():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Printable", "No printer"),
            QCoreApplication.translate(
                "Printable", "This computer has no printer set up. Save it as a PDF instead."
            ),
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _page(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document(html).print_(printer)
    return True
