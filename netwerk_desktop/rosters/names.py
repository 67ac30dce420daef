"""A student's display name: kept as typed, tidied only in ways nobody types on purpose."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from netwerk_desktop.rosters.problems import RowProblem, RowProblemCode

MAX_NAME_LENGTH = 100

# Unicode spaces and line breaks; other control characters are reported, not silently removed.
_WHITESPACE = re.compile(
    "[\t\n\r\x0b\x0c \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)
_NONCHARACTERS = frozenset({0xFFFD, 0xFFFE, 0xFFFF})


def normalise_name(text: str) -> str:
    """NFC, trimmed, runs of whitespace made one space; no other change."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip(" ")


def name_match_key(name: str) -> str:
    """Equal for names that differ only in case, Unicode form or spacing: "Ĳsbrand", "IJsbrand"."""
    compatible = unicodedata.normalize("NFKC", normalise_name(name))
    return unicodedata.normalize("NFKC", compatible.casefold())


def full_name(cell: str, last_first: bool) -> str:
    """The display name from a one-column name; "Hansen, Anna" becomes "Anna Hansen"."""
    name = normalise_name(cell)
    if last_first and name.count(",") == 1:
        last, first = (part.strip(" ") for part in name.split(","))
        if last and first:
            return f"{first} {last}"
    return name


def joined_name(first: str, middle: Sequence[str], last: str) -> str:
    """First, middle names or Dutch tussenvoegsel, and last name: "Sanne van der Berg"."""
    parts = [normalise_name(first), *(normalise_name(part) for part in middle), _last_name(last)]
    return " ".join(part for part in parts if part)


def _last_name(cell: str) -> str:
    # Some Dutch systems write the tussenvoegsel after the last name: "Berg, van der".
    name = normalise_name(cell)
    if name.count(",") == 1:
        last, prefix = (part.strip(" ") for part in name.split(","))
        if last and prefix and prefix == prefix.lower() and prefix != prefix.upper():
            return f"{prefix} {last}"
    return name


def find_problem(name: str, line: int) -> RowProblem | None:
    """Why a display name cannot be saved, or None when it can."""
    for character in name:
        point = ord(character)
        category = unicodedata.category(character)
        if category == "Cc":
            return RowProblem(RowProblemCode.CONTROL_CHARACTER, line, character=point)
        if category == "Cs" or point in _NONCHARACTERS:
            return RowProblem(RowProblemCode.INVALID_CHARACTER, line, character=point)
    if len(name) > MAX_NAME_LENGTH:
        return RowProblem(
            RowProblemCode.NAME_TOO_LONG, line, length=len(name), limit=MAX_NAME_LENGTH
        )
    return None
