"""Errors from the handout engine: a code and parameters the UI can translate."""

from __future__ import annotations

from enum import Enum


class HandoutErrorCode(Enum):
    """What went wrong, in terms a teacher can act on."""

    NOTHING_TO_PRINT = "nothing_to_print"
    UNSUPPORTED_LANGUAGE = "unsupported_language"
    OUTPUT_NOT_WRITABLE = "output_not_writable"


_MESSAGES = {
    HandoutErrorCode.NOTHING_TO_PRINT: (
        "The {kind} handout has nothing to print: {missing} is empty."
    ),
    HandoutErrorCode.UNSUPPORTED_LANGUAGE: (
        "Handouts are not available in language {language!r}; choose da, en or nl."
    ),
    HandoutErrorCode.OUTPUT_NOT_WRITABLE: "Could not write the handout to {path}: {reason}.",
}


class HandoutError(Exception):
    """An error a teacher can meet; `code` and `params` let the UI say it in their language."""

    def __init__(self, code: HandoutErrorCode, **params: str) -> None:
        super().__init__(code.value)
        self.code = code
        self.params: dict[str, str] = dict(params)

    def __str__(self) -> str:
        return _MESSAGES[self.code].format(**self.params)


class LabelsFileError(Exception):
    """A handout labels file is broken: a developer error that names the file and the key."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        super().__init__(f"{path}: key {key!r}: {problem}")
        self.path = path
        self.key = key
        self.problem = problem
