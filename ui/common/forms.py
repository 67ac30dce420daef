"""Small helpers for form layouts whose labels are set again on every language switch."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def add_form_rows(form: QFormLayout, fields: Sequence[QWidget | QLayout]) -> None:
    """Rows with labels whose text set_form_labels fills in (and fills again on a switch)."""
    for field in fields:
        label = QLabel()
        if isinstance(field, QWidget):
            label.setBuddy(field)
            form.addRow(label, field)
        else:
            form.addRow(label, field)


def set_form_labels(form: QFormLayout, texts: Sequence[str]) -> None:
    for row, text in enumerate(texts):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(text)


def short_date_time(moment: datetime) -> str:
    """A date and time in the interface language's short format."""
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def short_date(day: date) -> str:
    """A date in the interface language's short format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
