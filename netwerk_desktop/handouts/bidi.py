"""Right-to-left text on one line: the Unicode bidirectional algorithm (UAX #9) for a line
without explicit embeddings, isolates or bracket pairs, which is what names and labels need.

We need the embedding level of every character (to shape each run in its own direction), and
the line's visual order of runs; text libraries only hand back the reordered string.
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import bidirectional

_STRONG = {"L": 0, "R": 1, "AL": 1}
_NEUTRAL_OR_ISOLATE = {"B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
_NEUTRAL_OR_ISOLATE |= {"LRI", "RLI", "FSI", "PDI"}
_TRAILING = {"WS", "BN", "LRI", "RLI", "FSI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF"}


def base_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of the first strong character."""
    for char in text:
        level = _STRONG.get(bidirectional(char))
        if level is not None:
            return level
    return 0


def embedding_levels(text: str, base: int | None = None) -> list[int]:
    """The resolved embedding level of each character of one line (rules W1-W7, N1-N2, I, L1)."""
    para = base_level(text) if base is None else base
    sos = "R" if para % 2 else "L"
    types = [bidirectional(char) or "L" for char in text]
    _resolve_weak(types, sos)
    _resolve_neutral(types, sos)
    levels = []
    for kind in types:
        if para % 2 == 0:
            levels.append(para + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0))
        else:
            levels.append(para + (1 if kind in ("L", "AN", "EN") else 0))
    # L1: whitespace at the end of the line goes back to the paragraph level.
    original = [bidirectional(char) for char in text]
    index = len(text) - 1
    while index >= 0 and original[index] in _TRAILING:
        levels[index] = para
        index -= 1
    for index, kind in enumerate(original):
        if kind in ("S", "B"):
            levels[index] = para
            back = index - 1
            while back >= 0 and original[back] in _TRAILING:
                levels[back] = para
                back -= 1
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of the items (characters or runs) in left-to-right display order (rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def _resolve_weak(types: list[str], sos: str) -> None:
    previous = sos
    for index, kind in enumerate(types):  # W1: a combining mark takes its base's type
        if kind == "NSM":
            types[index] = previous
        elif kind not in ("BN",):
            previous = kind if kind not in ("LRI", "RLI", "FSI", "PDI") else "ON"
    last_strong = sos
    for index, kind in enumerate(types):  # W2, W3
        if kind in ("L", "R", "AL"):
            last_strong = kind
        if kind == "EN" and last_strong == "AL":
            types[index] = "AN"
        if kind == "AL":
            types[index] = "R"
    for index in range(1, len(types) - 1):  # W4
        before, kind, after = types[index - 1], types[index], types[index + 1]
        if kind == "ES" and before == after == "EN":
            types[index] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[index] = before
    index = 0
    while index < len(types):  # W5: terminators next to European numbers join them
        if types[index] == "ET":
            end = index
            while end < len(types) and types[end] == "ET":
                end += 1
            touches = (index > 0 and types[index - 1] == "EN") or (
                end < len(types) and types[end] == "EN"
            )
            if touches:
                types[index:end] = ["EN"] * (end - index)
            index = end
        else:
            index += 1
    for index, kind in enumerate(types):  # W6
        if kind in ("ES", "ET", "CS"):
            types[index] = "ON"
    last_strong = sos
    for index, kind in enumerate(types):  # W7
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[index] = "L"


def _resolve_neutral(types: list[str], sos: str) -> None:
    def direction(kind: str) -> str:
        return "R" if kind in ("R", "EN", "AN") else kind

    index = 0
    while index < len(types):
        if types[index] not in _NEUTRAL_OR_ISOLATE:
            index += 1
            continue
        end = index
        while end < len(types) and types[end] in _NEUTRAL_OR_ISOLATE:
            end += 1
        before = direction(types[index - 1]) if index > 0 else sos
        after = direction(types[end]) if end < len(types) else sos
        resolved = before if before == after else sos  # N1, else N2
        types[index:end] = [resolved] * (end - index)
        index = end
