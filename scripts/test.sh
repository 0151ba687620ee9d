#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (everything but the benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DDJ_WERROR=ON
cd build
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure -j"$(nproc)" -LE bench --timeout 900
