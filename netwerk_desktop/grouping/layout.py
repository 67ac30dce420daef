"""How many pairs and trios, and which go together in a group, for a number of students.

With pairs in groups of two pairs (group size 4):
- 4k students: groups of 4;  4k+1: one trio, so one group of 5;
- 4k+2: two trios in two groups of 5, because a lone pair would be a "group" of 2;
- 4k+3: one trio standing alone as a group of 3, the small remainder;
- 6 students: two trios as two groups of 3, rather than one group of 6.
With pairs only (group size 2) every pair is its own group and an odd count has one trio.
Locked trios beyond these add trios two at a time so the rest still divides into pairs.
"""

from __future__ import annotations

from collections.abc import Iterable

Layout = tuple[tuple[int, ...], ...]  # per group, the sizes of its pairs

_DEFAULT_TRIOS = {0: 0, 1: 1, 2: 2, 3: 1}  # by the number of students modulo 4


def trio_count(n: int, group_size: int, locked_trios: int = 0) -> int:
    if n < 3:
        return 0
    default = n % 2 if group_size == 2 else _DEFAULT_TRIOS[n % 4]
    trios = max(default, locked_trios)
    if (trios - n) % 2:
        trios += 1  # the students left over for pairs must be even
    return trios


def full_layout(n: int, group_size: int, locked_trios: int = 0) -> Layout:
    """The layout for a fresh rotation; raises ValueError when the trios do not fit."""
    if n == 0:
        return ()
    if n <= 2:
        return ((n,),)
    trios = trio_count(n, group_size, locked_trios)
    if 3 * trios > n:
        raise ValueError(f"{trios} trios do not fit in {n} students")
    slots = [3] * trios + [2] * ((n - 3 * trios) // 2)
    return slots_in_groups(slots, group_size)


def slots_in_groups(slots: Iterable[int], group_size: int) -> Layout:
    """Put pair slots two to a group: a trio with a pair where possible, one trio alone when
    the count is odd, a pair left alone joins two others (a group of three pairs)."""
    sizes = sorted(slots, reverse=True)
    if group_size == 2:
        return tuple((s,) for s in sizes)
    trios = [s for s in sizes if s >= 3]
    others = [s for s in sizes if s < 3]
    groups: list[tuple[int, ...]] = []
    if len(sizes) % 2 and trios:
        groups.append((trios.pop(),))
    while trios and others:
        groups.append((trios.pop(), others.pop()))
    groups.extend((t,) for t in trios)
    while len(others) >= 2:
        groups.append((others.pop(), others.pop()))
    if others:
        lone = others.pop()
        for i, group in enumerate(groups):
            if len(group) == 2 and max(group) < 3:
                groups[i] = (*group, lone)
                break
        else:
            groups.append((lone,))
    return tuple(tuple(sorted(g, reverse=True)) for g in groups)


def pairs_in_group(size: int) -> tuple[int, ...]:
    """Pair sizes for re-pairing inside a kept group of `size` students."""
    if size <= 2:
        return (size,)
    if size % 2:
        return (3,) + (2,) * ((size - 3) // 2)
    return (2,) * (size // 2)
