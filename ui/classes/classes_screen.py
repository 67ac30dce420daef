"""Classes: the list of classes on the left, the chosen class's page on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.workspace import Workspace
from ui.classes.class_dialog import create_class_interactively
from ui.classes.class_list_model import ClassListModel
from ui.classes.class_page import ClassPage
from ui.common.app_settings import AppSettings, Setting
from ui.common.changes import ChangeSignals
from ui.common.screen import Screen
from ui.common.widths import fit_width, keep_fitted

SIDE_WIDTH = 300  # the list of classes, at least


class ClassesScreen(Screen):
    key = "classes"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_classes")
        self._workspace = workspace
        self._settings = settings
        self.model = ClassListModel(self)
        self.list = QListView()
        self.list.setObjectName("classList")
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._open_current())
        self.show_archived = QCheckBox()
        self.show_archived.setObjectName("showArchived")
        self.show_archived.setChecked(bool(settings.value(Setting.SHOW_ARCHIVED_CLASSES)))
        self.show_archived.toggled.connect(self._archived_toggled)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newClass")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.create_class)
        self.list_title = QLabel()
        self.list_title.setProperty("role", "subtitle")

        side = QVBoxLayout()
        side.addWidget(self.list_title)
        side.addWidget(self.list, 1)
        side.addWidget(self.show_archived)
        side.addWidget(self.new_button)
        side_widget = QWidget()
        side_widget.setLayout(side)
        self.side_widget = side_widget

        self.page = ClassPage(workspace, settings)
        self.page.status_message.connect(self.status_message)
        self.page.deleted.connect(lambda _id: self.refresh())
        self.empty = QLabel()
        self.empty.setObjectName("classesEmpty")
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.page)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(24)
        layout.addWidget(side_widget)
        layout.addWidget(self.pages, 1)
        changes.changed.connect(self._on_change)
        self.retranslate()
        keep_fitted(self, self._fit_side)
        self.refresh()

    def retranslate(self) -> None:
        self.list_title.setText(self.tr("Classes"))
        self.show_archived.setText(self.tr("Show archived classes"))
        self.new_button.setText(self.tr("New class"))
        self.empty.setText(
            self.tr("Choose a class on the left, or create one with “New class”.")
            if self.model.rowCount()
            else self.tr("No classes yet. Create one with “New class”.")
        )
        self._fit_side()

    def _fit_side(self) -> None:
        parts = [self.list_title, self.show_archived, self.new_button]
        width = fit_width(self.side_widget, parts, SIDE_WIDTH)
        self.side_widget.setMaximumWidth(width)

    # Data ----------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = self.current_class_id()
        self.model.set_classes(
            self._workspace.classes.list_classes(include_archived=self.show_archived.isChecked())
        )
        self.retranslate()
        wanted = select_id if select_id is not None else current
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self.pages.setCurrentWidget(self.empty)
            return
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._open_current()

    def current_class_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.summary(index.row()).id if index.isValid() else None

    def _open_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            self.pages.setCurrentWidget(self.empty)
            return
        summary = self.model.summary(index.row())
        if self.page.summary is None or self.page.summary != summary:
            self.page.show_class(summary)
        self.pages.setCurrentWidget(self.page)

    def activated(self, argument: Any = None) -> None:
        class_id = argument if isinstance(argument, int) else None
        if class_id is not None and self.model.row_of(class_id) is None:
            # An archived class opened from elsewhere: show archived ones too.
            summary = self._workspace.classes.get(class_id)
            if summary.archived:
                self.show_archived.setChecked(True)
        self.refresh(class_id)

    def create_class(self) -> None:
        created = create_class_interactively(self._workspace, self)
        if created is not None:
            self.refresh(created.id)

    def _archived_toggled(self, shown: bool) -> None:
        self._settings.set_value(Setting.SHOW_ARCHIVED_CLASSES, shown)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.CLASSES):
            self.refresh()
        elif change.touches(Topic.ROSTER) and change.class_id == self.current_class_id():
            self.page.refresh()
