#!/usr/bin/env bash
# Builds a profiling copy of the release (target/prof-dist: optimized, but without wasm-opt, so the
# wasm keeps its function names) and prints where one slider move's time goes, on the shipped and
# on the generated 1,000 × 40 dataset (scripts/profile-slider.mjs). For finding what to speed up;
# the figures that count are scripts/bench.sh's.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# wasm-opt switched off in the release hook (scripts/split-wasm.mjs), which runs it after the split.
PC_WASM_OPT=0 trunk build --release --dist target/prof-dist >&2
node scripts/profile-slider.mjs target/prof-dist "$@"
node scripts/profile-slider.mjs target/prof-dist --generated "$@"
