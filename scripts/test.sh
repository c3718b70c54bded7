#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with Swift: installs what it lacks first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
swift build --build-tests
swift test --skip-build
swift run --skip-build instant check .
