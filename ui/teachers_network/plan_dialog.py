"""Planning the network's meetings: the dates from the cadence, the mode of each, and hosts
taking fair turns; saved meetings are shown as they are. Save adds the proposed ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.workspace import Workspace
from ui.common.forms import short_date_time
from ui.common.messages import describe
from ui.common.retranslating import Retranslating
from ui.common.rows_model import RowsModel
from ui.teachers_network.names import mode_name


class PlanDialog(Retranslating, QDialog):
    def __init__(self, workspace: Workspace, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.resize(720, 480)
        self._workspace = workspace
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.start.setObjectName("planStart")
        self.start.setCalendarPopup(True)
        self.start.dateChanged.connect(lambda *_: self.preview())
        self.years = QSpinBox()
        self.years.setObjectName("planYears")
        self.years.setRange(1, 5)
        self.years.valueChanged.connect(lambda *_: self.preview())
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.start_label, self.years_label = QLabel(), QLabel()
        self.start_label.setBuddy(self.start)
        self.years_label.setBuddy(self.years)
        row = QHBoxLayout()
        row.addWidget(self.start_label)
        row.addWidget(self.start)
        row.addWidget(self.years_label)
        row.addWidget(self.years)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.preview()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan the meetings"))
        self.start_label.setText(self.tr("&From"))
        self.years_label.setText(self.tr("&School years"))
        self.model.set_headers([self.tr("When"), self.tr("Mode"), self.tr("Host"), ""])

    def _start(self) -> date:
        day = self.start.date()
        return date(day.year(), day.month(), day.day())

    def preview(self) -> None:
        try:
            plan = self._workspace.meetings.plan(self._start(), self.years.value())
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.model.set_rows(
            [
                (
                    short_date_time(p.starts_at),
                    mode_name(p.mode),
                    p.host or ("—" if p.mode.value == "virtual" else self.tr("no school can host")),
                    self.tr("saved") if p.meeting_id is not None else self.tr("new"),
                )
                for p in plan
            ],
            plan,
        )

    def accept(self) -> None:
        try:
            self._workspace.meetings.save_plan(self._start(), self.years.value())
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        super().accept()
