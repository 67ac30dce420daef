"""Rows of the lesson, prompt and activity lists as wrapped rich text of any height.

The model gives each row's HTML in a role of its choice; `<span class="muted">` is drawn in
the theme's muted colour. Heights follow the list's width, so rows re-wrap when it resizes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, html_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = html_role

    def _margins(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        line = option.fontMetrics.height()
        return round(line * 0.6), round(line * 0.45)

    def _document(
        self, option: QStyleOptionViewItem, index: Index, text_width: float
    ) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setIndentWidth(option.fontMetrics.height())
        document.setDefaultStyleSheet(f".muted {{ color: {muted.name()}; }}")
        document.setHtml(str(index.data(self._role) or ""))
        document.setTextWidth(max(40.0, text_width))
        return document

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.rect.width() or 320

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        across, down = self._margins(item)
        width = self._row_width(item)
        document = self._document(item, index, width - 2 * across)
        return QSize(width, math.ceil(document.size().height()) + 2 * down)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the style draws background, selection and focus; we draw the text
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        across, down = self._margins(item)
        document = self._document(item, index, item.rect.width() - 2 * across)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text,
            item.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ),
        )
        painter.save()
        painter.translate(item.rect.left() + across, item.rect.top() + down)
        painter.setClipRect(0, 0, item.rect.width() - across, item.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


def rich_list_view(html_role: int, object_name: str) -> QListView:
    """A list whose rows are drawn by RichTextDelegate and re-wrapped on every resize."""
    view = QListView()
    view.setObjectName(object_name)
    view.setItemDelegate(RichTextDelegate(html_role, view))
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setWordWrap(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view
