"""Reads the content pack for a language off the GUI thread (the first read of a language parses
its TOML files, about a tenth of a second) and hands it to the screen that asked."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.common.tasks import Task, TaskControl, run_in_background

if TYPE_CHECKING:
    from netwerk_desktop.content import ContentPack

log = logging.getLogger(__name__)


def _read(language: str) -> ContentPack:
    from netwerk_desktop.content import load_pack

    return load_pack(language)


class PackLoader(QObject):
    loaded = Signal(object)  # the ContentPack
    failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack: ContentPack | None = None
        self.wanted: str | None = None
        self.task: Task | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def load(self, language: str) -> None:
        """Read `language`; an answer for a language asked for earlier is dropped."""
        if language == self.wanted and (self.busy or self.pack is not None):
            return
        self.wanted = language

        def work(_control: TaskControl) -> ContentPack:
            return _read(language)

        self.task = run_in_background(work, self, succeeded=self._arrived, failed=self._went_wrong)

    def _arrived(self, pack: ContentPack) -> None:
        if pack.language != self.wanted:
            return
        self.pack = pack
        self.loaded.emit(pack)

    def _went_wrong(self, error: BaseException) -> None:
        if self.sender() is not self.task:
            return  # a language asked for earlier
        log.error("Content pack %s could not be read: %s", self.wanted, error)
        self.pack = None
        self.failed.emit(error)
