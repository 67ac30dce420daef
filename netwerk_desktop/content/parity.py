"""Parity between languages: the same lessons, steps, prompts and activities, with the same ids,
kinds, minutes and phases, in every pack.

Danish is the reference. An item a pack lacks is shown in Danish, so a missing item is an error
only when the pack that lacks it says it is complete; a difference between items that exist in
both is always an error, because progress and tallies are stored by id and would not line up.
"""

from __future__ import annotations

from collections.abc import Sequence

from netwerk_desktop.content.help import BUILTIN_NUMBERS
from netwerk_desktop.content.issues import ContentIssue, IssueCode, IssueLog, Severity
from netwerk_desktop.content.lesson import (
    Charter,
    Closing,
    Discussion,
    Lesson,
    Sorting,
    Step,
    Tally,
)
from netwerk_desktop.content.pack import PRIMARY_LANGUAGE, ContentPack, PackStatus
from netwerk_desktop.content.reading.lesson import lesson_file_name
from netwerk_desktop.content.reading.pack import (
    ACTIVITIES_FILE,
    HELP_FILE,
    LESSONS_DIR,
    MODULE_FILE,
    MODULES_DIR,
    PROMPTS_FILE,
    PackReading,
)


def _missing_severity(pack: ContentPack) -> Severity:
    return Severity.ERROR if pack.status is PackStatus.COMPLETE else Severity.WARNING


