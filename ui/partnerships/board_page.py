"""The Board tab: make a proposal, adjust it by hand with live warnings and score, save it
with a start date, or undo the last rotation. The solver runs in the background; nothing is
saved until the teacher presses Save."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.grouping import RulesConflict
from netwerk_desktop.grouping.model import Mode
from netwerk_desktop.server_errors import EditConflict
from netwerk_desktop.services.partnership_records import RotationChoices
from ui.common.messages import describe
from ui.common.messages.partnerships import conflict_sentence, group_heading
from ui.common.placeholders import fill
from ui.common.tasks import Task, run_in_background
from ui.common.theme import Colors
from ui.partnerships.board_content import board_content, warning_rows
from ui.partnerships.board_page_layout import BoardPageLayout
from ui.partnerships.board_state import BoardState, Showing
from ui.partnerships.board_undo import confirm_undo
from ui.partnerships.labels import rotation_title, short_date, to_date
from ui.partnerships.rules_dialog import RulesDialog
from ui.partnerships.solving import BoardProposal, ProposalOrder, make_proposal

if TYPE_CHECKING:
    from collections.abc import Callable

    from netwerk_desktop.workspace import Workspace


class BoardPage(BoardPageLayout):
    status_message = Signal(str)
    history_requested = Signal(int)  # a student's partner history
    reload_requested = Signal()  # read the class again (a colleague changed it)
    show_to_class_requested = Signal(object)  # the groups as names: [[[name, ...], ...], ...]

    def __init__(
        self, workspace: Workspace, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(colors, parent)
        self._workspace = workspace
        self._colors = colors
        self.state: BoardState | None = None
        self.task: Task | None = None
        self.time_budget_s = 1.0
        self.controls.make_requested.connect(self.make)
        self.controls.try_another_requested.connect(self.try_another)
        self.controls.back_today_requested.connect(self.back_today)
        self.controls.rules_requested.connect(self.edit_rules)
        self.controls.away.toggled.connect(self._away_toggled)
        self.controls.tags.toggled.connect(self._balance_toggled)
        self.show_button.clicked.connect(self.show_to_class)
        self.swap_button.clicked.connect(self._swap_marked)
        self.pin_button.clicked.connect(self._pin_marked)
        self.board.swap_requested.connect(self.swap)
        self.board.pin_requested.connect(self.toggle_pin)
        self.board.menu_requested.connect(self._student_menu)
        self.board.marks_changed.connect(self._update_buttons)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_change)
        self.save_button.clicked.connect(self.save)
        self.aside_button.clicked.connect(self.put_aside)
        self.undo_button.clicked.connect(self.undo_last)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show to the class"))
        self.show_button.setToolTip(
            self.tr("The groups on the screen the class sees: numbers and names, nothing else.")
        )
        self.swap_button.setText(self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Swap the two marked students (S or Enter)."))
        self.pin_button.setText(self.tr("Pin"))
        self.pin_button.setToolTip(
            self.tr("Pinned students stay where they are when new partnerships are made (P).")
        )
        self.starts_label.setText(self.tr("Starts on"))
        self.save_button.setText(self.tr("Save"))
        self.aside_button.setText(self.tr("Put aside"))
        self.aside_button.setToolTip(
            self.tr("Forget this proposal and show the saved partnerships.")
        )
        self.undo_button.setText(self.tr("Undo last rotation…"))
        self.board.setAccessibleName(self.tr("Partnership board"))
        self.board.setAccessibleDescription(
            self.tr(
                "Up and Down move between names, Left and Right between groups. Space marks a "
                "name, S or Enter swaps, P pins, Escape clears the marks."
            )
        )
        self.fit_side()
        if self.state is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.check.set_colors(self._colors())
        super().changeEvent(event)

    # Showing -----------------------------------------------------------------------------------

    def show_to_class(self) -> None:
        """The board's groups for the class: names only. A student with no place who is not
        ticked as away is left out only when the teacher says so."""
        state = self.state
        rotation = state.rotation if state is not None else None
        if state is None or not rotation:
            return
        left_out = [s.display_name for s in state.not_placed() if s.id not in state.away]
        if left_out:
            answer = QMessageBox.question(
                self,
                self.tr("Not everyone has a place"),
                fill(
                    self.tr(
                        "%1 have no place on the board and are not ticked as away. Show the "
                        "partnerships without them?"
                    ),
                    ", ".join(left_out),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        names = state.data.names()
        self.show_to_class_requested.emit(
            [[[names[s] for s in pair] for pair in group] for group in rotation]
        )

    def show_state(self, state: BoardState | None) -> None:
        if state is not self.state:
            self.board.clear_marks()
            self.problem.hide()
        self.state = state
        self.refresh()

    def refresh(self) -> None:
        state = self.state
        self.check.set_colors(self._colors())
        if state is None:
            self.stack.setCurrentWidget(self.empty)
            self.empty.setText(self.tr("Choose a class to see its partnerships."))
            self.showing.setText("")
            self.hint.setText("")
            self.check.show_check(None, [])
            self._update_buttons()
            return
        data, showing = state.data, state.showing
        rotation = state.rotation
        unplaced = {s.id for s in state.not_placed()} if rotation else set()
        self.controls.set_students(data.active_students, state.away, unplaced)
        self.controls.set_tags(data.tags, state.balance)
        self.controls.set_rule_count(len(data.rules))
        self.showing.setText(self._showing_text(state))
        check = state.check()
        names = data.names()
        numbers = list(range(1, len(state.history()) + 1))
        if rotation:
            self.board.show_content(board_content(state, check, names, numbers))
            self.stack.setCurrentWidget(self.board_area)
            self.hint.setText(
                self.tr("Drag a name onto another to swap them, or mark two names and press Swap.")
            )
        else:
            self.board.show_content(board_content(state, None, names, numbers))
            self.stack.setCurrentWidget(self.empty)
            self.hint.setText("")
            if not data.active_students:
                self.empty.setText(
                    fill(self.tr("%1 has no students yet. Add them in Classes."), data.summary.name)
                )
            else:
                self.empty.setText(
                    fill(
                        self.tr(
                            "%1 has no partnerships yet. Press “New partnerships” to make a "
                            "proposal."
                        ),
                        data.summary.name,
                    )
                )
        rows = warning_rows(check, names, numbers) if check else []
        self.check.setVisible(bool(rotation))
        self.check.show_check(check.score if check else None, rows)
        if showing is not Showing.PROPOSAL:
            # The field says what the heading says: since when the saved ones hold.
            since = data.current.starts_on if data.current is not None else None
            self.starts_on.setDate(
                QDate(since.year, since.month, since.day) if since else QDate.currentDate()
            )
        self._update_buttons()

    def _showing_text(self, state: BoardState) -> str:
        showing, current = state.showing, state.data.current
        number = len(state.data.saved)
        if showing is Showing.PROPOSAL:
            return self.tr("Proposal, not saved yet")
        if showing is Showing.CHANGED:
            return fill(self.tr("%1, changed by hand, not saved yet"), rotation_title(number))
        if showing is Showing.SAVED and current is not None:
            return fill(
                self.tr("%1, since %2"), rotation_title(number), short_date(current.starts_on)
            )
        return self.tr("No partnerships yet")

    def _update_buttons(self) -> None:
        state = self.state
        busy = self.task is not None and self.task.running
        has_board = bool(state and state.rotation)
        showing = state.showing if state else Showing.NOTHING
        can_make = bool(state and len(state.data.active_students) >= 2) and not busy
        again = showing is Showing.PROPOSAL and state is not None and state.seed is not None
        self.controls.set_can_make(can_make, has_board, again)
        self.controls.set_busy(busy)
        self.controls.rules_button.setEnabled(state is not None)
        marks = self.board.marks
        self.swap_button.setEnabled(has_board and (len(marks) == 2))
        self.pin_button.setEnabled(has_board and bool(marks))
        self.swap_button.setVisible(has_board)
        self.pin_button.setVisible(has_board)
        draft = showing in (Showing.PROPOSAL, Showing.CHANGED)
        self.save_button.setEnabled(draft and not busy)
        self.save_button.setText(
            self.tr("Save changes") if showing is Showing.CHANGED else self.tr("Save")
        )
        self.aside_button.setEnabled(draft and not busy)
        self.starts_on.setEnabled(showing is Showing.PROPOSAL)
        self.undo_button.setEnabled(bool(state and state.data.saved) and not busy)

    # Making proposals --------------------------------------------------------------------------

    def make(self, mode: Mode) -> Task | None:
        state = self.state
        if state is None:
            return None
        return self._ask(state, mode, None)

    def try_another(self) -> Task | None:
        state = self.state
        if state is None or state.seed is None:
            return None
        # From the board as it is: the mode keeps what it kept, and pins hold where they are.
        return self._ask(state, state.mode, state.seed + 1)

    def _ask(self, state: BoardState, mode: Mode, seed: int | None) -> Task:
        order = ProposalOrder(
            state.data.summary.id,
            RotationChoices(
                mode=mode,
                base=state.rotation,
                absent=tuple(sorted(state.away)),
                balance_tags=tuple(sorted(state.balance)),
                locked_students=tuple(sorted(state.pins)),
                group_size=state.group_size,
                seed=seed,
                time_budget_s=self.time_budget_s,
            ),
        )
        planner = self._workspace.planner  # built here, not in the worker
        self.problem.hide()
        task = run_in_background(
            lambda _control: make_proposal(planner, order),
            self,
            succeeded=lambda result: self._proposal_made(state, result),
            failed=lambda error: self._proposal_failed(state, error),
        )
        task.done.connect(self._update_buttons)
        self.task = task
        self._update_buttons()
        return task

    def _proposal_made(self, state: BoardState, proposal: BoardProposal) -> None:
        if state is not self.state:
            return  # the teacher chose another class meanwhile
        order = proposal.order
        state.take_proposal(proposal.rotation, order.choices.mode, proposal.seed)
        self.starts_on.setDate(QDate.currentDate())
        self.board.clear_marks()
        self.refresh()
        self.status_message.emit(self.tr("A proposal is on the board. Adjust it, then save."))

    def _proposal_failed(self, state: BoardState, error: object) -> None:
        if state is not self.state:
            return
        if isinstance(error, RulesConflict):
            text = conflict_sentence(error, state.data.names())
        else:
            text = describe(error if isinstance(error, BaseException) else Exception(str(error)))
        self.problem.setText(text)
        self.problem.show()

    # Changing by hand --------------------------------------------------------------------------

    def swap(self, a: int, b: int) -> None:
        if self.state is not None and self.state.swap(a, b):
            self.refresh()

    def toggle_pin(self, student: int) -> None:
        if self.state is not None:
            self.state.toggle_pin(student)
            self.refresh()

    def undo_change(self) -> None:
        """Ctrl+Z: the last swap, pin or place by hand is taken back."""
        if self.state is not None and self.state.undo_change():
            self.board.clear_marks()
            self.refresh()
            self.status_message.emit(self.tr("The last change on the board is undone."))

    def _swap_marked(self) -> None:
        self.board.swap_marked()

    def _pin_marked(self) -> None:
        if self.state is None:
            return
        marked = list(self.board.marks)
        self.state.set_pins(marked, pinned=any(s not in self.state.pins for s in marked))
        self.board.clear_marks()
        self.refresh()

    def _away_toggled(self, key: object, away: bool) -> None:
        if self.state is None or not isinstance(key, int):
            return
        if away:
            self.state.away.add(key)
        else:
            self.state.away.discard(key)
        self.refresh()

    def _balance_toggled(self, key: object, ticked: bool) -> None:
        if self.state is not None and isinstance(key, str):
            (self.state.balance.add if ticked else self.state.balance.discard)(key)

    def back_today(self, student: int) -> None:
        state = self.state
        if state is None:
            return
        name = state.data.names().get(student, "")
        try:
            if state.showing is Showing.SAVED:
                self._workspace.planner.place_returning(state.data.summary.id, student)
                state.away.discard(student)
            else:
                state.place_here(student)
        except RulesConflict as conflict:
            self.problem.setText(conflict_sentence(conflict, state.data.names()))
            self.problem.show()
            return
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not placed"), describe(exc))
            return
        self.refresh()
        place = self.board.board_geometry().place_of(student)
        group = group_heading(place.group + 1) if place else ""
        self.status_message.emit(fill(self.tr("%1 is back and joins %2."), name, group))

    def _student_menu(self, student: int, where: QPoint) -> None:
        state = self.state
        if state is None:
            return
        name = state.data.names().get(student, "")
        menu = QMenu(self)
        others = [s for s in self.board.marks if s != student]
        if others:
            other = state.data.names().get(others[-1], "")
            swap = menu.addAction(fill(self.tr("Swap with %1"), other))
            swap.triggered.connect(lambda: self.swap(others[-1], student))
        pinned = student in state.pins
        pin = menu.addAction(
            fill(self.tr("Unpin %1") if pinned else self.tr("Pin %1 in place"), name)
        )
        pin.triggered.connect(lambda: self.toggle_pin(student))
        away = menu.addAction(fill(self.tr("%1 is absent today"), name))
        away.setCheckable(True)
        away.setChecked(student in state.away)
        away.toggled.connect(lambda on: self._away_toggled(student, on))
        history = menu.addAction(fill(self.tr("Partner history of %1"), name))
        history.triggered.connect(lambda: self.history_requested.emit(student))
        menu.exec(where)

    # Saving ------------------------------------------------------------------------------------

    def save(self) -> bool:
        state = self.state
        rotation = state.rotation if state else None
        if state is None or rotation is None or state.draft is None:
            return False
        partnerships = self._workspace.partnerships
        class_id = state.data.summary.id
        try:
            if state.showing is Showing.PROPOSAL:
                starts = to_date(self.starts_on.date())
                partnerships.save_rotation(
                    class_id,
                    rotation,
                    kind=state.mode,
                    group_size=state.group_size,
                    seed=state.seed or 0,
                    starts_on=starts,
                    expected_version=state.data.edit_version,
                )
            else:
                assert state.edited_rotation is not None
                partnerships.replace_members(state.edited_rotation, rotation)
        except EditConflict as exc:
            # A colleague saved first: say who changed what, and show theirs on Reload.
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), describe(exc))
            box.setParent(self, box.windowFlags())
            reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is reload:
                self.reload_requested.emit()
            return False
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), describe(exc))
            return False
        state.put_aside()
        self.refresh()
        # Save is off now; Qt would hand the focus on to "Undo last rotation…"
        self.board.setFocus()
        self.status_message.emit(
            fill(self.tr("Saved. These are now the partnerships of %1."), state.data.summary.name)
        )
        return True

    def put_aside(self) -> None:
        if self.state is not None:
            self.state.put_aside()
            self.refresh()
            self.board.setFocus()

    def undo_last(self) -> None:
        state = self.state
        if state is None or not state.data.saved or not confirm_undo(self, state.data.saved):
            return
        try:
            self._workspace.partnerships.undo_last(state.data.summary.id)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not undone"), describe(exc))
            return
        self.status_message.emit(self.tr("The last rotation was undone."))

    def edit_rules(self) -> None:
        state = self.state
        if state is None:
            return
        dialog = RulesDialog(
            self._workspace.partnerships,
            state.data.summary.id,
            state.data.summary.name,
            list(state.data.active_students),
            self,
        )
        dialog.exec()
