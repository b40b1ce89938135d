//! The widget's state and the one reducer that changes it.
//!
//! Every change of what the widget shows goes through [`AppState::reduce`] with an [`Action`]; the
//! Yew components only render an `AppState` and turn events into actions. The reducer is pure, so
//! it is tested natively.
//!
//! Invariants: while a dataset is loaded, `weights` has one 0–10 value per criterion and per group,
//! `knockouts` one switch per rule, `minimums` one value 0–5 per criterion, `order` is a
//! permutation of the groups and `judgements` has one value −8..=8 per pair of groups; `kind`
//! indexes an existing provider type; `selected` is a provider of that type or `None`; `preset`
//! is the preset whose weights are set, or `None` once the reader changed any weight.
//! `leaders` are the providers sharing first place as of the last settled change, and
//! `announcement` only changes when there is something new to say (a screen reader speaks each
//! change of it, so it must not change on every pixel of a slider drag).
//! Actions that would break an invariant (an index out of range, a weight of 11) are clamped or
//! ignored, never a panic: they may come from stale events or a hand-edited share link.

use crate::dataset::{SharedDataset, MAX_SCORE, MAX_WEIGHT};
use crate::ranking::{rank, Sort, SortColumn};
use crate::scoring::{score_type, Options};
use crate::text::Lang;
use crate::validate::Problem;
use crate::weighting::{ahp, comparison_matrix, pairs, roc, to_sliders, Judgement, Weights};

/// How many rows the ranking table shows until the reader asks for all. Large datasets (a
/// thousand providers) would otherwise make every slider move re-order a thousand table rows.
pub const TABLE_ROWS: usize = 50;

/// Pairwise comparison is offered for up to this many groups (21 pairs).
pub const MAX_AHP_GROUPS: usize = 7;

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

/// What the widget last told screen-reader users, politely.
#[derive(Clone, Debug, PartialEq)]
pub enum Announcement {
    /// The table was sorted.
    Sorted(Sort),
    /// First place changed after a settled change: the providers now sharing it (none when
    /// nothing can be ranked, e.g. all weights are 0).
    Leaders(Vec<usize>),
}

/// The way the reader is setting weights right now (all of them end in the same sliders).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Method {
    /// Group and criterion sliders.
    #[default]
    Sliders,
    /// The dataset's named weightings.
    Presets,
    /// Put the groups in order of importance (rank-order-centroid weights).
    Ranking,
    /// Compare the groups pairwise on Saaty's scale (AHP).
    Pairwise,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub load: Load,
    /// Bumped by [`Action::Retry`] so that the loader fetches again.
    pub attempt: u32,
    /// The provider type being compared (index into `Dataset::types`).
    pub kind: usize,
    pub weights: Weights,
    /// The weights as of the last settled change: sensitivity is computed for these, so that it
    /// is not recomputed on every pixel of a drag.
    pub settled: Weights,
    /// The preset whose weights are set (index into `Dataset::presets`).
    pub preset: Option<usize>,
    pub method: Method,
    /// Groups, most important first (the ranking method's input).
    pub order: Vec<usize>,
    /// One judgement per pair of groups (the pairwise method's input), see [`pairs`].
    pub judgements: Vec<Judgement>,
    pub unknown_as_zero: bool,
    /// Per knock-out rule of the dataset: applied?
    pub knockouts: Vec<bool>,
    /// Per criterion: the lowest acceptable score, 0 = none.
    pub minimums: Vec<u8>,
    pub sort: Sort,
    /// The provider whose details are open (index into `Dataset::providers`).
    pub selected: Option<usize>,
    /// Whether the table lists every provider or only the first [`TABLE_ROWS`].
    pub show_all: bool,
    /// Two providers to compare (indices into `Dataset::providers`); `None` means "first" and
    /// "second" of the current ranking.
    pub pair: (Option<usize>, Option<usize>),
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
    SetGroupWeight {
        group: usize,
        weight: u8,
    },
    ResetWeights,
    ApplyPreset(usize),
    SetMethod(Method),
    /// Ranking method: move the group at position `from` of the order to position `to`.
    MoveGroup {
        from: usize,
        to: usize,
    },
    /// Pairwise method: the judgement for pair number `pair`.
    SetJudgement {
        pair: usize,
        value: Judgement,
    },
    /// A weight change is complete (the slider was released or a key moved it): the moment to
    /// tell screen-reader users if first place changed. Dragging only sends `SetWeight`.
    WeightsSettled,
    SetUnknownAsZero(bool),
    SetKnockout {
        rule: usize,
        on: bool,
    },
    SetMinimum {
        criterion: usize,
        minimum: u8,
    },
    SortBy(SortColumn),
    Select(Option<usize>),
    ShowAllRows(bool),
    SetPair(Option<usize>, Option<usize>),
}

