#!/usr/bin/env bash
# Builds the release and prints the benchmark tables (transfer sizes, time to ranking, input →
# update latency, the largest datasets, worst-case inputs at the format's limits). Numbers only: nothing here fails because a machine is slow.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >&2
# The worst-case inputs at the format's limits, and the checker that is timed on them.
cargo build --locked --release --bin check-dataset >&2
cargo run --locked --release --example worst_case -- --write >&2
exec node scripts/bench.mjs "$@"
