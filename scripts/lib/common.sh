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
  echo "» pnpm install"
  pnpm install --frozen-lockfile --reporter=silent
}

build_web() {
  echo "» building the web app"
  pnpm --filter @knooppunt/web build >/dev/null
}

# Debian's Chromium for the browser tests; playwright-core drives it (no browser download of its own).
ensure_chromium() {
  if command -v chromium >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" != "0" ]; then
    echo "Chromium is missing: install Debian's package (sudo apt-get install -y chromium) and rerun." >&2
    exit 1
  fi
  echo "» installing Chromium from Debian's packages"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
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
