"""The network pack: a JSON file that carries the network's calendar, agendas and minutes to
other schools' copies of the app (each runs offline). No member's contact details travel:
only what the agenda and the minutes name (speakers, action owners) and the hosting schools.

Reading checks everything before anything is stored; `pack_import` decides what changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import ItemKind, Meeting, Mode, School

PACK_FORMAT = "netwerk-desktop-network-pack"
PACK_VERSION = 1
MAX_PACK_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class PackAction:
    uid: str
    text: str
    owner: str
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class PackMeeting:
    uid: str
    starts_at: datetime
    minutes: int
    mode: Mode
    host: str
    place: str
    notes: str
    revised_at: datetime
    agenda: tuple[tuple[ItemKind, str, str, int], ...]  # kind, title, speaker, minutes
    actions: tuple[PackAction, ...]


@dataclass(frozen=True)
class Pack:
    network: str
    time_zone: str
    exported_at: datetime
    schools: tuple[School, ...]
    meetings: tuple[PackMeeting, ...]


def dump_pack(
    network: str,
    time_zone: str,
    exported_at: datetime,
    schools: list[School],
    meetings: list[Meeting],
) -> bytes:
    hosts = {m.host for m in meetings if m.host}
    data = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "network": network,
        "time_zone": time_zone,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "schools": [
            {"name": s.name, "can_host": s.can_host, "tour": s.tour}
            for s in schools
            if s.name in hosts
        ],
        "meetings": [
            {
                "uid": m.uid,
                "starts_at": m.starts_at.isoformat(timespec="minutes"),
                "minutes": m.minutes,
                "mode": m.mode.value,
                "host": m.host,
                "place": m.place,
                "notes": m.notes,
                "revised_at": m.revised_at.isoformat(timespec="microseconds"),
                "agenda": [
                    {
                        "kind": line.kind.value,
                        "title": line.title,
                        "speaker": line.speaker,
                        "minutes": line.minutes,
                    }
                    for line in m.agenda
                ],
                "actions": [
                    {
                        "uid": a.uid,
                        "text": a.text,
                        "owner": a.owner,
                        "due_on": a.due_on.isoformat() if a.due_on else None,
                        "done": a.done,
                    }
                    for a in m.actions
                ],
            }
            for m in meetings
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def read_pack(data: bytes) -> Pack:
    """The pack in `data`, or NetworkError(NOT_A_PACK / PACK_TOO_NEW) naming what is wrong."""
    if len(data) > MAX_PACK_BYTES:
        raise NetworkError(NetworkProblem.NOT_A_PACK, "too large")
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NetworkError(NetworkProblem.NOT_A_PACK, str(exc)[:80]) from None
    if not isinstance(raw, dict) or raw.get("format") != PACK_FORMAT:
        raise NetworkError(NetworkProblem.NOT_A_PACK, "no pack format marker")
    version = raw.get("version")
    if not isinstance(version, int) or version > PACK_VERSION:
        raise NetworkError(NetworkProblem.PACK_TOO_NEW, str(version), PACK_VERSION)
    try:
        return Pack(
            network=_text(raw.get("network", "")),
            time_zone=_text(raw.get("time_zone", "Europe/Copenhagen")),
            exported_at=datetime.fromisoformat(_text(raw["exported_at"])),
            schools=tuple(
                School(0, _text(s["name"]), bool(s["can_host"]), _text(s.get("tour", "")))
                for s in _list(raw.get("schools", []))
            ),
            meetings=tuple(_meeting(m) for m in _list(raw["meetings"])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise NetworkError(NetworkProblem.NOT_A_PACK, f"{type(exc).__name__}: {exc}"[:80]) from None


def _meeting(m: Any) -> PackMeeting:
    return PackMeeting(
        uid=_uid(m["uid"]),
        starts_at=datetime.fromisoformat(_text(m["starts_at"])),
        minutes=_int(m["minutes"]),
        mode=Mode(m["mode"]),
        host=_text(m.get("host", "")),
        place=_text(m.get("place", "")),
        notes=_text(m.get("notes", ""), 100_000),
        revised_at=datetime.fromisoformat(_text(m["revised_at"])),
        agenda=tuple(
            (ItemKind(i["kind"]), _text(i["title"]), _text(i["speaker"]), _int(i["minutes"]))
            for i in _list(m.get("agenda", []))
        ),
        actions=tuple(
            PackAction(
                _uid(a["uid"]),
                _text(a["text"], 400),
                _text(a.get("owner", "")),
                date.fromisoformat(a["due_on"]) if a.get("due_on") else None,
                bool(a["done"]),
            )
            for a in _list(m.get("actions", []))
        ),
    )


def _text(value: object, limit: int = 1000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"expected a text of at most {limit} characters")
    return value


def _uid(value: object) -> str:
    text = _text(value, 36)
    if not text:
        raise ValueError("an empty uid")
    return text


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 24 * 60:
        raise ValueError("expected minutes between 1 and 1440")
    return value


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return value
