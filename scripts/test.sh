#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with Swift: installs what it lacks first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
swift build --build-tests
# Every parser of untrusted bytes under libFuzzer + ASan for a short smoke time (Fuzz/, README).
bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
swift test --skip-build
# Real clients from PyPI (pinned) and headless Chromium against the example server: the
# official MCP SDK, OpenAPI generator/validators/schemathesis, an SSE client, the docs page.
bash scripts/test-clients.sh
# The README's Package.swift, server and test, built as a user's package against this checkout.
bash scripts/check-readme.sh
# The generated typed API: a package using the plugin builds warning-free, and a missing method,
# a manifest change the code does not follow and a removed manifest fail its build by name.
bash scripts/check-generated-api.sh
# `instant new`: a fresh service builds, passes its test and serves /hello.
bash scripts/check-new-service.sh
# The CLI on the example project, and its exit code on a broken manifest.
.build/debug/instant check .
.build/debug/instant check . --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); assert d["errors"] == 0 and d["endpoints"] > 0, d'
if .build/debug/instant inspect Tests/InstantAPICoreTests/Fixtures/cases/function_invalid_background.js >/dev/null 2>&1; then
  echo "instant inspect accepted an invalid manifest" >&2
  exit 1
fi
# The CLI's OpenAPI document is valid OpenAPI 3.1 (the validator pinned for Tests/Clients; the
# served document, schemathesis and the generators are tested there).
.build/debug/instant openapi . > .build/openapi.json
.build/clients-venv/bin/python -m openapi_spec_validator .build/openapi.json
