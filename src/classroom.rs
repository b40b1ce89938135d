//! The teacher's group view: the pupils' share links, one per line, become the class's weights,
//! its ranking and how far the class agrees.
//!
//! A line is read the way the widget reads its own address: the share-link value is found in the
//! line ([`link_value`]: a full address with `#pc=…`, an embedded widget's page with another key
//! such as `#pc2=…`, or the bare `pc=…`/`1~…` value), decoded by [`crate::share::decode`] and
//! applied to a freshly loaded widget state, so that a pupil's weights, type and options are
//! exactly what the widget showed the pupil. A pupil's weights are the widget's **effective
//! weights** ([`crate::weighting::effective_weights`]): shares of 1 over the duties that apply to
//! the type, so pupils who used different slider ranges or methods compare fairly. The pupil's
//! leaders are the widget's own first place ([`AppState::current_leaders`]) under the pupil's
//! scoring options.
//!
//! The class:
//! - **mean weights**: per duty, the mean of the pupils' shares (they again sum to 1);
//! - **ranking** under the mean weights, with the default knock-outs, no minimums, the
//!   unknowns option most pupils chose and the providers most pupils looked at (their filter by
//!   country or the teaching text's providers; a tie goes to every provider); each pupil's own
//!   leaders stay those of the pupil's own view;
//! - **leaders**: how many pupils have each provider first (a tie for first counts for each);
//! - **Kendall's W** ([`kendall_w`]) over the pupils' rankings of the duties by weight (pupils
//!   are the raters, the duties that apply to the type the items; ties get average ranks and the
//!   standard tie correction is applied): 0 = no agreement, 1 = the same order for everyone;
//!   `None` for fewer than two pupils or duties (or when every pupil weights all duties equally);
//! - **disagreement**: per duty, the standard deviation (population, divided by m) of the pupils'
//!   shares, largest first — the questions to discuss next.
//!
//! Invariants: [`evaluate`] never panics and never fails: empty lines are ignored, every other
//! line either becomes a pupil or a [`Skipped`] entry with a typed [`SkipReason`]; at most
//! [`MAX_PUPILS`] lines are read (more are skipped as [`SkipReason::TooMany`]); W is finite and in
//! [0, 1]; the mean weights are finite, non-negative and sum to 1 (or there are no pupils).
//! Nothing here words anything: the i18n layer does ([`crate::export::class_csv`] writes the CSV).

use crate::dataset::{Scope, SharedDataset};
use crate::ranking::{rank, Ranked};
use crate::scoring::{by_magnitude, score_type, Options, Unknowns};
use crate::share::{decode, fragment_get, Field, LinkIssue, DEFAULT_KEY};
use crate::state::{Action, AppState};
use crate::text::Lang;
use crate::weighting::{effective_weights, RealWeights};

/// At most this many lines of a paste are read (a class is 30; a paste of a whole file is not a
/// class).
pub const MAX_PUPILS: usize = 200;

/// Why a line is not counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// No share link in the line (no `pc=…` part, no `1~…` value).
    NotALink,
    /// A part of the link cannot be read (shown shortened, as the link notice shows it).
    Garbled(String),
    /// Longer than a share link can be.
    TooLong,
    /// Written by a newer version of the widget.
    NewerVersion(u32),
    /// Names a duty, group, type, preset or rule the dataset does not have: made with another
    /// dataset.
    OtherDataset { field: Field, id: String },
    /// Made for another provider type (index into `Dataset::types`).
    OtherType(usize),
    /// Every weight is 0: nothing to compare.
    NoWeights,
    /// Beyond [`MAX_PUPILS`] lines.
    TooMany,
}

/// A line that is not counted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based line number in the pasted text.
    pub line: usize,
    pub reason: SkipReason,
}

/// One pupil's weighting.
#[derive(Clone, Debug, PartialEq)]
pub struct Pupil {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// Effective weight per criterion (index into `Dataset::criteria`; 0 where the duty does not
    /// apply): shares that sum to 1.
    pub weights: Vec<f64>,
    /// The providers sharing first place for this pupil (dataset indices, ascending; empty if
    /// nobody could be ranked).
    pub leaders: Vec<usize>,
    pub unknowns: Unknowns,
    /// Which providers the pupil looked at (a country, the teaching text's).
    pub scope: Scope,
}

