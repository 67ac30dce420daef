"""Screens whose features are not built yet say so plainly instead of showing an empty page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.screens.base import Screen


class UpcomingScreen(Screen):
    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key = key
        self._title_source = title
        self.setObjectName(f"screen_{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        self._title = QLabel()
        self._title.setProperty("role", "title")
        self._text = QLabel()
        self._text.setProperty("role", "muted")
        self._text.setWordWrap(True)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(QCoreApplication.translate("Navigation", self._title_source))
        self._text.setText(self.tr("This part of Netwerk Desktop is not ready yet."))
