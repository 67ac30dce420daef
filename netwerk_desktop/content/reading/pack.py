"""Reading one language folder into a ContentPack, with every issue found on the way.

Layout of `<root>/<language>/`: pack.toml, lessons/NN-<id>.toml, prompts.toml, activities.toml,
help.toml. handouts.toml belongs to the handout engine and is not read here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from netwerk_desktop.content.help import HelpTemplate
from netwerk_desktop.content.issues import ContentIssue, IssueCode, IssueLog, Severity
from netwerk_desktop.content.lesson import Closing, Lesson, StepKind
from netwerk_desktop.content.library import Activity, Prompt, PromptTheme
from netwerk_desktop.content.module import Module
from netwerk_desktop.content.pack import ContentPack, PackStatus
from netwerk_desktop.content.reading.help import read_help
from netwerk_desktop.content.reading.lesson import read_lesson
from netwerk_desktop.content.reading.library import read_activities, read_prompts
from netwerk_desktop.content.reading.tables import TableReader
from netwerk_desktop.content.rules import check_rules

SCHEMA_VERSION = 1
PACK_FILE = "pack.toml"
LESSONS_DIR = "lessons"
MODULES_DIR = "modules"
MODULE_FILE = "module.toml"
PROMPTS_FILE = "prompts.toml"
ACTIVITIES_FILE = "activities.toml"
HELP_FILE = "help.toml"
# Read by the handout engine; a content pack folder may hold it without being a pack yet.
IGNORED_FILES = frozenset({"handouts.toml"})
LIBRARY_FILES = (PROMPTS_FILE, ACTIVITIES_FILE, HELP_FILE)

# What a complete series holds: 7 lessons and a follow-up, a prompt library, a catalogue.
SERIES_LESSONS = 8
MIN_PROMPTS = 60
MIN_PROMPTS_PER_THEME = 6
MIN_ACTIVITIES = 24

_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass
class PackReading:
    """What reading one language folder gave: the pack (None if pack.toml is unusable), the
    issues, and the file each lesson came from (for messages about it)."""

    language: str
    pack: ContentPack | None
    issues: list[ContentIssue]
    lesson_files: dict[str, str] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        return any(issue.is_error for issue in self.issues)


def load_toml(path: Path, label: str, log: IssueLog) -> dict[str, Any] | None:
    """The file's table, or None after logging why it cannot be read."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) if found else None
        details = _TOML_LINE.sub("", str(exc)).strip()
        log.issues.append(
            ContentIssue(
                Severity.ERROR, IssueCode.TOML_SYNTAX, label, params={"details": details}, line=line
            )
        )
    except (OSError, UnicodeDecodeError) as exc:
        log.error(IssueCode.TOML_SYNTAX, label, details=str(exc))
    return None


def _pack_header(
    data: dict[str, Any], label: str, language: str, log: IssueLog
) -> tuple[str, int, PackStatus]:
    reader = TableReader(data, label, "", log)
    reader.integer("schema", SCHEMA_VERSION, SCHEMA_VERSION)
    code = reader.text("language")
    name = reader.text("name")
    version = reader.integer("version", 1, 9999)
    status = reader.choice("status", PackStatus) or PackStatus.DRAFT
    reader.finish()
    if code and code != language:
        log.error(IssueCode.LANGUAGE_MISMATCH, label, "", "language", found=code, expected=language)
    return name, version, status


def _shortfall(status: PackStatus) -> Severity:
    return Severity.ERROR if status is PackStatus.COMPLETE else Severity.WARNING


def _check_numbers(lessons: list[Lesson], label: str, severity: Severity, log: IssueLog) -> None:
    numbers = sorted(lesson.number for lesson in lessons)
    if numbers != list(range(1, len(numbers) + 1)):
        log.add(
            severity,
            IssueCode.LESSON_NUMBERS,
            label,
            numbers=", ".join(map(str, numbers)),
            count=len(numbers),
        )


def _check_series(lessons: list[Lesson], folder: str, status: PackStatus, log: IssueLog) -> None:
    severity = _shortfall(status)
    _check_numbers(lessons, f"{folder}/{LESSONS_DIR}", severity, log)
    if len(lessons) < SERIES_LESSONS:
        log.add(
            severity,
            IssueCode.BELOW_TARGET,
            f"{folder}/{LESSONS_DIR}",
            what="lessons",
            count=len(lessons),
            target=SERIES_LESSONS,
        )
    if status is PackStatus.COMPLETE:
        used = {step.kind for lesson in lessons for step in lesson.steps}
        for kind in StepKind:
            if kind not in used:
                log.error(IssueCode.KIND_UNUSED, f"{folder}/{LESSONS_DIR}", kind=kind.value)


