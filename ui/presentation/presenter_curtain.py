"""The presenter view while the class sees the same screen (one screen, mirrored).

The teacher notes and the private notes stay behind a curtain. Only the explicit choice
"Show my notes — the class will see them" lifts it, and while it is lifted a banner says
that the class sees everything, with the way back to the class view (F5)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.retranslating import Retranslating


class Curtain(Retranslating, QWidget):
    reveal_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterCurtain")
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(720)
        self.back_button = QPushButton()
        self.back_button.setObjectName("curtainBack")
        self.back_button.setProperty("primary", True)
        self.back_button.clicked.connect(self.back_requested)
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("curtainReveal")
        self.reveal_button.clicked.connect(self.reveal_requested)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(16)
        layout.addWidget(self.back_button)
        layout.addWidget(self.reveal_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The class sees this screen"))
        self.text.setText(
            self.tr(
                "There is only one screen, so the smartboard shows what you see. Your teacher "
                "notes stay hidden; the controls are on the class view."
            )
        )
        self.back_button.setText(self.tr("Back to the class view (F5)"))
        self.reveal_button.setText(self.tr("Show my notes — the class will see them"))


class SharedBanner(Retranslating, QFrame):
    """Over the presenter view while the class sees it."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedBanner")
        self.setProperty("card", True)
        self.text = QLabel()
        self.text.setProperty("role", "error")
        self.text.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("bannerBack")
        self.back_button.setProperty("primary", True)
        self.back_button.clicked.connect(self.back_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            self.tr("The class sees your notes now. Private notes stay hidden on one screen.")
        )
        self.back_button.setText(self.tr("Back to the class view (F5)"))
