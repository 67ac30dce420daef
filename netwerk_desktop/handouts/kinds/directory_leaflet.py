"""16. The directory leaflet: the school's communities and places to get help by category,
with "last checked" on each entry (or "not checked yet": ask before you go)."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.fitted_text import LEADING, wrap
from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import DirectoryLeafletInput, DirectoryListing
from netwerk_desktop.handouts.kinds.directory_listing import badges, checked, facts
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


def title(content: DirectoryLeafletInput, context: HandoutContext) -> str:
    return context.labels.text("directory.leaflet_title")


def copy_count(content: DirectoryLeafletInput) -> int:
    return 1


def layout(
    content: DirectoryLeafletInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    labels = context.labels
    flow = Flow(sheet)
    flow.text(labels.text("directory.leaflet_title"), 22, style=Style.BOLD, color=ACCENT)
    flow.gap(1 * MM)
    flow.text(labels.text("directory.intro"), 10.5)
    if not content.entries:
        flow.gap(6 * MM)
        flow.text(labels.text("directory.empty"), 12, style=Style.BOLD)
        yield flow.pages
        return
    categories = list(dict.fromkeys(entry.category for entry in content.entries))
    for category in categories:
        flow.heading(labels.text(f"directory.categories.{category}"), 15, color=ACCENT)
        for entry in (e for e in content.entries if e.category == category):
            _entry(flow, entry, labels)
    yield flow.pages


def _entry(flow: Flow, entry: DirectoryListing, labels: HandoutLabels) -> None:
    lines = len(wrap(entry.activity, flow.sheet.content_width, 10)) if entry.activity else 0
    flow.need((4 + lines + len(facts(entry, labels))) * 10 * LEADING)  # keep an entry together
    flow.gap(2 * MM)
    flow.text(entry.name, 12, style=Style.BOLD)
    if entry.activity:
        flow.text(entry.activity, 10)
    line = badges(entry, labels)
    if line:
        flow.text(line, 9.5, style=Style.BOLD, color=ACCENT)
    for label, value in facts(entry, labels):
        flow.text(f"{label}: {value}", 9.5, indent=3 * MM)
    flow.text(checked(entry, labels), 9, color=MUTED, indent=3 * MM)
