"""Schema upgrades with Alembic, imported only when an upgrade is due (start-up time matters).

KNOWN_REVISIONS lists every released schema, oldest first; a test keeps it equal to the
Alembic history so the app can tell "older", "current" and "newer than me" without Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from netwerk_desktop.paths import migrations_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0005", "0006", "0007")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def upgrade_to_head(database: Path, network: bool = False) -> None:
    from netwerk_desktop.storage.engine import Access, make_engine

    engine = make_engine(database, Access.NETWORK if network else Access.LOCAL)
    try:
        upgrade_engine(engine)
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine, revision: str = "head") -> None:
    """Every migration up to `revision` on this engine's database: a SQLite file or the
    school's PostgreSQL database (the same migrations run on both)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def alembic_history() -> list[str]:
    """Revisions as Alembic sees them, oldest first (for the test that guards KNOWN_REVISIONS)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
