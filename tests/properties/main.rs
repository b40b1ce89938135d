//! Property tests (proptest), one test target with a module per area:
//! - `reader`: the JSON reader and the dataset validator never panic, every problem is placed, the
//!   reader agrees with serde_json, and only http(s) URLs are accepted;
//! - `sensitivity`: the exact flip thresholds agree with a brute-force scan;
//! - `share_links`: every view and every reachable state survives its share link.
//!
//! Failing cases are kept in `tests/proptest-regressions/<module>.txt` (proptest's default place
//! for a target with a `main.rs`) and re-run first.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod classroom;
mod reader;
mod sensitivity;
mod share_links;
mod unknowns;
