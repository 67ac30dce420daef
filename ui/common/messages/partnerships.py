"""The partnerships' sentences for what is wrong on a board: warnings (a rule broken, a group
too big, partners again), and rules that cannot all be kept. Whole sentences with places only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.grouping import (
    ConflictKind,
    RotationWarning,
    Rule,
    RuleKind,
    RulesConflict,
    WarningKind,
)
from ui.common.placeholders import fill

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def name_of(names: Mapping[int, str], student_id: int) -> str:
    return names.get(student_id, "?")


def name_list(names: Sequence[str]) -> str:
    """ "Anna", "Anna and Bo", "Anna, Bo and Cai" in the interface language."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return fill(translate("PartnershipText", "%1 and %2"), ", ".join(names[:-1]), names[-1])


def group_heading(number: int) -> str:
    return fill(translate("PartnershipText", "Group %1"), str(number))


# Warnings on the board -------------------------------------------------------------------------

# Rule breaks first, then sizes, then repeats: the order a teacher fixes things in.
_WARNING_ORDER = (
    WarningKind.BREAKS_KEEP_APART,
    WarningKind.BREAKS_KEEP_TOGETHER,
    WarningKind.GROUP_TOO_BIG,
    WarningKind.GROUP_TOO_SMALL,
    WarningKind.PAIR_TOO_BIG,
    WarningKind.PAIR_TOO_SMALL,
    WarningKind.PARTNERS_BEFORE,
    WarningKind.MET_BEFORE,
)


def warning_order(warning: RotationWarning) -> tuple[int, int]:
    group = -1 if warning.group_index is None else warning.group_index
    return (_WARNING_ORDER.index(warning.kind), group)


def is_serious(warning: RotationWarning) -> bool:
    """Rule breaks and sizes: the board marks these louder than an earlier meeting."""
    return warning.kind not in (WarningKind.MET_BEFORE, WarningKind.PARTNERS_BEFORE)


def warning_sentence(
    warning: RotationWarning, names: Mapping[int, str], rotation_numbers: Sequence[int]
) -> str:
    """`rotation_numbers[i]` is the number of the i-th rotation of the history checked against."""
    people = [name_of(names, s) for s in warning.students]
    first = people[0] if people else ""
    second = people[1] if len(people) > 1 else ""
    group = "" if warning.group_index is None else group_heading(warning.group_index + 1)
    when = ""
    if warning.rotation_index is not None and warning.rotation_index < len(rotation_numbers):
        when = str(rotation_numbers[warning.rotation_index])
    kind, size = warning.kind, len(people)  # lupdate reads a plain name as the count only
    if kind is WarningKind.PARTNERS_BEFORE:
        text = translate("PartnershipText", "%1 and %2 were partners in rotation %3.")
    elif kind is WarningKind.MET_BEFORE:
        text = translate("PartnershipText", "%1 and %2 were in the same group in rotation %3.")
    elif kind is WarningKind.BREAKS_KEEP_APART:
        text = translate(
            "PartnershipText", "Breaks a keep-apart rule: %1 and %2 are in the same group."
        )
    elif kind is WarningKind.BREAKS_KEEP_TOGETHER:
        text = translate(
            "PartnershipText", "Breaks a keep-together rule: %1 and %2 are in different groups."
        )
    elif kind is WarningKind.GROUP_TOO_BIG:
        return fill(
            translate(
                "PartnershipText",
                "%1 has %n student(s), more than a group should have.",
                None,
                size,
            ),
            group,
        )
    elif kind is WarningKind.GROUP_TOO_SMALL:
        return fill(translate("PartnershipText", "%1 has only %n student(s).", None, size), group)
    elif kind is WarningKind.PAIR_TOO_BIG:
        return fill(
            translate(
                "PartnershipText",
                "%1 are one pair of %n students; a pair has two or three.",
                None,
                size,
            ),
            name_list(people),
        )
    else:
        return fill(translate("PartnershipText", "%1 has no partner in %2."), first, group)
    return fill(text, first, second, when)


# Rules that cannot all be kept -----------------------------------------------------------------


def rule_line(rule: Rule, names: Mapping[int, str]) -> str:
    people = name_list([name_of(names, s) for s in rule.students])
    if rule.kind is RuleKind.KEEP_APART:
        return fill(translate("PartnershipText", "Keep %1 apart"), people)
    if rule.kind is RuleKind.KEEP_TOGETHER:
        return fill(translate("PartnershipText", "Keep %1 together"), people)
    if rule.kind is RuleKind.LOCKED_PAIR:
        return fill(translate("PartnershipText", "%1 stay partners"), people)
    if rule.kind is RuleKind.LOCKED_STUDENTS:
        return fill(translate("PartnershipText", "Pinned where they are: %1"), people)
    if rule.kind is RuleKind.CURRENT_PAIR:
        return fill(translate("PartnershipText", "Same pairs: %1 stay partners"), people)
    return fill(translate("PartnershipText", "Same groups: %1 stay in one group"), people)


def conflict_sentence(conflict: RulesConflict, names: Mapping[int, str]) -> str:
    kind = conflict.kind
    if kind is ConflictKind.APART_AND_TOGETHER:
        head = translate(
            "PartnershipText",
            "No partnerships were made: these rules keep students both apart and together.",
        )
    elif kind is ConflictKind.GROUP_TOO_BIG:
        head = translate(
            "PartnershipText",
            "No partnerships were made: these rules put more students in one group than a "
            "group can hold.",
        )
    elif kind is ConflictKind.LOCKED_PAIRS_OVERLAP:
        head = translate(
            "PartnershipText",
            "No partnerships were made: these rules hold one student in two pairs.",
        )
    elif kind is ConflictKind.TOO_MANY_TRIOS:
        head = translate(
            "PartnershipText",
            "No partnerships were made: these trios leave too few students for pairs.",
        )
    else:
        head = translate(
            "PartnershipText",
            "No partnerships were made: no way of forming the groups keeps all these rules.",
        )
    lines = [head, *("• " + rule_line(rule, names) for rule in conflict.rules)]
    lines.append(
        translate(
            "PartnershipText", "Change or remove one of them under “Rules”, or unpin a student."
        )
    )
    return "\n".join(lines)
