#!/usr/bin/env bash
# Runs the example service over this repository's functions/ and www/ on port ${PORT:-8000}.
# Until the gateway lands (issue #3) it checks the example's manifests and lists its endpoints.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
swift build --product instant
.build/debug/instant check .
.build/debug/instant inspect functions | python3 -c 'import json,sys; [print(f"{d[\"name\"]:<32} {d[\"pathname\"]}") for d in json.load(sys.stdin)]'
