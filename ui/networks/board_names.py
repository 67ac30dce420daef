"""What a teacher reads for the board's categories, kinds, statuses and moderation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netwerk_desktop.networks import Category, ItemKind, ItemStatus, NotPostedReason, Shown

CONTEXT = "BoardNames"
CATEGORY_NAMES: dict[Category, str] = {
    Category.STUDY: str(QT_TRANSLATE_NOOP("BoardNames", "School and study")),
    Category.WORK: str(QT_TRANSLATE_NOOP("BoardNames", "Jobs and internships")),
    Category.CLUBS: str(QT_TRANSLATE_NOOP("BoardNames", "Clubs and free time")),
    Category.SKILLS: str(QT_TRANSLATE_NOOP("BoardNames", "Learning something new")),
    Category.PRACTICAL: str(QT_TRANSLATE_NOOP("BoardNames", "Practical things")),
    Category.COMPANY: str(QT_TRANSLATE_NOOP("BoardNames", "Doing things together")),
}
KIND_NAMES: dict[ItemKind, str] = {
    ItemKind.NEED: str(QT_TRANSLATE_NOOP("BoardNames", "Need")),
    ItemKind.OFFER: str(QT_TRANSLATE_NOOP("BoardNames", "Offer")),
}
STATUS_NAMES: dict[ItemStatus, str] = {
    ItemStatus.OPEN: str(QT_TRANSLATE_NOOP("BoardNames", "Open")),
    ItemStatus.MATCHED: str(QT_TRANSLATE_NOOP("BoardNames", "Matched")),
    ItemStatus.DONE: str(QT_TRANSLATE_NOOP("BoardNames", "Done")),
    ItemStatus.WITHDRAWN: str(QT_TRANSLATE_NOOP("BoardNames", "Withdrawn")),
}
SHOWN_NAMES: dict[Shown, str] = {
    Shown.POSTED: str(QT_TRANSLATE_NOOP("BoardNames", "On the board")),
    Shown.HIDDEN: str(QT_TRANSLATE_NOOP("BoardNames", "Hidden")),
    Shown.NOT_POSTED: str(QT_TRANSLATE_NOOP("BoardNames", "Not posted")),
}
REASON_NAMES: dict[NotPostedReason, str] = {
    NotPostedReason.RISK: str(QT_TRANSLATE_NOOP("BoardNames", "A worry")),
    NotPostedReason.PERSONAL: str(QT_TRANSLATE_NOOP("BoardNames", "Too personal for the board")),
    NotPostedReason.UNCLEAR: str(QT_TRANSLATE_NOOP("BoardNames", "Unclear")),
    NotPostedReason.OTHER: str(QT_TRANSLATE_NOOP("BoardNames", "Another reason")),
}


def category_name(category: Category) -> str:
    return QCoreApplication.translate(CONTEXT, CATEGORY_NAMES[category])


def kind_name(kind: ItemKind) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_NAMES[kind])


def status_name(status: ItemStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_NAMES[status])


def shown_name(shown: Shown) -> str:
    return QCoreApplication.translate(CONTEXT, SHOWN_NAMES[shown])


def reason_name(reason: NotPostedReason) -> str:
    return QCoreApplication.translate(CONTEXT, REASON_NAMES[reason])
