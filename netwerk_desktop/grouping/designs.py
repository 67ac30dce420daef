"""Known repeat-free schedules: rounds of plain groups in which no two students meet twice.

Pairs come from the circle method (a round-robin schedule). The group designs are *developed*:
a base round P on the labels 0..n-1 gives the rounds P + t for t = 0..rounds-1, where adding t
moves a label on level i (label = i * modulus + x) to i * modulus + (x + t) mod modulus and keeps
the fixed labels (those from modulus * levels on). Such a P is repeat-free exactly when every
difference between two labels of one block, taken per level or per pair of levels, occurs at most
once and no difference equals modulus / 2 within a level. The base rounds below were found once by
a backtracking search over those differences (40 students: a base round on Z_39 that the shift
by 13 maps to itself); 18 in threes by the tabu search in golfer_search. 32 in fours is built on
GF(2)^5 (see golfer_32). tests/core/grouping verifies every round of every schedule.
"""

from __future__ import annotations

from dataclasses import dataclass

PlainRound = tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class DevelopedDesign:
    students: int
    group_size: int
    modulus: int
    levels: int
    rounds: int
    base: PlainRound

    def round(self, t: int) -> PlainRound:
        m, finite = self.modulus, self.modulus * self.levels

        def shift(label: int) -> int:
            if label >= finite:
                return label
            return label - label % m + (label % m + t) % m

        return tuple(sorted(tuple(sorted(shift(x) for x in block)) for block in self.base))

    def all_rounds(self) -> tuple[PlainRound, ...]:
        return tuple(self.round(t) for t in range(self.rounds))


DEVELOPED = (
    # Kirkman's fifteen schoolgirls: Z_7 x 2 levels + 1 fixed label.
    DevelopedDesign(
        students=15, group_size=3, modulus=7, levels=2, rounds=7,
        base=(
            (0, 2, 6), (1, 7, 9), (3, 12, 13), (4, 8, 11), (5, 10, 14),
        ),
    ),
    # Nearly Kirkman triple systems: Z_11 x 2 + 2, Z_14 x 2 + 2, Z_17 x 2 + 2.
    DevelopedDesign(
        students=24, group_size=3, modulus=11, levels=2, rounds=11,
        base=(
            (0, 4, 16), (1, 20, 22), (2, 15, 19), (3, 21, 23), (5, 8, 10), (6, 7, 17),
            (9, 13, 18), (11, 12, 14),
        ),
    ),
    DevelopedDesign(
        students=30, group_size=3, modulus=14, levels=2, rounds=14,
        base=(
            (0, 12, 15), (1, 14, 20), (2, 5, 10), (3, 13, 17), (4, 27, 28), (6, 26, 29),
            (7, 8, 18), (9, 16, 25), (11, 19, 23), (21, 22, 24),
        ),
    ),
    DevelopedDesign(
        students=36, group_size=3, modulus=17, levels=2, rounds=17,
        base=(
            (0, 19, 34), (1, 10, 17), (2, 4, 7), (3, 9, 13), (5, 27, 28), (6, 21, 24),
            (8, 20, 33), (11, 25, 31), (12, 29, 35), (14, 18, 23), (15, 16, 26), (22, 30, 32),
        ),
    ),
    # A Kirkman triple system on 27: Z_13 x 2 + 1.
    DevelopedDesign(
        students=27, group_size=3, modulus=13, levels=2, rounds=13,
        base=(
            (0, 2, 6), (1, 11, 18), (3, 16, 19), (4, 5, 13), (7, 12, 22), (8, 14, 26),
            (9, 20, 21), (10, 15, 24), (17, 23, 25),
        ),
    ),
    # Resolvable designs, every two meet exactly once: 28 on Z_9 x 3 + 1, 40 on Z_39 + 1.
    DevelopedDesign(
        students=28, group_size=4, modulus=9, levels=3, rounds=9,
        base=(
            (0, 13, 18, 23), (1, 9, 16, 20), (2, 5, 7, 12), (3, 4, 15, 24), (6, 19, 21, 22),
            (8, 17, 25, 27), (10, 11, 14, 26),
        ),
    ),
    DevelopedDesign(
        students=40, group_size=4, modulus=39, levels=1, rounds=13,
        base=(
            (0, 13, 26, 39), (1, 5, 8, 25), (2, 3, 11, 36), (4, 6, 22, 33), (7, 17, 19, 35),
            (9, 20, 30, 32), (10, 15, 16, 24), (12, 27, 31, 34), (14, 18, 21, 38),
            (23, 28, 29, 37),
        ),
    ),
    # Fours for 5 rounds: 16 (the affine plane of order 4, Z_5 x 3 + 1) and 20 (Z_5 x 4).
    DevelopedDesign(
        students=16, group_size=4, modulus=5, levels=3, rounds=5,
        base=(
            (0, 1, 11, 14), (2, 4, 7, 8), (3, 5, 10, 15), (6, 9, 12, 13),
        ),
    ),
    DevelopedDesign(
        students=20, group_size=4, modulus=5, levels=4, rounds=5,
        base=(
            (0, 13, 15, 18), (1, 6, 8, 12), (2, 4, 5, 16), (3, 7, 10, 19), (9, 11, 14, 17),
        ),
    ),
    # Social-golfer solutions: 24 in fours (Z_7 x 3 + 3) and 30 in fives (Z_6 x 5).
    DevelopedDesign(
        students=24, group_size=4, modulus=7, levels=3, rounds=7,
        base=(
            (0, 1, 5, 8), (2, 14, 16, 17), (3, 12, 20, 23), (4, 9, 15, 21), (6, 10, 19, 22),
            (7, 11, 13, 18),
        ),
    ),
    DevelopedDesign(
        students=30, group_size=5, modulus=6, levels=5, rounds=6,
        base=(
            (0, 11, 16, 19, 23), (1, 3, 10, 21, 29), (2, 8, 14, 18, 25), (4, 6, 13, 15, 28),
            (5, 12, 20, 24, 26), (7, 9, 17, 22, 27),
        ),
    ),
)  # fmt: skip

