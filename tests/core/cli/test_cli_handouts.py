"""`handouts kinds|make|lesson|contacts` on a real data folder, read back with poppler."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from netwerk_desktop.content import PromptTheme, load_pack
from netwerk_desktop.directory import DirectoryCategory, EntryDraft
from netwerk_desktop.handouts import HandoutKind, load_labels
from netwerk_desktop.networks import Category, ItemKind
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.cli import run
from tests.core.handouts.poppler import needs_poppler, pdftotext
from tests.core.services.test_handouts_service import insert_rotation

NAMES = ("Søren Ærø", "Łucja Żółkiewska", "Дмитрий Шевченко", "Nguyễn Thị Ánh", "Ahmad Rahimi")
RULES = ("Vi siger hej til hinanden om morgenen.", "Alle bliver inviteret til fester.")
JOB = "Et sommerjob i et bageri"
BAKERY = "Min onkel har et bageri"
CLUB = "Nordby Boldklub"


@pytest.fixture
def data(tmp_path: Path) -> str:
    """A Danish class "2.g" with five students, partnerships and a charter; the folder closed."""
    location = DataLocation(tmp_path / "data")
    with Workspace.open(location) as workspace:
        summary = workspace.classes.create("2.g", content_language="da")
        students, _ = workspace.roster.add_students(summary.id, list(NAMES))
        ids = {s.display_name: s.id for s in students}
        pairs = [[ids[NAMES[0]], ids[NAMES[1]]], [ids[NAMES[2]], ids[NAMES[3]], ids[NAMES[4]]]]
        insert_rotation(workspace, summary.id, [pairs])
        workspace.charter.save(summary.id, list(RULES))
        board = workspace.board.open_board(summary.id, date.today() + timedelta(days=14))
        need = workspace.board.add_item(board.id, "KTB", ItemKind.NEED, Category.WORK, JOB)
        offer = workspace.board.add_item(board.id, "PLR", ItemKind.OFFER, Category.WORK, BAKERY)
        workspace.board.match(need.id, offer.id, introduction=True)
        workspace.directory.add(EntryDraft(CLUB, DirectoryCategory.SPORT, checked_on=date.today()))
        workspace.classes.create("1.x", content_language="en")
    return str(location.data_dir)


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def test_kinds_lists_every_kind_with_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "handouts", "kinds")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [kind.value for kind in HandoutKind]
    code, out, _ = run(capsys, "handouts", "kinds", "--json")
    rows = {row["kind"]: row for row in json.loads(out)}
    assert rows["worksheet"]["needs"] == ["--lesson"] and rows["worksheet"]["per_student"]
    assert rows["charter-poster"]["per_student"] is False


@needs_poppler
@pytest.mark.parametrize("kind", list(HandoutKind), ids=lambda kind: kind.value)
def test_make_each_kind(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, kind: HandoutKind
) -> None:
    labels = load_labels("da")
    pack = load_pack("da")
    out = tmp_path / f"{kind.value}.pdf"
    extra: list[str] = []
    if kind in (
        HandoutKind.WORKSHEET,
        HandoutKind.TEACHER_GUIDE,
        HandoutKind.SORTING_CARDS,
        HandoutKind.SORTING_SHEET,
    ):
        extra = ["--lesson", "partnerships"]
    if kind is HandoutKind.DISCUSSION_CARDS:
        extra = ["--theme", "worried-friend"]
    if kind in (HandoutKind.WORKSHEET, HandoutKind.NETWORK_MAP):
        extra.append("--per-student")
    # When the handout is made
    code, _, err = run(
        capsys, "--data-dir", data, "handouts", "make", "--class", "2.g", "--kind", kind.value,
        *extra, "--out", str(out),
    )  # fmt: skip
    # Then the file is there, said so, and carries the class's names and Danish labels
    assert code == 0, err
    assert err.startswith(f"Wrote {out}") and not out.with_name(out.name + ".part").exists()
    text = pdftotext(out)
    assert "2.g" in text
    lesson = pack.lesson("partnerships")
    assert lesson is not None
    expected: dict[HandoutKind, tuple[list[str], int | None]] = {
        HandoutKind.WORKSHEET: ([labels.text("worksheet.name"), lesson.title, *NAMES], None),
        HandoutKind.TEACHER_GUIDE: ([labels.text("teacher_guide.steps"), lesson.title], None),
        HandoutKind.PARTNERSHIP_OVERVIEW: (
            [labels.text("partnership_overview.title"), *NAMES],
            1,
        ),
        HandoutKind.PARTNERSHIP_CARDS: ([labels.text("partnership_cards.duties"), *NAMES], 1),
        HandoutKind.CHARTER_POSTER: ([labels.text("charter.title"), *RULES], 1),
        HandoutKind.HELP_CARDS: ([labels.text("help.title"), "112", "116 111"], 1),
        HandoutKind.DISCUSSION_CARDS: (
            [p.text for p in pack.prompts_for(PromptTheme.WORRIED_FRIEND)][:1],
            math.ceil(len(pack.prompts_for(PromptTheme.WORRIED_FRIEND)) / 6),
        ),
        # One map (and its need page) each, and never a name on it
        HandoutKind.NETWORK_MAP: ([labels.text("network_map.private")], 2 * len(NAMES)),
        # One set per partnership group (the class has one group of five)
        HandoutKind.SORTING_CARDS: ([labels.text("sorting_cards.pile")], 2),  # 15 cards
        HandoutKind.SORTING_SHEET: ([labels.text("sorting_sheet.piles")], 1),
        HandoutKind.COLLEAGUE_SHEET: ([labels.text("colleague_sheet.title"), *NAMES], 1),
        # A slip per student, six to a sheet; the board's first codes, never a name
        HandoutKind.BOARD_SLIPS: ([labels.text("board_slips.rules_title")], 1),
        HandoutKind.INTRODUCTION_CARDS: (["KTB", "PLR", JOB], 2),
        HandoutKind.BOARD_POSTER: ([labels.text("board.categories.work")], 1),
        HandoutKind.BOARD_TALLY: ([labels.text("board_tally.needs")], 1),
        HandoutKind.DIRECTORY_LEAFLET: ([CLUB, labels.text("directory.categories.sport")], 1),
        HandoutKind.DIRECTORY_CARDS: ([CLUB], 1),
    }
    words, page_count = expected[kind]
    flat = " ".join(text.split())
    for word in words:
        assert " ".join(word.split()) in flat, word
    if page_count is not None:
        assert pages(out) == page_count
    if kind is HandoutKind.WORKSHEET:
        assert pages(out) % len(NAMES) == 0  # the same pages for every student
    if kind in (HandoutKind.NETWORK_MAP, HandoutKind.BOARD_SLIPS, HandoutKind.BOARD_TALLY):
        assert not any(name in text for name in NAMES)


@needs_poppler
def test_language_override_and_the_schools_contacts(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys, "--data-dir", data, "handouts", "contacts", "--lang", "nl",
        "--set", "counsellor", "name", "Sanne de Vries", "--set", "counsellor", "room", "B 1.12",
    )  # fmt: skip
    assert code == 0 and "counsellor\tname\tSanne de Vries" in out
    assert "counsellor\thours\t(blank)" in out
    pdf = tmp_path / "help.pdf"
    code, _, _ = run(
        capsys, "--data-dir", data, "handouts", "make", "--class", "2.g", "--kind", "help-cards",
        "--lang", "nl", "--paper", "letter", "--out", str(pdf),
    )  # fmt: skip
    assert code == 0
    text = pdftotext(pdf)
    cards = text.count(load_labels("nl").text("help.title"))
    assert cards >= 2 and text.count("Sanne de Vries") == cards
    width = float(PdfReader(pdf).pages[0].mediabox.width)
    assert abs(width - 612) < 1  # US Letter is 8.5 in wide
    code, _, err = run(
        capsys, "--data-dir", data, "handouts", "contacts", "--set", "counsellor", "shoe", "42"
    )
    assert code == 2 and "counsellor room" in err


@needs_poppler
def test_everything_for_a_lesson(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    folder = tmp_path / "lesson3"
    code, out, err = run(
        capsys, "--data-dir", data, "handouts", "lesson", "--class", "2.g",
        "--lesson", "partnerships", "--out-dir", str(folder),
    )  # fmt: skip
    assert code == 0, err
    files = [Path(line) for line in out.splitlines()]
    assert [f.name for f in files] == [
        "01-worksheet.pdf",
        "02-teacher-guide.pdf",
        "03-partnership-overview.pdf",
        "04-sorting-cards.pdf",
        "05-partnerships-for-colleagues.pdf",
        "06-help-cards.pdf",
        "07-partnership-cards.pdf",
    ]
    assert all(name in pdftotext(files[0]) for name in NAMES)
    # The school has not filled in its help contacts: it is told before the cards print blank
    assert "help contacts are not filled in" in err
    run(capsys, "--data-dir", data, "handouts", "contacts", "--set", "counsellor", "name", "Bo")
    code, _, err = run(
        capsys, "--data-dir", data, "handouts", "lesson", "--class", "2.g",
        "--lesson", "partnerships", "--out-dir", str(tmp_path / "again"),
    )  # fmt: skip
    assert code == 0 and "help contacts are not filled in" not in err


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["--kind", "worksheet"], 2, "is made for a lesson"),
        (["--kind", "worksheet", "--lesson", "nope"], 2, "There is no lesson 'nope'"),
        (["--kind", "poster"], 2, "No handout kind 'poster'"),
        (["--kind", "discussion-cards"], 2, "theme or a lesson"),
        (["--kind", "discussion-cards", "--theme", "weather"], 2, "No prompt theme"),
        (["--kind", "charter-poster", "--per-student"], 2, "same for everyone"),
        (["--kind", "charter-poster", "--class", "1.x"], 1, "no class charter yet"),
        (["--kind", "partnership-cards", "--class", "1.x"], 1, "no partnerships yet"),
        (["--kind", "network-map", "--per-student", "--class", "1.x"], 1, "no active students"),
        (["--kind", "network-map", "--class", "9.z"], 1, "No class named '9.z'"),
    ],
)
def test_missing_data_and_bad_usage(
    capsys: pytest.CaptureFixture[str],
    data: str,
    tmp_path: Path,
    argv: list[str],
    code: int,
    says: str,
) -> None:
    out = tmp_path / "x.pdf"
    class_args = [] if "--class" in argv else ["--class", "2.g"]
    result, _, err = run(
        capsys, "--data-dir", data, "handouts", "make", *class_args, *argv, "--out", str(out)
    )
    assert result == code and says in err and err.startswith("error:")
    assert not out.exists()


def test_argument_errors_and_an_unwritable_file(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "--data-dir", data, "handouts", "make", "--class", "2.g")
    assert code == 2
    # A missing folder is created (issue 13); a file where the folder should be is refused
    missing_folder = tmp_path / "no" / "such" / "folder" / "x.pdf"
    code, _, err = run(
        capsys, "--data-dir", data, "handouts", "make", "--class", "2.g",
        "--kind", "network-map", "--out", str(missing_folder),
    )  # fmt: skip
    assert code == 0 and missing_folder.exists()
    (tmp_path / "a-file").write_text("x")
    code, _, err = run(
        capsys, "--data-dir", data, "handouts", "make", "--class", "2.g",
        "--kind", "network-map", "--out", str(tmp_path / "a-file" / "x.pdf"),
    )  # fmt: skip
    assert code == 1 and "Not writing to" in err
