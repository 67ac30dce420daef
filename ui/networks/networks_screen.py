"""Networks: a class's needs-and-offers board for the teacher.

Slips are added keyboard first (code, need or offer, category, text, Enter). The teacher
moderates (hide, post, not posted with a reason), matches a need and an offer by keys (select
both, M) or by dragging one onto the other, and shows the board to the class: codes only, on
the audience screen. Closing the board keeps only counts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.handouts import HandoutKind
from netwerk_desktop.networks import BoardView, ItemKind, ItemStatus, Shown
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings
from ui.common.changes import ChangeSignals
from ui.common.forms import short_date
from ui.common.messages import describe
from ui.common.pdf_saving import ask_pdf_path, save_pdf
from ui.common.placeholders import fill
from ui.common.screen import Screen
from ui.common.widths import fit_button, keep_fitted
from ui.networks.board_dialogs import NotPostedDialog, OpenBoardDialog
from ui.networks.board_model import TEXT, BoardItemModel
from ui.networks.class_view import BoardProjection
from ui.networks.slip_entry import SlipEntry


class NetworksScreen(Screen):
    key = "board"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_networks")
        self._workspace = workspace
        self._settings = settings
        self._classes: list[ClassSummary] = []
        self.board: BoardView | None = None
        self.projection: BoardProjection | None = None
        self._tasks: list[Any] = []

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.class_label = QLabel()
        self.class_box = QComboBox()
        self.class_box.setObjectName("boardClass")
        self.class_box.setMinimumWidth(220)
        self.class_label.setBuddy(self.class_box)
        self.class_box.currentIndexChanged.connect(lambda _row: self.reload())
        self.status = QLabel()
        self.status.setObjectName("boardStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names the class
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("boardProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.open_button = self._button("openBoard", self.open_board)
        self.show_button = self._button("showBoard", self.toggle_class_view)
        self.show_button.setCheckable(True)
        self.slips_button = self._button("saveSlips", lambda: self.save(HandoutKind.BOARD_SLIPS))
        self.cards_button = self._button(
            "saveIntroductions", lambda: self.save(HandoutKind.INTRODUCTION_CARDS)
        )
        self.close_button = self._button("closeBoard", self.close_board)
        actions = QHBoxLayout()
        for button in (
            self.open_button,
            self.show_button,
            self.slips_button,
            self.cards_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)

        self.entry = SlipEntry()
        self.entry.add_requested.connect(self.add_slip)
        self.model = BoardItemModel(self)
        self.model.text_edited.connect(self.edit_text)
        self.model.match_requested.connect(self.match)
        self.table = QTableView()
        self.table.setObjectName("boardItems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.match_button = self._button("matchItems", self.match_selected)
        self.introduction = QCheckBox()
        self.introduction.setObjectName("matchIntroduction")
        self.post_button = self._button("postItem", lambda: self.moderate(Shown.POSTED))
        self.hide_button = self._button("hideItem", lambda: self.moderate(Shown.HIDDEN))
        self.not_posted_button = self._button("notPostedItem", self.not_posted)
        self.done_button = self._button("doneItem", lambda: self.set_status(ItemStatus.DONE))
        self.withdraw_button = self._button(
            "withdrawItem", lambda: self.set_status(ItemStatus.WITHDRAWN)
        )
        item_actions = QHBoxLayout()
        for widget in (
            self.match_button,
            self.introduction,
            self.post_button,
            self.hide_button,
            self.not_posted_button,
            self.done_button,
            self.withdraw_button,
        ):
            item_actions.addWidget(widget)
        item_actions.addStretch(1)

        self.matches_label = QLabel()
        self.matches = QListWidget()
        self.matches.setObjectName("boardMatches")
        self.unmatch_button = self._button("unmatch", self.unmatch)
        self.follow_label = QLabel()
        self.follow_ups = QListWidget()
        self.follow_ups.setObjectName("boardFollowUps")
        self.followed_button = self._button("followedUp", self.followed_up)
        matches_box = QVBoxLayout()
        matches_box.addWidget(self.matches_label)
        matches_box.addWidget(self.matches, 1)
        matches_box.addWidget(self.unmatch_button)
        follow_box = QVBoxLayout()
        follow_box.addWidget(self.follow_label)
        follow_box.addWidget(self.follow_ups, 1)
        follow_box.addWidget(self.followed_button)
        lists = QHBoxLayout()
        lists.addLayout(matches_box, 2)
        lists.addLayout(follow_box, 1)
        lists_widget = QWidget()
        lists_widget.setLayout(lists)
        lists_widget.setMaximumHeight(180)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.class_label)
        top.addWidget(self.class_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(item_actions)
        layout.addWidget(lists_widget)
        self.table.installEventFilter(self)  # M matches the two chosen items
        for key, pages in (
            (QKeySequence.StandardKey.MoveToNextPage, 1),
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
        ):
            turn = QShortcut(QKeySequence(key), self)  # the board's pages on the projector
            turn.activated.connect(lambda pages=pages: self._turn(pages))
        changes.changed.connect(self._on_change)
        self.retranslate()
        keep_fitted(self, lambda: fit_button(self.show_button))
        self.refresh_classes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table would take M as the start of a keyboard search; on the board it matches.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_M
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.table.state() is not QAbstractItemView.State.EditingState
        ):
            self.match_selected()
            return True
        return super().eventFilter(watched, event)

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate(self) -> None:
        self.title.setText(self.tr("Needs and offers"))
        self.class_label.setText(self.tr("Class"))
        self.open_button.setText(self.tr("Open a board…"))
        self.show_button.setText(self.tr("Show to the class"))
        self.show_button.setToolTip(
            self.tr(
                "The board on the projector: codes, categories and texts, never a name. Page "
                "Down and Page Up turn its pages; Esc on the projector stops showing it."
            )
        )
        self.slips_button.setText(self.tr("Slips as PDF…"))
        self.cards_button.setText(self.tr("Introduction cards as PDF…"))
        self.close_button.setText(self.tr("Close the board…"))
        self.match_button.setText(self.tr("Match (M)"))
        self.match_button.setToolTip(
            self.tr("Select a need and an offer, then press M – or drag one onto the other.")
        )
        self.introduction.setText(self.tr("Introduction through the mentor"))
        self.post_button.setText(self.tr("Post"))
        self.hide_button.setText(self.tr("Hide"))
        self.not_posted_button.setText(self.tr("Not posted…"))
        self.done_button.setText(self.tr("Done"))
        self.withdraw_button.setText(self.tr("Withdrawn"))
        fit_button(self.show_button)
        self.matches_label.setText(self.tr("Matches"))
        self.unmatch_button.setText(self.tr("Remove match"))
        self.follow_label.setText(self.tr("To follow up in person"))
        self.followed_button.setText(self.tr("Followed up"))
        self.model.retranslate()
        self._show_board()

    # Classes and the board ---------------------------------------------------------------------

    def activated(self, argument: Any = None) -> None:
        self.refresh_classes(argument if isinstance(argument, int) else None)

    def refresh_classes(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.class_id()
        self._classes = self._workspace.classes.list_classes()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for summary in self._classes:
            self.class_box.addItem(summary.name, summary.id)
        row = self.class_box.findData(wanted) if wanted is not None else -1
        self.class_box.setCurrentIndex(row if row >= 0 else (0 if self._classes else -1))
        self.class_box.blockSignals(False)
        self.reload()

    def class_id(self) -> int | None:
        data = self.class_box.currentData()
        return data if isinstance(data, int) else None

    def summary(self) -> ClassSummary | None:
        return next((s for s in self._classes if s.id == self.class_id()), None)

    def reload(self) -> None:
        class_id = self.class_id()
        self.problem.hide()
        try:
            self.board = self._workspace.board.current(class_id) if class_id is not None else None
        except NetwerkError as exc:
            self._show_problem(exc)
            self.board = None
        if self.board is None and self.projection is not None:
            self.projection.stop()
        self._show_board()

    def _show_board(self) -> None:
        board = self.board
        selected = self.selected_ids()
        self.model.set_board(board)
        for item_id in selected:
            row = self.model.row_of(item_id)
            if row is not None:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.matches.clear()
        self.follow_ups.clear()
        if board is not None:
            for match in board.matches:
                text = f"{match.need_code}  ↔  {match.offer_code}"
                if match.introduction:
                    text = fill(self.tr("%1 (introduction)"), text)
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, match.id)
                self.matches.addItem(entry)
            for item in board.items:
                if item.follow_up_due:
                    due = QListWidgetItem(item.code)
                    due.setData(Qt.ItemDataRole.UserRole, item.id)
                    self.follow_ups.addItem(due)
        self.status.setText(self._status_text())
        if self.projection is not None and board is not None:
            self.projection.show_board(self._workspace.board.class_view(board.id))
        self._update_buttons()

    def _status_text(self) -> str:
        summary = self.summary()
        if summary is None:
            return self.tr("No classes yet. Create a class first.")
        board = self.board
        if board is None:
            tally = self._workspace.board.tally(summary.id)
            if tally is not None and tally.closed:
                return fill(
                    self.tr(
                        "%1 has no open board. Its last board kept %2 needs and %3 offers as "
                        "counts only. Open a new board when the class writes slips."
                    ),
                    summary.name,
                    str(tally.count(ItemKind.NEED)),
                    str(tally.count(ItemKind.OFFER)),
                )
            return fill(
                self.tr(
                    "%1 has no board yet. Open one before the lesson on needs and offers; its "
                    "slips carry its codes."
                ),
                summary.name,
            )
        needs = sum(1 for item in board.items if item.kind is ItemKind.NEED)
        return fill(
            self.tr("Open until %1 · %2 needs · %3 offers · %4 matches"),
            short_date(board.closes_on),
            str(needs),
            str(len(board.items) - needs),
            str(len(board.matches)),
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [item.id for row in rows if (item := self.model.item(row)) is not None]

    def _update_buttons(self) -> None:
        is_open = self.board is not None
        has_class = self.summary() is not None
        chosen = [self.board.item(i) for i in self.selected_ids()] if self.board else []
        items = [item for item in chosen if item is not None]
        self.open_button.setEnabled(has_class and not is_open)
        for widget in (
            self.show_button,
            self.slips_button,
            self.close_button,
            self.entry,
            self.table,
            self.introduction,
        ):
            widget.setEnabled(is_open)
        self.cards_button.setEnabled(has_class)
        self.match_button.setEnabled(
            len(items) == 2 and {item.kind for item in items} == {ItemKind.NEED, ItemKind.OFFER}
        )
        for button in (
            self.post_button,
            self.hide_button,
            self.not_posted_button,
            self.done_button,
            self.withdraw_button,
        ):
            button.setEnabled(bool(items))
        self.unmatch_button.setEnabled(self.matches.count() > 0)
        self.followed_button.setEnabled(self.follow_ups.count() > 0)

    def _show_problem(self, error: BaseException) -> None:
        self.problem.setText(describe(error))
        self.problem.show()

    def _do(self, work: Any) -> bool:
        """Run one change; the service's change notice reads the board again. On failure the
        teacher reads why and nothing is lost (the typed slip stays in its fields)."""
        self.problem.hide()
        try:
            work()
        except NetwerkError as exc:
            self._show_problem(exc)
            return False
        return True

    # Actions -----------------------------------------------------------------------------------

    def open_board(self) -> None:
        summary = self.summary()
        if summary is None:
            return
        dialog = OpenBoardDialog(summary.name, date.today(), self)
        if dialog.exec():
            self._do(lambda: self._workspace.board.open_board(summary.id, dialog.closes_on()))

    def add_slip(self, code: str, kind: ItemKind, category: Any, text: str) -> None:
        board = self.board
        if board is None:
            return
        added = self._do(
            lambda: self._workspace.board.add_item(board.id, code, kind, category, text)
        )
        if added:
            self.entry.accepted()

    def edit_text(self, item_id: int, text: str) -> None:
        self._do(lambda: self._workspace.board.edit_item(item_id, text=text))

    def moderate(self, shown: Shown) -> None:
        ids = self.selected_ids()
        self._do(lambda: [self._workspace.board.moderate(i, shown) for i in ids])

    def not_posted(self) -> None:
        ids = self.selected_ids()
        if not ids or self.board is None:
            return
        codes = ", ".join(item.code for i in ids if (item := self.board.item(i)) is not None)
        dialog = NotPostedDialog(codes, self)
        if dialog.exec():
            reason = dialog.reason()
            self._do(
                lambda: [self._workspace.board.moderate(i, Shown.NOT_POSTED, reason) for i in ids]
            )

    def set_status(self, status: ItemStatus) -> None:
        ids = self.selected_ids()
        self._do(lambda: [self._workspace.board.set_status(i, status) for i in ids])

    def match_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.match(ids[0], ids[1])

    def match(self, first: int, second: int) -> None:
        introduction = self.introduction.isChecked()
        if self._do(lambda: self._workspace.board.match(first, second, introduction=introduction)):
            self.status_message.emit(self.tr("Matched."))

    def unmatch(self) -> None:
        row = self.matches.currentItem() or self.matches.item(0)
        if row is not None:
            match_id = int(row.data(Qt.ItemDataRole.UserRole))
            self._do(lambda: self._workspace.board.unmatch(match_id))

    def followed_up(self) -> None:
        row = self.follow_ups.currentItem() or self.follow_ups.item(0)
        if row is not None:
            item_id = int(row.data(Qt.ItemDataRole.UserRole))
            self._do(lambda: self._workspace.board.mark_followed_up(item_id))

    def close_board(self) -> None:
        board, summary = self.board, self.summary()
        if board is None or summary is None:
            return
        if self._workspace.server_label is None:
            warning = self.tr(
                "Closing the board of %1 deletes every text and code on it, here and in the "
                "automatic backups. Only the number of needs and offers per category and "
                "status is kept, for the follow-up lesson. This cannot be undone."
            )
        else:  # the server's backups are the school IT's: they keep the texts until they expire
            warning = self.tr(
                "Closing the board of %1 deletes every text and code on it from the school "
                "server. Only the number of needs and offers per category and status is kept, "
                "for the follow-up lesson. The school's own backups of the server keep the "
                "texts until they expire. This cannot be undone."
            )
        answer = QMessageBox.question(
            self, self.tr("Close the board?"), fill(warning, summary.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.projection is not None:
            self.projection.stop()
        if self._do(lambda: self._workspace.board.close(board.id)):
            self.status_message.emit(self.tr("The board is closed; only the counts are kept."))

    def toggle_class_view(self) -> None:
        board, summary = self.board, self.summary()
        if self.projection is not None:
            self.projection.stop()
            return
        if board is None or summary is None:
            self.show_button.setChecked(False)
            return
        window = self.window()
        self.projection = BoardProjection(window, self._settings, summary.content_language)
        self.projection.stopped.connect(self._projection_stopped)
        self.projection.show_board(self._workspace.board.class_view(board.id))
        self.show_button.setChecked(True)

    def _turn(self, pages: int) -> None:
        if self.projection is not None:
            self.projection.turn(pages)

    def _projection_stopped(self) -> None:
        self.projection = None
        self.show_button.setChecked(False)

    def save(self, kind: HandoutKind) -> None:
        summary = self.summary()
        if summary is None:
            return
        path = ask_pdf_path(self, f"{summary.name}-{kind.value}.pdf")
        if path is None:
            return
        class_id = summary.id
        handouts = self._workspace.handouts
        task = save_pdf(
            self,
            lambda: handouts.request(class_id, kind),
            path,
            saved=lambda saved: self.status_message.emit(fill(self.tr("Saved %1"), str(saved))),
            failed=self._show_problem,
        )
        self._tasks.append(task)

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.CLASSES):
            self.refresh_classes()
            return
        if change.class_id is not None and change.class_id != self.class_id():
            return
        if change.touches(Topic.BOARD) or change.touches(Topic.ROSTER):
            self.reload()
