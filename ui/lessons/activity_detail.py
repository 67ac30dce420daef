"""One community-building activity, read-only: summary, time, group size, space, kind, the
programme element it serves, materials, steps and variations."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from netwerk_desktop.content import Activity, plain_text
from ui.common.retranslating import Retranslating
from ui.lessons.activity_names import (
    activity_kind_name,
    element_name,
    group_size_text,
    minute_range_text,
    space_name,
)
from ui.lessons.detail_sections import add_section, content_html, list_html, rich_label


class ActivityDetail(Retranslating, QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDetail")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activity: Activity | None = None
        self.sections: dict[str, str] = {}
        self.title = rich_label()
        self.facts = rich_label()
        self.show_activity(None)

    def retranslate(self) -> None:
        self.show_activity(self.activity)

    def show_activity(self, activity: Activity | None) -> None:
        self.activity = activity
        self.sections = {}
        body = QWidget()
        body.setObjectName("activityDetailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 16, 16)
        layout.setSpacing(6)
        self.title = rich_label(role="title")
        self.title.setObjectName("activityTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.facts = rich_label()
        self.facts.setObjectName("activityFacts")
        if activity is None:
            self.title.setText(self.tr("No activity chosen"))
            self.facts.setText(
                self.tr("Choose an activity in the list. If the list is empty, try “Show all”.")
            )
            self.facts.setProperty("role", "muted")
            layout.addWidget(self.facts)
        else:
            self._fill(layout, activity)
        layout.addStretch(1)
        self.setWidget(body)

    def _fill(self, layout: QVBoxLayout, activity: Activity) -> None:
        self.title.setText(plain_text(activity.title))
        layout.addWidget(rich_label(content_html(activity.summary), role="lessonSummary"))
        self.facts.setText(self._facts_html(activity))
        layout.addWidget(self.facts)
        for heading, text in self._parts(activity):
            _title, body = add_section(layout, heading, text)
            self.sections[heading] = body.text()

    def _facts_html(self, activity: Activity) -> str:
        rows = (
            (self.tr("Time"), minute_range_text(activity.minutes)),
            (self.tr("Group size"), group_size_text(activity.group_size)),
            (self.tr("Space"), ", ".join(space_name(space) for space in activity.spaces)),
            (self.tr("Kind"), activity_kind_name(activity.kind)),
            (self.tr("Strengthens"), ", ".join(element_name(e) for e in activity.serves)),
        )
        cells = "".join(
            f"<tr><td style='padding:2px 16px 2px 0'><b>{html.escape(name)}</b></td>"
            f"<td style='padding:2px 0'>{html.escape(value)}</td></tr>"
            for name, value in rows
        )
        return f"<table cellspacing='0'>{cells}</table>"

    def _parts(self, activity: Activity) -> list[tuple[str, str]]:
        materials = (
            list_html(activity.materials) if activity.materials else self.tr("No materials needed.")
        )
        parts = [
            (self.tr("Materials"), materials),
            (self.tr("Steps"), list_html(activity.steps, True)),
        ]
        if activity.variations:
            parts.append((self.tr("Variations"), list_html(activity.variations)))
        return parts

    def printable_html(self) -> str:
        """The activity as it is shown here, on one or two A4 pages."""
        activity = self.activity
        if activity is None:
            return ""
        sections = "".join(
            f"<h3>{html.escape(heading)}</h3>{text}" for heading, text in self._parts(activity)
        )
        return (
            f"<h1>{html.escape(plain_text(activity.title))}</h1>"
            f"{content_html(activity.summary)}{self._facts_html(activity)}{sections}"
        )
