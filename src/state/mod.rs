//! The widget's state and the one reducer that changes it.
//!
//! Every change of what the widget shows goes through [`AppState::reduce`] with an [`Action`]; the
//! Yew components only render an `AppState` and turn events into actions. The reducer is pure, so
//! it is tested natively.
//!
//! The state is grouped the way the screen is: the weighting (weights and the inputs of the
//! weighting methods), the scoring options, the table, and the comparisons. Translating it to and
//! from a share link is [`link`]'s job.
//!
//! Invariants: while a dataset is loaded, `weighting.weights` has one 0–10 value per criterion and
//! per group, `options.knockouts` one switch per rule, `options.minimums` one value 0–5 per
//! criterion, `weighting.order` is a permutation of the groups and `weighting.judgements` has one
//! value −8..=8 per pair of groups; `kind` indexes an existing provider type; `table.selected` and
//! every provider in `comparison` are of that type and admitted by `options.scope` (whose country
//! is one the dataset's providers are offered in); `weighting.preset` is the preset whose weights
//! are set, or `None` once the reader changed any weight.
//! `leaders` are the providers sharing first place as of the last settled change, and
//! `announcement` only changes when there is something new to say (a screen reader speaks each
//! change of it, so it must not change on every pixel of a slider drag).
//! The two providers of the pair comparison are never the same one: choosing on one side the
//! provider the other side shows swaps them (an action, or a link, that names one provider twice
//! is repaired), so the comparison never disappears.
//! Actions that would break an invariant (an index out of range, a weight of 11) are clamped or
//! ignored, never a panic: they may come from stale events or a hand-edited share link.

use std::rc::Rc;

use crate::dataset::{Dataset, Scope, SharedDataset, MAX_SCORE, MAX_WEIGHT};
use crate::ranking::{rank, Sort};
use crate::scoring::{score_type, Options};
use crate::sensitivity::compared_pair;
use crate::share::{LinkIssue, SharedView};
use crate::text::Lang;
use crate::validate::Problem;

mod action;
mod classroom;
mod link;

use crate::weighting::{
    ahp, comparison_matrix, pairs, roc, to_sliders, Judgement, Method, Weights,
};
pub use action::Action;
pub use classroom::{equal_weights, Panel, EQUAL_WEIGHT};

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

/// From this many rows on, the table renders only the rows near the visible part of the page
/// (a thousand table rows take the browser over half a second to lay out on every slider move).
pub const WINDOWED_FROM: usize = 120;

/// Which of `total` rows of a long table to render, as `start..end`: the rows within `buffer`
/// rows of the visible part, given where the table body begins relative to the top of the
/// viewport (`top`, in CSS pixels, negative once scrolled past), the viewport's height and the
/// height of a row. `start` is rounded down to a multiple of `step` and `end` up, so that
/// scrolling changes the window, and re-renders the table, only every `step` rows.
pub fn rows_in_view(
    total: usize,
    top: f64,
    viewport: f64,
    row_height: f64,
    buffer: usize,
    step: usize,
) -> (usize, usize) {
    let h = if row_height.is_finite() && row_height >= 1.0 {
        row_height
    } else {
        1.0
    };
    let step = step.max(1);
    let row_at = |y: f64| {
        if y.is_finite() && y > 0.0 {
            (y / h) as usize
        } else {
            0
        }
    };
    let first = row_at(-top).saturating_sub(buffer);
    let last = row_at(viewport.max(0.0) - top).saturating_add(buffer + 1);
    let start = (first / step * step).min(total);
    let end = last.div_ceil(step).saturating_mul(step).clamp(start, total);
    (start, end)
}

