#!/usr/bin/env bash
# How small could a first download be that holds only the default view, if Yew could load the
# rest later? Builds the committed HEAD twice — as it is, and with scripts/probes/first-view.patch
# applied — and prints both wasm files' sizes after wasm-bindgen and `wasm-opt -Oz` (the release
# build's steps), raw, gzip -9 and brotli 11.
#
# The patch keeps the header, the type and country pickers, the ranking table with its stability
# note, and the weights (sliders and presets, knock-outs, unknowns, minimums). It drops what a
# split would load later: the pair comparison, sharing and exports, the classroom, the provider
# details, the side-by-side view, the method note, the load-error view, the order and pairwise
# methods, printing and the evidence loader. The probe cannot open those parts at all, so its size
# is a floor for any first-view binary or wasm split of today's widget, not a design. A patch that
# no longer applies says so and stops; refresh it from a worktree where it does.
#   scripts/probe-first-view.sh        (a few minutes on 2 cores: up to two release builds)
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

# Both builds the way Trunk's release build does them: cargo, wasm-bindgen, wasm-opt -Oz.
build() { # name, source dir, cargo target dir, extra rustc flags
  (cd "$2" && CARGO_TARGET_DIR="$3" RUSTFLAGS="${4:-}" cargo build --quiet --release --target wasm32-unknown-unknown --bin provider-compare)
  wasm-bindgen --target web --no-typescript --out-dir "$work/$1" "$3/wasm32-unknown-unknown/release/provider-compare.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals "$work/$1/provider-compare_bg.wasm" -o "$work/$1.wasm"
}
build full "$root" "$root/target"
# The probe leaves code unused on purpose: its warnings say nothing.
build probe "$work/src" "$work/target" "-A warnings"

node --input-type=module - "$work/full.wasm" "$work/probe.wasm" <<'EOF'
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
const [full, probe] = process.argv.slice(2).map((f) => {
  const b = readFileSync(f);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    br: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
console.log('wasm                         raw KB  gzip KB    br KB');
console.log(`the widget (HEAD)          ${kb(full.raw)}  ${kb(full.gzip)}  ${kb(full.br)}`);
console.log(`default view only (probe)  ${kb(probe.raw)}  ${kb(probe.gzip)}  ${kb(probe.br)}`);
console.log(`difference                 ${kb(full.raw - probe.raw)}  ${kb(full.gzip - probe.gzip)}  ${kb(full.br - probe.br)}`);
EOF
