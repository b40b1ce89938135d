//! Totals, group sub-totals, knock-outs and minimums: what a provider scores on 0–100.
//!
//! With effective weights `e_c` ([`crate::weighting::effective_weights`]) and scores `s_c` (0–5):
//!
//! ```text
//! counted(c) = c applies to the provider's type, and it has a score for c (or unknowns are filled)
//! raw total  = 20 · Σ_counted e_c · s_c / Σ_counted e_c                          (0–100)
//! coverage   = Σ_{applies, known} e_c / Σ_{applies} e_c                           (0–1)
//! total      = min(raw total, caps of the knock-out rules it triggers)
//!              — none at all if it misses a minimum the reader set
//! ```
//!
//! A knock-out rule "at most `a` in criterion c caps the total at `k`" triggers when the provider's
//! known score in c is `a` or less. A reader's minimum "at least `m` in c" is missed by a known
//! score below `m`; such a provider is listed, with the reason, but not ranked.
//!
//! **Unknowns.** How an unknown score counts is the reader's choice ([`Unknowns`]): left out of
//! the mean (the default; it then triggers no knock-out but misses any minimum, which it cannot be
//! shown to meet), or filled in as 0 (the worst case: it counts in the mean, triggers every
//! knock-out on its duty and misses every minimum) or as 5 (the best case: it counts in the mean,
//! triggers no knock-out and meets every minimum). Whatever the choice, every total also carries
//! its [`Range`]: the worst and the best case. The scoring is monotone in each score (a higher
//! score never lowers the mean, never adds a cap, never misses a minimum), so the range bounds the
//! total of every filling of the unknowns with scores 0–5, and it contains the total shown for
//! each choice. Without unknowns in weighted duties the range is a single value.
//!
//! What scoring reads of a provider is its [`Cell`]s, one per duty; a [`Grid`] keeps them for the
//! providers on show, so that scoring on every slider step reads a compact table rather than the
//! ratings with their evidence.
//!
//! Invariants: no division by zero (no counted weight → no total); totals are compared on a grid of
//! 10⁻⁶ points ([`total_key`]), a total order, so mathematically equal totals tie and sorting never
//! sees an inconsistent comparison; "no total" compares below every total; nothing here panics on
//! short or long weight lists.

use std::cmp::Ordering;

use crate::dataset::{Dataset, Rating, Scope, MAX_SCORE};
use crate::weighting::{effective_weights, RealWeights};

/// How an unknown rating counts in a total (see the module documentation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Unknowns {
    /// Left out of the mean.
    #[default]
    LeaveOut,
    /// Counted as 0: the worst case.
    Worst,
    /// Counted as [`MAX_SCORE`]: the best case.
    Best,
}

impl Unknowns {
    /// Every choice, in the order the widget offers them.
    pub const ALL: [Unknowns; 3] = [Unknowns::LeaveOut, Unknowns::Worst, Unknowns::Best];
}

/// How "unknown" ratings, knock-out rules and the reader's minimums are treated, and which
/// providers of the type take part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// How an unknown rating counts.
    pub unknowns: Unknowns,
    /// Per knock-out rule of the dataset: applied? Missing entries count as applied.
    pub knockouts: Vec<bool>,
    /// Per criterion: the lowest acceptable score, 0 = no minimum. Missing entries count as 0.
    pub minimums: Vec<u8>,
    /// Which providers take part (a country, the teaching text's): the others are neither
    /// scored nor ranked, and no comparison or sensitivity result mentions them.
    pub scope: Scope,
}

impl Options {
    pub fn knockout_on(&self, rule: usize) -> bool {
        self.knockouts.get(rule).copied().unwrap_or(true)
    }

    pub fn minimum(&self, criterion: usize) -> u8 {
        self.minimums.get(criterion).copied().unwrap_or(0)
    }
}

/// A total over some criteria, with the data behind it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Part {
    /// Σ e·s over the counted criteria.
    pub weighted_sum: f64,
    /// Σ e over the counted criteria: the denominator of the mean.
    pub counted_weight: f64,
    /// Σ e over the criteria that apply.
    pub applicable_weight: f64,
    /// Σ e over the criteria that apply and have a known score.
    pub known_weight: f64,
    /// How many criteria apply, and how many of those have a known score (whatever their weight).
    pub applicable: u16,
    pub known: u16,
    /// How many criteria apply with a weight above 0 and have no known score: the unknowns that
    /// can move this total (in the overall part, also those without weight that a minimum or a
    /// knock-out rule looks at).
    pub unknown: u16,
    /// Σ e·s over the known scores, and the same with every unknown filled in as [`MAX_SCORE`]
    /// (both summed in criterion order, as `weighted_sum` is, so a filled total equals the
    /// range's end exactly).
    pub known_sum: f64,
    pub best_sum: f64,
}

