# Sourced by Benchmarks/run.sh and Benchmarks/queue.sh. `parse_pin_arguments SCRIPT ARGS...`
# sets PIN (1 unless BENCH_PIN=0 or --no-pin; --pin forces it) and answers --help with SCRIPT's
# header comment. `setup_pinning SERVERS [UNPINNED_NOTE]
# [PINNED_NOTE]` sets SERVER_PIN and WRK_PIN (`taskset -c` prefixes, or empty) and PINNING (the
# "CPU pinning:" line) from PIN, SERVER_CPU and WRK_CPU. It pins only where taskset works and at
# least 2 CPUs are online, else says why it fell back to unpinned.
setup_pinning() {
    local servers=$1 unpinned_note=${2:-} pinned_note=${3:-}
    SERVER_PIN=()
    WRK_PIN=()
    if [ "$PIN" = 0 ]; then
        PINNING="off (BENCH_PIN=0 or --no-pin): $servers and wrk share all CPUs"
        return 0
    fi
    local why="" cpus err
    cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null || echo 1)
    if ! command -v taskset >/dev/null; then
        why="taskset not found (Debian package util-linux)"
    elif [ "$cpus" -lt 2 ]; then
        why="$cpus CPU online, pinning needs 2"
    elif ! err=$(taskset -c "$SERVER_CPU" true 2>&1); then
        why="\`taskset -c $SERVER_CPU true\` failed: ${err:-no message}"
    elif ! err=$(taskset -c "$WRK_CPU" true 2>&1); then
        why="\`taskset -c $WRK_CPU true\` failed: ${err:-no message}"
    fi
    if [ -n "$why" ]; then
        PINNING="NOT PINNED, fell back to unpinned: $why; $servers and wrk share all CPUs$unpinned_note"
        return 0
    fi
    SERVER_PIN=(taskset -c "$SERVER_CPU")
    WRK_PIN=(taskset -c "$WRK_CPU")
    PINNING="pinned with taskset: $servers on CPU $SERVER_CPU, wrk on CPU $WRK_CPU$pinned_note"
}

parse_pin_arguments() {
    local script=$1 arg
    shift
    PIN=${BENCH_PIN:-1}
    for arg in "$@"; do
        case "$arg" in
            --no-pin) PIN=0 ;;
            --pin) PIN=1 ;;
            -h | --help) sed -n '2,/^set -euo/ { /^#/ s/^# \{0,1\}//p }' "$script"; exit 0 ;;
            *) echo "unknown argument: $arg (usage: bash Benchmarks/$(basename "$script") [--no-pin | --pin])" >&2; exit 2 ;;
        esac
    done
}
