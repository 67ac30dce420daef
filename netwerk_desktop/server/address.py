"""Where the school server is, without importing SQLAlchemy (start-up reads this)."""

from __future__ import annotations

import os

ENVIRONMENT_VARIABLE = "NETWERK_DATABASE_URL"


def address_from_environment() -> str | None:
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return value or None
