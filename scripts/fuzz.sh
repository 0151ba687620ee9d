#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) into build-fuzz/ with clang 14 and runs each one for SECONDS
# (default 60), one after the other, at low priority.
#   scripts/fuzz.sh [SECONDS]            all targets
#   FUZZ_TARGETS="fuzz_csv" scripts/fuzz.sh 600
# Seeds: tests/fuzz/corpus/<target> (committed, with every input that once found a bug); the growing
# corpus lives in build-fuzz/corpus/<target>, findings in build-fuzz/findings/, logs in build-fuzz/logs/.
# A finding (crash, leak, timeout, out of memory) makes the script exit non-zero.
# Needs clang-14 and libfuzzer-14-dev (installed here when missing; not needed for the normal build).
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
TARGETS=${FUZZ_TARGETS:-"fuzz_csv fuzz_xlsx fuzz_geojson fuzz_filter fuzz_address fuzz_codes"}

if ! command -v clang++-14 >/dev/null || ! compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get install -y --no-install-recommends clang-14 libfuzzer-14-dev
fi

# -O1 with line tables only: the sanitizers and libFuzzer need no more, and Qt headers compile fast.
cmake -S . -B build-fuzz -G Ninja -DDJ_FUZZ=ON -DCMAKE_BUILD_TYPE=Fuzz \
      -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" -DCMAKE_C_FLAGS_FUZZ="-O1 -gline-tables-only" \
      -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
# shellcheck disable=SC2086
cmake --build build-fuzz --target $TARGETS -j"${JOBS:-2}"

mkdir -p build-fuzz/findings build-fuzz/logs
status=0
for t in $TARGETS; do
    mkdir -p "build-fuzz/corpus/$t"
    # Scratch files of the CSV and XLSX targets go to memory when /dev/shm exists.
    tmp=/dev/shm
    [ -d "$tmp" ] || tmp=${TMPDIR:-/tmp}
    echo "== $t: $SECS s"
    if ! TMPDIR=$tmp nice -n 19 "build-fuzz/tests/fuzz/$t" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
            -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$t-" \
            "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" >"build-fuzz/logs/$t.log" 2>&1; then
        status=1
        echo "   FINDING: see build-fuzz/logs/$t.log and build-fuzz/findings/$t-*"
    fi
    # The last status line and the final statistics.
    grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "build-fuzz/logs/$t.log" | tail -1 || true
    grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)' "build-fuzz/logs/$t.log" || true
done
exit $status
