#!/usr/bin/env bash
# Times scanning and parsing 1,000 generated manifests in a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
swift build -c release --product ManifestBenchmark
.build/release/ManifestBenchmark "${1:-1000}"
