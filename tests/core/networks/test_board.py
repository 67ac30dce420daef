"""The needs-and-offers board on a real data folder: codes, moderation, matches, the class view
and its prints with no student name in them, and closing that leaves only counts (the
database walked table by table, the file and its backups read byte by byte)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from netwerk_desktop.handouts import HandoutKind, render_handout
from netwerk_desktop.networks import (
    BoardError,
    BoardProblem,
    Category,
    ItemKind,
    ItemStatus,
    NotPostedReason,
    Shown,
)
from netwerk_desktop.networks.codes import LETTERS, normal_code, slip_codes
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage import engine
from netwerk_desktop.workspace import Workspace
from tests.core.handouts.poppler import needs_poppler, pdftotext

# Names in several scripts, as a class may have them.
NAMES = (
    "Åse Ærø-Øberg",
    "Zeynep Yılmaz",
    "Дмитрий Шевченко",
    "Nguyễn Thị Ánh",
    "لمى الحسيني",
    "Mikkel Sørensen",
)
SOON = date.today() + timedelta(days=14)


def class_with_board(workspace: Workspace, names: tuple[str, ...] = NAMES) -> tuple[int, int]:
    summary = workspace.classes.create("2.g", content_language="da")
    workspace.roster.add_students(summary.id, list(names))
    board = workspace.board.open_board(summary.id, SOON)
    return summary.id, board.id


def test_slip_codes_are_three_consonants_the_same_for_a_board_and_never_repeated() -> None:
    codes = slip_codes(1234, 40)
    assert len(set(codes)) == 40
    assert all(len(code) == 3 and set(code) <= set(LETTERS) for code in codes)
    assert slip_codes(1234, 45)[:40] == codes  # a bigger class only adds codes
    assert normal_code(" k t b ") == "KTB"
    assert normal_code("KAB") is None  # a vowel: no code spells a word
    assert normal_code("KT") is None


def test_one_open_board_per_class_and_a_closing_date_ahead(workspace: Workspace) -> None:
    class_id, _ = class_with_board(workspace)
    with pytest.raises(BoardError) as caught:
        workspace.board.open_board(class_id, SOON)
    assert caught.value.problem is BoardProblem.ALREADY_OPEN
    other = workspace.classes.create("3.x")
    with pytest.raises(BoardError) as past:
        workspace.board.open_board(other.id, date.today() - timedelta(days=1))
    assert past.value.problem is BoardProblem.CLOSING_DATE_PAST


@pytest.mark.sqlite_only("a check of the text before anything is saved")
@pytest.mark.parametrize(
    "text",
    [
        "Help from Åse with maths",
        "ase can teach me to swim",  # without the accent
        "Someone like Zeynep",
        "yilmaz knows a bakery",  # the dotless ı typed as i
        "Дмитрий plays chess",
        "nguyen thi has a guitar",
        "لمى can teach me",
        "MIKKEL knows a job",
        "Ærø-Øberg family has a boat",
    ],
)
def test_a_text_with_a_name_from_the_class_list_is_refused(workspace: Workspace, text: str) -> None:
    _, board_id = class_with_board(workspace)
    with pytest.raises(BoardError) as caught:
        workspace.board.add_item(board_id, "KTB", ItemKind.NEED, Category.STUDY, text)
    assert caught.value.problem is BoardProblem.NAME_IN_TEXT
    assert workspace.board.board(board_id).items == ()  # nothing was saved


def test_codes_kinds_and_texts_are_checked(workspace: Workspace) -> None:
    _, board_id = class_with_board(workspace)
    add = workspace.board.add_item
    need = add(board_id, "ktb", ItemKind.NEED, Category.STUDY, "  Someone  to read with ")
    assert (need.code, need.text, need.status) == ("KTB", "Someone to read with", ItemStatus.OPEN)
    # The same slip may carry a need and an offer, but one of each
    add(board_id, "KTB", ItemKind.OFFER, Category.SKILLS, "I can teach chess")
    for code, problem in (("KTB", BoardProblem.CODE_TAKEN), ("K1B", BoardProblem.BAD_CODE)):
        with pytest.raises(BoardError) as caught:
            add(board_id, code, ItemKind.NEED, Category.WORK, "A summer job")
        assert caught.value.problem is problem
    for text, problem in (
        ("   ", BoardProblem.EMPTY_TEXT),
        ("x" * 161, BoardProblem.TEXT_TOO_LONG),
    ):
        with pytest.raises(BoardError) as caught:
            add(board_id, "PLR", ItemKind.NEED, Category.WORK, text)
        assert caught.value.problem is problem


def test_matching_a_need_and_an_offer(workspace: Workspace) -> None:
    _, board_id = class_with_board(workspace)
    add = workspace.board.add_item
    need = add(board_id, "KTB", ItemKind.NEED, Category.WORK, "A summer job")
    own_offer = add(board_id, "KTB", ItemKind.OFFER, Category.WORK, "I can lift things")
    offer = add(board_id, "PLR", ItemKind.OFFER, Category.WORK, "My aunt runs a bakery")
    other_need = add(board_id, "ZZX", ItemKind.NEED, Category.CLUBS, "Join a choir")
    for first, second, problem in (
        (need, own_offer, BoardProblem.SAME_CODE),
        (need, other_need, BoardProblem.NOT_A_PAIR),
    ):
        with pytest.raises(BoardError) as caught:
            workspace.board.match(first.id, second.id)
        assert caught.value.problem is problem
    match = workspace.board.match(offer.id, need.id, introduction=True)  # either order
    assert (match.need_code, match.offer_code, match.introduction) == ("KTB", "PLR", True)
    board = workspace.board.board(board_id)
    assert {i.code: i.status for i in board.items if i.kind is ItemKind.NEED} == {
        "KTB": ItemStatus.MATCHED,
        "ZZX": ItemStatus.OPEN,
    }
    with pytest.raises(BoardError) as again:
        workspace.board.match(need.id, offer.id)
    assert again.value.problem is BoardProblem.ALREADY_MATCHED
    workspace.board.unmatch(match.id)
    assert workspace.board.board(board_id).item(need.id).status is ItemStatus.OPEN  # type: ignore[union-attr]


def test_a_need_that_signals_a_risk_is_not_posted_and_keeps_no_text(
    workspace: Workspace,
) -> None:
    class_id, board_id = class_with_board(workspace)
    risky = workspace.board.add_item(
        board_id, "KTB", ItemKind.NEED, Category.PRACTICAL, "Somewhere to sleep next week"
    )
    offer = workspace.board.add_item(board_id, "PLR", ItemKind.OFFER, Category.PRACTICAL, "Sofa")
    workspace.board.match(risky.id, offer.id)
    moderated = workspace.board.moderate(risky.id, Shown.NOT_POSTED, NotPostedReason.RISK)
    assert moderated.text == "" and moderated.follow_up_due
    board = workspace.board.board(board_id)
    assert board.matches == ()  # the match went with it, and the offer is open again
    assert board.item(offer.id).status is ItemStatus.OPEN  # type: ignore[union-attr]
    view = workspace.board.class_view(board_id)
    assert "KTB" not in view.texts()
    followed = workspace.board.mark_followed_up(risky.id)
    assert not followed.follow_up_due
    with workspace.engine.connect() as connection:
        texts = connection.execute(sql("SELECT text FROM board_item")).scalars().all()
    assert "Somewhere to sleep" not in " ".join(texts)
    assert workspace.board.tally(class_id) is not None


def test_the_class_view_shows_codes_and_moderated_texts_only(workspace: Workspace) -> None:
    class_id, board_id = class_with_board(workspace)
    add = workspace.board.add_item
    posted = add(board_id, "KTB", ItemKind.NEED, Category.WORK, "A summer job")
    hidden = add(board_id, "PLR", ItemKind.OFFER, Category.WORK, "Help with a CV")
    later = add(board_id, "ZZX", ItemKind.NEED, Category.CLUBS, "Someone like Sanne to train with")
    workspace.board.moderate(hidden.id, Shown.HIDDEN)
    # A student who joins the class later has a name the slip already holds
    workspace.roster.add_students(class_id, ["Sanne de Vries"])
    teacher = workspace.board.board(board_id)
    assert teacher.item(later.id).names == ("Sanne de Vries",)  # type: ignore[union-attr]
    view = workspace.board.class_view(board_id)
    shown = view.texts()
    assert "KTB" in shown and posted.text in shown
    assert "PLR" not in shown and "ZZX" not in shown  # hidden, and holding a name
    assert view.withheld == 1
    names = [*NAMES, "Sanne de Vries"]
    assert not any(part in text for text in shown for name in names for part in name.split())


@needs_poppler
@pytest.mark.sqlite_only("the prints read the same board on both backends")
def test_no_student_name_reaches_the_boards_prints(workspace: Workspace, tmp_path: Path) -> None:
    class_id, board_id = class_with_board(workspace)
    add = workspace.board.add_item
    need = add(board_id, "KTB", ItemKind.NEED, Category.WORK, "A summer job in a shop")
    offer = add(board_id, "PLR", ItemKind.OFFER, Category.WORK, "Someone I know has a shop")
    workspace.board.match(need.id, offer.id, introduction=True)
    # A name typed before the student was on the class list is caught when printing too
    other = add(board_id, "ZZX", ItemKind.NEED, Category.CLUBS, "Training with Bashir")
    offer2 = add(board_id, "DDG", ItemKind.OFFER, Category.CLUBS, "I can show the club")
    workspace.board.match(other.id, offer2.id, introduction=True)
    workspace.roster.add_students(class_id, ["Bashir Rahimi"])
    everyone = [*NAMES, "Bashir Rahimi"]
    for kind in (
        HandoutKind.BOARD_SLIPS,
        HandoutKind.INTRODUCTION_CARDS,
        HandoutKind.BOARD_POSTER,
        HandoutKind.BOARD_TALLY,
    ):
        request = workspace.handouts.request(class_id, kind)
        path = render_handout(request, tmp_path / f"{kind.value}.pdf").path
        assert path is not None
        text = pdftotext(path)
        for name in everyone:
            for part in name.split():
                assert part not in text, (kind, part)
        if kind is HandoutKind.INTRODUCTION_CARDS:
            assert "A summer job in a shop" in " ".join(text.split())
    slips = workspace.handouts.request(class_id, HandoutKind.BOARD_SLIPS).content
    assert slips.codes == workspace.board.slip_codes(board_id, 12)  # type: ignore[union-attr]


def _all_text(database: Path) -> tuple[dict[str, int], str]:
    """Every table's row count and every text value in the database, as a reader would find
    them with any SQLite tool."""
    connection = sqlite3.connect(database)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts: dict[str, int] = {}
        values: list[str] = []
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            counts[table] = len(rows)
            values += [str(value) for row in rows for value in row if value is not None]
    finally:
        connection.close()
    return counts, "\n".join(values)


def test_closing_keeps_only_counts_in_the_database_the_file_and_the_backups(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite builds differ: some overwrite deleted rows by default. Here none does, so the
    # file can only be clean if closing makes it so.
    monkeypatch.setattr(engine, "PRAGMAS", (*engine.PRAGMAS, "PRAGMA secure_delete=OFF"))
    # Given a board with needs, offers and a match, written into the file (the app was closed
    # and opened again), and a backup made while it was open
    secrets = ("A summer job at the harbour", "My uncle fixes bicycles", "Someone to run with")
    more = tuple(f"Wish number {n}: someone to go climbing with on Sundays" for n in range(40))
    with Workspace.open(location) as first:
        class_id, board_id = class_with_board(first)
        add = first.board.add_item
        need = add(board_id, "KTB", ItemKind.NEED, Category.WORK, secrets[0])
        offer = add(board_id, "PLR", ItemKind.OFFER, Category.WORK, secrets[1])
        add(board_id, "ZZX", ItemKind.NEED, Category.COMPANY, secrets[2])
        first.board.match(need.id, offer.id, introduction=True)
        withdrawn = add(board_id, "DDG", ItemKind.OFFER, Category.STUDY, "Maths at lunch")
        first.board.set_status(withdrawn.id, ItemStatus.WITHDRAWN)
        for code, text in zip(slip_codes(99, 60)[20:], more, strict=False):
            first.board.moderate(
                add(board_id, code, ItemKind.NEED, Category.CLUBS, text).id, Shown.HIDDEN
            )
    assert secrets[0].encode() in location.database.read_bytes()
    workspace = Workspace.open(location)
    backup = workspace.backup_now("manual")
    assert secrets[0].encode() in backup.read_bytes()
    assert secrets[0].encode() in backup.read_bytes()
    # When it closes
    report = workspace.board.close(board_id)
    # Then the counts per kind, category and status are kept ...
    tally = report.tally
    assert tally.closed and report.items_deleted == 44 and report.backups_cleaned >= 1
    assert tally.count(ItemKind.NEED, Category.WORK, ItemStatus.MATCHED) == 1
    assert tally.count(ItemKind.OFFER, Category.WORK, ItemStatus.MATCHED) == 1
    assert tally.count(ItemKind.NEED, Category.COMPANY, ItemStatus.OPEN) == 1
    assert tally.count(ItemKind.OFFER, Category.STUDY, ItemStatus.WITHDRAWN) == 1
    assert workspace.board.tally(class_id) == tally
    # ... and nothing else: no item, no match, no text in any table of the database
    counts, text = _all_text(workspace.location.database)
    assert counts["board_item"] == 0 and counts["board_match"] == 0
    assert counts["board_count"] == 5 and counts["board"] == 1
    for secret in (*secrets, *more, "Maths at lunch", "KTB", "PLR", "ZZX", "DDG"):
        assert secret not in text
    # ... nor in the file's bytes (not left in free pages) or in the backups
    workspace.close()
    for path in (location.database, *(b.path for b in workspace.list_backups())):
        data = path.read_bytes()
        for secret in (*secrets, *more):
            assert secret.encode() not in data, (path.name, secret)
    # A closed board takes nothing more
    with Workspace.open(location) as reopened:
        with pytest.raises(BoardError) as caught:
            reopened.board.add_item(board_id, "KTB", ItemKind.NEED, Category.WORK, "Again")
        assert caught.value.problem is BoardProblem.CLOSED
        assert reopened.board.current(class_id) is None
        assert reopened.board.boards(class_id)[0].items == 0


def test_erasing_the_class_deletes_its_board(workspace: Workspace) -> None:
    class_id, board_id = class_with_board(workspace)
    item = workspace.board.add_item(board_id, "KTB", ItemKind.NEED, Category.WORK, "A job")
    offer = workspace.board.add_item(board_id, "PLR", ItemKind.OFFER, Category.WORK, "A shop")
    workspace.board.match(item.id, offer.id)
    workspace.delete_class(class_id)
    with workspace.engine.connect() as connection:
        for table in ("board", "board_item", "board_match"):
            assert connection.execute(sql(f"SELECT count(*) FROM {table}")).scalar() == 0, table
