#!/usr/bin/env bash
# Builds a user's package from README.md's snippets and runs its tests: the blocks after a
# `<!-- readme-package: PATH -->` line become the files of a fresh package, whose
# instant-api-swift dependency is pointed at this checkout. So the README's Package.swift,
# server and test compile and pass as written. Also checks that each `<!-- excerpt: FILE -->`
# block is copied from FILE. Prints how long the package's first `swift test` took.
#   README_PACKAGE_DIR=.build/readme-package   where the package is made (kept between runs;
#                                              README_PACKAGE_CLEAN=1 starts from nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=${README_PACKAGE_DIR:-$repo/.build/readme-package}
if [[ "${README_PACKAGE_CLEAN:-0}" == 1 ]]; then rm -rf "$dir"; fi
mkdir -p "$dir/package"
# SwiftPM names a path dependency after its last path component: give the checkout its name.
ln -sfn "$repo" "$dir/instant-api-swift"

python3 - "$repo/README.md" "$dir/package" "$dir/instant-api-swift" <<'PY'
import os, re, sys
readme, out, checkout = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(readme, encoding="utf-8").read()
block = re.compile(r"<!-- (readme-package|excerpt): (\S+) -->\n```[a-z]*\n(.*?)```", re.S)
files = 0
for kind, path, body in block.findall(text):
    if kind == "excerpt":
        source = open(os.path.join(os.path.dirname(readme), path), encoding="utf-8").read()
        lines = {line.strip() for line in source.splitlines()}
        missing = [line for line in body.splitlines() if line.strip() and line.strip() not in lines]
        if missing:
            sys.exit(f"README excerpt of {path} has lines that are not in it:\n" + "\n".join(missing))
        continue
    if path == "Package.swift":
        body, count = re.subn(r'\.package\(url: "[^"]*instant-api-swift\.git", [^)]*\)',
                              f'.package(path: "{checkout}")', body)
        if count != 1:
            sys.exit("README's Package.swift has no instant-api-swift .package(url:) line")
    target = os.path.join(out, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    old = open(target, encoding="utf-8").read() if os.path.exists(target) else None
    if old != body:  # unchanged files keep their timestamps, so rebuilds stay incremental
        open(target, "w", encoding="utf-8").write(body)
    files += 1
if files < 4:
    sys.exit(f"only {files} readme-package blocks found in README.md")
print(f"README package: {files} files in {out}")
PY

cd "$dir/package"
start=$(date +%s)
swift test
echo "README package: first swift test (resolve, build, test) took $(( $(date +%s) - start )) s"
