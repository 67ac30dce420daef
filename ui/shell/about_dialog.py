"""About: version, where the data is, and the licences of what we ship."""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from netwerk_desktop import __version__
from netwerk_desktop.paths import resources_dir
from ui.common.placeholders import fill

# The libraries the app runs on and their licences (as their authors publish them).
LIBRARIES = (
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("ReportLab", "reportlab", "BSD"),
    ("platformdirs", "platformdirs", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("uharfbuzz (HarfBuzz)", "uharfbuzz", "Apache-2.0 (HarfBuzz: MIT)"),
)


def _version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def _fonts_text() -> str:
    readme = resources_dir() / "fonts" / "README.md"
    return readme.read_text(encoding="utf-8") if readme.is_file() else ""


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Netwerk Desktop"))
        title = QLabel(f"Netwerk Desktop {__version__}")
        title.setProperty("role", "title")
        summary = QLabel(
            self.tr(
                "For class teachers who run a lesson series against loneliness and for strong "
                "class communities. Everything stays on this computer."
            )
        )
        summary.setWordWrap(True)
        where = QLabel(fill(self.tr("Data folder: %1"), str(data_dir)))
        where.setObjectName("aboutDataDir")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(_version_of(dist))}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, dist, licence in LIBRARIES
        )
        fonts = html.escape(_fonts_text()) or html.escape(self.tr("No fonts are bundled."))
        licences = QTextBrowser()
        licences.setObjectName("aboutLicences")
        licences.setOpenExternalLinks(False)
        licences.setHtml(
            f"<h3>{html.escape(self.tr('Libraries'))}</h3>"
            f"<table cellpadding='4'>{rows}</table>"
            f"<h3>{html.escape(self.tr('Fonts'))}</h3><pre>{fonts}</pre>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(where)
        layout.addWidget(licences, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
