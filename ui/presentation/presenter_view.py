"""The presenter view in the main window: the step list with times, the current and the next
step, the teacher notes, the timer, the screen controls, the charter or tally in their steps,
private notes, and where the audience view is shown.

Buttons ask for the same actions as the keys (`action`), so the run mode handles both alike.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import Discussion, EitherOr, Step, StepKind, Tally
from ui.common.content_rich_text import content_html
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.server_state import ServerState
from ui.common.step_names import phase_mode_name, step_kind_name
from ui.presentation.class_work import CharterEditor, TallyEntry
from ui.presentation.controller import PresentationController
from ui.presentation.displays import Display, Placement
from ui.presentation.keys import Action
from ui.presentation.presenter_curtain import Curtain, SharedBanner
from ui.presentation.presenter_panels import HelpPanel, NotesPanel, TimerPanel
from ui.presentation.step_list_model import StepListModel, clock_text

PREVIEW_WIDTH = 384


class PresenterView(Retranslating, QWidget):
    action = Signal(str)  # an Action from a button
    notes_requested = Signal()  # one screen: the teacher chose to show the notes to the class
    screen_chosen = Signal(str)  # a display name, or "" for automatic
    theme_chosen = Signal(str)
    muted_changed = Signal(bool)

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.controller = controller
        self.leave_button = self._button("leaveLesson", Action.LEAVE)
        self.lesson_label = QLabel()
        self.lesson_label.setObjectName("presenterLesson")
        self.lesson_label.setProperty("role", "subtitle")
        self.lesson_label.setWordWrap(True)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("presenterElapsed")
        # On a school server: whether the lesson's progress is there or waits on this PC.
        self.server_state = ServerState(controller.workspace)
        self.screen_choice = QComboBox()
        self.screen_choice.setObjectName("audienceScreen")
        self.screen_choice.activated.connect(
            lambda row: self.screen_chosen.emit(str(self.screen_choice.itemData(row) or ""))
        )
        self.screen_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.theme_choice = QComboBox()
        self.theme_choice.setObjectName("audienceTheme")
        self.theme_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.theme_choice.activated.connect(
            lambda row: self.theme_chosen.emit(str(self.theme_choice.itemData(row)))
        )
        self.mute = QCheckBox()
        self.mute.setObjectName("muteChime")
        self.mute.toggled.connect(self.muted_changed)
        self.help_button = self._button("showHelp", Action.HELP)

        self.model = StepListModel(controller)
        self.steps = QListView()
        self.steps.setObjectName("presenterSteps")
        self.steps.setModel(self.model)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap at the list's width
        self.steps.clicked.connect(lambda index: controller.go_to(index.row()))
        self.steps.setMaximumWidth(300)

        self.now_title = QLabel()
        self.now_title.setObjectName("presenterNow")
        self.now_title.setProperty("role", "title")
        self.now_title.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("presenterWhere")
        self.where.setProperty("role", "muted")
        self.where.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("audiencePreview")
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.preview.setScaledContents(True)
        self.notes = QTextBrowser()
        self.notes.setObjectName("teacherNotes")
        self.charter = CharterEditor(controller)
        self.tally = TallyEntry(controller)
        self.tools = QStackedWidget()
        self.tools.addWidget(QWidget())
        self.tools.addWidget(self.charter)
        self.tools.addWidget(self.tally)

        self.timer_panel = TimerPanel(controller)
        self.black_button = self._button("blackScreen", Action.BLACK, checkable=True)
        self.calm_button = self._button("calmScreen", Action.CALM, checkable=True)
        self.groups_button = self._button("showPartnerships", Action.PARTNERSHIPS, checkable=True)
        self.previous_button = self._button("previousStep", Action.PREVIOUS)
        self.next_button = self._button("nextStep", Action.NEXT)
        self.next_button.setProperty("primary", True)
        self.next_title = QLabel()
        self.next_title.setObjectName("presenterNext")
        self.next_title.setWordWrap(True)
        self.private_notes = NotesPanel(controller)
        self.help = HelpPanel(self)
        self.help.hide()

        top = QHBoxLayout()
        top.addWidget(self.leave_button)
        top.addWidget(self.lesson_label, 1)
        top.addWidget(self.elapsed)
        top.addWidget(self.server_state)
        top.addSpacing(16)
        top.addWidget(self.screen_choice)
        top.addWidget(self.theme_choice)
        top.addWidget(self.mute)
        top.addWidget(self.help_button)
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.now_title)
        titles.addWidget(self.where)
        titles.addStretch(1)
        heading.addLayout(titles, 1)
        heading.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        center = QVBoxLayout()
        center.addLayout(heading)
        center.addWidget(self.notes, 2)
        center.addWidget(self.tools, 1)
        self._center = center
        screen_row = QHBoxLayout()
        for button in (self.black_button, self.calm_button, self.groups_button):
            screen_row.addWidget(button)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button, 1)
        side = QVBoxLayout()
        side.addWidget(self.timer_panel)
        side.addLayout(screen_row)
        side.addLayout(moves)
        side.addWidget(self.next_title)
        side.addWidget(self.private_notes, 1)
        self.private_hidden = QLabel()
        self.private_hidden.setObjectName("privateNotesHidden")
        self.private_hidden.setProperty("role", "muted")
        self.private_hidden.setWordWrap(True)
        self.private_hidden.hide()
        side.addWidget(self.private_hidden)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(400)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addLayout(center, 1)
        body.addWidget(side_widget)
        self.desk = QWidget()
        desk = QVBoxLayout(self.desk)
        desk.setContentsMargins(20, 16, 20, 16)
        self.banner = SharedBanner()
        self.banner.back_requested.connect(lambda: self.action.emit(Action.START.value))
        self.banner.hide()
        desk.addWidget(self.banner)
        desk.addLayout(top)
        desk.addLayout(body, 1)
        # One screen: the class sees this view, so it starts behind the curtain.
        self.curtain = Curtain()
        self.curtain.reveal_requested.connect(self.notes_requested)
        self.curtain.back_requested.connect(lambda: self.action.emit(Action.START.value))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.curtain)
        self.pages.addWidget(self.desk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._shared = True

        # The presenter follows once the projector has the new step: it is the class that waits.
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self.refresh)
        controller.position_changed.connect(self._follow.start)
        controller.timer_changed.connect(lambda _view: self._tick())
        self._shown_step = -1
        self._shown_notes = (-1, -1)
        self.retranslate()
        self.refresh()

    def _button(self, name: str, action: Action, checkable: bool = False) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays "next", not "press"
        button.clicked.connect(lambda _checked=False: self.action.emit(action.value))
        return button

    # Texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.leave_button.setText(self.tr("← Leave (Esc)"))
        self.help_button.setText(self.tr("Keys (F1)"))
        self.mute.setText(self.tr("Silent timer"))
        self.black_button.setText(self.tr("Black (B)"))
        self.calm_button.setText(self.tr("Calm (W)"))
        self.groups_button.setText(self.tr("Partnerships (P)"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next →"))
        self.private_hidden.setText(
            self.tr("Your private notes stay hidden while the class sees this screen.")
        )
        self.screen_choice.setToolTip(self.tr("The screen the class sees"))
        current = self.theme_choice.currentData()
        self.theme_choice.clear()
        self.theme_choice.addItem(self.tr("Light audience view"), "light")
        self.theme_choice.addItem(self.tr("Dark audience view"), "dark")
        self.set_theme(str(current or "light"))
        self.refresh()

    # Following the controller ----------------------------------------------------------------

    def refresh(self) -> None:
        controller = self.controller
        step = controller.step
        lesson = controller.lesson
        self.lesson_label.setText(
            fill(
                self.tr("%1 · Lesson %2: %3"),
                controller.summary.name,
                str(lesson.number),
                lesson.title,
            )
        )
        self.now_title.setText(
            fill(
                self.tr("Step %1 of %2: %3"),
                str(controller.index + 1),
                str(len(lesson.steps)),
                step.audience.title,
            )
        )
        self.where.setText(self._where(step))
        following = controller.next_step
        self.next_title.setText(
            fill(self.tr("Next: %1 (%2 min)"), following.audience.title, str(following.minutes))
            if following is not None
            else self.tr("Next: the end of the lesson")
        )
        self.black_button.setChecked(controller.blank.value == "black")
        self.calm_button.setChecked(controller.blank.value == "calm" and not controller.done)
        self.groups_button.setChecked(controller.showing_groups)
        self.previous_button.setEnabled(not controller.done)
        self.next_button.setEnabled(not controller.done)
        notes_for = (controller.index, controller.cursor.statement)
        if notes_for != self._shown_notes:
            self.notes.setHtml(teacher_html(step, controller.cursor.statement))
            self._shown_notes = notes_for
        if controller.index != self._shown_step:
            self._shown_step = controller.index
            self._show_tool(step)
            self.steps.selectionModel().setCurrentIndex(
                self.model.index(controller.index), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.model.refresh_times()
        self._tick()

    def _where(self, step: Step) -> str:
        controller = self.controller
        parts = [step_kind_name(step.kind)]
        if controller.done:
            parts.append(self.tr("The lesson is finished and saved as done."))
        count = controller.statement_count()
        if count:
            parts.append(
                fill(
                    self.tr("statement %1 of %2"), str(controller.cursor.statement + 1), str(count)
                )
            )
        if step.phases:
            phase = step.phases[min(controller.cursor.phase, len(step.phases) - 1)]
            parts.append(fill(self.tr("phase: %1"), phase_mode_name(phase.mode)))
        if controller.page_count > 1:
            parts.append(
                fill(
                    self.tr("page %1 of %2"),
                    str(controller.cursor.page + 1),
                    str(controller.page_count),
                )
            )
        return " · ".join(parts)

    def _show_tool(self, step: Step) -> None:
        if step.kind is StepKind.CHARTER:
            self.charter.load()
            self.tools.setCurrentWidget(self.charter)
        elif isinstance(step.content, Tally):
            self.tally.load(step.content, step.id)
            self.tools.setCurrentWidget(self.tally)
        else:
            self.tools.setCurrentIndex(0)
        typing = self.tools.currentIndex() != 0
        self.tools.setVisible(typing)
        # While the class agrees rules or counts answers, that is what the teacher works on.
        self._center.setStretchFactor(self.notes, 1 if typing else 2)
        self._center.setStretchFactor(self.tools, 2 if typing else 1)

    def _tick(self) -> None:
        controller = self.controller
        self.elapsed.setText(
            fill(
                self.tr("%1 of %2 min"),
                clock_text(controller.lesson_seconds()),
                str(controller.lesson.minutes),
            )
        )

    def tick_times(self) -> None:
        """Once a second: the elapsed time and the step list's times."""
        self._tick()
        self.model.refresh_times()

    # Screens ---------------------------------------------------------------------------------

    def set_displays(
        self, displays: list[Display], chosen: str, placement: Placement | None
    ) -> None:
        self.screen_choice.clear()
        self.screen_choice.addItem(self.tr("Audience screen: automatic"), "")
        for number, display in enumerate(displays, start=1):
            text = fill(self.tr("Screen %1: %2 (%3)"), str(number), display.name, display.size_text)
            self.screen_choice.addItem(text, display.name)
        row = self.screen_choice.findData(chosen) if chosen else 0
        self.screen_choice.setCurrentIndex(max(0, row))
        tip = fill(
            self.tr("The class sees the lesson on %1."),
            placement.display.name if placement else "—",
        )
        self.screen_choice.setToolTip(tip)

    # One screen --------------------------------------------------------------------------------

    def set_shared_screen(self, shared: bool) -> None:
        """One screen: the class sees this view, so the notes go behind the curtain and the
        private notes stay hidden even when the teacher shows the notes."""
        self._shared = shared
        self.private_notes.setVisible(not shared)
        self.private_hidden.setVisible(shared)
        self.cover()

    @property
    def shared_screen(self) -> bool:
        return self._shared

    def reveal(self) -> None:
        """The teacher chose to show the notes to the class."""
        self.banner.setVisible(self._shared)
        self.pages.setCurrentWidget(self.desk)

    def cover(self) -> None:
        self.banner.hide()
        self.pages.setCurrentWidget(self.curtain if self._shared else self.desk)

    @property
    def covered(self) -> bool:
        return self.pages.currentWidget() is self.curtain

    def set_theme(self, key: str) -> None:
        self.theme_choice.setCurrentIndex(max(0, self.theme_choice.findData(key)))

    def set_preview(self, picture: QPixmap) -> None:
        self.preview.setPixmap(picture)

    def toggle_help(self) -> None:
        self.help.setVisible(not self.help.isVisible())
        if self.help.isVisible():
            self._place_help()
            self.help.raise_()

    def _place_help(self) -> None:
        hint = self.help.sizeHint()
        width, height = min(self.width() - 40, max(hint.width(), 720)), hint.height()
        self.help.setGeometry((self.width() - width) // 2, 60, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.help.isVisible():
            self._place_help()


def teacher_html(step: Step, statement: int = 0) -> str:
    """The teacher notes, then what the teacher reads out or asks: the case, the follow-up
    question (for an either/or step, the one of the statement on the screen)."""
    parts = [content_html(step.teacher_notes)]
    if step.case:
        heading = QCoreApplication.translate("PresenterView", "Case to read aloud")
        parts.append(f"<h3>{html.escape(heading)}</h3>{content_html(step.case)}")
    content = step.content
    follow_ups: list[str] = []
    if isinstance(content, Discussion) and content.follow_up:
        follow_ups.append(content.follow_up)
    if isinstance(content, EitherOr) and content.statements:
        shown = content.statements[min(statement, len(content.statements) - 1)]
        follow_ups.extend([shown.follow_up] if shown.follow_up else [])
    if follow_ups:
        items = "".join(f"<li>{html.escape(text)}</li>" for text in follow_ups)
        heading = QCoreApplication.translate("PresenterView", "Follow-up questions")
        parts.append(f"<h3>{html.escape(heading)}</h3><ul>{items}</ul>")
    return "".join(parts)
