"""A content pack: everything one language ships, plus what was borrowed from Danish."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netwerk_desktop.content.help import HelpTemplate
from netwerk_desktop.content.lesson import Lesson
from netwerk_desktop.content.library import Activity, Prompt, PromptTheme
from netwerk_desktop.content.module import Module
from netwerk_desktop.languages import CONTENT_REFERENCE

# Danish is written first and is what every other language falls back to.
PRIMARY_LANGUAGE = CONTENT_REFERENCE


class PackStatus(StrEnum):
    """A draft pack is work in progress: missing files and items are warnings, not errors."""

    DRAFT = "draft"
    COMPLETE = "complete"


class FallbackKind(StrEnum):
    PACK = "pack"
    LESSON = "lesson"
    STEP = "step"
    PROMPT = "prompt"
    ACTIVITY = "activity"
    HELP = "help"
    MODULE = "module"


@dataclass(frozen=True)
class Fallback:
    """An item shown in `source_language` because the requested language lacks it. For a step,
    `item_id` is `lesson-id/step-id`."""

    kind: FallbackKind
    item_id: str
    language: str
    source_language: str = PRIMARY_LANGUAGE


@dataclass(frozen=True)
class ContentPack:
    language: str
    name: str
    version: int
    status: PackStatus
    lessons: tuple[Lesson, ...]
    prompts: tuple[Prompt, ...]
    activities: tuple[Activity, ...]
    help: HelpTemplate | None
    fallbacks: tuple[Fallback, ...] = ()
    modules: tuple[Module, ...] = ()
    """Short runs of lessons beside the main series (`lessons`), each numbered on its own."""

    def lesson(self, lesson_id: str) -> Lesson | None:
        """A lesson of the series or of a module, by id (ids are unique across both)."""
        return next((lesson for lesson in self.all_lessons if lesson.id == lesson_id), None)

    @property
    def all_lessons(self) -> tuple[Lesson, ...]:
        """The series, then each module's lessons."""
        return self.lessons + tuple(lesson for m in self.modules for lesson in m.lessons)

    def module(self, module_id: str) -> Module | None:
        return next((module for module in self.modules if module.id == module_id), None)

    def series_of(self, lesson: Lesson) -> tuple[Lesson, ...]:
        """The lessons numbered together with `lesson`: its module's, or the main series."""
        module = self.module(lesson.module) if lesson.module else None
        return module.lessons if module is not None else self.lessons

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def prompts_for(self, theme: PromptTheme) -> tuple[Prompt, ...]:
        return tuple(p for p in self.prompts if p.theme is theme)

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    @property
    def minutes(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons)
