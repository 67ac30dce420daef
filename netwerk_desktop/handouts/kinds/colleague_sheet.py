"""11. Partnerships in your subject: one page for the class's other teachers. Partnerships hold
only when every teacher of the class uses them, so this says how, in a few lines, with the
class's current partnership groups when it has them."""

from __future__ import annotations

from collections.abc import Iterator

from netwerk_desktop.handouts.flow import Flow
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.inputs import ColleagueSheetInput, PartnershipGroup
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import ACCENT, MM, MUTED, Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


def title(content: ColleagueSheetInput, context: HandoutContext) -> str:
    return context.labels.text("colleague_sheet.title")


def layout(
    content: ColleagueSheetInput, context: HandoutContext, sheet: Sheet
) -> Iterator[list[Page]]:
    labels = context.labels
    flow = Flow(sheet)
    flow.text(labels.text("colleague_sheet.title"), 20, style=Style.BOLD, color=ACCENT)
    flow.text(context.class_name, 12, color=MUTED)
    flow.gap(3 * MM)
    flow.text(labels.text("colleague_sheet.intro"), 11)
    flow.heading(labels.text("colleague_sheet.in_your_lessons"), color=ACCENT)
    flow.bullets(labels.texts("colleague_sheet.points"), 10.5)
    flow.heading(labels.text("colleague_sheet.worried"), color=ACCENT)
    flow.text(labels.text("colleague_sheet.worried_text"), 10.5)
    if content.groups:
        flow.heading(labels.text("colleague_sheet.groups"), color=ACCENT)
        flow.bullets(tuple(_group_line(group, labels) for group in content.groups), 10)
    yield flow.pages


def _group_line(group: PartnershipGroup, labels: HandoutLabels) -> str:
    pairs = " · ".join(" & ".join(p.students) for p in group.partnerships if p.students)
    return f"{labels.text('partnership_overview.group', number=group.number)}: {pairs}"
