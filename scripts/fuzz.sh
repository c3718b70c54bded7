#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ once (ASan + libFuzzer, release) and runs each for a
# fixed time on a scratch copy of its seed corpus.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET (default 300)] [TARGET...]
#
# TARGET is one of FuzzXML FuzzJSON FuzzQuery FuzzMultipart FuzzManifest (default: all).
# Seeds:      Fuzz/Corpus/<Target>/        (committed, small; never written to)
# Regressions Fuzz/Regressions/<Target>/   (committed reproducers; re-run first, must pass)
# Work copy:  Fuzz/.work/<Target>/         (the growing corpus; kept between runs)
# Crashes:    Fuzz/.artifacts/<Target>/    (crash-*, leak-*, timeout-*, oom-* inputs)
# Logs:       Fuzz/.artifacts/<Target>.log
#
# Exits 1 if any target crashed, leaked, timed out or ran out of memory, 2 on usage or build
# errors. Environment:
#   FUZZ_KEEP_GOING=1  keep fuzzing after a crash (libFuzzer -fork=1 -ignore_crashes=1 ...),
#                      collecting every distinct crash in Fuzz/.artifacts/<Target>/
#   FUZZ_FLAGS_EXTRA   extra libFuzzer flags, e.g. "-use_value_profile=1"
#   FUZZ_SKIP_BUILD=1  reuse the last build
#   SWIFT              the swift driver (default: swift on PATH)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FUZZ=$ROOT/Fuzz
ALL_TARGETS=(FuzzXML FuzzJSON FuzzQuery FuzzMultipart FuzzManifest)
SWIFT=${SWIFT:-swift}

SECONDS_PER_TARGET=300
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  SECONDS_PER_TARGET=$1
  shift
