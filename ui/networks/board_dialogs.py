"""The board's dialogs: opening a board with its closing date, and why a slip is not posted."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.networks import NotPostedReason
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.networks.board_names import reason_name

DEFAULT_DAYS_OPEN = 14  # the follow-up lesson comes about two weeks later


class OpenBoardDialog(Retranslating, QDialog):
    def __init__(self, class_name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openBoardDialog")
        self._class_name = class_name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.closes = QDateEdit()
        self.closes.setObjectName("boardClosesOn")
        self.closes.setCalendarPopup(True)
        soon = today + timedelta(days=DEFAULT_DAYS_OPEN)
        self.closes.setMinimumDate(QDate(today.year, today.month, today.day))
        self.closes.setDate(QDate(soon.year, soon.month, soon.day))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.closes)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a board"))
        self.intro.setText(
            fill(
                self.tr(
                    "The board of %1 takes needs and offers until its closing date, about two "
                    "weeks from now, when you look back with the class. Then only the counts "
                    "are kept."
                ),
                self._class_name,
            )
        )

    def closes_on(self) -> date:
        chosen = self.closes.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class NotPostedDialog(Retranslating, QDialog):
    """Why a slip stays off the board. A worry (home, money, safety) keeps no text at all."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notPostedDialog")
        self._code = code
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: dict[NotPostedReason, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for reason in NotPostedReason:
            button = QRadioButton()
            button.setObjectName(f"reason_{reason.value}")
            self.group.addButton(button)
            self.choices[reason] = button
            layout.addWidget(button)
        self.choices[NotPostedReason.RISK].setChecked(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Not posted"))
        self.intro.setText(fill(self.tr("Why does %1 stay off the board?"), self._code))
        for reason, button in self.choices.items():
            button.setText(reason_name(reason))
        self.note.setText(
            self.tr(
                "A worry about home, money or safety: the text is deleted now. Give the student "
                "the help card and follow it up in person, as your school's procedure says. "
                "Don't promise to keep it secret."
            )
        )

    def reason(self) -> NotPostedReason:
        return next(r for r, button in self.choices.items() if button.isChecked())
