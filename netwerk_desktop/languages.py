"""The languages Netwerk Desktop speaks, listed once: the interface, the content packs, the
handout labels, a class's name order and the command line all take their list from here."""

from __future__ import annotations

from typing import Final, Literal

Language = Literal["da", "en", "nl"]

LANGUAGES: Final[tuple[Language, ...]] = ("da", "en", "nl")

# Each language's name in itself, as a teacher looks for it in a list whatever the app speaks.
NATIVE_NAMES: Final[dict[str, str]] = {"da": "Dansk", "en": "English", "nl": "Nederlands"}

# The content is written in Danish first; every other pack falls back to it.
CONTENT_REFERENCE: Final[Language] = "da"


def is_language(code: str) -> bool:
    return code in LANGUAGES