fi
if [[ $# -gt 0 ]]; then
  TARGETS=("$@")
else
  TARGETS=("${ALL_TARGETS[@]}")
fi
for target in "${TARGETS[@]}"; do
  if [[ ! " ${ALL_TARGETS[*]} " =~ " $target " ]]; then
    echo "fuzz.sh: unknown target '$target' (known: ${ALL_TARGETS[*]})" >&2
    exit 2
  fi
done

# The sanitizer runtimes libFuzzer and ASan link against ship with the Swift toolchain's clang.
swift_bin=$(command -v "$SWIFT" || true)
if [[ -z $swift_bin ]]; then
  echo "fuzz.sh: '$SWIFT' not found" >&2
  exit 2
fi
toolchain=$(dirname "$(dirname "$(readlink -f "$swift_bin")")")
for runtime in libclang_rt.fuzzer-x86_64.a libclang_rt.asan-x86_64.a; do
  if ! find "$toolchain/lib" -name "$runtime" -print -quit 2>/dev/null | grep -q .; then
    echo "fuzz.sh: warning: $runtime not found under $toolchain/lib; the link will likely fail" >&2
  fi
done

# Resolve with the main package's pins, so the harnesses build against the same dependencies.
if [[ ! -f $FUZZ/Package.resolved && -f $ROOT/Package.resolved ]]; then
  cp "$ROOT/Package.resolved" "$FUZZ/Package.resolved"
fi

BUILD_FLAGS=(-c release --package-path Fuzz --scratch-path Fuzz/.build-fuzz
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
if [[ ${FUZZ_SKIP_BUILD:-0} != 1 ]]; then
  echo "==> $SWIFT build ${BUILD_FLAGS[*]}"
  build=("$SWIFT" build "${BUILD_FLAGS[@]}")
  # Builds on shared machines are serialized through this lock when flock is available.
  if command -v flock >/dev/null; then build=(flock /tmp/swift-build.lock "${build[@]}"); fi
  # SwiftPM takes one --product: a single target builds alone, otherwise the whole package.
  if [[ ${#TARGETS[@]} -eq 1 ]]; then build+=(--product "${TARGETS[0]}"); fi
  if ! "${build[@]}"; then
    echo "fuzz.sh: build failed" >&2
    exit 2
  fi
fi
BIN=$FUZZ/.build-fuzz/release

# libFuzzer flags: inputs up to 64 KiB (request bodies are larger, but the parsers' structure
# shows at this size), 10 s per input counts as a hang, 2 GiB RSS as an OOM.
FUZZ_FLAGS=(-max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=65536
  -print_final_stats=1 -detect_leaks=1)
if [[ ${FUZZ_KEEP_GOING:-0} == 1 ]]; then
  FUZZ_FLAGS+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
# shellcheck disable=SC2206
FUZZ_FLAGS+=(${FUZZ_FLAGS_EXTRA:-})
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:symbolize=1:allocator_may_return_null=1:handle_abort=1}
# Exit-time false positives from long-lived globals (see Fuzz/lsan.supp).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$FUZZ/lsan.supp:print_suppressions=0}
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || echo "$toolchain/bin/llvm-symbolizer")}

failed=()
summaries=()
for target in "${TARGETS[@]}"; do
  exe=$BIN/$target
  if [[ ! -x $exe ]]; then
    echo "fuzz.sh: $exe missing" >&2
    exit 2
  fi
  work=$FUZZ/.work/$target
  artifacts=$FUZZ/.artifacts/$target
  log=$FUZZ/.artifacts/$target.log
  mkdir -p "$work" "$artifacts"
  cp -n "$FUZZ/Corpus/$target"/* "$work/" 2>/dev/null || true

  # Known reproducers first: each must run clean.
  regressions=$FUZZ/Regressions/$target
  if compgen -G "$regressions/*" >/dev/null; then
    echo "==> $target: regressions in ${regressions#"$ROOT"/}"
    if ! "$exe" -runs=1 -timeout=10 -rss_limit_mb=2048 "$regressions"/* >"$log.regressions" 2>&1; then
      echo "!!! $target: a regression input fails again; see ${log#"$ROOT"/}.regressions"
      tail -n 30 "$log.regressions"
      failed+=("$target")
      summaries+=("$target: REGRESSION (see ${log#"$ROOT"/}.regressions)")
      continue
    fi
  fi

  echo "==> $target: ${SECONDS_PER_TARGET}s on ${work#"$ROOT"/} (seeds: Fuzz/Corpus/$target), log ${log#"$ROOT"/}"
  before=$(find "$artifacts" -type f | wc -l)
  start=$(date +%s)
  "$exe" "${FUZZ_FLAGS[@]}" -artifact_prefix="$artifacts/" "$work" >"$log" 2>&1
  status=$?
  elapsed=$(($(date +%s) - start))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  # Fork mode (and a crash before the final stats) only has the progress lines: "#N ... exec/s: R".
  [[ -n $runs ]] || runs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
  [[ -n $rate ]] || rate=$(grep -oE 'exec/s: [0-9]+' "$log" | tail -n 1 | sed 's/exec.s: //')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1)
  corpus=$(find "$work" -type f | wc -l)
  crash=$(grep -oE "Test unit written to .*" "$log" | tail -n 1 | sed 's/Test unit written to //')
  new_artifacts=$(($(find "$artifacts" -type f | wc -l) - before))
  line="$target: status $status, ${runs:-?} execs in ${elapsed}s (${rate:-?}/s), ${cov:-cov: ?}, corpus $corpus"
  if [[ $status -ne 0 || -n $crash || $new_artifacts -gt 0 ]]; then
    kind=$(grep -m1 -E '^SUMMARY: ' "$log" || grep -m1 -E 'Fatal error: |ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)' "$log")
    echo "!!! $target crashed: ${kind:-exit status $status}"
    echo "!!! input: ${crash:-?}"
    if [[ $new_artifacts -gt 1 ]]; then
      echo "!!! new artifacts ($new_artifacts; newest 10):"
      # shellcheck disable=SC2012
      ls -t "$artifacts" | head -n "$((new_artifacts < 10 ? new_artifacts : 10))" | sed "s|^|      ${artifacts#"$ROOT"/}/|"
    fi
    echo "!!! reproduce: ${exe#"$ROOT"/} ${crash:-<input>}"
    grep -E '^ *#[0-9]+ ' "$log" | head -n 25
    failed+=("$target")
    line="$line, CRASH: $new_artifacts new artifact(s)${crash:+, last ${crash#"$ROOT"/}}"
  fi
  echo "    $line"
  summaries+=("$line")
done

echo
echo "==> summary (${SECONDS_PER_TARGET}s per target)"
printf '    %s\n' "${summaries[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz.sh: failures in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no crashes"