def _read_lessons(
    folder: Path, label: str, status: PackStatus, log: IssueLog
) -> tuple[list[Lesson], dict[str, str]]:
    lessons: list[Lesson] = []
    files: dict[str, str] = {}
    lessons_dir = folder / LESSONS_DIR
    if not lessons_dir.is_dir():
        return lessons, files
    for path in sorted(lessons_dir.iterdir()):
        file_label = f"{label}/{LESSONS_DIR}/{path.name}"
        if path.suffix != ".toml" or not path.is_file():
            log.warning(IssueCode.UNKNOWN_FILE, file_label)
            continue
        data = load_toml(path, file_label, log)
        if data is None:
            continue
        check_rules(data, file_label, log)
        complete = status is PackStatus.COMPLETE
        lesson = read_lesson(data, file_label, path.name, log, complete)
        if lesson.id in files:
            log.error(IssueCode.DUPLICATE_ID, file_label, "", "id", value=lesson.id)
            continue
        lessons.append(lesson)
        files[lesson.id] = file_label
    lessons.sort(key=lambda lesson: lesson.number)
    return lessons, files


def _read_module(
    folder: Path, label: str, status: PackStatus, log: IssueLog
) -> tuple[Module | None, dict[str, str]]:
    """`modules/<id>/`: module.toml (id, title, summary) and lessons/NN-<id>.toml, numbered
    1, 2, 3 … on their own."""
    header_label = f"{label}/{MODULE_FILE}"
    if not (folder / MODULE_FILE).is_file():
        log.error(IssueCode.MISSING_FILE, header_label)
        return None, {}
    data = load_toml(folder / MODULE_FILE, header_label, log)
    if data is None:
        return None, {}
    check_rules(data, header_label, log)
    reader = TableReader(data, header_label, "", log)
    module_id = reader.ident()
    title = reader.text("title")
    summary = reader.text("summary")
    reader.finish()
    if module_id and module_id != folder.name:
        log.error(
            IssueCode.MODULE_FOLDER, header_label, "", "id", found=module_id, expected=folder.name
        )
    lessons, files = _read_lessons(folder, label, status, log)
    if not lessons:
        log.add(_shortfall(status), IssueCode.MISSING_FILE, f"{label}/{LESSONS_DIR}")
    _check_numbers(lessons, f"{label}/{LESSONS_DIR}", _shortfall(status), log)
    owned = tuple(replace(lesson, module=folder.name) for lesson in lessons)
    return Module(folder.name, title, summary, owned), files


def _read_modules(
    folder: Path, language: str, status: PackStatus, known: dict[str, str], log: IssueLog
) -> tuple[tuple[Module, ...], dict[str, str]]:
    """Every module folder, in the order of their folder names; a lesson id may be used once in
    the whole pack (progress is stored by lesson id)."""
    modules: list[Module] = []
    files: dict[str, str] = {}
    modules_dir = folder / MODULES_DIR
    if not modules_dir.is_dir():
        return (), files
    for path in sorted(modules_dir.iterdir()):
        label = f"{language}/{MODULES_DIR}/{path.name}"
        if not path.is_dir():
            log.warning(IssueCode.UNKNOWN_FILE, label)
            continue
        module, module_files = _read_module(path, label, status, log)
        if module is None:
            continue
        kept: list[Lesson] = []
        for lesson in module.lessons:
            if lesson.id in known or lesson.id in files:
                log.error(
                    IssueCode.DUPLICATE_ID, module_files[lesson.id], "", "id", value=lesson.id
                )
                continue
            files[lesson.id] = module_files[lesson.id]
            kept.append(lesson)
        modules.append(replace(module, lessons=tuple(kept)))
    return tuple(modules), files


def _check_targets(
    prompts: tuple[Prompt, ...], folder: str, severity: Severity, log: IssueLog
) -> None:
    label = f"{folder}/{PROMPTS_FILE}"
    if len(prompts) < MIN_PROMPTS:
        log.add(
            severity,
            IssueCode.BELOW_TARGET,
            label,
            what="prompts",
            count=len(prompts),
            target=MIN_PROMPTS,
        )
    for theme in PromptTheme:
        count = sum(1 for prompt in prompts if prompt.theme is theme)
        if count < MIN_PROMPTS_PER_THEME:
            log.add(
                severity,
                IssueCode.THEME_BELOW_TARGET,
                label,
                "",
                "theme",
                theme=theme.value,
                count=count,
                target=MIN_PROMPTS_PER_THEME,
            )


