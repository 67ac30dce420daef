"""Filling the `%1`, `%2` … places of a translated sentence.

Translators move the places to where their language wants them, so a sentence is never glued
from pieces. All places are filled in one pass: a value that itself contains "%2" (a class
named "%2", say) stays as it is instead of being filled again.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """`text` with `%1` … `%9` replaced by the values in order; unknown places stay."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACE.sub(value, text)
