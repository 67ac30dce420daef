"""The screens the audience view can go to, and the choice between them.

Screens come and go while a lesson runs (a projector plugged in or out). The run mode reads
them through a DisplayList: the system's, or a fixed list that tests and benchmarks set by
hand (the offscreen platform cannot plug screens in). Displays are kept by name only; a
QScreen object is asked for when needed and never held, so an unplugged screen leaves
nothing behind that could crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen


@dataclass(frozen=True)
class Display:
    name: str
    geometry: QRect
    primary: bool = False

    @property
    def size_text(self) -> str:
        return f"{self.geometry.width()}×{self.geometry.height()}"


@dataclass(frozen=True)
class Placement:
    display: Display
    single_screen: bool  # the audience view shares the screen with the presenter view


def place_audience(
    displays: Sequence[Display], presenter: str | None, chosen: str = ""
) -> Placement | None:
    """Where the audience view goes: the chosen screen if it is there; otherwise another
    screen than the presenter's (a projector); otherwise the presenter's own screen."""
    if not displays:
        return None
    wanted = next((d for d in displays if chosen and d.name == chosen), None)
    if wanted is None:
        others = [d for d in displays if d.name != presenter]
        # Of several other screens, a non-primary one is more likely the projector.
        others.sort(key=lambda d: d.primary)
        wanted = others[0] if others else displays[0]
    return Placement(wanted, single_screen=wanted.name == presenter or len(displays) == 1)


class DisplayList(QObject):
    changed = Signal()

    def displays(self) -> list[Display]:
        raise NotImplementedError

    def screen(self, name: str) -> QScreen | None:
        """The QScreen of a display, when there is a real one."""
        return None


class SystemDisplays(DisplayList):
    """The screens QGuiApplication knows, following screenAdded and screenRemoved."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        # Bound methods, not lambdas: Qt drops the connections when this object goes.
        app.screenAdded.connect(self._added)
        app.screenRemoved.connect(self._removed)
        app.primaryScreenChanged.connect(self._removed)
        for screen in QGuiApplication.screens():
            self._watch(screen)

    def displays(self) -> list[Display]:
        primary = QGuiApplication.primaryScreen()
        return [
            Display(screen.name(), screen.geometry(), screen is primary)
            for screen in QGuiApplication.screens()
        ]

    def screen(self, name: str) -> QScreen | None:
        return next((s for s in QGuiApplication.screens() if s.name() == name), None)

    def _watch(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._resized)

    def _resized(self, _geometry: QRect) -> None:
        self._later()

    def _added(self, screen: QScreen) -> None:
        self._watch(screen)
        self._later()

    def _removed(self, _screen: QScreen) -> None:
        self._later()

    def _later(self) -> None:
        # Qt finishes moving windows off a removed screen first; then the list is settled.
        QTimer.singleShot(0, self, self.changed.emit)


class FixedDisplays(DisplayList):
    """Displays set by hand: the seam tests and benchmarks use to plug screens in and out."""

    def __init__(self, displays: Sequence[Display], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._displays = list(displays)

    def displays(self) -> list[Display]:
        return list(self._displays)

    def plug_in(self, display: Display) -> None:
        self._displays.append(display)
        self.changed.emit()

    def unplug(self, name: str) -> None:
        self._displays = [d for d in self._displays if d.name != name]
        self.changed.emit()
