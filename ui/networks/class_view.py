"""The board on the projector: the passive audience window of the lesson runner, fed a frame
with codes, categories and moderated texts only.

The frame is built from the core's ClassBoardView, which holds nothing else: no names (texts
with a name from the class list are left out by the core), no moderation, no reasons. The words
the frame adds are in the class's content language, like the rest of the audience view.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from netwerk_desktop.networks import Category, ClassBoardView, ItemKind, ItemStatus
from ui.common.app_settings import AppSettings, Setting
from ui.presentation.audience_window import AudienceWindow
from ui.presentation.displays import DisplayList, SystemDisplays, place_audience
from ui.presentation.frames import AudienceFrame, GroupCard, Layout
from ui.presentation.words import AudienceWords

TITLE = str(QT_TRANSLATE_NOOP("Audience", "Needs and offers"))
MATCHES = str(QT_TRANSLATE_NOOP("Audience", "Matches"))
EMPTY = str(QT_TRANSLATE_NOOP("Audience", "Nothing on the board yet"))
KINDS = {
    ItemKind.NEED: str(QT_TRANSLATE_NOOP("Audience", "Need")),
    ItemKind.OFFER: str(QT_TRANSLATE_NOOP("Audience", "Offer")),
}
STATUSES = {
    ItemStatus.MATCHED: str(QT_TRANSLATE_NOOP("Audience", "matched")),
    ItemStatus.DONE: str(QT_TRANSLATE_NOOP("Audience", "done")),
}
CATEGORIES = {
    Category.STUDY: str(QT_TRANSLATE_NOOP("Audience", "School and study")),
    Category.WORK: str(QT_TRANSLATE_NOOP("Audience", "Jobs and internships")),
    Category.CLUBS: str(QT_TRANSLATE_NOOP("Audience", "Clubs and free time")),
    Category.SKILLS: str(QT_TRANSLATE_NOOP("Audience", "Learning something new")),
    Category.PRACTICAL: str(QT_TRANSLATE_NOOP("Audience", "Practical things")),
    Category.COMPANY: str(QT_TRANSLATE_NOOP("Audience", "Doing things together")),
}


def board_frame(view: ClassBoardView, words: AudienceWords) -> AudienceFrame:
    """One card per category with its items by code, and a card of matches as pairs of codes."""
    cards: list[GroupCard] = []
    for category in view.categories:
        lines = []
        for item in category.items:
            label = f"{item.code} · {words(KINDS[item.kind])}"
            if item.status in STATUSES:
                label += f" · {words(STATUSES[item.status])}"
            lines.append((label, item.text))
        cards.append(GroupCard(words(CATEGORIES[category.category]), tuple(lines)))
    if view.matches:
        pairs = tuple((f"{need}  ↔  {offer}",) for need, offer in view.matches)
        cards.append(GroupCard(words(MATCHES), pairs))
    if not cards:
        cards.append(GroupCard(words(EMPTY), ()))
    return AudienceFrame(Layout.GROUPS, title=words(TITLE), groups=tuple(cards))


class BoardProjection(QObject):
    """Shows a class's board on the audience screen until the teacher stops it (or presses Esc
    on the audience window)."""

    stopped = Signal()

    def __init__(
        self,
        owner: QWidget,
        settings: AppSettings,
        language: str,
        displays: DisplayList | None = None,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._settings = settings
        self.words = AudienceWords(language)
        self.displays = displays or SystemDisplays(self)
        self.audience = AudienceWindow(str(settings.value(Setting.PRESENTATION_THEME)), owner)
        self.audience.setObjectName("boardAudience")
        self.audience.installEventFilter(self)
        self.audience.pages_counted.connect(self._pages_counted)
        self.audience.tapped.connect(lambda way: self.turn(1 if way == "next" else -1))
        self.displays.changed.connect(self.place)
        self.frame: AudienceFrame | None = None
        self.pages = 1

    def show_board(self, view: ClassBoardView) -> None:
        page = self.frame.page if self.frame is not None else 0
        self.frame = replace(board_frame(view, self.words), page=page)
        self.audience.show_frame(self.frame)
        if not self.audience.isVisible():
            self.place()

    def turn(self, pages: int) -> None:
        """Another page of a board too full for one screen (PageDown, PageUp, a tap)."""
        if self.frame is None:
            return
        page = max(0, min(self.pages - 1, self.frame.page + pages))
        if page != self.frame.page:
            self.frame = replace(self.frame, page=page)
            self.audience.show_frame(self.frame)

    def _pages_counted(self, pages: int) -> None:
        self.pages = max(1, pages)

    def place(self) -> None:
        screen = self._owner.screen()
        chosen = str(self._settings.value(Setting.PRESENTATION_SCREEN))
        placement = place_audience(
            self.displays.displays(), screen.name() if screen else None, chosen
        )
        if placement is None:
            self.audience.show()
            return
        target = self.displays.screen(placement.display.name)
        if self.audience.isFullScreen():
            self.audience.showNormal()
        if target is not None:
            self.audience.setScreen(target)
        self.audience.setGeometry(placement.display.geometry)
        if target is not None:
            self.audience.showFullScreen()
        else:
            self.audience.show()

    def stop(self) -> None:
        self.audience.hide()
        self.audience.deleteLater()
        self.stopped.emit()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.audience
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.stop()
                return True
            turns = {
                Qt.Key.Key_PageDown: 1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Space: 1,
                Qt.Key.Key_PageUp: -1,
                Qt.Key.Key_Left: -1,
            }
            if event.key() in turns:
                self.turn(turns[Qt.Key(event.key())])
                return True
        return super().eventFilter(watched, event)
