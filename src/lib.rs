//! provider-compare: weight the duties a provider owes its customers and compare ISPs, web
//! hosters, cloud and e-mail providers.
//!
//! The crate is a functional core with a thin shell:
//! - the core modules ([`dataset`], [`json`], [`validate`], [`scoring`], [`ranking`], [`state`] and
//!   their helpers) are plain Rust without web types, compiled and tested on every target. They
//!   hand over values, never words: [`i18n`] (also plain Rust) words everything for people, and
//!   of the core only [`export`], which writes files for people, calls it;
//! - [`ui`] holds the Yew components, compiled for `wasm32` only. They render an
//!   [`state::AppState`] and turn events into [`state::Action`]s, nothing more.
//!
//! `main.rs` only mounts [`ui::App`]; tests mount any component into an element of their own.

// A panic in WebAssembly stops the widget for good, so app code must not have one on a data path:
// bad input becomes a message instead. Tests may unwrap (clippy.toml). The raw-HTML methods that
// could turn dataset text into markup are listed in clippy.toml and denied here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::unreachable,
    clippy::disallowed_methods,
    clippy::disallowed_types
)]

pub mod classroom;
pub mod dataset;
pub mod date;
pub mod embed;
pub mod export;
pub mod hygiene;
pub mod i18n;
pub mod json;
pub mod ranking;
pub mod scoring;
pub mod sensitivity;
pub mod share;
pub mod state;
pub mod text;
pub mod url;
pub mod validate;
pub mod weighting;
pub mod worksheet;

#[cfg(target_arch = "wasm32")]
pub mod ui;
