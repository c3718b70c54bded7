#!/usr/bin/env bash
# Builds Tests/Fixtures/GeneratedAPIPackage, a user's package depending on this checkout whose
# Greetings target uses the InstantAPIGenerator plugin, and checks that the manifests drive the
# type checker:
#   1. as it is, it builds, and the generated code (its own, and the golden files of
#      Tests/InstantAPIGeneratorTests copied into its Comprehensive and Cases targets) compiles
#      without a warning;
#   2. with one method of the implementation removed, the build fails naming that endpoint;
#   3. with a manifest parameter changed from {string} to {?string}, the build fails naming it;
#   4. with a manifest removed (and the build re-planned), the build fails on the method that
#      implements it.
# It also prints how long the plugin's generation and the incremental builds took.
#   GENERATED_API_DIR=.build/generated-api   where the package is built (its .build is kept
#                                            between runs, so later runs build incrementally)
# Takes /tmp/swift-build.lock around each Swift build, as scripts/check-new-service.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=${GENERATED_API_DIR:-$repo/.build/generated-api}
package="$dir/package"
lock=/tmp/swift-build.lock
mkdir -p "$package"
# SwiftPM names a path dependency after its last path component: give the checkout its name.
ln -sfn "$repo" "$dir/instant-api-swift"

# A fresh copy of the fixture each run (its build folder kept); unchanged files keep their
# timestamps, so rebuilds stay incremental.
fixture="$repo/Tests/Fixtures/GeneratedAPIPackage"
sync_fixture() {
  python3 - "$fixture" "$package" "$repo/Tests/InstantAPIGeneratorTests/Golden" <<'PY'
import os, sys
fixture, package, golden = sys.argv[1:]
wanted = {}
for folder, dirs, files in os.walk(fixture):
    dirs[:] = [d for d in dirs if d != ".build"]
    for name in files:
        path = os.path.join(folder, name)
        wanted[os.path.relpath(path, fixture)] = open(path, "rb").read()
wanted["Sources/Comprehensive/Generated.swift"] = open(os.path.join(golden, "comprehensive.swift.golden"), "rb").read()
wanted["Sources/Cases/Generated.swift"] = open(os.path.join(golden, "cases.swift.golden"), "rb").read()
for folder, dirs, files in os.walk(package):
    dirs[:] = [d for d in dirs if d != ".build"]
    for name in files:
        relative = os.path.relpath(os.path.join(folder, name), package)
        if relative not in wanted and relative != "Package.resolved":
            os.remove(os.path.join(package, relative))
for relative, data in wanted.items():
    target = os.path.join(package, relative)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if not os.path.exists(target) or open(target, "rb").read() != data:
        open(target, "wb").write(data)
PY
}
build() {  # build LOG: swift build of the package, its output in LOG; the exit code of the build
  local status=0
  (cd "$package" && flock "$lock" swift build >"$1" 2>&1) || status=$?
  return $status
}

sync_fixture
start=$(date +%s)
if ! build "$dir/build.log"; then
  tail -40 "$dir/build.log" >&2
  echo "generated API: the fixture package does not build" >&2
  exit 1
fi
echo "generated API: fixture package built in $(( $(date +%s) - start )) s"
# Warnings in generated code or the fixture's own sources (dependencies are not ours to judge).
if grep -E "(GeneratedAPI|Generated|GreetingsAPI)\.swift:[0-9]+:[0-9]+: warning" "$dir/build.log"; then
  echo "generated API: the generated code compiles with warnings" >&2
  exit 1
fi

# expect_failure NAME PATTERN...: the last build failed and its errors match every PATTERN.
expect_failure() {
  local name=$1 log="$dir/$1.log"
  shift
  start=$(date +%s)
  if build "$log"; then
    echo "generated API: $name: the build succeeded, expected a compile error" >&2
    exit 1
  fi
  for pattern in "$@"; do
    if ! grep -qE "$pattern" "$log"; then
      grep -E "error|note" "$log" | head -20 >&2
      echo "generated API: $name: no diagnostic matches /$pattern/" >&2
      exit 1
    fi
  done
  echo "generated API: $name: fails as expected in $(( $(date +%s) - start )) s:"
  grep -E "^/.*(error|note): " "$log" | sed -e "s|$package/||; s|\.build/plugins/outputs/.*/GeneratedAPI.swift|GeneratedAPI.swift|" \
    | sort -u | head -4 | sed 's/^/    /'
}

api="$package/Sources/Greetings/GreetingsAPI.swift"
# 2. A method of the implementation removed.
sed -i '/\/\/ check: getGreeting/,/\/\/ end: getGreeting/d' "$api"
expect_failure missing-method "does not conform to protocol 'APIProtocol'" "getGreeting\(name:tone:context:\)"
sync_fixture

# 3. {string} name -> {?string} name without updating the code.
sed -i 's/@param {string} name/@param {?string} name/; s/GET (name, /GET (name = null, /' "$package/functions/greeting.mjs"
expect_failure optional-parameter "does not conform to protocol 'APIProtocol'" \
  "protocol requires function 'getGreeting\(name:tone:context:\)' with type '\(String\?"
sync_fixture

# 4. A manifest removed: its method's types are gone. SwiftPM asks the plugin for its inputs
# again only when it re-plans, which a change to Package.swift makes it do.
rm "$package/functions/v1/orders.mjs"
touch "$package/Package.swift"
expect_failure removed-manifest "'PostV1Orders' is not a member type of enum '[A-Za-z.]*Operations'"
sync_fixture
touch "$package/Package.swift"

# Back to the fixture as it is, so the next run starts from a good build.
start=$(date +%s)
build "$dir/build.log" || { tail -20 "$dir/build.log" >&2; exit 1; }
echo "generated API: restored fixture rebuilt in $(( $(date +%s) - start )) s"
