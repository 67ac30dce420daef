"""How many pairs, trios and groups a class gets."""

from __future__ import annotations

import pytest

from netwerk_desktop.grouping.layout import full_layout, pairs_in_group, slots_in_groups


@pytest.mark.parametrize(
    ("n", "layout"),
    [
        (1, ((1,),)),
        (2, ((2,),)),
        (3, ((3,),)),
        (4, ((2, 2),)),
        (5, ((3, 2),)),
        (6, ((3,), (3,))),  # two groups of three rather than one of six
        (7, ((3,), (2, 2))),  # the trio alone is the small remainder
        (8, ((2, 2), (2, 2))),
        (9, ((3, 2), (2, 2))),
        (10, ((3, 2), (3, 2))),  # two groups of five, no lone pair
        (11, ((3,), (2, 2), (2, 2))),
    ],
)
def test_layout_with_groups_of_two_pairs(n: int, layout: tuple[tuple[int, ...], ...]) -> None:
    assert sorted(full_layout(n, 4)) == sorted(layout)
    assert sum(map(sum, full_layout(n, 4))) == n


@pytest.mark.parametrize("n", range(1, 42))
def test_every_class_size_fits_groups_of_three_to_five(n: int) -> None:
    sizes = [sum(g) for g in full_layout(n, 4)]
    assert sum(sizes) == n
    assert all(3 <= s <= 5 for s in sizes) or n < 3
    assert sum(1 for g in full_layout(n, 4) for p in g if p == 3) <= 2


def test_pairs_only() -> None:
    assert full_layout(7, 2) == ((3,), (2,), (2,))
    assert full_layout(6, 2) == ((2,), (2,), (2,))


def test_locked_trios_add_trios_two_at_a_time() -> None:
    assert sorted(full_layout(8, 4, locked_trios=1)) == [(3,), (3, 2)]
    assert sorted(full_layout(13, 4, locked_trios=3)) == [(3,), (3, 2), (3, 2)]
    assert full_layout(12, 4, locked_trios=3) == ((3,), (3,), (3,), (3,))
    with pytest.raises(ValueError, match="trios"):
        full_layout(7, 4, locked_trios=2)


def test_kept_pairs_in_groups() -> None:
    assert slots_in_groups([2, 2, 2], 4) == ((2, 2, 2),)  # an odd pair joins a group of pairs
    assert slots_in_groups([3, 2, 2], 4) == ((3,), (2, 2))
    assert pairs_in_group(5) == (3, 2)
    assert pairs_in_group(6) == (2, 2, 2)
