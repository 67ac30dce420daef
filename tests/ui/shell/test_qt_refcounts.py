"""The Qt binding must not drop references to None, True or False.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a Qt method that
returns nothing; a lesson on the projector makes thousands, and Python aborted. This keeps a
future upgrade from bringing that back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class Emitter(QObject):
    happened = Signal(int)


def test_void_calls_and_signals_keep_their_references(qapp: QApplication) -> None:
    label = QLabel()
    emitter = Emitter()
    emitter.happened.connect(lambda _n: None)
    before = {
        name: sys.getrefcount(value)
        for name, value in (("None", None), ("True", True), ("False", False))
    }
    for n in range(2000):
        label.setText("x")
        label.setVisible(False)
        emitter.happened.emit(n)
        label.isVisible()
    after = {
        name: sys.getrefcount(value)
        for name, value in (("None", None), ("True", True), ("False", False))
    }
    for name in before:
        assert after[name] - before[name] > -100, f"{name} lost references in Qt calls"
