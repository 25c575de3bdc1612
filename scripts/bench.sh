#!/usr/bin/env bash
# `pnpm bench [name|all] [-- options]`: the benchmarks of tests/bench/, each printing its figures.
source "$(dirname "$0")/lib/common.sh"
# name:file (tests/bench/<file>.bench.ts), in the order `all` runs them.
BENCHES=(import:import graph-import:graph-document-import api:api-load neo4j:neo4j-import records:record-mapping cypher-script:cypher-script findings:findings zone-dashboard:zone-dashboard export:export web-map:web-map web-scale:web-scale layout-cache:web-layout-cache cli:cli)
which="${1:-all}"
shift || true
run() { local file="$1"; shift; echo "» tests/bench/$file.bench.ts"; pnpm exec tsx "tests/bench/$file.bench.ts" "$@"; }
names=()
for entry in "${BENCHES[@]}"; do
  names+=("${entry%%:*}")
  if [ "$which" = "all" ]; then run "${entry#*:}"; elif [ "$which" = "${entry%%:*}" ]; then run "${entry#*:}" "$@"; exit; fi
done
[ "$which" = "all" ] && exit 0
echo "usage: pnpm bench [$(IFS='|'; echo "${names[*]}")|all]" >&2
exit 2
