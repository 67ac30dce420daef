"""What a command gets besides its arguments: the data folder, opened only when needed."""

from __future__ import annotations

import sys

from netwerk_desktop.errors import DataDirInUse, NetwerkError
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.portable import choose_location, keep_writes_inside, uses_portable_folder
from netwerk_desktop.workspace import Workspace


class CliError(Exception):
    """A failed operation (exit 1) or bad usage (exit 2), with the message for stderr."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class CliContext:
    def __init__(
        self, data_dir_arg: str | None, portable: bool = False, server_arg: str | None = None
    ) -> None:
        self._data_dir_arg = data_dir_arg
        self._portable = portable
        self._server_arg = server_arg
        self._password: str | None = None
        self._kept_inside = False
        self._workspace: Workspace | None = None

    @property
    def location(self) -> DataLocation:
        location = choose_location(self._data_dir_arg, self._portable)
        if not self._kept_inside and uses_portable_folder(self._data_dir_arg, self._portable):
            keep_writes_inside(location.ensure())  # nothing of the class outside the stick
            self._kept_inside = True
        return location

    def workspace(self, read_only: bool = False) -> Workspace:
        """Open the data folder once per command. Read-only commands work while the app is
        open (it holds the lock); commands that change data need the app closed. What the
        teacher should know about the opening (a skipped backup, a finished erasure) goes to
        stderr."""
        if self._workspace is None and self.server_address() is not None:
            self._workspace = self._connect_to_server()
        if self._workspace is None:
            try:
                try:
                    self._workspace = Workspace.open(self.location)
                except DataDirInUse:
                    if not read_only:
                        raise
                    self._workspace = Workspace.open(self.location, read_only=True)
            except NetwerkError as exc:
                raise CliError(str(exc)) from exc
            for warning in self._workspace.warnings:
                print(f"warning: {warning.detail}", file=sys.stderr)
            reason = self._workspace.read_only_reason
            if reason is not None and not read_only:
                self._workspace.close()
                self._workspace = None
                from netwerk_desktop.errors import ReadOnly

                raise CliError(str(ReadOnly(reason)))
        return self._workspace

    def server_address(self) -> str | None:
        """--server, else NETWERK_DATABASE_URL; None: the local data folder."""
        from netwerk_desktop.server.address import address_from_environment

        return self._server_arg or address_from_environment()

    def server_password(self, asked: bool = False) -> str | None:
        """The password typed at the prompt (kept in memory for this command only); None
        lets libpq find it (pgpass, a service file, PGPASSWORD)."""
        if asked and self._password is None:
            if not sys.stdin.isatty():
                raise CliError(
                    "The school server wants a password: put it in a pgpass file"
                    " (see docs/school-server.md) or run the command in a terminal."
                )
            import getpass

            self._password = getpass.getpass("Password for the school server: ")
        return self._password

    def _connect_to_server(self) -> Workspace:
        from netwerk_desktop.server.connection import needs_password
        from netwerk_desktop.server.workspace import ServerWorkspace

        address = self.server_address()
        assert address is not None
        try:
            try:
                workspace = ServerWorkspace.connect(
                    self.location, address, password=self.server_password()
                )
            except NetwerkError as exc:
                if not needs_password(exc) or self._password is not None:
                    raise
                workspace = ServerWorkspace.connect(
                    self.location, address, password=self.server_password(asked=True)
                )
        except NetwerkError as exc:
            raise CliError(str(exc)) from exc
        state = workspace.journal_state()
        if state.waiting:
            print(
                f"warning: {state.waiting} lesson change(s) saved on this PC are still to be"
                " sent to the school server.",
                file=sys.stderr,
            )
        return workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