impl Pupil {
    /// The `n` duties with the largest weights, largest first (ties in dataset order); only
    /// duties with a weight above 0.
    pub fn top(&self, n: usize) -> Vec<usize> {
        let mut duties: Vec<(usize, f64)> = self
            .weights
            .iter()
            .copied()
            .enumerate()
            .filter(|&(_, w)| w > 0.0)
            .collect();
        crate::json::sort_by(&mut duties, &by_magnitude);
        duties.into_iter().take(n).map(|(c, _)| c).collect()
    }
}

/// What the group view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassView {
    /// The provider type compared (index into `Dataset::types`).
    pub kind: usize,
    /// Whether the type was picked by the teacher (else: the one most links use).
    pub picked: bool,
    /// The counted lines, in line order.
    pub pupils: Vec<Pupil>,
    /// The skipped lines, in line order.
    pub skipped: Vec<Skipped>,
    /// The criteria that apply to `kind`, in dataset order: the items of W and disagreement.
    pub duties: Vec<usize>,
    /// Mean effective weight per criterion (all 0 without pupils).
    pub mean: Vec<f64>,
    /// The scoring options of the class ranking.
    pub options: Options,
    /// The class ranking under the mean weights (empty without pupils).
    pub ranking: Vec<Ranked>,
    /// `(provider, pupils who have it first)`, most pupils first, ties in dataset order.
    pub leaders: Vec<(usize, usize)>,
    /// Kendall's W over the pupils' rankings of the duties.
    pub agreement: Option<f64>,
    /// `(criterion, standard deviation of the pupils' shares)` for every duty in `duties`,
    /// largest first, ties in dataset order.
    pub disagreement: Vec<(usize, f64)>,
}

impl ClassView {
    /// The most common leader, how many pupils have it first, and of how many: the figure for
    /// "7 of 9 put Proton Mail first". `None` without pupils or leaders.
    pub fn top_leader(&self) -> Option<(usize, usize, usize)> {
        self.leaders
            .first()
            .map(|&(p, count)| (p, count, self.pupils.len()))
    }

    /// The share (0–1) of pupils who put the most common leader first.
    pub fn top_leader_share(&self) -> Option<f64> {
        self.top_leader()
            .filter(|&(_, _, m)| m > 0)
            .map(|(_, count, m)| count as f64 / m as f64)
    }
}

/// The share-link value in one pasted line, if any: the value of `pc` in the fragment, else of the
/// first fragment part whose value starts with a version number (a widget with its own key), else
/// the line itself if it starts with one (a bare value).
pub fn link_value(line: &str) -> Option<&str> {
    let line = line.trim();
    let fragment = line.split_once('#').map_or(line, |(_, f)| f);
    if let Some(v) = fragment_get(fragment, DEFAULT_KEY) {
        return Some(v);
    }
    // A share link's value is a version number and then `~`: `tab=2` in a host page's fragment
    // is not one.
    let is_link = |v: &str| {
        let digits = v.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && v[digits..].starts_with('~')
    };
    let other_key = fragment
        .split('&')
        .filter_map(|part| part.split_once('='))
        .find(|(_, v)| is_link(v))
        .and_then(|(k, _)| fragment_get(fragment, k));
    if other_key.is_some() {
        return other_key;
    }
    (is_link(fragment) && !fragment.contains('=')).then_some(fragment)
}

/// A line read as far as the type: the widget state it gives, or why it cannot count.
fn read_line(d: &SharedDataset, line: &str, lang: Lang) -> Result<AppState, SkipReason> {
    let value = link_value(line).ok_or(SkipReason::NotALink)?;
    let (view, issues) = decode(value);
    let state =
        AppState::starting_with(lang, Some(view), issues).reduce(Action::Loaded(Ok(d.clone())));
    for issue in &state.link_issues {
        match issue {
            LinkIssue::TooLong => return Err(SkipReason::TooLong),
            LinkIssue::NewerVersion(v) => return Err(SkipReason::NewerVersion(*v)),
            LinkIssue::Unreadable(part) => return Err(SkipReason::Garbled(part.clone())),
            // Only what changes weights, type or ranking makes a link foreign; an unknown
            // provider in a comparison or an unknown sort column does not.
            LinkIssue::UnknownId { field, id }
                if matches!(
                    field,
                    Field::Type
                        | Field::Preset
                        | Field::Weights
                        | Field::GroupWeights
                        | Field::Order
                        | Field::KnockoutsOff
                        | Field::Minimums
                        | Field::Role
                        | Field::Country
                        | Field::TextOnly
                ) =>
            {
                return Err(SkipReason::OtherDataset {
                    field: *field,
                    id: id.clone(),
                })
            }
            _ => {}
        }
    }
    Ok(state)
}

