//! The widget's state and the one reducer that changes it.
//!
//! Every change of what the widget shows goes through [`AppState::reduce`] with an [`Action`]; the
//! Yew components only render an `AppState` and turn events into actions. The reducer is pure, so
//! it is tested natively.
//!
//! Invariants: while a dataset is loaded, `weights` has one entry per criterion, each 0–10;
//! `kind` indexes an existing provider type; `selected` is a provider of that type or `None`.
//! Actions that would break an invariant (an index out of range, a weight of 11) are clamped or
//! ignored, never a panic: they may come from stale events or a hand-edited share link.

use crate::dataset::{SharedDataset, MAX_WEIGHT};
use crate::ranking::{Sort, SortColumn};
use crate::text::Lang;
use crate::validate::Problem;

/// Why a dataset could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed before an answer came (offline, blocked, a bad address).
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The file is there but not a valid dataset.
    Invalid(Vec<Problem>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Failed(LoadError),
    Ready(SharedDataset),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub load: Load,
    /// Bumped by [`Action::Retry`] so that the loader fetches again.
    pub attempt: u32,
    /// The provider type being compared (index into `Dataset::types`).
    pub kind: usize,
    /// One weight 0–10 per criterion.
    pub weights: Vec<u8>,
    pub unknown_as_zero: bool,
    pub sort: Sort,
    /// The provider whose details are open (index into `Dataset::providers`).
    pub selected: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Loaded(Result<SharedDataset, LoadError>),
    Retry,
    SetKind(usize),
    SetWeight { criterion: usize, weight: u8 },
    ResetWeights,
    SetUnknownAsZero(bool),
    SortBy(SortColumn),
    Select(Option<usize>),
}

impl AppState {
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            load: Load::Loading,
            attempt: 0,
            kind: 0,
            weights: Vec::new(),
            unknown_as_zero: false,
            sort: Sort::default(),
            selected: None,
        }
    }

    pub fn dataset(&self) -> Option<&SharedDataset> {
        match &self.load {
            Load::Ready(d) => Some(d),
            _ => None,
        }
    }

    /// Whether every weight is 0, so that no total can be computed.
    pub fn all_weights_zero(&self) -> bool {
        self.weights.iter().all(|&w| w == 0)
    }

    /// Whether the weights differ from the dataset's defaults.
    pub fn weights_changed(&self) -> bool {
        self.dataset().is_some_and(|d| {
            d.criteria
                .iter()
                .map(|c| c.default_weight)
                .ne(self.weights.iter().copied())
        })
    }

    #[must_use]
    pub fn reduce(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Loaded(Ok(dataset)) => {
                next.weights = dataset.default_weights();
                // Start on the first type that has providers, so the first view is never empty.
                next.kind = (0..dataset.types.len())
                    .find(|&t| dataset.providers_of(t).next().is_some())
                    .unwrap_or(0);
                next.selected = None;
                next.load = Load::Ready(dataset);
            }
            Action::Loaded(Err(error)) => next.load = Load::Failed(error),
            Action::Retry => {
                next.load = Load::Loading;
                next.attempt = self.attempt.wrapping_add(1);
            }
            Action::SetKind(kind) => {
                if self.dataset().is_some_and(|d| kind < d.types.len()) && kind != self.kind {
                    next.kind = kind;
                    next.selected = None;
                }
            }
            Action::SetWeight { criterion, weight } => {
                if let Some(w) = next.weights.get_mut(criterion) {
                    *w = weight.min(MAX_WEIGHT);
                }
            }
            Action::ResetWeights => {
                if let Some(d) = self.dataset() {
                    next.weights = d.default_weights();
                }
            }
            Action::SetUnknownAsZero(on) => next.unknown_as_zero = on,
            Action::SortBy(column) => next.sort = self.sort.toggled(column),
            Action::Select(selected) => {
                next.selected = selected.filter(|&p| {
                    self.dataset()
                        .and_then(|d| d.providers.get(p))
                        .is_some_and(|p| p.kind == self.kind)
                });
            }
        }
        next
    }
}
