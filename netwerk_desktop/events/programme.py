"""The programme of an event: start times of the blocks and the balance of kinds (tips 2, 3)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from netwerk_desktop.events.records import Balance, Block, BlockKind

# Below this share of informal minutes the plan warns: people need time to meet (tip 2).
INFORMAL_SHARE = 0.15
MAX_BLOCK_MINUTES = 8 * 60


def balance(blocks: Sequence[Block]) -> Balance:
    minutes = dict.fromkeys(BlockKind, 0)
    for block in blocks:
        minutes[block.kind] += block.minutes
    total = sum(minutes.values())
    informal = minutes[BlockKind.INFORMAL]
    kinds_used = sum(1 for value in minutes.values() if value > 0)
    return Balance(
        content=minutes[BlockKind.CONTENT],
        activity=minutes[BlockKind.ACTIVITY],
        informal=informal,
        informal_missing=total > 0 and informal < INFORMAL_SHARE * total,
        one_kind_only=kinds_used == 1,
    )


def timed(blocks: Sequence[Block], start: time | None) -> tuple[Block, ...]:
    """The blocks with their start times, one after the other from the event's start."""
    if start is None:
        return tuple(blocks)
    moment = datetime.combine(datetime(2000, 1, 1), start)
    result = []
    for block in blocks:
        result.append(
            Block(
                block.kind,
                block.title,
                block.minutes,
                block.lead,
                block.activity_id,
                moment.time(),
            )
        )
        moment += timedelta(minutes=block.minutes)
    return tuple(result)
