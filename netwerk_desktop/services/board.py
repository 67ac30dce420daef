"""The board service: open a class's board, add slips, moderate, match, close.

Each method is one unit of work. Texts are screened against the class list when they are saved
and again when the class view or a print is made, so a name typed before a student joined the
class still never reaches the projector. Closing keeps only counts: the items and matches are
deleted with the rows overwritten on disk, and the board is taken out of the automatic backups.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import delete, select

from netwerk_desktop.networks.codes import LETTERS, new_seed, normal_code, slip_codes
from netwerk_desktop.networks.errors import BoardError, BoardProblem
from netwerk_desktop.networks.names import names_in
from netwerk_desktop.networks.records import (
    BoardSummary,
    BoardTally,
    BoardView,
    Category,
    ClassBoardView,
    ClassCategory,
    ClassItem,
    ClosingReport,
    ItemKind,
    ItemStatus,
    ItemView,
    MatchView,
    NotPostedReason,
    Shown,
)
from netwerk_desktop.services import board_rows as rows
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.board_rows import COUNTED
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.backup import list_backups
from netwerk_desktop.storage.board_models import (
    Board,
    BoardCount,
    BoardItem,
    BoardMatch,
)
from netwerk_desktop.storage.engine import use_secure_delete
from netwerk_desktop.storage.models import SchoolClass
from netwerk_desktop.storage.scrub import clear_deleted_rows
from netwerk_desktop.storage.sqlite_file import erase_rows_in_file


class BoardService(Service):
    # Opening and reading --------------------------------------------------------------------

    def open_board(self, class_id: int, closes_on: date) -> BoardView:
        today = self._context.now().date()
        if closes_on < today:
            raise BoardError(
                BoardProblem.CLOSING_DATE_PAST,
                f"The closing date {closes_on} has passed.",
                closes_on=closes_on.isoformat(),
            )
        with self._writing() as session:
            if session.get(SchoolClass, class_id) is None:
                raise BoardError(BoardProblem.NOT_FOUND, "No such class.", what="class")
            held = rows.find_open_board(session, class_id)
            if held is not None:
                raise BoardError(
                    BoardProblem.ALREADY_OPEN,
                    f"The class has an open board until {held.closes_on}.",
                    closes_on=held.closes_on.isoformat(),
                )
            board = Board(
                class_id=class_id,
                opened_on=today,
                closes_on=closes_on,
                code_seed=new_seed(),
                created_at=self._context.now(),
            )
            session.add(board)
            session.flush()
            view = rows.board_view(session, board)
        self._publish(Change.of(Topic.BOARD, class_id=class_id))
        return view

    def current(self, class_id: int) -> BoardView | None:
        """The class's open board with every item, or None."""
        with self._reading() as session:
            board = rows.find_open_board(session, class_id)
            return None if board is None else rows.board_view(session, board)

    def board(self, board_id: int) -> BoardView:
        with self._reading() as session:
            return rows.board_view(session, rows.get_board(session, board_id))

    def boards(self, class_id: int) -> list[BoardSummary]:
        """Every board the class has had, newest first."""
        with self._reading() as session:
            rows = session.scalars(
                select(Board).where(Board.class_id == class_id).order_by(Board.id.desc())
            ).all()
            counts = Counter(
                session.scalars(
                    select(BoardItem.board_id).where(BoardItem.board_id.in_([b.id for b in rows]))
                )
            )
            return [
                BoardSummary(b.id, b.opened_on, b.closes_on, b.closed_at, counts.get(b.id, 0))
                for b in rows
            ]

    def slip_codes(self, board_id: int, count: int) -> tuple[str, ...]:
        """The codes to print on `count` slips; the same board always gives the same codes."""
        with self._reading() as session:
            return slip_codes(rows.get_board(session, board_id).code_seed, count)

    # Slips ------------------------------------------------------------------------------------

    def add_item(
        self, board_id: int, code: str, kind: ItemKind, category: Category, text: str
    ) -> ItemView:
        """A need or an offer from a slip, posted on the board."""
        with self._writing() as session:
            board = rows.writable_board(session, board_id)
            stored = normal_code(code)
            if stored is None:
                raise BoardError(
                    BoardProblem.BAD_CODE,
                    f"{code!r} is not a slip code (three of {LETTERS}).",
                    code=code,
                    letters=" ".join(LETTERS),
                )
            parts = rows.class_names(session, board.class_id)
            cleaned = rows.checked_text(text, parts)
            rows.check_code_name(stored, parts)
            taken = session.scalars(
                select(BoardItem).where(
                    BoardItem.board_id == board_id,
                    BoardItem.code == stored,
                    BoardItem.kind == kind.value,
                )
            ).first()
            if taken is not None:
                raise BoardError(
                    BoardProblem.CODE_TAKEN,
                    f"{stored} already has a {kind.value} on the board.",
                    code=stored,
                    kind=kind.value,
                )
            now = self._context.now()
            item = BoardItem(
                board_id=board_id,
                code=stored,
                kind=kind.value,
                category=category.value,
                text=cleaned,
                status=ItemStatus.OPEN.value,
                shown=Shown.POSTED.value,
                followed_up=False,
                created_at=now,
                updated_at=now,
            )
            session.add(item)
            session.flush()
            view = rows.item_view(item, parts)
            class_id = board.class_id
        self._publish(Change.of(Topic.BOARD, class_id=class_id))
        return view

    def edit_item(
        self, item_id: int, *, text: str | None = None, category: Category | None = None
    ) -> ItemView:
        with self._writing() as session:
            item, board = rows.get_item(session, item_id)
            rows.writable_board(session, board.id)
            parts = rows.class_names(session, board.class_id)
            if text is not None:
                item.text = rows.checked_text(text, parts)
            if category is not None:
                item.category = category.value
            item.updated_at = self._context.now()
            view = rows.item_view(item, parts)
        self._publish(Change.of(Topic.BOARD, class_id=board.class_id))
        return view

    def moderate(
        self, item_id: int, shown: Shown, reason: NotPostedReason | None = None
    ) -> ItemView:
        """Post, hide or take an item off the board. A need not posted for a risk keeps no
        text: the teacher follows it up in person, with the help card."""
        with self._writing() as session:
            item, board = rows.get_item(session, item_id)
            rows.writable_board(session, board.id)
            if shown is Shown.NOT_POSTED:
                reason = reason or NotPostedReason.OTHER
                rows.remove_matches(session, item)
                if reason is NotPostedReason.RISK:
                    use_secure_delete(session.connection())
                    item.text = ""
            else:
                reason = None
            item.shown = shown.value
            item.reason = reason.value if reason is not None else None
            item.updated_at = self._context.now()
            view = rows.item_view(item, rows.class_names(session, board.class_id))
        if reason is NotPostedReason.RISK:  # the text must not linger in the file or a copy
            clear_deleted_rows(self._sessions, ("board_item", "board_match"))
            self._clean_backups("board_item", item_id)
        self._publish(Change.of(Topic.BOARD, class_id=board.class_id))
        return view

    def set_status(self, item_id: int, status: ItemStatus) -> ItemView:
        with self._writing() as session:
            item, board = rows.get_item(session, item_id)
            rows.writable_board(session, board.id)
            item.status = status.value
            item.updated_at = self._context.now()
            view = rows.item_view(item, rows.class_names(session, board.class_id))
        self._publish(Change.of(Topic.BOARD, class_id=board.class_id))
        return view

    def mark_followed_up(self, item_id: int, done: bool = True) -> ItemView:
        with self._writing() as session:
            item, board = rows.get_item(session, item_id)
            item.followed_up = done
            item.updated_at = self._context.now()
            view = rows.item_view(item, rows.class_names(session, board.class_id))
        self._publish(Change.of(Topic.BOARD, class_id=board.class_id))
        return view

    # Matches ---------------------------------------------------------------------------------

    def match(self, first_id: int, second_id: int, *, introduction: bool = False) -> MatchView:
        """Put a need and an offer together (in either order); both become "matched"."""
        with self._writing() as session:
            first, board = rows.get_item(session, first_id)
            second, _ = rows.get_item(session, second_id)
            rows.writable_board(session, board.id)
            pair = {first.kind: first, second.kind: second}
            need, offer = pair.get(ItemKind.NEED.value), pair.get(ItemKind.OFFER.value)
            if need is None or offer is None or second.board_id != first.board_id:
                raise BoardError(BoardProblem.NOT_A_PAIR, "A match is one need and one offer.")
            if need.code == offer.code:
                raise BoardError(BoardProblem.SAME_CODE, "A slip's own offer cannot meet its need.")
            for item in (need, offer):
                if item.shown != Shown.POSTED.value:
                    raise BoardError(
                        BoardProblem.NOT_POSTED, f"{item.code} is not on the board.", code=item.code
                    )
            held = session.scalars(
                select(BoardMatch).where(
                    BoardMatch.need_id == need.id, BoardMatch.offer_id == offer.id
                )
            ).first()
            if held is not None:
                raise BoardError(BoardProblem.ALREADY_MATCHED, "These two are matched already.")
            match = BoardMatch(
                board_id=board.id,
                need_id=need.id,
                offer_id=offer.id,
                introduction=introduction,
                created_at=self._context.now(),
            )
            session.add(match)
            for item in (need, offer):
                if item.status == ItemStatus.OPEN.value:
                    item.status = ItemStatus.MATCHED.value
            session.flush()
            view = rows.match_view(match, need, offer)
        self._publish(Change.of(Topic.BOARD, class_id=board.class_id))
        return view

    def unmatch(self, match_id: int) -> None:
        with self._writing() as session:
            match = session.get(BoardMatch, match_id)
            if match is None:
                raise BoardError(BoardProblem.NOT_FOUND, "No such match.", what="match")
            board = rows.writable_board(session, match.board_id)
            need, offer = (
                session.get(BoardItem, match.need_id),
                session.get(BoardItem, match.offer_id),
            )
            session.delete(match)
            session.flush()
            for item in (need, offer):
                if item is not None:
                    rows.reopen_if_unmatched(session, item)
        self._publish(Change.of(Topic.BOARD, class_id=board.class_id))

    # What the class sees ------------------------------------------------------------------------

    def class_view(self, board_id: int) -> ClassBoardView:
        """Posted items by code and category, matches as pairs of codes. Screened again here:
        an item whose text holds a name of the class list is left out."""
        with self._reading() as session:
            board = rows.get_board(session, board_id)
            parts = rows.class_names(session, board.class_id)
            items = rows.board_items(session, board.id)
            shown = {
                item.id: item
                for item in items
                if item.shown == Shown.POSTED.value
                and item.status != ItemStatus.WITHDRAWN.value
                and not names_in(item.text, parts)
                and not names_in(item.code, parts)
            }
            posted = [i for i in items if i.shown == Shown.POSTED.value]
            categories = tuple(
                ClassCategory(
                    category,
                    tuple(
                        ClassItem(i.code, ItemKind(i.kind), i.text, ItemStatus(i.status))
                        for i in shown.values()
                        if i.category == category.value
                    ),
                )
                for category in Category
                if any(i.category == category.value for i in shown.values())
            )
            matches = tuple(
                (shown[m.need_id].code, shown[m.offer_id].code)
                for m in rows.board_matches(session, board.id)
                if m.need_id in shown and m.offer_id in shown
            )
            return ClassBoardView(
                board.closes_on, categories, matches, withheld=len(posted) - len(shown)
            )

    def tally(self, class_id: int) -> BoardTally | None:
        """Counts of the class's newest board: live while open, as kept once closed."""
        with self._reading() as session:
            board = session.scalars(
                select(Board).where(Board.class_id == class_id).order_by(Board.id.desc())
            ).first()
            return None if board is None else rows.board_tally(session, board)

    # Closing ----------------------------------------------------------------------------------

    def close(self, board_id: int) -> ClosingReport:
        """Keep the counts, delete every item and match (overwritten on disk), and take the
        board's texts out of the automatic backups too."""
        with self._writing() as session:
            board = rows.writable_board(session, board_id)
            counted = Counter(
                (item.kind, item.category, item.status)
                for item in rows.board_items(session, board.id)
                if item.shown in COUNTED
            )
            for (kind, category, status), count in sorted(counted.items()):
                session.add(
                    BoardCount(
                        board_id=board.id, kind=kind, category=category, status=status, count=count
                    )
                )
            use_secure_delete(session.connection())
            session.execute(delete(BoardMatch).where(BoardMatch.board_id == board.id))
            deleted = session.execute(delete(BoardItem).where(BoardItem.board_id == board.id))
            board.closed_at = self._context.now()
            class_id = board.class_id
            items_deleted = int(getattr(deleted, "rowcount", 0) or 0)
        left = clear_deleted_rows(self._sessions, ("board_item", "board_match"))
        cleaned = self._clean_backups("board", board_id)
        with self._reading() as session:
            tally = rows.board_tally(session, rows.get_board(session, board_id))
        self._publish(Change.of(Topic.BOARD, class_id=class_id))
        return ClosingReport(board_id, tally, items_deleted, cleaned, tuple(left))

    def _clean_backups(self, table: str, row_id: int) -> int:
        """Delete a row (and what refers to it) from every automatic backup of this data (none
        on a school server: its backups are the IT's)."""
        cleaned = 0
        if self._context.backup_dir is not None:
            for backup in list_backups(self._context.backup_dir):
                cleaned += erase_rows_in_file(backup.path, table, row_id)
        return cleaned
