#!/usr/bin/env bash
# Builds and runs the benchmarks (label "bench"); each prints JSON lines a script can read.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
ctest -L bench -V "$@"
