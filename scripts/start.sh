#!/usr/bin/env bash
# `npm start`: install, build the web app and serve it with the API on one port, on the demo data.
source "$(dirname "$0")/lib/common.sh"
ensure_pnpm
install_dependencies
build_server
build_web
exec node server/bin/knooppunt.js serve --demo
