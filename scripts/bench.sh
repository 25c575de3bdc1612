#!/usr/bin/env bash
# `pnpm bench [import|api|neo4j|findings|zone-dashboard|export|web-map|web-scale|cli|all] [-- options]`: the benchmarks of tests/bench/, each printing its figures.
source "$(dirname "$0")/lib/common.sh"
which="${1:-all}"
shift || true
run() { local name="$1"; shift; echo "» tests/bench/$name.bench.ts"; pnpm exec tsx "tests/bench/$name.bench.ts" "$@"; }
case "$which" in
  import) run import "$@" ;;
  api) run api-load "$@" ;;
  neo4j) run neo4j-import "$@" ;;
  findings) run findings "$@" ;;
  zone-dashboard) run zone-dashboard "$@" ;;
  export) run export "$@" ;;
  web-map) run web-map "$@" ;;
  web-scale) run web-scale "$@" ;;
  cli) run cli "$@" ;;
  all) run import; run api-load; run neo4j-import; run findings; run zone-dashboard; run export; run web-map; run web-scale; run cli ;;
  *) echo "usage: pnpm bench [import|api|neo4j|findings|zone-dashboard|export|web-map|web-scale|cli|all]" >&2; exit 2 ;;
esac
