"""Run mode: a lesson on the projector, the presenter view in the main window.

It builds the controller, the audience window, the presenter view and the class bar, connects
them, and keeps the audience view on the right screen while screens come and go. With one
screen (a mirrored smartboard) the class sees whatever is on it: the teacher works from the bar
on the class view, and the presenter view stays behind its curtain until the teacher chooses
to show the notes to the class. Keys and buttons end up in `perform`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPicture, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from netwerk_desktop.content import load_pack
from netwerk_desktop.errors import NetwerkError, NotFound
from ui.common.app_settings import AppSettings, Setting
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.presentation.audience_window import AudienceWindow
from ui.presentation.chime import Chime
from ui.presentation.class_bar import ClassBar
from ui.presentation.controller import PresentationController
from ui.presentation.displays import DisplayList, Placement, SystemDisplays, place_audience
from ui.presentation.keys import Action, KeyRouter
from ui.presentation.lesson_start import ready_to_start
from ui.presentation.presenter_view import PREVIEW_WIDTH, PresenterView

if TYPE_CHECKING:
    from netwerk_desktop.workspace import Workspace

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 150


class RunMode(QObject):
    left = Signal(int)  # the class id, when the teacher leaves run mode

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        settings: AppSettings,
        class_id: int,
        lesson_id: str,
        displays: DisplayList | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.setObjectName("runMode")
        self.window = window
        self.settings = settings
        summary = workspace.classes.get(class_id)
        pack = load_pack(summary.content_language)
        lesson = pack.lesson(lesson_id)
        if lesson is None:
            raise NotFound("lesson", lesson_id)
        self.controller = PresentationController(workspace, summary, lesson, pack, clock, self)
        self.displays = displays or SystemDisplays(self)
        self.audience = AudienceWindow(str(settings.value(Setting.PRESENTATION_THEME)), window)
        self.presenter = PresenterView(self.controller)
        self.bar = ClassBar(self.controller, self.audience)  # a child: always above it
        self.bar.hide()
        self.chime = Chime(bool(settings.value(Setting.PRESENTATION_MUTED)), self)
        self.placement: Placement | None = None
        self._rehearsal: AudienceWindow | None = None  # prepares the next step, unseen
        self._hosted: QWidget | None = None
        self._left = False
        self._wire()
        self.keys = KeyRouter(self._windows, self)
        self.keys.triggered.connect(self.perform)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.presenter.tick_times)
        self._preview = QTimer(self)
        self._preview.setSingleShot(True)
        self._preview.setInterval(PREVIEW_DELAY_MS)
        self._preview.timeout.connect(self._update_preview)
        app = QApplication.instance()
        if app is not None:  # the app closing mid-lesson keeps the place, charter and notes
            app.aboutToQuit.connect(self._keep_everything)

    def _wire(self) -> None:
        controller, audience, presenter = self.controller, self.audience, self.presenter
        controller.frame_changed.connect(audience.show_frame)
        controller.timer_changed.connect(audience.show_timer)
        controller.time_up.connect(lambda _last: self.chime.play())
        controller.save_failed.connect(lambda exc: self._status(describe(exc)))
        controller.no_partnerships.connect(
            lambda: self._status(self.tr("This class has no partnerships yet."))
        )
        controller.finished.connect(
            lambda: self._status(self.tr("The lesson is saved as done. Esc leaves run mode."))
        )
        audience.pages_counted.connect(controller.set_page_count)
        audience.tapped.connect(self.perform)
        audience.pointer_moved.connect(self._pointer_moved)
        audience.repainted.connect(self._schedule_preview)
        presenter.action.connect(self.perform)
        presenter.screen_chosen.connect(self._screen_chosen)
        presenter.theme_chosen.connect(self._theme_chosen)
        presenter.muted_changed.connect(self._muted_changed)
        presenter.set_theme(str(self.settings.value(Setting.PRESENTATION_THEME)))
        presenter.mute.setChecked(bool(self.settings.value(Setting.PRESENTATION_MUTED)))
        self.bar.action.connect(self.perform)
        self.bar.notes_confirmed.connect(self.show_notes_to_class)
        presenter.notes_requested.connect(self.show_notes_to_class)
        self.displays.changed.connect(self.place)

    # Starting and leaving ----------------------------------------------------------------------

    def start(self) -> None:
        """Open the lesson where the class left it and show it on the audience screen."""
        self._hosted = self.window.takeCentralWidget()
        self.window.setCentralWidget(self.presenter)
        self.presenter.show()  # the main window is up; a new central widget is not shown yet
        self.controller.begin()
        self.audience.show_timer(self.controller.timer_view())
        self.audience.show_frame(self.controller.frame())
        self.place()
        self.presenter.setFocus()
        self._ticker.start()
        run = self.controller.run
        if run is not None and run.resumed:
            self._status(fill(self.tr("Continuing at step %1."), str(self.controller.index + 1)))

    def leave(self) -> None:
        """Back to where the teacher came from; the place in the lesson is kept."""
        if self._left:
            return
        self._left = True
        self._ticker.stop()
        self._preview.stop()
        self.keys.detach()
        self.presenter.private_notes.save_if_changed()
        self.controller.leave()
        self.bar.hide()
        self.audience.hide()
        if self.window.centralWidget() is self.presenter:
            self.window.takeCentralWidget()
        if self._hosted is not None:
            self.window.setCentralWidget(self._hosted)
            self._hosted.show()  # a widget taken out and put back stays hidden otherwise
            self._hosted = None
        self.presenter.setParent(None)
        self.window.activateWindow()
        for widget in (self.presenter, self.audience, self._rehearsal):
            if widget is not None:
                widget.deleteLater()
        self.left.emit(self.controller.summary.id)
        self.deleteLater()

    def _keep_everything(self) -> None:
        if not self._left:
            self.presenter.private_notes.save_if_changed()
            self.controller.leave()

    # Keys and buttons --------------------------------------------------------------------------

    def perform(self, action: str) -> None:
        controller = self.controller
        if self._class_view_shared():
            self.bar.wake()
        if action == Action.NEXT:
            controller.next()
        elif action == Action.PREVIOUS:
            controller.previous()
        elif action == Action.BLACK:
            controller.toggle_black()
        elif action == Action.CALM:
            controller.toggle_calm()
        elif action == Action.TIMER:
            controller.toggle_timer()
        elif action == Action.MORE:
            controller.add_minutes(1)
        elif action == Action.LESS:
            controller.add_minutes(-1)
        elif action == Action.PARTNERSHIPS:
            controller.show_partnerships(not controller.showing_groups)
        elif action == Action.START:
            controller.show_lesson()
            self.place()
        elif action == Action.HELP:
            if self._class_view_shared():
                self.bar.toggle_help()  # on the class view: the keys are no secret
            else:
                self.presenter.toggle_help()
        elif action == Action.LEAVE:
            if self.presenter.help.isVisible():
                self.presenter.help.hide()
            elif not self.bar.close_popups():
                self.leave()

    def _class_view_shared(self) -> bool:
        """One screen, and the class view is on it (the notes are not shown)."""
        placement = self.placement
        return placement is not None and placement.single_screen and self.audience.isVisible()

    def show_notes_to_class(self) -> None:
        """One screen, and the teacher chose to show the notes: the presenter view comes
        forward with a banner that says the class sees it; F5 goes back."""
        self.presenter.reveal()
        if self.placement is not None and self.placement.single_screen:
            self.bar.hide()
            self.audience.hide()
        self.window.raise_()
        self.window.activateWindow()
        self.presenter.setFocus()

    # Screens -----------------------------------------------------------------------------------

    def _windows(self) -> list[QWidget]:
        return [self.window, self.audience]

    def presenter_display(self) -> str | None:
        screen = self.window.screen()
        return screen.name() if screen is not None else None

    def place(self) -> None:
        """Put the audience view on its screen (again): at the start, when the teacher picks a
        screen, and whenever a screen is plugged in or out."""
        chosen = str(self.settings.value(Setting.PRESENTATION_SCREEN))
        displays = self.displays.displays()
        placement = place_audience(displays, self.presenter_display(), chosen)
        self.placement = placement
        self.presenter.set_displays(displays, chosen, placement)
        self.presenter.set_shared_screen(placement is not None and placement.single_screen)
        if placement is None:
            self.audience.hide()
            self.bar.hide()
            self._status(self.tr("No screen for the audience view; the lesson goes on here."))
            return
        area = placement.display.geometry
        self._move_audience(placement.display.name, area)
        if placement.single_screen:
            self.audience.raise_()
            self.audience.activateWindow()  # the keys and the bar's fields work there
            self.bar.wake()
        else:
            self.bar.hide()
        log.info(
            "Audience view on %s (%s)%s",
            placement.display.name,
            placement.display.size_text,
            ", one screen" if placement.single_screen else "",
        )

    def _move_audience(self, name: str, area: QRect) -> None:
        audience = self.audience
        screen = self.displays.screen(name)
        if audience.isFullScreen():
            audience.showNormal()
        if screen is not None:
            audience.setScreen(screen)
        audience.setGeometry(area)
        if screen is not None:
            audience.showFullScreen()
        else:
            audience.show()

    def _screen_chosen(self, name: str) -> None:
        self.settings.set_value(Setting.PRESENTATION_SCREEN, name)
        self.place()

    def _theme_chosen(self, key: str) -> None:
        self.settings.set_value(Setting.PRESENTATION_THEME, key)
        self.audience.set_theme(key)

    def _muted_changed(self, muted: bool) -> None:
        self.settings.set_value(Setting.PRESENTATION_MUTED, muted)
        self.chime.muted = muted

    def _pointer_moved(self) -> None:
        if self._class_view_shared():
            self.bar.wake()

    # Preview and messages ----------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        if self.presenter.isVisible() and not self._preview.isActive():
            self._preview.start()

    def _update_preview(self) -> None:
        """A small picture of what the class sees, drawn after the projector has it."""
        audience = self.audience
        width = PREVIEW_WIDTH
        height = width * 9 // 16
        picture = QPixmap(width, height)
        picture.fill(Qt.GlobalColor.black)
        painter = QPainter(picture)
        scale = min(width / max(1, audience.width()), height / max(1, audience.height()))
        painter.scale(scale, scale)
        audience.render(painter, QPoint(0, 0))
        painter.end()
        self.presenter.set_preview(picture)
        self._rehearse()

    def _rehearse(self) -> None:
        """Lay out and draw what "next" will show, once, on a window nobody sees: its text is
        then measured and its glyphs drawn when the teacher presses next, so the projector
        gets the new step within a frame even at 4K."""
        upcoming = self.controller.upcoming_frame()
        audience = self.audience
        if upcoming is None or not audience.isVisible():
            return
        rehearsal = self._rehearsal
        if rehearsal is None:
            rehearsal = self._rehearsal = AudienceWindow(audience.theme.key)
            rehearsal.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        elif rehearsal.theme.key != audience.theme.key:
            rehearsal.set_theme(audience.theme.key)
        if rehearsal.size() != audience.size():
            rehearsal.resize(audience.size())
        rehearsal.show_timer(self.controller.timer_view())
        rehearsal.show_frame(upcoming)
        # Drawn into a recording, not pixels: what matters is that each label has laid out
        # its text and made its glyph images, at the projector's scale.
        recording = QPicture()
        painter = QPainter(recording)
        ratio = audience.devicePixelRatioF()
        painter.scale(ratio, ratio)
        rehearsal.render(painter, QPoint(0, 0))
        painter.end()

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)


def start_lesson(
    host: QWidget,
    workspace: Workspace,
    class_id: int,
    lesson_id: str,
    settings: AppSettings,
) -> RunMode | None:
    """Run mode in the main window that holds `host`."""
    window = host.window()
    if not isinstance(window, QMainWindow):
        return None
    running = window.findChild(RunMode, "runMode")
    if isinstance(running, RunMode):
        running.leave()
    try:
        if not ready_to_start(window, workspace, class_id):
            return None
        mode = RunMode(window, workspace, settings, class_id, lesson_id)
        mode.start()
    except NetwerkError as exc:
        window.statusBar().showMessage(describe(exc), 8000)
        return None
    return mode