impl AppState {
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            load: Load::Loading,
            attempt: 0,
            kind: 0,
            weights: Weights::default(),
            settled: Weights::default(),
            preset: None,
            method: Method::default(),
            order: Vec::new(),
            judgements: Vec::new(),
            unknown_as_zero: false,
            knockouts: Vec::new(),
            minimums: Vec::new(),
            sort: Sort::default(),
            selected: None,
            show_all: false,
            pair: (None, None),
            leaders: Vec::new(),
            announcement: None,
        }
    }

    pub fn dataset(&self) -> Option<&SharedDataset> {
        match &self.load {
            Load::Ready(d) => Some(d),
            _ => None,
        }
    }

    /// The scoring options this state stands for.
    pub fn options(&self) -> Options {
        Options {
            unknown_as_zero: self.unknown_as_zero,
            knockouts: self.knockouts.clone(),
            minimums: self.minimums.clone(),
        }
    }

    /// Whether every weight is 0, so that no total can be computed.
    pub fn all_weights_zero(&self) -> bool {
        self.weights.all_zero()
    }

    /// Whether the weights differ from the dataset's defaults.
    pub fn weights_changed(&self) -> bool {
        self.dataset()
            .is_some_and(|d| Weights::defaults(d) != self.weights)
    }

    /// The providers sharing first place for the current type, weights and options.
    pub fn current_leaders(&self) -> Vec<usize> {
        let Some(d) = self.dataset() else {
            return Vec::new();
        };
        let scores = score_type(d, self.kind, &self.weights.to_real(), &self.options());
        let mut leaders: Vec<usize> = rank(d, scores, self.lang)
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
        self.settled = self.weights.clone();
        let leaders = self.current_leaders();
        if leaders != self.leaders {
            self.announcement = Some(Announcement::Leaders(leaders.clone()));
            self.leaders = leaders;
        }
    }

    /// Sets the group sliders from the ranking method's order (rank-order-centroid weights).
    fn apply_order(&mut self) {
        let sliders = to_sliders(&roc(self.order.len()));
        for (position, &g) in self.order.iter().enumerate() {
            if let (Some(w), Some(&s)) = (self.weights.groups.get_mut(g), sliders.get(position)) {
                *w = s;
            }
        }
    }

    /// Sets the group sliders from the pairwise judgements (AHP priorities).
    fn apply_judgements(&mut self) {
        let n = self.weights.groups.len();
        if let Some(result) = ahp(&comparison_matrix(n, &self.judgements)) {
            self.weights.groups = to_sliders(&result.weights);
        }
    }

    #[must_use]
    pub fn reduce(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Loaded(Ok(dataset)) => {
                next.weights = Weights::defaults(&dataset);
                next.preset = None;
                next.order = (0..dataset.groups.len()).collect();
                next.judgements = vec![0; pairs(dataset.groups.len()).len()];
                next.knockouts = vec![true; dataset.knockouts.len()];
                next.minimums = vec![0; dataset.criteria.len()];
                // Start on the first type that has providers, so the first view is never empty.
                next.kind = (0..dataset.types.len())
                    .find(|&t| dataset.providers_of(t).next().is_some())
                    .unwrap_or(0);
                next.selected = None;
                next.pair = (None, None);
                next.load = Load::Ready(dataset);
                // The starting leader is the baseline, not news.
                next.settled = next.weights.clone();
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
                    next.pair = (None, None);
                    // Another table, another baseline: the heading already says what changed.
                    next.settled = next.weights.clone();
                    next.leaders = next.current_leaders();
                }
            }
            Action::SetWeight { criterion, weight } => {
                if let Some(w) = next.weights.criteria.get_mut(criterion) {
                    *w = weight.min(MAX_WEIGHT);
                    next.preset = None;
                }
            }
            Action::SetGroupWeight { group, weight } => {
                if let Some(w) = next.weights.groups.get_mut(group) {
                    *w = weight.min(MAX_WEIGHT);
                    next.preset = None;
                }
            }
            Action::ResetWeights => {
                if let Some(d) = self.dataset() {
                    next.weights = Weights::defaults(d);
                    next.preset = None;
                    next.settle();
                }
            }
            Action::ApplyPreset(i) => {
                if let Some(p) = self.dataset().and_then(|d| d.presets.get(i)) {
                    next.weights = Weights {
                        criteria: p.weights.clone(),
                        groups: p.group_weights.clone(),
                    };
                    next.preset = Some(i);
                    next.settle();
                }
            }
            Action::SetMethod(method) => next.method = method,
            Action::MoveGroup { from, to } => {
                if from < next.order.len() && to < next.order.len() && from != to {
                    let g = next.order.remove(from);
                    next.order.insert(to, g);
                    next.apply_order();
                    next.preset = None;
                    next.settle();
                }
            }
            Action::SetJudgement { pair, value } => {
                if let Some(j) = next.judgements.get_mut(pair) {
                    *j = value.clamp(-8, 8);
                    next.apply_judgements();
                    next.preset = None;
                    next.settle();
                }
            }
            Action::WeightsSettled => next.settle(),
            Action::SetUnknownAsZero(on) => {
                next.unknown_as_zero = on;
                next.settle();
            }
            Action::SetKnockout { rule, on } => {
                if let Some(k) = next.knockouts.get_mut(rule) {
                    *k = on;
                    next.settle();
                }
            }
            Action::SetMinimum { criterion, minimum } => {
                if let Some(m) = next.minimums.get_mut(criterion) {
                    *m = minimum.min(MAX_SCORE);
                    next.settle();
                }
            }
            Action::SortBy(column) => {
                next.sort = self.sort.toggled(column);
                next.announcement = Some(Announcement::Sorted(next.sort));
            }
            Action::ShowAllRows(all) => next.show_all = all,
            Action::Select(selected) => {
                next.selected = selected.filter(|&p| self.is_current(p));
            }
            Action::SetPair(a, b) => {
                next.pair = (
                    a.filter(|&p| self.is_current(p)),
                    b.filter(|&p| self.is_current(p)),
                );
            }
        }
        next
    }

    /// Whether provider `p` exists and is of the type being compared.
    fn is_current(&self, p: usize) -> bool {
        self.dataset()
            .and_then(|d| d.providers.get(p))
            .is_some_and(|p| p.kind == self.kind)
    }
}
