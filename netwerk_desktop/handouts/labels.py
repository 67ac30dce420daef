"""Printed handout labels per language, read from resources/content/<lang>/handouts.toml."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode, LabelsFileError
from netwerk_desktop.handouts.inputs import HandoutKind
from netwerk_desktop.languages import LANGUAGES
from netwerk_desktop.paths import resources_dir

LabelValue = str | tuple[str, ...]


@dataclass(frozen=True)
class HandoutLabels:
    """Every printed word of the handouts in one language, by dotted key ("worksheet.goals")."""

    language: str
    entries: Mapping[str, LabelValue]
    source: str = "<memory>"

    def text(self, key: str, **params: object) -> str:
        """The label `key`, with `{placeholders}` filled from `params`."""
        value = self._get(key)
        if not isinstance(value, str):
            raise LabelsFileError(self.source, key, "is a list, a text was expected")
        try:
            return value.format(**params) if params else value
        except (KeyError, IndexError, ValueError) as exc:
            raise LabelsFileError(self.source, key, f"cannot fill in {exc}") from exc

    def texts(self, key: str) -> tuple[str, ...]:
        """The list label `key` (e.g. default questions)."""
        value = self._get(key)
        if isinstance(value, str):
            raise LabelsFileError(self.source, key, "is a text, a list was expected")
        return value

    def optional(self, key: str) -> str | None:
        """The label `key` if the file has it (for open sets such as step kinds)."""
        value = self.entries.get(key)
        return value if isinstance(value, str) else None

    def date(self, day: date) -> str:
        """A date the way the language writes it, with month names from the labels."""
        month = self.texts("common.months")[day.month - 1]
        return self.text("common.date", day=day.day, month=month, year=day.year)

    def _get(self, key: str) -> LabelValue:
        try:
            return self.entries[key]
        except KeyError:
            raise LabelsFileError(self.source, key, "is missing") from None


# The label that names each kind (its title), for the PDF's subject and for the teacher guide.
_KIND_TITLE_KEYS = {
    HandoutKind.WORKSHEET: "worksheet.title",
    HandoutKind.TEACHER_GUIDE: "teacher_guide.title",
    HandoutKind.PARTNERSHIP_OVERVIEW: "partnership_overview.title",
    HandoutKind.PARTNERSHIP_CARDS: "partnership_cards.title",
    HandoutKind.CHARTER_POSTER: "charter.title",
    HandoutKind.HELP_CARDS: "help.title",
    HandoutKind.DISCUSSION_CARDS: "discussion_cards.title",
    HandoutKind.NETWORK_MAP: "network_map.title",
    HandoutKind.SORTING_CARDS: "sorting_cards.title",
    HandoutKind.SORTING_SHEET: "sorting_sheet.title",
    HandoutKind.COLLEAGUE_SHEET: "colleague_sheet.title",
    HandoutKind.BOARD_SLIPS: "board_slips.title",
    HandoutKind.INTRODUCTION_CARDS: "introduction_cards.title",
    HandoutKind.BOARD_POSTER: "board_poster.title",
    HandoutKind.BOARD_TALLY: "board_tally.title",
    HandoutKind.DIRECTORY_LEAFLET: "directory.leaflet_title",
    HandoutKind.DIRECTORY_CARDS: "directory.cards_title",
}


def kind_title(labels: HandoutLabels, kind: HandoutKind) -> str:
    """The kind's name in the labels' language, e.g. "Elevark"."""
    return labels.text(_KIND_TITLE_KEYS[kind])


def labels_file(language: str) -> Path:
    return resources_dir() / "content" / language / "handouts.toml"


@cache
def load_labels(language: str) -> HandoutLabels:
    """The labels for `language` (da, en or nl); read once per process."""
    if language not in LANGUAGES:
        raise HandoutError(HandoutErrorCode.UNSUPPORTED_LANGUAGE, language=language)
    path = labels_file(language)
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise LabelsFileError(str(path), "", f"is not valid TOML: {exc}") from exc
    entries = _flatten(raw, "", str(path))
    return HandoutLabels(language, MappingProxyType(entries), str(path))


def placeholders(value: LabelValue) -> frozenset[str]:
    """The `{names}` a label expects, so tests can check every language asks for the same."""
    texts = (value,) if isinstance(value, str) else value
    return frozenset(
        name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name
    )


def _flatten(table: Mapping[str, object], prefix: str, source: str) -> dict[str, LabelValue]:
    entries: dict[str, LabelValue] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            entries.update(_flatten(value, f"{key}.", source))
        elif isinstance(value, str):
            entries[key] = value
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            entries[key] = tuple(value)
        else:
            raise LabelsFileError(source, key, "must be a text or a list of texts")
    return entries
