"""Sorting names by the class's language, without ICU.

Primary order ignores case and accents: letters fold to their base letter (é → e, ĳ → ij,
ß → ss, ł → l), except that Danish keeps æ, ø and å as the letters after z (with ä and ö sorted as
æ and ø, and ü as y, as Danish dictionaries do). Danish "aa" is NOT sorted as å: a roster is read
without knowing which names are Danish, and "Aage" and "Aalborg"-style names are rare in a class.
Spaces and dashes separate words, so "Ann Berg" comes before "Anna"; other punctuation is
ignored; digits come before letters; other scripts (Greek, Cyrillic, Arabic, ...) come after
Latin, by code point; symbols such as emoji come last. Ties are broken by accents, then case
(Danish puts capitals first, English and Dutch small letters), then by the name's code points,
so the order is total and the same on every machine.
"""

from __future__ import annotations

import unicodedata

from netwerk_desktop.languages import Language

NameSortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]

_CLASS = 0x20_0000  # above every code point, so a class outranks any value inside it
_SEPARATOR = 1 * _CLASS
_DIGIT = 2 * _CLASS
_LATIN = 3 * _CLASS
_LATIN_OTHER = 4 * _CLASS
_OTHER_SCRIPT = 5 * _CLASS
_SYMBOL = 6 * _CLASS

_DANISH_AFTER_Z = {"æ": 26, "ø": 27, "å": 28}
# Danish letters that are sorted as another letter, with the accent as their secondary weight.
_DANISH_AS = {
    "ä": ("æ", 0x308),
    "ö": ("ø", 0x308),
    "ő": ("ø", 0x30B),
    "ü": ("y", 0x308),
    "ű": ("y", 0x30B),
}
# Latin letters that no Unicode decomposition takes to a base letter.
_STROKE = 0x338
_EXPANSION = 1
_LATIN_FOLDS = {
    "æ": ("ae", _EXPANSION),
    "œ": ("oe", _EXPANSION),
    "þ": ("th", _EXPANSION),
    "ø": ("o", _STROKE),
    "ł": ("l", _STROKE),
    "đ": ("d", _STROKE),
    "ð": ("d", _STROKE),
    "ħ": ("h", _STROKE),
    "ŧ": ("t", _STROKE),
    "ı": ("i", _STROKE),
    "ŋ": ("n", _STROKE),
    "ſ": ("s", _STROKE),
}


def name_sort_key(name: str, language: Language) -> NameSortKey:
    """A key for sorted(): see the module docstring for the order."""
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    capital, small = (0, 1) if language == "da" else (1, 0)
    for character in unicodedata.normalize("NFC", name):
        case = capital if character != character.lower() else small
        for weight, accent in _weights(character.lower(), language):
            if weight is None:
                if secondary:
                    secondary[-1] = secondary[-1] * 0x11_0000 + accent
                continue
            primary.append(weight)
            secondary.append(accent)
            tertiary.append(case)
    return tuple(primary), tuple(secondary), tuple(tertiary), name


def _weights(character: str, language: Language) -> list[tuple[int | None, int]]:
    """(primary weight, accent) per collation element; weight None adds an accent to the last."""
    if language == "da":
        if character in _DANISH_AFTER_Z:
            return [(_LATIN + _DANISH_AFTER_Z[character], 0)]
        if character in _DANISH_AS:
            letter, accent = _DANISH_AS[character]
            return [(weight, accent) for weight, _ in _weights(letter, language)]
    elements: list[tuple[int | None, int]] = []
    for part in unicodedata.normalize("NFKD", character.casefold()):
        if part in _LATIN_FOLDS:
            letters, accent = _LATIN_FOLDS[part]
            elements.extend((_LATIN + ord(letter) - ord("a"), accent) for letter in letters)
        else:
            elements.extend(_element(part))
    return elements


def _element(character: str) -> list[tuple[int | None, int]]:
    if "a" <= character <= "z":
        return [(_LATIN + ord(character) - ord("a"), 0)]
    category = unicodedata.category(character)
    if category.startswith("M"):
        return [(None, ord(character))]
    if character.isspace() or category == "Pd":
        return [(_SEPARATOR, 0)]
    if category == "Nd":
        return [(_DIGIT + unicodedata.digit(character), 0)]
    if category.startswith("L"):
        latin = unicodedata.name(character, "").startswith("LATIN")
        return [((_LATIN_OTHER if latin else _OTHER_SCRIPT) + ord(character), 0)]
    if category.startswith("S") or category.startswith("N"):
        return [(_SYMBOL + ord(character), 0)]
    # Apostrophes, full stops and invisible joiners do not change where a name goes.
    return []
