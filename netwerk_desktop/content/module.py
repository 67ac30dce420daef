"""A module: a short run of lessons that lives beside the main series ("Our networks").

A module has its own numbering (1, 2, 3 …) and its own progress, and a class can run it after
the series or on its own. Its lessons are ordinary lessons (same schema, same runner, same
handouts); `Lesson.module` says which module a lesson belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerk_desktop.content.lesson import Lesson


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str
    lessons: tuple[Lesson, ...]

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)