/// A window of rows (`start..end`) widened to hold `row` too, in steps of `step` and within
/// `total` rows, so that the row with keyboard focus stays rendered while the table scrolls.
pub fn including(
    window: (usize, usize),
    row: Option<usize>,
    step: usize,
    total: usize,
) -> (usize, usize) {
    let (start, end) = window;
    match row {
        Some(r) if r < total => {
            let step = step.max(1);
            let start = start.min(r / step * step);
            let end = end
                .max((r + 1).div_ceil(step).saturating_mul(step))
                .min(total);
            (start, end)
        }
        _ => window,
    }
}

/// Pairwise comparison is offered for up to this many groups (21 pairs).
pub const MAX_AHP_GROUPS: usize = 7;

/// How many judgements other than "equally important" the pairwise method needs before its
/// consistency means something: as many as there are groups (every pair, where there are fewer
/// pairs). With fewer, the untouched pairs (which count as "equally important") would make any
/// single judgement look contradictory.
pub fn judgements_needed(groups: usize) -> usize {
    groups.min(pairs(groups).len())
}

/// Whether the consistency of `judgements` (for `groups` groups) is worth judging: there are at
/// least three groups (with two, nothing can contradict) and [`judgements_needed`] are given.
pub fn consistency_judged(judgements: &[Judgement], groups: usize) -> bool {
    let given = judgements.iter().filter(|&&j| j != 0).count();
    groups >= 3 && given >= judgements_needed(groups)
}

/// The judgement of group `a` against `b` that the AHP weights imply (what the other judgements
/// say about this pair), on the same −8..=8 scale: 0 is "equally important", `k` is "a is k + 1
/// times as important as b", negative favours b.
pub fn implied_judgement(weights: &[f64], a: usize, b: usize) -> Judgement {
    let (Some(&wa), Some(&wb)) = (weights.get(a), weights.get(b)) else {
        return 0;
    };
    if !(wa.is_finite() && wb.is_finite() && wa > 0.0 && wb > 0.0) {
        return 0;
    }
    let r = wa / wb;
    let factor = r.max(1.0 / r).round().clamp(1.0, 9.0) as i8;
    if r >= 1.0 {
        factor - 1
    } else {
        1 - factor
    }
}

/// The side-by-side comparison holds at most this many providers (one column each).
pub const MAX_COMPARED: usize = 4;

/// Why a dataset could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed before an answer came (offline, blocked, a bad address).
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// No answer within this many seconds.
    TimedOut { seconds: u32 },
    /// The file is there but not a valid dataset.
    Invalid(Vec<Problem>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Failed(LoadError),
    Ready(SharedDataset),
}

/// The evidence (justifications, findings, sources) of the dataset on show, or of one file of it.
/// A core dataset ([`crate::dataset::Dataset::is_core`]) ranks without it; it is fetched when
/// first needed — a detail, a comparison, printing — so that the first load stays small.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Evidence {
    /// The dataset on show is complete (or none is loaded).
    #[default]
    Complete,
    /// A core, whose evidence nobody has needed yet.
    Idle,
    /// Being fetched.
    Loading,
    /// Could not be loaded (the core keeps working); asking again retries.
    Failed(LoadError),
}

/// How far each file of a core's evidence got: the complete file, and each provider type's part
/// where the core has parts ([`crate::dataset::Dataset::evidence_parts`]). A type without a part
/// takes its evidence from the complete file, whose arrival completes every type at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvidenceFiles {
    /// The complete file ([`crate::dataset::Dataset::evidence`]).
    pub complete: Evidence,
    /// Each type's part, indexed like `Dataset::types` (`Idle` for a type without one).
    pub parts: Vec<Evidence>,
}

/// What the widget last told screen-reader users, politely.
#[derive(Clone, Debug, PartialEq)]
pub enum Announcement {
    /// The table was sorted.
    Sorted(Sort),
    /// First place changed after a settled change: the providers now sharing it (none when
    /// nothing can be ranked, e.g. all weights are 0).
    Leaders(Vec<usize>),
    /// A preset, an order or a judgement was applied and first place did not change: the
    /// providers still sharing it (said, so that a reader who cannot see the ranking knows the
    /// choice took effect).
    StillLeading(Vec<usize>),
}

