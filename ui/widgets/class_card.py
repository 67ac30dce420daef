"""A class on the Home screen: name, year, student count. Click, tap or Enter opens it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from netwerk_desktop.services.records import ClassSummary

LANGUAGE_NAMES = {"da": "Dansk", "en": "English", "nl": "Nederlands"}


def students_text(count: int) -> str:
    # %n picks the singular or plural form per language (Qt numerus translation).
    return QCoreApplication.translate("ClassCard", "%n student(s)", "", count)


class ClassCard(QFrame):
    opened = Signal(int)

    def __init__(self, summary: ClassSummary) -> None:
        super().__init__()
        self.summary = summary
        self.setObjectName(f"classCard_{summary.id}")
        self.setProperty("card", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.name_label = QLabel(summary.name)
        self.name_label.setProperty("role", "subtitle")
        self.name_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setProperty("role", "muted")
        self.count_label = QLabel()
        layout.addWidget(self.name_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        self.retranslate()

    def retranslate(self) -> None:
        language = LANGUAGE_NAMES.get(self.summary.content_language, self.summary.content_language)
        self.detail_label.setText(f"{self.summary.school_year} · {language}")
        self.count_label.setText(students_text(self.summary.student_count))
        self.setAccessibleName(f"{self.summary.name}, {self.count_label.text()}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.summary.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.summary.id)
            return
        super().keyPressEvent(event)
