#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the warehouse tests and benchmark.
#   pgcluster.sh start STATE PORT [OPTIONS]
#                                   initdb in a new directory under /tmp, start the server
#                                   (with OPTIONS, e.g. "-c work_mem=256MB"), make the role
#                                   and database "journeyscope" (trusted) and the role
#                                   "journeyscope_secret" (password "test-only", which the
#                                   server asks for); the directory is written to STATE
#   pgcluster.sh stop STATE         stop that server and remove its directory
# As root, the server runs as the postgres user (PostgreSQL refuses to run as root), which
# is why the cluster lives under /tmp and not in a build tree it might not reach.
set -euo pipefail

action=${1:-} state=${2:-}
[ -n "$state" ] || { echo "usage: pgcluster.sh start STATE PORT [OPTIONS] | stop STATE" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "no PostgreSQL server: install postgresql-15" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [ -f "$state" ] || return 0
  local dir
  dir=$(cat "$state")
  if [ -d "$dir/data" ]; then
    as_server "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$state"
}

case $action in
start)
  port=${3:?port} options=${4:-}
  stop # what an earlier run left behind
  dir=$(mktemp -d /tmp/journeyscope-pg.XXXXXX)
  echo "$dir" > "$state"
  chmod 755 "$dir"
  mkdir -p "$dir/sock"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$dir"
  as_server "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >/dev/null
  # One role that must give a password, for the tests of asking for one.
  { echo "host all journeyscope_secret 127.0.0.1/32 scram-sha-256"; cat "$dir/data/pg_hba.conf"; } \
    > "$dir/hba" && cat "$dir/hba" > "$dir/data/pg_hba.conf" && rm "$dir/hba"
  # fsync off: a test cluster need not survive a power cut, and it loads faster.
  as_server "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off $options" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  as_server "$pgbin/psql" -q -h 127.0.0.1 -p "$port" -U postgres \
    -c "CREATE ROLE journeyscope LOGIN" -c "CREATE DATABASE journeyscope OWNER journeyscope" \
    -c "CREATE ROLE journeyscope_secret LOGIN PASSWORD 'test-only'"
  echo "PostgreSQL on 127.0.0.1:$port, data in $dir"
  ;;
stop)
  stop
  ;;
*)
  echo "usage: pgcluster.sh start STATE PORT [OPTIONS] | stop STATE" >&2
  exit 2
  ;;
esac
