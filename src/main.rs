//! Entry point of the web app. Starting the module only prepares the panic notice; the loader
//! (`widget.js`) then calls [`mount`] for each element marked `data-provider-compare`, so that a
//! page without a marker is never touched. Everything else lives in the library, so that tests
//! can mount any component on its own.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[cfg(target_arch = "wasm32")]
fn main() {
    provider_compare::ui::install_panic_notice();
}

/// Mounts a widget configured by the marker `host` into `target` (the marker, or a container in
/// its shadow root). `false` if the marker has a widget already.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(host: web_sys::Element, target: web_sys::Element) -> bool {
    provider_compare::ui::mount(&host, target)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("provider-compare runs in the browser: see README.md (`scripts/serve.sh`).");
}
