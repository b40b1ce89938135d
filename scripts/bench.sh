#!/usr/bin/env bash
# Builds the release and prints the benchmark tables (transfer sizes, time to ranking, input →
# update latency, the longest task after a released slider, the largest datasets, worst-case inputs
# at the format's limits), then — where the hand-written vanilla-JS reference is beside the
# project (../shared/bench/anchor-vanilla, or ANCHOR=dir) — the side-by-side ratios of its
# compare.mjs, and a slider step's whole main-thread CPU (with layout and paint) for both
# (scripts/step-cpu.mjs). Numbers only: nothing here fails because a machine is slow.
#
#   scripts/bench.sh              everything (about 10 minutes on 2 cores)
#   scripts/bench.sh --anchor     only the side-by-side comparison
#   scripts/bench.sh --no-verify  passed to compare.mjs: measure even if the two tables differ
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser >&2
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
only_anchor=false
compare_args=()
for a in "$@"; do
  case "$a" in
    --anchor) only_anchor=true ;;
    *) compare_args+=("$a") ;;
  esac
done
trunk build --release >&2
if ! $only_anchor; then
  # The worst-case inputs at the format's limits, and the checker that is timed on them.
  cargo build --locked --release --bin check-dataset >&2
  cargo run --locked --release --example worst_case -- --write >&2
  node scripts/bench.mjs
fi

anchor="${ANCHOR:-../shared/bench/anchor-vanilla}"
if [[ ! -f "$anchor/compare.mjs" ]]; then
  echo "(no side-by-side comparison: $anchor/compare.mjs is not there)"
  exit 0
fi
# compare.mjs serves both apps the file data/providers.json (and a generated 1,000 × 40 one under
# /gen/ in its place). The widget's page loads the dataset's core, data/providers.core.json, and
# its evidence only on demand; the anchor has no such split. So both are measured on the same
# file, the core: a copy of dist/ in which data/providers.json is the core and the page's widget
# reads data/providers.json. The work is the same as on the real page (the widget reads the same
# bytes it reads there), and the anchor reads the same data with the same maths.
bench=target/bench-dist
rm -rf "$bench"
cp -r dist "$bench"
cp dist/data/providers.core.json "$bench/data/providers.json"
# The page preloads the file its widget reads first; so does the copy.
sed -i -e 's|data-provider-compare data-lang|data-provider-compare data-dataset="data/providers.json" data-lang|' \
  -e 's|<link rel="preload" href="data/providers.core.json"|<link rel="preload" href="data/providers.json"|' "$bench/index.html"
grep -q 'preload" href="data/providers.json"' "$bench/index.html" && grep -q 'data-dataset="data/providers.json"' "$bench/index.html" \
  || { echo "bench.sh: could not point the bench copy's widget at data/providers.json" >&2; exit 1; }
echo
echo "Side by side with the vanilla-JS anchor ($anchor/compare.mjs, on $bench: the dataset's core)"
node "$anchor/compare.mjs" "$bench" "${compare_args[@]}"
# compare.mjs stops the clock at the last DOM write; what a reader waits for includes the layout
# and paint that follow. Both apps, one step per frame, by CPU time from a trace, on the same file:
# the anchor's own folder with the core as its data/providers.json.
anchor_copy=target/bench-anchor
rm -rf "$anchor_copy"
mkdir -p "$anchor_copy/data"
cp "$anchor/index.html" "$anchor/app.js" "$anchor_copy/"
cp dist/data/providers.core.json "$anchor_copy/data/providers.json"
node scripts/step-cpu.mjs widget="$bench" anchor="$anchor_copy"