def _read_library(
    folder: Path, language: str, status: PackStatus, log: IssueLog
) -> tuple[tuple[Prompt, ...], tuple[Activity, ...], HelpTemplate | None]:
    """prompts.toml, activities.toml and help.toml; a missing file is only a warning in a draft."""
    tables: dict[str, dict[str, Any]] = {}
    for file_name in LIBRARY_FILES:
        label = f"{language}/{file_name}"
        if not (folder / file_name).is_file():
            log.add(_shortfall(status), IssueCode.MISSING_FILE, label)
            continue
        data = load_toml(folder / file_name, label, log)
        if data is not None:
            check_rules(data, label, log)
            tables[file_name] = data
    prompts: tuple[Prompt, ...] = ()
    activities: tuple[Activity, ...] = ()
    help_template: HelpTemplate | None = None
    if PROMPTS_FILE in tables:
        prompts = read_prompts(tables[PROMPTS_FILE], f"{language}/{PROMPTS_FILE}", log)
        _check_targets(prompts, language, _shortfall(status), log)
    if ACTIVITIES_FILE in tables:
        label = f"{language}/{ACTIVITIES_FILE}"
        activities = read_activities(tables[ACTIVITIES_FILE], label, log)
        if len(activities) < MIN_ACTIVITIES:
            log.add(
                _shortfall(status),
                IssueCode.BELOW_TARGET,
                label,
                what="activities",
                count=len(activities),
                target=MIN_ACTIVITIES,
            )
    if HELP_FILE in tables:
        help_template = read_help(tables[HELP_FILE], f"{language}/{HELP_FILE}", log)
    return prompts, activities, help_template


def _check_suggested_activities(
    lessons: list[Lesson],
    lesson_files: dict[str, str],
    activities: tuple[Activity, ...],
    language: str,
    log: IssueLog,
) -> None:
    """Every closing suggests an activity the pack's own catalogue has."""
    known = {activity.id for activity in activities}
    for lesson in lessons:
        for step in lesson.steps:
            content = step.content
            if isinstance(content, Closing) and content.activity and content.activity not in known:
                log.error(
                    IssueCode.NOT_IN_CATALOGUE,
                    lesson_files[lesson.id],
                    f"steps[{step.id}]",
                    "activity",
                    value=content.activity,
                    catalogue=f"{language}/{ACTIVITIES_FILE}",
                )


def read_pack(root: Path, language: str) -> PackReading:
    """Read `<root>/<language>/` completely; never raises on bad content."""
    folder = root / language
    log = IssueLog()
    pack_label = f"{language}/{PACK_FILE}"
    if not (folder / PACK_FILE).is_file():
        log.error(IssueCode.MISSING_FILE, pack_label)
        return PackReading(language, None, log.issues)
    header = load_toml(folder / PACK_FILE, pack_label, log)
    if header is None:
        return PackReading(language, None, log.issues)
    name, version, status = _pack_header(header, pack_label, language, log)

    known = {PACK_FILE, LESSONS_DIR, MODULES_DIR, *LIBRARY_FILES, *IGNORED_FILES}
    for path in sorted(folder.iterdir()):
        if path.name not in known:
            log.warning(IssueCode.UNKNOWN_FILE, f"{language}/{path.name}")

    lessons, lesson_files = _read_lessons(folder, language, status, log)
    _check_series(lessons, language, status, log)
    modules, module_files = _read_modules(folder, language, status, lesson_files, log)
    lesson_files.update(module_files)
    every_lesson = lessons + [lesson for module in modules for lesson in module.lessons]

    prompts, activities, help_template = _read_library(folder, language, status, log)
    if (folder / ACTIVITIES_FILE).is_file():
        _check_suggested_activities(every_lesson, lesson_files, activities, language, log)
    pack = ContentPack(
        language=language,
        name=name,
        version=version,
        status=status,
        lessons=tuple(lessons),
        prompts=prompts,
        activities=activities,
        help=help_template,
        modules=modules,
    )
    return PackReading(language, pack, log.issues, lesson_files)
