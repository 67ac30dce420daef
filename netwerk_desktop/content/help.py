"""The "where to get help" template: entries the school fills in, plus 112 and 116 111.

The pack never holds a name, room or number of a real person or service: every school field is
an empty placeholder (`is_placeholder`), which the app and the handouts show as a visible blank
until the school has typed the value in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

# The only numbers content may contain: EU-wide emergency and the helpline for children and youth.
BUILTIN_NUMBERS = ("112", "116 111")


class HelpFieldKey(StrEnum):
    NAME = "name"
    ROOM = "room"
    HOURS = "hours"
    CONTACT = "contact"


@dataclass(frozen=True)
class HelpField:
    key: HelpFieldKey
    label: str
    value: str = ""

    @property
    def is_placeholder(self) -> bool:
        return not self.value.strip()


@dataclass(frozen=True)
class HelpEntry:
    """A school entry has fields to fill in; a built-in entry has one of BUILTIN_NUMBERS."""

    id: str
    title: str
    text: str
    fields: tuple[HelpField, ...] = ()
    number: str | None = None

    @property
    def is_builtin(self) -> bool:
        return self.number is not None

    @property
    def has_placeholders(self) -> bool:
        return any(f.is_placeholder for f in self.fields)


@dataclass(frozen=True)
class HelpTemplate:
    title: str
    intro: str
    entries: tuple[HelpEntry, ...]

    @property
    def has_placeholders(self) -> bool:
        return any(entry.has_placeholders for entry in self.entries)

    def entry(self, entry_id: str) -> HelpEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def filled(self, values: Mapping[tuple[str, HelpFieldKey], str]) -> HelpTemplate:
        """The template with the school's values, keyed by (entry id, field key). Fields without
        a value stay placeholders; values for entries or fields the template lacks are ignored."""
        entries = tuple(
            replace(
                entry,
                fields=tuple(
                    replace(f, value=values.get((entry.id, f.key), f.value).strip())
                    for f in entry.fields
                ),
            )
            for entry in self.entries
        )
        return replace(self, entries=entries)
