"""Why a handout cannot be made yet, in the teacher's words, with a way to fix it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.messages.handouts import Remedy, describe_handout_error
from ui.common.retranslating import Retranslating


class HandoutProblemPanel(Retranslating, QWidget):
    """Shown instead of the preview when the chosen handout cannot be made."""

    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutProblem")
        self._error: BaseException | None = None
        self._class_id: int | None = None
        self._remedy: Remedy | None = None
        self.message = QLabel()
        self.message.setObjectName("handoutProblemText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMaximumWidth(560)
        self.button = QPushButton()
        self.button.setObjectName("handoutProblemAction")
        self.button.clicked.connect(self._go)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.message, 4)
        centre.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centre)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_error(self, error: BaseException, class_id: int | None) -> None:
        self._error = error
        self._class_id = class_id
        self.retranslate()

    def retranslate(self) -> None:
        if self._error is None:
            return
        text, self._remedy = describe_handout_error(self._error)
        self.message.setText(text)
        self.button.setVisible(self._remedy is not None)
        if self._remedy is not None:
            self.button.setText(self._remedy.label)

    def _go(self) -> None:
        if self._remedy is not None:
            self.navigate.emit(self._remedy.screen, self._class_id)
