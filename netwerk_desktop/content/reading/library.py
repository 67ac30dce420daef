"""Reading prompts.toml and activities.toml."""

from __future__ import annotations

from collections.abc import Mapping

from netwerk_desktop.content.issues import IssueCode, IssueLog
from netwerk_desktop.content.library import (
    Activity,
    ActivityKind,
    GroupSize,
    MinuteRange,
    ProgrammeElement,
    Prompt,
    PromptTheme,
    Space,
)
from netwerk_desktop.content.reading.tables import TableReader, unique_ids

ACTIVITY_MINUTES = (1, 240)
GROUP_PEOPLE = (1, 40)
WHOLE_CLASS = "whole_class"
MAX_PROMPTS = 500
MAX_ACTIVITIES = 200


def read_prompts(data: Mapping[str, object], file: str, log: IssueLog) -> tuple[Prompt, ...]:
    reader = TableReader(data, file, "", log)
    prompts: list[Prompt] = []
    ids: list[tuple[TableReader, str]] = []
    for table in reader.tables("prompts", 1, MAX_PROMPTS):
        prompt_id = table.ident()
        theme = table.choice("theme", PromptTheme)
        text = table.text("text")
        follow_up = table.text("follow_up")
        table.finish()
        ids.append((table, prompt_id))
        if theme is not None:
            prompts.append(Prompt(prompt_id, theme, text, follow_up))
    unique_ids(ids, log)
    reader.finish()
    return tuple(prompts)


def _pair(reader: TableReader, key: str, low: int, high: int) -> tuple[int, int] | None:
    """A whole number, or a list of two whole numbers [low, high]."""
    value = reader.raw(key)
    if value is None:
        reader.error(IssueCode.MISSING_FIELD, key)
        return None
    raw = value if isinstance(value, list) else [value]
    numbers = [n for n in raw if isinstance(n, int) and not isinstance(n, bool)]
    if len(numbers) != len(raw) or len(numbers) not in (1, 2):
        reader.wrong_type(key, "whole number or [low, high]", value)
        return None
    first, last = numbers[0], numbers[-1]
    for number in (first, last):
        if not low <= number <= high:
            reader.error(IssueCode.OUT_OF_RANGE, key, value=number, low=low, high=high)
    if first > last:
        reader.error(IssueCode.OUT_OF_RANGE, key, value=first, low=low, high=last)
    return first, last


def _minutes(reader: TableReader) -> MinuteRange:
    pair = _pair(reader, "minutes", *ACTIVITY_MINUTES)
    return MinuteRange(*pair) if pair else MinuteRange(0, 0)


def _group_size(reader: TableReader) -> GroupSize:
    if reader.raw("group_size") == WHOLE_CLASS:
        return GroupSize(None, None)
    if isinstance(reader.raw("group_size"), str):
        reader.error(
            IssueCode.UNKNOWN_VALUE,
            "group_size",
            value=str(reader.raw("group_size")),
            allowed=f"{WHOLE_CLASS}, a number, [low, high]",
        )
        return GroupSize(None, None)
    pair = _pair(reader, "group_size", *GROUP_PEOPLE)
    return GroupSize(*pair) if pair else GroupSize(None, None)


def read_activities(data: Mapping[str, object], file: str, log: IssueLog) -> tuple[Activity, ...]:
    reader = TableReader(data, file, "", log)
    activities: list[Activity] = []
    ids: list[tuple[TableReader, str]] = []
    for table in reader.tables("activities", 1, MAX_ACTIVITIES):
        activity_id = table.ident()
        title = table.text("title")
        summary = table.text("summary")
        kind = table.choice("kind", ActivityKind)
        minutes = _minutes(table)
        group_size = _group_size(table)
        spaces = table.choices("spaces", Space, 1, len(Space))
        materials = table.texts("materials", 0, 10)
        steps = table.texts("steps", 2, 10)
        variations = table.texts("variations", 0, 6)
        serves = table.choices("serves", ProgrammeElement, 1, len(ProgrammeElement))
        table.finish()
        ids.append((table, activity_id))
        if kind is not None:
            activities.append(
                Activity(
                    activity_id,
                    title,
                    summary,
                    kind,
                    minutes,
                    group_size,
                    spaces,
                    materials,
                    steps,
                    variations,
                    serves,
                )
            )
    unique_ids(ids, log)
    reader.finish()
    return tuple(activities)
