"""The whole schema on one metadata: every table module registers its tables here.

Alembic's environment, the engine's sessions and the privacy walk over every column that refers
to a student read `metadata` from this module, so none of them can miss a table, and no table
module needs to import another to be found.
"""

from __future__ import annotations

from sqlalchemy import MetaData

from netwerk_desktop.storage import (
    board_models,
    directory_models,
    event_models,
    lesson_models,
    models,
    network_models,
    partnership_models,
)
from netwerk_desktop.storage.base import Base

TABLE_MODULES = (
    models,
    lesson_models,
    partnership_models,
    board_models,
    directory_models,
    event_models,
    network_models,
)

metadata: MetaData = Base.metadata
