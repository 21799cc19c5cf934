#!/usr/bin/env bash
# The whole check: lint, types, and the test suite, with a throwaway PostgreSQL
# (started as the postgres user, stopped on every exit path). Run by test.sh,
# after scripts/setup.sh --test.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
made_xdg=""
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  made_xdg="$XDG_RUNTIME_DIR"
fi
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"

echo "== ruff"
.venv/bin/ruff check desk ui tests scripts bench
echo "== mypy (strict for desk/)"
.venv/bin/mypy

pg_dir=""
# As the postgres user, from a directory it may enter (not the root-only checkout).
as_pg() { (cd / && runuser -u postgres -- "$@"); }
clean_up() {
  if [ -n "$pg_dir" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  [ -n "$made_xdg" ] && rm -rf "$made_xdg"
  return 0
}
trap clean_up EXIT

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$PGBIN" ] && [ "$(id -u)" = 0 ] && [ -z "${DESK_TEST_POSTGRES_URL:-}" ]; then
  pg_dir=$(mktemp -d)
  chown postgres: "$pg_dir"
  chmod 700 "$pg_dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg "$PGBIN/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  as_pg "$PGBIN/createdb" -h "$pg_dir" -p "$port" desk_test
  export DESK_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/desk_test"
  echo "== PostgreSQL test server on port $port"
fi

echo "== pytest"
set +e
.venv/bin/pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$status"
