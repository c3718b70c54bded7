#!/usr/bin/env bash
# Creates a service with `instant new` (depending on this checkout), then builds it, runs its
# tests, starts it and checks that /hello answers "hello world" (following the trailing-slash
# redirect that curl, like browsers, gets): what a new user does first.
#   NEW_SERVICE_DIR=.build/new-service   where the service is made (its .build is kept between
#                                        runs, so later runs build incrementally)
# Takes /tmp/swift-build.lock around each Swift build, as scripts/fuzz.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=${NEW_SERVICE_DIR:-$repo/.build/new-service}
service="$dir/hello-service"
lock=/tmp/swift-build.lock

flock "$lock" swift build --product instant >/dev/null
# A fresh scaffold each run; its build folder is kept aside and put back.
[ -d "$service/.build" ] && mv "$service/.build" "$dir/kept-build"
rm -rf "$service"
.build/debug/instant new "$service" --package-path "$repo"
[ -d "$dir/kept-build" ] && mv "$dir/kept-build" "$service/.build"

cd "$service"
start=$(date +%s)
flock "$lock" swift build --build-tests
flock "$lock" swift test --skip-build
echo "new service: build and test took $(( $(date +%s) - start )) s"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
PORT="$port" .build/debug/HelloService > server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
answer=""
for _ in $(seq 1 100); do
  answer="$(curl -sL "http://127.0.0.1:$port/hello" || true)"
  [ -n "$answer" ] && break
  sleep 0.1
done
if [ "$answer" != '"hello world"' ]; then
  echo "new service: /hello answered '$answer', expected '\"hello world\"'" >&2
  cat server.log >&2
  exit 1
fi
echo "new service: GET /hello -> $answer"
