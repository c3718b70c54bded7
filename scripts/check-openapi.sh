#!/usr/bin/env bash
# Validates the example's OpenAPI document and fuzzes the live example server against it.
#   1. `instant openapi .` must pass openapi-spec-validator;
#   2. schemathesis, run against HelloAPI on a free port (bounded: few examples per operation,
#      a time limit), must find no 5xx response and no response-schema violation.
# Installs both tools with pip when they are missing. Exit status non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_EXAMPLES="${MAX_EXAMPLES:-8}"
TIME_LIMIT="${TIME_LIMIT:-420}"

python3 -c "import openapi_spec_validator" 2>/dev/null || python3 -m pip install --user -q openapi-spec-validator
command -v schemathesis >/dev/null 2>&1 || python3 -m pip install --user -q schemathesis
export PATH="$HOME/.local/bin:$PATH"

swift build --product instant >/dev/null
swift build --product HelloAPI >/dev/null
workdir="$(mktemp -d)"
.build/debug/instant openapi . > "$workdir/openapi.json"
python3 -m openapi_spec_validator "$workdir/openapi.json"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
PORT="$port" .build/debug/HelloAPI > "$workdir/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/.well-known/openapi.json" && break
  sleep 0.2
done

# The coverage phase would also probe undocumented methods (TRACE, PATCH, ...), which the
# gateway answers with 501 by design (upstream-gateway §2), so it probes none.
cat > "$workdir/schemathesis.toml" <<'TOML'
[phases.coverage]
unexpected-methods = []
TOML

status=0
timeout -k 10 "$TIME_LIMIT" schemathesis --config-file "$workdir/schemathesis.toml" run "http://127.0.0.1:$port/.well-known/openapi.json" \
  --url "http://127.0.0.1:$port" \
  --checks not_a_server_error,response_schema_conformance \
  --max-examples "$MAX_EXAMPLES" \
  --no-color || status=$?
exit "$status"
