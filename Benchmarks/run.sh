#!/usr/bin/env bash
# Gateway vs hand-written baseline: throughput, latency and memory on loopback.
#
# Builds HelloAPI (the example gateway over functions/) and Benchmarks/Baseline (plain Hummingbird
# doing the same work by hand) in release, checks both answer with the same bytes, then drives
# them alternately with wrk and prints requests/s, p50 and p99 per endpoint and the ratio
# gateway/baseline next to the targets. Then the memory check: the gateway's RSS after 10k and
# after BENCH_MEMORY_REQUESTS requests on the typed endpoint.
#
# CPU pinning is the default: with taskset working and at least 2 CPUs, each server runs on
# BENCH_SERVER_CPU and wrk on BENCH_WRK_CPU, so the two do not trade cores mid-run. Without
# taskset, when it fails, or with fewer CPUs it runs unpinned and says so; the header line
# "CPU pinning:" tells which it was.
#
# Usage: bash Benchmarks/run.sh [--no-pin | --pin]
# Settings (environment):
#   BENCH_PIN=1               0 runs unpinned (as --no-pin)
#   BENCH_SERVER_CPU=0 BENCH_WRK_CPU=1   the `taskset -c` CPU lists when pinned
#   BENCH_DURATION=10         seconds per measured wrk run
#   BENCH_WARMUP=2            seconds of warm-up per endpoint and server
#   BENCH_ROUNDS=3            alternating rounds; the table shows each side's median run
#   BENCH_THREADS=2 BENCH_CONNECTIONS=64
#   BENCH_ENDPOINTS="hello typed order events"
#   BENCH_MEMORY_REQUESTS=1000000   0 skips the memory check
#   BENCH_MEMORY_TIMEOUT=600  upper bound in seconds for the memory check's load
#   BENCH_PERF=1              also `perf record -g` the gateway during one typed and one order run
#   BENCH_SKIP_BUILD=1        use the existing release binaries
#   BENCH_ENV=production      the example's NODE_ENV (development pretty-prints JSON)
# Quick run: BENCH_DURATION=3 BENCH_ROUNDS=1 BENCH_MEMORY_REQUESTS=100000 bash Benchmarks/run.sh
set -euo pipefail
# PIN from BENCH_PIN and the arguments; --help prints the comment above.
source "$(dirname "$0")/pinning.sh"
parse_pin_arguments "$0" "$@"
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
ROUNDS=${BENCH_ROUNDS:-3}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
ENDPOINTS=${BENCH_ENDPOINTS:-"hello typed order events"}
MEMORY_REQUESTS=${BENCH_MEMORY_REQUESTS:-1000000}
MEMORY_TIMEOUT=${BENCH_MEMORY_TIMEOUT:-600}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
WRK_CPU=${BENCH_WRK_CPU:-1}
LUA=Benchmarks/wrk-report.lua
WORK=.build/bench
mkdir -p "$WORK"

# --- endpoints ---------------------------------------------------------------------------------
ORDER_BODY='{"order":{"id":"A-1001","qty":3,"items":[{"sku":"sku-1","price":9.99},{"sku":"sku-2","price":0.5},{"sku":"sku-3","price":120}]}}'
path_of() {
    case "$1" in
        hello) echo "/hello?name=bench" ;;
        typed) echo "/bench/typed?name=alice&age=42&tags=alpha&tags=beta&tags=gamma" ;;
        order) echo "/bench/order" ;;
        events) echo "/bench/events?_stream=true" ;;
    esac
}
body_of() { if [ "$1" = order ]; then echo "$ORDER_BODY"; fi; }
target_of() {
    case "$1" in
        hello) echo 0.95 ;;
        typed | order) echo 0.90 ;;
        *) echo - ;;
    esac
}

# --- tools and binaries ------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    echo "installing wrk from Debian..."
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    bash scripts/install-system-deps.sh
    swift build -c release --product HelloAPI
    swift build -c release --product Baseline
fi
BIN=$(swift build -c release --show-bin-path)

# --- CPU pinning -------------------------------------------------------------------------------
# setup_pinning: sets SERVER_PIN and WRK_PIN, the command prefixes the servers and wrk run under
# (`taskset -c CPU`, or empty when unpinned), and PINNING, what the header says about it.
setup_pinning servers ", ratios are noisier"

# --- servers -----------------------------------------------------------------------------------
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
# start <name> <port> <command...>: runs it in the background, waits until the port answers.
start() {
    local name=$1 port=$2; shift 2
    NODE_ENV=${BENCH_ENV:-production} PORT=$port "${SERVER_PIN[@]}" "$@" >"$WORK/$name.log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    for _ in $(seq 1 100); do
        if curl -s -o /dev/null "http://127.0.0.1:$port/hello"; then
            STARTED_PID=$pid
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "$name did not start; its log:" >&2
    cat "$WORK/$name.log" >&2
    exit 1
}
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
cpus_of() { awk '/^Cpus_allowed_list:/ { print $2 }' "/proc/$1/status"; }

