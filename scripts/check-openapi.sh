#!/usr/bin/env bash
# Validates the example's OpenAPI document and fuzzes the live example server against it.
#   1. `instant openapi .` must pass openapi-spec-validator;
#   2. schemathesis with every check (`--checks all`), run against HelloAPI on a free loopback
#      port (bounded: few examples per operation, a time limit), must find nothing. Its settings
#      come from Tests/Clients/test_openapi_clients.py, which says why each is there.
# The tools are the pinned ones of Tests/Clients/requirements.txt, in the venv that
# scripts/test-clients.sh uses. SKIP_BUILD=1 uses the binaries already built.
# Exit status non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_EXAMPLES="${MAX_EXAMPLES:-10}"
TIME_LIMIT="${TIME_LIMIT:-600}"

venv=.build/clients-venv
bash scripts/clients-venv.sh

if [ -z "${SKIP_BUILD:-}" ]; then
  swift build --product instant >/dev/null
  swift build --product HelloAPI >/dev/null
fi
workdir="$(mktemp -d)"
.build/debug/instant openapi . > "$workdir/openapi.json"
"$venv/bin/python" -m openapi_spec_validator "$workdir/openapi.json"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
PORT="$port" .build/debug/HelloAPI > "$workdir/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$workdir"' EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 50); do
  curl -s -o "$workdir/served.json" "$url/.well-known/openapi.json" && break
  sleep 0.2
done
"$venv/bin/python" -m openapi_spec_validator "$workdir/served.json"
"$venv/bin/python" Tests/Clients/test_openapi_clients.py schemathesis-config "$workdir/served.json" > "$workdir/schemathesis.toml"

status=0
timeout -k 10 "$TIME_LIMIT" "$venv/bin/schemathesis" --config-file "$workdir/schemathesis.toml" run "$url/.well-known/openapi.json" \
  --url "$url" --checks all --max-examples "$MAX_EXAMPLES" --no-color || status=$?
exit "$status"
