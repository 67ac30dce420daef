"""From the board's state and its check to what the board draws and the warnings list shows:
headings, pins, who is away, and each warning on the cards and names it concerns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ui.common.messages.partnerships import (
    group_heading,
    is_serious,
    warning_order,
    warning_sentence,
)
from ui.partnerships.board_painter import BoardContent
from ui.partnerships.board_state import BoardCheck, BoardState
from ui.partnerships.warning_list_model import WarningRow


def warning_rows(
    check: BoardCheck, names: Mapping[int, str], numbers: Sequence[int]
) -> list[WarningRow]:
    ordered = sorted(check.warnings, key=warning_order)
    return [
        WarningRow(warning_sentence(w, names, numbers), is_serious(w), w.group_index)
        for w in ordered
    ]


def board_content(
    state: BoardState, check: BoardCheck | None, names: Mapping[int, str], numbers: Sequence[int]
) -> BoardContent:
    rotation = state.rotation or ()
    group_notes: dict[int, list[str]] = {}
    student_notes: dict[int, list[str]] = {}
    serious: set[int] = set()
    serious_students: set[int] = set()
    group_of = {s: g for g, group in enumerate(rotation) for pair in group for s in pair}
    for warning in sorted(check.warnings if check else (), key=warning_order):
        text = warning_sentence(warning, names, numbers)
        groups = {warning.group_index} if warning.group_index is not None else set()
        if not groups:  # a keep-together rule broken across two groups
            groups = {group_of[s] for s in warning.students if s in group_of}
        for group in groups:
            group_notes.setdefault(group, []).append(text)
            if is_serious(warning):
                serious.add(group)
        if len(warning.students) <= 3:  # a whole group too big or small is marked on the card
            for student in warning.students:
                student_notes.setdefault(student, []).append(text)
                if is_serious(warning):
                    serious_students.add(student)
    return BoardContent(
        rotation=rotation,
        names=names,
        headings=tuple(group_heading(index + 1) for index in range(len(rotation))),
        pins=frozenset(state.pins),
        away=frozenset(state.away),
        student_notes={s: "\n".join(texts) for s, texts in student_notes.items()},
        group_notes={g: tuple(texts) for g, texts in group_notes.items()},
        serious_groups=frozenset(serious),
        serious_students=frozenset(serious_students),
    )
