#!/usr/bin/env bash
# Serves a 100 MB static file with the example gateway (release build) and downloads it N times
# with curl: prints the throughput and the server's peak resident memory (VmHWM), which must
# stay far below the file size because large files are streamed in 64 KiB chunks.
#
#   bash scripts/bench-static.sh [N]     (default N=10; PORT defaults to 8917)
#
# VmRSS (current) returns to its idle level after each download. VmHWM can show transient
# peaks of tens of MB that come from glibc's dynamic mmap/trim thresholds (freed 64 KiB chunks
# are kept in the arenas before being trimmed), not from buffering the file: run with
# MALLOC_MMAP_THRESHOLD_=131072 (fixed threshold) and the peak stays at idle + ~10 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
PORT="${PORT:-8917}"
SIZE_MB=100

swift build -c release --product HelloAPI 2>&1 | grep -E "error|complete" | tail -1 || true
BIN="$(swift build -c release --show-bin-path)/HelloAPI"

WORK="$(mktemp -d)"
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# A root with the example's functions/ and a www/ holding only the large file.
cp -R functions "$WORK/functions"
mkdir -p "$WORK/www"
head -c $((SIZE_MB * 1024 * 1024)) /dev/urandom > "$WORK/www/big.bin"

(cd "$WORK" && PORT="$PORT" exec "$BIN" > "$WORK/server.log" 2>&1) &
SERVER=$!
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/hello/" && break
    sleep 0.1
done
rss() { awk '/VmHWM/ {print $2}' "/proc/$SERVER/status"; }
echo "server pid $SERVER, peak RSS before downloads: $(( $(rss) / 1024 )) MB"

start=$(date +%s.%N)
for i in $(seq 1 "$N"); do
    bytes=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT/big.bin")
    if [ "$bytes" -ne $((SIZE_MB * 1024 * 1024)) ]; then echo "download $i: got $bytes bytes" >&2; exit 1; fi
done
end=$(date +%s.%N)

# A few ranged downloads too (streamed from an offset).
curl -s -o /dev/null -H 'Range: bytes=52428800-' "http://127.0.0.1:$PORT/big.bin"

awk -v n="$N" -v mb="$SIZE_MB" -v s="$start" -v e="$end" \
    'BEGIN { t = e - s; printf "%d downloads of %d MB in %.2f s: %.0f MB/s\n", n, mb, t, n * mb / t }'
echo "server peak RSS (VmHWM) after downloads: $(( $(rss) / 1024 )) MB, current RSS (VmRSS): $(( $(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status") / 1024 )) MB"