/// The group view of `text` (one share link per line) for `kind`, or for the type most readable
/// links use when `kind` is `None` (ties: the first type in the dataset). `lang` only orders
/// providers with equal totals by name, as the widget does.
pub fn evaluate(d: &SharedDataset, kind: Option<usize>, text: &str, lang: Lang) -> ClassView {
    let mut lines: Vec<(usize, Result<AppState, SkipReason>)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let read = if lines.len() < MAX_PUPILS {
            read_line(d, line, lang)
        } else {
            Err(SkipReason::TooMany)
        };
        lines.push((i + 1, read));
    }
    let read: Vec<&AppState> = lines.iter().filter_map(|(_, r)| r.as_ref().ok()).collect();
    let picked = kind.is_some_and(|k| k < d.types.len());
    let kind = match kind.filter(|&k| k < d.types.len()) {
        Some(k) => k,
        None => most_used_kind(d, &read),
    };
    let mut pupils = Vec::new();
    let mut skipped = Vec::new();
    for (line, read) in lines {
        let state = match read {
            Ok(state) if state.kind == kind => state,
            Ok(state) => {
                skipped.push(Skipped {
                    line,
                    reason: SkipReason::OtherType(state.kind),
                });
                continue;
            }
            Err(reason) => {
                skipped.push(Skipped { line, reason });
                continue;
            }
        };
        let eff = effective_weights(d, kind, &state.weighting.weights.to_real());
        let sum: f64 = eff.iter().sum();
        if !(sum.is_finite() && sum > 0.0) {
            skipped.push(Skipped {
                line,
                reason: SkipReason::NoWeights,
            });
            continue;
        }
        pupils.push(Pupil {
            line,
            weights: eff.iter().map(|w| w / sum).collect(),
            leaders: state.leaders.clone(),
            unknowns: state.options.unknowns,
            scope: state.options.scope.clone(),
        });
    }
    class_of(d, kind, picked, pupils, skipped, lang)
}

/// The type most of the read links are for (ties and no links: the widget's starting type).
fn most_used_kind(d: &SharedDataset, read: &[&AppState]) -> usize {
    let mut counts = vec![0usize; d.types.len()];
    for state in read {
        if let Some(c) = counts.get_mut(state.kind) {
            *c += 1;
        }
    }
    let fresh = AppState::new(Lang::De)
        .reduce(Action::Loaded(Ok(d.clone())))
        .kind;
    let best = counts.iter().copied().max().unwrap_or(0);
    if best == 0 {
        return fresh;
    }
    counts.iter().position(|&c| c == best).unwrap_or(fresh)
}