/// The weighting: the sliders and the inputs of the other weighting methods.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Weighting {
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
}

impl Weighting {
    /// Whether a slider is being dragged: the weights moved since the last settled change.
    pub fn dragging(&self) -> bool {
        self.weights != self.settled
    }

    /// The group sliders the ranking method's order gives (indexed by group).
    pub fn order_sliders(&self) -> Vec<u8> {
        let w = self;
        let sliders = to_sliders(&roc(w.order.len()));
        let mut out = w.weights.groups.clone();
        for (position, &g) in w.order.iter().enumerate() {
            if let (Some(slot), Some(&s)) = (out.get_mut(g), sliders.get(position)) {
                *slot = s;
            }
        }
        out
    }

    /// Whether the group sliders are what the ranking method's order gives.
    pub fn order_applied(&self) -> bool {
        self.order_sliders() == self.weights.groups
    }

    /// The group sliders the pairwise judgements give (`None` if they give none).
    pub fn judgement_sliders(&self) -> Option<Vec<u8>> {
        let n = self.weights.groups.len();
        ahp(&comparison_matrix(n, &self.judgements)).map(|r| to_sliders(&r.weights))
    }

    /// Whether the group sliders are what the pairwise judgements give.
    pub fn judgements_applied(&self) -> bool {
        self.judgement_sliders()
            .is_some_and(|s| s == self.weights.groups)
    }
}

/// The ranking table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub sort: Sort,
    /// The provider whose details are open (index into `Dataset::providers`).
    pub selected: Option<usize>,
    /// Whether the table lists every provider or only the first [`TABLE_ROWS`].
    pub show_all: bool,
}

/// The comparisons of providers below the table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// Two providers to compare (indices into `Dataset::providers`); `None` means "first" and
    /// "second" of the current ranking.
    pub pair: (Option<usize>, Option<usize>),
    /// Providers picked for the side-by-side comparison, in the order picked (at most
    /// [`MAX_COMPARED`]).
    pub side_by_side: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub load: Load,
    /// Bumped by [`Action::Retry`] so that the loader fetches again.
    pub attempt: u32,
    /// The provider type being compared (index into `Dataset::types`).
    pub kind: usize,
    pub weighting: Weighting,
    /// How unknowns, knock-outs and minimums count: kept as the value scoring takes.
    pub options: Options,
    pub table: Table,
    pub comparison: Comparison,
    /// The providers sharing first place at the last settled change.
    pub leaders: Vec<usize>,
    pub announcement: Option<Announcement>,
    /// A view to restore once the dataset is there (from a share link or the page's settings).
    pub pending: Option<SharedView>,
    /// What in the last share link could not be used, for a notice until dismissed.
    pub link_issues: Vec<LinkIssue>,
    /// The page is being printed: the print-only parts (the sources) are rendered.
    pub printing: bool,
    /// The evidence of what is shown now: of the current type (`kind`), from its part or from
    /// the complete file; `Complete` for a complete dataset. Kept in step with `evidence_files`.
    pub evidence: Evidence,
    /// The files of a core's evidence, each as far as it got.
    pub evidence_files: EvidenceFiles,
    /// Printing waits for the evidence (of the current type).
    pub print_pending: bool,
    /// Bumped when the page should be printed now (the shell prints when it changes).
    pub print_requests: u32,
    /// A classroom sheet to print instead of the ranking, until printing ends.
    pub sheet: Option<Sheet>,
    /// The projector view (large text, ranking beside the group weights).
    pub projector: bool,
    /// The classroom panel open below the header, if any.
    pub panel: Option<Panel>,
    /// The role for class the weights are set for (index into `Dataset::roles`).
    pub role: Option<usize>,
}

/// The classroom sheets the widget prints (see [`crate::worksheet`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    /// The pupils' worksheet.
    Tasks,
    /// The teacher's answer sheet.
    Answers,
}

