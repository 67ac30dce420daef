"""From an address to an engine on the school's PostgreSQL, through libpq's own mechanisms.

Netwerk Desktop never stores a password: an address with one is refused for storing (it may be
used once from the command line), and the password comes from libpq itself (a service file,
~/.pgpass, PGPASSWORD for scripts) or is typed at start and kept in memory only. Everything
else in the address (`sslmode`, `sslrootcert`, `service`, ...) goes to libpq untouched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from netwerk_desktop.server_errors import ServerError, ServerProblem

CONNECT_TIMEOUT_SECONDS = 5  # a lesson must not wait long for a server that is away
POOL_SIZE = 2  # one classroom PC: the UI thread and one worker


def is_server_address(text: str) -> bool:
    return text.strip().lower().startswith(("postgresql:", "postgres:"))


def parse_address(text: str) -> URL:
    """The address as SQLAlchemy's URL with psycopg 3 as the driver."""
    try:
        url = make_url(text.strip())
    except ArgumentError as exc:
        raise ServerError(ServerProblem.BAD_ADDRESS, text.strip()) from exc
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise ServerError(ServerProblem.BAD_ADDRESS, url.render_as_string(hide_password=True))
    return url.set(drivername="postgresql+psycopg")


def safe_address(url: URL) -> str:
    """The address to show or log: never the password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def address_to_store(text: str) -> str:
    """What Settings keeps: refused when it holds a password."""
    url = parse_address(text)
    if url.password is not None:
        raise ServerError(ServerProblem.PASSWORD_IN_ADDRESS)
    return safe_address(url)


def make_server_engine(address: str | URL, password: str | None = None) -> Engine:
    url = parse_address(address if isinstance(address, str) else address.render_as_string(False))
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": "Netwerk Desktop",
    }
    if password is not None and url.password is None:
        connect_args["password"] = password  # typed at start, kept in memory only
    return create_engine(
        url,
        connect_args=connect_args,
        pool_pre_ping=True,  # after the server was away, a stale connection is replaced
        pool_size=POOL_SIZE,
        max_overflow=2,
    )


def needs_password(exc: BaseException) -> bool:
    """libpq asked for a password none of its own mechanisms had."""
    text = str(exc).lower()
    return "no password supplied" in text or "password authentication failed" in text
