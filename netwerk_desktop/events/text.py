"""Cleaning what a teacher types into an event or a network: one line, trimmed, not too long."""

from __future__ import annotations

import unicodedata

from netwerk_desktop.events.errors import EventError, EventProblem

TEXT_LIMIT = 200


def one_line(text: str) -> str:
    """Spaces collapsed, control and invisible format characters dropped."""
    kept = "".join(
        ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\u200c\u200d"
    )
    return " ".join(kept.split())


def clean_text(text: str, limit: int = TEXT_LIMIT, *, required: EventProblem | None = None) -> str:
    cleaned = one_line(text)
    if required is not None and not cleaned:
        raise EventError(required)
    if len(cleaned) > limit:
        raise EventError(EventProblem.TEXT_TOO_LONG, cleaned[:40], limit)
    return cleaned
