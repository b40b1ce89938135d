//! Totals, group sub-totals, knock-outs and minimums: what a provider scores on 0–100.
//!
//! With effective weights `e_c` ([`crate::weighting::effective_weights`]) and scores `s_c` (0–5):
//!
//! ```text
//! counted(c) = c applies to the provider's type, and it has a score for c (or unknown counts as 0)
//! raw total  = 20 · Σ_counted e_c · s_c / Σ_counted e_c                          (0–100)
//! coverage   = Σ_{applies, known} e_c / Σ_{applies} e_c                           (0–1)
//! total      = min(raw total, caps of the knock-out rules it triggers)
//!              — none at all if it misses a minimum the reader set
//! ```
//!
//! A knock-out rule "at most `a` in criterion c caps the total at `k`" triggers when the provider's
//! known score in c is `a` or less (an unknown score triggers nothing). A reader's minimum "at least
//! `m` in c" is missed by a known score below `m` and by an unknown score (it cannot be shown to be
//! met); such a provider is listed, with the reason, but not ranked.
//!
//! Invariants: no division by zero (no counted weight → no total); totals are compared on a grid of
//! 10⁻⁶ points ([`total_key`]), a total order, so mathematically equal totals tie and sorting never
//! sees an inconsistent comparison; nothing here panics on short or long weight lists.

use std::cmp::Ordering;

use crate::dataset::{Dataset, Rating, MAX_SCORE};
use crate::weighting::{effective_weights, RealWeights};

/// How "unknown" ratings, knock-out rules and the reader's minimums are treated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Count an unknown rating as a score of 0 instead of leaving it out.
    pub unknown_as_zero: bool,
    /// Per knock-out rule of the dataset: applied? Missing entries count as applied.
    pub knockouts: Vec<bool>,
    /// Per criterion: the lowest acceptable score, 0 = no minimum. Missing entries count as 0.
    pub minimums: Vec<u8>,
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

    fn add(&mut self, weight: f64, rating: &Rating, unknown_as_zero: bool) {
        match rating {
            Rating::NotApplicable => return,
            Rating::Scored(s) => {
                self.weighted_sum += weight * f64::from(s.score);
                self.counted_weight += weight;
                self.known_weight += weight;
                self.known += 1;
            }
            Rating::Unknown { .. } => {
                if unknown_as_zero {
                    self.counted_weight += weight;
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

/// Scores one provider with effective weights `eff` (see [`effective_weights`]).
pub fn score_provider(
    d: &Dataset,
    provider: usize,
    eff: &[f64],
    options: &Options,
) -> ProviderScore {
    let mut overall = Part::default();
    let mut groups = vec![Part::default(); d.groups.len()];
    let mut unmet = Vec::new();
    let mut caps = Vec::new();
    let mut cap: Option<f64> = None;
    if let Some(p) = d.providers.get(provider) {
        for (c, (criterion, rating)) in d.criteria.iter().zip(&p.ratings).enumerate() {
            let e = eff.get(c).copied().unwrap_or(0.0);
            overall.add(e, rating, options.unknown_as_zero);
            if let Some(g) = groups.get_mut(criterion.group) {
                g.add(e, rating, options.unknown_as_zero);
            }
            let minimum = options.minimum(c);
            if minimum > 0 {
                match rating {
                    Rating::Scored(s) if s.score >= minimum => {}
                    Rating::NotApplicable => {}
                    _ => unmet.push(c),
                }
            }
        }
        for (r, rule) in d.knockouts.iter().enumerate() {
            if !options.knockout_on(r) {
                continue;
            }
            if let Some(Rating::Scored(s)) = p.ratings.get(rule.criterion) {
                if s.score <= rule.at_most {
                    caps.push(r);
                    let k = f64::from(rule.cap);
                    cap = Some(cap.map_or(k, |c: f64| c.min(k)));
                }
            }
        }
    }
    ProviderScore {
        provider,
        overall,
        groups,
        caps,
        cap,
        unmet,
    }
}

/// Scores every provider of type `kind`, in dataset order.
pub fn score_type(
    d: &Dataset,
    kind: usize,
    weights: &RealWeights,
    options: &Options,
) -> Vec<ProviderScore> {
    let eff = effective_weights(d, kind, weights);
    d.providers_of(kind)
        .map(|(i, _)| score_provider(d, i, &eff, options))
        .collect()
}

/// Each criterion's share of a provider's raw total, in points (they add up to the raw total):
/// `20 · e_c · s_c / Σ_counted e`. `None` for criteria that are not counted.
pub fn contributions(
    d: &Dataset,
    provider: usize,
    eff: &[f64],
    unknown_as_zero: bool,
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
                || (unknown_as_zero && matches!(r, Rating::Unknown { .. }))
        })
        .map(|(c, _)| eff.get(c).copied().unwrap_or(0.0))
        .sum();
    p.ratings
        .iter()
        .enumerate()
        .map(|(c, r)| {
            let e = eff.get(c).copied().unwrap_or(0.0);
            match r {
                _ if counted <= 0.0 => None,
                Rating::Scored(s) => {
                    Some(e * f64::from(s.score) * (100.0 / f64::from(MAX_SCORE)) / counted)
                }
                Rating::Unknown { .. } if unknown_as_zero => Some(0.0),
                _ => None,
            }
        })
        .collect()
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
/// in points) where it is at least `min_points`, largest first, at most `limit` of them.
pub fn separating(
    a: &[Option<f64>],
    b: &[Option<f64>],
    min_points: f64,
    limit: usize,
) -> Vec<(usize, f64)> {
    let at = |list: &[Option<f64>], c: usize| list.get(c).copied().flatten().unwrap_or(0.0);
    let mut diffs: Vec<(usize, f64)> = (0..a.len().max(b.len()))
        .map(|c| (c, at(a, c) - at(b, c)))
        .filter(|(_, diff)| diff.abs() >= min_points)
        .collect();
    diffs.sort_unstable_by(by_magnitude);
    diffs.truncate(limit);
    diffs
}

/// Orders `(index, value)` pairs by the size of the value, largest first, then by index: the one
/// comparison the contribution list and the separating duties sort with (one sort instantiation
/// in the bundle instead of two).
pub fn by_magnitude(a: &(usize, f64), b: &(usize, f64)) -> Ordering {
    b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0))
}
