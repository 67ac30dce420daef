"""Building blocks of the read-only lesson, step and activity pages: wrapped rich-text labels,
section headings, and content text as inline HTML and lists."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout

from netwerk_desktop.content import paragraphs
from ui.common.content_rich_text import content_html


def inline_html(text: str) -> str:
    """Content text inside a list item or a line: paragraphs become line breaks."""
    return "<br>".join(
        "".join(
            f"<b>{html.escape(run.text)}</b>" if run.bold else html.escape(run.text)
            for run in paragraph
        )
        for paragraph in paragraphs(text)
    )


def list_html(items: Iterable[str], ordered: bool = False) -> str:
    """Content texts as a bulleted (or numbered) list."""
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li style='margin-bottom:4px'>{inline_html(item)}</li>" for item in items)
    return f"<{tag} style='margin:0; -qt-list-indent:1'>{inner}</{tag}>"


def rich_label(text: str = "", role: str | None = None) -> QLabel:
    """A label that wraps, shows rich text, and lets the teacher select and copy it."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role is not None:
        label.setProperty("role", role)
    return label


def section_heading(text: str) -> QLabel:
    """A section's heading, in the accent colour (theme.py, "Lessons and Activities")."""
    title = QLabel(text)
    title.setProperty("role", "lessonSection")
    title.setWordWrap(True)
    title.setIndent(0)  # a styled label is indented by default; line it up with its text
    return title


def add_section(layout: QLayout, heading: str, body_html: str) -> tuple[QLabel, QLabel]:
    """A heading with its rich text under it."""
    title = section_heading(heading)
    body = rich_label(body_html)
    layout.addWidget(title)
    layout.addWidget(body)
    return title, body


__all__ = [
    "add_section",
    "content_html",
    "inline_html",
    "list_html",
    "rich_label",
    "section_heading",
]