/// A total on the comparison grid: whole millionths of a point.
pub fn total_key(total: f64) -> i64 {
    (total * 1e6).round() as i64
}

/// Compares two optional values on the grid; `None` sorts below any value.
pub fn cmp_optional(a: Option<f64>, b: Option<f64>) -> Ordering {
    a.map(total_key).cmp(&b.map(total_key))
}

impl Part {
    /// The total on 0–100, or `None` when no weighted criterion is counted.
    pub fn total(&self) -> Option<f64> {
        (self.counted_weight > 0.0)
            .then(|| self.weighted_sum * (100.0 / f64::from(MAX_SCORE)) / self.counted_weight)
    }

    /// Share of the applicable weight that rests on known scores (0–1), or `None` without weight.
    pub fn coverage(&self) -> Option<f64> {
        (self.applicable_weight > 0.0).then(|| self.known_weight / self.applicable_weight)
    }

    /// The total with every unknown filled in with the score whose weighted sum is `sum`
    /// ([`Part::known_sum`] for 0, [`Part::best_sum`] for [`MAX_SCORE`]), before knock-outs.
    fn filled(&self, sum: f64) -> Option<f64> {
        (self.applicable_weight > 0.0)
            .then(|| sum * (100.0 / f64::from(MAX_SCORE)) / self.applicable_weight)
    }

    fn add(&mut self, weight: f64, cell: Cell, fill: Unknowns) {
        match cell {
            Cell::NotApplicable => return,
            Cell::Scored(score) => {
                let points = weight * f64::from(score);
                self.weighted_sum += points;
                self.known_sum += points;
                self.best_sum += points;
                self.counted_weight += weight;
                self.known_weight += weight;
                self.known += 1;
            }
            Cell::Unknown => {
                let best = weight * f64::from(MAX_SCORE);
                self.best_sum += best;
                match fill {
                    Unknowns::LeaveOut => {}
                    Unknowns::Worst => self.counted_weight += weight,
                    Unknowns::Best => {
                        self.weighted_sum += best;
                        self.counted_weight += weight;
                    }
                }
                if weight > 0.0 {
                    self.unknown = self.unknown.saturating_add(1);
                }
            }
        }
        self.applicable_weight += weight;
        self.applicable += 1;
    }
}

/// A provider's result: total, sub-totals per duty group, and what the rules did to it.
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderScore {
    /// Index into [`Dataset::providers`].
    pub provider: usize,
    pub overall: Part,
    /// In [`Dataset::groups`] order.
    pub groups: Vec<Part>,
    /// Knock-out rules (indices into [`Dataset::knockouts`]) that cap this provider's total.
    pub caps: Vec<usize>,
    /// The lowest cap among them.
    pub cap: Option<f64>,
    /// Criteria whose minimum this provider misses: it is listed but not ranked.
    pub unmet: Vec<usize>,
    /// The worst and the best case of [`ProviderScore::total`] over every filling of the unknowns.
    pub range: Range,
}

/// The worst and the best case of a total: its unknowns filled in as 0 and as [`MAX_SCORE`], with
/// knock-outs and minimums. `None` is "no total" (e.g. excluded by a minimum in that case), which
/// compares below every total.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Range {
    pub worst: Option<f64>,
    pub best: Option<f64>,
}

impl Range {
    /// Whether the unknowns can move the total at all (its ends differ on the comparison grid).
    pub fn open(&self) -> bool {
        cmp_optional(self.worst, self.best) != Ordering::Equal
    }

    /// Whether `value` lies within the range (on the comparison grid; "no total" is the lowest).
    pub fn contains(&self, value: Option<f64>) -> bool {
        cmp_optional(self.worst, value) != Ordering::Greater
            && cmp_optional(value, self.best) != Ordering::Greater
    }
}

/// Whether the known data settle the order of two totals: one's worst case is at least the
/// other's best case, so no filling of the unknowns puts the other ahead.
pub fn order_settled(a: &Range, b: &Range) -> bool {
    cmp_optional(a.worst, b.best) != Ordering::Less
        || cmp_optional(b.worst, a.best) != Ordering::Less
}

