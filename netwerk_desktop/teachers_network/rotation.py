"""A fair host rotation: round-robin over the schools that can host, by how recently each
hosted (never first, then longest ago; the name breaks ties so a plan is reproducible).

Within one set of able schools every school hosts once before any hosts twice, so over any
stretch each able school hosts within one of every other. A school that joins (or becomes able
to host) counts as never having hosted and takes the next turn. Virtual meetings need no host.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date


def next_host(able: Sequence[str], last_hosted: Mapping[str, date]) -> str | None:
    """The school whose turn it is, or None when no school can host."""
    if not able:
        return None
    return min(able, key=lambda name: (last_hosted.get(name, date.min), name.casefold(), name))


def assign_hosts(
    meetings: Sequence[tuple[date, bool]],
    able: Sequence[str],
    last_hosted: Mapping[str, date],
    fixed: Mapping[int, str] | None = None,
) -> list[str]:
    """Hosts for `meetings` (day, needs a host) in order; "" where no host is needed or none
    can be found. `fixed` gives hosts already agreed (by meeting index); they count as turns."""
    history = dict(last_hosted)
    hosts: list[str] = []
    for index, (day, needs_host) in enumerate(meetings):
        agreed = (fixed or {}).get(index)
        if agreed:
            host: str | None = agreed
        elif needs_host:
            host = next_host(able, history)
        else:
            host = None
        if host:
            history[host] = day
        hosts.append(host or "")
    return hosts