/// A file of evidence that does not complete the core on show (`path` says which).
fn mismatch(path: String) -> Evidence {
    Evidence::Failed(LoadError::Invalid(vec![Problem {
        path,
        line: None,
        column: None,
        kind: crate::validate::ProblemKind::EvidenceMismatch,
    }]))
}

impl AppState {
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            load: Load::Loading,
            attempt: 0,
            kind: 0,
            weighting: Weighting::default(),
            options: Options::default(),
            table: Table::default(),
            comparison: Comparison::default(),
            leaders: Vec::new(),
            announcement: None,
            pending: None,
            link_issues: Vec::new(),
            printing: false,
            evidence: Evidence::Complete,
            evidence_files: EvidenceFiles::default(),
            print_pending: false,
            print_requests: 0,
            sheet: None,
            projector: false,
            panel: None,
            role: None,
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

    /// Whether every weight is 0, so that no total can be computed.
    pub fn all_weights_zero(&self) -> bool {
        self.weighting.weights.all_zero()
    }

    /// Whether the weights differ from the dataset's defaults.
    pub fn weights_changed(&self) -> bool {
        self.dataset()
            .is_some_and(|d| Weights::defaults(d) != self.weighting.weights)
    }

    /// The providers sharing first place for the current type, weights and options.
    pub fn current_leaders(&self) -> Vec<usize> {
        let Some(d) = self.dataset() else {
            return Vec::new();
        };
        let scores = score_type(
            d,
            self.kind,
            &self.weighting.weights.to_real(),
            &self.options,
        );
        let mut leaders: Vec<usize> = rank(d, scores, self.lang)
            .into_iter()
            .take_while(|r| r.rank == Some(1))
            .map(|r| r.score.provider)
            .collect();
        // Ties are listed by name, which depends on the language; the set must not.
        crate::json::sort_indices(&mut leaders, &|a, b| a.cmp(&b));
        leaders
    }

    /// Recomputes first place after a settled change; announces it only if it changed.
    fn settle(&mut self) {
        self.weighting.settled = self.weighting.weights.clone();
        let leaders = self.current_leaders();
        if leaders != self.leaders {
            self.announcement = Some(Announcement::Leaders(leaders.clone()));
            self.leaders = leaders;
        }
    }

    /// The current leaders become the baseline without an announcement (a new dataset, type or
    /// link: the heading already says what changed).
    fn rebase(&mut self) {
        self.weighting.settled = self.weighting.weights.clone();
        self.leaders = self.current_leaders();
    }

    /// Sets the group sliders from the ranking method's order (rank-order-centroid weights).
    fn apply_order(&mut self) {
        let w = &mut self.weighting;
        let sliders = to_sliders(&roc(w.order.len()));
        for (position, &g) in w.order.iter().enumerate() {
            if let (Some(slot), Some(&s)) = (w.weights.groups.get_mut(g), sliders.get(position)) {
                *slot = s;
            }
        }
    }

    /// Sets the group sliders from the pairwise judgements (AHP priorities).
    fn apply_judgements(&mut self) {
        let w = &mut self.weighting;
        let n = w.weights.groups.len();
        if let Some(result) = ahp(&comparison_matrix(n, &w.judgements)) {
            w.weights.groups = to_sliders(&result.weights);
        }
    }

    /// Recomputes first place after a discrete weighting choice (a preset, an order, a
    /// judgement): like [`AppState::settle`], and if first place stayed, says so.
    fn settle_choice(&mut self) {
        let before = self.leaders.clone();
        self.settle();
        if self.leaders == before {
            self.announcement = Some(Announcement::StillLeading(before));
        }
    }

    /// The pair comparison as shown: the reader's choice, unset sides filled in from the
    /// settled ranking (`None` when fewer than two providers can be compared).
    pub fn shown_pair(&self) -> Option<(usize, usize)> {
        let d = self.dataset()?;
        compared_pair(
            d,
            self.kind,
            &self.weighting.settled,
            &self.options,
            self.comparison.pair,
        )
        .map(|(a, b, _)| (a, b))
    }

