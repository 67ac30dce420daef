"""Alembic environment: runs on the connection Netwerk Desktop hands over, so migrations see
the same pragmas as the app. There is no alembic.ini; see storage/migrate.py."""

from alembic import context

from netwerk_desktop.storage.schema import metadata

target_metadata = metadata
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata,
    # SQLite alters tables by copying them; PostgreSQL alters them in place.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
