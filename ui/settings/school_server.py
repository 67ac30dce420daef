"""Settings → School server: the address of the school's PostgreSQL (never a password), used
from the next start; and where the data is now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.common.flow_layout import FlowLayout
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating

EXAMPLE = "postgresql://server.school.local/netwerk?sslmode=verify-full"


class SchoolServerSection(Retranslating, QWidget):
    def __init__(
        self, settings: AppSettings, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schoolServer")
        self._settings = settings
        self._workspace = workspace
        self.title = QLabel()
        self.title.setProperty("role", "subtitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "muted")
        self.current = QLabel()
        self.current.setObjectName("schoolServerNow")
        self.current.setWordWrap(True)
        self.address_label = QLabel()
        self.address = QLineEdit()
        self.address.setObjectName("schoolServerAddress")
        self.address.setPlaceholderText(EXAMPLE)
        self.address_label.setBuddy(self.address)
        self.use = QPushButton()
        self.use.setObjectName("useSchoolServer")
        self.stop = QPushButton()
        self.stop.setObjectName("stopSchoolServer")
        self.feedback = QLabel()
        self.feedback.setObjectName("schoolServerFeedback")
        self.feedback.setWordWrap(True)
        self.use.clicked.connect(self.use_address)
        self.stop.clicked.connect(self.stop_using)
        buttons = FlowLayout()  # wraps at 200 % instead of squeezing the buttons' words
        buttons.addWidget(self.use)
        buttons.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.explanation, self.current, self.address_label):
            layout.addWidget(widget)
        layout.addWidget(self.address)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self.load()

    def load(self) -> None:
        self.address.setText(str(self._settings.value(Setting.SCHOOL_SERVER) or ""))
        self.feedback.setText("")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("School server"))
        self.explanation.setText(
            self.tr(
                "On a school server, your classes go with you from classroom to classroom and"
                " can be shared with co-teachers. Ask the school's IT for the address. The"
                " password is never stored here: you type it when Netwerk Desktop starts, or"
                " the IT sets up a password file."
            )
        )
        label = self._workspace.server_label
        if label is None:
            self.current.setText(self.tr("Now: the data is on this PC."))
        else:
            self.current.setText(fill(self.tr("Now: the school server %1."), label))
        self.address_label.setText(self.tr("Address of the school server"))
        self.use.setText(self.tr("Use this server"))
        self.stop.setText(self.tr("Keep the data on this PC"))

    def use_address(self) -> None:
        from netwerk_desktop.server.connection import address_to_store

        try:
            stored = address_to_store(self.address.text())
        except NetwerkError as exc:
            self.feedback.setProperty("role", "error")
            self.feedback.setText(describe(exc))
            self._restyle()
            return
        self._settings.set_value(Setting.SCHOOL_SERVER, stored)
        self.address.setText(stored)
        self.feedback.setProperty("role", "")
        self.feedback.setText(
            self.tr("Saved. Netwerk Desktop uses the school server from its next start.")
        )
        self._restyle()

    def stop_using(self) -> None:
        self._settings.set_value(Setting.SCHOOL_SERVER, "")
        self.address.clear()
        self.feedback.setProperty("role", "")
        self.feedback.setText(
            self.tr(
                "Saved. From the next start the data is on this PC again (export a class from"
                " the server first to take it along)."
            )
        )
        self._restyle()

    def _restyle(self) -> None:
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