/// First place that the known data do not settle: with the leader at its worst case and everyone
/// else at their best, `challenger` would lead. `unknown` counts the unknown scores in weighted
/// duties of the two (the values whose absence leaves it open).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unsettled {
    pub leader: usize,
    pub challenger: usize,
    pub unknown: u16,
}

/// Whether `leader`'s first place is settled against `others` (which may include the leader, who
/// is skipped): `None` if it is, else who would lead in the leader's worst case (the highest best
/// case above the leader's worst; on equal best cases the first of `others`).
pub fn unsettled_lead<'a>(
    leader: &ProviderScore,
    others: impl IntoIterator<Item = &'a ProviderScore>,
) -> Option<Unsettled> {
    leader.total()?;
    let mut challenger: Option<&ProviderScore> = None;
    for other in others {
        if other.provider == leader.provider
            || cmp_optional(other.range.best, leader.range.worst) != Ordering::Greater
        {
            continue;
        }
        if challenger
            .is_none_or(|c| cmp_optional(other.range.best, c.range.best) == Ordering::Greater)
        {
            challenger = Some(other);
        }
    }
    challenger.map(|c| Unsettled {
        leader: leader.provider,
        challenger: c.provider,
        unknown: leader.overall.unknown.saturating_add(c.overall.unknown),
    })
}

impl ProviderScore {
    /// The weighted mean before knock-outs.
    pub fn raw_total(&self) -> Option<f64> {
        self.overall.total()
    }

    /// The total that ranks: capped by knock-outs, none when a minimum is missed.
    pub fn total(&self) -> Option<f64> {
        if self.excluded() {
            return None;
        }
        self.raw_total().map(|t| self.cap.map_or(t, |c| t.min(c)))
    }

    /// Whether a knock-out lowered the total.
    pub fn capped(&self) -> bool {
        matches!((self.raw_total(), self.cap), (Some(t), Some(c)) if total_key(t) > total_key(c))
    }

    pub fn excluded(&self) -> bool {
        !self.unmet.is_empty()
    }
}

/// A provider's rating of one duty as the scoring reads it: the score without its evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    NotApplicable,
    Unknown,
    Scored(u8),
}

impl From<&Rating> for Cell {
    fn from(rating: &Rating) -> Cell {
        match rating {
            Rating::NotApplicable => Cell::NotApplicable,
            Rating::Unknown { .. } => Cell::Unknown,
            Rating::Scored(s) => Cell::Scored(s.score),
        }
    }
}

/// The cells of some providers, one row each, in the order given: what scoring reads, without the
/// justifications, sources and findings that a rating carries. Scoring a thousand providers reads
/// forty thousand bytes from a grid instead of forty thousand ratings spread over megabytes, so
/// the widget builds one per type and scope and scores from it on every step of a slider (and the
/// sensitivity analysis, which scores every provider three times per weight, builds one per run).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    width: usize,
    providers: Vec<usize>,
    cells: Vec<Cell>,
}

impl Grid {
    /// The rows of `providers` (indices into [`Dataset::providers`]; unknown ones are left out).
    /// Each row has one cell per criterion; a provider with fewer ratings than criteria (which the
    /// validator refuses) reads as not rated in the rest, which is how scoring treats them.
    pub fn new(d: &Dataset, providers: impl IntoIterator<Item = usize>) -> Grid {
        let width = d.criteria.len();
        let mut grid = Grid {
            width,
            providers: Vec::new(),
            cells: Vec::new(),
        };
        for p in providers {
            let Some(provider) = d.providers.get(p) else {
                continue;
            };
            grid.providers.push(p);
            let row = provider.ratings.iter().take(width).map(Cell::from);
            grid.cells.extend(row);
            let short = width.saturating_sub(provider.ratings.len());
            grid.cells
                .extend(std::iter::repeat_n(Cell::NotApplicable, short));
        }
        grid
    }

    /// The providers of type `kind` that `scope` admits, in dataset order (those [`score_type`]
    /// scores).
    pub fn of_type(d: &Dataset, kind: usize, scope: &Scope) -> Grid {
        Grid::new(d, d.providers_in(kind, scope).map(|(i, _)| i))
    }

    /// Each provider with its row, in the grid's order.
    pub fn rows(&self) -> impl Iterator<Item = (usize, &[Cell])> {
        self.providers
            .iter()
            .copied()
            .zip(self.cells.chunks(self.width.max(1)))
    }
}

