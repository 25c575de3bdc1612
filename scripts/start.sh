#!/usr/bin/env bash
# `npm start`: install, build the server and the web app (each only when something changed), and serve
# them with the API on one port, on the demo data. Every step prints its line. The last step replaces this
# shell by the server (exec), so Ctrl-C and SIGTERM reach the server itself, which closes its store and
# port and exits: nothing is left running.
source "$(dirname "$0")/lib/common.sh"
ensure_pnpm
install_dependencies
build_server
build_web
echo "» starting Knooppunt on the demo data (Ctrl-C stops it)"
exec node server/bin/knooppunt.js serve --demo
