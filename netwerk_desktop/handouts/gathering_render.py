"""Render the event and network handouts with the same engine as the class handouts: the same
sheets, bundled fonts, text layer and PDF writer, one document at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.gathering_inputs import (
    EventPosterInput,
    FollowUpCardsInput,
    GatheringInput,
    GatheringKind,
    MeetingInvitationInput,
    MinutesInput,
    NameBadgesInput,
    ParentsLetterInput,
    RoleCardsInput,
    SignupSheetInput,
)
from netwerk_desktop.handouts.kinds import (
    event_poster,
    follow_up_cards,
    meeting_invitation,
    meeting_minutes,
    name_badges,
    parents_letter,
    role_cards,
    signup_sheet,
)
from netwerk_desktop.handouts.page import Page, Sheet
from netwerk_desktop.handouts.painter import DocumentInfo, write_pdf
from netwerk_desktop.handouts.render import _RENDER_LOCK  # one document at a time, for all kinds
from netwerk_desktop.handouts.request import HandoutContext

Title = Callable[[Any, HandoutContext], str]
Layout = Callable[[Any, HandoutContext, Sheet], Iterator[list[Page]]]

# Each input type, its kind module's title and layout, and the label of the kind's name.
KINDS: dict[type, tuple[Title, Layout, str]] = {
    EventPosterInput: (event_poster.title, event_poster.layout, "event.poster_title"),
    NameBadgesInput: (name_badges.title, name_badges.layout, "badges.title"),
    RoleCardsInput: (role_cards.title, role_cards.layout, "roles.title"),
    ParentsLetterInput: (parents_letter.title, parents_letter.layout, "parents_letter.title"),
    FollowUpCardsInput: (follow_up_cards.title, follow_up_cards.layout, "follow_up.title"),
    MeetingInvitationInput: (
        meeting_invitation.title,
        meeting_invitation.layout,
        "meeting.invitation_title",
    ),
    SignupSheetInput: (signup_sheet.title, signup_sheet.layout, "signup.title"),
    MinutesInput: (meeting_minutes.title, meeting_minutes.layout, "minutes.title"),
}


@dataclass(frozen=True)
class RenderedGathering:
    kind: GatheringKind
    title: str
    pages: int
    path: Path | None = None


def render_gathering(
    content: GatheringInput, context: HandoutContext, out: Path | BinaryIO
) -> RenderedGathering:
    """Lay out and write one event or meeting handout as PDF to `out`.
    `context.class_name` names the event or the network in the footer."""
    title_of, layout, kind_key = KINDS[type(content)]
    sheet = Sheet.of(context.paper)
    title = title_of(content, context)
    info = DocumentInfo(
        title=title,
        subject=f"{context.labels.text(kind_key)} – {context.class_name}",
        language=context.language,
        author=context.school_name or context.class_name,
        footer=" · ".join(part for part in (context.class_name, context.school_name) if part),
        labels=context.labels,
    )
    try:
        with _RENDER_LOCK:
            pages = write_pdf(out, sheet, info, layout(content, context, sheet))
    except OSError as exc:
        target = str(out) if isinstance(out, Path) else "the output stream"
        raise HandoutError(
            HandoutErrorCode.OUTPUT_NOT_WRITABLE, path=target, reason=exc.strerror or str(exc)
        ) from exc
    return RenderedGathering(content.kind, title, pages, out if isinstance(out, Path) else None)
