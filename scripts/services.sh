#!/usr/bin/env bash
# Install and start what the tests need beyond Python: PostgreSQL and Chromium.
# Idempotent; writes the connection settings to .tmp/services.env for `make test`.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
: > .tmp/services.env

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

need=()
command -v pg_ctlcluster >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "services: installing ${need[*]} with apt-get"
  as_root apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
    || echo "services: could not install ${need[*]}; the tests that need them will say why they skip"
fi

if command -v chromium >/dev/null; then
  echo "export SUMMITWATCH_CHROMIUM=$(command -v chromium)" >> .tmp/services.env
fi

# PostgreSQL: a private cluster owned by the postgres user, on a port of our own.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$PGBIN" ]; then
  PGDATA=/tmp/summitwatch-pg
  PGPORT=${SUMMITWATCH_PG_PORT:-54329}
  run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA" && { [ "$(id -u)" != 0 ] || chown postgres "$PGDATA"; }
    run_pg "$PGBIN/initdb -D $PGDATA -U postgres --auth=trust >/dev/null"
  fi
  if ! run_pg "$PGBIN/pg_ctl -D $PGDATA status" >/dev/null 2>&1; then
    run_pg "$PGBIN/pg_ctl -D $PGDATA -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1' -l $PGDATA/log -w start" >/dev/null \
      || echo "services: PostgreSQL did not start; see $PGDATA/log"
  fi
  echo "export SUMMITWATCH_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres" >> .tmp/services.env
fi
cat .tmp/services.env
