#!/usr/bin/env bash
# Installs what provider-compare needs to build and test, and nothing that is already there at the
# right version. Safe to run again: a second run on a ready machine takes a few seconds.
#
# Everything comes from the package registries (crates.io, npm, Debian) and the rustup dist server,
# because CI has no other network: Trunk must never download its own wasm-bindgen or wasm-opt.
#
# Usage: scripts/setup.sh [--browser | --rust]
#   --browser  also installs the browsers for the browser and end-to-end tests: Chromium + ChromeDriver
#              (and pdftotext), Firefox ESR, and WebKitGTK's WebKitWebDriver + MiniBrowser with Xvfb;
#              and the web servers that serve the release build in tests/release/ (Apache, nginx
#              with the brotli_static module, Caddy)
#   --rust     only the Rust target and components that format, clippy and the native tests need
#              (what `scripts/test.sh --quick` uses: no Trunk, no wasm-bindgen, no npm, no browser)
set -euo pipefail

cd "$(dirname "$0")/.."

# Versions are pinned here and nowhere else (Cargo.toml pins the wasm-bindgen crate to the same one).
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

need_browser=0
rust_only=0
case "${1:-}" in
  --browser) need_browser=1 ;;
  --rust) rust_only=1 ;;
  "") ;;
  *) echo "usage: scripts/setup.sh [--browser | --rust]" >&2; exit 2 ;;
esac

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# 1. Rust target for the browser, and the lint/format components the test command uses.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding rust component $component"
    rustup component add "$component"
  fi
done

if (( rust_only )); then
  log "ready: $(rustc --version), wasm32 target, clippy and rustfmt"
  exit 0
fi

# 2. Trunk, at the newest version that builds with the machine's rustc (see shared toolchain notes).
if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  log "installing trunk $TRUNK_VERSION (a few minutes, once)"
  # Trunk's own release profile uses fat LTO; switching it off for the install saves minutes.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly, or Trunk downloads it.
#    Not --locked: its lockfile names a webpki-roots version that the registry does not serve.
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a couple of minutes, once)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 3b. The wasm splitter of the release build (scripts/split-wasm.mjs), the binary of the crate
#     wasm_split_cli_support. Its version goes with the wasm_split_helpers crate in Cargo.toml.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (a minute, once)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# 4. npm tools: wasm-opt (binaryen), and the end-to-end test drivers. `npm ci` only when the lockfile
#    changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 5. Crates, so that Trunk's offline build (Trunk.toml) finds every dependency.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked

# 6. The browsers, from Debian, for the browser and end-to-end tests: Chromium and ChromeDriver,
#    pdftotext (poppler-utils) to read what the print test's PDF says, and for the smoke flows in
#    the other engines (tests/engines/) Firefox ESR and WebKitGTK's WebDriver (its MiniBrowser comes
#    with libwebkit2gtk-4.1) with Xvfb, as WebKitGTK has no headless mode. The npm packages that
#    drive them (puppeteer-core, selenium-webdriver) are pinned in package.json. And the three web
#    servers whose settings the README shows, for tests/release/servers.test.mjs, which runs its
#    own instances on loopback and needs none of their system services (on a machine with systemd
#    Debian starts those on installation; in a container it does not). Only what is
#    missing is installed, after one `apt-get update`.
if (( need_browser )); then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  { command -v WebKitWebDriver >/dev/null \
    && [[ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ]]; } || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  [[ -x /usr/sbin/apache2 ]] || missing+=(apache2)
  [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
  [[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]] || missing+=(libnginx-mod-http-brotli-static)
  [[ -x /usr/bin/caddy ]] || missing+=(caddy)
  if (( ${#missing[@]} )); then
    log "installing ${missing[*]} from Debian"
    SUDO=""
    [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}'), wasm-split-cli $WASM_SPLIT_VERSION"
