#!/usr/bin/env bash
# Sets everything up and starts the workstation on the built-in demo data (created on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec ./build/app/dianjing "$@"
