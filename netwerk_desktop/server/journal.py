"""The lesson never stops: writes kept on this PC while the school server is away.

Lesson progress, tallies and charter edits are written to a small journal file in the local
data folder first (temp file, fsync, rename), then sent. An entry is sent in one transaction
that also marks its id on the server (`journal_entry`), so a replay after a crash between the
commit and the removal from the file never applies it twice. Entries are sent in the order
they were made; while the server is away they wait, and the UI says "saved on this PC, will
be sent".
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from netwerk_desktop.private_files import make_private_dir


@dataclass(frozen=True)
class JournalEntry:
    id: str
    kind: str  # the service call: "step_changed", "save_tally", "save_charter", ...
    args: dict[str, Any]
    made_at: str  # local time, ISO


@dataclass(frozen=True)
class JournalState:
    """What the status bar and the presenter view show."""

    waiting: int  # entries kept on this PC, not yet on the server
    refused: tuple[str, ...] = field(default=())  # entries the server will never take (why)

    @property
    def all_sent(self) -> bool:
        return self.waiting == 0


class Journal:
    """A JSON file of entries in order; every change of it is a whole new file (atomic)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self.refused: list[str] = []

    def pending(self) -> list[JournalEntry]:
        with self._lock:
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                return []
            return [JournalEntry(**item) for item in raw]

    def append(self, kind: str, args: dict[str, Any], made_at: datetime) -> JournalEntry:
        with self._lock:
            entry = JournalEntry(str(uuid.uuid4()), kind, args, made_at.isoformat())
            self._write([*self.pending(), entry])
            return entry

    def remove(self, entry_id: str) -> None:
        with self._lock:
            self._write([e for e in self.pending() if e.id != entry_id])

    def state(self) -> JournalState:
        return JournalState(len(self.pending()), tuple(self.refused))

    def send(self, apply: Callable[[JournalEntry], SendResult]) -> JournalState:
        """Send every waiting entry in order; stop at the first that must wait."""
        with self._lock:
            for entry in self.pending():
                result = apply(entry)
                if result is SendResult.WAIT:
                    break
                if result is SendResult.REFUSED:
                    self._keep_refused(entry)
                self.remove(entry.id)
            return self.state()

    @property
    def refused_file(self) -> Path:
        return self.path.with_name(self.path.stem + "-refused.json")

    def _keep_refused(self, entry: JournalEntry) -> None:
        """Never thrown away: kept beside the journal for the teacher (or IT) to look at."""
        self.refused.append(f"{entry.kind} {entry.made_at}")
        try:
            earlier = json.loads(self.refused_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            earlier = []
        _write_json(self.refused_file, [*earlier, entry.__dict__])

    def _write(self, entries: list[JournalEntry]) -> None:
        make_private_dir(self.path.parent)
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        _write_json(self.path, [e.__dict__ for e in entries])


def _write_json(path: Path, data: object) -> None:
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(data, ensure_ascii=False))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


class SendResult(Enum):
    """What became of one entry."""

    SENT = "sent"  # or it was already on the server
    WAIT = "wait"  # the server is away: it stays, and so do the entries after it
    REFUSED = "refused"  # the server will never take it (the run was deleted meanwhile)
