"""What to print: the class, the lesson, the kind of handout, and how many copies.

Only the choices that matter for the chosen kind are enabled: a lesson for worksheets and
guides, a theme for discussion cards, a copy per student for personal sheets.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import Lesson, PromptTheme
from netwerk_desktop.handouts.inputs import HandoutKind
from netwerk_desktop.services.handout_records import (
    PER_STUDENT_KINDS,
    THEME_KINDS,
    lesson_themes,
)
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.services.startup_reads import module_title
from ui.common.placeholders import fill
from ui.handouts.kind_model import HandoutKindModel, kind_description

THEME_NAMES: dict[PromptTheme, str] = {
    PromptTheme.COMMUNITY: str(QT_TRANSLATE_NOOP("HandoutChoices", "Community")),
    PromptTheme.CLASS_CULTURE: str(QT_TRANSLATE_NOOP("HandoutChoices", "Class culture")),
    PromptTheme.PARTNERSHIPS: str(QT_TRANSLATE_NOOP("HandoutChoices", "Partnerships")),
    PromptTheme.LONELINESS: str(QT_TRANSLATE_NOOP("HandoutChoices", "Loneliness")),
    PromptTheme.LANGUISH: str(QT_TRANSLATE_NOOP("HandoutChoices", "Failing to thrive")),
    PromptTheme.WORRIED_FRIEND: str(QT_TRANSLATE_NOOP("HandoutChoices", "Worried about a friend")),
    PromptTheme.NOT_THRIVING: str(QT_TRANSLATE_NOOP("HandoutChoices", "When you are not thriving")),
    PromptTheme.ONLINE_LIFE: str(QT_TRANSLATE_NOOP("HandoutChoices", "Online life")),
}


class HandoutChoices(QObject):
    """The choices as two pieces the screen places: a header row (class, lesson, "everything
    for lesson N") and a side column (the kinds, their theme and copies)."""

    changed = Signal()  # anything that changes the handout to show
    lesson_set_requested = Signal()
    help_contacts_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.class_label = QLabel()
        self.class_box = QComboBox()
        self.class_box.setObjectName("handoutClass")
        self.lesson_label = QLabel()
        self.lesson = QComboBox()
        self._numbers: dict[str, int] = {}  # lesson id -> its number in its series
        self.lesson.setObjectName("handoutLesson")
        for combo, label in ((self.class_box, self.class_label), (self.lesson, self.lesson_label)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            label.setBuddy(combo)
        self.lesson_set_button = QPushButton()
        self.lesson_set_button.setObjectName("handoutLessonSet")
        self.lesson_set_button.clicked.connect(self.lesson_set_requested)
        self.header = QWidget()
        self.header.setObjectName("handoutHeader")
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(10)
        header.addWidget(self.class_label)
        header.addWidget(self.class_box, 2)
        header.addSpacing(14)
        header.addWidget(self.lesson_label)
        header.addWidget(self.lesson, 3)
        header.addSpacing(14)
        header.addWidget(self.lesson_set_button)

        self.kinds_title = QLabel()
        self.kinds_title.setProperty("role", "subtitle")
        self.model = HandoutKindModel(self)
        self.kinds = QListView()
        self.kinds.setObjectName("handoutKinds")
        self.kinds.setModel(self.model)
        # Long names wrap ("Plakat med klassens spilleregler" at 200 %) instead of being cut.
        self.kinds.setWordWrap(True)
        self.kinds.setResizeMode(QListView.ResizeMode.Adjust)
        # As tall as its rows; the choices around it scroll when the screen is too small.
        self.kinds.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._kinds_width = -1
        self.kinds.installEventFilter(self)  # wrapped rows: measured again at a new width
        # Qt's own item painting: a Python delegate would run Python on every repaint.
        self.kind_description = QLabel()
        self.kind_description.setObjectName("handoutKindDescription")
        self.kind_description.setProperty("role", "muted")
        self.kind_description.setWordWrap(True)
        self.theme = QComboBox()
        self.theme.setObjectName("handoutTheme")
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme.setMinimumContentsLength(12)
        self.theme.addItem("", None)
        for theme in PromptTheme:
            self.theme.addItem("", theme)
        self.one_copy = QRadioButton()
        self.one_copy.setObjectName("handoutOneCopy")
        self.one_copy.setChecked(True)
        self.per_student = QRadioButton()
        self.per_student.setObjectName("handoutPerStudent")
        copies = QButtonGroup(self)
        copies.addButton(self.one_copy)
        copies.addButton(self.per_student)
        self.theme_label = QLabel()
        self.theme_label.setBuddy(self.theme)
        self.theme_row = QWidget()
        theme_box = QVBoxLayout(self.theme_row)
        theme_box.setContentsMargins(0, 0, 0, 0)
        theme_box.setSpacing(4)
        theme_box.addWidget(self.theme_label)
        theme_box.addWidget(self.theme)
        self.copies_label = QLabel()
        self.copies_row = QWidget()
        copies_box = QVBoxLayout(self.copies_row)
        copies_box.setContentsMargins(0, 0, 0, 0)
        copies_box.setSpacing(4)
        copies_box.addWidget(self.copies_label)
        copies_box.addWidget(self.one_copy)
        copies_box.addWidget(self.per_student)
        self.help_button = QPushButton()
        self.help_button.setObjectName("editHelpContacts")
        self.help_button.clicked.connect(self.help_contacts_requested)
        self.side = QWidget()
        self.side.setObjectName("handoutChoices")
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        side.addWidget(self.kinds_title)
        side.addWidget(self.kinds)
        side.addWidget(self.kind_description)
        side.addSpacing(6)
        side.addWidget(self.theme_row)
        side.addWidget(self.copies_row)
        side.addWidget(self.help_button)
        side.addStretch(1)

        self.class_box.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.lesson.currentIndexChanged.connect(self._lesson_chosen)
        self.theme.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.per_student.toggled.connect(lambda _: self.changed.emit())
        self.kinds.selectionModel().currentChanged.connect(lambda *_: self._kind_chosen())
        self.retranslate()
        self._update_enabled()

    # Reading the choices -----------------------------------------------------------------------

    def class_id(self) -> int | None:
        value = self.class_box.currentData()
        return value if isinstance(value, int) else None

    def class_name(self) -> str:
        return self.class_box.currentText().rsplit(" (", 1)[0]

    def kind(self) -> HandoutKind | None:
        index = self.kinds.currentIndex()
        return self.model.kind(index.row()) if index.isValid() else None

    def lesson_id(self) -> str | None:
        value = self.lesson.currentData()
        return value if isinstance(value, str) else None

    def lesson_number(self) -> int:
        """The chosen lesson's number in its series (a module counts from 1 again)."""
        lesson_id = self.lesson_id()
        return self._numbers.get(lesson_id, 1) if lesson_id else 1

    def theme_choice(self) -> PromptTheme | None:
        value = self.theme.currentData()
        return value if isinstance(value, PromptTheme) else None

    def wants_per_student(self) -> bool:
        kind = self.kind()
        return kind in PER_STUDENT_KINDS and self.per_student.isChecked()

    # Filling them -----------------------------------------------------------------------------

    def set_classes(self, classes: list[ClassSummary], select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.class_id()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for summary in classes:
            self.class_box.addItem(summary.label, summary.id)
        row = self.class_box.findData(wanted) if wanted is not None else -1
        self.class_box.setCurrentIndex(row if row >= 0 else 0)
        self.class_box.blockSignals(False)

    def set_lessons(
        self, lessons: tuple[Lesson, ...], select_id: str | None = None, language: str = "da"
    ) -> None:
        wanted = select_id or self.lesson_id()
        self.lesson.blockSignals(True)
        self.lesson.clear()
        self._numbers = {lesson.id: lesson.number for lesson in lessons}
        for lesson in lessons:
            label = f"{lesson.number}. {lesson.title}"
            if lesson.module is not None:  # a module's lessons are numbered on their own
                label = f"{module_title(lesson.module, language)} · {label}"
            self.lesson.addItem(label, lesson.id)
        row = self.lesson.findData(wanted) if wanted is not None else -1
        self.lesson.setCurrentIndex(row if row >= 0 else 0)
        self.lesson.blockSignals(False)
        self._update_enabled()

    def fit_kinds(self) -> None:
        """Show every kind without scrolling, at the item size the current style and scale give
        (the rows are measured again: the stylesheet's padding arrives after construction)."""
        self.kinds.doItemsLayout()
        # The rows as laid out at the list's width (a long name wraps to two lines there)
        rows = sum(
            self.kinds.visualRect(self.model.index(row)).height()
            for row in range(self.model.rowCount())
        )
        rows = max(rows, sum(self.kinds.sizeHintForRow(r) for r in range(self.model.rowCount())))
        self.kinds.setFixedHeight(rows + 2 * self.kinds.frameWidth() + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self.kinds and event.type() == QEvent.Type.Resize
        if resized and self.kinds.width() != self._kinds_width:
            self._kinds_width = self.kinds.width()
            QTimer.singleShot(0, self, self.fit_kinds)
        return False

    def select_kind(self, kind: HandoutKind) -> None:
        index = self.model.index(self.model.row_of(kind))
        self.kinds.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.kinds.scrollTo(index)

    # Language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.class_label.setText(self.tr("Class"))
        self.lesson_label.setText(self.tr("Lesson"))
        self.theme_label.setText(self.tr("Theme"))
        self.copies_label.setText(self.tr("Copies"))
        self.kinds_title.setText(self.tr("What to print"))
        self.one_copy.setText(self.tr("One copy to photocopy"))
        self.help_button.setText(self.tr("The school’s help contacts…"))
        self.theme.setItemText(0, self.tr("The lesson’s themes"))
        for row in range(1, self.theme.count()):
            theme = self.theme.itemData(row)
            self.theme.setItemText(
                row, QCoreApplication.translate("HandoutChoices", THEME_NAMES[theme])
            )
        self.model.retranslate()
        self._update_enabled()

    def _lesson_chosen(self) -> None:
        self._update_enabled()
        self.changed.emit()

    def _kind_chosen(self) -> None:
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        kind = self.kind()
        self.lesson_set_button.setText(
            fill(self.tr("Everything for lesson %1"), str(self.lesson_number()))
        )
        self.lesson_set_button.setEnabled(self.lesson.count() > 0)
        self.lesson_set_button.setToolTip(
            self.tr(
                "A worksheet for every student, the teacher guide, help cards, and the "
                "partnerships if the class has them."
            )
        )
        self.lesson.setToolTip(
            self.tr("Worksheets, teacher guides and discussion cards are made for a lesson.")
        )
        self.kind_description.setText(kind_description(kind) if kind is not None else "")
        is_theme_kind = kind in THEME_KINDS
        self.theme_row.setVisible(is_theme_kind)
        self.theme.setToolTip(
            self.tr("Discussion cards for one theme, or for the themes of the chosen lesson.")
        )
        per_student = kind in PER_STUDENT_KINDS
        self.copies_row.setVisible(per_student)
        self.per_student.setText(
            self.tr("Enough cards for every student")
            if kind is HandoutKind.HELP_CARDS
            else self.tr("One per student, with names")
        )
        self.help_button.setVisible(kind is HandoutKind.HELP_CARDS)
        lesson = self.lesson_id()
        if is_theme_kind and lesson is not None:
            names = ", ".join(
                QCoreApplication.translate("HandoutChoices", THEME_NAMES[theme])
                for theme in lesson_themes(lesson)
            )
            self.theme.setItemText(0, fill(self.tr("The lesson’s themes (%1)"), names))
