"""Building a meeting's agenda: at most two talks, a block for the exchange of experience that
should hold about half the time, the host's tour for physical meetings, and the open actions
of earlier minutes carried in automatically."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import AgendaLine, ItemKind, Mode

MAX_TALKS = 2
EXCHANGE_SHARE = 0.45  # warn when the exchange of experience gets less of the time
MAX_ITEM_MINUTES = 240


def default_agenda(
    mode: Mode, talk_titles: Sequence[str], tour: str, carried_actions: int, minutes: int
) -> tuple[AgendaLine, ...]:
    """A first agenda the working group adjusts: short talks as inspiration, and the rest of
    the meeting's `minutes` (at least half the agenda) for the exchange of experience. Titles
    are left empty where the screen names an item by its kind (the core holds no interface
    words)."""
    before = [AgendaLine(ItemKind.WELCOME, "", 10)]
    before += [AgendaLine(ItemKind.TALK, title, 15) for title in list(talk_titles)[:MAX_TALKS]]
    after = []
    if mode is Mode.PHYSICAL:
        after.append(AgendaLine(ItemKind.TOUR, tour, 25))
    if carried_actions:
        after.append(AgendaLine(ItemKind.ACTIONS, "", 5))
    after.append(AgendaLine(ItemKind.CLOSING, "", 5))
    others = sum(line.minutes for line in (*before, *after))
    exchange = max(others, minutes - others)
    return (*before, AgendaLine(ItemKind.EXCHANGE, "", exchange), *after)


def check_agenda(lines: Sequence[AgendaLine]) -> tuple[AgendaLine, ...]:
    talks = sum(1 for line in lines if line.kind is ItemKind.TALK)
    if talks > MAX_TALKS:
        raise NetworkError(NetworkProblem.TOO_MANY_TALKS, str(talks), MAX_TALKS)
    for line in lines:
        ItemKind(line.kind)
        if not 1 <= line.minutes <= MAX_ITEM_MINUTES:
            raise NetworkError(NetworkProblem.BAD_AGENDA_ITEM, str(line.minutes), MAX_ITEM_MINUTES)
    return tuple(lines)


def exchange_share(lines: Sequence[AgendaLine]) -> float:
    total = sum(line.minutes for line in lines)
    exchange = sum(line.minutes for line in lines if line.kind is ItemKind.EXCHANGE)
    return exchange / total if total else 0.0


def timed(lines: Sequence[AgendaLine], start: datetime) -> tuple[AgendaLine, ...]:
    moment = start
    result = []
    for line in lines:
        result.append(AgendaLine(line.kind, line.title, line.minutes, line.speaker, moment.time()))
        moment += timedelta(minutes=line.minutes)
    return tuple(result)
