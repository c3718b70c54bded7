#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the tests and the queue benchmark.
#
#   scripts/postgres-cluster.sh start DIR [PORT]   # prints postgres://instant:instant@127.0.0.1:PORT/instant
#   scripts/postgres-cluster.sh stop DIR
#
# Installs Debian's postgresql when no server is found. The cluster lives in DIR (made anew)
# and is owned by the `postgres` user when run as root, since the server refuses to run as root.
set -euo pipefail
command=${1:?usage: postgres-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: postgres-cluster.sh start|stop DIR [PORT]}
port=${3:-55432}

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$found" ] && [ -x "$found/initdb" ] && { echo "$found"; return; }
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  bash "$(dirname "$0")/install-system-deps.sh" postgresql
  bin=$(find_bin)
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  getent passwd postgres >/dev/null || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_owner=(runuser -u postgres --)
fi

case "$command" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    [ ${#as_owner[@]} -gt 0 ] && chown postgres "$dir"
    printf 'instant\n' > "$dir.pw"
    [ ${#as_owner[@]} -gt 0 ] && chown postgres "$dir.pw"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U instant --pwfile="$dir.pw" -A scram-sha-256 >"$dir/initdb.log" 2>&1
    rm -f "$dir.pw"
    # Loopback only, a socket folder of its own; fsync stays on: the queue's guarantees are
    # measured as a real deployment would have them.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" start >/dev/null
    PGPASSWORD=instant "$bin/psql" -h 127.0.0.1 -p "$port" -U instant -d postgres -qAt \
      -c "CREATE DATABASE instant" >/dev/null
    echo "postgres://instant:instant@127.0.0.1:$port/instant"
    ;;
  stop)
    [ -d "$dir/data" ] && "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres-cluster.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