# 18 students in threes for 8 rounds (a nearly Kirkman triple system), found by golfer_search.
NKTS_18: tuple[PlainRound, ...] = (
    ((0, 5, 13), (1, 7, 15), (2, 4, 8), (3, 6, 16), (9, 11, 17), (10, 12, 14)),
    ((0, 9, 10), (1, 6, 13), (2, 3, 14), (4, 12, 15), (5, 16, 17), (7, 8, 11)),
    ((0, 4, 17), (1, 5, 10), (2, 7, 13), (3, 8, 9), (6, 11, 12), (14, 15, 16)),
    ((0, 1, 16), (2, 9, 12), (3, 13, 17), (4, 7, 14), (5, 11, 15), (6, 8, 10)),
    ((0, 3, 15), (1, 2, 11), (4, 10, 13), (5, 8, 12), (6, 14, 17), (7, 9, 16)),
    ((0, 7, 12), (1, 8, 17), (2, 10, 16), (3, 4, 5), (6, 9, 15), (11, 13, 14)),
    ((0, 2, 6), (1, 3, 12), (4, 11, 16), (5, 9, 14), (7, 10, 17), (8, 13, 15)),
    ((0, 8, 14), (1, 4, 9), (2, 15, 17), (3, 10, 11), (5, 6, 7), (12, 13, 16)),
)


# 32 students in fours for 10 rounds. Student 8 * c + w is the vector w of W = GF(2)^3 (bitwise
# xor) on coset c of a hyperplane W of GF(2)^5, and every round is mapped to itself by adding any
# w to all students. A round of each of three kinds (found once by a small search over W):
# - transversal (a1, a2, a3): blocks {(w, 0), (a1 ^ w, 1), (a2 ^ w, 2), (a3 ^ w, 3)};
# - coset pairs (i, j) -> (u, c): blocks {(x, i), (x ^ u, i), (x ^ c, j), (x ^ c ^ u, j)}, two
#   disjoint coset pairs per round;
# - planes: coset c split into the plane {0, *PLANES_32[c]} of W and its complement.
# Pairs meet once at most because the differences x ^ y per coset and per pair of cosets are
# all distinct; every student misses exactly one other.
TRANSVERSALS_32 = ((0, 0, 0), (1, 2, 3), (2, 3, 4), (3, 4, 6), (4, 1, 5), (5, 7, 1))
COSET_PAIRS_32 = {
    (0, 1): (1, 6), (2, 3): (6, 3),
    (0, 2): (3, 5), (1, 3): (4, 3),
    (0, 3): (5, 2), (1, 2): (2, 4),
}  # fmt: skip
PLANES_32 = ((2, 4, 6), (3, 5, 6), (1, 4, 5), (1, 2, 3))


def golfer_32() -> tuple[PlainRound, ...]:
    def label(w: int, coset: int) -> int:
        return 8 * coset + w

    rounds: list[list[tuple[int, ...]]] = []
    for a1, a2, a3 in TRANSVERSALS_32:
        rounds.append(
            [(label(w, 0), label(a1 ^ w, 1), label(a2 ^ w, 2), label(a3 ^ w, 3)) for w in range(8)]
        )
    matchings = (((0, 1), (2, 3)), ((0, 2), (1, 3)), ((0, 3), (1, 2)))
    for matching in matchings:
        blocks: list[tuple[int, ...]] = []
        for i, j in matching:
            u, c = COSET_PAIRS_32[(i, j)]
            for x in range(8):
                if x < x ^ u:
                    blocks.append(
                        (label(x, i), label(x ^ u, i), label(x ^ c, j), label(x ^ c ^ u, j))
                    )
        rounds.append(blocks)
    planes: list[tuple[int, ...]] = []
    for coset, plane in enumerate(PLANES_32):
        inside = {0, *plane}
        planes.append(tuple(label(w, coset) for w in range(8) if w in inside))
        planes.append(tuple(label(w, coset) for w in range(8) if w not in inside))
    rounds.append(planes)
    return tuple(tuple(sorted(tuple(sorted(b)) for b in r)) for r in rounds)


def round_robin(n: int) -> tuple[PlainRound, ...]:
    """Circle method for an even n: n - 1 rounds of pairs, every two students partnered once."""
    if n < 2 or n % 2:
        raise ValueError(f"round_robin needs an even number of students, got {n}")
    others = list(range(1, n))
    rounds = []
    for _ in range(n - 1):
        circle = [0, *others]
        pairs = [tuple(sorted((circle[i], circle[n - 1 - i]))) for i in range(n // 2)]
        rounds.append(tuple(sorted(pairs)))
        others = others[-1:] + others[:-1]
    return tuple(rounds)


def known_schedule(n: int, size: int) -> tuple[PlainRound, ...] | None:
    """The longest repeat-free schedule stored or constructed for n students in groups of size."""
    if size == 2 and n % 2 == 0 and n >= 2:
        return round_robin(n)
    if (n, size) == (18, 3):
        return NKTS_18
    if (n, size) == (32, 4):
        return golfer_32()
    for design in DEVELOPED:
        if (design.students, design.group_size) == (n, size):
            return design.all_rounds()
    return None