    /// A pair choice made distinct: picking on one side the provider the other side shows
    /// swaps the two; without a pair on show, the other side falls back to the ranking.
    fn distinct_pair(&self, a: Option<usize>, b: Option<usize>) -> (Option<usize>, Option<usize>) {
        match (a, b) {
            (Some(x), Some(y)) if x == y => match self.shown_pair() {
                // A took B's provider: B takes A's.
                Some((old_a, _)) if old_a != x => (Some(x), Some(old_a)),
                // B took A's provider: A takes B's.
                Some((_, old_b)) if old_b != x => (Some(old_b), Some(x)),
                _ => (Some(x), None),
            },
            pair => pair,
        }
    }

    /// Sets the weights of preset `i`; false if the dataset has no such preset.
    fn apply_preset(&mut self, i: usize) -> bool {
        let Some(p) = self.dataset().and_then(|d| d.presets.get(i)) else {
            return false;
        };
        self.weighting.weights = Weights::from(p);
        self.weighting.preset = Some(i);
        true
    }

    /// The view of a freshly loaded dataset: defaults everywhere, on the first type that has
    /// providers (so the first view is never empty).
    fn reset_to(&mut self, dataset: SharedDataset) {
        let groups = dataset.groups.len();
        self.weighting = Weighting {
            weights: Weights::defaults(&dataset),
            method: self.weighting.method,
            order: (0..groups).collect(),
            judgements: vec![0; pairs(groups).len()],
            ..Weighting::default()
        };
        self.options = Options {
            unknowns: self.options.unknowns,
            knockouts: vec![true; dataset.knockouts.len()],
            minimums: vec![0; dataset.criteria.len()],
            scope: Scope::default(),
        };
        self.kind = (0..dataset.types.len())
            .find(|&t| dataset.providers_of(t).next().is_some())
            .unwrap_or(0);
        self.table.selected = None;
        self.comparison = Comparison::default();
        self.role = None;
        // A fetch already under way for this dataset's evidence still arrives and is taken, and
        // the same dataset again (a link restored) keeps the parts already merged into it.
        let same = self.dataset().is_some_and(|d| Rc::ptr_eq(&d.0, &dataset.0));
        let keep = |e: &Evidence| match e {
            Evidence::Loading => Evidence::Loading,
            Evidence::Complete if same => Evidence::Complete,
            _ => Evidence::Idle,
        };
        let files = &self.evidence_files;
        self.evidence_files = EvidenceFiles {
            complete: keep(&files.complete),
            parts: (0..dataset.types.len())
                .map(|t| files.parts.get(t).map_or(Evidence::Idle, keep))
                .collect(),
        };
        self.load = Load::Ready(dataset);
        self.sync_evidence();
    }

    /// The evidence that provider type `kind` needs: its part's where the core has one, else the
    /// complete file's; `Complete` for a complete dataset (or none).
    pub fn evidence_of(&self, kind: usize) -> Evidence {
        match self.dataset() {
            Some(d) if d.is_core() => {
                let files = &self.evidence_files;
                if d.evidence_part(kind).is_some() {
                    files.parts.get(kind).cloned().unwrap_or(Evidence::Idle)
                } else {
                    files.complete.clone()
                }
            }
            _ => Evidence::Complete,
        }
    }

    /// Whether the duties' explanations are there: they come with the complete file and with
    /// every part (which hold all the criteria), so one part of any type brings them.
    pub fn explained(&self) -> bool {
        self.evidence_of(self.kind) == Evidence::Complete
            || self.evidence_files.parts.contains(&Evidence::Complete)
    }

    /// The evidence the duties' explanations need: `Complete` once [`AppState::explained`], else
    /// the current type's.
    pub fn explanations(&self) -> Evidence {
        if self.explained() {
            Evidence::Complete
        } else {
            self.evidence.clone()
        }
    }

