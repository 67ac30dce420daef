"""Slip codes: three consonants, so no code spells a word or a name.

A board draws its codes from its seed, always in the same order: printing the slips again gives
the same codes, and a larger class only adds codes at the end. The app never learns which
student took which slip.
"""

from __future__ import annotations

import itertools
import random
from functools import cache

LETTERS = "BCDFGHJKLMNPRSTVWXZ"
CODE_LENGTH = 3


@cache
def _all_codes() -> tuple[str, ...]:
    return tuple("".join(c) for c in itertools.product(LETTERS, repeat=CODE_LENGTH))


def slip_codes(seed: int, count: int) -> tuple[str, ...]:
    """The first `count` codes of a board with this seed (at most every code there is)."""
    codes = list(_all_codes())
    random.Random(seed).shuffle(codes)
    return tuple(codes[: max(0, min(count, len(codes)))])


def normal_code(typed: str) -> str | None:
    """The code as stored (upper case, no spaces), or None when it is not a slip code."""
    code = "".join(typed.split()).upper()
    if len(code) == CODE_LENGTH and all(letter in LETTERS for letter in code):
        return code
    return None


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31 - 1)
