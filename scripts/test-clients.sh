#!/usr/bin/env bash
# Runs Tests/Clients: real client tools from PyPI (pinned in Tests/Clients/requirements.txt)
# and headless Chromium against the example server built by `swift build`. Installs the
# Python tools into .build/clients-venv when missing or when the pins change, Chromium from
# Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/clients-venv
requirements=Tests/Clients/requirements.txt
if ! cmp -s "$requirements" "$venv/installed-requirements.txt" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$venv/installed-requirements.txt"
fi
# Headless Chromium for the browser tests, from Debian's packages.
if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing chromium..." >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
# The server the tests start: built now, so it is never an older binary (the shared lock, as
# scripts/fuzz.sh takes it).
flock /tmp/swift-build.lock swift build --product HelloAPI >/dev/null
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider Tests/Clients "$@"
