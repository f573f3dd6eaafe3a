#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the warehouse tests and benchmark.
#   pgcluster.sh start DIR PORT   initdb in DIR, start, make role and database "journeyscope"
#   pgcluster.sh stop DIR         stop it and remove DIR
# As root, the server runs as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail

action=$1 dir=$2
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL server not installed (postgresql-15)" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
start)
  port=$3
  mkdir -p "$dir/sock"
  if [ "$(id -u)" -eq 0 ]; then
    # The server's user must be able to reach DIR (a mktemp directory is private).
    chmod a+x "$(dirname "$dir")"
    chown -R postgres:postgres "$dir"
  fi
  as_server "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_server "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off" start >/dev/null
  as_server "$pgbin/psql" -q -h 127.0.0.1 -p "$port" -U postgres \
    -c "CREATE ROLE journeyscope LOGIN" -c "CREATE DATABASE journeyscope OWNER journeyscope"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_server "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pgcluster.sh start DIR PORT | stop DIR" >&2
  exit 2
  ;;
esac
