"""Add students from a pasted list, a CSV/TSV file or an Excel workbook.

Nothing is saved until the teacher confirms the preview; then every name that will be added is
saved in one go (all or none). Files are read off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.rosters import (
    FullNameColumn,
    ImportPreview,
    NameColumns,
    RosterError,
    RosterFormat,
    RosterTable,
    RowStatus,
    SplitNameColumns,
    TextEncoding,
    guess_name_columns,
    list_sheets,
    parse_pasted,
    read_roster_file,
)
from ui.classes.import_preview_model import PreviewModel
from ui.common.app_settings import AppSettings, Setting
from ui.common.messages import describe
from ui.common.messages.roster import describe_roster_error
from ui.common.placeholders import fill
from ui.common.tasks import Task, TaskControl, run_in_background

if TYPE_CHECKING:
    from netwerk_desktop.services.roster import RosterService, RosterUndo

FULL, SPLIT = "full", "split"
NO_COLUMN = -1


class ImportDialog(QDialog):
    def __init__(
        self,
        roster: RosterService,
        class_id: int,
        class_name: str,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(fill(self.tr("Add students to %1"), class_name))
        self._roster = roster
        self._settings = settings
        self._class_id = class_id
        self._table: RosterTable | None = None
        self.preview: ImportPreview | None = None
        self.saved_count = 0
        self.undo_step: RosterUndo | None = None

        self.tabs = QTabWidget()
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("pasteNames")
        self.paste.setPlaceholderText(
            self.tr(
                "One name per line, or “Last, First”, or columns copied from Excel.\n\n"
                "Anna Holm\nJensen, Mikkel\nSanne\tvan der\tBerg"
            )
        )
        self._paste_timer = QTimer(self)
        self._paste_timer.setSingleShot(True)
        self._paste_timer.setInterval(250)
        self._paste_timer.timeout.connect(self._read_paste)
        self.paste.textChanged.connect(self._paste_timer.start)
        self.tabs.addTab(self.paste, self.tr("Paste a list"))

        file_page = QWidget()
        file_layout = QFormLayout(file_page)
        self.choose_file = QPushButton(self.tr("Choose a file…"))
        self.choose_file.setObjectName("chooseRosterFile")
        self.choose_file.clicked.connect(self._choose_file)
        self.file_label = QLabel(self.tr("CSV, text or Excel (.xlsx) from the school's system"))
        self.file_label.setProperty("role", "muted")
        self.file_label.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.setObjectName("rosterSheet")
        self.sheet.setEnabled(False)
        self.sheet.activated.connect(
            lambda _i: self._read_file(self._path, self.sheet.currentText())
        )
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_layout.addRow(file_row)
        file_layout.addRow(self.tr("Sheet"), self.sheet)
        file_layout.setRowVisible(self.sheet, False)  # only workbooks have sheets
        self._file_layout = file_layout
        self.tabs.addTab(file_page, self.tr("From a file"))
        self._path: Path | None = None
        self._reads = 0
        self.reading: Task | None = None

        self.mode = QComboBox()
        self.mode.setObjectName("nameMode")
        self.mode.addItem(self.tr("One column with the whole name"), FULL)
        self.mode.addItem(self.tr("First and last name in separate columns"), SPLIT)
        self.full_column = QComboBox()
        self.first_column = QComboBox()
        self.middle_column = QComboBox()
        self.last_column = QComboBox()
        for combo in (
            self.mode,
            self.full_column,
            self.first_column,
            self.middle_column,
            self.last_column,
        ):
            combo.activated.connect(lambda _i: self._columns_changed())
        self.columns_form = QFormLayout()
        self.columns_form.addRow(self.tr("Names"), self.mode)
        self.columns_form.addRow(self.tr("Name column"), self.full_column)
        self.columns_form.addRow(self.tr("First name"), self.first_column)
        self.columns_form.addRow(self.tr("Middle name or prefix"), self.middle_column)
        self.columns_form.addRow(self.tr("Last name"), self.last_column)

        self.source_note = QLabel()
        self.source_note.setObjectName("sourceNote")
        self.source_note.setProperty("role", "muted")
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("confirmImport")
        self.add_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 2)
        layout.addLayout(self.columns_form)
        layout.addWidget(self.source_note)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(820, 720)
        self._show_preview()

    # Reading -------------------------------------------------------------------------------

    def _read_paste(self) -> None:
        text = self.paste.toPlainText()
        if not text.strip():
            self._set_table(None)
            return
        try:
            self._set_table(parse_pasted(text))
        except RosterError as exc:
            self._fail(describe_roster_error(exc))

    def _choose_file(self) -> None:
        start = str(self._settings.value(Setting.IMPORT_FOLDER)) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a class list"),
            start,
            self.tr("Class lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if path:
            self._settings.set_value(Setting.IMPORT_FOLDER, str(Path(path).parent))
            self.open_file(Path(path))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read a file (the Choose button, a dropped file, tests)."""
        self._path = path
        self.file_label.setText(path.name)
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self._read_file(path, sheet)

    def _read_file(self, path: Path | None, sheet: str | None) -> None:
        if path is None:
            return
        self.error.hide()
        self.summary.setText(fill(self.tr("Reading %1…"), path.name))
        self.add_button.setEnabled(False)

        def work(_control: TaskControl) -> tuple[RosterTable, tuple[str, ...]]:
            table = read_roster_file(path, sheet=sheet or None)
            sheets = list_sheets(path) if table.source.format is RosterFormat.XLSX else ()
            return table, sheets

        # Only the newest read counts: a slow earlier one must not overwrite it.
        self._reads += 1
        read = self._reads

        def succeeded(result: tuple[RosterTable, tuple[str, ...]]) -> None:
            if read == self._reads:
                self._file_read(result)

        def failed(error: object) -> None:
            if read == self._reads:
                self._file_failed(error)

        self.reading = run_in_background(work, self, succeeded=succeeded, failed=failed)

    def _file_read(self, result: tuple[RosterTable, tuple[str, ...]]) -> None:
        table, sheets = result
        self.sheet.clear()
        if sheets:
            self.sheet.addItems(list(sheets))
            self.sheet.setCurrentText(table.source.sheet or sheets[0])
            self.sheet.setEnabled(len(sheets) > 1)
        self._file_layout.setRowVisible(self.sheet, bool(sheets))
        self._set_table(table)

    def _file_failed(self, error: object) -> None:
        if isinstance(error, RosterError):
            self._fail(describe_roster_error(error))
        else:
            self._fail(describe(error if isinstance(error, BaseException) else Exception(error)))

    def _fail(self, message: str) -> None:
        self._table = None
        self.preview = None
        self.model.set_preview(None)
        self.error.setText(message)
        self.error.show()
        self._show_preview()

    # Columns and preview -------------------------------------------------------------------

    def _set_table(self, table: RosterTable | None) -> None:
        self._table = table
        self.error.hide()
        if table is None:
            self.preview = None
            self.model.set_preview(None)
            self._show_preview()
            return
        labels = [table.column_label(i) for i in range(table.width)]
        for combo in (self.full_column, self.first_column, self.last_column):
            combo.clear()
            for index, label in enumerate(labels):
                combo.addItem(label, index)
        self.middle_column.clear()
        self.middle_column.addItem(self.tr("(none)"), NO_COLUMN)
        for index, label in enumerate(labels):
            self.middle_column.addItem(label, index)
        self._show_columns(guess_name_columns(table))
        self._update_preview()
        self.source_note.setText(self._describe_source(table))

    def _show_columns(self, columns: NameColumns) -> None:
        if isinstance(columns, FullNameColumn):
            self.mode.setCurrentIndex(self.mode.findData(FULL))
            self.full_column.setCurrentIndex(self.full_column.findData(columns.column))
        else:
            self.mode.setCurrentIndex(self.mode.findData(SPLIT))
            self.first_column.setCurrentIndex(self.first_column.findData(columns.first))
            self.last_column.setCurrentIndex(self.last_column.findData(columns.last))
            middle = columns.middle[0] if columns.middle else NO_COLUMN
            self.middle_column.setCurrentIndex(self.middle_column.findData(middle))
        self._show_column_rows()

    def _show_column_rows(self) -> None:
        split = self.mode.currentData() == SPLIT
        single_column = self._table is not None and self._table.width <= 1
        self.columns_form.setRowVisible(0, not single_column)
        self.columns_form.setRowVisible(1, not split and not single_column)
        for row in (2, 3, 4):
            self.columns_form.setRowVisible(row, split and not single_column)

    def chosen_columns(self) -> NameColumns:
        if self.mode.currentData() == SPLIT:
            middle = self.middle_column.currentData()
            return SplitNameColumns(
                first=int(self.first_column.currentData()),
                last=int(self.last_column.currentData()),
                middle=() if middle in (None, NO_COLUMN) else (int(middle),),
            )
        return FullNameColumn(int(self.full_column.currentData() or 0))

    def _columns_changed(self) -> None:
        self._show_column_rows()
        self._update_preview()

    def _update_preview(self) -> None:
        if self._table is None:
            return
        try:
            self.preview = self._roster.preview_import(
                self._class_id, self._table, self.chosen_columns()
            )
        except (NetwerkError, ValueError) as exc:
            self._fail(describe(exc))
            return
        self.model.set_preview(self.preview)
        self._show_preview()

    def _describe_source(self, table: RosterTable) -> str:
        source = table.source
        if source.format is RosterFormat.PASTED:
            return ""
        if source.format is RosterFormat.XLSX:
            return fill(self.tr("Read from the sheet “%1”."), source.sheet or "")
        encoding = (
            {
                TextEncoding.UTF_8: "UTF-8",
                TextEncoding.UTF_16_LE: "UTF-16",
                TextEncoding.UTF_16_BE: "UTF-16",
                TextEncoding.WINDOWS_1252: "Windows-1252",
            }.get(source.encoding, "")
            if source.encoding
            else ""
        )
        separator = {";": "“;”", ",": "“,”", "\t": self.tr("tab")}.get(
            source.delimiter.value if source.delimiter else "", ""
        )
        return fill(self.tr("Read as %1 text, columns separated by %2."), encoding, separator)

    def _show_preview(self) -> None:
        preview = self.preview
        count = 0 if preview is None else preview.counts()[RowStatus.OK]
        self.add_button.setText(self.tr("Add %n student(s)", "", count))
        self.add_button.setEnabled(count > 0)
        if preview is None:
            self.summary.setText(
                "" if self.error.isVisible() else self.tr("The preview appears here.")
            )
            return
        counts = preview.counts()
        skipped = sum(n for status, n in counts.items() if status is not RowStatus.OK)
        text = self.tr("%n name(s) will be added.", "", count)
        if skipped:
            text += " " + self.tr("%n row(s) are skipped; see the marked lines.", "", skipped)
        self.summary.setText(text)

    # Saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.preview is None:
            return
        try:
            records, undo = self._roster.save_import(self._class_id, self.preview)
        except NetwerkError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.saved_count = len(records)
        self.undo_step = undo
        super().accept()
