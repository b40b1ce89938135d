//! The Yew shell (wasm32 only): components that render an [`crate::state::AppState`] and dispatch
//! [`crate::state::Action`]s to its one reducer.
//!
//! The folders mirror the screen: the shell (app, mount, browser helpers, header, language
//! switch, type picker, loading and error views, notices) at the top; `results/` (the ranking
//! table and a provider's details), `compare/` (side by side and the pair comparison),
//! `weights/` (the weighting panel and its methods), `share/` (link, exports, print, embed code)
//! and `parts/` (small pieces several areas use). Plumbing travels by context
//! ([`context`]), derived results and browser effects live in named hooks ([`hooks`]).
//!
//! Invariants: no component changes state except through the reducer; no component renders
//! dataset text as HTML (text nodes only) or puts anything but a [`crate::url::SafeUrl`] into an
//! `href`; element ids carry a per-widget prefix so that several widgets on one page never
//! collide. Only [`App`], its props, [`mount`] and the panic notice are public outside the crate.

mod announcer;
mod app;
mod browser;
mod classroom;
mod compare;
mod context;
mod extras;
mod header;
mod hooks;
mod kind_picker;
mod language_switch;
mod link_notice;
mod load_error_view;
mod loading_view;
mod mount;
mod parts;
mod results;
mod scope_picker;
mod share;
mod weights;

pub use app::{App, AppProps, DEFAULT_DATASET_URL};
pub use mount::{install_panic_notice, mount};
pub(crate) use mount::{report_ready, widget_roots};

pub(crate) use context::{use_dataset, use_dispatch, use_ids, use_lang, use_lazy, Dispatch, Ids};
