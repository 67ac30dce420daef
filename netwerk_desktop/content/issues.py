"""What the content checker finds: structured issues that name the file, the id path and the field.

Each issue carries a code and its parameters so the app can translate it; `str()` gives the
English line that `lessons check` prints.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from netwerk_desktop.errors import ErrorCode, NetwerkError


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class IssueCode(StrEnum):
    TOML_SYNTAX = "toml_syntax"
    MISSING_FILE = "missing_file"
    UNKNOWN_FILE = "unknown_file"
    FILE_NAME = "file_name"
    LANGUAGE_MISMATCH = "language_mismatch"
    UNKNOWN_KEY = "unknown_key"
    MISSING_FIELD = "missing_field"
    WRONG_TYPE = "wrong_type"
    EMPTY_TEXT = "empty_text"
    UNBALANCED_BOLD = "unbalanced_bold"
    BAD_ID = "bad_id"
    DUPLICATE_ID = "duplicate_id"
    UNKNOWN_VALUE = "unknown_value"
    OUT_OF_RANGE = "out_of_range"
    COUNT_OUT_OF_RANGE = "count_out_of_range"
    CHOOSE_ONE = "choose_one"
    PHASES_DO_NOT_ADD_UP = "phases_do_not_add_up"
    PHASE_ORDER = "phase_order"
    LESSON_TIME = "lesson_time"
    LESSON_OVERRUN = "lesson_overrun"
    PART_OVERRUN = "part_overrun"
    MARKER_COUNT = "marker_count"
    MARKER_PLACE = "marker_place"
    TOO_MANY_WORDS = "too_many_words"
    HANDOUT_NEEDED = "handout_needed"
    WRITING_UNTYPED = "writing_untyped"
    REFLECTION_NOT_PRIVATE = "reflection_not_private"
    ANSWER_WITHOUT_PILES = "answer_without_piles"
    PRINT_KIND_MISSING = "print_kind_missing"
    MATERIAL_NEEDS_STEP = "material_needs_step"
    NOT_IN_CATALOGUE = "not_in_catalogue"
    NOT_IN_LESSON_SET = "not_in_lesson_set"
    TEACHER_ONLY = "teacher_only"
    TEACHER_GOAL = "teacher_goal"
    NOTES_MINUTES = "notes_minutes"
    OPENING_STEP = "opening_step"
    CLOSING_STEP = "closing_step"
    LESSON_NUMBERS = "lesson_numbers"
    MODULE_FOLDER = "module_folder"
    KIND_UNUSED = "kind_unused"
    BELOW_TARGET = "below_target"
    THEME_BELOW_TARGET = "theme_below_target"
    PHONE_NUMBER = "phone_number"
    WEB_ADDRESS = "web_address"
    EMAIL_ADDRESS = "email_address"
    PERCENTAGE = "percentage"
    BUILTIN_NUMBER = "builtin_number"
    MISSING_BUILTIN = "missing_builtin"
    MISSING_IN_LANGUAGE = "missing_in_language"
    NOT_IN_REFERENCE = "not_in_reference"
    PARITY = "parity"


# English sentences for `str()`; the parameters are the same ones the UI translation receives.
_MESSAGES: Mapping[IssueCode, str] = {
    IssueCode.TOML_SYNTAX: "not valid TOML: {details}",
    IssueCode.MISSING_FILE: "file is missing",
    IssueCode.UNKNOWN_FILE: "file is not part of a content pack and is ignored",
    IssueCode.FILE_NAME: "lesson file should be named {expected}",
    IssueCode.LANGUAGE_MISMATCH: "language {found!r} does not match the folder {expected!r}",
    IssueCode.UNKNOWN_KEY: "unknown key (allowed here: {allowed})",
    IssueCode.MISSING_FIELD: "required field is missing",
    IssueCode.WRONG_TYPE: "should be {expected}, found {found}",
    IssueCode.EMPTY_TEXT: "text is empty",
    IssueCode.UNBALANCED_BOLD: "'**' markers do not pair up",
    IssueCode.BAD_ID: "{value!r} is not an id (lower-case letters, digits and single hyphens)",
    IssueCode.DUPLICATE_ID: "id {value!r} is used more than once",
    IssueCode.UNKNOWN_VALUE: "{value!r} is not one of: {allowed}",
    IssueCode.OUT_OF_RANGE: "{value} is outside {low}-{high}",
    IssueCode.COUNT_OUT_OF_RANGE: "has {count} entries; expected {low}-{high}",
    IssueCode.CHOOSE_ONE: "give exactly one of {choices}",
    IssueCode.PHASES_DO_NOT_ADD_UP: "phases add up to {phases} minutes but the step has {step}",
    IssueCode.PHASE_ORDER: "phase {mode!r} comes after {previous!r}; talk moves alone, partner, "
    "group, class",
    IssueCode.LESSON_TIME: "steps add up to {minutes} minutes, more than the lesson's {limit}",
    IssueCode.LESSON_OVERRUN: "steps take {steps} minutes and getting from one step to the next "
    "about {transitions} more: {planned} minutes, but the lesson has {minutes}",
    IssueCode.PART_OVERRUN: "taught in two parts, part {part} takes {planned} minutes with its "
    "transitions; a part has {limit}",
    IssueCode.MARKER_COUNT: "a lesson marks exactly one step with {key} = true; found {count}",
    IssueCode.MARKER_PLACE: "{key} cannot mark the {where} step",
    IssueCode.TOO_MANY_WORDS: "{words} words; keep it to {limit} (read from the back of the room)",
    IssueCode.HANDOUT_NEEDED: "a {kind} step needs a handout part with writing lines",
    IssueCode.WRITING_UNTYPED: 'say who reads this writing: writing = "shared" (printed under '
    'its exercise) or "private" (on the nameless part nobody collects)',
    IssueCode.REFLECTION_NOT_PRIVATE: 'a reflection is written for oneself: writing = "private"',
    IssueCode.ANSWER_WITHOUT_PILES: "a card's answer names a pile, and a ranking has none",
    IssueCode.PRINT_KIND_MISSING: "this material is printed from the app; say as what: "
    "print = one of {allowed}",
    IssueCode.MATERIAL_NEEDS_STEP: "a material printed as {kind} needs {what} in this lesson",
    IssueCode.NOT_IN_CATALOGUE: "{value!r} is not an activity in {catalogue}",
    IssueCode.NOT_IN_LESSON_SET: 'the app prints this material as {kind!r}, but "Everything '
    'for lesson {number}" does not',
    IssueCode.TEACHER_ONLY: "{value!r} belongs in the teacher's notes only, never in what "
    "students see or read",
    IssueCode.TEACHER_GOAL: "{value!r} is the teacher's goal about students; a student goal "
    "speaks to the students",
    IssueCode.NOTES_MINUTES: "the notes give a phase {minutes} minutes, but the step's phases take "
    "{phases}",
    IssueCode.OPENING_STEP: "a lesson opens with a partnership_meeting step, not {kind}",
    IssueCode.CLOSING_STEP: "a lesson ends with a closing step, not {kind}",
    IssueCode.LESSON_NUMBERS: "lesson numbers are {numbers}; expected 1 to {count} without gaps",
    IssueCode.MODULE_FOLDER: "module id {found!r} does not match its folder {expected!r}",
    IssueCode.KIND_UNUSED: "no lesson uses the step kind {kind!r}",
    IssueCode.BELOW_TARGET: "has {count} {what}; the series needs at least {target}",
    IssueCode.THEME_BELOW_TARGET: "theme {theme!r} has {count} prompts; the series needs at "
    "least {target}",
    IssueCode.PHONE_NUMBER: "{value!r} looks like a phone number; only 112 and 116 111 are "
    "built in",
    IssueCode.WEB_ADDRESS: "{value!r} looks like a web address; content has none",
    IssueCode.EMAIL_ADDRESS: "{value!r} looks like an e-mail address; content has none",
    IssueCode.PERCENTAGE: "{value!r} looks like a statistic; content states none",
    IssueCode.BUILTIN_NUMBER: "{value!r} is not a built-in number (only 112 and 116 111)",
    IssueCode.MISSING_BUILTIN: "the help template needs an entry with {number}",
    IssueCode.MISSING_IN_LANGUAGE: "{what} {item!r} is missing in {language}; "
    "{fallback} is shown instead",
    IssueCode.NOT_IN_REFERENCE: "{what} {item!r} exists in {language} but not in {reference}",
    IssueCode.PARITY: "{language} has {found}, {reference} has {expected}",
}


@dataclass(frozen=True)
class ContentIssue:
    """One finding. `file` is relative to the content root (e.g. `da/lessons/01-community.toml`),
    `path` the id path inside it (e.g. `steps[meeting].phases[1]`), `field` the key."""

    severity: Severity
    code: IssueCode
    file: str
    path: str = ""
    field: str = ""
    params: Mapping[str, str | int] = dataclasses.field(default_factory=dict, hash=False)
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def location(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        inside = ".".join(part for part in (self.path, self.field) if part)
        return f"{where}: {inside}" if inside else where

    @property
    def message(self) -> str:
        return _MESSAGES[self.code].format(**self.params)

    def __str__(self) -> str:
        return f"{self.severity}: {self.location}: {self.message}"


class ContentError(NetwerkError):
    """A content pack that cannot be loaded. Carries every error found in it."""

    code = ErrorCode.INVALID_VALUE

    def __init__(self, language: str, issues: list[ContentIssue]) -> None:
        errors = [issue for issue in issues if issue.is_error]
        lines = "\n".join(f"  {issue}" for issue in errors)
        super().__init__(
            f"The {language} content pack has {len(errors)} error(s):\n{lines}",
            language=language,
            count=len(errors),
        )
        self.issues = errors


class PackNotFound(NetwerkError):
    code = ErrorCode.NOT_FOUND

    def __init__(self, language: str, root: str) -> None:
        super().__init__(
            f"No content pack for {language!r} in {root}.", language=language, root=root
        )


class IssueLog:
    """Collects issues while one file is read, so every problem is reported, not just the first."""

    def __init__(self) -> None:
        self.issues: list[ContentIssue] = []

    def error(
        self, code: IssueCode, file: str, path: str = "", field: str = "", **params: str | int
    ) -> None:
        self.issues.append(ContentIssue(Severity.ERROR, code, file, path, field, params))

    def warning(
        self, code: IssueCode, file: str, path: str = "", field: str = "", **params: str | int
    ) -> None:
        self.issues.append(ContentIssue(Severity.WARNING, code, file, path, field, params))

    def add(
        self,
        severity: Severity,
        code: IssueCode,
        file: str,
        path: str = "",
        field: str = "",
        **params: str | int,
    ) -> None:
        self.issues.append(ContentIssue(severity, code, file, path, field, params))

    def extend(self, issues: list[ContentIssue]) -> None:
        self.issues.extend(issues)

    @property
    def has_errors(self) -> bool:
        return any(issue.is_error for issue in self.issues)
