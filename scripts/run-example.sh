#!/usr/bin/env bash
# Runs the example service over this repository's functions/ on http://127.0.0.1:${PORT:-8000}/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
swift build --product HelloAPI
exec .build/debug/HelloAPI
