#!/usr/bin/env bash
# The durable background queue (PostgreSQL) against the in-memory one: enqueue latency and
# executions per second, on loopback, with Tests/QueueReplica (one job, `POST /jobs/work/?_background`).
#
# 1. Enqueue latency: the p50 and p99 of the 202 for `POST /jobs/work/?_background` (body `{}`)
#    with the in-memory queue (INSTANT_QUEUE_URL unset) and with PostgreSQL, and the difference
#    of the p99s; target: PostgreSQL adds at most 2 ms to the in-memory p99.
#    The load is wrk (`-t1 -c16` for 10 s by default) with Benchmarks/wrk-queue.lua, whose
#    connections each pause QUEUE_BENCH_DELAY_MS after a response. Debian's wrk has no constant
#    rate (wrk2's -R); at full blast a closed loop keeps the server saturated and the latency
#    is mostly time spent waiting in line. 16 connections pausing 10 ms offer at most ~1,600
#    requests/s, a busy service that is not overloaded, so the p99 is the enqueue's own cost
#    (for PostgreSQL: an INSERT and its commit, fsync on). The replica runs the jobs it takes as
#    it would in production (in-memory: in process; PostgreSQL: its workers claim them).
# 2. Executions per second with one and with two replicas: a real 202 gives a row, which is
#    cloned QUEUE_BENCH_EXECUTIONS times in one transaction (so the replicas, already running,
#    see them all at once and enqueueing is not what is measured); the replicas' workers drain
#    them and the figure is N / (last finished_at - first started_at) of `instant_executions`.
#    Target: at least 1,000 executions/s with two replicas. The table is truncated between runs.
#
# PostgreSQL: $INSTANT_TEST_POSTGRES_URL when set, else a throwaway cluster
# (scripts/postgres-cluster.sh, stopped at exit). Either way the benchmark works in a database
# of its own, dropped at exit. PostgreSQL itself is not pinned.
#
# CPU pinning as Benchmarks/run.sh: with taskset working and at least 2 CPUs, the replicas (both,
# in the two-replica run) run on BENCH_SERVER_CPU and wrk on BENCH_WRK_CPU; otherwise unpinned,
# and the line "CPU pinning:" says which it was. The load average is printed before and after:
# other work on the machine (builds) shows in the figures.
#
# Usage: bash Benchmarks/queue.sh [--no-pin | --pin]
# Settings (environment):
#   QUEUE_BENCH_EXECUTIONS=20000   executions drained per replica count
#   QUEUE_BENCH_DURATION=10        seconds per measured wrk run (after QUEUE_BENCH_WARMUP=2)
#   QUEUE_BENCH_ROUNDS=3           alternating latency rounds; the table shows each queue's median run by p99
#   QUEUE_BENCH_THREADS=1 QUEUE_BENCH_CONNECTIONS=16
#   QUEUE_BENCH_DELAY_MS=10        pause per connection between requests; 0 = wrk at full blast
#   QUEUE_BENCH_CONCURRENCY=64     QUEUE_CONCURRENCY of each replica (executions run at once)
#   QUEUE_BENCH_TIMEOUT=90         upper bound in seconds for one drain
#   QUEUE_BENCH_PHASES="latency executions"   which parts to run
#   BENCH_PIN=1                    0 runs unpinned (as --no-pin)
#   BENCH_SERVER_CPU=0 BENCH_WRK_CPU=1   the `taskset -c` CPU lists when pinned
#   BENCH_SKIP_BUILD=1             use the existing release QueueReplica
#   INSTANT_TEST_POSTGRES_URL      an existing server (postgres://USER:PASS@HOST:PORT/DB) to use
# The replicas run with QUEUE_LEASE_MS=15000 and without QUEUE_RUN_LOG.
# Quick run: QUEUE_BENCH_DURATION=3 QUEUE_BENCH_ROUNDS=1 QUEUE_BENCH_EXECUTIONS=5000 bash Benchmarks/queue.sh
set -euo pipefail
# PIN from BENCH_PIN and the arguments; --help prints the comment above.
source "$(dirname "$0")/pinning.sh"
parse_pin_arguments "$0" "$@"
cd "$(dirname "$0")/.."

