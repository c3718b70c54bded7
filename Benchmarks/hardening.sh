#!/usr/bin/env bash
# The hardening figures: builds the example server in release, starts it on loopback
# (production), runs Benchmarks/hardening.py against it, then sends SIGTERM while a client holds
# a half-sent body and prints how long the server took to exit.
# Settings: HARDENING_PORT=8090, HARDENING_SKIP_BUILD=1 to use the existing binary.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${HARDENING_PORT:-8090}
[ -n "${HARDENING_SKIP_BUILD:-}" ] || swift build -c release --product HelloAPI
NODE_ENV=production PORT=$PORT .build/release/HelloAPI >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/hello/" && break
    sleep 0.1
done
python3 Benchmarks/hardening.py "$SERVER" "$PORT"
python3 - "$PORT" "$SERVER" <<'PY'
import os, signal, socket, sys, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
stuck = socket.create_connection(("127.0.0.1", port))
stuck.sendall(b"POST /hello/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
time.sleep(0.2)
start = time.monotonic()
os.kill(pid, signal.SIGTERM)
while time.monotonic() - start < 60:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    if open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] == "Z":
        break
    time.sleep(0.02)
print(f"SIGTERM with a half-sent body: exited after {time.monotonic() - start:.2f} s")
PY
