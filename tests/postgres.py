"""The throw-away PostgreSQL cluster of tools/with_postgres.sh, for the school-server tests.

A template database is set up once per run (`server init`); each test gets its own copy
(CREATE DATABASE ... TEMPLATE, a file copy on the server) and drops it afterwards.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

ADMIN_URL = os.environ.get("NETWERK_TEST_POSTGRES", "")
SKIP_REASON = (
    "no PostgreSQL for the school-server tests: set NETWERK_TEST_POSTGRES, or run through"
    " tools/with_postgres.sh (make test does when PostgreSQL's programs are installed)"
)
needs_postgres = pytest.mark.skipif(not ADMIN_URL, reason=SKIP_REASON)
_counter = itertools.count()
_template: str | None = None


def database_url(name: str, user: str | None = None, password: str | None = None) -> URL:
    url = make_url(ADMIN_URL).set(database=name)
    if user is not None:
        # URL.set() keeps the old value for None: the admin's password must not come along.
        url = url._replace(username=user, password=password)
    return url


def libpq(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def admin_execute(sql: str, database: str = "postgres") -> None:
    with psycopg.connect(libpq(database_url(database)), autocommit=True) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


def template_database() -> str:
    """A database set up by `server init`, made once per test run."""
    global _template
    if _template is None:
        from netwerk_desktop.server.connection import make_server_engine
        from netwerk_desktop.server.roles import init_server

        name = f"netwerk_template_{os.getpid()}"
        admin_execute(f"DROP DATABASE IF EXISTS {name}")
        admin_execute(f"CREATE DATABASE {name}")
        engine = make_server_engine(database_url(name))
        try:
            init_server(engine)
        finally:
            engine.dispose()
        _template = name
    return _template


@contextmanager
def fresh_database() -> Iterator[str]:
    """A database of its own for one test, with the schema and the access rules."""
    template = template_database()
    name = f"netwerk_test_{os.getpid()}_{next(_counter)}"
    admin_execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield name
    finally:
        admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def new_teacher(database: str, coordinator: bool = False) -> tuple[str, str]:
    """A teacher's login (unique in the cluster) and password."""
    from netwerk_desktop.server.connection import make_server_engine
    from netwerk_desktop.server.roles import add_teacher

    login = f"teacher_{uuid.uuid4().hex[:10]}"
    password = uuid.uuid4().hex
    engine = make_server_engine(database_url(database))
    try:
        add_teacher(engine, login, password, coordinator=coordinator)
    finally:
        engine.dispose()
    return login, password


def server_control(action: str) -> None:
    """Stop or start the throw-away cluster (the lesson-never-stops test)."""
    pg_ctl = os.environ["NETWERK_TEST_PG_CTL"]
    data = os.environ["NETWERK_TEST_PG_DATA"]
    owner = os.environ.get("NETWERK_TEST_PG_OWNER", "")
    command = [pg_ctl, "-D", data, "-w", "-s", "-l", os.path.join(data, "..", "server.log")]
    command += ["-m", "fast", "stop"] if action == "stop" else ["start"]
    if owner and os.geteuid() == 0:
        command = ["runuser", "-u", owner, "--", *command]
    subprocess.run(command, check=True, capture_output=True)
    if action == "start":
        for _ in range(50):
            try:
                psycopg.connect(libpq(database_url("postgres")), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                time.sleep(0.1)
