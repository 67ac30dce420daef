"""Adding or editing a place in the school's directory: every field of an entry, and whether
someone at the school has checked it (an entry nobody checked stays "not checked")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.directory import (
    DirectoryCategory,
    Entry,
    EntryDraft,
    EntrySource,
    EntryStatus,
)
from netwerk_desktop.directory.records import MAX_AGE
from netwerk_desktop.errors import NetwerkError
from ui.common.forms import add_form_rows, set_form_labels
from ui.common.messages import describe
from ui.common.retranslating import Retranslating
from ui.directory.directory_names import category_name, source_name, status_name

NO_AGE = -1  # the spin boxes' "none" value, shown as their special text


class EntryDialog(Retranslating, QDialog):
    def __init__(
        self,
        today: date,
        save: Callable[[EntryDraft], object],
        entry: Entry | None = None,
        checked_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryEntryDialog")
        self._save = save
        self._entry = entry
        self._today = today
        self.name = QLineEdit()
        self.name.setObjectName("entryName")
        self.activity = QLineEdit()
        self.category = QComboBox()
        self.category.setObjectName("entryCategory")
        for category in DirectoryCategory:
            self.category.addItem("", category.value)
        self.age_min = self._age_box()
        self.age_max = self._age_box()
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel("–"))
        ages.addWidget(self.age_max)
        ages.addStretch(1)
        self.cost = QLineEdit()
        self.free = QCheckBox()
        self.free.setObjectName("entryFree")
        self.how_to_join = QLineEdit()
        self.drop_in = QCheckBox()
        self.drop_in.setObjectName("entryDropIn")
        self.bring_friend = QCheckBox()
        joining = QHBoxLayout()
        for box in (self.free, self.drop_in, self.bring_friend):
            joining.addWidget(box)
        joining.addStretch(1)
        self.languages = QLineEdit()
        self.accessibility = QLineEdit()
        self.place = QLineEdit()
        self.schedule = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setObjectName("entryContact")
        self.status = QComboBox()
        for status in EntryStatus:
            self.status.addItem("", status.value)
        self.checked = QCheckBox()
        self.checked.setObjectName("entryChecked")
        self.checked_on = QDateEdit()
        self.checked_on.setCalendarPopup(True)
        self.checked_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.checked_by = QLineEdit(checked_by)
        self.checked_by.setObjectName("entryCheckedBy")
        checking = QHBoxLayout()
        checking.addWidget(self.checked)
        checking.addWidget(self.checked_on)
        checking.addWidget(self.checked_by, 1)
        self.checked.toggled.connect(self._checked_toggled)
        self.source = QComboBox()
        for source in EntrySource:
            self.source.addItem("", source.value)
        self.source_note = QLineEdit()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.error = QLabel()
        self.error.setObjectName("entryError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()

        self.form = QFormLayout()
        add_form_rows(
            self.form,
            [
                self.name,
                self.activity,
                self.category,
                ages,
                self.cost,
                joining,
                self.how_to_join,
                self.languages,
                self.accessibility,
                self.place,
                self.schedule,
                self.contact,
                self.status,
                checking,
                self.source,
                self.source_note,
            ],
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill(entry, today)
        self.retranslate()

    @staticmethod
    def _age_box() -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_AGE, MAX_AGE)
        box.setValue(NO_AGE)
        box.setSpecialValueText("–")
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the place") if self._entry else self.tr("Add a place"))
        set_form_labels(
            self.form,
            [
                self.tr("Name"),
                self.tr("What you do there"),
                self.tr("Category"),
                self.tr("Ages"),
                self.tr("Cost"),
                "",
                self.tr("How to join"),
                self.tr("Languages"),
                self.tr("Accessibility"),
                self.tr("Where"),
                self.tr("When"),
                self.tr("Public contact"),
                self.tr("Status"),
                self.tr("Checked"),
                self.tr("Source"),
                self.tr("Suggested by"),
            ],
        )
        for row in range(self.category.count()):
            self.category.setItemText(row, category_name(self.category.itemData(row)))
        for row in range(self.status.count()):
            self.status.setItemText(row, status_name(self.status.itemData(row)))
        for row in range(self.source.count()):
            self.source.setItemText(row, source_name(self.source.itemData(row)))
        self.free.setText(self.tr("Free"))
        self.drop_in.setText(self.tr("You can just turn up"))
        self.bring_friend.setText(self.tr("Bring a friend"))
        self.checked.setText(self.tr("Checked on"))
        self.checked_by.setPlaceholderText(self.tr("by whom"))
        self.contact.setPlaceholderText(self.tr("The organisation’s own contact, never a person’s"))
        self.note.setText(
            self.tr(
                "Only what the place makes public: no private person’s phone number or address. "
                "A place nobody at the school has checked shows as “not checked” on the leaflet."
            )
        )

    def _fill(self, entry: Entry | None, today: date) -> None:
        self.checked_on.setDate(QDate(today.year, today.month, today.day))
        if entry is None:
            self._checked_toggled(False)
            return
        self.name.setText(entry.name)
        self.activity.setText(entry.activity)
        self.category.setCurrentIndex(self.category.findData(entry.category.value))
        self.age_min.setValue(NO_AGE if entry.age_min is None else entry.age_min)
        self.age_max.setValue(NO_AGE if entry.age_max is None else entry.age_max)
        self.cost.setText(entry.cost)
        self.free.setChecked(entry.free)
        self.how_to_join.setText(entry.how_to_join)
        self.drop_in.setChecked(entry.drop_in)
        self.bring_friend.setChecked(entry.bring_friend)
        self.languages.setText(entry.languages)
        self.accessibility.setText(entry.accessibility)
        self.place.setText(entry.place)
        self.schedule.setText(entry.schedule)
        self.contact.setText(entry.contact)
        self.status.setCurrentIndex(self.status.findData(entry.status.value))
        self.source.setCurrentIndex(self.source.findData(entry.source.value))
        self.source_note.setText(entry.source_note)
        if entry.checked_on is not None:
            day = entry.checked_on
            self.checked_on.setDate(QDate(day.year, day.month, day.day))
            self.checked_by.setText(entry.checked_by)
        self.checked.setChecked(entry.checked_on is not None)
        self._checked_toggled(entry.checked_on is not None)

    def _checked_toggled(self, on: bool) -> None:
        self.checked_on.setEnabled(on)
        self.checked_by.setEnabled(on)

    def accept(self) -> None:
        """Saved, or the reason it cannot be, with everything typed still there."""
        try:
            self._save(self.draft())
        except NetwerkError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        super().accept()

    def draft(self) -> EntryDraft:
        """What the dialog holds; the directory service checks it before keeping it."""
        chosen = self.checked_on.date()
        checked = date(chosen.year(), chosen.month(), chosen.day())
        return EntryDraft(
            name=self.name.text(),
            category=DirectoryCategory(self.category.currentData()),
            activity=self.activity.text(),
            help_role=self._entry.help_role if self._entry else None,
            age_min=None if self.age_min.value() == NO_AGE else self.age_min.value(),
            age_max=None if self.age_max.value() == NO_AGE else self.age_max.value(),
            cost=self.cost.text(),
            free=self.free.isChecked(),
            how_to_join=self.how_to_join.text(),
            drop_in=self.drop_in.isChecked(),
            bring_friend=self.bring_friend.isChecked(),
            languages=self.languages.text(),
            accessibility=self.accessibility.text(),
            place=self.place.text(),
            schedule=self.schedule.text(),
            contact=self.contact.text(),
            status=EntryStatus(self.status.currentData()),
            checked_on=checked if self.checked.isChecked() else None,
            checked_by=self.checked_by.text() if self.checked.isChecked() else "",
            source=EntrySource(self.source.currentData()),
            source_note=self.source_note.text(),
        )
