"""The programme's mix as one bar: input, activities and informal time side by side (tip 3),
with a warning under it when informal time is missing (tip 2)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netwerk_desktop.events.records import Balance, BlockKind
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.events.names import block_kind_name

COLOURS = {
    BlockKind.CONTENT: QColor("#2b6f8a"),
    BlockKind.ACTIVITY: QColor("#d08a2c"),
    BlockKind.INFORMAL: QColor("#5a9a4a"),
}


class _Bar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.balance: Balance | None = None
        self.setMinimumHeight(22)

    def sizeHint(self) -> QSize:
        return QSize(300, 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(self.palette().mid().color())
        painter.drawRoundedRect(rect, 4, 4)
        balance = self.balance
        if balance is None or balance.total == 0:
            return
        x = rect.left()
        for kind, minutes in (
            (BlockKind.CONTENT, balance.content),
            (BlockKind.ACTIVITY, balance.activity),
            (BlockKind.INFORMAL, balance.informal),
        ):
            width = rect.width() * minutes / balance.total
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()), COLOURS[kind])
            x += width


class BalanceBar(Retranslating, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("balanceBar")
        self.bar = _Bar()
        self.legend = QLabel()
        self.legend.setObjectName("balanceLegend")
        self.legend.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("balanceWarning")
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.warning)
        self.retranslate()

    def show_balance(self, balance: Balance) -> None:
        self.bar.balance = balance
        self.bar.update()
        self.retranslate()

    def retranslate(self) -> None:
        balance = self.bar.balance
        if balance is None:
            return
        parts = []
        for kind, minutes in (
            (BlockKind.CONTENT, balance.content),
            (BlockKind.ACTIVITY, balance.activity),
            (BlockKind.INFORMAL, balance.informal),
        ):
            swatch = f'<span style="color:{COLOURS[kind].name()}">■</span>'
            parts.append(fill(self.tr("%1 %2: %3 min"), swatch, block_kind_name(kind), minutes))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(" &nbsp; ".join(parts))
        if balance.informal_missing:
            self.warning.setText(
                self.tr(
                    "Informal time is missing: people need breaks and time without a plan to "
                    "meet each other. Add an informal block."
                )
            )
        elif balance.one_kind_only:
            self.warning.setText(
                self.tr(
                    "The programme has only one kind of block. Mix input, activities and "
                    "informal time."
                )
            )
        self.warning.setVisible(balance.informal_missing or balance.one_kind_only)