EXECUTIONS=${QUEUE_BENCH_EXECUTIONS:-20000}
DURATION=${QUEUE_BENCH_DURATION:-10}
ROUNDS=${QUEUE_BENCH_ROUNDS:-3}
WARMUP=${QUEUE_BENCH_WARMUP:-2}
THREADS=${QUEUE_BENCH_THREADS:-1}
CONNECTIONS=${QUEUE_BENCH_CONNECTIONS:-16}
DELAY_MS=${QUEUE_BENCH_DELAY_MS:-10}
CONCURRENCY=${QUEUE_BENCH_CONCURRENCY:-64}
TIMEOUT=${QUEUE_BENCH_TIMEOUT:-90}
PHASES=" ${QUEUE_BENCH_PHASES:-latency executions} "
SERVER_CPU=${BENCH_SERVER_CPU:-0}
WRK_CPU=${BENCH_WRK_CPU:-1}
LUA=Benchmarks/wrk-queue.lua
WORK=.build/bench-queue
mkdir -p "$WORK"

# --- tools and binary --------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    echo "installing wrk from Debian..."
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    bash scripts/install-system-deps.sh
    # Other builds may share this checkout: every swift build takes the lock.
    flock /tmp/swift-build.lock swift build -c release --product QueueReplica
fi
BIN=$(flock /tmp/swift-build.lock swift build -c release --show-bin-path)
REPLICA=$BIN/QueueReplica
[ -x "$REPLICA" ] || { echo "no $REPLICA: build it (without BENCH_SKIP_BUILD=1)" >&2; exit 1; }

# --- CPU pinning (Benchmarks/pinning.sh, as Benchmarks/run.sh) -----------------------------------
setup_pinning replicas "" ", PostgreSQL unpinned"

