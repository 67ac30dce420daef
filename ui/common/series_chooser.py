"""Choosing between the lesson series and the modules beside it ("Our networks").

A module's lessons are numbered on their own, so screens that list lessons show one run at a
time: the series, or one module. The chooser hides itself when the content has no module.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from netwerk_desktop.content import ContentPack, Lesson
from ui.common.retranslating import Retranslating

SERIES = ""  # the item data of the main series; a module's is its id


class SeriesChooser(Retranslating, QComboBox):
    chosen = Signal(object)  # the module id, or None for the series

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesChooser")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _row: self.chosen.emit(self.module()))
        self.hide()

    def set_pack(self, pack: ContentPack) -> None:
        """The series and each module of the pack, keeping the current choice if it is there."""
        keep = self.module()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Lesson series"), SERIES)
        for module in pack.modules:
            self.addItem(module.title, module.id)
        row = self.findData(keep or SERIES)
        self.setCurrentIndex(max(row, 0))
        self.blockSignals(False)
        self.setVisible(bool(pack.modules))

    def module(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def choose(self, module: str | None) -> None:
        """Show the series (None) or a module; says so through `chosen` when it changes."""
        row = self.findData(module or SERIES)
        if row >= 0:
            self.setCurrentIndex(row)

    @staticmethod
    def lessons(pack: ContentPack, module: str | None) -> tuple[Lesson, ...]:
        found = pack.module(module) if module else None
        return found.lessons if found is not None else pack.lessons

    def retranslate(self) -> None:
        if self.count():
            self.setItemText(0, self.tr("Lesson series"))
