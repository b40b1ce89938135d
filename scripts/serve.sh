#!/usr/bin/env bash
# Installs whatever is missing, then serves the widget with Trunk at http://127.0.0.1:8080
# (rebuilding on every change). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve "$@"
