#!/usr/bin/env bash
# PostgreSQL for local development: the machine's own cluster (Debian
# postgresql-common), not a private one.
#
# Usage: dev/postgres.sh ensure [DBNAME...]
#          make sure PostgreSQL answers on 127.0.0.1:${ZIAR_PG_PORT:-5432}
#          (start the Debian cluster `main` if not), then create each DBNAME
#          that does not exist yet
#        dev/postgres.sh reset [DBNAME...]
#          the same, but drops each DBNAME first (for test runs)
#        dev/postgres.sh status
#
# ZIAR_PG_USER (postgres) is the role used to connect (trust auth expected).
set -euo pipefail

# shellcheck source=dev/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

PG_HOST=127.0.0.1
PG_USER=${ZIAR_PG_USER:-postgres}

pg_up() {
  pg_isready -q -h "$PG_HOST" -p "$ZIAR_PG_PORT"
}

pg_psql() {
  psql -h "$PG_HOST" -p "$ZIAR_PG_PORT" -U "$PG_USER" -d postgres \
    -v ON_ERROR_STOP=1 -X -q -tA "$@"
}

start_cluster() {
  local version
  command -v pg_ctlcluster >/dev/null ||
    die "PostgreSQL does not answer on $PG_HOST:$ZIAR_PG_PORT and pg_ctlcluster is missing"
  [ -d /etc/postgresql ] || die "no /etc/postgresql: is PostgreSQL installed?"
  # newest installed major version
  version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1)
  [ -n "$version" ] || die "no cluster under /etc/postgresql"
  log "starting PostgreSQL cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
    log "pg_ctlcluster $version main start failed (maybe already starting)"
}

cmd_ensure() {
  local db rc=0
  if ! pg_up; then
    start_cluster
    wait_for "PostgreSQL on $PG_HOST:$ZIAR_PG_PORT" 30 pg_up || rc=$?
    [ "$rc" -eq 0 ] || die "PostgreSQL does not answer on $PG_HOST:$ZIAR_PG_PORT"
  fi
  for db in "$@"; do
    case "$db" in
      '' | *[!A-Za-z0-9_-]*) die "refusing database name '$db' (letters, digits, _ and - only)" ;;
    esac
    if [ "$(pg_psql -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" = 1 ]; then
      log "database $db exists"
    else
      pg_psql -c "CREATE DATABASE \"$db\"" >/dev/null
      log "database $db created"
    fi
  done
}

cmd_reset() {
  local db
  cmd_ensure
  for db in "$@"; do
    case "$db" in
      '' | *[!A-Za-z0-9_-]*) die "refusing database name '$db' (letters, digits, _ and - only)" ;;
    esac
    pg_psql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
  done
  cmd_ensure "$@"
}

cmd_status() {
  if pg_up; then
    printf 'postgres: ready on %s:%s\n' "$PG_HOST" "$ZIAR_PG_PORT"
    return 0
  fi
  printf 'postgres: not answering on %s:%s\n' "$PG_HOST" "$ZIAR_PG_PORT"
  return 3
}

case "${1:-}" in
  ensure)
    shift
    cmd_ensure "$@"
    ;;
  reset)
    shift
    cmd_reset "$@"
    ;;
  status) cmd_status ;;
  *) usage ;;
esac
