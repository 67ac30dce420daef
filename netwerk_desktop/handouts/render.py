"""Render handouts: one request to one PDF, or a class set to a folder with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.inputs import (
    CharterPosterInput,
    ColleagueSheetInput,
    DiscussionCardsInput,
    HandoutInput,
    HelpCardsInput,
    NetworkMapInput,
    PartnershipCardsInput,
    PartnershipOverviewInput,
    SortingCardsInput,
    SortingSheetInput,
    TeacherGuideInput,
    WorksheetInput,
)
from netwerk_desktop.handouts.kinds import (
    charter_poster,
    colleague_sheet,
    discussion_cards,
    help_cards,
    network_map,
    partnership_cards,
    partnership_overview,
    registered,
    sorting_cards,
    sorting_sheet,
    teacher_guide,
    worksheet,
)
from netwerk_desktop.handouts.labels import kind_title
from netwerk_desktop.handouts.page import Page, Sheet
from netwerk_desktop.handouts.painter import DocumentInfo, write_pdf
from netwerk_desktop.handouts.request import ClassSetResult, HandoutRequest, RenderedHandout

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# reportlab keeps per-document font state on shared font objects: one document at a time.
_RENDER_LOCK = threading.Lock()


class _Cancelled(Exception):
    """Raised between copies to stop a batch; never leaves this module."""


def handout_title(request: HandoutRequest) -> str:
    """The title a handout will carry (PDF title and the name to show in a list)."""
    return _plan(request, Sheet.of(request.context.paper))[0]


def copy_count(content: HandoutInput) -> int:
    """How many copies (progress steps) a handout makes: students for personal copies, else 1."""
    if (kind := registered(content)) is not None:
        return kind.copy_count(content)
    if isinstance(content, WorksheetInput):
        return worksheet.copy_count(content)
    if isinstance(content, NetworkMapInput):
        return network_map.copy_count(content)
    if isinstance(content, HelpCardsInput):
        return help_cards.copy_count(content)
    if isinstance(content, SortingCardsInput):
        return max(1, content.sets)
    return 1


def render_handout(
    request: HandoutRequest,
    out: Path | BinaryIO,
    *,
    after_copy: Callable[[], None] = lambda: None,
) -> RenderedHandout:
    """Lay out and write one handout as PDF to `out` (a path, or a binary stream)."""
    context = request.context
    sheet = Sheet.of(context.paper)
    title, copies = _plan(request, sheet)
    labels = context.labels
    kind_name = kind_title(labels, request.kind)
    footer = " · ".join(part for part in (context.class_name, context.school_name) if part)
    info = DocumentInfo(
        title=title,
        subject=f"{kind_name} – {context.class_name}",
        language=context.language,
        author=context.school_name or context.class_name,
        footer=footer,
        labels=labels,
    )
    try:
        with _RENDER_LOCK:
            pages = write_pdf(out, sheet, info, copies, after_copy)
    except OSError as exc:
        target = str(out) if isinstance(out, Path) else "the output stream"
        reason = exc.strerror or type(exc).__name__
        raise HandoutError(
            HandoutErrorCode.OUTPUT_NOT_WRITABLE, path=target, reason=reason
        ) from exc
    return RenderedHandout(request.kind, title, pages, out if isinstance(out, Path) else None)


def render_class_set(
    requests: Sequence[HandoutRequest],
    out_dir: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ClassSetResult:
    """Render each request to `out_dir/NN-<kind>.pdf`, in order.

    `progress(done, total)` is called after every copy (a student's worksheet, a sheet of
    cards); `cancelled()` is checked at the same points, and a cancelled handout leaves no file.
    Safe to call from a worker thread.
    """
    total = sum(copy_count(request.content) for request in requests)
    done = 0
    finished: list[RenderedHandout] = []

    def after_copy() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise _Cancelled

    out_dir.mkdir(parents=True, exist_ok=True)
    for index, request in enumerate(requests, start=1):
        if cancelled is not None and cancelled():
            return ClassSetResult(tuple(finished), cancelled=True)
        path = out_dir / f"{index:02d}-{request.kind.value}.pdf"
        try:
            finished.append(render_handout(request, path, after_copy=after_copy))
        except _Cancelled:
            path.unlink(missing_ok=True)
            return ClassSetResult(tuple(finished), cancelled=True)
    return ClassSetResult(tuple(finished))


def _plan(request: HandoutRequest, sheet: Sheet) -> tuple[str, Iterator[list[Page]]]:
    """The title and the lazily laid-out copies of a request."""
    content, context = request.content, request.context
    if (kind := registered(content)) is not None:
        return kind.title(content, context), kind.layout(content, context, sheet)
    if isinstance(content, WorksheetInput):
        return worksheet.title(content, context), worksheet.layout(content, context, sheet)
    if isinstance(content, TeacherGuideInput):
        return teacher_guide.title(content, context), teacher_guide.layout(content, context, sheet)
    if isinstance(content, PartnershipOverviewInput):
        return (
            partnership_overview.title(content, context),
            partnership_overview.layout(content, context, sheet),
        )
    if isinstance(content, PartnershipCardsInput):
        return (
            partnership_cards.title(content, context),
            partnership_cards.layout(content, context, sheet),
        )
    if isinstance(content, CharterPosterInput):
        return (
            charter_poster.title(content, context),
            charter_poster.layout(content, context, sheet),
        )
    if isinstance(content, HelpCardsInput):
        return help_cards.title(content, context), help_cards.layout(content, context, sheet)
    if isinstance(content, DiscussionCardsInput):
        return (
            discussion_cards.title(content, context),
            discussion_cards.layout(content, context, sheet),
        )
    if isinstance(content, SortingSheetInput):
        return sorting_sheet.title(content, context), sorting_sheet.layout(content, context, sheet)
    if isinstance(content, SortingCardsInput):
        return sorting_cards.title(content, context), sorting_cards.layout(content, context, sheet)
    if isinstance(content, ColleagueSheetInput):
        return (
            colleague_sheet.title(content, context),
            colleague_sheet.layout(content, context, sheet),
        )
    assert isinstance(content, NetworkMapInput), type(content)
    return network_map.title(content, context), network_map.layout(content, context, sheet)
