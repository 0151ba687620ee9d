#!/usr/bin/env bash
# Lints resources/api/openapi.json with Redocly CLI (pinned in tools/openapi-lint/package.json), installing it
# into tools/openapi-lint/node_modules on first use (the CI machine starts clean). Exit 77 (ctest: skipped)
# with a warning only when npm itself is absent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools/openapi-lint"
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "WARNING: npm/node not found: the OpenAPI document was NOT linted (install nodejs and npm)." >&2
  exit 77
fi
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  echo "Installing Redocly CLI into $tools ..." >&2
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
cd "$tools"
exec ./node_modules/.bin/redocly lint --config "$tools/redocly.yaml" "$root/resources/api/openapi.json"
