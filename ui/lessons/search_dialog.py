"""Search (Ctrl+F): type words, see the lessons' steps, prompts and activities that hold them,
and open one where it lives (Lessons, the prompt library, Activities)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from netwerk_desktop.content import ContentPack, load_pack
from ui.common.app_settings import AppSettings
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.lessons.content_language import default_content_language
from ui.lessons.search import Hit, HitKind, search_pack

HitRole = Qt.ItemDataRole.UserRole + 1
TYPING_MS = 200


class SearchDialog(Retranslating, QDialog):
    open_requested = Signal(str, object)  # a screen key and its argument

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self._settings = settings
        self._pack: ContentPack | None = None
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("searchCount")
        self.count.setProperty("role", "muted")
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.activated.connect(self._open)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_MS)
        self._typing.timeout.connect(self.search)
        self.field.textChanged.connect(self._typing.start)
        self.field.returnPressed.connect(self._open_first)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.resize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search lessons, prompts and activities"))
        self.field.setPlaceholderText(self.tr("Words to look for, e.g. friend worried"))
        self.search()

    def pack(self) -> ContentPack:
        if self._pack is None:
            from netwerk_desktop.content import available_languages

            language = default_content_language(self._settings, available_languages())
            self._pack = load_pack(language)
        return self._pack

    def search(self) -> list[Hit]:
        self._typing.stop()
        query = self.field.text()
        hits = search_pack(self.pack(), query) if query.strip() else []
        self.model.clear()
        for hit in hits:
            item = QStandardItem(f"{self._where(hit)}\n{hit.snippet or hit.title}")
            item.setData(hit, HitRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self.count.setText(
            self.tr("%n result(s)", "", len(hits)) if query.strip() else self.tr("Type words.")
        )
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        return hits

    def _where(self, hit: Hit) -> str:
        if hit.kind is HitKind.LESSON and hit.step_number:
            return fill(
                self.tr("Lesson %1, step %2: %3"),
                str(hit.lesson_number),
                str(hit.step_number),
                hit.title,
            )
        if hit.kind is HitKind.LESSON:
            return fill(self.tr("Lesson %1: %2"), str(hit.lesson_number), hit.title)
        if hit.kind is HitKind.PROMPT:
            return self.tr("Prompt")
        return fill(self.tr("Activity: %1"), hit.title)

    def _open_first(self) -> None:
        if self._typing.isActive():
            self.search()
        index = self.results.currentIndex()
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, Hit):
            return
        target: tuple[str, Any]
        if hit.kind is HitKind.LESSON:
            target = ("lessons", hit.key)
        elif hit.kind is HitKind.PROMPT:
            target = ("lessons", ("prompt", hit.key))
        else:
            target = ("activities", hit.key)
        self.open_requested.emit(*target)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the field goes to the results, as in a search box
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus():
            self.results.setFocus()
            return
        super().keyPressEvent(event)
