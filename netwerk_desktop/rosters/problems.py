"""What is wrong with one row of an import, with its line so the teacher can find it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import assert_never


class RowProblemCode(StrEnum):
    NAME_TOO_LONG = "name_too_long"
    CONTROL_CHARACTER = "control_character"
    INVALID_CHARACTER = "invalid_character"


@dataclass(frozen=True)
class RowProblem:
    """`length` and `limit` apply to NAME_TOO_LONG, `character` (a code point) to the others."""

    code: RowProblemCode
    line: int
    length: int | None = None
    limit: int | None = None
    character: int | None = None

    def __str__(self) -> str:
        match self.code:
            case RowProblemCode.NAME_TOO_LONG:
                detail = f"the name has {self.length} characters; at most {self.limit} are allowed"
            case RowProblemCode.CONTROL_CHARACTER:
                detail = f"the name contains the control character {_code_point(self.character)}"
            case RowProblemCode.INVALID_CHARACTER:
                detail = (
                    f"the name contains {_code_point(self.character)}, which is not a character"
                    " (often the trace of an earlier failed conversion)"
                )
            case _:
                assert_never(self.code)
        return f"line {self.line}: {detail}"


def _code_point(character: int | None) -> str:
    return "?" if character is None else f"U+{character:04X}"
