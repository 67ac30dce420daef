"""Adding slips quickly, keyboard first: code, need or offer, category, text, Enter.

A slip carries a need and an offer under the same code, so after a need the code stays and the
row switches to the offer; after the offer it clears for the next slip.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from netwerk_desktop.networks import Category, ItemKind
from netwerk_desktop.networks.codes import LETTERS
from netwerk_desktop.storage.board_models import BOARD_TEXT_LENGTH
from ui.common.retranslating import Retranslating
from ui.networks.board_names import category_name


class SlipEntry(Retranslating, QWidget):
    add_requested = Signal(str, object, object, str)  # code, ItemKind, Category, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipEntry")
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("slipCode")
        self.code.setMaxLength(3)
        self.code.setFixedWidth(72)
        letters = "".join(LETTERS) + "".join(LETTERS).lower()
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[{letters}]{{0,3}}"), self)
        )
        self.code.textEdited.connect(self._code_edited)
        self._offer_for = ""  # the code whose offer comes next, after its need was added
        self.need = QRadioButton()
        self.need.setObjectName("slipNeed")
        self.offer = QRadioButton()
        self.offer.setObjectName("slipOffer")
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.need)
        self.kinds.addButton(self.offer)
        self.need.setChecked(True)
        self.category = QComboBox()
        self.category.setObjectName("slipCategory")
        for category in Category:
            self.category.addItem("", category.value)
        self.text = QLineEdit()
        self.text.setObjectName("slipText")
        self.text.setMaxLength(BOARD_TEXT_LENGTH)
        self.text.returnPressed.connect(self.submit)
        self.code.returnPressed.connect(self.text.setFocus)
        self.add = QPushButton()
        self.add.setObjectName("addSlip")
        self.add.clicked.connect(self.submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code)
        layout.addWidget(self.need)
        layout.addWidget(self.offer)
        layout.addWidget(self.category)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.add)
        self.retranslate()

    def retranslate(self) -> None:
        self.code_label.setText(self.tr("Code"))
        self.need.setText(self.tr("&Need"))
        self.offer.setText(self.tr("&Offer"))
        for row in range(self.category.count()):
            self.category.setItemText(row, category_name(self.category.itemData(row)))
        self.text.setPlaceholderText(self.tr("What the slip says, without names – Enter adds it"))
        self.add.setText(self.tr("Add"))

    def _code_edited(self, text: str) -> None:
        self.code.setText(text.upper())
        if text.upper() != self._offer_for:
            self.need.setChecked(True)  # another slip: it starts with its need

    def kind(self) -> ItemKind:
        return ItemKind.OFFER if self.offer.isChecked() else ItemKind.NEED

    def submit(self) -> None:
        if not self.code.text() or not self.text.text().strip():
            (self.code if not self.code.text() else self.text).setFocus()
            return
        self.add_requested.emit(
            self.code.text(), self.kind(), Category(self.category.currentData()), self.text.text()
        )

    def accepted(self) -> None:
        """The slip's line was added: a need's offer comes next under the same code."""
        self.text.clear()
        if self.kind() is ItemKind.NEED:
            self._offer_for = self.code.text()
            self.offer.setChecked(True)
            self.text.setFocus()
            return
        self._offer_for = ""
        self.need.setChecked(True)
        self.code.clear()
        self.code.setFocus()
