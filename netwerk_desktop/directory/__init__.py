"""The school's directory of local communities and places to get help: entries kept by the
school, search and filter, entries not checked in a year, CSV in Open Referral (HSDS) columns,
and the help cards' contacts. The values and the CSV live here; the use cases are
`services/directory.py`."""

from netwerk_desktop.directory.errors import DirectoryError, DirectoryProblem
from netwerk_desktop.directory.records import (
    DirectoryCategory,
    DirectoryFilter,
    Entry,
    EntryDraft,
    EntrySource,
    EntryStatus,
    ImportProblem,
    ImportReason,
    ImportReport,
)

__all__ = [
    "DirectoryCategory",
    "DirectoryError",
    "DirectoryFilter",
    "DirectoryProblem",
    "Entry",
    "EntryDraft",
    "EntrySource",
    "EntryStatus",
    "ImportProblem",
    "ImportReason",
    "ImportReport",
]
