"""Every error kind of the core, said in Danish, English and Dutch: a whole sentence in the
language, with every place filled and none of the core's English in it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from netwerk_desktop.content import ContentError, PackNotFound
from netwerk_desktop.directory import DirectoryError, DirectoryProblem
from netwerk_desktop.errors import (
    AlreadyExists,
    Ambiguous,
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseNewer,
    DatabaseUnreadable,
    DataDirInUse,
    DataFolderUnusable,
    DiskFull,
    ErrorCode,
    Field,
    InvalidValue,
    NetwerkError,
    NotABackup,
    NotFound,
    OutputNotWritten,
    OutputRefused,
    PathTooLong,
    Problem,
    ReadOnly,
    ReadOnlyReason,
)
from netwerk_desktop.events.errors import EventError, EventProblem
from netwerk_desktop.grouping import (
    ConflictKind,
    RotationWarning,
    Rule,
    RuleKind,
    RulesConflict,
    WarningKind,
)
from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.networks import BoardError, BoardProblem
from netwerk_desktop.rosters import RosterError, RosterErrorCode, RowProblem, RowProblemCode
from netwerk_desktop.server_errors import EditConflict, EditedPart, ServerError, ServerProblem
from netwerk_desktop.services.handout_records import HandoutNotPossible, HandoutProblem
from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from ui.common.languages import LanguageManager
from ui.common.messages import describe, describe_handout_error
from ui.common.messages.partnerships import conflict_sentence, warning_sentence
from ui.common.messages.roster import describe_row_problem

NAMES = {1: "Anna Holm", 2: "Bo Berg", 3: "Cai Lund"}
CORE_ERRORS: list[NetwerkError] = [
    DataDirInUse("/home/lærer/netwerk", "klasse-pc"),
    DatabaseNewer("netwerk.sqlite3", "0099", "0003"),
    DatabaseDamaged("netwerk.sqlite3", "database disk image is malformed"),
    DatabaseLocked(),
    DiskFull(),
    NotABackup("noter.txt", "file is not a database"),
    NotFound("class", "2.g"),
    Ambiguous("student", "Anna", ["Anna Holm (#1)", "Anna Berg (#2)"]),
    AlreadyExists("class", "2.g (2026/27)"),
    ReadOnly(),
    PathTooLong("E:/" + "mappe/" * 40 + "NetwerkData", 160),
    *(ReadOnly(reason) for reason in ReadOnlyReason),
    DatabaseMissing("netwerk.sqlite3", 3, "2026-12-01 08:00"),
    DatabaseEmpty("netwerk.sqlite3", 3, "2026-12-01 08:00"),
    DatabaseUnreadable("netwerk.sqlite3", "Permission denied"),
    DataFolderUnusable("/proc/netwerk", "it is a system folder"),
    OutputRefused("netwerk.sqlite3", "it is the Netwerk Desktop database or one of its files"),
    OutputNotWritten("/media/usb/ark.pdf", "No space left on device"),
    *(
        InvalidValue(field, "x" * 5, "the core's reason in English", problem, 100)
        for field, problem in itertools.product(Field, Problem)
    ),
    ContentError("da", []),
    PackNotFound("fr", "resources/content"),
    *(EventError(problem, "the core's reason in English", 4) for problem in EventProblem),
    *(NetworkError(problem, "Nordby", 2) for problem in NetworkProblem),
    *(ServerError(problem, "the core's detail") for problem in ServerProblem),
    *(EditConflict("2.g", part.value, "anna_h", 3, 4) for part in EditedPart),
    EditConflict("2.g", EditedPart.CHARTER.value, "", 3, 4),
]


def _samples() -> Iterator[tuple[str, Callable[[], str]]]:
    for error in CORE_ERRORS:
        name = f"{type(error).__name__}"
        if isinstance(error, InvalidValue):
            name += f"-{error.field.name}-{error.problem.name}"
        if isinstance(error, EventError | NetworkError | ServerError):
            name += f"-{error.problem.name}"
        if isinstance(error, EditConflict):
            name += f"-{error.part}-{error.by or 'unknown'}"
        yield name, lambda error=error: describe(error)
    for code in RosterErrorCode:
        error = RosterError(
            code,
            path="elever.csv",
            line=3,
            column="Fornavn",
            sheet="2.g",
            sheets=("1.g", "3.g"),
            format_name="ods",
            limit=5000,
        )
        yield f"RosterError-{code.name}", lambda error=error: describe(error)
    for row_code in RowProblemCode:
        problem = RowProblem(row_code, line=4, length=240, limit=200, character=0x202E)
        yield f"RowProblem-{row_code.name}", lambda problem=problem: describe_row_problem(problem)
    for handout_problem in HandoutProblem:
        not_possible = HandoutNotPossible(
            handout_problem, kind="worksheet", choices="a, b", lesson="x", class_name="2.g"
        )
        yield (
            f"HandoutNotPossible-{handout_problem.name}",
            lambda error=not_possible: describe_handout_error(error)[0],
        )
    for handout_code in HandoutErrorCode:
        handout_error = HandoutError(
            handout_code, kind="worksheet", missing="x", language="fr", path="/x", reason="y"
        )
        yield f"HandoutError-{handout_code.name}", lambda error=handout_error: describe(error)
    for board_problem in BoardProblem:
        board_error = BoardError(
            board_problem, "x", code="KTB", kind="need", names="Anna Holm", limit=160,
            letters="B C D", closes_on="2027-03-18", what="item",
        )  # fmt: skip
        yield f"BoardError-{board_problem.name}", lambda error=board_error: describe(error)
    for directory_problem in DirectoryProblem:
        directory_error = DirectoryError(
            directory_problem, "x", path="liste.csv", reason="y", field="name", limit=200,
            low=20, high=15, role="counsellor",
        )  # fmt: skip
        yield (
            f"DirectoryError-{directory_problem.name}",
            lambda error=directory_error: describe(error),
        )
    with_line = DirectoryError(DirectoryProblem.NO_NAME, "x", line=4)
    yield "DirectoryError-with-line", lambda error=with_line: describe(error)
    for warning_kind in WarningKind:
        warning = RotationWarning(warning_kind, (1, 2), rotation_index=0, group_index=1)
        yield (
            f"Warning-{warning_kind.name}",
            lambda warning=warning: warning_sentence(warning, NAMES, [3]),
        )
    for conflict_kind in ConflictKind:
        conflict = RulesConflict(conflict_kind, (Rule(RuleKind.KEEP_APART, (1, 2)),))
        yield (
            f"Conflict-{conflict_kind.name}",
            lambda conflict=conflict: conflict_sentence(conflict, NAMES),
        )


SAMPLES = dict(_samples())


def render_all(app: QApplication, language: str) -> dict[str, str]:
    manager = LanguageManager(app)
    try:
        manager.apply(language)
        return {name: sample() for name, sample in SAMPLES.items()}
    finally:
        manager.uninstall()
        manager.deleteLater()


@pytest.fixture(scope="module")
def said(qapp: QApplication) -> dict[str, dict[str, str]]:
    return {language: render_all(qapp, language) for language in ("en", "da", "nl")}


def test_every_error_code_of_the_core_has_a_sample() -> None:
    assert {error.code for error in CORE_ERRORS} == set(ErrorCode)


@pytest.mark.parametrize("language", ["da", "en", "nl"])
@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_every_error_is_a_whole_sentence_in_the_language(
    said: dict[str, dict[str, str]], language: str, sample: str
) -> None:
    text = said[language][sample]
    assert text.strip(), "no sentence at all"
    assert not re.search(r"%\d", text), f"a place is left unfilled: {text}"
    assert "the core's reason in English" not in text
    for english in ("database disk image is malformed", "Permission denied", "No space left"):
        assert english not in text, f"the core's English in: {text}"
    if language != "en":
        assert text != said["en"][sample], f"still English in {language}: {text}"
