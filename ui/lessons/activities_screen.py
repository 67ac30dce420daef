"""Activities: the community-building activity catalogue, narrowed by time, group size, space,
kind and search, with the chosen activity's instructions; in the content language the teacher
picks (shared with the Lessons screen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import Activity, ContentPack, plain_text
from ui.common.app_settings import AppSettings
from ui.common.flow_layout import FlowLayout
from ui.common.placeholders import fill
from ui.common.printable import print_text, save_as_pdf
from ui.common.screen import Screen
from ui.lessons.activity_detail import ActivityDetail
from ui.lessons.activity_filters import ActivityFilterBar
from ui.lessons.activity_model import ActivityFilter, ActivityListModel, HtmlRole
from ui.lessons.content_language import ContentLanguageChooser
from ui.lessons.pack_loader import PackLoader
from ui.lessons.rich_list_delegate import rich_list_view
from ui.presentation.framing import text_frame
from ui.presentation.on_screen import FrameOnScreen, show_on_class_screen


class ActivitiesScreen(Screen):
    key = "activities"

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("screen_activities")
        self._settings = settings
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.language = ContentLanguageChooser(settings)
        self.language.changed.connect(self._load)
        self.loader = PackLoader(self)
        self.loader.loaded.connect(self._show_pack)
        self.loader.failed.connect(self._show_failure)
        self._wanted_activity: str | None = None
        self._failed = False

        self.model = ActivityListModel(self)
        self.proxy = ActivityFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filters = ActivityFilterBar(self.proxy)
        self.filters.changed.connect(self._filters_changed)
        self.count = QLabel()
        self.count.setObjectName("activityCount")
        self.count.setProperty("role", "muted")
        self.list: QListView = rich_list_view(HtmlRole, "activityList")
        self.list.setModel(self.proxy)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._open_current())
        self.detail = ActivityDetail()
        self.show_button = QPushButton()
        self.show_button.setObjectName("showActivity")
        self.show_button.clicked.connect(self.show_to_class)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printActivity")
        self.print_button.clicked.connect(self.print_activity)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("saveActivityPdf")
        self.pdf_button.clicked.connect(self.save_activity_pdf)
        actions = QWidget()
        action_row = FlowLayout(actions)
        for button in (self.show_button, self.print_button, self.pdf_button):
            action_row.addWidget(button)
        detail_side = QWidget()
        detail_layout = QVBoxLayout(detail_side)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(actions)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.count)
        side.addWidget(self.list, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        self.catalogue = QSplitter(Qt.Orientation.Horizontal)
        self.catalogue.setObjectName("activityCatalogue")
        self.catalogue.setChildrenCollapsible(False)
        self.catalogue.addWidget(side_widget)
        self.catalogue.addWidget(detail_side)
        self.catalogue.setStretchFactor(1, 1)
        self.catalogue.setSizes([420, 780])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(12)
        content_layout.addWidget(self.filters)
        content_layout.addWidget(self.catalogue, 1)
        self.content = content
        self.message = QLabel()
        self.message.setObjectName("activitiesMessage")
        self.message.setProperty("role", "muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(content)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self._load(self.language.language())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Activities"))
        self.show_button.setText(self.tr("Show to the class"))
        self.show_button.setToolTip(
            self.tr("The activity's title, what it is and its steps, on the screen the class sees.")
        )
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.message.setText(
            self.tr(
                "The activities could not be read, so there is nothing to show here. "
                "Reinstalling Netwerk Desktop puts them back."
            )
            if self._failed
            else self.tr("Loading the activities…")
        )
        self.model.retranslate()
        self.list.doItemsLayout()
        self._show_count()

    # Data ----------------------------------------------------------------------------------

    def _load(self, language: str) -> None:
        self.loader.load(language)

    def _show_pack(self, pack: ContentPack) -> None:
        wanted = self._wanted_activity or self.current_activity_id()
        self._wanted_activity = None
        self._failed = False
        self.model.set_activities(pack.activities)
        self.pages.setCurrentWidget(self.content)
        self._select(wanted)

    def _show_failure(self, _error: BaseException) -> None:
        self._failed = True
        self.retranslate()
        self.pages.setCurrentWidget(self.message)

    def shown_activities(self) -> list[Activity]:
        """The activities the list shows now, in order."""
        return [
            self.model.activity(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def current_activity(self) -> Activity | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.activity(self.proxy.mapToSource(index).row())

    def current_activity_id(self) -> str | None:
        activity = self.current_activity()
        return activity.id if activity else None

    def show_activity(self, activity_id: str) -> None:
        """Open an activity by id (now, or as soon as the catalogue is read); filters that
        would hide it are cleared."""
        row = self.model.row_of(activity_id)
        if row is None:
            self._wanted_activity = activity_id
            return
        if not self.proxy.mapFromSource(self.model.index(row)).isValid():
            self.filters.clear()
        self._select(activity_id)

    def _select(self, activity_id: str | None) -> None:
        row = self.model.row_of(activity_id) if activity_id else None
        index = self.proxy.mapFromSource(self.model.index(row)) if row is not None else None
        if index is None or not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)
        self._open_current()
        self._show_count()

    def _filters_changed(self) -> None:
        # Keep the chosen activity when it still fits; otherwise show the first that does.
        chosen = self.detail.activity
        self._select(chosen.id if chosen is not None else None)

    def _show_count(self) -> None:
        shown = self.proxy.rowCount()
        self.count.setText(self.tr("%n activity(ies) found", "", shown))

    def _open_current(self) -> None:
        activity = self.current_activity()
        if activity != self.detail.activity or activity is None:
            self.detail.show_activity(activity)
        for button in (self.show_button, self.print_button, self.pdf_button):
            button.setEnabled(activity is not None)

    # Showing and printing ----------------------------------------------------------------------

    def show_to_class(self) -> FrameOnScreen | None:
        activity = self.detail.activity
        if activity is None:
            return None
        frame = text_frame(plain_text(activity.title), activity.summary, activity.steps)
        return show_on_class_screen(self, frame, self._settings)

    def print_activity(self) -> None:
        if self.detail.activity is not None:
            print_text(self, self.detail.printable_html())

    def save_activity_pdf(self) -> None:
        activity = self.detail.activity
        if activity is None:
            return
        saved = save_as_pdf(self, self.detail.printable_html(), f"{plain_text(activity.title)}.pdf")
        if saved is not None:
            self.status_message.emit(fill(self.tr("Saved as %1."), saved.name))

    def activated(self, argument: Any = None) -> None:
        if isinstance(argument, str):
            self.show_activity(argument)