/// The class statistics from the counted pupils.
fn class_of(
    d: &SharedDataset,
    kind: usize,
    picked: bool,
    pupils: Vec<Pupil>,
    skipped: Vec<Skipped>,
    lang: Lang,
) -> ClassView {
    let n_criteria = d.criteria.len();
    let duties: Vec<usize> = (0..n_criteria)
        .filter(|&c| d.criteria.get(c).is_some_and(|c| c.applies(kind)))
        .collect();
    let m = pupils.len();
    let weight = |p: &Pupil, c: usize| p.weights.get(c).copied().unwrap_or(0.0);
    let mean: Vec<f64> = (0..n_criteria)
        .map(|c| {
            if m == 0 {
                0.0
            } else {
                pupils.iter().map(|p| weight(p, c)).sum::<f64>() / m as f64
            }
        })
        .collect();

    // The most common unknowns choice (ties: the widget's default, then the order offered).
    let unknowns = Unknowns::ALL
        .into_iter()
        .max_by(|a, b| {
            let count = |u: &Unknowns| pupils.iter().filter(|p| p.unknowns == *u).count();
            count(a)
                .cmp(&count(b))
                .then_with(|| position(b).cmp(&position(a)))
        })
        .unwrap_or_default();
    // The class ranks the providers most pupils looked at (ties: every provider, then the
    // first seen): a class told to compare Swiss providers is not shown German ones.
    let mut scopes: Vec<(&Scope, usize)> = Vec::new();
    for p in &pupils {
        match scopes.iter_mut().find(|(s, _)| **s == p.scope) {
            Some((_, n)) => *n += 1,
            None => scopes.push((&p.scope, 1)),
        }
    }
    let most = scopes.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let tied: Vec<&Scope> = scopes
        .iter()
        .filter(|(_, n)| *n == most)
        .map(|(s, _)| *s)
        .collect();
    let scope = match tied.as_slice() {
        [] => Scope::default(),
        [only] => (*only).clone(),
        several if several.iter().any(|s| s.is_all()) => Scope::default(),
        [first, ..] => (*first).clone(),
    };
    let options = Options {
        unknowns,
        knockouts: vec![true; d.knockouts.len()],
        minimums: vec![0; n_criteria],
        scope,
    };
    let ranking = if m == 0 {
        Vec::new()
    } else {
        rank(
            d,
            score_type(d, kind, &mean_as_sliders(d, &mean), &options),
            lang,
        )
    };

    let mut counts = vec![0usize; d.providers.len()];
    for p in &pupils {
        for &l in &p.leaders {
            if let Some(c) = counts.get_mut(l) {
                *c += 1;
            }
        }
    }
    let mut leaders: Vec<(usize, f64)> = counts
        .into_iter()
        .enumerate()
        .filter(|(_, c)| *c > 0)
        .map(|(p, c)| (p, c as f64))
        .collect();
    crate::json::sort_by(&mut leaders, &by_magnitude);
    let leaders: Vec<(usize, usize)> = leaders.into_iter().map(|(p, c)| (p, c as usize)).collect();

    let ratings: Vec<Vec<f64>> = pupils
        .iter()
        .map(|p| duties.iter().map(|&c| weight(p, c)).collect())
        .collect();
    let agreement = kendall_w(&ratings);

    let mut disagreement: Vec<(usize, f64)> = duties
        .iter()
        .map(|&c| {
            let values: Vec<f64> = pupils.iter().map(|p| weight(p, c)).collect();
            (c, std_dev(&values))
        })
        .collect();
    crate::json::sort_by(&mut disagreement, &by_magnitude);

    ClassView {
        kind,
        picked,
        pupils,
        skipped,
        duties,
        mean,
        options,
        ranking,
        leaders,
        agreement,
        disagreement,
    }
}

fn position(u: &Unknowns) -> usize {
    Unknowns::ALL.iter().position(|x| x == u).unwrap_or(0)
}

/// Slider values whose effective weights are `mean` (for criteria that apply): each criterion's
/// mean as its weight, each group's sum as the group's weight, so that
/// `G_g / Σ G · w_c / Σ_g w = S_g · (mean_c / S_g) = mean_c`.
fn mean_as_sliders(d: &SharedDataset, mean: &[f64]) -> RealWeights {
    let mut groups = vec![0.0; d.groups.len()];
    for (c, criterion) in d.criteria.iter().enumerate() {
        if let (Some(g), Some(&w)) = (groups.get_mut(criterion.group), mean.get(c)) {
            *g += w;
        }
    }
    RealWeights {
        criteria: mean.to_vec(),
        groups,
    }
}

/// Population standard deviation (divided by the count); 0 for fewer than two values.
pub fn std_dev(values: &[f64]) -> f64 {
    let m = values.len();
    if m < 2 {
        return 0.0;
    }
    let mean = values.iter().sum::<f64>() / m as f64;
    let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / m as f64;
    if var.is_finite() && var > 0.0 {
        var.sqrt()
    } else {
        0.0
    }
}

/// Weights closer than this count as equal when ranking duties.
const TIE: f64 = 1e-9;

/// Ranks of `values` (weights: negative and non-finite ones count as 0), largest first (1 =
/// largest), ties (within [`TIE`]) sharing the average of their ranks; and
/// the rater's tie term `Σ (t³ − t)` over its groups of `t` tied values.
pub fn average_ranks(values: &[f64]) -> (Vec<f64>, f64) {
    let n = values.len();
    let v = |i: usize| {
        values
            .get(i)
            .copied()
            .filter(|x| x.is_finite() && *x > 0.0)
            .unwrap_or(0.0)
    };
    // Sorted with the crate's one comparison of (index, value) pairs: largest first, then by index.
    let mut pairs: Vec<(usize, f64)> = (0..n).map(|i| (i, v(i))).collect();
    crate::json::sort_by(&mut pairs, &by_magnitude);
    let order: Vec<usize> = pairs.into_iter().map(|(i, _)| i).collect();
    let mut ranks = vec![0.0; n];
    let mut ties = 0.0;
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        // Values equal but for rounding (two shares of 1/3 computed differently) tie.
        let first = order.get(start).map_or(0.0, |&i| v(i));
        while end < n && order.get(end).is_some_and(|&i| (v(i) - first).abs() <= TIE) {
            end += 1;
        }
        // Positions start..end (0-based) share ranks start+1 ..= end: their mean.
        let shared = (start + 1 + end) as f64 / 2.0;
        for &i in order.get(start..end).unwrap_or(&[]) {
            if let Some(r) = ranks.get_mut(i) {
                *r = shared;
            }
        }
        let t = (end - start) as f64;
        ties += t * t * t - t;
        start = end;
    }
    (ranks, ties)
}

