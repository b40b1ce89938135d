#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test suite, failing on the first problem:
# formatting, clippy on both targets, native and property tests, the dataset schema and checker,
# browser tests (wasm-bindgen-test
# in headless Chromium), the release build and its size budget, its files (precompressed copies,
# minified JavaScript, integrity) and the same files served by Apache, nginx and Caddy with the
# README's settings, end-to-end tests against that
# build (keyboard, CSP, hostile input, panic notice, axe-core), the smoke flows in Chromium,
# Firefox ESR and WebKitGTK, and Lighthouse.
#
# Usage: scripts/test.sh [--quick]
#   --quick  the inner loop: formatting, clippy (native and wasm32) and the native tests only; sets
#            up nothing for the browser and builds nothing for it. CI (.ci/run) runs everything.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac

if (( quick )); then
  scripts/setup.sh --rust
else
  scripts/setup.sh --browser
fi
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() {
  local name=$1
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name" >&2
  local start=$SECONDS
  "$@"
  printf '\033[1m== %s: ok (%ss)\033[0m\n' "$name" "$((SECONDS - start))" >&2
}

step "format" cargo fmt --check
step "clippy, native" cargo clippy --locked --all-targets -- -D warnings
step "clippy, wasm32" cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
step "native tests" cargo test --locked
if (( quick )); then
  printf '\n\033[1mQuick checks passed\033[0m (format, clippy, native tests); scripts/test.sh runs everything.\n' >&2
  exit 0
fi
step "dataset checks: JSON Schema (Ajv) and check-dataset on the shipped data" sh -c \
  'node --test tests/node/ && cargo run --locked --quiet --bin check-dataset -- data/examples/*.json && cargo run --locked --quiet --bin check-dataset -- --strict data/providers.json data/providers.core.json'
# The driver gets 60 s to start (the runner's default is a few seconds, which a busy 2-core
# machine missed once: "driver failed to bind port during startup").
step "browser tests (headless Chromium)" env \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  WASM_BINDGEN_TEST_TIMEOUT=60 WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
  cargo test --locked --target wasm32-unknown-unknown --test browser
step "release build" trunk build --release
step "size budget (size-budget.json)" node scripts/check-size.mjs
step "the release build's files, and Apache, nginx and Caddy serving them (tests/release/)" \
  node --test tests/release/
step "crash-test build (debug, for the panic-notice test)" \
  trunk build --features crash-test --dist target/crash-dist
step "end-to-end tests against dist/" node --test tests/e2e/
step "smoke flows in Chromium, Firefox ESR and WebKitGTK (tests/engines/)" node --test tests/engines/
step "Lighthouse, mobile (accessibility, best practices >= 95; performance >= 90)" node scripts/lighthouse.mjs
printf '\n\033[1mAll checks passed.\033[0m\n' >&2