# --- clean-up ----------------------------------------------------------------------------------
REPLICA_PIDS=()
CLUSTER=""
SERVER_URL=""
DATABASE="queue_bench_$$"
stop_replicas() {
    for pid in "${REPLICA_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${REPLICA_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    REPLICA_PIDS=()
}
cleanup() {
    stop_replicas
    if [ -n "$SERVER_URL" ]; then
        psql "$SERVER_URL" -qAtX -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [ -n "$CLUSTER" ]; then bash scripts/postgres-cluster.sh stop "$CLUSTER" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# --- PostgreSQL --------------------------------------------------------------------------------
if [ -n "${INSTANT_TEST_POSTGRES_URL:-}" ]; then
    SERVER_URL=$INSTANT_TEST_POSTGRES_URL
    POSTGRES="the server of \$INSTANT_TEST_POSTGRES_URL"
    command -v psql >/dev/null || bash scripts/install-system-deps.sh postgresql-client
else
    CLUSTER=$PWD/$WORK/pg  # absolute: the server resolves its socket folder from its data folder
    SERVER_URL=$(bash scripts/postgres-cluster.sh start "$CLUSTER" "$(free_port)" | tail -1)
    POSTGRES="a throwaway cluster in $CLUSTER (fsync on)"
fi
# Base URL (without database and query) + a database of the benchmark's own.
server_base=${SERVER_URL%%\?*}
server_base=${server_base%/*}
QUEUE_URL="$server_base/$DATABASE?sslmode=disable"
psql "$SERVER_URL" -qAtX -v ON_ERROR_STOP=1 -c "CREATE DATABASE $DATABASE" >/dev/null
sql() { psql "$QUEUE_URL" -qAtX -v ON_ERROR_STOP=1 "$@"; }

# --- replicas ----------------------------------------------------------------------------------
# start_replica <name> <port> <queue url or empty>: runs QueueReplica in the background and
# waits until its queue answers (404 for a well-formed id nobody has: connected and migrated).
start_replica() {
    local name=$1 port=$2 url=$3 pid settings
    settings=(PORT="$port" QUEUE_REPLICA_NAME="$name" QUEUE_LEASE_MS=15000 QUEUE_CONCURRENCY="$CONCURRENCY")
    [ -n "$url" ] && settings+=(INSTANT_QUEUE_URL="$url")
    env -u QUEUE_RUN_LOG -u INSTANT_QUEUE_URL "${settings[@]}" "${SERVER_PIN[@]}" "$REPLICA" >"$WORK/$name.log" 2>&1 &
    pid=$!
    REPLICA_PIDS+=("$pid")
    for _ in $(seq 1 300); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/.well-known/executions/00000000-0000-4000-8000-000000000000")" = 404 ]; then
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "replica $name did not start; its log:" >&2
    cat "$WORK/$name.log" >&2
    exit 1
}
# enqueue <port>: one `POST /jobs/work/?_background`; prints the execution's uuid.
enqueue() {
    curl -s -D - -o /dev/null --max-time 10 -H 'Content-Type: application/json' --data-binary '{}' \
        "http://127.0.0.1:$1/jobs/work/?_background" | tr -d '\r' | awk 'tolower($1) == "x-execution-uuid:" { print $2 }'
}

echo
echo "CPU pinning: $PINNING"
echo "PostgreSQL: $POSTGRES, database $DATABASE"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. enqueue latency ------------------------------------------------------------------------
# drive <port> <seconds>: prints "requests duration_us p50_us p99_us non2xx errors"
drive() {
    WRK_BODY='{}' WRK_DELAY_MS=$DELAY_MS timeout $(($2 + 30)) "${WRK_PIN[@]}" \
        wrk -t "$THREADS" -c "$CONNECTIONS" -d "${2}s" --latency -s "$LUA" "http://127.0.0.1:$1/jobs/work/?_background" |
        tee -a "$WORK/wrk.txt" | awk '/^RESULT / { $1 = ""; print }'
}
# measure_latency: both replicas (in-memory, PostgreSQL) up at once, driven in turn; one line
# "<queue> <drive's figures>" per run in $WORK/latency.txt.
measure_latency() {
    local -A ports
    local queue round order url
    for queue in memory postgres; do
        ports[$queue]=$(free_port)
        url=""; [ "$queue" = postgres ] && url=$QUEUE_URL
        start_replica "latency-$queue" "${ports[$queue]}" "$url"
        [ -n "$(enqueue "${ports[$queue]}")" ] || { echo "no 202 from the $queue replica" >&2; cat "$WORK/latency-$queue.log" >&2; exit 1; }
        # wrk refuses `-d 0s`: QUEUE_BENCH_WARMUP=0 skips the warm-up.
        if [ "$WARMUP" -gt 0 ]; then drive "${ports[$queue]}" "$WARMUP" >/dev/null; fi
    done
    for round in $(seq 1 "$ROUNDS"); do
        # Alternate which goes first so neither always runs on a warmer (or busier) machine.
        if [ $((round % 2)) = 1 ]; then order="memory postgres"; else order="postgres memory"; fi
        for queue in $order; do echo "$queue $(drive "${ports[$queue]}" "$DURATION")" >>"$WORK/latency.txt"; done
    done
    stop_replicas
    sql -c "TRUNCATE instant_executions"
}

# --- 2. executions per second ------------------------------------------------------------------
# drain <replicas>: appends "<replicas> succeeded failed seconds per-replica-counts wall_seconds"
# to $WORK/executions.txt.
drain() {
    local count=$1 ports=() i port uuid start now done_count
    for i in $(seq 1 "$count"); do
        port=$(free_port)
        start_replica "drain$count-r$i" "$port" "$QUEUE_URL"
        ports+=("$port")
    done
    # The template: a real execution, enqueued and run once, so its stored request is the gateway's own.
    uuid=$(enqueue "${ports[0]}")
    [ -n "$uuid" ] || { echo "no 202 from the drain replica" >&2; exit 1; }
    for _ in $(seq 1 100); do
        [ "$(sql -c "SELECT state FROM instant_executions WHERE uuid = '$uuid'")" = succeeded ] && break
        sleep 0.1
    done
    start=$(date +%s.%N)
    sql >/dev/null <<SQL
BEGIN;
CREATE TEMP TABLE bench_template ON COMMIT DROP AS SELECT * FROM instant_executions WHERE uuid = '$uuid';
TRUNCATE instant_executions;
INSERT INTO instant_executions
    (uuid, endpoint, alias, params, request, body, state, max_attempts, retry_initial_ms, retry_multiplier, retry_max_ms)
SELECT gen_random_uuid()::text, endpoint, alias, params, request, body, 'queued', max_attempts, retry_initial_ms, retry_multiplier, retry_max_ms
FROM bench_template, generate_series(1, $EXECUTIONS);
COMMIT;
SQL
    while true; do
        done_count=$(sql -c "SELECT count(*) FROM instant_executions WHERE state IN ('succeeded', 'failed')")
        [ "$done_count" -ge "$EXECUTIONS" ] && break
        now=$(date +%s.%N)
        if awk -v a="$start" -v b="$now" -v t="$TIMEOUT" 'BEGIN { exit !(b - a > t) }'; then
            echo "drain with $count replica(s): $done_count of $EXECUTIONS done after ${TIMEOUT} s, giving up" >&2
            break
        fi
        sleep 0.2
    done
    now=$(date +%s.%N)
    {
        printf '%s ' "$count"
        sql -c "SELECT count(*) FILTER (WHERE state = 'succeeded'), count(*) FILTER (WHERE state = 'failed'),
                       coalesce(extract(epoch FROM max(finished_at) - min(started_at)), 0),
                       coalesce((SELECT string_agg(n::text, '+' ORDER BY r) FROM (
                           SELECT result::json->>'replica' AS r, count(*) AS n FROM instant_executions
                           WHERE state = 'succeeded' GROUP BY 1) AS split), '-')
                FROM instant_executions" | tr '|' ' ' | tr -d '\n'
        awk -v a="$start" -v b="$now" 'BEGIN { printf " %.2f\n", b - a }'
    } >>"$WORK/executions.txt"
    stop_replicas
    sql -c "TRUNCATE instant_executions"
}

: >"$WORK/wrk.txt"
: >"$WORK/latency.txt"
: >"$WORK/executions.txt"
if [[ $PHASES == *" latency "* ]]; then
    echo
    echo "enqueue latency: $ROUNDS round(s) x $DURATION s per queue, wrk -t$THREADS -c$CONNECTIONS, ${DELAY_MS} ms pause per connection..."
    measure_latency
fi
if [[ $PHASES == *" executions "* ]]; then
    echo "executions/s: $EXECUTIONS executions per run, QUEUE_CONCURRENCY=$CONCURRENCY per replica..."
    drain 1
    drain 2
fi

# --- report ------------------------------------------------------------------------------------
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CPU pinning: $PINNING"
if [[ $PHASES == *" latency "* ]]; then
    echo
    echo "Enqueue latency, the 202 of POST /jobs/work/?_background: wrk -t$THREADS -c$CONNECTIONS, ${DELAY_MS} ms pause per connection,"
    echo "median run by p99 of $ROUNDS x $DURATION s per queue (all runs: $WORK/latency.txt):"
    awk '
        { n[$1]++; run[$1, n[$1]] = $0 }
        # The run with the median p99 (field 5).
        function median(queue,    i, j, tmp, a, b, sorted) {
            for (i = 1; i <= n[queue]; i++) sorted[i] = run[queue, i]
            for (i = 1; i <= n[queue]; i++) for (j = i + 1; j <= n[queue]; j++) {
                split(sorted[i], a, " "); split(sorted[j], b, " ")
                if (b[5] + 0 < a[5] + 0) { tmp = sorted[i]; sorted[i] = sorted[j]; sorted[j] = tmp }
            }
            return sorted[int((n[queue] + 1) / 2)]
        }
        END {
            split(median("memory"), m, " "); split(median("postgres"), p, " ")
            printf "  %-10s %10s %9s %9s   %s\n", "queue", "requests/s", "p50 ms", "p99 ms", "errors (non-2xx, socket)"
            printf "  %-10s %10.0f %9.2f %9.2f   %d, %d\n", "in-memory", m[2] / (m[3] / 1e6), m[4] / 1000, m[5] / 1000, m[6], m[7]
            printf "  %-10s %10.0f %9.2f %9.2f   %d, %d\n", "PostgreSQL", p[2] / (p[3] / 1e6), p[4] / 1000, p[5] / 1000, p[6], p[7]
            added = (p[5] - m[5]) / 1000
            printf "  PostgreSQL adds %+.2f ms to the p99 (target: PostgreSQL adds at most 2 ms to the p99 of the in-memory 202): %s\n",
                added, (added <= 2 ? "ok" : "OVER")
        }' "$WORK/latency.txt"
fi
if [[ $PHASES == *" executions "* ]]; then
    echo
    echo "Executions per second, $EXECUTIONS trivial executions on PostgreSQL, N / (last finished_at - first started_at):"
    awk -v n="$EXECUTIONS" '
        BEGIN { printf "  %-8s %13s %9s %13s %7s   %s\n", "replicas", "executions/s", "seconds", "wall seconds", "failed", "succeeded per replica" }
        {
            rate[$1] = $4 > 0 ? $2 / $4 : 0; complete[$1] = ($2 == n)
            printf "  %-8d %13.0f %9.2f %13.2f %7d   %s%s\n", $1, rate[$1], $4, $6, $3, $5, ($2 + $3 < n ? sprintf(" (only %d of %d done)", $2 + $3, n) : "")
        }
        END {
            printf "  two replicas: %.0f executions/s (target: >= 1,000 executions/s with two replicas): %s\n",
                rate[2], (rate[2] >= 1000 && complete[2] ? "ok" : "BELOW")
        }' "$WORK/executions.txt"
fi