/// Kendall's coefficient of concordance W of `ratings` (one row per rater, one weight ≥ 0 per
/// item; larger weights rank first), with average ranks for ties and the tie correction:
///
/// ```text
/// R_i = Σ_j r_ij,  S = Σ_i (R_i − R̄)²,  W = 12 S / (m² (n³ − n) − m Σ_j T_j),  T_j = Σ (t³ − t)
/// ```
///
/// `None` for fewer than two raters or items, rows of different lengths, or when every rater
/// ties every item (the denominator is 0). The result is clamped to [0, 1] against rounding.
pub fn kendall_w(ratings: &[Vec<f64>]) -> Option<f64> {
    let m = ratings.len();
    let n = ratings.first().map_or(0, Vec::len);
    if m < 2 || n < 2 || ratings.iter().any(|r| r.len() != n) {
        return None;
    }
    let mut sums = vec![0.0; n];
    let mut ties = 0.0;
    for row in ratings {
        let (ranks, t) = average_ranks(row);
        for (s, r) in sums.iter_mut().zip(ranks) {
            *s += r;
        }
        ties += t;
    }
    let (mf, nf) = (m as f64, n as f64);
    let mean = sums.iter().sum::<f64>() / nf;
    let s: f64 = sums.iter().map(|r| (r - mean) * (r - mean)).sum();
    let denominator = mf * mf * (nf * nf * nf - nf) - mf * ties;
    if !(denominator.is_finite() && denominator > 1e-9) {
        return None;
    }
    let w = 12.0 * s / denominator;
    w.is_finite().then(|| w.clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_value_is_found_in_every_form() {
        let v = "1~t.email~w.privacy:9";
        assert_eq!(
            link_value(&format!("https://x.example/index.html#pc={v}")),
            Some(v)
        );
        assert_eq!(
            link_value(&format!("  https://x.example/page#top&pc2={v}  ")),
            Some(v)
        );
        assert_eq!(link_value(&format!("pc={v}")), Some(v));
        assert_eq!(link_value(v), Some(v));
        assert_eq!(link_value("https://x.example/#pc=x&pc2=1~t.isp"), Some("x"));
        assert_eq!(link_value("hello"), None);
        assert_eq!(link_value("https://x.example/#top"), None);
        // A host page's own fragment parts that start with a digit are not links.
        assert_eq!(
            link_value(&format!("https://x.example/blog#tab=2&pc2={v}")),
            Some(v)
        );
        assert_eq!(link_value("https://x.example/blog#tab=2"), None);
    }

    #[test]
    fn ties_share_their_average_rank() {
        let (ranks, t) = average_ranks(&[0.2, 0.2, 0.4, 0.2]);
        assert_eq!(ranks, vec![3.0, 3.0, 1.0, 3.0]);
        assert_eq!(t, 24.0);
        let (ranks, t) = average_ranks(&[0.1, 0.5, 0.5, 0.0]);
        assert_eq!(ranks, vec![3.0, 1.5, 1.5, 4.0]);
        assert_eq!(t, 6.0);
    }

    #[test]
    fn w_is_undefined_for_too_few_raters_or_items_or_all_ties() {
        assert_eq!(kendall_w(&[vec![0.5, 0.5]]), None);
        assert_eq!(kendall_w(&[vec![1.0], vec![1.0]]), None);
        assert_eq!(kendall_w(&[vec![1.0, 1.0], vec![2.0, 2.0]]), None);
        assert_eq!(kendall_w(&[vec![1.0, 2.0], vec![1.0]]), None);
        // Two raters in exactly opposite order: no agreement.
        assert_eq!(kendall_w(&[vec![1.0, 2.0], vec![2.0, 1.0]]), Some(0.0));
    }

    #[test]
    fn standard_deviation_divides_by_the_count() {
        assert_eq!(std_dev(&[1.0]), 0.0);
        assert!((std_dev(&[0.2, 0.4]) - 0.1).abs() < 1e-12);
    }
}
