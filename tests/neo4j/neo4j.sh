#!/usr/bin/env bash
# A real Neo4j 5.26 server for development and tests, without Docker: the Neo4j test harness jars
# from Maven Central (tests/neo4j/pom.xml) run by tests/neo4j/Launcher.java.
#
#   bash tests/neo4j/neo4j.sh fetch    download the jars into .cache/neo4j/lib (no-op when cached)
#   bash tests/neo4j/neo4j.sh start    start in the background; prints NEO4J_URI=... (and user/password)
#   bash tests/neo4j/neo4j.sh status   running or not (exit 0 / 3)
#   bash tests/neo4j/neo4j.sh stop     stop it
#
# Environment for start: NEO4J_PASSWORD (default knooppunt-test), NEO4J_PORT (default: a free
# port picked by the OS), NEO4J_DATA (data folder kept across starts; default: a fresh temporary
# one, deleted on stop), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m), NEO4J_TX_MEMORY (256m),
# NEO4J_START_TIMEOUT (seconds, 120), NEO4J_JAVA_OPTS (extra JVM options, e.g.
# -XX:TieredStopAtLevel=1 for a faster start and slower queries).
# State lives in .cache/neo4j/run/: neo4j.log, pid, uri, env (source it for NEO4J_URI & co).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="$root/.cache/neo4j"
lib="$cache/lib"
run="$cache/run"
pom="$here/pom.xml"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

pom_hash() { sha256sum "$pom" | cut -d' ' -f1; }

cmd_fetch() {
  if [[ -f "$lib/.fetched" && "$(cat "$lib/.fetched")" == "$(pom_hash)" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Neo4j"
  command -v java >/dev/null || die "Java 17+ is needed"
  local start=$SECONDS
  echo "neo4j.sh: fetching Neo4j harness jars from Maven Central into $cache ..." >&2
  rm -rf "$lib.tmp"
  mkdir -p "$cache/m2"
  # A private local repository keeps everything (plugins included) inside the git-ignored cache.
  mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies \
    -DoutputDirectory="$lib.tmp" -Dmaven.repo.local="$cache/m2" >&2 \
    || { rm -rf "$lib.tmp"; die "mvn dependency:copy-dependencies failed"; }
  compgen -G "$lib.tmp/neo4j-harness-*.jar" >/dev/null || die "no neo4j-harness jar was fetched"
  rm -rf "$lib"
  mv "$lib.tmp" "$lib"
  pom_hash >"$lib/.fetched"
  echo "neo4j.sh: fetched $(ls "$lib" | wc -l) jars ($(du -sh "$lib" | cut -f1)) in $((SECONDS - start)) s" >&2
}

# A process that has exited but not been reaped yet (a zombie: its parent, often init, is slow)
# still answers kill -0; this does not count it as alive.
alive() {
  local state
  state="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null)"
  [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

# Pid of the running launcher, or nothing. Checks the pid really is our Launcher, not a reused pid.
running_pid() {
  [[ -f "$run/pid" ]] || return 0
  local pid
  pid="$(cat "$run/pid")"
  if [[ -n "$pid" ]] && alive "$pid" \
     && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'Launcher.java'; then
    echo "$pid"
  fi
}

# Succeeds when an authenticated Bolt session works (neo4j-driver from @knooppunt/server).
bolt_ok() {
  local uri="$1" password="$2"
  (cd "$root/server" && NEO4J_CHECK_URI="$uri" NEO4J_CHECK_PASSWORD="$password" node -e '
    const neo4j = require("neo4j-driver");
    const d = neo4j.driver(process.env.NEO4J_CHECK_URI,
      neo4j.auth.basic("neo4j", process.env.NEO4J_CHECK_PASSWORD));
    d.verifyConnectivity().then(() => d.close().then(() => process.exit(0)),
      (e) => { console.error(e.message); d.close().finally(() => process.exit(1)); });
  ') >/dev/null 2>&1
}

print_env() {
  cat "$run/env"
}

cmd_start() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    echo "neo4j.sh: already running (pid $pid)" >&2
    print_env
    return 0
  fi
  cmd_fetch
  mkdir -p "$run"
  rm -f "$run/pid" "$run/uri" "$run/env"
  local password="${NEO4J_PASSWORD:-knooppunt-test}"
  local timeout="${NEO4J_START_TIMEOUT:-120}"
  local args=(--no-stdin --port "${NEO4J_PORT:-0}")
  [[ -n "${NEO4J_DATA:-}" ]] && args+=(--data "$NEO4J_DATA")
  [[ -n "${NEO4J_PAGECACHE:-}" ]] && args+=(--pagecache "$NEO4J_PAGECACHE")
  [[ -n "${NEO4J_TX_MEMORY:-}" ]] && args+=(--tx-memory "$NEO4J_TX_MEMORY")
  : >"$run/neo4j.log"
  # --no-stdin: a daemon's stdin is /dev/null, which would otherwise mean "shut down now".
  # shellcheck disable=SC2086 # NEO4J_JAVA_OPTS is a list of options
  NEO4J_PASSWORD="$password" setsid nohup java "-Xmx${NEO4J_HEAP:-1g}" -XX:+ExitOnOutOfMemoryError ${NEO4J_JAVA_OPTS:-} \
    -cp "$lib/*" "$here/Launcher.java" "${args[@]}" </dev/null >>"$run/neo4j.log" 2>&1 &
  pid=$!
  echo "$pid" >"$run/pid"

  local start=$SECONDS uri=""
  while :; do
    if ! alive "$pid"; then
      tail -n 40 "$run/neo4j.log" >&2
      rm -f "$run/pid"
      die "Neo4j exited before it was ready (log: $run/neo4j.log)"
    fi
    if [[ -z "$uri" ]]; then
      uri="$(sed -n 's/^BOLT \(bolt:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$run/neo4j.log" | head -n 1)"
    fi
    if [[ -n "$uri" ]] && bolt_ok "$uri" "$password"; then
      break
    fi
    if ((SECONDS - start >= timeout)); then
      tail -n 40 "$run/neo4j.log" >&2
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$run/pid"
      die "Neo4j not ready after ${timeout} s (log: $run/neo4j.log)"
    fi
    sleep 0.5
  done
  echo "$uri" >"$run/uri"
  printf 'NEO4J_URI=%s\nNEO4J_USER=neo4j\nNEO4J_PASSWORD=%s\n' "$uri" "$password" >"$run/env"
  echo "neo4j.sh: ready in $((SECONDS - start)) s (pid $pid, log $run/neo4j.log)" >&2
  print_env
}

cmd_stop() {
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    echo "neo4j.sh: not running" >&2
    rm -f "$run/pid" "$run/uri" "$run/env"
    return 0
  fi
  kill -TERM "$pid"
  local i
  for ((i = 0; i < 300; i++)); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then
    echo "neo4j.sh: no clean exit after 30 s, killing" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$run/pid" "$run/uri" "$run/env"
  echo "neo4j.sh: stopped (pid $pid)" >&2
}

cmd_status() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" && -f "$run/uri" ]]; then
    echo "running: $(cat "$run/uri") (pid $pid)"
  elif [[ -n "$pid" ]]; then
    echo "starting (pid $pid)"
  else
    echo "not running"
    return 3
  fi
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac
