"""One picture for the class outside a lesson, on the screen the class sees.

The partnership groups from the Partnerships board (numbers and names only: never who is away,
the rules or the warnings the board shows the teacher), an activity from the catalogue, the
built-in guide. On the projector, or full screen on the only screen. Next and previous turn
the pages of a long one; Esc or Close ends it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from ui.common.app_settings import AppSettings, Setting
from ui.common.retranslating import Retranslating
from ui.presentation.audience_window import AudienceWindow
from ui.presentation.displays import DisplayList, SystemDisplays, place_audience
from ui.presentation.frames import AudienceFrame
from ui.presentation.keys import Action, action_for

MARGIN = 24


class CloseButton(Retranslating, QPushButton):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Close (Esc)"))


class FrameOnScreen(QObject):
    def __init__(
        self,
        owner: QWidget,
        frame: AudienceFrame,
        theme: str,
        chosen_screen: str = "",
        displays: DisplayList | None = None,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("frameOnScreen")
        self.frame = frame
        self.pages = 1
        self.audience = AudienceWindow(theme, owner.window())
        self.audience.pages_counted.connect(self._counted)
        self.audience.tapped.connect(self._turn)
        self.audience.installEventFilter(self)
        self.close_button = CloseButton(self.audience)
        self.close_button.setObjectName("closeGroupsOnScreen")
        self.close_button.clicked.connect(self.close)
        self._displays = displays or SystemDisplays(self)
        self._owner = owner
        self._chosen = chosen_screen

    def show(self) -> bool:
        """On the class's screen; False when there is no screen at all."""
        screen = self._owner.window().screen()
        placement = place_audience(
            self._displays.displays(), screen.name() if screen else None, self._chosen
        )
        if placement is None:
            return False
        audience = self.audience
        target = self._displays.screen(placement.display.name)
        if target is not None:
            audience.setScreen(target)
        audience.setGeometry(placement.display.geometry)
        audience.show_frame(self.frame)
        if target is not None:
            audience.showFullScreen()
        else:
            audience.show()
        self.close_button.adjustSize()
        self.close_button.move(audience.width() - self.close_button.width() - MARGIN, MARGIN)
        self.close_button.raise_()
        audience.activateWindow()
        audience.setFocus()
        return True

    def close(self) -> None:
        self.audience.hide()
        self.audience.deleteLater()
        self.deleteLater()

    def _counted(self, pages: int) -> None:
        self.pages = pages

    def _turn(self, direction: str) -> None:
        page = self.frame.page + (1 if direction == Action.NEXT else -1)
        if 0 <= page < self.pages:
            self.frame = replace(self.frame, page=page)
            self.audience.show_frame(self.frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = action_for(event)
            if action is Action.LEAVE:
                self.close()
                return True
            if action in (Action.NEXT, Action.PREVIOUS):
                self._turn(action.value)
                return True
        return False


def show_on_class_screen(
    owner: QWidget, frame: AudienceFrame, settings: AppSettings
) -> FrameOnScreen | None:
    """The frame on the class's screen in the class view's look, as the lessons place it;
    None when there is no screen at all."""
    shown = FrameOnScreen(
        owner,
        frame,
        str(settings.value(Setting.PRESENTATION_THEME)),
        str(settings.value(Setting.PRESENTATION_SCREEN)),
    )
    if shown.show():
        return shown
    shown.close()
    return None