    /// The files of evidence to fetch now (those being loaded), each with its path relative to
    /// the dataset: `None` for the complete file, `Some(t)` for type `t`'s part.
    pub fn evidence_requests(&self) -> Vec<(Option<usize>, String)> {
        let Some(d) = self.dataset().filter(|d| d.is_core()) else {
            return Vec::new();
        };
        let files = &self.evidence_files;
        let mut out = Vec::new();
        if let (Evidence::Loading, Some(path)) = (&files.complete, &d.evidence) {
            out.push((None, path.clone()));
        }
        for (t, e) in files.parts.iter().enumerate() {
            if let (Evidence::Loading, Some(path)) = (e, d.evidence_part(t)) {
                out.push((Some(t), path.to_owned()));
            }
        }
        out
    }

    /// `evidence` as the current type's.
    fn sync_evidence(&mut self) {
        self.evidence = self.evidence_of(self.kind);
    }

    /// Asks for the evidence of the current type of a core dataset (again, after a failure):
    /// its part, or the complete file where it has none.
    fn want_evidence(&mut self) {
        let Some(d) = self.dataset().filter(|d| d.is_core()) else {
            return;
        };
        let has_part = d.evidence_part(self.kind).is_some();
        let files = &mut self.evidence_files;
        let file = if has_part {
            files.parts.get_mut(self.kind)
        } else {
            Some(&mut files.complete)
        };
        if let Some(e) = file.filter(|e| matches!(e, Evidence::Idle | Evidence::Failed(_))) {
            *e = Evidence::Loading;
        }
        self.sync_evidence();
    }

    /// The complete dataset arrived (or not): shown instead of its core when it completes it.
    fn evidence_loaded(&mut self, loaded: Result<SharedDataset, LoadError>) {
        let Some(core) = self.dataset().filter(|d| d.is_core()).cloned() else {
            return;
        };
        self.evidence_files.complete = match loaded {
            Ok(full) if core.completed_by(&full) => {
                // Same lists in the same order: every index in the state stays valid.
                self.load = Load::Ready(full);
                Evidence::Complete
            }
            Ok(_) => mismatch("evidence".into()),
            Err(e) => Evidence::Failed(e),
        };
        self.evidence_arrived();
    }

    /// The part for type `kind` arrived (or not): merged into the core on show when it is that
    /// type's part, also when the reader has gone on to another type meanwhile.
    fn part_loaded(&mut self, kind: usize, loaded: Result<Box<Dataset>, LoadError>) {
        let Some(core) = self.dataset().filter(|d| d.is_core()).cloned() else {
            return;
        };
        let Some(type_id) = core.types.get(kind).map(|t| t.id.clone()) else {
            return;
        };
        if self.evidence_files.parts.get(kind) == Some(&Evidence::Complete) {
            // Fetched twice: the first is in.
            return;
        }
        let state = match loaded {
            Ok(part) => match core.with_part(kind, *part) {
                Some(merged) => {
                    // Same lists in the same order: every index in the state stays valid.
                    self.load = Load::Ready(SharedDataset(Rc::new(merged)));
                    Evidence::Complete
                }
                None => mismatch(format!("evidence_parts › {type_id}")),
            },
            Err(e) => Evidence::Failed(e),
        };
        if let Some(slot) = self.evidence_files.parts.get_mut(kind) {
            *slot = state;
        }
        self.evidence_arrived();
    }

    /// After a file of evidence arrived or failed: printing that waited for the current type's
    /// evidence goes ahead once it is there (or could not be loaded).
    fn evidence_arrived(&mut self) {
        self.sync_evidence();
        if self.print_pending && !matches!(self.evidence, Evidence::Idle | Evidence::Loading) {
            self.print_pending = false;
            self.printing = true;
            self.print_requests = self.print_requests.wrapping_add(1);
        }
    }

