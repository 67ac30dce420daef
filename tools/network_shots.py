"""Pictures of the needs-and-offers board (the teacher's screen and the class view) and of the
school's directory, from a throw-away data folder with the demo class.

    QT_QPA_PLATFORM=offscreen python -m tools.network_shots docs/shots [--language da]

The slips and places are made up for the pictures; the app itself ships none.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netwerk_desktop.demo import DEMO_CLASS, DEMO_STUDENTS, fill_demo
from netwerk_desktop.directory import DirectoryCategory, EntryDraft
from netwerk_desktop.languages import LANGUAGES
from netwerk_desktop.networks import Category, ItemKind, NotPostedReason, Shown
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tools.shots import settle
from ui.common.app_settings import AppSettings, Setting
from ui.networks.networks_screen import NetworksScreen
from ui.shell.app import start

WIDTH = 900  # small enough for a note; the screens are laid out at 1280x800

DANISH = {
    "Someone to revise history with before the exam": "En at læse historie med før eksamen",
    "I can teach the basics of chess": "Jeg kan lære andre at spille skak",
    "A summer job in a shop or a café": "Et sommerjob i en butik eller en café",
    "I can fix a flat bike tyre": "Jeg kan lappe en cykel",
    "Someone to go to a first choir rehearsal with": "En at følges med til den første korprøve",
    "Someone I know runs a bakery and needs summer help": (
        "En, jeg kender, har et bageri og mangler sommerhjælp"
    ),
    "I like explaining maths": "Jeg kan godt lide at forklare matematik",
    "Someone to go running with on Sundays": "En at løbe med om søndagen",
    "Somewhere to sleep next week": "Et sted at sove i næste uge",
}
SLIPS = (
    ("KTB", ItemKind.NEED, Category.STUDY, "Someone to revise history with before the exam"),
    ("KTB", ItemKind.OFFER, Category.SKILLS, "I can teach the basics of chess"),
    ("PLR", ItemKind.NEED, Category.WORK, "A summer job in a shop or a café"),
    ("PLR", ItemKind.OFFER, Category.PRACTICAL, "I can fix a flat bike tyre"),
    ("ZZX", ItemKind.NEED, Category.CLUBS, "Someone to go to a first choir rehearsal with"),
    ("DDG", ItemKind.OFFER, Category.WORK, "Someone I know runs a bakery and needs summer help"),
    ("MNP", ItemKind.OFFER, Category.STUDY, "I like explaining maths"),
    ("RST", ItemKind.NEED, Category.COMPANY, "Someone to go running with on Sundays"),
    ("BCF", ItemKind.NEED, Category.PRACTICAL, "Somewhere to sleep next week"),
)
PLACES = (
    EntryDraft(
        "Example Football Club – girls U19",
        DirectoryCategory.SPORT,
        activity="Training twice a week",
        age_min=15,
        age_max=19,
        drop_in=True,
        bring_friend=True,
        schedule="Tuesday and Thursday 17–19",
        checked_by="M. (counsellor)",
    ),
    EntryDraft(
        "Example Youth House",
        DirectoryCategory.YOUTH_CENTRE,
        activity="Games, music room and homework corner",
        age_min=13,
        age_max=21,
        free=True,
        drop_in=True,
    ),
    EntryDraft(
        "Example Library homework café",
        DirectoryCategory.STUDY_HELP,
        activity="Volunteers help with maths and languages",
        free=True,
        checked_by="M. (counsellor)",
    ),
    EntryDraft(
        "Example Choir",
        DirectoryCategory.CULTURE,
        activity="Pop and gospel, no audition",
        age_min=16,
        cost="Small fee per term",
    ),
)


def fill(workspace: Workspace, language: str) -> int:
    fill_demo(workspace)
    summary = next(c for c in workspace.classes.list_classes() if c.name == DEMO_CLASS)
    if language != "da":  # a class that speaks the pictures' language, with the same students
        summary = workspace.classes.create(f"{DEMO_CLASS} ({language})", content_language=language)
        workspace.roster.add_students(summary.id, list(DEMO_STUDENTS))
    board = workspace.board.open_board(summary.id, date.today() + timedelta(days=14))
    ids = {}
    for code, kind, category, text in SLIPS:
        text = DANISH[text] if language == "da" else text
        ids[(code, kind)] = workspace.board.add_item(board.id, code, kind, category, text).id
    need, offer = ids[("PLR", ItemKind.NEED)], ids[("DDG", ItemKind.OFFER)]
    workspace.board.match(need, offer, introduction=True)
    workspace.board.match(ids[("KTB", ItemKind.NEED)], ids[("MNP", ItemKind.OFFER)])
    workspace.board.moderate(ids[("BCF", ItemKind.NEED)], Shown.NOT_POSTED, NotPostedReason.RISK)
    today = date.today()
    for place in PLACES:
        checked = today - timedelta(days=30) if place.checked_by else None
        workspace.directory.add(replace(place, checked_on=checked))
    return summary.id


def take(out: Path, language: str) -> list[Path]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="netwerk-shots-") as tmp:
        location = DataLocation(Path(tmp))
        with Workspace.open(location) as workspace:
            class_id = fill(workspace, language)
            settings = AppSettings(location.settings_file)
            settings.set_value(Setting.LANGUAGE, language)
            settings.sync()
            running = start(app, workspace)
            window = running.window
            window.resize(1280, 800)
            window.show()
            window.show_screen("board", class_id)
            settle()
            screen = window.screen_for("board")
            assert isinstance(screen, NetworksScreen)
            saved.append(_save(window.grab(), out / f"board-teacher-{language}.png"))
            screen.toggle_class_view()
            projection = screen.projection
            assert projection is not None
            projection.audience.showNormal()
            projection.audience.resize(1280, 720)
            settle()
            saved.append(_save(projection.audience.grab(), out / f"board-class-{language}.png"))
            projection.stop()
            window.show_screen("directory")
            settle()
            saved.append(_save(window.grab(), out / f"directory-{language}.png"))
            running.close()
    return saved


def _save(picture: object, path: Path) -> Path:
    from PySide6.QtGui import QPixmap

    assert isinstance(picture, QPixmap)
    small = picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    small.save(str(path), "PNG")
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.network_shots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", choices=LANGUAGES)
    args = parser.parse_args(argv)
    for path in take(args.out, args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
