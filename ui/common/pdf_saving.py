"""Saving a handout as a PDF file the teacher chooses, rendered off the GUI thread.

Screens other than Handouts (the board, the directory) print their own sheets this way; the
Handouts screen previews and prints the same kinds too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from netwerk_desktop.handouts import HandoutRequest, render_handout
from ui.common.tasks import Task, TaskControl, run_in_background


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfSaving", "Save as PDF"),
        str(Path(folder or Path.home()) / suggested),
        QCoreApplication.translate("PdfSaving", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def save_pdf(
    parent: QWidget,
    make_request: Callable[[], HandoutRequest],
    path: Path,
    *,
    saved: Callable[[Path], None],
    failed: Callable[[BaseException], None],
) -> Task:
    """Make the request and render it to `path` (a temporary name first, then renamed), in the
    background; `saved` or `failed` is called on the GUI thread."""

    def work(_control: TaskControl) -> Path:
        partial = path.with_name(path.name + ".part")
        try:
            render_handout(make_request(), partial)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        return path

    return run_in_background(work, parent, succeeded=saved, failed=failed)
