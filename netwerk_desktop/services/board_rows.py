"""The board's rows and the values made from them, for the board service."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from netwerk_desktop.networks.errors import BoardError, BoardProblem
from netwerk_desktop.networks.names import name_parts, names_in
from netwerk_desktop.networks.records import (
    BoardTally,
    BoardView,
    Category,
    ItemKind,
    ItemStatus,
    ItemView,
    MatchView,
    NotPostedReason,
    Shown,
    TallyRow,
)
from netwerk_desktop.storage.board_models import (
    BOARD_TEXT_LENGTH,
    Board,
    BoardCount,
    BoardItem,
    BoardMatch,
)
from netwerk_desktop.storage.models import Student

# Counted when a board closes: what the class saw. A slip that was not posted leaves no trace.
COUNTED = (Shown.POSTED, Shown.HIDDEN)


def find_open_board(session: Session, class_id: int) -> Board | None:
    return session.scalars(
        select(Board).where(Board.class_id == class_id, Board.closed_at.is_(None))
    ).first()


def get_board(session: Session, board_id: int) -> Board:
    board = session.get(Board, board_id)
    if board is None:
        raise BoardError(BoardProblem.NOT_FOUND, "No such board.", what="board")
    return board


def writable_board(session: Session, board_id: int) -> Board:
    board = get_board(session, board_id)
    if board.closed_at is not None:
        raise BoardError(BoardProblem.CLOSED, "The board is closed.")
    return board


def get_item(session: Session, item_id: int) -> tuple[BoardItem, Board]:
    item = session.get(BoardItem, item_id)
    if item is None:
        raise BoardError(BoardProblem.NOT_FOUND, "No such item.", what="item")
    return item, get_board(session, item.board_id)


def board_items(session: Session, board_id: int) -> list[BoardItem]:
    return list(
        session.scalars(
            select(BoardItem).where(BoardItem.board_id == board_id).order_by(BoardItem.id)
        )
    )


def board_matches(session: Session, board_id: int) -> list[BoardMatch]:
    return list(
        session.scalars(
            select(BoardMatch).where(BoardMatch.board_id == board_id).order_by(BoardMatch.id)
        )
    )


def matches_of(session: Session, item: BoardItem) -> list[BoardMatch]:
    return list(
        session.scalars(
            select(BoardMatch).where(
                (BoardMatch.need_id == item.id) | (BoardMatch.offer_id == item.id)
            )
        )
    )


def reopen_if_unmatched(session: Session, item: BoardItem) -> None:
    """An item matched with nothing any more is open again."""
    if item.status == ItemStatus.MATCHED.value and not matches_of(session, item):
        item.status = ItemStatus.OPEN.value


def remove_matches(session: Session, item: BoardItem) -> None:
    """Take an item out of every match it is in (it is leaving the board)."""
    for match in matches_of(session, item):
        other_id = match.offer_id if match.need_id == item.id else match.need_id
        session.delete(match)
        session.flush()
        other = session.get(BoardItem, other_id)
        if other is not None:
            reopen_if_unmatched(session, other)
    reopen_if_unmatched(session, item)


def class_names(session: Session, class_id: int) -> dict[str, str]:
    """Every student the class has had, active or not."""
    names = session.scalars(select(Student.display_name).where(Student.class_id == class_id))
    return name_parts(names)


def checked_text(text: str, parts: dict[str, str]) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise BoardError(BoardProblem.EMPTY_TEXT, "Write what the slip says.")
    if len(cleaned) > BOARD_TEXT_LENGTH:
        raise BoardError(
            BoardProblem.TEXT_TOO_LONG,
            f"At most {BOARD_TEXT_LENGTH} characters.",
            limit=BOARD_TEXT_LENGTH,
        )
    found = names_in(cleaned, parts)
    if found:
        raise BoardError(
            BoardProblem.NAME_IN_TEXT,
            f"The text holds a name from the class list ({', '.join(found)}); "
            "write it without names.",
            names=", ".join(found),
        )
    return cleaned


def check_code_name(code: str, parts: dict[str, str]) -> None:
    found = names_in(code, parts)
    if found:
        raise BoardError(
            BoardProblem.NAME_IN_TEXT,
            "The code is a name from the class list; use another slip.",
            names=", ".join(found),
        )


def item_view(item: BoardItem, parts: dict[str, str]) -> ItemView:
    return ItemView(
        id=item.id,
        code=item.code,
        kind=ItemKind(item.kind),
        category=Category(item.category),
        text=item.text,
        status=ItemStatus(item.status),
        shown=Shown(item.shown),
        reason=NotPostedReason(item.reason) if item.reason else None,
        followed_up=item.followed_up,
        names=names_in(item.text, parts),
    )


def match_view(match: BoardMatch, need: BoardItem, offer: BoardItem) -> MatchView:
    return MatchView(
        id=match.id,
        need_id=need.id,
        offer_id=offer.id,
        need_code=need.code,
        offer_code=offer.code,
        category=Category(need.category),
        introduction=match.introduction,
    )


def board_view(session: Session, board: Board) -> BoardView:
    parts = class_names(session, board.class_id)
    items = board_items(session, board.id)
    by_id = {item.id: item for item in items}
    matches = tuple(
        match_view(m, by_id[m.need_id], by_id[m.offer_id])
        for m in board_matches(session, board.id)
        if m.need_id in by_id and m.offer_id in by_id
    )
    return BoardView(
        id=board.id,
        class_id=board.class_id,
        opened_on=board.opened_on,
        closes_on=board.closes_on,
        closed_at=board.closed_at,
        items=tuple(item_view(item, parts) for item in items),
        matches=matches,
    )


def board_tally(session: Session, board: Board) -> BoardTally:
    if board.closed_at is not None:
        rows = session.scalars(select(BoardCount).where(BoardCount.board_id == board.id)).all()
        counted = {(r.kind, r.category, r.status): r.count for r in rows}
    else:
        counted = dict(
            Counter(
                (i.kind, i.category, i.status)
                for i in board_items(session, board.id)
                if i.shown in COUNTED
            )
        )
    tally_rows = tuple(
        TallyRow(ItemKind(kind), Category(category), ItemStatus(status), count)
        for (kind, category, status), count in sorted(counted.items())
    )
    return BoardTally(
        board.id, board.closed_at is not None, board.opened_on, board.closes_on, tally_rows
    )