/// Scores one provider with effective weights `eff` (see [`effective_weights`]).
pub fn score_provider(
    d: &Dataset,
    provider: usize,
    eff: &[f64],
    options: &Options,
) -> ProviderScore {
    let cells: Vec<Cell> = d
        .providers
        .get(provider)
        .map(|p| p.ratings.iter().map(Cell::from).collect())
        .unwrap_or_default();
    score_cells(d, provider, &cells, eff, options)
}

/// Every provider of `grid`, in its order, with effective weights `eff`: what [`score_provider`]
/// gives for each, read from the grid.
pub fn score_grid(d: &Dataset, grid: &Grid, eff: &[f64], options: &Options) -> Vec<ProviderScore> {
    grid.rows()
        .map(|(p, cells)| score_cells(d, p, cells, eff, options))
        .collect()
}

/// Scores `provider`, whose cells (one per criterion) are `cells`.
fn score_cells(
    d: &Dataset,
    provider: usize,
    cells: &[Cell],
    eff: &[f64],
    options: &Options,
) -> ProviderScore {
    let fill = options.unknowns;
    let mut overall = Part::default();
    let mut groups = vec![Part::default(); d.groups.len()];
    let mut unmet = Vec::new();
    // Whether a known score misses a minimum (then no filling of the unknowns meets them all),
    // and whether an unknown one does (in the worst case).
    let mut unmet_known = false;
    let mut unmet_unknown = false;
    let mut caps = Vec::new();
    let mut cap: Option<f64> = None;
    // The lowest cap that the known scores trigger, and the one that unknowns at 0 would add.
    let mut known_cap: Option<f64> = None;
    let mut unknown_cap: Option<f64> = None;
    let lower = |slot: &mut Option<f64>, k: f64| *slot = Some(slot.map_or(k, |c: f64| c.min(k)));
    if d.providers.get(provider).is_some() {
        for (c, (criterion, &cell)) in d.criteria.iter().zip(cells).enumerate() {
            let e = eff.get(c).copied().unwrap_or(0.0);
            overall.add(e, cell, fill);
            if let Some(g) = groups.get_mut(criterion.group) {
                g.add(e, cell, fill);
            }
            let minimum = options.minimum(c);
            // An unknown without weight still moves the range through a minimum or a knock-out.
            if e <= 0.0
                && cell == Cell::Unknown
                && (minimum > 0
                    || d.knockouts
                        .iter()
                        .enumerate()
                        .any(|(r, k)| k.criterion == c && options.knockout_on(r)))
            {
                overall.unknown = overall.unknown.saturating_add(1);
            }
            if minimum > 0 {
                match cell {
                    Cell::Scored(score) if score >= minimum => {}
                    Cell::NotApplicable => {}
                    Cell::Scored(_) => {
                        unmet_known = true;
                        unmet.push(c);
                    }
                    // An unknown meets a minimum only in the best case.
                    Cell::Unknown => {
                        unmet_unknown = true;
                        if fill != Unknowns::Best {
                            unmet.push(c);
                        }
                    }
                }
            }
        }
        for (r, rule) in d.knockouts.iter().enumerate() {
            if !options.knockout_on(r) {
                continue;
            }
            let k = f64::from(rule.cap);
            match cells.get(rule.criterion) {
                Some(&Cell::Scored(score)) if score <= rule.at_most => {
                    caps.push(r);
                    lower(&mut cap, k);
                    lower(&mut known_cap, k);
                }
                // An unknown at 0 triggers every rule on its duty (0 ≤ at_most always).
                Some(Cell::Unknown) => {
                    lower(&mut unknown_cap, k);
                    if fill == Unknowns::Worst {
                        caps.push(r);
                        lower(&mut cap, k);
                    }
                }
                _ => {}
            }
        }
    }
    let capped = |t: f64, caps: [Option<f64>; 2]| caps.into_iter().flatten().fold(t, f64::min);
    // In the worst case every minimum on an unknown is missed; in the best case only a known
    // score can miss one.
    let range = Range {
        worst: overall
            .filled(overall.known_sum)
            .filter(|_| !unmet_known && !unmet_unknown)
            .map(|t| capped(t, [known_cap, unknown_cap])),
        best: overall
            .filled(overall.best_sum)
            .filter(|_| !unmet_known)
            .map(|t| capped(t, [known_cap, None])),
    };
    ProviderScore {
        provider,
        overall,
        groups,
        caps,
        cap,
        unmet,
        range,
    }
}

