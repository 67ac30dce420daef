"""The teacher's controls on the class view when there is one screen (a mirrored smartboard).

The bar is a child of the class view, so it stays above it whatever the window manager does
with full-screen windows. It hides itself after a few seconds and comes back when the pointer
moves or a key is pressed. The class sees everything on it, so it holds only what the class
may see: the moves, the time, the tally counts (as dots) and the charter rules, the keys
(F1). The presenter view, with the teacher notes, comes forward only after the teacher has
read that the class will see it and chosen "Show my notes — the class will see them".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import StepKind, Tally
from ui.common.retranslating import Retranslating
from ui.presentation.class_bar_tools import BarCharter, BarTally
from ui.presentation.controller import PresentationController
from ui.presentation.keys import Action
from ui.presentation.presenter_panels import HelpPanel

HIDE_AFTER_MS = 4000
MARGIN = 24


class ClassBar(Retranslating, QFrame):
    action = Signal(str)  # an Action
    notes_confirmed = Signal()  # the teacher chose to show the presenter view to the class

    def __init__(self, controller: PresentationController, class_view: QWidget) -> None:
        super().__init__(class_view)
        self.setObjectName("classBar")
        self.setProperty("card", True)
        self._controller = controller
        self.class_view = class_view
        self.buttons: dict[Action, QPushButton] = {}
        row = QHBoxLayout()
        for action in (Action.PREVIOUS, Action.NEXT, Action.TIMER, Action.BLACK, Action.CALM):
            row.addWidget(self._button(action))
        self.time = QLabel()
        self.time.setObjectName("barTime")
        self.time.setProperty("role", "subtitle")
        row.insertWidget(2, self.time)
        self.tools_button = QPushButton()
        self.tools_button.setObjectName("barTools")
        self.tools_button.setCheckable(True)
        self.tools_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tools_button.toggled.connect(self._show_tools)
        row.addWidget(self.tools_button)
        self.notes_button = QPushButton()
        self.notes_button.setObjectName("barNotes")
        self.notes_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_button.clicked.connect(self.ask_about_notes)
        row.addWidget(self.notes_button)
        row.addWidget(self._button(Action.HELP))
        row.addWidget(self._button(Action.LEAVE))

        # Before the notes come forward: what happens, said plainly, and the explicit choice.
        self.warning = QFrame()
        self.warning.setObjectName("barNotesWarning")
        self.warning_text = QLabel()
        self.warning_text.setWordWrap(True)
        self.warning_text.setProperty("role", "error")
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("barShowNotes")
        self.confirm_button.clicked.connect(self._confirm_notes)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("barKeepNotesHidden")
        self.cancel_button.setProperty("primary", True)
        self.cancel_button.clicked.connect(self.warning.hide)
        warning_row = QHBoxLayout(self.warning)
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self.warning_text, 1)
        warning_row.addWidget(self.cancel_button)
        warning_row.addWidget(self.confirm_button)
        self.warning.hide()

        self.tally = BarTally(controller)
        self.charter = BarCharter(controller)
        self.tally.hide()
        self.charter.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.warning)
        layout.addWidget(self.tally)
        layout.addWidget(self.charter)
        layout.addLayout(row)

        self.help = HelpPanel(class_view)  # the keys, on the class view: nothing private
        self.help.setObjectName("classViewHelp")
        self.help.hide()
        self._hider = QTimer(self)
        self._hider.setSingleShot(True)
        self._hider.setInterval(HIDE_AFTER_MS)
        self._hider.timeout.connect(self._fade)
        self._step = -1
        controller.timer_changed.connect(lambda view: self.time.setText(view.text))
        controller.position_changed.connect(self._step_changed)
        self.retranslate()
        self._step_changed()

    def _button(self, action: Action) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"bar_{action.value}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: self.action.emit(action.value))
        self.buttons[action] = button
        return button

    def retranslate(self) -> None:
        texts = {
            Action.PREVIOUS: self.tr("◀"),
            Action.NEXT: self.tr("▶"),
            Action.TIMER: self.tr("Timer"),
            Action.BLACK: self.tr("Black"),
            Action.CALM: self.tr("Calm"),
            Action.HELP: self.tr("Keys"),
            Action.LEAVE: self.tr("Leave"),
        }
        for action, text in texts.items():
            self.buttons[action].setText(text)
        self.buttons[Action.PREVIOUS].setToolTip(self.tr("Previous"))
        self.buttons[Action.NEXT].setToolTip(self.tr("Next"))
        self.notes_button.setText(self.tr("My notes…"))
        self.warning_text.setText(
            self.tr(
                "There is one screen: the class sees everything on it. Your teacher notes "
                "would be on the smartboard."
            )
        )
        self.confirm_button.setText(self.tr("Show my notes — the class will see them"))
        self.cancel_button.setText(self.tr("Keep them hidden"))
        self._name_tools()

    def _name_tools(self) -> None:
        step = self._controller.step
        self.tools_button.setText(
            self.tr("Count…") if step.kind is StepKind.TALLY else self.tr("Add rules…")
        )

    # Where it is and when it shows -------------------------------------------------------------

    def place(self) -> None:
        """At the bottom middle of the class view."""
        area = self.class_view.rect()
        self.adjustSize()
        width = min(area.width() - 2 * MARGIN, max(self.sizeHint().width(), 720))
        height = min(self.sizeHint().height(), area.height() - 2 * MARGIN)
        left, top = (area.width() - width) // 2, area.height() - height - MARGIN
        self.setGeometry(left, top, width, height)

    def wake(self) -> None:
        """Show the bar (pointer moved, key pressed) and hide it again after a while."""
        self.place()
        if not self.isVisible():
            self.show()
        self.raise_()
        self._hider.start()

    def _fade(self) -> None:
        focused = QApplication.focusWidget()
        typing = focused is not None and self.isAncestorOf(focused)
        if self.warning.isVisible() or self.tools_button.isChecked() or self.underMouse() or typing:
            self._hider.start()
        else:
            self.hide()

    # Help, notes, tools ------------------------------------------------------------------------

    def toggle_help(self) -> None:
        help_panel = self.help
        help_panel.setVisible(not help_panel.isVisible())
        if help_panel.isVisible():
            area = self.class_view.rect()
            hint = help_panel.sizeHint()
            width = min(area.width() - 2 * MARGIN, max(hint.width(), 720))
            help_panel.setGeometry((area.width() - width) // 2, MARGIN, width, hint.height())
            help_panel.raise_()

    def close_popups(self) -> bool:
        """Esc: close what is open on the class view; False when nothing was."""
        for shown in (self.help, self.warning):
            if shown.isVisible():
                shown.hide()
                self.wake()
                return True
        if self.tools_button.isChecked():
            self.tools_button.setChecked(False)
            return True
        return False

    def ask_about_notes(self) -> None:
        self.warning.show()
        self.cancel_button.setFocus()  # Enter keeps the notes hidden
        self.wake()

    def _confirm_notes(self) -> None:
        self.warning.hide()
        self.notes_confirmed.emit()

    def _show_tools(self, shown: bool) -> None:
        step = self._controller.step
        counting = shown and isinstance(step.content, Tally)
        if counting and isinstance(step.content, Tally):
            self.tally.load(step.content, step.id)  # before it shows: its fields show with it
        self.tally.setVisible(counting)
        self.charter.setVisible(shown and step.kind is StepKind.CHARTER)
        if counting and self.tally.fields:
            next(iter(self.tally.fields.values())).setFocus()
        elif self.charter.isVisible():
            self.charter.rule.setFocus()
        self.wake()

    def _step_changed(self) -> None:
        index = self._controller.index
        if index == self._step:
            return
        self._step = index
        step = self._controller.step
        self.tools_button.setChecked(False)
        self.tools_button.setVisible(
            isinstance(step.content, Tally) or step.kind is StepKind.CHARTER
        )
        self._name_tools()
        if self.isVisible():
            self.place()