    #[must_use]
    pub fn reduce(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Loaded(Ok(dataset)) => {
                next.reset_to(dataset);
                if let Some(view) = next.pending.take() {
                    let issues = next.restore(&view);
                    next.link_issues.extend(issues);
                }
                // The starting leader is the baseline, not news.
                next.rebase();
            }
            Action::Loaded(Err(error)) => next.load = Load::Failed(error),
            Action::Retry => {
                next.load = Load::Loading;
                next.attempt = self.attempt.wrapping_add(1);
            }
            Action::SetKind(kind) => {
                if self.dataset().is_some_and(|d| kind < d.types.len()) && kind != self.kind {
                    next.kind = kind;
                    next.table.selected = None;
                    next.comparison = Comparison::default();
                    next.rebase();
                }
            }
            Action::SetWeight { criterion, weight } => {
                if let Some(w) = next.weighting.weights.criteria.get_mut(criterion) {
                    *w = weight.min(MAX_WEIGHT);
                    next.weighting.preset = None;
                }
            }
            Action::SetGroupWeight { group, weight } => {
                if let Some(w) = next.weighting.weights.groups.get_mut(group) {
                    *w = weight.min(MAX_WEIGHT);
                    next.weighting.preset = None;
                }
            }
            Action::ResetWeights => {
                if let Some(d) = self.dataset() {
                    next.weighting.weights = Weights::defaults(d);
                    next.weighting.preset = None;
                    next.settle();
                }
            }
            Action::ApplyPreset(i) => {
                if next.apply_preset(i) {
                    next.settle_choice();
                }
            }
            Action::SetMethod(method) => next.weighting.method = method,
            Action::MoveGroup { from, to } => {
                let order = &mut next.weighting.order;
                if from < order.len() && to < order.len() && from != to {
                    let g = order.remove(from);
                    order.insert(to, g);
                    next.apply_order();
                    next.weighting.preset = None;
                    next.settle_choice();
                }
            }
            Action::ApplyOrder => {
                if self.dataset().is_some() && !self.weighting.order_applied() {
                    next.apply_order();
                    next.weighting.preset = None;
                    next.settle_choice();
                }
            }
            Action::ApplyJudgements => {
                if self.dataset().is_some() && !self.weighting.judgements_applied() {
                    next.apply_judgements();
                    next.weighting.preset = None;
                    next.settle_choice();
                }
            }
            Action::SetJudgement { pair, value } => {
                if let Some(j) = next.weighting.judgements.get_mut(pair) {
                    *j = value.clamp(-8, 8);
                    next.apply_judgements();
                    next.weighting.preset = None;
                    next.settle_choice();
                }
            }
            Action::WeightsSettled => next.settle(),
            Action::SetUnknowns(choice) => {
                next.options.unknowns = choice;
                next.settle();
            }
            Action::SetCountry(country) => {
                // A country no provider is offered in is no choice: such an action (stale, or
                // from a hand-made event) is ignored.
                let known =
                    |d: &SharedDataset| country.as_ref().is_none_or(|c| d.countries().contains(c));
                if self.dataset().is_some_and(known) && country != next.options.scope.country {
                    next.options.scope.country = country;
                    next.keep_in_scope();
                    next.settle();
                }
            }
            Action::SetTextOnly(on) => {
                let offered = self.dataset().is_some_and(|d| d.has_text_providers());
                if offered && on != next.options.scope.named_in_text {
                    next.options.scope.named_in_text = on;
                    next.keep_in_scope();
                    next.settle();
                }
            }
            Action::SetKnockout { rule, on } => {
                if let Some(k) = next.options.knockouts.get_mut(rule) {
                    *k = on;
                    next.settle();
                }
            }
            Action::SetMinimum { criterion, minimum } => {
                if let Some(m) = next.options.minimums.get_mut(criterion) {
                    *m = minimum.min(MAX_SCORE);
                    next.settle();
                }
            }
            Action::SortBy(column) => {
                next.table.sort = self.table.sort.toggled(column);
                next.announcement = Some(Announcement::Sorted(next.table.sort));
            }
            Action::ShowAllRows(all) => next.table.show_all = all,
            Action::Select(selected) => {
                next.table.selected = selected.filter(|&p| self.is_current(p));
            }
            Action::SetPair(a, b) => {
                next.comparison.pair = self.distinct_pair(
                    a.filter(|&p| self.is_current(p)),
                    b.filter(|&p| self.is_current(p)),
                );
            }
            Action::ToggleCompare(p) => {
                let list = &mut next.comparison.side_by_side;
                if let Some(i) = list.iter().position(|&q| q == p) {
                    list.remove(i);
                } else if self.is_current(p) && list.len() < MAX_COMPARED {
                    list.push(p);
                }
            }
            Action::ClearCompare => next.comparison.side_by_side = Vec::new(),
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
                    next.rebase();
                    if next.leaders != self.leaders {
                        next.announcement = Some(Announcement::Leaders(next.leaders.clone()));
                    }
                } else {
                    next.pending = Some(*view);
                    next.link_issues = issues;
                }
            }
            Action::DismissLinkIssues => next.link_issues = Vec::new(),
            Action::SetPrinting(on) => {
                next.printing = on;
                if !on {
                    next.sheet = None;
                }
            }
            Action::PrintSheet(sheet) => {
                next.sheet = Some(sheet);
                next = next.reduce(Action::Print);
            }
            Action::Print => match next.evidence {
                Evidence::Complete | Evidence::Failed(_) => {
                    next.printing = true;
                    next.print_requests = next.print_requests.wrapping_add(1);
                }
                Evidence::Idle | Evidence::Loading => {
                    next.want_evidence();
                    next.print_pending = true;
                }
            },
            Action::WantEvidence => next.want_evidence(),
            Action::EvidenceLoaded(loaded) => next.evidence_loaded(loaded),
            Action::PartLoaded { kind, loaded } => next.part_loaded(kind, loaded),
            Action::SetProjector(on) => next.projector = on,
            Action::OpenPanel(panel) => {
                next.panel = panel;
                // The duties' explanations are in the complete file and its parts, not in a core.
                if panel == Some(Panel::Duties) && !next.explained() {
                    next.want_evidence();
                }
            }
            Action::ChooseRole(role) => next.choose_role(role),
        }
        // The type on show may have changed: its evidence is what the views show.
        next.sync_evidence();
        // A detail or a side-by-side comparison on show (opened, or restored from a link) shows
        // the evidence, and printing waits for it: fetch it if nobody has yet (also after the
        // reader turned to a type whose part is not in yet). The duties' explanations need any.
        if next.evidence == Evidence::Idle
            && (next.table.selected.is_some()
                || !next.comparison.side_by_side.is_empty()
                || next.print_pending
                || (next.panel == Some(Panel::Duties) && !next.explained()))
        {
            next.want_evidence();
        }
        next
    }

    /// Whether provider `p` exists, is of the type being compared and is in the scope.
    fn is_current(&self, p: usize) -> bool {
        self.dataset()
            .and_then(|d| d.providers.get(p))
            .is_some_and(|p| p.kind == self.kind && self.options.scope.admits(p))
    }

    /// After the scope changed: the open detail and the compared providers that it no longer
    /// admits are let go (the pair then follows the ranking on that side).
    fn keep_in_scope(&mut self) {
        if self.table.selected.is_some_and(|p| !self.is_current(p)) {
            self.table.selected = None;
        }
        let (a, b) = self.comparison.pair;
        self.comparison.pair = (
            a.filter(|&p| self.is_current(p)),
            b.filter(|&p| self.is_current(p)),
        );
        let list = std::mem::take(&mut self.comparison.side_by_side);
        self.comparison.side_by_side = list.into_iter().filter(|&p| self.is_current(p)).collect();
    }
}
