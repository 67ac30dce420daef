"""Building a meeting's agenda: at most two talks, a block for the exchange of experience that
should hold about half the time, the host's tour for physical meetings, and the open actions
of earlier minutes carried in automatically."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import AgendaLine, ItemKind, Mode

MAX_TALKS = 2
EXCHANGE_SHARE = 0.45  # warn when the exchange of experience gets less of the time
MAX_ITEM_MINUTES = 240


def default_agenda(
    mode: Mode, talk_titles: Sequence[str], tour: str, carried_actions: int
) -> tuple[AgendaLine, ...]:
    """A first agenda the working group adjusts: titles are left for the screen to name by
    kind where empty (the core holds no interface words)."""
    lines = [AgendaLine(ItemKind.WELCOME, "", 10)]
    for title in list(talk_titles)[:MAX_TALKS]:
        lines.append(AgendaLine(ItemKind.TALK, title, 20))
    exchange = 70 if mode is Mode.PHYSICAL else 45
    lines.append(AgendaLine(ItemKind.EXCHANGE, "", exchange))
    if mode is Mode.PHYSICAL:
        lines.append(AgendaLine(ItemKind.TOUR, tour, 30))
    if carried_actions:
        lines.append(AgendaLine(ItemKind.ACTIONS, "", 10))
    lines.append(AgendaLine(ItemKind.CLOSING, "", 5))
    return tuple(lines)


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


def start_times(lines: Sequence[AgendaLine], start: time) -> tuple[AgendaLine, ...]:
    return timed(lines, datetime.combine(datetime(2000, 1, 1), start))
