"""The lesson's writes on a school server, through the journal (server/journal.py).

These services are the plain ones with their lesson-time writes sent through the journal:
each write is kept on this PC first, then everything waiting is sent in order. When the server
is away the write stays in the journal and the call returns as if saved; reads still need the
server. Reading back after a write (a tally's result) gives what this PC knows until then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.server.journal import Journal, JournalEntry, JournalState, SendResult
from netwerk_desktop.server_errors import ServerError, ServerProblem
from netwerk_desktop.services.base import ServiceContext, journal_mark
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.charter import CharterService, CharterView, clean_rules
from netwerk_desktop.services.lesson_records import TallyResult
from netwerk_desktop.services.lessons import LessonsService, check_tally_counts
from netwerk_desktop.storage.models import JournalEntry as AppliedMark


class JournalSender:
    """Sends the journal's entries through the plain services (one per entry kind)."""

    def __init__(self, context: ServiceContext, journal: Journal) -> None:
        self._context = context
        self.journal = journal
        self._appliers: dict[str, Callable[..., object]] = {}
        self._last_waiting = 0
        self._refusals: dict[str, Exception] = {}

    def register(self, kind: str, apply: Callable[..., object]) -> None:
        self._appliers[kind] = apply

    def keep_and_send(self, kind: str, args: dict[str, Any]) -> JournalState:
        """Keep the write on this PC, then send what waits. A write the server refuses right
        away (a colleague's newer change, a deleted run) raises, like the plain service."""
        entry = self.journal.append(kind, args, self._context.now())
        state = self.send()
        refusal = self._refusals.pop(entry.id, None)
        self._refusals.clear()
        if refusal is not None:
            raise refusal
        return state

    def send(self) -> JournalState:
        state = self.journal.send(self._send_one)
        if state.waiting != self._last_waiting or state.refused:
            self._context.feed.publish(Change.of(Topic.JOURNAL))
        self._last_waiting = state.waiting
        return state

    def _send_one(self, entry: JournalEntry) -> SendResult:
        token = journal_mark.set(entry.id)
        try:
            self._appliers[entry.kind](**entry.args)
            return SendResult.SENT
        except ServerError as exc:
            if exc.problem is ServerProblem.UNREACHABLE:
                return SendResult.WAIT
            self._refusals[entry.id] = exc
            return SendResult.REFUSED
        except IntegrityError as exc:
            if self._already_sent(entry.id):
                return SendResult.SENT
            self._refusals[entry.id] = exc
            return SendResult.REFUSED
        except NetwerkError as exc:
            self._refusals[entry.id] = exc  # e.g. the run was deleted on another PC meanwhile
            return SendResult.REFUSED
        finally:
            journal_mark.reset(token)

    def _already_sent(self, entry_id: str) -> bool:
        try:
            with self._context.sessions() as session:
                found = session.scalar(select(AppliedMark.id).where(AppliedMark.id == entry_id))
        except Exception:
            return False
        return found is not None


class JournaledLessons(LessonsService):
    def __init__(self, context: ServiceContext, sender: JournalSender) -> None:
        super().__init__(context)
        self._sender = sender
        plain = LessonsService(context)
        sender.register("step_changed", plain.step_changed)
        sender.register("save_position", plain.save_position)
        sender.register("finish", plain.finish)
        sender.register("save_tally", plain.save_tally)

    def step_changed(
        self, run_id: int, left_step_id: str, seconds: int, entered_step_id: str
    ) -> None:
        self._sender.keep_and_send(
            "step_changed",
            {
                "run_id": run_id,
                "left_step_id": left_step_id,
                "seconds": seconds,
                "entered_step_id": entered_step_id,
            },
        )

    def save_position(self, run_id: int, step_id: str, seconds: int) -> None:
        self._sender.keep_and_send(
            "save_position", {"run_id": run_id, "step_id": step_id, "seconds": seconds}
        )

    def finish(self, run_id: int, step_id: str, seconds: int) -> None:
        self._sender.keep_and_send(
            "finish", {"run_id": run_id, "step_id": step_id, "seconds": seconds}
        )

    def tally(self, run_id: int, step_id: str) -> TallyResult | None:
        """The counts of a tally step; while the server is away, what this PC kept (a lesson
        that comes back to a tally step shows the counts it had)."""
        try:
            return super().tally(run_id, step_id)
        except ServerError as exc:
            if exc.problem is not ServerProblem.UNREACHABLE:
                raise
        for entry in reversed(self._sender.journal.pending()):
            args = entry.args
            if entry.kind == "save_tally" and (args["run_id"], args["step_id"]) == (
                run_id,
                step_id,
            ):
                counts = tuple((str(k), int(v)) for k, v in args["counts"].items())
                return TallyResult(
                    run_id, "", step_id, counts, datetime.fromisoformat(entry.made_at)
                )
        return None

    def save_tally(self, run_id: int, step_id: str, counts: Mapping[str, int]) -> TallyResult:
        check_tally_counts(counts)
        state = self._sender.keep_and_send(
            "save_tally", {"run_id": run_id, "step_id": step_id, "counts": dict(counts)}
        )
        if state.all_sent:
            result = self.tally(run_id, step_id)
            if result is not None:
                return result
        return TallyResult(run_id, "", step_id, tuple(counts.items()), self._context.now())


class JournaledCharter(CharterService):
    def __init__(self, context: ServiceContext, sender: JournalSender) -> None:
        super().__init__(context)
        self._sender = sender
        sender.register("save_charter", CharterService(context).save)

    def save(
        self,
        class_id: int,
        rules: Sequence[str],
        lesson_id: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> CharterView:
        cleaned = clean_rules(rules)
        state = self._sender.keep_and_send(
            "save_charter",
            {
                "class_id": class_id,
                "rules": list(cleaned),
                "lesson_id": lesson_id,
                "expected_version": expected_version,
            },
        )
        if state.all_sent:
            current = self.current(class_id)
            if current is not None:
                return current
        return CharterView(class_id, 0, lesson_id, self._context.now(), cleaned)
