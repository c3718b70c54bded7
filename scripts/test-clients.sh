#!/usr/bin/env bash
# Runs Tests/Clients: real client tools from PyPI (pinned in Tests/Clients/requirements.txt)
# against the example server built by `swift build`. Installs them into .build/clients-venv
# when missing or when the pins change.
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
[ -x .build/debug/HelloAPI ] || swift build --product HelloAPI
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider Tests/Clients "$@"
