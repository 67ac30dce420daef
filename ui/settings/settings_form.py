"""The preferences a teacher sets once: language, theme, UI scale, school name.

Each change applies at once (no restart, no OK button to forget); the same form sits on the
Settings screen and in the Settings dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from ui.common.app_settings import SCALE_MAX, SCALE_MIN, THEMES, AppSettings, Setting
from ui.common.forms import add_form_rows, set_form_labels
from ui.common.languages import FOLLOW_SYSTEM, LANGUAGES, NATIVE_NAMES
from ui.common.messages import describe
from ui.common.retranslating import Retranslating

if TYPE_CHECKING:
    from netwerk_desktop.services.school import SchoolService

# The school setting the handouts read (services.school.PAPER_SIZE; that module loads SQLAlchemy).
PAPER_SIZE = "paper_size"


class SettingsForm(Retranslating, QWidget):
    def __init__(
        self, settings: AppSettings, school: SchoolService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._school = school
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        # Language names are written in their own language so anyone can find theirs.
        self.language.addItem("", FOLLOW_SYSTEM)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.theme = QComboBox()
        self.theme.setObjectName("settingsTheme")
        for theme in THEMES:
            self.theme.addItem("", theme)
        self.scale = QSlider(Qt.Orientation.Horizontal)
        self.scale.setObjectName("settingsScale")
        self.scale.setRange(SCALE_MIN, SCALE_MAX)
        self.scale.setSingleStep(10)
        self.scale.setPageStep(25)
        self.scale.setTickInterval(25)
        self.scale.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.scale_value = QLabel()
        self.scale_value.setMinimumWidth(60)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale, 1)
        scale_row.addWidget(self.scale_value)
        self.school_name = QLineEdit()
        self.school_name.setObjectName("settingsSchoolName")
        self.paper = QComboBox()
        self.paper.setObjectName("settingsPaper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("", "LETTER")
        self.school_error = QLabel()
        self.school_error.setProperty("role", "error")
        self.school_error.hide()

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_form_rows(
            self.form, (self.language, self.theme, scale_row, self.school_name, self.paper)
        )
        self.form.addRow(self.school_error)
        self.load()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.scale.valueChanged.connect(self._scale_moved)
        self.scale.sliderReleased.connect(self._scale_chosen)
        self.school_name.editingFinished.connect(self._school_name_entered)
        self.paper.currentIndexChanged.connect(self._paper_chosen)
        self.retranslate()

    def load(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._settings.theme)))
        self.scale.setValue(self._settings.scale)
        self.scale_value.setText(f"{self._settings.scale} %")
        self.school_name.setText(self._school.school_name)
        paper = self._school.get(PAPER_SIZE).strip().upper()
        self.paper.blockSignals(True)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.paper.blockSignals(False)

    def retranslate(self) -> None:
        labels = (
            self.tr("Language of the app"),
            self.tr("Theme"),
            self.tr("Size of text and buttons"),
            self.tr("School name"),
            self.tr("Paper for handouts"),
        )
        set_form_labels(self.form, labels)
        self.language.setItemText(0, self.tr("Same as the computer"))
        for index, text in enumerate(
            (
                self.tr("Same as the computer"),
                self.tr("Light"),
                self.tr("Dark"),
                self.tr("High contrast"),
            )
        ):
            self.theme.setItemText(index, text)
        self.school_name.setPlaceholderText(self.tr("Printed on handouts"))
        self.paper.setItemText(1, self.tr("US Letter"))

    def _language_chosen(self) -> None:
        self._settings.set_value(Setting.LANGUAGE, str(self.language.currentData()))

    def _theme_chosen(self) -> None:
        self._settings.set_value(Setting.THEME, str(self.theme.currentData()))

    def _scale_moved(self, value: int) -> None:
        # Snap to steps of 10 % and apply at once unless the slider is being dragged.
        snapped = round(value / 10) * 10
        self.scale_value.setText(f"{snapped} %")
        if not self.scale.isSliderDown():
            self._settings.set_value(Setting.SCALE, snapped)

    def _scale_chosen(self) -> None:
        self._settings.set_value(Setting.SCALE, round(self.scale.value() / 10) * 10)

    def _paper_chosen(self) -> None:
        try:
            self._school.set(PAPER_SIZE, str(self.paper.currentData()))
        except NetwerkError as exc:
            self.school_error.setText(describe(exc))
            self.school_error.show()

    def _school_name_entered(self) -> None:
        try:
            self._school.set_school_name(self.school_name.text())
        except NetwerkError as exc:
            self.school_error.setText(describe(exc))
            self.school_error.show()
        else:
            self.school_error.hide()
