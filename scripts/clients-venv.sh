#!/usr/bin/env bash
# Makes .build/clients-venv hold exactly the pins of Tests/Clients/requirements.txt: created
# when missing, made again when the pins change. Used by scripts/test-clients.sh and
# scripts/check-openapi.sh.
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
