"""What a teacher reads for the directory's categories, statuses and sources."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netwerk_desktop.directory import DirectoryCategory, EntryDraft, EntrySource, EntryStatus
from ui.common.forms import short_date
from ui.common.placeholders import fill

CONTEXT = "DirectoryNames"
CATEGORY_NAMES: dict[DirectoryCategory, str] = {
    DirectoryCategory.SPORT: str(QT_TRANSLATE_NOOP("DirectoryNames", "Sport")),
    DirectoryCategory.CULTURE: str(QT_TRANSLATE_NOOP("DirectoryNames", "Culture and creativity")),
    DirectoryCategory.VOLUNTEERING: str(QT_TRANSLATE_NOOP("DirectoryNames", "Volunteering")),
    DirectoryCategory.YOUTH_CENTRE: str(QT_TRANSLATE_NOOP("DirectoryNames", "Youth centre")),
    DirectoryCategory.STUDY_HELP: str(QT_TRANSLATE_NOOP("DirectoryNames", "Study help")),
    DirectoryCategory.FAITH_COMMUNITY: str(
        QT_TRANSLATE_NOOP("DirectoryNames", "Faith and community")
    ),
    DirectoryCategory.HELP: str(QT_TRANSLATE_NOOP("DirectoryNames", "Help and advice")),
    DirectoryCategory.OTHER: str(QT_TRANSLATE_NOOP("DirectoryNames", "Other")),
}
STATUS_NAMES: dict[EntryStatus, str] = {
    EntryStatus.ACTIVE: str(QT_TRANSLATE_NOOP("DirectoryNames", "Active")),
    EntryStatus.PAUSED: str(QT_TRANSLATE_NOOP("DirectoryNames", "Paused")),
    EntryStatus.ENDED: str(QT_TRANSLATE_NOOP("DirectoryNames", "Ended")),
}
SOURCE_NAMES: dict[EntrySource, str] = {
    EntrySource.COORDINATOR: str(QT_TRANSLATE_NOOP("DirectoryNames", "The school")),
    EntrySource.CLASS: str(QT_TRANSLATE_NOOP("DirectoryNames", "A class’s suggestion")),
    EntrySource.IMPORT: str(QT_TRANSLATE_NOOP("DirectoryNames", "Imported from a file")),
}


def category_name(category: DirectoryCategory) -> str:
    return QCoreApplication.translate(CONTEXT, CATEGORY_NAMES[category])


def status_name(status: EntryStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_NAMES[status])


def source_name(source: EntrySource) -> str:
    return QCoreApplication.translate(CONTEXT, SOURCE_NAMES[source])


def ages_text(entry: EntryDraft) -> str:
    low, high = entry.age_min, entry.age_max
    if low is not None and high is not None:
        return fill(QCoreApplication.translate("DirectoryNames", "%1–%2"), str(low), str(high))
    if low is not None:
        return fill(QCoreApplication.translate("DirectoryNames", "from %1"), str(low))
    if high is not None:
        return fill(QCoreApplication.translate("DirectoryNames", "up to %1"), str(high))
    return ""


def checked_text(entry: EntryDraft) -> str:
    if entry.checked_on is None:
        return QCoreApplication.translate("DirectoryNames", "Not checked")
    if entry.checked_by:
        return fill(
            QCoreApplication.translate("DirectoryNames", "%1 by %2"),
            short_date(entry.checked_on),
            entry.checked_by,
        )
    return short_date(entry.checked_on)