class _Comparison:
    """One language against the reference; `file` and `path` say where a difference is."""

    def __init__(
        self, pack: ContentPack, lesson_files: dict[str, str], ref: ContentPack, log: IssueLog
    ) -> None:
        self.pack = pack
        self.lesson_files = lesson_files
        self.ref = ref
        self.log = log

    def differ(
        self,
        file: str,
        path: str,
        field: str,
        found: object,
        expected: object,
        severity: Severity = Severity.ERROR,
    ) -> None:
        if found != expected:
            self.log.add(
                severity,
                IssueCode.PARITY,
                file,
                path,
                field,
                language=self.pack.language,
                found=_show(found),
                reference=self.ref.language,
                expected=_show(expected),
            )

    def missing(self, file: str, path: str, what: str, item: str, severity: Severity) -> None:
        self.log.add(
            severity,
            IssueCode.MISSING_IN_LANGUAGE,
            file,
            path,
            "",
            what=what,
            item=item,
            language=self.pack.language,
            fallback=self.ref.language,
        )

    def extra(self, file: str, path: str, what: str, item: str) -> None:
        self.log.add(
            _missing_severity(self.ref),
            IssueCode.NOT_IN_REFERENCE,
            file,
            path,
            "",
            what=what,
            item=item,
            language=self.pack.language,
            reference=self.ref.language,
        )

    # -- lessons ----------------------------------------------------------------------------
    def lessons(self) -> None:
        self.run(self.pack.lessons, self.ref.lessons, f"{self.pack.language}/{LESSONS_DIR}")

    def modules(self) -> None:
        """Each module like the series: the same modules, lessons, numbers and steps."""
        own = {module.id: module for module in self.pack.modules}
        for ref_module in self.ref.modules:
            folder = f"{self.pack.language}/{MODULES_DIR}/{ref_module.id}"
            module = own.get(ref_module.id)
            if module is None:
                severity = _missing_severity(self.pack)
                self.missing(f"{folder}/{MODULE_FILE}", "", "module", ref_module.id, severity)
                continue
            self.run(module.lessons, ref_module.lessons, f"{folder}/{LESSONS_DIR}")
        for module in self.pack.modules:
            if self.ref.module(module.id) is None:
                folder = f"{self.pack.language}/{MODULES_DIR}/{module.id}"
                self.extra(f"{folder}/{MODULE_FILE}", "", "module", module.id)

    def run(self, lessons: Sequence[Lesson], ref_lessons: Sequence[Lesson], folder: str) -> None:
        own = {lesson.id: lesson for lesson in lessons}
        for ref_lesson in ref_lessons:
            lesson = own.get(ref_lesson.id)
            if lesson is None:
                file = f"{folder}/{lesson_file_name(ref_lesson.number, ref_lesson.id)}"
                self.missing(file, "", "lesson", ref_lesson.id, _missing_severity(self.pack))
            else:
                self.lesson(lesson, ref_lesson)
        ref_ids = {lesson.id for lesson in ref_lessons}
        for lesson in lessons:
            if lesson.id not in ref_ids:
                self.extra(self.lesson_files[lesson.id], "", "lesson", lesson.id)

    def lesson(self, lesson: Lesson, ref_lesson: Lesson) -> None:
        file = self.lesson_files[lesson.id]
        self.differ(file, "", "number", lesson.number, ref_lesson.number)
        self.differ(file, "", "version", lesson.version, ref_lesson.version)
        self.differ(file, "", "minutes", lesson.minutes, ref_lesson.minutes)
        self.differ(file, "", "goals", len(lesson.goals), len(ref_lesson.goals), Severity.WARNING)
        self.differ(
            file,
            "",
            "student_goals",
            len(lesson.student_goals),
            len(ref_lesson.student_goals),
            Severity.WARNING,
        )
        self.differ(
            file,
            "",
            "materials.print",
            sorted(lesson.printed_materials),
            sorted(ref_lesson.printed_materials),
        )
        own = {step.id: step for step in lesson.steps}
        for ref_step in ref_lesson.steps:
            step = own.get(ref_step.id)
            if step is None:
                self.missing(file, "", "step", f"{lesson.id}/{ref_step.id}", Severity.ERROR)
            else:
                self.step(file, step, ref_step)
        ref_ids = [step.id for step in ref_lesson.steps]
        for step in lesson.steps:
            if step.id not in ref_ids:
                self.extra(file, f"steps[{step.id}]", "step", f"{lesson.id}/{step.id}")
        shared = [step_id for step_id in lesson.step_ids if step_id in ref_ids]
        self.differ(file, "", "steps", shared, [i for i in ref_ids if i in shared])

    def step(self, file: str, step: Step, ref: Step) -> None:
        path = f"steps[{step.id}]"
        self.differ(file, path, "kind", step.kind.value, ref.kind.value)
        if step.kind is not ref.kind:
            return
        self.differ(file, path, "minutes", step.minutes, ref.minutes)
        self.differ(file, path, "split_after", step.split_after, ref.split_after)
        self.differ(file, path, "drop_if_late", step.drop_if_late, ref.drop_if_late)
        self.differ(file, path, "handout", step.handout is not None, ref.handout is not None)
        if step.handout and ref.handout:
            self.differ(
                file, path, "handout.writing", str(step.handout.writing), str(ref.handout.writing)
            )
        # The help numbers the class sees are the same in every language.
        self.differ(
            file,
            path,
            "audience.numbers",
            _numbers_shown(step),
            _numbers_shown(ref),
        )
        if isinstance(step.content, Discussion | Charter):
            self.phases(file, path, step, ref)
        content, ref_content = step.content, ref.content
        if isinstance(content, Tally) and isinstance(ref_content, Tally):
            own_ids = [option.id for option in content.options]
            ref_ids = [option.id for option in ref_content.options]
            self.differ(file, path, "options", own_ids, ref_ids)
            self.differ(file, path, "method", content.method.value, ref_content.method.value)
        if isinstance(content, Sorting) and isinstance(ref_content, Sorting):
            form = "axis" if content.axis else "categories"
            self.differ(
                file, path, "categories", form, "axis" if ref_content.axis else "categories"
            )
            self.differ(file, path, "cards.answer", _answers(content), _answers(ref_content))
        if isinstance(content, Closing) and isinstance(ref_content, Closing):
            self.differ(file, path, "activity", content.activity, ref_content.activity)
        for field, count, ref_count in _counts(step, ref):
            self.differ(file, path, field, count, ref_count, Severity.WARNING)

    def phases(self, file: str, path: str, step: Step, ref: Step) -> None:
        own = [(phase.mode.value, phase.minutes) for phase in step.phases]
        expected = [(phase.mode.value, phase.minutes) for phase in ref.phases]
        if len(own) != len(expected):
            self.differ(file, path, "phases", len(own), len(expected))
            return
        for index, (phase, ref_phase) in enumerate(zip(own, expected, strict=True), start=1):
            self.differ(file, f"{path}.phases[{index}]", "mode", phase[0], ref_phase[0])
            self.differ(file, f"{path}.phases[{index}]", "minutes", phase[1], ref_phase[1])

    # -- library ----------------------------------------------------------------------------
    def prompts(self) -> None:
        file = f"{self.pack.language}/{PROMPTS_FILE}"
        own = {prompt.id: prompt for prompt in self.pack.prompts}
        for ref_prompt in self.ref.prompts:
            prompt = own.get(ref_prompt.id)
            path = f"prompts[{ref_prompt.id}]"
            if prompt is None:
                self.missing(file, path, "prompt", ref_prompt.id, _missing_severity(self.pack))
            else:
                self.differ(file, path, "theme", prompt.theme.value, ref_prompt.theme.value)
        ref_ids = {prompt.id for prompt in self.ref.prompts}
        for prompt in self.pack.prompts:
            if prompt.id not in ref_ids:
                self.extra(file, f"prompts[{prompt.id}]", "prompt", prompt.id)

    def activities(self) -> None:
        file = f"{self.pack.language}/{ACTIVITIES_FILE}"
        own = {activity.id: activity for activity in self.pack.activities}
        for ref_activity in self.ref.activities:
            activity = own.get(ref_activity.id)
            path = f"activities[{ref_activity.id}]"
            if activity is None:
                self.missing(file, path, "activity", ref_activity.id, _missing_severity(self.pack))
                continue
            self.differ(file, path, "kind", activity.kind.value, ref_activity.kind.value)
            self.differ(file, path, "minutes", str(activity.minutes), str(ref_activity.minutes))
            self.differ(
                file, path, "group_size", str(activity.group_size), str(ref_activity.group_size)
            )
            self.differ(
                file, path, "spaces", _values(activity.spaces), _values(ref_activity.spaces)
            )
            self.differ(
                file, path, "serves", _values(activity.serves), _values(ref_activity.serves)
            )
        ref_ids = {activity.id for activity in self.ref.activities}
        for activity in self.pack.activities:
            if activity.id not in ref_ids:
                self.extra(file, f"activities[{activity.id}]", "activity", activity.id)

    def help(self) -> None:
        own, ref = self.pack.help, self.ref.help
        if own is None or ref is None:
            return  # a missing help.toml is reported where the pack is read
        file = f"{self.pack.language}/{HELP_FILE}"
        self.differ(file, "", "entries", [e.id for e in own.entries], [e.id for e in ref.entries])
        for entry in own.entries:
            ref_entry = ref.entry(entry.id)
            if ref_entry is None:
                continue
            path = f"entries[{entry.id}]"
            self.differ(file, path, "number", entry.number or "", ref_entry.number or "")
            own_fields = [f.key.value for f in entry.fields]
            self.differ(file, path, "fields", own_fields, [f.key.value for f in ref_entry.fields])


