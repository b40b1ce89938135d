//! Entry point of the web app: mounts the widget. Everything else lives in the library, so that
//! tests can mount any component on its own.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[cfg(target_arch = "wasm32")]
fn main() {
    provider_compare::ui::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("provider-compare runs in the browser: see README.md (`scripts/serve.sh`).");
}
