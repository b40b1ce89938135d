#!/usr/bin/env bash
# Builds the release and prints the benchmark table (transfer sizes, time to ranking, input →
# update latency). Numbers only: nothing here fails because a machine is slow.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >&2
exec node scripts/bench.mjs "$@"
