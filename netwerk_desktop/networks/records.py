"""What the board service hands out: plain values, no rows. The class view's values carry
codes, categories and moderated texts only, so nothing else can reach the projector."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ItemKind(StrEnum):
    NEED = "need"
    OFFER = "offer"


class Category(StrEnum):
    """What a need or an offer is about; the order is the board's order."""

    STUDY = "study"  # school and study: a study buddy, reading for an exam
    WORK = "work"  # jobs and internships
    CLUBS = "clubs"  # clubs, sport, music, associations
    SKILLS = "skills"  # learning something: cooking, coding, a language
    PRACTICAL = "practical"  # practical things: a bike, moving, finding the way
    COMPANY = "company"  # someone to do things with


class ItemStatus(StrEnum):
    OPEN = "open"
    MATCHED = "matched"
    DONE = "done"
    WITHDRAWN = "withdrawn"


class Shown(StrEnum):
    """The moderation of an item: on the board, hidden for now, or not posted at all."""

    POSTED = "posted"
    HIDDEN = "hidden"
    NOT_POSTED = "not_posted"


class NotPostedReason(StrEnum):
    RISK = "risk"  # housing, money, safety: the help card, and the teacher follows up
    PERSONAL = "personal"  # too personal for the board
    UNCLEAR = "unclear"
    OTHER = "other"


@dataclass(frozen=True)
class ItemView:
    id: int
    code: str
    kind: ItemKind
    category: Category
    text: str  # empty for a need not posted for a risk: its text is not kept
    status: ItemStatus
    shown: Shown
    reason: NotPostedReason | None
    followed_up: bool
    names: tuple[str, ...] = ()  # class-list names in the text (never shown to the class)

    @property
    def follow_up_due(self) -> bool:
        return self.reason is NotPostedReason.RISK and not self.followed_up


@dataclass(frozen=True)
class MatchView:
    id: int
    need_id: int
    offer_id: int
    need_code: str
    offer_code: str
    category: Category
    introduction: bool


@dataclass(frozen=True)
class BoardView:
    """The teacher's board: every item, with its moderation."""

    id: int
    class_id: int
    opened_on: date
    closes_on: date
    closed_at: datetime | None
    items: tuple[ItemView, ...]
    matches: tuple[MatchView, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def item(self, item_id: int) -> ItemView | None:
        return next((item for item in self.items if item.id == item_id), None)

    def by_code(self, code: str, kind: ItemKind) -> ItemView | None:
        return next((i for i in self.items if i.code == code and i.kind is kind), None)


@dataclass(frozen=True)
class ClassItem:
    code: str
    kind: ItemKind
    text: str
    status: ItemStatus


@dataclass(frozen=True)
class ClassCategory:
    category: Category
    items: tuple[ClassItem, ...]


@dataclass(frozen=True)
class ClassBoardView:
    """What the class may see: posted items by code and category, and matches as pairs of
    codes. An item whose text holds a name from the class list is left out."""

    closes_on: date
    categories: tuple[ClassCategory, ...]
    matches: tuple[tuple[str, str], ...]  # (need code, offer code)
    withheld: int  # items left out because their text holds a name

    def texts(self) -> list[str]:
        """Every string the class view could show (tests check no name gets through)."""
        found = [code for pair in self.matches for code in pair]
        for category in self.categories:
            found.extend(t for item in category.items for t in (item.code, item.text))
        return found


@dataclass(frozen=True)
class BoardSummary:
    id: int
    opened_on: date
    closes_on: date
    closed_at: datetime | None
    items: int  # 0 once closed: only the counts are left


@dataclass(frozen=True)
class TallyRow:
    kind: ItemKind
    category: Category
    status: ItemStatus
    count: int


@dataclass(frozen=True)
class BoardTally:
    """Counts per kind, category and status: live for an open board, kept for a closed one."""

    board_id: int
    closed: bool
    opened_on: date
    closes_on: date
    rows: tuple[TallyRow, ...]

    def count(
        self,
        kind: ItemKind | None = None,
        category: Category | None = None,
        status: ItemStatus | None = None,
    ) -> int:
        return sum(
            row.count
            for row in self.rows
            if (kind is None or row.kind is kind)
            and (category is None or row.category is category)
            and (status is None or row.status is status)
        )


@dataclass(frozen=True)
class ClosingReport:
    board_id: int
    tally: BoardTally
    items_deleted: int
    backups_cleaned: int
    # On a school server: tables whose deleted rows wait for autovacuum or the IT's
    # `server vacuum` (only a table's owner may vacuum it).
    tables_left_to_vacuum: tuple[str, ...] = ()
