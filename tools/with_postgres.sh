#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster for the school-server tests:
# initdb in a temporary folder as an unprivileged user, listening on 127.0.0.1 only, on a free
# port, with a password (scram) for every role; stopped and removed when the command ends.
# The command finds it through NETWERK_TEST_POSTGRES. Without PostgreSQL's programs on this
# machine the command runs as it is (the PostgreSQL tests then skip and say why).
set -euo pipefail

bin_dir="${NETWERK_PG_BIN:-}"
if [ -z "$bin_dir" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin_dir="$candidate"
  done
fi
if [ -n "${NETWERK_TEST_POSTGRES:-}" ] || [ -z "$bin_dir" ] || [ ! -x "$bin_dir/pg_ctl" ]; then
  exec "$@"
fi

# initdb refuses to run as root: as root, the cluster belongs to an unprivileged user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  owner="${NETWERK_PG_USER:-postgres}"
  id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home "$owner"
  as_owner=(runuser -u "$owner" --)
fi

cluster="$(mktemp -d "${TMPDIR:-/tmp}/netwerk-pg.XXXXXX")"
password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
printf '%s\n' "$password" > "$cluster/pwfile"
chmod 700 "$cluster"
chmod 600 "$cluster/pwfile"
[ ${#as_owner[@]} -eq 0 ] || chown -R "$owner" "$cluster"

stop() {
  "${as_owner[@]}" "$bin_dir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop EXIT

"${as_owner[@]}" "$bin_dir/initdb" -D "$cluster/data" -U netwerk_admin --pwfile="$cluster/pwfile" \
  -A scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 \
  || { cat "$cluster/initdb.log"; exit 1; }
# In the configuration file, so a test that stops and starts the server gets the same one.
cat >>"$cluster/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$cluster'
fsync = off
full_page_writes = off
synchronous_commit = off
CONF
"${as_owner[@]}" "$bin_dir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -s start

export NETWERK_TEST_POSTGRES="postgresql://netwerk_admin:$password@127.0.0.1:$port/postgres"
export NETWERK_TEST_PG_CTL="$bin_dir/pg_ctl"
export NETWERK_TEST_PG_DATA="$cluster/data"
export NETWERK_TEST_PG_OWNER="${owner:-}"
echo "PostgreSQL for the school-server tests: $("$bin_dir/postgres" --version), 127.0.0.1:$port"
set +e
"$@"
status=$?
set -e
exit $status