echo
echo "CPU pinning: $PINNING"
GATEWAY_PORT=$(free_port)
start gateway "$GATEWAY_PORT" "$BIN/HelloAPI"
GATEWAY_PID=$STARTED_PID
# The baseline writes JSON as the gateway does: pretty in development, compact otherwise.
PRETTY=0
if curl -s -H 'User-Agent:' "http://127.0.0.1:$GATEWAY_PORT$(path_of typed)" | grep -q $'^  '; then PRETTY=1; fi
BASELINE_PORT=$(free_port)
BASELINE_PRETTY=$PRETTY start baseline "$BASELINE_PORT" "$BIN/Baseline"
echo "gateway  pid $GATEWAY_PID on 127.0.0.1:$GATEWAY_PORT, CPUs $(cpus_of "$GATEWAY_PID") (pretty JSON: $PRETTY)"
echo "baseline pid $STARTED_PID on 127.0.0.1:$BASELINE_PORT, CPUs $(cpus_of "$STARTED_PID")"

# --- same bytes? -------------------------------------------------------------------------------
# Response head and body with the parts that differ per request (Date, ids, timestamps) masked.
normalized() {
    local port=$1 endpoint=$2 body
    body=$(body_of "$endpoint")
    # No User-Agent, as wrk: with one, the gateway redirects paths without a trailing slash.
    local args=(-s -i --max-time 5 -H 'User-Agent:' "http://127.0.0.1:$port$(path_of "$endpoint")")
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
    curl "${args[@]}" | tr -d '\r' | grep -v -i '^date:' |
        sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/<uuid>/g;
                s/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/<time>/g'
}
echo
DIFFERING=""
for endpoint in $ENDPOINTS; do
    if diff <(normalized "$GATEWAY_PORT" "$endpoint") <(normalized "$BASELINE_PORT" "$endpoint") >"$WORK/diff-$endpoint.txt"; then
        echo "same response bytes: $endpoint"
    else
        DIFFERING="$DIFFERING $endpoint"
        echo "RESPONSES DIFFER: $endpoint (gateway <, baseline >; see $WORK/diff-$endpoint.txt)"
        head -20 "$WORK/diff-$endpoint.txt"
    fi
done

# --- load --------------------------------------------------------------------------------------
# drive <port> <endpoint> <seconds> [extra wrk args]: prints "requests duration_us p50_us p99_us non2xx errors"
drive() {
    local port=$1 endpoint=$2 seconds=$3; shift 3
    WRK_BODY=$(body_of "$endpoint") timeout $((seconds + 30)) "${WRK_PIN[@]}" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" \
        --latency -s "$LUA" "$@" "http://127.0.0.1:$port$(path_of "$endpoint")" | awk '/^RESULT / { $1 = ""; print }'
}

echo
echo "warming up (${WARMUP}s per endpoint and server)..."
for endpoint in $ENDPOINTS; do
    drive "$GATEWAY_PORT" "$endpoint" "$WARMUP" >/dev/null
    drive "$BASELINE_PORT" "$endpoint" "$WARMUP" >/dev/null
done

RESULTS="$WORK/results.txt"
: >"$RESULTS"
echo "measuring: $ROUNDS round(s) x $DURATION s per endpoint and server, wrk -t$THREADS -c$CONNECTIONS..."
for round in $(seq 1 "$ROUNDS"); do
    for endpoint in $ENDPOINTS; do
        # Alternate which side goes first so neither always runs on a warmer machine.
        if [ $((round % 2)) = 1 ]; then order="gateway baseline"; else order="baseline gateway"; fi
        for side in $order; do
            port=$GATEWAY_PORT; [ "$side" = baseline ] && port=$BASELINE_PORT
            echo "$endpoint $side $(drive "$port" "$endpoint" "$DURATION")" >>"$RESULTS"
        done
    done
done

if [ "${BENCH_PERF:-0}" = 1 ]; then
    for endpoint in typed order; do
        echo "perf record -g on the gateway under $endpoint load -> $WORK/perf-$endpoint.data"
        perf record -g -F 999 -p "$GATEWAY_PID" -o "$WORK/perf-$endpoint.data" -- sleep "$DURATION" >/dev/null 2>&1 &
        perf_pid=$!
        drive "$GATEWAY_PORT" "$endpoint" "$DURATION" >/dev/null
        wait "$perf_pid" || true
        # Top symbols by self time, demangled (head closing the pipe early is fine).
        { perf report -i "$WORK/perf-$endpoint.data" --no-children --sort symbol --stdio -g none 2>/dev/null |
            grep -E '^ +[0-9]' | sed -E 's/ +- +- *$//; s/ +$//' | swift demangle --simplified | cut -c1-140 |
            head -25; } || true
    done
fi

