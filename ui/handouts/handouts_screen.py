"""Handouts: choose a class, a lesson and a kind; see it, print it, save it.

Every handout is made in the background into a temporary folder the app removes when it
quits: a single handout as soon as the choices change, or "everything for lesson N" as a batch
with a progress bar and Cancel.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.handouts.errors import HandoutError
from netwerk_desktop.handouts.inputs import HandoutKind
from netwerk_desktop.handouts.request import ClassSetResult, HandoutRequest
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.handout_records import HandoutNotPossible
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings
from ui.common.changes import ChangeSignals
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.screen import Screen
from ui.common.tasks import Task, TaskControl, run_in_background
from ui.common.widths import fit_width
from ui.handouts.choices import HandoutChoices
from ui.handouts.help_contacts_dialog import HelpContactsDialog
from ui.handouts.kind_model import kind_name
from ui.handouts.preview import HandoutPreview

SIDE_WIDTH = 420  # the choices beside the preview, unless their words need more
SETTLE_MS = 120  # choices often change in a burst (class, then lesson): make the handout once
PROGRESS_AFTER_MS = 400  # a quick preview needs no progress bar
REDRAWN_BY = (Topic.ROSTER, Topic.PARTNERSHIPS, Topic.CHARTER, Topic.SCHOOL, Topic.CLASSES)


class ScratchFolder:
    """Where handouts are rendered before the teacher saves or prints them: a folder the
    workspace gives (inside the data folder, so a crash leaves no names in the system's temp
    folder; removed at close, at the next start and by every erasure)."""

    def __init__(self, make_root: Callable[[], Path]) -> None:
        self._make_root = make_root
        self._root: Path | None = None
        self._count = 0

    @property
    def root(self) -> Path:
        if self._root is None or not self._root.is_dir():  # an erasure may have removed it
            self._root = self._make_root()
        return self._root

    def fresh(self) -> Path:
        self._count += 1
        folder = self.root / f"{self._count:04d}"
        folder.mkdir()
        return folder

    def opened(self) -> Path:
        folder = self.root / "opened"
        folder.mkdir(exist_ok=True)
        return folder

    @staticmethod
    def discard(folder: Path | None) -> None:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    def cleanup(self) -> None:
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None


class HandoutsScreen(Screen):
    key = "handouts"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_handouts")
        self._workspace = workspace
        self.scratch = ScratchFolder(workspace.preview_folder)
        self.task: Task | None = None
        self._generation = 0
        self._shown_folder: Path | None = None
        self._stale = False

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.choices = HandoutChoices(self)
        self.choices.side.setMaximumWidth(SIDE_WIDTH)
        self.preview = HandoutPreview(self.scratch.opened, settings)
        self.preview.status_message.connect(self.status_message)
        self.preview.navigate.connect(self.navigate)
        self.preview.cancel_requested.connect(self.cancel)
        body = QHBoxLayout()
        body.setSpacing(24)
        # At 200 % on a 1080p screen the choices are taller than the room: they scroll.
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidget(self.choices.side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body.addWidget(self.side_scroll, 3)
        body.addWidget(self.preview, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.choices.header)
        layout.addLayout(body, 1)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.render_current)
        self.choices.class_box.currentIndexChanged.connect(lambda _: self._class_chosen())
        self.choices.changed.connect(self._settle.start)
        self.choices.lesson_set_requested.connect(self.make_lesson_set)
        self.choices.help_contacts_requested.connect(self.edit_help_contacts)
        changes.changed.connect(self._on_change)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.scratch.cleanup)
        scratch = self.scratch  # not self: the Python side may be gone when `destroyed` comes
        self.destroyed.connect(lambda *_: scratch.cleanup())

        self.retranslate()
        self.refresh_classes()
        self.choices.select_kind(HandoutKind.WORKSHEET)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Handouts"))
        self.choices.retranslate()
        self._fit_side()

    def _fit_side(self) -> None:
        """Room for the longest choice ("Eén exemplaar om te kopiëren" at 200 %)."""
        side = self.choices.side
        parts = [w for w in side.findChildren(QAbstractButton) if w.text()]
        width = fit_width(side, parts, 300)
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(width + bar)
        self.side_scroll.setMaximumWidth(max(SIDE_WIDTH, width) + bar)

    # Choices ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self.choices.fit_kinds()  # a new theme or UI scale changes the rows' height
            QTimer.singleShot(0, self, self._fit_side)  # once the children have the new style
        super().changeEvent(event)

    def activated(self, argument: Any = None) -> None:
        """`argument`: a class id, or (class id, lesson id) to open that lesson's handouts."""
        self.choices.fit_kinds()
        class_id, lesson_id = argument, None
        if isinstance(argument, tuple) and len(argument) == 2:
            class_id, lesson_id = argument
        self.refresh_classes(class_id if isinstance(class_id, int) else None, lesson_id)
        if self._stale:
            self._stale = False
            self._settle.start()

    def refresh_classes(self, select_id: int | None = None, lesson_id: str | None = None) -> None:
        before = (self.choices.class_id(), self.choices.lesson_id())
        self.choices.set_classes(self._workspace.classes.list_classes(), select_id)
        if lesson_id is None and self.choices.class_id() != before[0]:
            lesson_id = self._next_lesson()  # a class shown anew opens at its next lesson
        self._load_lessons(lesson_id)
        if (self.choices.class_id(), self.choices.lesson_id()) != before:
            self._settle.start()

    def _class_chosen(self) -> None:
        self._load_lessons(self._next_lesson())

    def _next_lesson(self) -> str | None:
        """The lesson the chosen class comes to next (its last one when all are done)."""
        class_id = self.choices.class_id()
        if class_id is None:
            return None
        following = self._workspace.next_lessons([class_id]).get(class_id)
        if following is not None:
            return following.lesson_id
        try:
            lessons = self._workspace.handouts.lessons(class_id)
        except (NetwerkError, HandoutError):
            return None
        return lessons[-1].id if lessons else None

    def _load_lessons(self, lesson_id: str | None) -> None:
        class_id = self.choices.class_id()
        self.preview.class_id = class_id
        self.preview.class_name = self.choices.class_name()
        if class_id is None:
            self.choices.set_lessons(())
            return
        try:
            lessons = self._workspace.handouts.lessons(class_id)
        except (NetwerkError, HandoutError) as exc:
            self.preview.show_error(exc)
            return
        language = self._workspace.classes.get(class_id).content_language
        self.choices.set_lessons(lessons, lesson_id, language)

    def _on_change(self, change: Change) -> None:
        if not any(change.touches(topic) for topic in REDRAWN_BY):
            return
        if change.touches(Topic.CLASSES):
            self.refresh_classes()
        if change.class_id not in (None, self.choices.class_id()):
            return
        if self.isVisible():
            self._settle.start()
        else:
            self._stale = True

    # Making handouts --------------------------------------------------------------------------

    def render_current(self) -> Task | None:
        """Make the chosen handout for the preview."""
        class_id, kind = self.choices.class_id(), self.choices.kind()
        if class_id is None or kind is None:
            self.cancel()
            self.preview.show_empty()
            return None
        handouts = self._workspace.handouts
        lesson_id, theme = self.choices.lesson_id(), self.choices.theme_choice()
        per_student = self.choices.wants_per_student()

        def requests() -> list[HandoutRequest]:
            return [
                handouts.request(
                    class_id, kind, lesson_id=lesson_id, theme=theme, per_student=per_student
                )
            ]

        busy = fill(self.tr("Making the handout “%1”…"), kind_name(kind))
        return self._start(requests, busy, batch=False)

    def make_lesson_set(self) -> Task | None:
        """Everything for the chosen lesson, as a batch with progress and Cancel."""
        class_id, lesson_id = self.choices.class_id(), self.choices.lesson_id()
        if class_id is None or lesson_id is None or not self._help_contacts_ready(class_id):
            return None
        handouts = self._workspace.handouts
        busy = fill(
            self.tr("Making the handouts for lesson %1…"), str(self.choices.lesson_number())
        )
        return self._start(lambda: handouts.lesson_set(class_id, lesson_id), busy, batch=True)

    def _start(
        self, requests: Callable[[], list[HandoutRequest]], busy: str, *, batch: bool
    ) -> Task:
        self.cancel()
        self._generation += 1
        generation = self._generation
        folder = self.scratch.fresh()

        def work(control: TaskControl) -> ClassSetResult | HandoutNotPossible:
            from netwerk_desktop.handouts import render_class_set  # reportlab loads here

            try:
                chosen = requests()
            except HandoutNotPossible as missing:
                return missing  # expected (no partnerships yet): said on screen, not logged
            return render_class_set(
                chosen, folder, progress=control.report, cancelled=control.cancelled
            )

        def current() -> bool:
            return generation == self._generation

        def failed(error: object) -> None:
            self.scratch.discard(folder)
            if current():
                self.preview.hide_progress()
                assert isinstance(error, BaseException)
                self.preview.show_error(error)
                self.scratch.discard(self._shown_folder)
                self._shown_folder = None

        def succeeded(result: object) -> None:
            if isinstance(result, HandoutNotPossible):
                failed(result)
                return
            assert isinstance(result, ClassSetResult)
            if not current():
                self.scratch.discard(folder)
                return
            self.preview.hide_progress()
            self.preview.show_handouts(list(result.handouts))
            self.scratch.discard(self._shown_folder)
            self._shown_folder = folder
            if batch:
                self.status_message.emit(
                    self.tr("%n handout(s) ready to print.", "", len(result.handouts))
                )

        def cancelled() -> None:
            self.scratch.discard(folder)
            if current():
                self.preview.hide_progress()
                self.preview.stop_busy()
                self.status_message.emit(self.tr("Stopped. Nothing new was made."))

        def progress(done: int, total: int) -> None:
            if current() and (batch or self.preview.progress_row.isVisible()):
                self.preview.show_progress(done, total, busy)

        self.preview.show_busy(busy)
        if batch:
            self.preview.show_progress(0, 1, busy)
        task = run_in_background(
            work, self, succeeded=succeeded, failed=failed, progress=progress, cancelled=cancelled
        )
        QTimer.singleShot(PROGRESS_AFTER_MS, self, lambda: self._show_slow_progress(task, busy))
        self.task = task
        return task

    def _show_slow_progress(self, task: Task, busy: str) -> None:
        if task is self.task and task.running and not self.preview.progress_row.isVisible():
            self.preview.show_progress(0, 0, busy)

    def cancel(self) -> None:
        """Stop the batch or preview being made; what is already shown stays."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.preview.hide_progress()

    # The school's help contacts ---------------------------------------------------------------

    def _help_contacts_ready(self, class_id: int) -> bool:
        """The lesson's help cards print blank lines where the school's contacts are not filled
        in: say so first, and let the teacher fill them in, print anyway or stop."""
        language = self._workspace.classes.get(class_id).content_language
        try:
            template = self._workspace.handouts.help_template(language)
        except NetwerkError:
            return True  # the batch says what is wrong
        if template is None or not template.has_placeholders:
            return True
        box = QMessageBox(self)
        box.setObjectName("helpContactsMissing")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The help contacts are not filled in"))
        box.setText(
            self.tr(
                "The “Where to get help” cards in this set name the school’s contacts: the "
                "student counsellor and whom to talk to. They are not filled in yet, so the cards "
                "would have blank lines there."
            )
        )
        fill_in = box.addButton(self.tr("Fill them in now…"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Print with blank lines"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(fill_in)
        box.exec()
        if box.clickedButton() is fill_in:
            return self.edit_help_contacts()
        return box.clickedButton() is anyway

    def edit_help_contacts(self) -> bool:
        """The school's contacts for the help cards; True when they were saved."""
        class_id = self.choices.class_id()
        language = (
            self._workspace.classes.get(class_id).content_language if class_id is not None else "da"
        )
        try:
            template = self._workspace.handouts.help_template(language)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not available"), describe(exc))
            return False
        if template is None:
            return False
        dialog = HelpContactsDialog(self._workspace.handouts, template, self)
        if dialog.exec() != HelpContactsDialog.DialogCode.Accepted:
            return False
        self.status_message.emit(self.tr("The help contacts are saved."))
        return True
