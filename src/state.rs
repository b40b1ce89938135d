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
use crate::share::{LinkIssue, SharedColumn, SharedView};
use crate::text::Lang;
use crate::validate::Problem;
use crate::weighting::{ahp, comparison_matrix, pairs, roc, to_sliders, Judgement, Weights};

/// How many rows the ranking table shows until the reader asks for all. Large datasets (a
/// thousand providers) would otherwise make every slider move re-order a thousand table rows.
pub const TABLE_ROWS: usize = 50;

/// How many of `total` rows the table shows: all, or the first [`TABLE_ROWS`].
pub fn rows_shown(total: usize, show_all: bool) -> usize {
    if show_all {
        total
    } else {
        total.min(TABLE_ROWS)
    }
}

/// Pairwise comparison is offered for up to this many groups (21 pairs).
pub const MAX_AHP_GROUPS: usize = 7;

/// The side-by-side comparison holds at most this many providers (one column each).
pub const MAX_COMPARED: usize = 4;

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
    /// Providers picked for the side-by-side comparison, in the order picked (at most
    /// [`MAX_COMPARED`], all of the current type).
    pub compare: Vec<usize>,
    /// The providers sharing first place at the last settled change.
    pub leaders: Vec<usize>,
    pub announcement: Option<Announcement>,
    /// A view to restore once the dataset is there (from a share link or the page's settings).
    pub pending: Option<SharedView>,
    /// What in the last share link could not be used, for a notice until dismissed.
    pub link_issues: Vec<LinkIssue>,
    /// The page is being printed: the print-only parts (the sources) are rendered.
    pub printing: bool,
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
    /// Adds a provider to the side-by-side comparison, or takes it out.
    ToggleCompare(usize),
    ClearCompare,
    /// Shows the view of a share link (now, or once the dataset is loaded), with what in the link
    /// could not be read.
    Restore(Box<SharedView>, Vec<LinkIssue>),
    DismissLinkIssues,
    SetPrinting(bool),
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
            compare: Vec::new(),
            leaders: Vec::new(),
            announcement: None,
            pending: None,
            link_issues: Vec::new(),
            printing: false,
        }
    }

    /// A widget that will show `view` once its dataset is loaded.
    pub fn starting_with(lang: Lang, view: Option<SharedView>, issues: Vec<LinkIssue>) -> AppState {
        let mut state = AppState::new(view.as_ref().and_then(|v| v.lang).unwrap_or(lang));
        state.pending = view;
        state.link_issues = issues;
        state
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
                next.compare = Vec::new();
                next.load = Load::Ready(dataset);
                if let Some(view) = next.pending.take() {
                    let issues = next.restore(&view);
                    next.link_issues.extend(issues);
                }
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
                    next.compare = Vec::new();
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
            Action::ToggleCompare(p) => {
                if let Some(i) = next.compare.iter().position(|&q| q == p) {
                    next.compare.remove(i);
                } else if self.is_current(p) && next.compare.len() < MAX_COMPARED {
                    next.compare.push(p);
                }
            }
            Action::ClearCompare => next.compare = Vec::new(),
            Action::Restore(view, issues) => {
                if let Some(lang) = view.lang {
                    next.lang = lang;
                }
                if let Some(d) = self.dataset().cloned() {
                    // A link describes a whole view: start from what a fresh load shows.
                    next = next.reduce(Action::Loaded(Ok(d)));
                    next.link_issues = issues;
                    let more = next.restore(&view);
                    next.link_issues.extend(more);
                    next.settled = next.weights.clone();
                    let leaders = next.current_leaders();
                    if leaders != self.leaders {
                        next.announcement = Some(Announcement::Leaders(leaders.clone()));
                    }
                    next.leaders = leaders;
                } else {
                    next.pending = Some(*view);
                    next.link_issues = issues;
                }
            }
            Action::DismissLinkIssues => next.link_issues = Vec::new(),
            Action::SetPrinting(on) => next.printing = on,
        }
        next
    }

    /// The current view, by id, as a share link writes it (`None` until a dataset is loaded).
    /// Only what differs from a fresh start is written, except type and language.
    pub fn shared_view(&self) -> Option<SharedView> {
        let d = self.dataset()?;
        let id_of_provider = |p: usize| d.providers.get(p).map(|p| p.id.clone());
        let defaults = Weights::defaults(d);
        let (preset, base) = match self.preset.and_then(|i| d.presets.get(i)) {
            Some(p) => (
                Some(p.id.clone()),
                Weights {
                    criteria: p.weights.clone(),
                    groups: p.group_weights.clone(),
                },
            ),
            None => (None, defaults),
        };
        let diff = |now: &[u8], base: &[u8], id: &dyn Fn(usize) -> Option<String>| {
            now.iter()
                .zip(base)
                .enumerate()
                .filter(|(_, (a, b))| a != b)
                .filter_map(|(i, (&a, _))| id(i).map(|id| (id, a)))
                .collect::<Vec<_>>()
        };
        let criterion_id = |i: usize| d.criteria.get(i).map(|c| c.id.clone());
        let group_id = |i: usize| d.groups.get(i).map(|g| g.id.clone());
        let identity: Vec<usize> = (0..d.groups.len()).collect();
        Some(SharedView {
            kind: d.types.get(self.kind).map(|t| t.id.clone()),
            preset,
            weights: diff(&self.weights.criteria, &base.criteria, &criterion_id),
            group_weights: diff(&self.weights.groups, &base.groups, &group_id),
            method: (self.method != Method::Sliders).then_some(self.method),
            order: if self.method == Method::Ranking || self.order != identity {
                self.order.iter().filter_map(|&g| group_id(g)).collect()
            } else {
                Vec::new()
            },
            judgements: if self.judgements.iter().any(|&j| j != 0) {
                self.judgements.clone()
            } else {
                Vec::new()
            },
            unknown_as_zero: self.unknown_as_zero,
            knockouts_off: d
                .knockouts
                .iter()
                .zip(&self.knockouts)
                .filter(|(_, on)| !**on)
                .map(|(k, _)| k.id.clone())
                .collect(),
            minimums: self
                .minimums
                .iter()
                .enumerate()
                .filter(|(_, m)| **m > 0)
                .filter_map(|(c, &m)| criterion_id(c).map(|id| (id, m)))
                .collect(),
            sort: (self.sort != Sort::default()).then(|| {
                let column = match self.sort.column {
                    SortColumn::Rank => SharedColumn::Rank,
                    SortColumn::Name => SharedColumn::Name,
                    SortColumn::Total => SharedColumn::Total,
                    SortColumn::Coverage => SharedColumn::Coverage,
                    SortColumn::Group(g) => SharedColumn::Group(group_id(g).unwrap_or_default()),
                };
                (column, self.sort.dir)
            }),
            selected: self.selected.and_then(id_of_provider),
            pair: (
                self.pair.0.and_then(id_of_provider),
                self.pair.1.and_then(id_of_provider),
            ),
            compare: self
                .compare
                .iter()
                .filter_map(|&p| id_of_provider(p))
                .collect(),
            show_all: self.show_all,
            lang: Some(self.lang),
        })
    }

    /// Applies a shared view to a freshly loaded state, resolving its ids against the dataset.
    /// Returns the ids it could not resolve; everything else is applied. Values are clamped by the
    /// same rules as the actions, so no link can break an invariant.
    fn restore(&mut self, view: &SharedView) -> Vec<LinkIssue> {
        let Some(d) = self.dataset().cloned() else {
            return Vec::new();
        };
        let mut issues = Vec::new();
        if let Some(lang) = view.lang {
            self.lang = lang;
        }
        if let Some(t) = &view.kind {
            match index_of(d.types.iter().map(|t| t.id.as_str()), t) {
                Some(k) => self.kind = k,
                None => issues.push(unknown_id('t', t)),
            }
        }
        if let Some(p) = &view.preset {
            match index_of(d.presets.iter().map(|p| p.id.as_str()), p) {
                Some(i) => {
                    if let Some(preset) = d.presets.get(i) {
                        self.weights = Weights {
                            criteria: preset.weights.clone(),
                            groups: preset.group_weights.clone(),
                        };
                        self.preset = Some(i);
                    }
                }
                None => issues.push(unknown_id('p', p)),
            }
        }
        for (id, w) in &view.weights {
            match index_of(d.criteria.iter().map(|c| c.id.as_str()), id) {
                Some(c) => {
                    if let Some(slot) = self.weights.criteria.get_mut(c) {
                        *slot = (*w).min(MAX_WEIGHT);
                        self.preset = None;
                    }
                }
                None => issues.push(unknown_id('w', id)),
            }
        }
        for (id, w) in &view.group_weights {
            match index_of(d.groups.iter().map(|g| g.id.as_str()), id) {
                Some(g) => {
                    if let Some(slot) = self.weights.groups.get_mut(g) {
                        *slot = (*w).min(MAX_WEIGHT);
                        self.preset = None;
                    }
                }
                None => issues.push(unknown_id('g', id)),
            }
        }
        if let Some(m) = view.method {
            self.method = m;
        }
        if !view.order.is_empty() {
            // Known groups in the link's order, then any the link does not name, as they come.
            let mut order: Vec<usize> = Vec::new();
            for id in &view.order {
                match index_of(d.groups.iter().map(|g| g.id.as_str()), id) {
                    Some(g) if !order.contains(&g) => order.push(g),
                    Some(_) => {}
                    None => issues.push(unknown_id('o', id)),
                }
            }
            let missing: Vec<usize> = (0..d.groups.len()).filter(|g| !order.contains(g)).collect();
            order.extend(missing);
            self.order = order;
        }
        if !view.judgements.is_empty() {
            if view.judgements.len() == self.judgements.len() {
                self.judgements = view.judgements.iter().map(|j| (*j).clamp(-8, 8)).collect();
            } else {
                // The groups changed since the link was made: the pairs no longer line up.
                issues.push(LinkIssue::Unreadable(format!(
                    "j: {} ≠ {}",
                    view.judgements.len(),
                    self.judgements.len()
                )));
            }
        }
        self.unknown_as_zero = view.unknown_as_zero;
        for id in &view.knockouts_off {
            match index_of(d.knockouts.iter().map(|k| k.id.as_str()), id) {
                Some(k) => {
                    if let Some(on) = self.knockouts.get_mut(k) {
                        *on = false;
                    }
                }
                None => issues.push(LinkIssue::UnknownId {
                    what: 'k',
                    id: id.clone(),
                }),
            }
        }
        for (id, m) in &view.minimums {
            match index_of(d.criteria.iter().map(|c| c.id.as_str()), id) {
                Some(c) => {
                    if let Some(slot) = self.minimums.get_mut(c) {
                        *slot = (*m).min(MAX_SCORE);
                    }
                }
                None => issues.push(LinkIssue::UnknownId {
                    what: 'n',
                    id: id.clone(),
                }),
            }
        }
        if let Some((column, dir)) = &view.sort {
            let column = match column {
                SharedColumn::Rank => Some(SortColumn::Rank),
                SharedColumn::Name => Some(SortColumn::Name),
                SharedColumn::Total => Some(SortColumn::Total),
                SharedColumn::Coverage => Some(SortColumn::Coverage),
                SharedColumn::Group(id) => {
                    let g = index_of(d.groups.iter().map(|g| g.id.as_str()), id);
                    if g.is_none() {
                        issues.push(LinkIssue::UnknownId {
                            what: 's',
                            id: id.clone(),
                        });
                    }
                    g.map(SortColumn::Group)
                }
            };
            if let Some(column) = column {
                self.sort = Sort { column, dir: *dir };
            }
        }
        // Providers must be of the type shown; others are reported like unknown ids.
        let kind = self.kind;
        let provider = |what: char, id: &str, issues: &mut Vec<LinkIssue>| {
            let p = d
                .providers
                .iter()
                .position(|p| p.id == id && p.kind == kind);
            if p.is_none() {
                issues.push(LinkIssue::UnknownId {
                    what,
                    id: id.to_owned(),
                });
            }
            p
        };
        self.selected = view
            .selected
            .as_deref()
            .and_then(|id| provider('d', id, &mut issues));
        self.pair = (
            view.pair
                .0
                .as_deref()
                .and_then(|id| provider('c', id, &mut issues)),
            view.pair
                .1
                .as_deref()
                .and_then(|id| provider('c', id, &mut issues)),
        );
        let mut compare = Vec::new();
        for id in &view.compare {
            if let Some(p) = provider('x', id, &mut issues) {
                if !compare.contains(&p) && compare.len() < MAX_COMPARED {
                    compare.push(p);
                }
            }
        }
        self.compare = compare;
        self.show_all = view.show_all;
        issues
    }

    /// Whether provider `p` exists and is of the type being compared.
    fn is_current(&self, p: usize) -> bool {
        self.dataset()
            .and_then(|d| d.providers.get(p))
            .is_some_and(|p| p.kind == self.kind)
    }
}

/// Where `id` is in a list of ids.
fn index_of<'a>(mut ids: impl Iterator<Item = &'a str>, id: &str) -> Option<usize> {
    ids.position(|x| x == id)
}

fn unknown_id(what: char, id: &str) -> LinkIssue {
    LinkIssue::UnknownId {
        what,
        id: id.to_owned(),
    }
}