# --- table -------------------------------------------------------------------------------------
echo
echo "wrk -t$THREADS -c$CONNECTIONS, median of $ROUNDS x $DURATION s; CPU pinning: $PINNING"
awk -v endpoints="$ENDPOINTS" -v differing="$DIFFERING" -v targets="hello=0.95 typed=0.90 order=0.90" '
    { key = $1 " " $2; n[key]++; rps = $3 / ($4 / 1e6)
      run[key, n[key]] = sprintf("%.1f %.3f %.3f %d %d", rps, $5 / 1000, $6 / 1000, $7, $8) }
    # The median run by requests/s.
    function median(key,    i, j, count, tmp, a, b) {
        count = n[key]
        for (i = 1; i <= count; i++) sorted[i] = run[key, i]
        for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) {
            split(sorted[i], a, " "); split(sorted[j], b, " ")
            if (b[1] + 0 < a[1] + 0) { tmp = sorted[i]; sorted[i] = sorted[j]; sorted[j] = tmp }
        }
        return sorted[int((count + 1) / 2)]
    }
    END {
        split(differing, d, " "); for (i in d) differs[d[i]] = 1
        split(targets, t, " "); for (i in t) { split(t[i], kv, "="); target[kv[1]] = kv[2] }
        printf "%-8s | %12s %9s %9s | %12s %9s %9s | %7s %7s %s\n", "endpoint", "gateway r/s", "p50 ms", "p99 ms", "baseline r/s", "p50 ms", "p99 ms", "ratio", "target", ""
        printf "%s\n", "---------+--------------------------------+--------------------------------+-----------------"
        count = split(endpoints, list, " ")
        for (e = 1; e <= count; e++) {
            name = list[e]
            if (!((name " gateway") in n) || !((name " baseline") in n)) continue
            split(median(name " gateway"), g, " "); split(median(name " baseline"), b, " ")
            ratio = b[1] > 0 ? g[1] / b[1] : 0
            verdict = ""
            if (name in target) verdict = (ratio >= target[name] ? "ok" : "BELOW")
            errors = (name in differs) ? " (responses differ: not comparable)" : ""
            if (g[4] + g[5] + b[4] + b[5] > 0) errors = errors sprintf(" (errors: gateway %d non-2xx %d socket, baseline %d non-2xx %d socket)", g[4], g[5], b[4], b[5])
            printf "%-8s | %12.0f %9.2f %9.2f | %12.0f %9.2f %9.2f | %6.2fx %7s %s%s\n", name, g[1], g[2], g[3], b[1], b[2], b[3], ratio, (name in target ? ">=" target[name] : "-"), verdict, errors
        }
    }' "$RESULTS"

# --- memory ------------------------------------------------------------------------------------
if [ "$MEMORY_REQUESTS" -gt 0 ]; then
    echo
    echo "memory check: a fresh gateway, typed endpoint, $MEMORY_REQUESTS requests"
    kill "$GATEWAY_PID"; wait "$GATEWAY_PID" 2>/dev/null || true
    GATEWAY_PORT=$(free_port)
    start gateway-memory "$GATEWAY_PORT" "$BIN/HelloAPI"
    GATEWAY_PID=$STARTED_PID
    # wrk cannot stop after N requests, so it runs in short timed slices until N are done.
    # load <requests>: prints how many were done (bounded by BENCH_MEMORY_TIMEOUT overall).
    load() {
        local wanted=$1 done_requests=0 slice
        while [ "$done_requests" -lt "$wanted" ] && [ "$SECONDS" -lt "$memory_deadline" ]; do
            slice=$(( wanted - done_requests < 20000 ? 1 : 5 ))
            done_requests=$(( done_requests + $(drive "$GATEWAY_PORT" typed "$slice" | awk '{ print $1 + 0 }') ))
        done
        echo "$done_requests"
    }
    memory_deadline=$(( SECONDS + MEMORY_TIMEOUT ))
    rss_start=$(rss_kib "$GATEWAY_PID")
    first_done=$(load $(( MEMORY_REQUESTS < 10000 ? MEMORY_REQUESTS : 10000 )))
    rss_first=$(rss_kib "$GATEWAY_PID")
    rest_done=$(load $(( MEMORY_REQUESTS - first_done )))
    rss_last=$(rss_kib "$GATEWAY_PID")
    done_requests=$(( first_done + rest_done ))
    first=$first_done
    awk -v s="$rss_start" -v a="$rss_first" -v b="$rss_last" -v n="$done_requests" -v f="$first" 'BEGIN {
        growth = a > 0 ? (b - a) * 100 / a : 0
        printf "RSS at start %.1f MiB, after %d requests %.1f MiB, after %d requests %.1f MiB: %+.1f%% (target within 10%%) %s\n",
            s / 1024, f, a / 1024, n, b / 1024, growth, (growth <= 10 && growth >= -10 ? "ok" : "OVER")
    }'
fi
