"""Finding names from the class list in a text a student wrote on a slip.

A slip says what someone needs or offers, never who. Before a text is saved, and again before
anything is shown to the class or printed, it is compared word by word with the names of the
class, ignoring case and accents ("yilmaz" finds "Yılmaz", "ose" finds "Åse"). A common word
that happens to be a name is found too: the teacher rewrites the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
# Letters that carry no separate accent to drop.
_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ł": "l", "đ": "d", "ð": "d"})
MIN_NAME_PART = 2


def folded(text: str) -> str:
    """Lower case without accents, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_PLAIN)


def name_parts(names: Iterable[str]) -> dict[str, str]:
    """Every word of every name, folded, with the name it comes from."""
    parts: dict[str, str] = {}
    for name in names:
        for word in _WORD.findall(folded(name)):
            if len(word) >= MIN_NAME_PART and not word.isdigit():
                parts.setdefault(word, name)
    return parts


def names_in(text: str, parts: dict[str, str]) -> tuple[str, ...]:
    """The class-list names (as written there) that a word of `text` belongs to."""
    found = (parts.get(word) for word in _WORD.findall(folded(text)))
    return tuple(dict.fromkeys(name for name in found if name is not None))