/// Scores every provider of type `kind`, in dataset order.
pub fn score_type(
    d: &Dataset,
    kind: usize,
    weights: &RealWeights,
    options: &Options,
) -> Vec<ProviderScore> {
    let grid = Grid::of_type(d, kind, &options.scope);
    score_grid(d, &grid, &effective_weights(d, kind, weights), options)
}

/// Each criterion's share of a provider's raw total, in points: `20 · e_c · s_c / Σ_counted e`.
/// `None` for criteria that are not counted and for unknown scores, whatever `fill` says: an
/// unknown duty brings no points that a comparison could present as a fact (with unknowns
/// filled in, the known contributions then add up to less than the raw total; see
/// [`unknown_duties`] for the duties to name instead).
pub fn contributions(
    d: &Dataset,
    provider: usize,
    eff: &[f64],
    fill: Unknowns,
) -> Vec<Option<f64>> {
    let Some(p) = d.providers.get(provider) else {
        return Vec::new();
    };
    let counted: f64 = p
        .ratings
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            matches!(r, Rating::Scored(_))
                || (fill != Unknowns::LeaveOut && matches!(r, Rating::Unknown { .. }))
        })
        .map(|(c, _)| eff.get(c).copied().unwrap_or(0.0))
        .sum();
    p.ratings
        .iter()
        .enumerate()
        .map(|(c, r)| {
            let e = eff.get(c).copied().unwrap_or(0.0);
            match r {
                Rating::Scored(s) if counted > 0.0 => {
                    Some(e * f64::from(s.score) * (100.0 / f64::from(MAX_SCORE)) / counted)
                }
                _ => None,
            }
        })
        .collect()
}

/// The duties with a weight above 0 where `provider`'s score is unknown, in dataset order.
pub fn unknown_duties(d: &Dataset, provider: usize, eff: &[f64]) -> Vec<usize> {
    d.providers.get(provider).map_or_else(Vec::new, |p| {
        p.ratings
            .iter()
            .enumerate()
            .filter(|(c, r)| {
                matches!(r, Rating::Unknown { .. }) && eff.get(*c).is_some_and(|e| *e > 0.0)
            })
            .map(|(c, _)| c)
            .collect()
    })
}

/// The duties with a weight above 0 where either provider's score is unknown, in dataset order:
/// a comparison names them instead of giving a difference in points.
pub fn unknown_in_either(d: &Dataset, a: usize, b: usize, eff: &[f64]) -> Vec<usize> {
    let mut list = unknown_duties(d, a, eff);
    list.extend(unknown_duties(d, b, eff));
    crate::json::sort_indices(&mut list, &|a, b| a.cmp(&b));
    list.dedup();
    list
}

/// The criteria that add points to a total, as `(criterion, points)` in dataset order (so that a
/// stacked bar keeps each group together).
pub fn positive_contributions(contributions: &[Option<f64>]) -> Vec<(usize, f64)> {
    contributions
        .iter()
        .enumerate()
        .filter_map(|(c, v)| v.filter(|v| *v > 0.0).map(|v| (c, v)))
        .collect()
}

/// The duties that separate two providers most: the difference of their contributions (`a − b`,
/// in points) where it is at least `min_points`, largest first, at most `limit` of them. A duty
/// where either side has no contribution (unknown, or not counted) is left out: there is no
/// difference to give.
pub fn separating(
    a: &[Option<f64>],
    b: &[Option<f64>],
    min_points: f64,
    limit: usize,
) -> Vec<(usize, f64)> {
    let at = |list: &[Option<f64>], c: usize| list.get(c).copied().flatten();
    let mut diffs: Vec<(usize, f64)> = (0..a.len().max(b.len()))
        .filter_map(|c| Some((c, at(a, c)? - at(b, c)?)))
        .filter(|(_, diff)| diff.abs() >= min_points)
        .collect();
    crate::json::sort_by(&mut diffs, &by_magnitude);
    diffs.truncate(limit);
    diffs
}

/// Orders `(index, value)` pairs by the size of the value, largest first, then by index: the one
/// comparison the contribution list and the separating duties sort with (one sort instantiation
/// in the bundle instead of two).
pub fn by_magnitude(a: &(usize, f64), b: &(usize, f64)) -> Ordering {
    b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0))
}
