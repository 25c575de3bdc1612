# Shared by start.sh, test-all.sh and bench.sh: run from the repository root with a known pnpm.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CACHE="$ROOT/.cache"
mkdir -p "$CACHE"

PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"

# pnpm goes into the git-ignored cache (no global install, no root needed); reruns find it there.
ensure_pnpm() {
  local bin="$CACHE/pnpm/node_modules/.bin"
  if [ ! -x "$bin/pnpm" ] || [ "$("$bin/pnpm" --version)" != "$PNPM_VERSION" ]; then
    echo "» installing pnpm $PNPM_VERSION into .cache/pnpm"
    npm install --silent --no-audit --no-fund --prefix "$CACHE/pnpm" "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$bin:$PATH"
}

install_dependencies() {
  echo "» installing dependencies (pnpm install)"
  pnpm install --frozen-lockfile --reporter=silent
}

# The command line and server as compiled JavaScript (server/dist, esbuild); skipped in a few ms when no
# source changed since the last build.
build_server() {
  echo "» building the server and command line (server/dist)"
  node server/scripts/build.mjs --quiet
}

# The web app (Vite), likewise only when a file its last build read changed; warnings and errors show.
build_web() {
  echo "» building the web app (web/dist)"
  node web/scripts/build.mjs --quiet
}

# Debian's packages the tests need, installed when missing: one line each says what is installed.
apt_updated=""
apt_install() {
  local package="$1" what="$2"
  if [ "$(id -u)" != "0" ]; then
    echo "$what is missing: install Debian's package (sudo apt-get install -y $package) and rerun." >&2
    exit 1
  fi
  echo "» installing $what from Debian's packages ($package)"
  if [ -z "$apt_updated" ]; then
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
}

# Debian's Chromium for the browser tests; playwright-core drives it (no browser download of its own).
ensure_chromium() {
  command -v chromium >/dev/null 2>&1 || apt_install chromium Chromium
}

# Java 17 or newer and Maven for the Neo4j tests: neo4j-harness comes from Maven Central (tests/neo4j/neo4j.sh).
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
ensure_java_and_maven() {
  if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ] 2>/dev/null; then
    apt_install openjdk-17-jdk-headless "Java 17"
  fi
  command -v mvn >/dev/null 2>&1 || apt_install maven Maven
}

# schemathesis (from PyPI) checks the served API against its OpenAPI document; it lives in a virtual
# environment in the git-ignored cache, made here, so nothing is installed system-wide.
SCHEMATHESIS_VERSION="4.32.5"
ensure_schemathesis() {
  local venv="$CACHE/schemathesis-venv"
  if [ -x "$venv/bin/schemathesis" ] && "$venv/bin/pip" show schemathesis 2>/dev/null | grep -qx "Version: $SCHEMATHESIS_VERSION"; then return; fi
  echo "» installing schemathesis $SCHEMATHESIS_VERSION into .cache/schemathesis-venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
}
