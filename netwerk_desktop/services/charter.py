"""The class charter ("klassens spilleregler"): the rules a class agreed, kept in versions.

Saving creates a new version, so the follow-up lesson can show what the class agreed first
and what it changed; the newest version is the charter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from netwerk_desktop.errors import Field, InvalidValue, Problem
from netwerk_desktop.server_errors import EditedPart
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.lesson_models import Charter, CharterRule

RULE_LENGTH = 300


@dataclass(frozen=True)
class CharterView:
    class_id: int
    version: int
    lesson_id: str | None  # the lesson it was agreed in, if any
    created_at: datetime
    rules: tuple[str, ...]


def clean_rules(rules: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(" ".join(rule.split()) for rule in rules if rule.strip())
    for rule in cleaned:
        if len(rule) > RULE_LENGTH:
            raise InvalidValue(
                Field.CHARTER_RULE,
                rule,
                f"it is longer than {RULE_LENGTH} characters",
                Problem.TOO_LONG,
                RULE_LENGTH,
            )
    return cleaned


class CharterService(Service):
    def current(self, class_id: int) -> CharterView | None:
        history = self.history(class_id)
        return history[-1] if history else None

    def history(self, class_id: int) -> list[CharterView]:
        """Every version, oldest first."""
        with self._reading() as session:
            charters = session.scalars(
                select(Charter).where(Charter.class_id == class_id).order_by(Charter.version)
            ).all()
            return [_view(charter) for charter in charters]

    def save(
        self,
        class_id: int,
        rules: Sequence[str],
        lesson_id: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> CharterView:
        """A new version with these rules (in this order). Saving the same rules again adds
        no version. `expected_version` (the class's edit version when the charter was shown)
        refuses a save over a colleague's newer change (EditConflict)."""
        cleaned = clean_rules(rules)
        current = self.current(class_id)
        if current is not None and current.rules == cleaned:
            return current
        with self._writing() as session:
            self._claim_edit(session, class_id, EditedPart.CHARTER, expected_version)
            newest = session.scalar(
                select(func.max(Charter.version)).where(Charter.class_id == class_id)
            )
            charter = Charter(
                class_id=class_id,
                version=(newest or 0) + 1,
                lesson_id=lesson_id,
                created_at=self._context.now(),
            )
            charter.rules = [
                CharterRule(position=position, text=text)
                for position, text in enumerate(cleaned, start=1)
            ]
            session.add(charter)
            session.flush()
            view = _view(charter)
        self._publish(Change.of(Topic.CHARTER, class_id=class_id))
        return view


def _view(charter: Charter) -> CharterView:
    return CharterView(
        class_id=charter.class_id,
        version=charter.version,
        lesson_id=charter.lesson_id,
        created_at=charter.created_at,
        rules=tuple(rule.text for rule in charter.rules),
    )
