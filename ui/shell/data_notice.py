"""A band above the screens that says how the data opened when the teacher should know: open
read-only (and why, and what still works), a backup skipped or failed, a second copy not made,
an erasure finished. The read-only notice stays; the others can be closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from netwerk_desktop.workspace import Workspace
from ui.common.messages.data_errors import read_only_sentence
from ui.common.messages.open_warnings import open_warning_sentence
from ui.common.retranslating import Retranslating


class DataNotice(Retranslating, QFrame):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataNotice")
        self.setProperty("card", True)
        self._workspace = workspace
        self._closed = False
        self.text = QLabel()
        self.text.setObjectName("dataNoticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a student's name may be in it
        self.close_button = QPushButton()
        self.close_button.setObjectName("dataNoticeClose")
        self.close_button.clicked.connect(self._close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.retranslate()

    def sentences(self) -> list[str]:
        reason = self._workspace.read_only_reason
        found = [read_only_sentence(reason)] if reason is not None else []
        if not self._closed:
            found += [open_warning_sentence(warning) for warning in self._workspace.warnings]
        return found

    def retranslate(self) -> None:
        sentences = self.sentences()
        self.text.setText("\n".join(sentences))
        self.close_button.setText(self.tr("Close"))
        closable = self._workspace.read_only_reason is None and bool(self._workspace.warnings)
        self.close_button.setVisible(closable and not self._closed)
        self.setVisible(bool(sentences))

    def _close(self) -> None:
        self._closed = True
        self.retranslate()