def _numbers_shown(step: Step) -> list[str]:
    text = f"{step.audience.title} {step.audience.text}"
    return [number for number in BUILTIN_NUMBERS if number in text]


def _answers(sorting: Sorting) -> list[str]:
    """Which card has one right pile, and which pile: by position, as texts differ."""
    found = []
    for answer in sorting.answers:
        if answer.card in sorting.cards and answer.category in sorting.categories:
            card = sorting.cards.index(answer.card) + 1
            found.append(f"card {card} -> pile {sorting.categories.index(answer.category) + 1}")
    return found


def _values(items: Sequence[object]) -> list[str]:
    return sorted(str(item) for item in items)


def _show(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if isinstance(value, tuple):
        return " ".join(_show(item) for item in value)
    return str(value)


def _counts(step: Step, ref: Step) -> list[tuple[str, int, int]]:
    """How many statements, cards, questions ... each side has: the outline fixes them."""
    found: list[tuple[str, int, int]] = []
    for name in ("statements", "cards", "categories", "questions"):
        own = getattr(step.content, name, None)
        expected = getattr(ref.content, name, None)
        if isinstance(own, tuple) and isinstance(expected, tuple):
            found.append((name, len(own), len(expected)))
    if step.handout and ref.handout:
        found.append(("handout.questions", len(step.handout.questions), len(ref.handout.questions)))
    return found


def check_parity(readings: Sequence[PackReading]) -> list[ContentIssue]:
    """Compare every readable pack with the Danish one (or the first, when there is no Danish)."""
    usable = [(r.pack, r.lesson_files) for r in readings if r.pack is not None]
    if len(usable) < 2:
        return []
    reference = next((p for p, _ in usable if p.language == PRIMARY_LANGUAGE), usable[0][0])
    log = IssueLog()
    for pack, lesson_files in usable:
        if pack is reference:
            continue
        comparison = _Comparison(pack, lesson_files, reference, log)
        comparison.lessons()
        comparison.modules()
        comparison.prompts()
        comparison.activities()
        comparison.help()
    return log.issues
