"""The discussion prompt library: the themes on the left, the chosen theme's prompts (each with
its follow-up question) on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from netwerk_desktop.content import ContentPack, PromptTheme
from ui.common.retranslating import Retranslating
from ui.lessons.prompt_models import HtmlRole, PromptListModel, PromptThemeModel, theme_name
from ui.lessons.rich_list_delegate import rich_list_view


class PromptLibrary(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptLibrary")
        self._pack: ContentPack | None = None
        self.themes = PromptThemeModel(self)
        self.prompts = PromptListModel(self)
        self.theme_list: QListView = rich_list_view(HtmlRole, "promptThemes")
        self.theme_list.setModel(self.themes)
        self.theme_list.selectionModel().currentChanged.connect(lambda *_: self._show_theme())
        self.prompt_list: QListView = rich_list_view(HtmlRole, "prompts")
        self.prompt_list.setModel(self.prompts)
        self.themes_title = QLabel()
        self.themes_title.setProperty("role", "subtitle")
        self.prompts_title = QLabel()
        self.prompts_title.setProperty("role", "subtitle")
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.themes_title)
        side.addWidget(self.theme_list, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        self._side = side_widget
        side.setContentsMargins(0, 0, 0, 0)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.prompts_title)
        main.addWidget(self.hint)
        main.addWidget(self.prompt_list, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(16)
        layout.addWidget(side_widget)
        layout.addLayout(main, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.themes_title.setText(self.tr("Themes"))
        self.hint.setText(
            self.tr(
                "Every prompt is about “someone your age” or the class as a whole, never about "
                "a student in the room. The follow-up question takes the talk one step further."
            )
        )
        self.themes.retranslate()
        self.prompts.retranslate()
        self.theme_list.doItemsLayout()
        self.prompt_list.doItemsLayout()
        self._show_title()
        self._fit_theme_names()

    def _fit_theme_names(self) -> None:
        # Wide enough for the longest theme name on one line, in this language and scale.
        font = QFont(self.theme_list.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        longest = max(metrics.horizontalAdvance(theme_name(theme)) for theme in PromptTheme)
        margins = 2 * metrics.height() + self.theme_list.verticalScrollBar().sizeHint().width()
        self._side.setFixedWidth(min(longest + margins, 480))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_theme_names()  # the UI scale changed
        super().changeEvent(event)

    def show_pack(self, pack: ContentPack) -> None:
        theme = self.current_theme()
        self._pack = pack
        self.themes.set_prompts(pack.prompts)
        self.select_theme(theme or PromptTheme.CLASS_CULTURE)

    def current_theme(self) -> PromptTheme | None:
        index = self.theme_list.currentIndex()
        return self.themes.theme(index.row()) if index.isValid() else None

    def select_theme(self, theme: PromptTheme) -> None:
        row = list(PromptTheme).index(theme)
        self.theme_list.selectionModel().setCurrentIndex(
            self.themes.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show_theme()

    def _show_theme(self) -> None:
        theme = self.current_theme()
        prompts = self._pack.prompts_for(theme) if self._pack and theme else ()
        self.prompts.set_prompts(prompts)
        self.prompt_list.scrollToTop()
        self._show_title()

    def _show_title(self) -> None:
        theme = self.current_theme()
        self.prompts_title.setText(theme_name(theme) if theme else self.tr("Prompts"))
