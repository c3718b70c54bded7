#!/usr/bin/env bash
# How long InstantAPIGeneratorPlugin adds to a build: for the example's functions/ and for COUNT
# generated manifests (ManifestBenchmark's, default 1000), it prints
#   - generate: the plugin's tool alone (reading the tree, writing GeneratedAPI.swift);
#   - build: `swift build` of the target when the tree is new to it, and after one manifest's
#     description changed (the tool again, then the target's compile of the generated code):
#     the time a developer waits;
# with the generated file's size. The user's package is made in .build/generated-api-bench (its
# dependencies are built once and kept; the first run takes minutes for them). Debug builds, as
# in development. Takes /tmp/swift-build.lock around each Swift build.
#   bash scripts/bench-generated-api.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
count=${1:-1000}
dir=$repo/.build/generated-api-bench
package=$dir/package
lock=/tmp/swift-build.lock
mkdir -p "$package/Sources/Bench"
ln -sfn "$repo" "$dir/instant-api-swift"
cat >"$package/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

// Made by scripts/bench-generated-api.sh: a target with nothing but the generated API.
let package = Package(
    name: "GeneratedAPIBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../instant-api-swift")],
    targets: [
        .target(
            name: "Bench",
            dependencies: [.product(name: "InstantAPI", package: "instant-api-swift")],
            plugins: [.plugin(name: "InstantAPIGeneratorPlugin", package: "instant-api-swift")]
        )
    ]
)
SWIFT
echo "import InstantAPI" >"$package/Sources/Bench/Bench.swift"

build() {
  (cd "$package" && flock "$lock" swift build --target Bench >"$dir/build.log" 2>&1) || {
    tail -30 "$dir/build.log" >&2
    echo "bench-generated-api: the package does not build" >&2
    exit 1
  }
}
seconds() { python3 -c 'import sys, time; print(f"{time.time() - float(sys.argv[1]):.1f}")' "$1"; }

flock "$lock" swift build --product ManifestBenchmark >/dev/null
measure() {  # measure NAME: the tree in $package/functions is in place
  local name=$1 start output generate first edited
  touch "$package/Package.swift"   # re-plan: the plugin's inputs are the tree's files
  start=$(date +%s.%N)
  build
  first=$(seconds "$start")
  output=$(find "$package/.build" -path '*InstantAPIGeneratorPlugin*' -name GeneratedAPI.swift | head -1)
  start=$(date +%s.%N)
  "$package/.build/debug/instant-api-generator-tool" "$package" "$dir/GeneratedAPI.swift"
  generate=$(seconds "$start")
  # A description edited: the generated file changes (its doc comments), so it is compiled again.
  python3 - "$package/functions" <<'PY'
import pathlib, sys
path = next(p for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.mjs")) if "/**\n * " in p.read_text())
path.write_text(path.read_text().replace("/**\n * ", "/**\n * Edited. ", 1))
PY
  start=$(date +%s.%N)
  build
  echo "$name: $(find "$package/functions" -name '*.mjs' | wc -l) manifests, GeneratedAPI.swift $(wc -l <"$output") lines;" \
    "generate ${generate} s; build with the tree new ${first} s, after one description edited $(seconds "$start") s"
}

rm -rf "$package/functions"
cp -R "$repo/functions" "$package/functions"
measure "example"

rm -rf "$package/functions"
"$repo/.build/debug/ManifestBenchmark" "$count" --write "$package"
measure "generated"
