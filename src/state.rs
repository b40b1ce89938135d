//! The widget's state and the one reducer that changes it.
//!
//! Every change of what the widget shows goes through [`AppState::reduce`] with an [`Action`]; the
//! Yew components only render an `AppState` and turn events into actions. The reducer is pure, so
//! it is tested natively.
//!
//! Invariants: while a dataset is loaded, `weights` has one entry per criterion, each 0–10;
//! `kind` indexes an existing provider type; `selected` is a provider of that type or `None`;
//! `leaders` are the providers sharing first place as of the last settled change, and
//! `announcement` only changes when there is something new to say (a screen reader speaks each
//! change of it, so it must not change on every pixel of a slider drag).
//! Actions that would break an invariant (an index out of range, a weight of 11) are clamped or
//! ignored, never a panic: they may come from stale events or a hand-edited share link.

use crate::dataset::{SharedDataset, MAX_WEIGHT};
use crate::ranking::{rank, Sort, SortColumn};
use crate::scoring::{score_type, Options};
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

/// How many rows the ranking table shows until the reader asks for all. Large datasets (a
/// thousand providers) would otherwise make every slider move re-order a thousand table rows.
pub const TABLE_ROWS: usize = 50;

/// What the widget last told screen-reader users, politely.
#[derive(Clone, Debug, PartialEq)]
pub enum Announcement {
    /// The table was sorted.
    Sorted(Sort),
    /// First place changed after a settled change: the providers now sharing it (none when
    /// nothing can be ranked, e.g. all weights are 0).
    Leaders(Vec<usize>),
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
    /// Whether the table lists every provider or only the first [`TABLE_ROWS`].
    pub show_all: bool,
    /// The providers sharing first place at the last settled change.
    pub leaders: Vec<usize>,
    pub announcement: Option<Announcement>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Loaded(Result<SharedDataset, LoadError>),
    Retry,
    SetKind(usize),
    SetWeight {
        criterion: usize,
        weight: u8,
    },
    ResetWeights,
    /// A weight change is complete (the slider was released or a key moved it): the moment to
    /// tell screen-reader users if first place changed. Dragging only sends `SetWeight`.
    WeightsSettled,
    SetUnknownAsZero(bool),
    SortBy(SortColumn),
    Select(Option<usize>),
    ShowAllRows(bool),
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
            show_all: false,
            leaders: Vec::new(),
            announcement: None,
        }
    }

    /// The providers sharing first place for the current type, weights and options.
    pub fn current_leaders(&self) -> Vec<usize> {
        let Some(d) = self.dataset() else {
            return Vec::new();
        };
        let options = Options {
            unknown_as_zero: self.unknown_as_zero,
        };
        let mut leaders: Vec<usize> = rank(
            d,
            score_type(d, self.kind, &self.weights, options),
            self.lang,
        )
        .into_iter()
        .take_while(|r| r.rank == Some(1))
        .map(|r| r.score.provider)
        .collect();
        // Ties are listed by name, which depends on the language; the set must not.
        leaders.sort_unstable();
        leaders
    }

    /// Recomputes first place after a settled change; announces it only if it changed.
    fn settle(&mut self) {
        let leaders = self.current_leaders();
        if leaders != self.leaders {
            self.announcement = Some(Announcement::Leaders(leaders.clone()));
            self.leaders = leaders;
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
                // The starting leader is the baseline, not news.
                next.leaders = next.current_leaders();
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
                    // Another table, another baseline: the heading already says what changed.
                    next.leaders = next.current_leaders();
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
                    next.settle();
                }
            }
            Action::WeightsSettled => next.settle(),
            Action::SetUnknownAsZero(on) => {
                next.unknown_as_zero = on;
                next.settle();
            }
            Action::SortBy(column) => {
                next.sort = self.sort.toggled(column);
                next.announcement = Some(Announcement::Sorted(next.sort));
            }
            Action::ShowAllRows(all) => next.show_all = all,
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
