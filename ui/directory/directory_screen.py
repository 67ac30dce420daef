"""Directory: the school's local communities and places to get help.

Search and filter (ages 15–20, free, can just turn up, category), the places not checked in 12
months, adding and editing, CSV in and out with Open Referral (HSDS) columns, and a leaflet or
pocket cards as PDF. Nothing is built in: an empty directory says how to start.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from netwerk_desktop.content import load_pack
from netwerk_desktop.directory import DirectoryCategory, DirectoryFilter, Entry, ImportReport
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.handouts import HandoutKind
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.common.changes import ChangeSignals
from ui.common.languages import resolve_language
from ui.common.messages import describe
from ui.common.pdf_saving import ask_pdf_path, save_pdf
from ui.common.placeholders import fill
from ui.common.screen import Screen
from ui.directory.directory_names import category_name
from ui.directory.entry_dialog import EntryDialog
from ui.directory.entry_model import NAME, EntryModel


class DirectoryScreen(Screen):
    key = "directory"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_directory")
        self._workspace = workspace
        self._settings = settings
        self._tasks: list[Any] = []
        self._total = 0
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.category = QComboBox()
        self.category.setObjectName("directoryCategory")
        self.category.addItem("", None)
        for category in DirectoryCategory:
            self.category.addItem("", category.value)
        self.category.currentIndexChanged.connect(lambda _row: self.reload())
        self.ages = self._filter("filterAges")
        self.free = self._filter("filterFree")
        self.drop_in = self._filter("filterDropIn")
        self.stale = self._filter("filterStale")
        self.ended = self._filter("filterEnded")
        searching = QHBoxLayout()
        searching.addWidget(self.search, 2)
        searching.addWidget(self.category, 1)
        filters = QHBoxLayout()
        for box in (self.ages, self.free, self.drop_in, self.stale, self.ended):
            filters.addWidget(box)
        filters.addStretch(1)

        self.model = EntryModel(self)
        self.table = QTableView()
        self.table.setObjectName("directoryEntries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.empty.setObjectName("directoryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.count = QLabel()
        self.count.setObjectName("directoryCount")
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.add_button = self._button("addEntry", self.add_entry)
        self.edit_button = self._button("editEntry", self.edit_entry)
        self.check_button = self._button("checkEntry", self.mark_checked)
        self.remove_button = self._button("removeEntry", self.remove_entry)
        self.import_button = self._button("importDirectory", self.import_csv)
        self.export_button = self._button("exportDirectory", self.export_csv)
        self.leaflet_button = self._button(
            "saveLeaflet", lambda: self.save(HandoutKind.DIRECTORY_LEAFLET)
        )
        self.cards_button = self._button(
            "savePocketCards", lambda: self.save(HandoutKind.DIRECTORY_CARDS)
        )
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.check_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (
            self.import_button,
            self.export_button,
            self.leaflet_button,
            self.cards_button,
        ):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(searching)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.count)
        layout.addLayout(actions)
        changes.changed.connect(self._on_change)
        self.retranslate()
        self.reload()

    def _filter(self, name: str) -> QCheckBox:
        box = QCheckBox()
        box.setObjectName(name)
        box.toggled.connect(lambda _on: self.reload())
        return box

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate(self) -> None:
        self.title.setText(self.tr("Local communities and help"))
        self.search.setPlaceholderText(self.tr("Search names, activities and places"))
        self.category.setItemText(0, self.tr("All categories"))
        for row in range(1, self.category.count()):
            self.category.setItemText(row, category_name(self.category.itemData(row)))
        self.ages.setText(self.tr("Ages 15–20"))
        self.free.setText(self.tr("Free"))
        self.drop_in.setText(self.tr("Can just turn up"))
        self.stale.setText(self.tr("Not checked in 12 months"))
        self.ended.setText(self.tr("Show ended"))
        self.add_button.setText(self.tr("Add a place…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.check_button.setText(self.tr("Checked today…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.leaflet_button.setText(self.tr("Leaflet as PDF…"))
        self.cards_button.setText(self.tr("Pocket cards as PDF…"))
        self.empty.setText(
            self.tr(
                "The directory is empty. Nothing is built in: the school adds the clubs, "
                "associations, youth offers and places to get help it knows of. Add a place, "
                "import a list your municipality shares (CSV with Open Referral columns), or "
                "add the places a class found in “Our networks” – they stay “not checked” until "
                "someone at the school checks them."
            )
        )
        self.model.help_titles = self._help_titles()
        self.model.retranslate()
        self._update_count()

    def _help_titles(self) -> dict[str, str]:
        """The help card's line titles, for help entries that have no name typed yet."""
        try:
            template = load_pack(self.language()).help
        except NetwerkError:
            return {}
        return {} if template is None else {e.id: e.title for e in template.entries}

    def language(self) -> str:
        return resolve_language(str(self._settings.value(Setting.LANGUAGE)))

    # Data --------------------------------------------------------------------------------------

    def activated(self, argument: Any = None) -> None:
        self.reload()

    def wanted(self) -> DirectoryFilter:
        return DirectoryFilter(
            text=self.search.text(),
            category=self.chosen_category(),
            student_ages=self.ages.isChecked(),
            free=self.free.isChecked(),
            drop_in=self.drop_in.isChecked(),
            include_ended=self.ended.isChecked(),
        )

    def chosen_category(self) -> DirectoryCategory | None:
        data = self.category.currentData()  # Qt hands the enum back as its text
        return DirectoryCategory(data) if data else None

    def reload(self) -> None:
        chosen = self.current_entry()
        today = date.today()
        try:
            entries = self._workspace.directory.entries(self.wanted())
            self._total = len(
                self._workspace.directory.entries(DirectoryFilter(include_ended=True))
            )
        except NetwerkError as exc:
            self._show_problem(exc)
            return
        if self.stale.isChecked():
            entries = [entry for entry in entries if entry.is_stale(today)]
        self.model.set_entries(entries, today)
        self.pages.setCurrentWidget(self.empty if self._total == 0 else self.table)
        row = self.model.row_of(chosen.id) if chosen is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count.setText(fill(self.tr("%1 of %2 places shown"), str(shown), str(self._total)))

    def current_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.entry(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current_entry() is not None
        for button in (self.edit_button, self.check_button, self.remove_button):
            button.setEnabled(chosen)
        has_entries = self._total > 0
        for button in (self.export_button, self.leaflet_button, self.cards_button):
            button.setEnabled(has_entries)

    def _show_problem(self, error: BaseException) -> None:
        self.problem.setText(describe(error))
        self.problem.show()

    # Actions -----------------------------------------------------------------------------------

    def _checked_by(self) -> str:
        return str(self._settings.value(Setting.DIRECTORY_CHECKED_BY))

    def add_entry(self) -> None:
        dialog = EntryDialog(
            date.today(), self._workspace.directory.add, checked_by=self._checked_by(), parent=self
        )
        if dialog.exec():
            self._remember_checker(dialog.draft().checked_by)

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = EntryDialog(
            date.today(),
            lambda draft: self._workspace.directory.update(entry.id, draft),
            entry,
            checked_by=self._checked_by(),
            parent=self,
        )
        if dialog.exec():
            self._remember_checker(dialog.draft().checked_by)

    def _remember_checker(self, name: str) -> None:
        if name.strip():
            self._settings.set_value(Setting.DIRECTORY_CHECKED_BY, name.strip())

    def mark_checked(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Checked today"),
            fill(self.tr("Who checked “%1” today?"), entry.name),
            text=self._checked_by(),
        )
        if not ok:
            return
        try:
            self._workspace.directory.mark_checked(entry.id, name.strip())
        except NetwerkError as exc:
            self._show_problem(exc)
            return
        self._remember_checker(name)

    def remove_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the place?"),
            fill(
                self.tr(
                    "Remove “%1” from the school’s directory? Export the directory first if you "
                    "may want it back."
                ),
                entry.name,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self._workspace.directory.remove(entry.id)
            except NetwerkError as exc:
                self._show_problem(exc)

    def import_csv(self) -> None:
        folder = str(self._settings.value(Setting.IMPORT_FOLDER)) or _documents()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import places"), folder, self.tr("CSV files (*.csv *.txt)")
        )
        if not chosen:
            return
        path = Path(chosen)
        self._settings.set_value(Setting.IMPORT_FOLDER, str(path.parent))
        try:
            preview = self._workspace.directory.import_csv(path, dry_run=True)
        except NetwerkError as exc:
            self._show_problem(exc)
            return
        answer = QMessageBox.question(self, self.tr("Import places"), self.import_summary(preview))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            report = self._workspace.directory.import_csv(path)
        except NetwerkError as exc:
            self._show_problem(exc)
            return
        self.status_message.emit(
            fill(self.tr("Imported: %1 added, %2 updated."), str(report.added), str(report.updated))
        )

    def import_summary(self, report: ImportReport) -> str:
        text = fill(
            self.tr(
                "The file adds %1 places and updates %2; %3 are the same already. Imported "
                "places stay “not checked” until someone at the school checks them. Import?"
            ),
            str(report.added),
            str(report.updated),
            str(report.unchanged),
        )
        if report.problems:
            lines = ", ".join(str(problem.line) for problem in report.problems[:10])
            text += "\n\n" + fill(
                self.tr("Lines with something that could not be read (left empty or out): %1"),
                lines,
            )
        return text

    def export_csv(self) -> None:
        folder = str(self._settings.value(Setting.EXPORT_FOLDER)) or _documents()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the directory"),
            str(Path(folder) / "directory.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self._settings.set_value(Setting.EXPORT_FOLDER, str(path.parent))
        try:
            count = self._workspace.directory.export_csv(path)
        except NetwerkError as exc:
            self._show_problem(exc)
            return
        self.status_message.emit(fill(self.tr("%1 places saved in %2"), str(count), str(path)))

    def save(self, kind: HandoutKind) -> None:
        category = self.chosen_category()
        path = ask_pdf_path(self, f"{kind.value}.pdf")
        if path is None:
            return
        handouts, language = self._workspace.handouts, self.language()
        chosen = category.value if category is not None else None
        task = save_pdf(
            self,
            lambda: handouts.directory_request(kind, language, category=chosen),
            path,
            saved=lambda saved: self.status_message.emit(fill(self.tr("Saved %1"), str(saved))),
            failed=self._show_problem,
        )
        self._tasks.append(task)

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.DIRECTORY):
            self.reload()


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
