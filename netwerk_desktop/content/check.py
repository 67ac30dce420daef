"""`check_packs`: every issue in every content pack, and between them. The same check runs in
`lessons check` and in the test suite."""

from __future__ import annotations

from pathlib import Path

from netwerk_desktop.content.issues import ContentIssue, IssueCode, IssueLog
from netwerk_desktop.content.parity import check_parity
from netwerk_desktop.content.reading.loading import content_root
from netwerk_desktop.content.reading.pack import (
    IGNORED_FILES,
    LESSONS_DIR,
    LIBRARY_FILES,
    PACK_FILE,
    PackReading,
    read_pack,
)


def _looks_like_pack(folder: Path) -> bool:
    """A folder with content files (not only the handout labels) is meant to be a pack."""
    names = {path.name for path in folder.iterdir()} - IGNORED_FILES
    return bool(names & {LESSONS_DIR, *LIBRARY_FILES})


def read_all(root: Path | None = None) -> tuple[list[PackReading], list[ContentIssue]]:
    """Every language folder read, plus issues about folders that are not packs yet."""
    folder = root or content_root()
    log = IssueLog()
    readings: list[PackReading] = []
    if not folder.is_dir():
        log.error(IssueCode.MISSING_FILE, str(folder))
        return readings, log.issues
    for language_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        if (language_dir / PACK_FILE).is_file():
            readings.append(read_pack(folder, language_dir.name))
        elif _looks_like_pack(language_dir):
            log.error(IssueCode.MISSING_FILE, f"{language_dir.name}/{PACK_FILE}")
    return readings, log.issues


def check_packs(root: Path | None = None) -> list[ContentIssue]:
    """All issues, errors and warnings, pack by pack and then parity between the packs."""
    readings, issues = read_all(root)
    for reading in readings:
        issues.extend(reading.issues)
    issues.extend(check_parity(readings))
    return issues
