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
# Invisible characters that change how a name is shown or compared, and nobody types on purpose:
# bidi embeddings and overrides (U+202A-E), isolates (U+2066-9), direction marks (LRM, RLM,
# ALM), word joiner, invisible operators, a BOM inside text, soft hyphen. A zero-width space
# marks a break between words, so it becomes a space ("Anna\u200bHolm" is "Anna Holm").
# An RTL override in one name reversed the next name on the projector.
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2060-\u2064\ufeff\u00ad]")
_ZERO_WIDTH_SPACE = "\u200b"
_JOINERS = frozenset({"\u200c", "\u200d"})  # ZWNJ and ZWJ: needed in Persian, Indic scripts
_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"


def _needs_joiner(before: str, after: str) -> bool:
    """ZWNJ/ZWJ carry meaning between letters of scripts that join or form conjuncts (Arabic,
    Persian, Devanagari, ...); anywhere else (Latin names, the ends of a name) they are noise."""

    def joining_letter(character: str) -> bool:
        if not character or unicodedata.category(character)[0] not in "LM":
            return False
        return not unicodedata.name(character, "").startswith(
            ("LATIN", "GREEK", "CYRILLIC", "CJK", "HIRAGANA", "KATAKANA", "HANGUL")
        )

    return joining_letter(before) and joining_letter(after)


def strip_invisible(text: str) -> str:
    """Remove invisible formatting characters; keep ZWNJ/ZWJ only where a script needs them."""
    text = _INVISIBLE.sub("", text).replace(_ZERO_WIDTH_SPACE, " ")
    if not any(joiner in text for joiner in _JOINERS):
        return text
    kept: list[str] = []
    for index, character in enumerate(text):
        if character in _JOINERS:
            before = kept[-1] if kept else ""
            after = text[index + 1] if index + 1 < len(text) else ""
            if not _needs_joiner(before, after):
                continue
        kept.append(character)
    return "".join(kept)


def normalise_name(text: str) -> str:
    """NFC, invisible formatting removed, trimmed, runs of whitespace made one space."""
    cleaned = strip_invisible(unicodedata.normalize("NFC", text))
    return _WHITESPACE.sub(" ", cleaned).strip(" ")


def isolated(name: str) -> str:
    """A name wrapped in a first-strong isolate, so its direction never spills onto the text
    around it (the class view lists names of several scripts side by side)."""
    return f"{_FIRST_STRONG_ISOLATE}{name}{_POP_DIRECTIONAL_ISOLATE}"


def name_match_key(name: str) -> str:
    """Equal for names that differ only in case, Unicode form, spacing or invisible characters:
    "Ĳsbrand" and "IJsbrand", "Anna Holm" and "Anna\u200bHolm"."""
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
