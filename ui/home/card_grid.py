"""Cards in as many columns as fit, re-flowed when the window (or the UI scale) changes."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


class CardGrid(QWidget):
    def __init__(self, card_width: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_width = card_width
        self._cards: list[QWidget] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_cards(self, cards: list[QWidget]) -> None:
        for old in self._cards:
            self._grid.removeWidget(old)
            old.hide()  # deleteLater() waits for the event loop; hide it from this paint on
            old.setParent(None)
            old.deleteLater()
        self._cards = list(cards)
        self._columns = 0
        self._reflow()

    def cards(self) -> list[QWidget]:
        return list(self._cards)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        width = max(self.width(), self.card_width)
        columns = max(1, width // (self.card_width + self._grid.spacing()))
        if columns == self._columns and all(self._grid.indexOf(c) >= 0 for c in self._cards):
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self._cards):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
