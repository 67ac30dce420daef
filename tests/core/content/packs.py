"""Small content packs written to a temporary folder: a valid one to start from, which each test
then breaks in exactly one way."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

Table = dict[str, Any]


def toml_value(value: object) -> str:
    """TOML for the few shapes the tests need; tables become inline tables on one line."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value))


def toml_text(table: Table) -> str:
    return "".join(f"{key} = {toml_value(value)}\n" for key, value in table.items())


def _step(step_id: str, kind: str, minutes: int, **content: Any) -> Table:
    return {
        "id": step_id,
        "kind": kind,
        "minutes": minutes,
        "audience": {"title": f"Title of {step_id}", "text": "A short text for the screen."},
        "teacher_notes": "What to say.\n\nWhat to **watch** for.",
        **content,
    }


def lesson(lesson_id: str = "community", number: int = 1) -> Table:
    """A valid lesson written for 60 minutes that uses six step kinds: 55 minutes of steps and
    five transitions of a minute each. Split after the discussion; the vote goes when late."""
    return {
        "id": lesson_id,
        "number": number,
        "version": 1,
        "minutes": 60,
        "title": f"Lesson {lesson_id}",
        "summary": "One line.",
        "goals": ["First goal.", "Second goal."],
        "student_goals": ["We talk about what a good class gives you."],
        "materials": ["Paper", {"text": "The worksheet, one each", "print": "worksheet"}],
        "preparation": "Read the case.",
        "steps": [
            _step("greeting", "partnership_meeting", 5, questions=["How are you?"]),
            _step("intro", "talk", 10, case="A student drifts out of the group."),
            _step(
                "discuss",
                "discussion",
                15,
                prompt="What could the group do?",
                phases=[
                    {"mode": "alone", "minutes": 5},
                    {"mode": "partner", "minutes": 5},
                    {"mode": "class", "minutes": 5},
                ],
                split_after=True,
            ),
            _step(
                "vote",
                "tally",
                10,
                question="How easy is it?",
                method="slips",
                options=[{"id": "easy", "text": "Easy"}, {"id": "hard", "text": "Hard"}],
                drop_if_late=True,
            ),
            _step(
                "write",
                "reflection",
                10,
                questions=["What do you do?"],
                handout={"instructions": "Write for yourself.", "lines": 3, "writing": "private"},
            ),
            _step("close", "closing", 5, task="Greet someone new.", activity="name-chain"),
        ],
    }


def step(table: Table, step_id: str) -> Table:
    found: Table = next(s for s in table["steps"] if s["id"] == step_id)
    return found


def prompts() -> Table:
    return {
        "prompts": [
            {"id": "cc-parties", "theme": "class_culture", "text": "Parties?", "follow_up": "Why?"},
            {"id": "co-belong", "theme": "community", "text": "Belong?", "follow_up": "How?"},
        ]
    }


def activities() -> Table:
    return {
        "activities": [
            {
                "id": "name-chain",
                "title": "Name chain",
                "summary": "Names in a circle.",
                "kind": "icebreaker",
                "minutes": 10,
                "group_size": "whole_class",
                "spaces": ["classroom", "outdoors"],
                "materials": [],
                "steps": ["Stand in a circle.", "Say your name."],
                "variations": [],
                "serves": ["community"],
            },
            {
                "id": "tower",
                "title": "Tower",
                "summary": "Build a tower.",
                "kind": "collaboration",
                "minutes": [20, 30],
                "group_size": [4, 5],
                "spaces": ["classroom"],
                "materials": ["Paper", "Tape"],
                "steps": ["Build.", "Talk about roles."],
                "variations": ["No talking."],
                "serves": ["community", "partnerships"],
            },
        ]
    }


def help_template() -> Table:
    return {
        "title": "Where to get help",
        "intro": "You do not have to manage alone.",
        "labels": {"name": "Name", "room": "Room", "hours": "Hours", "contact": "Contact"},
        "entries": [
            {
                "id": "counsellor",
                "title": "Student counsellor",
                "text": "Drop by.",
                "fields": ["name", "room", "hours", "contact"],
            },
            {"id": "helpline", "title": "Helpline", "text": "Call and talk.", "number": "116 111"},
            {"id": "emergency", "title": "Emergency", "text": "Call 112.", "number": "112"},
        ],
    }


def write_pack(
    root: Path,
    language: str = "da",
    lessons: list[Table] | None = None,
    status: str = "draft",
    library: bool = True,
) -> Path:
    """Write a pack folder; returns the content root. `library` adds prompts, activities, help."""
    folder = root / language
    (folder / "lessons").mkdir(parents=True, exist_ok=True)
    header = {"schema": 1, "language": language, "name": language, "version": 1, "status": status}
    (folder / "pack.toml").write_text(toml_text(header), encoding="utf-8")
    for table in lessons if lessons is not None else [lesson()]:
        name = f"{table.get('number', 0):02d}-{table.get('id', 'x')}.toml"
        (folder / "lessons" / name).write_text(toml_text(table), encoding="utf-8")
    if library:
        for name, table in (
            ("prompts.toml", prompts()),
            ("activities.toml", activities()),
            ("help.toml", help_template()),
        ):
            (folder / name).write_text(toml_text(table), encoding="utf-8")
    return root


def write_lesson(root: Path, language: str, table: Table, name: str | None = None) -> Path:
    path = root / language / "lessons" / (name or f"{table['number']:02d}-{table['id']}.toml")
    path.write_text(toml_text(table), encoding="utf-8")
    return path


def write_table(root: Path, language: str, file_name: str, table: Table) -> None:
    (root / language / file_name).write_text(toml_text(table), encoding="utf-8")


def clone(table: Table) -> Table:
    return copy.deepcopy(table)
