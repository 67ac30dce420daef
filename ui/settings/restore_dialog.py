"""Pick a backup to restore: the automatic ones, newest first, or a file. The current data is
backed up before the restore, which the confirmation says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.storage.backup import BackupInfo
from ui.common.forms import short_date_time

REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupListModel", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupListModel", "Made by hand"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupListModel", "Before an update"),
    "before-restore": QT_TRANSLATE_NOOP("BackupListModel", "Before a restore"),
    "before-delete": QT_TRANSLATE_NOOP("BackupListModel", "Before a deletion"),
    "before-change": QT_TRANSLATE_NOOP("BackupListModel", "Before a change"),
}


def reason_label(reason: str) -> str:
    """Why a backup was made, in the teacher's words ("Daily", "Before a restore" …)."""
    known = REASONS.get(reason) or (
        REASONS["before-change"] if reason.startswith("before-") else None
    )
    return QCoreApplication.translate("BackupListModel", str(known)) if known else reason


class BackupListModel(QAbstractListModel):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.backups)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = short_date_time(info.made_at)
            reason = reason_label(info.reason)
            return f"{when} — {reason}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None
        self.model = BackupListModel(backups, self)
        self.list = QListView()
        self.list.setObjectName("backupList")
        self.list.setModel(self.model)
        if backups:
            self.list.setCurrentIndex(self.model.index(0))
        self.list.doubleClicked.connect(lambda _index: self.accept())
        intro = QLabel(
            self.tr(
                "Choose the moment to go back to. Everything changed after it is replaced; "
                "the data as it is now is backed up first, so this can be undone."
            )
        )
        intro.setWordWrap(True)
        from_file = QPushButton(self.tr("From a file…"))
        from_file.clicked.connect(self._from_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.addButton(from_file, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), "", self.tr("Backups (*.sqlite3 *.sqlite *.db)")
        )
        if path:
            self.chosen = Path(path)
            self.accept()  # the same question as for an automatic backup

    def accept(self) -> None:
        index = self.list.currentIndex()
        if self.chosen is None and index.isValid():
            self.chosen = self.model.backups[index.row()].path
        if self.chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr("The current data is replaced by the backup. A copy of it is kept first."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().accept()
        else:
            self.chosen = None
