#!/usr/bin/env bash
# How small could a first download be that holds only the default view's core? Builds the
# committed HEAD with scripts/probes/first-view.patch applied and prints its wasm's size after
# wasm-bindgen and `wasm-opt -Oz` (the release build's steps), raw, gzip -9 and brotli 11, beside
# the wasm a first visit loads today (the release build in dist/, when there is one).
#
# The patch keeps the header, the type and country pickers, the ranking table with its stability
# note, and the weights (sliders and presets, knock-outs, unknowns, minimums). It drops what a
# split would load later: the pair comparison, sharing and exports, the classroom, the provider
# details, the side-by-side view, the method note, the load-error view, the order and pairwise
# methods, printing and the evidence loader, and the split point of the panels loaded on demand.
# The probe cannot open those parts at all, so its size is a floor for any first-view binary or
# wasm split of today's widget, not a design. A patch that no longer applies says so and stops;
# refresh it from a worktree where it does.
#   scripts/probe-first-view.sh        (about two minutes on 2 cores: one release build)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
root=$PWD
work=$root/target/probe-first-view
rm -rf "$work/src"
mkdir -p "$work"
git worktree prune
git worktree add --quiet --detach --force "$work/src" HEAD
trap 'git -C "$root" worktree remove --force "$work/src" >/dev/null 2>&1 || true' EXIT
if ! git -C "$work/src" apply "$root/scripts/probes/first-view.patch"; then
  echo "probe-first-view: scripts/probes/first-view.patch no longer applies to HEAD" >&2
  exit 1
fi

# Built the way the release build does it, without the split (the probe has no split point):
# cargo, wasm-bindgen, wasm-opt -Oz. The probe leaves code unused on purpose: its warnings say
# nothing. Its own target folder, so that the flags do not rebuild the project's.
(cd "$work/src" && CARGO_TARGET_DIR="$work/target" RUSTFLAGS="-A warnings" \
  cargo build --quiet --release --target wasm32-unknown-unknown --bin provider-compare)
wasm-bindgen --target web --no-typescript --out-dir "$work/probe" \
  "$work/target/wasm32-unknown-unknown/release/provider-compare.wasm"
wasm-opt -Oz "$work/probe/provider-compare_bg.wasm" -o "$work/probe.wasm"

shipped=$(ls dist/provider-compare-*_bg.wasm 2>/dev/null | head -n 1 || true)
node --input-type=module - "$work/probe.wasm" "$shipped" <<'EOF'
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
const size = (f) => {
  const b = readFileSync(f);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    br: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const [probeFile, shippedFile] = process.argv.slice(2);
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const line = (name, s) => console.log(`${name.padEnd(34)}${kb(s.raw)}  ${kb(s.gzip)}  ${kb(s.br)}`);
console.log(`${'wasm'.padEnd(34)} raw KB  gzip KB    br KB`);
line('default view core only (probe)', size(probeFile));
if (shippedFile) line('a first visit today (dist/)', size(shippedFile));
else console.log('(no release build in dist/ to compare with: trunk build --release)');
EOF
