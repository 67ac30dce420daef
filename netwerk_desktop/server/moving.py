"""Moving classes between a local data folder and the school server, both ways:
`server import-local DATA_DIR` (all classes) and `server export-local --class NAME --to DIR`.

Rows are copied table by table in the order of their foreign keys, each row's references
rewritten to the new ids. A class is known by its name and school year: one that is already
there is left alone, so running the move twice adds nothing. A dry run does the whole copy in
one transaction and rolls it back, so its counts are exactly what the real run adds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, select

from netwerk_desktop.storage.access import CLASS_OWNED, CLASS_TABLE
from netwerk_desktop.storage.schema import metadata

# Filled in by the target (its own id, owner, edit counter), never copied.
_NOT_COPIED = {"id", "owner_role", "edit_version", "last_edit", "last_edit_by"}


@dataclass(frozen=True)
class MoveReport:
    classes_added: tuple[str, ...]
    classes_already_there: tuple[str, ...]
    rows_added: dict[str, int] = field(default_factory=dict)
    # Class tables that refer to school-wide rows (events): not moved with a class.
    tables_left_out: tuple[str, ...] = ()
    dry_run: bool = False


def class_tables() -> tuple[list[Table], list[str]]:
    """The tables that move with a class (in foreign-key order), and those left out."""
    wanted = {CLASS_TABLE, *CLASS_OWNED}
    moving: list[Table] = []
    left_out: list[str] = []
    for table in metadata.sorted_tables:
        if table.name not in wanted:
            continue
        referred = {fk.column.table.name for fk in table.foreign_keys}
        if referred <= {t.name for t in moving}:
            moving.append(table)
        else:
            left_out.append(table.name)
    return moving, left_out


def _label(row: Any) -> str:
    return f"{row.name} ({row.school_year})"


def copy_classes(
    source: Engine,
    target: Engine,
    class_names: Iterable[str] | None = None,
    *,
    dry_run: bool = False,
    owner: str | None = None,
) -> MoveReport:
    """Copy classes (all, or those named) with everything hanging off them."""
    tables, left_out = class_tables()
    classes = metadata.tables[CLASS_TABLE]
    wanted = None if class_names is None else {" ".join(n.split()) for n in class_names}
    with source.connect() as reading, target.connect() as writing:
        transaction = writing.begin()
        try:
            existing = {
                (row.name, row.school_year)
                for row in writing.execute(select(classes.c.name, classes.c.school_year))
            }
            ids: dict[str, dict[int, int]] = {}
            added: list[str] = []
            already: list[str] = []
            chosen: dict[int, dict[str, Any]] = {}
            for row in reading.execute(select(classes).order_by(classes.c.id)):
                if wanted is not None and row.name not in wanted:
                    continue
                if (row.name, row.school_year) in existing:
                    already.append(_label(row))
                else:
                    chosen[row.id] = dict(row._mapping)
                    added.append(_label(row))
            counts: dict[str, int] = {}
            ids[CLASS_TABLE] = {}
            for old_id, values in chosen.items():
                copied = {k: v for k, v in values.items() if k not in _NOT_COPIED}
                if owner is not None:
                    copied["owner_role"] = owner
                new_id = writing.execute(
                    classes.insert().values(**copied).returning(classes.c.id)
                ).scalar_one()
                ids[CLASS_TABLE][old_id] = new_id
            counts[CLASS_TABLE] = len(chosen)
            for table in tables:
                if table.name != CLASS_TABLE:
                    counts[table.name] = _copy_table(reading, writing, table, ids)
            if dry_run:
                transaction.rollback()
            else:
                transaction.commit()
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
    return MoveReport(tuple(added), tuple(already), counts, tuple(left_out), dry_run=dry_run)


def _copy_table(
    reading: Connection, writing: Connection, table: Table, ids: dict[str, dict[int, int]]
) -> int:
    """Rows whose every reference points at a copied row, with the references rewritten."""
    references = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
    own_id = "id" in table.c and table.c.id.primary_key and len(table.primary_key.columns) == 1
    mapped: dict[int, int] = ids.setdefault(table.name, {})
    count = 0
    for row in reading.execute(select(table).order_by(*table.primary_key.columns)):
        values = dict(row._mapping)
        keep = True
        for column, referred in references.items():
            if values[column] is None:
                continue
            new = ids.get(referred, {}).get(values[column])
            if new is None:
                keep = False
                break
            values[column] = new
        if not keep:
            continue
        if own_id:
            old = values.pop("id")
            mapped[old] = writing.execute(
                table.insert().values(**values).returning(table.c.id)
            ).scalar_one()
        else:
            writing.execute(table.insert().values(**values))
        count += 1
    return count
