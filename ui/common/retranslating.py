"""Widgets that set their texts again when the teacher switches language.

Installing a new translator makes Qt send every widget a LanguageChange event; a widget that
mixes this in (before its Qt class: `class Panel(Retranslating, QWidget)`) gets `retranslate()`
called then. Each widget sets its own texts once in `retranslate()`, at start and on a switch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    def retranslate(self) -> None:
        """Set every visible text again from `tr()`."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
