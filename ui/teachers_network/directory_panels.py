"""The network's members (kept only with the date they agreed), its schools (who can host,
what their tour shows) and the topic backlog with members' votes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.rows_model import RowsModel


class _Panel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._workspace = workspace
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.form = QGridLayout()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.error)

    def run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return False
        self.error.hide()
        self.refresh()
        return True

    def selected(self) -> object:
        rows = self.table.selectionModel().selectedRows()
        return self.model.value(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """Show the rows again from the data."""


class MembersPanel(_Panel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, "members")
        self.name = QLineEdit()
        self.name.setObjectName("memberName")
        self.school = QLineEdit()
        self.school.setObjectName("memberSchool")
        self.role = QLineEdit()
        self.email = QLineEdit()
        self.email.setObjectName("memberEmail")
        self.consented = QCheckBox()
        self.consented.setObjectName("memberConsented")
        self.consent_on = QDateEdit(QDate.currentDate())
        self.consent_on.setObjectName("memberConsentDate")
        self.consent_on.setCalendarPopup(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addMember")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self.labels = [QLabel() for _ in range(4)]
        for column, (label, field) in enumerate(
            zip(self.labels, (self.name, self.school, self.role, self.email), strict=True)
        ):
            label.setBuddy(field)
            self.form.addWidget(label, 0, column)
            self.form.addWidget(field, 1, column)
        self.form.addWidget(self.consented, 2, 0, 1, 2)
        self.form.addWidget(self.consent_on, 2, 2)
        self.form.addWidget(self.add_button, 2, 3)
        self.form.addWidget(self.remove_button, 3, 3)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Only work details, and only with the member’s consent: the date they agreed "
                "to be listed is kept with them. Removing a member removes their sign-ups and "
                "votes too."
            )
        )
        self.model.set_headers(
            [
                self.tr("Name"),
                self.tr("School"),
                self.tr("Role"),
                self.tr("Work e-mail"),
                self.tr("Consent"),
            ]
        )
        for label, text in zip(
            self.labels,
            (self.tr("&Name"), self.tr("S&chool"), self.tr("&Role"), self.tr("Work &e-mail")),
            strict=True,
        ):
            label.setText(text)
        self.consented.setText(self.tr("They agreed to be listed, on"))
        self.add_button.setText(self.tr("Add member"))
        self.remove_button.setText(self.tr("Remove member…"))

    def refresh(self) -> None:
        members = self._workspace.network.members()
        self.model.set_rows(
            [(m.name, m.school, m.role, m.email, m.consent_on.isoformat()) for m in members],
            members,
        )

    def add(self) -> None:
        qdate = self.consent_on.date()
        consent = (
            date(qdate.year(), qdate.month(), qdate.day()) if self.consented.isChecked() else None
        )
        if self.run(
            lambda: self._workspace.network.add_member(
                self.name.text(),
                consent_on=consent,
                school=self.school.text(),
                role=self.role.text(),
                email=self.email.text(),
            )
        ):
            for field in (self.name, self.role, self.email):
                field.clear()
            self.consented.setChecked(False)
            self.name.setFocus()

    def remove(self) -> None:
        member = self.selected()
        if member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove member"),
            fill(self.tr("Remove %1 with their sign-ups and votes?"), member.name),  # type: ignore[attr-defined]
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run(lambda: self._workspace.network.remove_member(member.id))  # type: ignore[attr-defined]


class SchoolsPanel(_Panel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, "schools")
        self.name = QLineEdit()
        self.name.setObjectName("schoolName")
        self.can_host = QCheckBox()
        self.can_host.setChecked(True)
        self.tour = QLineEdit()
        self.tour.setObjectName("schoolTour")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSchool")
        self.save_button.clicked.connect(self.save)
        self.name_label, self.tour_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.tour_label.setBuddy(self.tour)
        self.form.addWidget(self.name_label, 0, 0)
        self.form.addWidget(self.name, 1, 0)
        self.form.addWidget(self.tour_label, 0, 1)
        self.form.addWidget(self.tour, 1, 1)
        self.form.addWidget(self.can_host, 1, 2)
        self.form.addWidget(self.save_button, 1, 3)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._edit_selected())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Physical meetings are hosted in turn by the schools that can host, usually "
                "with a tour of something local. Choose a school to change it."
            )
        )
        self.model.set_headers([self.tr("School"), self.tr("Can host"), self.tr("Tour")])
        self.name_label.setText(self.tr("&School"))
        self.tour_label.setText(self.tr("What the &tour shows"))
        self.can_host.setText(self.tr("Can &host"))
        self.save_button.setText(self.tr("Save school"))
        self.refresh()

    def refresh(self) -> None:
        schools = self._workspace.network.schools()
        yes, no = self.tr("yes"), self.tr("no")
        self.model.set_rows([(s.name, yes if s.can_host else no, s.tour) for s in schools], schools)

    def _edit_selected(self) -> None:
        school = self.selected()
        if school is not None:
            self.name.setText(school.name)  # type: ignore[attr-defined]
            self.tour.setText(school.tour)  # type: ignore[attr-defined]
            self.can_host.setChecked(school.can_host)  # type: ignore[attr-defined]

    def save(self) -> None:
        existing = next(
            (
                s
                for s in self._workspace.network.schools()
                if s.name.casefold() == self.name.text().strip().casefold()
            ),
            None,
        )
        if self.run(
            lambda: self._workspace.network.save_school(
                self.name.text(),
                can_host=self.can_host.isChecked(),
                tour=self.tour.text(),
                school_id=existing.id if existing else None,
            )
        ):
            self.status_message.emit(fill(self.tr("Saved %1."), self.name.text().strip()))
            self.name.clear()
            self.tour.clear()


class TopicsPanel(_Panel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, "topics")
        self.title = QLineEdit()
        self.title.setObjectName("topicTitle")
        self.member = QComboBox()
        self.member.setObjectName("topicMember")
        self.propose_button = QPushButton()
        self.propose_button.clicked.connect(self.propose)
        self.vote_button = QPushButton()
        self.vote_button.setObjectName("voteTopic")
        self.vote_button.clicked.connect(self.vote)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_done)
        self.member_label = QLabel()
        self.member_label.setBuddy(self.member)
        self.form.addWidget(self.title, 0, 0, 1, 2)
        self.form.addWidget(self.propose_button, 0, 2)
        self.form.addWidget(self.member_label, 1, 0)
        self.form.addWidget(self.member, 1, 1)
        self.form.addWidget(self.vote_button, 1, 2)
        self.form.addWidget(self.done_button, 1, 3)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Members choose the topics: the ones with most votes become the talks of the "
                "next agenda."
            )
        )
        self.model.set_headers([self.tr("Topic"), self.tr("Votes"), self.tr("Proposed by")])
        self.title.setPlaceholderText(self.tr("A topic for a meeting"))
        self.member_label.setText(self.tr("&Member"))
        self.propose_button.setText(self.tr("Propose"))
        self.vote_button.setText(self.tr("Vote for the chosen topic"))
        self.done_button.setText(self.tr("Done"))

    def refresh(self) -> None:
        topics = self._workspace.network.topics()
        self.model.set_rows([(t.title, str(t.votes), t.proposed_by) for t in topics], topics)
        current = self.member.currentData()
        self.member.clear()
        self.member.addItem("—", None)
        for member in self._workspace.network.members():
            self.member.addItem(member.name, member.id)
        self.member.setCurrentIndex(max(0, self.member.findData(current)))

    def propose(self) -> None:
        member = self.member.currentData()
        if self.run(lambda: self._workspace.network.propose_topic(self.title.text(), member)):
            self.title.clear()

    def vote(self) -> None:
        topic, member = self.selected(), self.member.currentData()
        if topic is None or member is None:
            self.error.setText(self.tr("Choose a topic and a member first."))
            self.error.show()
            return
        self.run(lambda: self._workspace.network.vote(topic.id, int(member)))  # type: ignore[attr-defined]

    def mark_done(self) -> None:
        topic = self.selected()
        if topic is not None:
            self.run(lambda: self._workspace.network.set_topic_done(topic.id))  # type: ignore[attr-defined]
