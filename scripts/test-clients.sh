#!/usr/bin/env bash
# Runs Tests/Clients: real client tools from PyPI (pinned in Tests/Clients/requirements.txt)
# and headless Chromium against the example server built by `swift build`. Installs the
# Python tools into .build/clients-venv when missing or when the pins change, Chromium from
# Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/clients-venv
bash scripts/clients-venv.sh
# Headless Chromium for the browser tests, from Debian's packages.
bash scripts/install-system-deps.sh chromium
# The server the tests start: built now, so it is never an older binary (the shared lock, as
# scripts/fuzz.sh takes it).
flock /tmp/swift-build.lock swift build --product HelloAPI >/dev/null
# The durable queue's replicas (test_durable_queue.py, which starts PostgreSQL when needed).
flock /tmp/swift-build.lock swift build --product QueueReplica >/dev/null
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider Tests/Clients "$@"
