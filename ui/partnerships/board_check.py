"""Under the board: the score of what it shows, and its warnings as a list.

The score counts partner pairs, so a trio adds three; "again" means it happened in an
earlier rotation. Both are worked out again after every change on the board.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from netwerk_desktop.grouping import Score
from ui.common.retranslating import Retranslating
from ui.common.theme import Colors
from ui.partnerships.warning_list_model import WarningListModel, WarningRow

TILES = ("new", "again", "mates", "fewest", "rules")


class ScoreTile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"score_{key}")
        self.setProperty("scoreTile", True)
        self.value = QLabel("–")
        self.value.setProperty("role", "scoreValue")
        self.label = QLabel()
        self.label.setProperty("role", "scoreLabel")
        self.label.setWordWrap(True)  # two short lines rather than a cut word at 200 %
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 6, 8)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.value)
        self._layout.addWidget(self.label)
        self._layout.addStretch(1)

    def fit_text(self) -> None:
        """Room for the number and its label at any UI scale."""
        self.value.ensurePolished()
        self.label.ensurePolished()
        lines = self.value.fontMetrics().height() + 2 * self.label.fontMetrics().height()
        margins = self._layout.contentsMargins()
        self.setMinimumHeight(lines + margins.top() + margins.bottom() + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.fit_text()

    def set_bad(self, bad: bool) -> None:
        if self.property("bad") != bad:
            self.setProperty("bad", bad)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.value, self.label):
                child.style().unpolish(child)
                child.style().polish(child)


class BoardCheckPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {key: ScoreTile(key) for key in TILES}
        self.warnings_title = QLabel()
        self.warnings_title.setObjectName("warningsTitle")
        self.warnings_title.setProperty("role", "subtitle")
        self.model = WarningListModel(self)
        self.warnings = QListView()
        self.warnings.setObjectName("warningList")
        self.warnings.setModel(self.model)
        self.warnings.setWordWrap(True)
        self.warnings.setUniformItemSizes(False)
        self.warnings.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap at its width
        self.warnings.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.none = QLabel()
        self.none.setObjectName("noWarnings")
        self.none.setProperty("role", "muted")
        self.none.setWordWrap(True)
        self.none.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles.values():
            tiles.addWidget(tile)  # as wide as its words where there is room, cut where not
        tiles.addStretch(1)
        self.explanation = QLabel()
        self.explanation.setObjectName("scoreExplanation")
        self.explanation.setProperty("role", "muted")
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(tiles)
        layout.addWidget(self.explanation)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.none, 1)
        self._score: Score | None = None
        self._fit_list()
        self.retranslate()
        self.show_check(None, [])

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("new partners"),
            "again": self.tr("partners again"),
            "mates": self.tr("group-mates again"),
            "fewest": self.tr("fewest new faces"),
            "rules": self.tr("rules broken"),
        }
        for key, tile in self.tiles.items():
            tile.label.setText(texts[key])
            tile.fit_text()
        tips = {
            "new": self.tr(
                "Partner pairs who have not been partners before (a trio counts three)."
            ),
            "again": self.tr("Partner pairs who were partners in an earlier rotation."),
            "mates": self.tr("Two students in one group who shared a group before."),
            "fewest": self.tr(
                "The fewest new group-mates any student gets: people they have not shared a "
                "group with before."
            ),
            "rules": self.tr("Keep-apart and keep-together rules this board breaks."),
        }
        for key, tile in self.tiles.items():
            tile.setToolTip(tips[key])
        self.explanation.setText(
            self.tr(
                "Compared with the earlier rotations. “Fewest new faces”: the fewest new "
                "group-mates any one student gets."
            )
        )
        self._update_title()
        self.none.setText(
            self.tr("No warnings: nobody meets a former partner, and every rule is kept.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_list()
        super().changeEvent(event)

    def _fit_list(self) -> None:
        """Every warning (up to five; more scroll) stays readable however small the splitter
        makes this part: the list is as tall as its rows, wrapped at its width."""
        rows = min(self.model.rowCount(), 5)
        frame = 2 * self.warnings.frameWidth() + 8
        height = sum(self.warnings.sizeHintForRow(row) for row in range(rows))
        self.warnings.setMinimumHeight(
            max(height, self.warnings.fontMetrics().height() * 2) + frame
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()  # rows wrap differently at another width
        self._fit_height(event.size().width())

    def _fit_height(self, width: int) -> None:
        """Never shorter than the figures, their explanation and the first warnings at this
        width (wrapped lines included): the splitter above would squeeze them on each other."""
        layout = self.layout()
        if layout is None or width <= 0:
            return
        needed = max(tile.minimumHeight() for tile in self.tiles.values())
        needed += self.explanation.heightForWidth(width)
        shown = self.none if self.none.isVisibleTo(self) else self.warnings
        if shown is self.none:
            needed += self.none.heightForWidth(width)
        else:
            needed += self.warnings.minimumHeight()
        if self.warnings_title.isVisibleTo(self):
            needed += self.warnings_title.sizeHint().height()
        needed += layout.spacing() * 3
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def set_colors(self, colors: Colors) -> None:
        self.model.serious_color = QColor(colors.danger)
        self.model.repeat_color = QColor(colors.focus)

    def show_check(self, score: Score | None, rows: list[WarningRow]) -> None:
        self._score = score
        values = (
            ()
            if score is None
            else (
                score.new_pairs,
                score.repeated_pairs,
                score.repeated_meetings,
                score.fewest_new_partners,
                score.rule_violations,
            )
        )
        for index, tile in enumerate(self.tiles.values()):
            tile.value.setText(str(values[index]) if values else "–")
        self.tiles["again"].set_bad(bool(score and score.repeated_pairs))
        self.tiles["rules"].set_bad(bool(score and score.rule_violations))
        self.model.set_rows(rows)
        self.warnings.setVisible(bool(rows))
        self._fit_list()
        self._fit_height(self.width())
        self.none.setVisible(score is not None and not rows)
        self._update_title()

    def _update_title(self) -> None:
        count = self.model.rowCount()
        self.warnings_title.setText(self.tr("%n warning(s)", "", count))
        self.warnings_title.setVisible(self._score is not None and count > 0)
