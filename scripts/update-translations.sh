#!/usr/bin/env bash
# Refreshes every translations/<module>_zh_CN.ts from the sources (lupdate, keeping existing translations).
# -I . lets lupdate resolve our repo-rooted includes, so namespaced Q_OBJECT contexts come out right.
# Then translate what is new (Qt Linguist, or scripts/fill-ts.py with a TSV) — test_translations checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
declare -A MODULES=(
  [dianjing]="app/gui app/cli/cli.cpp app/cli/main.cpp app/cli/cmd_cache.cpp core/store core/common ui/common ui/shell"
  [codes]="core/codes app/cli/cmd_codes.cpp"
  [geo]="core/geo app/cli/cmd_geo.cpp"
  [map]="core/map ui/map"
  [demo]="core/demo ui/demo app/cli/cmd_demo.cpp"
  [io]="core/io ui/io app/cli/cmd_io.cpp"
  [search]="core/search core/match app/cli/cmd_search.cpp"
  [search_ui]="ui/search"
  [valuation]="core/valuation ui/valuation app/cli/cmd_valuate.cpp"
  [regional]="core/regional ui/regional app/cli/cmd_regional.cpp"
  [graph]="core/graph ui/graph app/cli/cmd_graph.cpp"
  [fieldwork]="core/fieldwork ui/fieldwork app/cli/cmd_visits.cpp"
  [hometown]="core/hometown ui/hometown app/cli/cmd_hometown.cpp"
  [parks]="core/parks ui/parks app/cli/cmd_park.cpp"
  [risk]="core/risk ui/risk app/cli/cmd_risk.cpp"
  [api]="core/api ui/api app/cli/cmd_serve.cpp"
  [chains]="core/chains ui/chains app/cli/cmd_chains.cpp"
  [tenders]="core/tenders ui/tenders app/cli/cmd_tenders.cpp"
  [server]="core/server ui/server app/cli/cmd_server.cpp"
)
for m in "${!MODULES[@]}"; do
  paths=()
  for p in ${MODULES[$m]}; do [ -e "$p" ] && paths+=("$p"); done
  ((${#paths[@]})) || continue
  "$LUPDATE" -I . "${paths[@]}" -extensions cpp,h -no-obsolete -silent -ts "translations/${m}_zh_CN.ts"
done
grep -c 'type="unfinished"' translations/*_zh_CN.ts || true
