"""Lessons: the lesson series and the chosen lesson's plan, step by step, and the prompt
library by theme, in the content language the teacher picks. Read-only; lessons are run from
a class."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import ContentPack, FallbackKind, Lesson
from ui.common.app_settings import AppSettings
from ui.common.screen import Screen
from ui.common.series_chooser import SeriesChooser
from ui.lessons.content_language import ContentLanguageChooser
from ui.lessons.lesson_detail import LessonDetail
from ui.lessons.lesson_list_model import HtmlRole, LessonListModel
from ui.lessons.pack_loader import PackLoader
from ui.lessons.prompt_library import PromptLibrary
from ui.lessons.rich_list_delegate import rich_list_view


def is_borrowed(pack: ContentPack, lesson: Lesson) -> bool:
    """Whether the lesson, or any of its steps, is shown in Danish for want of a translation."""
    for fallback in pack.fallbacks:
        if fallback.kind is FallbackKind.PACK:
            return True
        if fallback.kind is FallbackKind.LESSON and fallback.item_id == lesson.id:
            return True
        if fallback.kind is FallbackKind.STEP and fallback.item_id.startswith(f"{lesson.id}/"):
            return True
    return False


class LessonsScreen(Screen):
    key = "lessons"

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("screen_lessons")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.language = ContentLanguageChooser(settings)
        self.language.changed.connect(self._load)
        self.loader = PackLoader(self)
        self.loader.loaded.connect(self._show_pack)
        self.loader.failed.connect(self._show_failure)
        self._wanted_lesson: str | None = None
        self._failed = False

        self.model = LessonListModel(self)
        self.list: QListView = rich_list_view(HtmlRole, "lessonList")
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._open_current())
        # The series, or a module beside it: each numbered on its own, shown one at a time.
        self.series_choice = SeriesChooser()
        self.series_choice.chosen.connect(lambda _module: self._show_series())
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.series_choice)
        listing_layout.addWidget(self.list, 1)
        self.detail = LessonDetail()
        self.series = QSplitter(Qt.Orientation.Horizontal)
        self.series.setObjectName("lessonSeries")
        self.series.setChildrenCollapsible(False)
        self.series.addWidget(listing)
        self.series.addWidget(self.detail)
        self.series.setStretchFactor(1, 1)
        self.series.setSizes([400, 800])
        self.prompt_library = PromptLibrary()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lessonTabs")
        self.tabs.addTab(self.series, "")
        self.tabs.addTab(self.prompt_library, "")
        self.message = QLabel()
        self.message.setObjectName("lessonsMessage")
        self.message.setProperty("role", "muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.tabs)

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
        self.title.setText(self.tr("Lessons"))
        self.tabs.setTabText(0, self.tr("Lesson series"))
        self.tabs.setTabText(1, self.tr("Prompt library"))
        self.message.setText(
            self.tr(
                "The lesson texts could not be read, so there is nothing to show here. "
                "Reinstalling Netwerk Desktop puts them back."
            )
            if self._failed
            else self.tr("Loading the lessons…")
        )
        self.model.retranslate()
        self.list.doItemsLayout()

    # Data ----------------------------------------------------------------------------------

    def _load(self, language: str) -> None:
        self.loader.load(language)

    def _show_pack(self, pack: ContentPack) -> None:
        wanted = self._wanted_lesson or self.current_lesson_id()
        self._wanted_lesson = None
        self._failed = False
        self.series_choice.set_pack(pack)
        found = pack.lesson(wanted) if wanted else None
        if found is not None:
            self.series_choice.choose(found.module)
        self.model.set_lessons(SeriesChooser.lessons(pack, self.series_choice.module()))
        self.prompt_library.show_pack(pack)
        row = self.model.row_of(wanted) if wanted else None
        self._select_row(row if row is not None else 0)
        self.pages.setCurrentWidget(self.tabs)

    def _show_series(self) -> None:
        """The teacher chose the series or a module: list its lessons, open the first."""
        pack = self.loader.pack
        if pack is None:
            return
        self.model.set_lessons(SeriesChooser.lessons(pack, self.series_choice.module()))
        self._select_row(0)

    def _show_failure(self, _error: BaseException) -> None:
        self._failed = True
        self.retranslate()
        self.pages.setCurrentWidget(self.message)

    def current_lesson_id(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.lesson(index.row()).id if index.isValid() else None

    def show_lesson(self, lesson_id: str) -> None:
        """Open a lesson by id (now, or as soon as the lessons are read)."""
        self.tabs.setCurrentWidget(self.series)
        pack = self.loader.pack
        found = pack.lesson(lesson_id) if pack is not None else None
        if found is not None and found.module != self.series_choice.module():
            self.series_choice.choose(found.module)
        row = self.model.row_of(lesson_id)
        if row is None:
            self._wanted_lesson = lesson_id
            return
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.detail.show_lesson(None)
            return
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._open_current()

    def _open_current(self) -> None:
        index = self.list.currentIndex()
        pack = self.loader.pack
        if not index.isValid() or pack is None:
            self.detail.show_lesson(None)
            return
        lesson = self.model.lesson(index.row())
        if self.detail.lesson != lesson:
            self.detail.show_lesson(lesson, is_borrowed(pack, lesson))

    def activated(self, argument: Any = None) -> None:
        """`argument`: a lesson id, or ("prompt", prompt id) to open the prompt library there."""
        if isinstance(argument, str):
            self.show_lesson(argument)
        elif isinstance(argument, tuple) and len(argument) == 2 and argument[0] == "prompt":
            self.show_prompt(str(argument[1]))

    def show_prompt(self, prompt_id: str) -> None:
        """The prompt library at the prompt's theme."""
        self.tabs.setCurrentWidget(self.prompt_library)
        pack = self.loader.pack
        prompt = pack.prompt(prompt_id) if pack is not None else None
        if prompt is not None:
            self.prompt_library.select_theme(prompt.theme)
