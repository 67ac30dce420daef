"""The school server: the same app on the school's PostgreSQL (issue 17).

`connection` turns an address into an engine (libpq's own password and TLS handling),
`workspace.ServerWorkspace` hands out the same services as a local data folder, `journal` keeps
lesson writes on this PC while the server is away, `roles` manages teachers and coordinators,
`moving` copies classes between a local data folder and the server, `dump` runs pg_dump.
"""
