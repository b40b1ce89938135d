//! What flips the ranking: for one weight (a criterion's or a group's), how far it can move before
//! the order changes — computed from the scoring formula, not by trying values.
//!
//! The maths a teacher can follow: hold every weight but one fixed and call that one `x` (0–10).
//! Each effective weight is then a fraction whose numerator and denominator are linear in `x`, and
//! so, after multiplying both by the same positive factor `M(x)` (the group's weight sum for a
//! criterion, the sum of group weights for a group), a provider's total is
//!
//! ```text
//! T_p(x) = 20 · N_p(x) / D_p(x)        with N_p, D_p linear in x,
//! ```
//!
//! capped at the provider's knock-out cap if it has one. Two providers swap where `T_a = T_b`,
//! i.e. where the quadratic `N_a·D_b − N_b·D_a` is 0, or where a total meets a cap (a linear
//! equation), or where a provider's counted weight `D_p` reaches 0. Those roots are the only
//! places where the order can change, so the order is constant between consecutive roots and one
//! evaluation per stretch settles it. `N_p` and `D_p` are read off the real scoring function at
//! two points, so this module cannot drift from what the table shows.
//!
//! Invariants: results lie in [0, 10]; the interval returned always contains the current weight;
//! nothing panics on degenerate data (no weight, no total, a single provider).

use crate::dataset::{Dataset, MAX_WEIGHT};
use crate::ranking::rank;
use crate::scoring::{cmp_optional, score_grid, score_provider, Grid, Options, ProviderScore};
use crate::text::Lang;
use crate::weighting::{effective_weights, RealWeights, Weights};
use std::cmp::Ordering;

const TOP: f64 = MAX_WEIGHT as f64;

/// A single weight: a criterion's (index into the criteria) or a duty group's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    Criterion(usize),
    Group(usize),
}

impl Param {
    fn get(self, w: &RealWeights) -> f64 {
        match self {
            Param::Criterion(c) => w.criteria.get(c).copied().unwrap_or(0.0),
            Param::Group(g) => w.groups.get(g).copied().unwrap_or(0.0),
        }
    }

    fn set(self, w: &mut RealWeights, x: f64) {
        let slot = match self {
            Param::Criterion(c) => w.criteria.get_mut(c),
            Param::Group(g) => w.groups.get_mut(g),
        };
        if let Some(s) = slot {
            *s = x;
        }
    }
}

/// A stretch of weight values within 0–10. Its ends may or may not belong to it: at an excluded
/// end the order is already different (e.g. exactly at 0, where a group stops counting).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
    pub lo_included: bool,
    pub hi_included: bool,
}

impl Interval {
    /// Whether the whole scale 0–10 belongs to it.
    pub fn whole(&self) -> bool {
        self.lo <= 0.0 && self.hi >= TOP && self.lo_included && self.hi_included
    }
}

/// One provider's total as a function of the varied weight, for x > 0 (or ≥ 0, see above).
#[derive(Clone, Copy, Debug)]
struct Form {
    provider: usize,
    n0: f64,
    n1: f64,
    d0: f64,
    d1: f64,
    cap: Option<f64>,
    excluded: bool,
    /// The exact total at x = 0, where a group may drop out and the linear form does not hold.
    zero: Option<f64>,
}

impl Form {
    fn total(&self, x: f64) -> Option<f64> {
        if x <= 0.0 {
            return self.zero;
        }
        if self.excluded {
            return None;
        }
        let d = self.d0 + self.d1 * x;
        // D ≥ 0 in exact arithmetic; the two-point fit can leave noise of the order of 1e-16 of
        // its scale, which must not count as weight.
        let scale = self.d0.abs().max(self.d1.abs() * TOP);
        (d > 1e-12 * scale && d > 0.0).then(|| {
            let t = 20.0 * (self.n0 + self.n1 * x) / d;
            self.cap.map_or(t, |c| t.min(c))
        })
    }
}

/// Everything needed to evaluate the providers of one type as one weight varies.
struct Model<'a> {
    d: &'a Dataset,
    kind: usize,
    weights: RealWeights,
    options: &'a Options,
    param: Param,
    /// The providers modelled: all of the type, or only a pair being compared.
    grid: &'a Grid,
    forms: Vec<Form>,
}

impl<'a> Model<'a> {
    /// A model of the providers of `grid`: all of the type ([`Grid::of_type`]), or a pair (a pair
    /// needs no one else's forms).
    fn new(
        d: &'a Dataset,
        kind: usize,
        weights: &Weights,
        options: &'a Options,
        param: Param,
        grid: &'a Grid,
    ) -> Model<'a> {
        let weights = weights.to_real();
        let mut m = Model {
            d,
            kind,
            weights,
            options,
            param,
            grid,
            forms: Vec::new(),
        };
        let s0 = m.scores_at(0.0);
        let (x1, x2) = (2.5, 7.5);
        let (s1, s2) = (m.scores_at(x1), m.scores_at(x2));
        let (m1, m2) = (m.factor(x1), m.factor(x2));
        m.forms = s1
            .iter()
            .zip(&s2)
            .zip(&s0)
            .map(|((a, b), z)| {
                let (na, nb) = (a.overall.weighted_sum * m1, b.overall.weighted_sum * m2);
                let (da, db) = (a.overall.counted_weight * m1, b.overall.counted_weight * m2);
                let n1 = (nb - na) / (x2 - x1);
                let d1 = (db - da) / (x2 - x1);
                Form {
                    provider: a.provider,
                    n0: na - n1 * x1,
                    n1,
                    d0: da - d1 * x1,
                    d1,
                    cap: a.cap,
                    excluded: a.excluded(),
                    zero: z.total(),
                }
            })
            .collect();
        m
    }

    fn weights_at(&self, x: f64) -> RealWeights {
        let mut w = self.weights.clone();
        self.param.set(&mut w, x);
        w
    }

    fn scores_at(&self, x: f64) -> Vec<ProviderScore> {
        let eff = effective_weights(self.d, self.kind, &self.weights_at(x));
        score_grid(self.d, self.grid, &eff, self.options)
    }

    /// The positive factor that makes numerator and denominator linear in x (see the module doc).
    fn factor(&self, x: f64) -> f64 {
        let d = self.d;
        let w = &self.weights;
        let within = |g: usize, x_for: Option<(usize, f64)>| -> f64 {
            d.criteria
                .iter()
                .enumerate()
                .filter(|(_, c)| c.group == g && c.applies(self.kind))
                .map(|(i, _)| match x_for {
                    Some((c, x)) if c == i => x,
                    _ => w.criteria.get(i).copied().unwrap_or(0.0).max(0.0),
                })
                .sum()
        };
        match self.param {
            Param::Criterion(c) => {
                let g = d.criteria.get(c).map_or(usize::MAX, |c| c.group);
                within(g, Some((c, x))).max(1e-300)
            }
            Param::Group(g) => (0..d.groups.len())
                .filter(|&h| within(h, None) > 0.0)
                .map(|h| {
                    if h == g {
                        x
                    } else {
                        w.groups.get(h).copied().unwrap_or(0.0).max(0.0)
                    }
                })
                .sum::<f64>()
                .max(1e-300),
        }
    }

    /// Every provider's final total at x (exact scoring at 0, where the structure may change).
    fn totals(&self, x: f64) -> Vec<(usize, Option<f64>)> {
        self.forms
            .iter()
            .map(|f| (f.provider, f.total(x)))
            .collect()
    }

    /// Where first place can change hands for `leader`: the stops for [`stretch`].
    fn leader_points(&self, leader: usize, x0: f64) -> Vec<f64> {
        let mut points = Vec::new();
        if let Some(lead) = self.forms.iter().find(|f| f.provider == leader) {
            for other in self.forms.iter().filter(|f| f.provider != leader) {
                self.breakpoints(lead, other, &mut points);
            }
        }
        stops(points, x0)
    }

    /// Where the comparison of `a` and `b` can change: all roots in (0, 10).
    fn breakpoints(&self, a: &Form, b: &Form, out: &mut Vec<f64>) {
        // T_a = T_b: (n0a + n1a x)(d0b + d1b x) − (n0b + n1b x)(d0a + d1a x) = 0.
        let qa = a.n1 * b.d1 - b.n1 * a.d1;
        let qb = a.n0 * b.d1 + a.n1 * b.d0 - b.n0 * a.d1 - b.n1 * a.d0;
        let qc = a.n0 * b.d0 - b.n0 * a.d0;
        roots(qa, qb, qc, out);
        for f in [a, b] {
            // D = 0: the provider gains or loses its total.
            roots(0.0, f.d1, f.d0, out);
            // T = cap of either: 20 N − cap · D = 0.
            for cap in [a.cap, b.cap].into_iter().flatten() {
                roots(0.0, 20.0 * f.n1 - cap * f.d1, 20.0 * f.n0 - cap * f.d0, out);
            }
        }
    }
}

/// Real roots of `a x² + b x + c` in (0, 10), appended to `out`; degenerate cases handled.
fn roots(a: f64, b: f64, c: f64, out: &mut Vec<f64>) {
    let scale = a.abs().max(b.abs()).max(c.abs());
    if !(scale.is_finite() && scale > 0.0) {
        return;
    }
    let (a, b, c) = (a / scale, b / scale, c / scale);
    let mut push = |x: f64| {
        if x.is_finite() && x > 0.0 && x < TOP {
            out.push(x);
        }
    };
    if a.abs() < 1e-12 {
        if b.abs() > 1e-15 {
            push(-c / b);
        }
        return;
    }
    let disc = b * b - 4.0 * a * c;
    if disc < 0.0 {
        return;
    }
    // The numerically stable pair of formulas.
    let q = -0.5 * (b + b.signum() * disc.sqrt());
    if q != 0.0 {
        push(q / a);
        push(c / q);
    } else {
        push(-b / (2.0 * a));
    }
}

/// Sorted, without near-duplicates, with 0, 10 and `x0` included exactly. Roots within 10⁻⁶ of
/// those (or of each other) are merged with them: rounding in the root finding must not leave a
/// sliver of a stretch whose midpoint sits in floating-point noise (an exact tie at 10 computed as
/// a root at 9.999999999999996, or a tie in the limit x → 0 computed as a root at 6·10⁻⁸, would
/// otherwise look like a flip). A millionth of a slider step is far below anything a reader can
/// set, so nothing that matters is lost.
fn stops(points: Vec<f64>, x0: f64) -> Vec<f64> {
    const SNAP: f64 = 1e-6;
    let x0 = x0.clamp(0.0, TOP);
    let anchors = [0.0, TOP, x0];
    let mut out: Vec<f64> = points
        .into_iter()
        .filter(|p| anchors.iter().all(|a| (p - a).abs() > SNAP))
        .chain(anchors)
        .collect();
    crate::json::sort_by(&mut out, &f64::total_cmp);
    out.dedup_by(|a, b| (*a - *b).abs() <= SNAP);
    out
}

/// Whether `p` has the best total at x (ties count as first, as they share rank 1).
fn leads(totals: &[(usize, Option<f64>)], p: usize) -> bool {
    let Some(mine) = totals.iter().find(|(q, _)| *q == p).and_then(|(_, t)| *t) else {
        return false;
    };
    totals
        .iter()
        .all(|(q, t)| *q == p || cmp_optional(*t, Some(mine)) != Ordering::Greater)
}

/// Whether `b` is strictly ahead of `a` at x.
fn ahead(totals: &[(usize, Option<f64>)], b: usize, a: usize) -> bool {
    let get = |p: usize| totals.iter().find(|(q, _)| *q == p).and_then(|(_, t)| *t);
    cmp_optional(get(b), get(a)) == Ordering::Greater
}

/// The largest stretch of the weight around its current value within which `status` holds,
/// given the points where it can change.
fn stretch(points: &[f64], x0: f64, status: &dyn Fn(f64) -> bool) -> Option<Interval> {
    let x0 = x0.clamp(0.0, TOP);
    if !status(x0) {
        return None;
    }
    let i0 = points.iter().position(|&p| (p - x0).abs() < 1e-12)?;
    let (mut lo, mut lo_included) = (x0, true);
    for i in (0..i0).rev() {
        let (left, right) = (points[i], points[i + 1]);
        if !status((left + right) / 2.0) {
            break;
        }
        lo = left;
        if !status(left) {
            // The boundary itself is excluded; report it as the limit all the same.
            lo_included = false;
            break;
        }
    }
    let (mut hi, mut hi_included) = (x0, true);
    for i in i0..points.len().saturating_sub(1) {
        let (left, right) = (points[i], points[i + 1]);
        if !status((left + right) / 2.0) {
            break;
        }
        hi = right;
        if !status(right) {
            hi_included = false;
            break;
        }
    }
    Some(Interval {
        lo,
        hi,
        lo_included,
        hi_included,
    })
}

/// The stretch of `param` within which `leader` stays first (all other weights fixed), or `None`
/// if it is not first now.
pub fn leader_interval(
    d: &Dataset,
    kind: usize,
    weights: &Weights,
    options: &Options,
    leader: usize,
    param: Param,
) -> Option<Interval> {
    let grid = Grid::of_type(d, kind, &options.scope);
    Model::new(d, kind, weights, options, param, &grid).leader_span(leader)
}

impl Model<'_> {
    /// See [`leader_interval`].
    fn leader_span(&self, leader: usize) -> Option<Interval> {
        let x0 = self.param.get(&self.weights);
        let lead = self.forms.iter().find(|f| f.provider == leader)?;
        // "Leads" means "not behind any other": the stretch where it leads is the intersection of
        // the stretches where it is not behind each one, which keeps this linear in the number of
        // providers (each pair has at most a handful of breakpoints).
        let has_total = |x: f64| lead.total(x).is_some();
        let mut span = stretch(&stops(Vec::new(), x0), x0, &has_total)?;
        for other in self.forms.iter().filter(|f| f.provider != leader) {
            let mut points = Vec::new();
            self.breakpoints(lead, other, &mut points);
            let not_behind = |x: f64| {
                let mine = lead.total(x);
                mine.is_some() && cmp_optional(other.total(x), mine) != Ordering::Greater
            };
            let part = stretch(&stops(points, x0), x0, &not_behind)?;
            // The intersection; at a shared end, it is included only if both include it.
            let lo = match span.lo.total_cmp(&part.lo) {
                Ordering::Less => (part.lo, part.lo_included),
                Ordering::Greater => (span.lo, span.lo_included),
                Ordering::Equal => (span.lo, span.lo_included && part.lo_included),
            };
            let hi = match span.hi.total_cmp(&part.hi) {
                Ordering::Greater => (part.hi, part.hi_included),
                Ordering::Less => (span.hi, span.hi_included),
                Ordering::Equal => (span.hi, span.hi_included && part.hi_included),
            };
            span = Interval {
                lo: lo.0,
                hi: hi.0,
                lo_included: lo.1,
                hi_included: hi.1,
            };
        }
        Some(span)
    }

    /// The flips at the ends of the leader's stretch, each with who leads beyond it.
    fn leader_flips(&self, leader: usize, span: Interval) -> Vec<(Flip, usize)> {
        let x0 = self.param.get(&self.weights);
        let holds = |x: f64| leads(&self.totals(x), leader);
        let points = self.leader_points(leader, x0);
        flips_at(span, self.param, x0, &points, &holds)
            .into_iter()
            .filter_map(|flip| {
                // Just beyond the threshold, who leads instead?
                let beyond = if flip.upward {
                    flip.threshold + 1e-6
                } else {
                    flip.threshold - 1e-6
                };
                let totals = self.totals(beyond.clamp(0.0, TOP));
                let (new_leader, _) = totals
                    .iter()
                    .filter(|(p, t)| *p != leader && t.is_some())
                    .max_by(|(_, a), (_, b)| cmp_optional(*a, *b))?;
                Some((flip, *new_leader))
            })
            .collect()
    }
}

/// Every weight that can matter for provider type `kind`: the criteria that apply, then the
/// groups.
pub fn params(d: &Dataset, kind: usize) -> Vec<Param> {
    let criteria = d
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| c.applies(kind))
        .map(|(i, _)| Param::Criterion(i));
    let groups = (0..d.groups.len())
        .filter(|&g| d.criteria_of(g).any(|(_, c)| c.applies(kind)))
        .map(Param::Group);
    criteria.chain(groups).collect()
}

/// The smallest single weight change after which the order changes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flip {
    pub param: Param,
    /// The weight now.
    pub from: f64,
    /// Where the order changes. It holds while the weight stays on the current side of it (and
    /// may hold at the threshold itself); it can equal `from` when any move in that direction
    /// changes the order, e.g. when a weight leaves 0 and its group starts to count.
    pub threshold: f64,
    /// Whether the change comes from raising the weight (else from lowering it).
    pub upward: bool,
}

impl Flip {
    pub fn distance(&self) -> f64 {
        (self.threshold - self.from).abs()
    }
}

/// The flips at the two ends of a stretch within which an order holds (none at an end of the
/// scale where it still holds).
fn flips_at(
    span: Interval,
    param: Param,
    x0: f64,
    points: &[f64],
    holds: &dyn Fn(f64) -> bool,
) -> Vec<Flip> {
    let mut out = Vec::new();
    if span.lo > 0.0 || !holds(0.0) {
        out.push(Flip {
            param,
            from: x0,
            threshold: span.lo,
            upward: false,
        });
    }
    if span.hi < TOP || !holds(TOP) {
        out.push(Flip {
            param,
            from: x0,
            threshold: span.hi,
            upward: true,
        });
    }
    // A limit at the current value is only a flip if the order changes on the stretch beyond it
    // (up to the next point where it can change), e.g. as soon as a weight leaves 0.
    out.retain(|f| {
        f.distance() > 1e-12 || {
            let next = if f.upward {
                points.iter().copied().find(|&p| p > x0 + 1e-12)
            } else {
                points.iter().rev().copied().find(|&p| p < x0 - 1e-12)
            };
            next.is_some_and(|p| !holds((x0 + p) / 2.0))
        }
    });
    out
}

/// What can swap two providers.
#[derive(Clone, Debug, PartialEq)]
pub enum PairVerdict {
    /// `ahead` is before `behind` now; `flip` is the smallest single change that swaps them.
    Flip {
        ahead: usize,
        behind: usize,
        flip: Flip,
    },
    /// `ahead` is before `behind`, and no single weight change in 0–10 swaps them.
    Fixed { ahead: usize, behind: usize },
    /// Both have the same total now.
    Tied,
    /// This one is excluded by a minimum (or has no total), so there is no order to swap.
    Unranked(usize),
}

/// For two providers of type `kind`: the smallest single weight change that swaps them.
pub fn pair_verdict(
    d: &Dataset,
    kind: usize,
    weights: &Weights,
    options: &Options,
    a: usize,
    b: usize,
) -> PairVerdict {
    let real = weights.to_real();
    let eff = effective_weights(d, kind, &real);
    let (sa, sb) = (
        score_provider(d, a, &eff, options),
        score_provider(d, b, &eff, options),
    );
    for s in [&sa, &sb] {
        if s.total().is_none() {
            return PairVerdict::Unranked(s.provider);
        }
    }
    let (ahead_p, behind_p) = match cmp_optional(sa.total(), sb.total()) {
        Ordering::Equal => return PairVerdict::Tied,
        Ordering::Greater => (a, b),
        Ordering::Less => (b, a),
    };
    let mut best: Option<Flip> = None;
    let pair = Grid::new(
        d,
        d.providers_in(kind, &options.scope)
            .map(|(p, _)| p)
            .filter(|p| [ahead_p, behind_p].contains(p)),
    );
    for param in params(d, kind) {
        let model = Model::new(d, kind, weights, options, param, &pair);
        let x0 = param.get(&model.weights);
        let (Some(fa), Some(fb)) = (
            model.forms.iter().find(|f| f.provider == ahead_p),
            model.forms.iter().find(|f| f.provider == behind_p),
        ) else {
            continue;
        };
        let mut points = Vec::new();
        model.breakpoints(fa, fb, &mut points);
        let points = stops(points, x0);
        let keeps = |x: f64| !ahead(&model.totals(x), behind_p, ahead_p);
        if let Some(span) = stretch(&points, x0, &keeps) {
            for flip in flips_at(span, param, x0, &points, &keeps) {
                if best.is_none_or(|b| flip.distance() < b.distance()) {
                    best = Some(flip);
                }
            }
        }
    }
    match best {
        Some(flip) => PairVerdict::Flip {
            ahead: ahead_p,
            behind: behind_p,
            flip,
        },
        None => PairVerdict::Fixed {
            ahead: ahead_p,
            behind: behind_p,
        },
    }
}

/// The pair to compare and what can swap it: `chosen` where the reader picked one, otherwise the
/// first and second of the ranking at `weights` (excluded providers last). `None` when the type has
/// fewer than two providers.
pub fn compared_pair(
    d: &Dataset,
    kind: usize,
    weights: &Weights,
    options: &Options,
    chosen: (Option<usize>, Option<usize>),
) -> Option<(usize, usize, PairVerdict)> {
    let of_kind = |p: usize| {
        d.providers
            .get(p)
            .is_some_and(|p| p.kind == kind && options.scope.admits(p))
    };
    let chosen = (
        chosen.0.filter(|&p| of_kind(p)),
        chosen.1.filter(|&p| of_kind(p)),
    );
    let by_rank: Vec<usize> = if chosen.0.is_some() && chosen.1.is_some() {
        Vec::new()
    } else {
        let eff = effective_weights(d, kind, &weights.to_real());
        let scores = d
            .providers_in(kind, &options.scope)
            .map(|(p, _)| score_provider(d, p, &eff, options))
            .collect();
        // `rank` already puts the unranked after the ranked.
        rank(d, scores, Lang::De)
            .into_iter()
            .map(|r| r.score.provider)
            .collect()
    };
    // Each unset side takes the best provider that the other side does not already show.
    let a = chosen
        .0
        .or_else(|| by_rank.iter().copied().find(|&p| Some(p) != chosen.1))?;
    let b = chosen
        .1
        .or_else(|| by_rank.iter().copied().find(|&p| p != a))?;
    (a != b).then(|| (a, b, pair_verdict(d, kind, weights, options, a, b)))
}

/// How firmly the current leader leads.
#[derive(Clone, Debug, PartialEq)]
pub struct Stability {
    pub leader: usize,
    /// The smallest change of one weight after which someone else is first, with who that is.
    pub closest: Option<(Flip, usize)>,
}

/// A change of less than this many slider steps that changes first place makes a result "close".
pub const CLOSE_MARGIN: f64 = 2.0;

impl Stability {
    pub fn close(&self) -> bool {
        self.closest
            .is_some_and(|(f, _)| f.distance() < CLOSE_MARGIN)
    }
}

/// Everything the weight panel shows about sensitivity, computed in one go.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overview {
    /// The provider first in the ranking (ties: the first listed).
    pub leader: Option<usize>,
    /// Per criterion: where the leader stays first as that weight moves (`None`: does not apply).
    pub criteria: Vec<Option<Interval>>,
    /// Per group, likewise.
    pub groups: Vec<Option<Interval>>,
    pub stability: Option<Stability>,
}

/// Leader, per-weight intervals and stability for provider type `kind`: one model per weight,
/// used for both its interval and its flips. The same work as [`OverviewSteps`], in one go.
pub fn overview(d: &Dataset, kind: usize, weights: &Weights, options: &Options) -> Overview {
    let mut steps = OverviewSteps::new(d, kind, weights, options);
    while steps.step(d) {}
    steps.finish()
}

/// [`overview`] in steps, for a caller that must not block for its whole length: the widget runs
/// a few steps per task after a slider is released, so that input stays responsive (on a
/// thousand providers and forty duties the whole analysis takes tens of milliseconds). Creating
/// it ranks the providers once to find the leader; each [`OverviewSteps::step`] then models one
/// weight. The inputs are owned, so the steps can be spread over tasks and dropped half-way; run
/// to the end on the same dataset, they give exactly what [`overview`] gives.
#[derive(Clone, Debug)]
pub struct OverviewSteps {
    kind: usize,
    weights: Weights,
    options: Options,
    /// The providers of the type, read once for every step.
    grid: Grid,
    /// The weights still to model, the next one last.
    todo: Vec<Param>,
    leader: Option<usize>,
    out: Overview,
    closest: Option<(Flip, usize)>,
}

impl OverviewSteps {
    pub fn new(d: &Dataset, kind: usize, weights: &Weights, options: &Options) -> OverviewSteps {
        let grid = Grid::of_type(d, kind, &options.scope);
        let eff = effective_weights(d, kind, &weights.to_real());
        let leader = rank(d, score_grid(d, &grid, &eff, options), Lang::De)
            .first()
            .filter(|r| r.rank == Some(1))
            .map(|r| r.score.provider);
        let mut todo = if leader.is_some() {
            params(d, kind)
        } else {
            Vec::new()
        };
        todo.reverse();
        OverviewSteps {
            kind,
            weights: weights.clone(),
            options: options.clone(),
            grid,
            todo,
            leader,
            out: Overview {
                criteria: vec![None; d.criteria.len()],
                groups: vec![None; d.groups.len()],
                ..Overview::default()
            },
            closest: None,
        }
    }

    /// How many steps are left.
    pub fn left(&self) -> usize {
        self.todo.len()
    }

    /// Models the next weight, on the dataset the steps were created for; false once there was
    /// none left.
    pub fn step(&mut self, d: &Dataset) -> bool {
        let (Some(param), Some(leader)) = (self.todo.pop(), self.leader) else {
            return false;
        };
        let model = Model::new(
            d,
            self.kind,
            &self.weights,
            &self.options,
            param,
            &self.grid,
        );
        if let Some(span) = model.leader_span(leader) {
            let slot = match param {
                Param::Criterion(c) => self.out.criteria.get_mut(c),
                Param::Group(g) => self.out.groups.get_mut(g),
            };
            if let Some(slot) = slot {
                *slot = Some(span);
            }
            for (flip, who) in model.leader_flips(leader, span) {
                if self
                    .closest
                    .is_none_or(|(b, _)| flip.distance() < b.distance())
                {
                    self.closest = Some((flip, who));
                }
            }
        }
        true
    }

    /// The result: complete once [`OverviewSteps::step`] has returned false.
    pub fn finish(self) -> Overview {
        let mut out = self.out;
        if let Some(leader) = self.leader {
            out.leader = Some(leader);
            out.stability = Some(Stability {
                leader,
                closest: self.closest,
            });
        }
        out
    }
}

/// The current leader, and the smallest single weight change that would put someone else first.
pub fn stability(
    d: &Dataset,
    kind: usize,
    weights: &Weights,
    options: &Options,
) -> Option<Stability> {
    overview(d, kind, weights, options).stability
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_in_range_only() {
        let mut out = Vec::new();
        roots(1.0, -5.0, 6.0, &mut out); // 2 and 3
        out.sort_unstable_by(f64::total_cmp);
        assert_eq!(out.len(), 2);
        assert!((out[0] - 2.0).abs() < 1e-12 && (out[1] - 3.0).abs() < 1e-12);
        let mut out = Vec::new();
        roots(0.0, 2.0, -3.0, &mut out); // 1.5
        assert_eq!(out, vec![1.5]);
        let mut out = Vec::new();
        roots(1.0, 0.0, 1.0, &mut out); // none real
        roots(0.0, 0.0, 1.0, &mut out); // constant
        roots(0.0, 1.0, 5.0, &mut out); // −5: out of range
        roots(f64::NAN, 1.0, 1.0, &mut out);
        assert!(out.is_empty());
    }

    /// The analysis as one loop, as the widget ran it before it was split into steps: the
    /// reference that [`OverviewSteps`] must match exactly, however it is sliced.
    fn in_one_go(d: &Dataset, kind: usize, weights: &Weights, options: &Options) -> Overview {
        let mut out = Overview {
            criteria: vec![None; d.criteria.len()],
            groups: vec![None; d.groups.len()],
            ..Overview::default()
        };
        let eff = effective_weights(d, kind, &weights.to_real());
        let scores: Vec<ProviderScore> = d
            .providers_in(kind, &options.scope)
            .map(|(p, _)| score_provider(d, p, &eff, options))
            .collect();
        let ranked = rank(d, scores, Lang::De);
        let Some(leader) = ranked
            .first()
            .filter(|r| r.rank == Some(1))
            .map(|r| r.score.provider)
        else {
            return out;
        };
        let mut closest: Option<(Flip, usize)> = None;
        let grid = Grid::of_type(d, kind, &options.scope);
        for param in params(d, kind) {
            let model = Model::new(d, kind, weights, options, param, &grid);
            let Some(span) = model.leader_span(leader) else {
                continue;
            };
            match param {
                Param::Criterion(c) => out.criteria[c] = Some(span),
                Param::Group(g) => out.groups[g] = Some(span),
            }
            for (flip, who) in model.leader_flips(leader, span) {
                if closest.is_none_or(|(b, _)| flip.distance() < b.distance()) {
                    closest = Some((flip, who));
                }
            }
        }
        out.leader = Some(leader);
        out.stability = Some(Stability { leader, closest });
        out
    }

    #[test]
    fn the_analysis_in_steps_is_the_analysis_in_one_go() {
        let text = include_str!("../data/providers.json");
        let d = crate::validate::parse_dataset(text).unwrap();
        let mut checked = 0;
        for kind in 0..d.types.len() {
            for unknowns in crate::scoring::Unknowns::ALL {
                let options = Options {
                    unknowns,
                    knockouts: vec![true; d.knockouts.len()],
                    minimums: vec![0; d.criteria.len()],
                    ..Options::default()
                };
                let mut weights = Weights::defaults(&d);
                for (i, w) in [
                    weights.clone(),
                    // A close race (one duty decides), and everything at 0 (nobody leads).
                    Weights {
                        criteria: (0..d.criteria.len()).map(|c| (c % 3 * 5) as u8).collect(),
                        groups: weights.groups.clone(),
                    },
                    Weights {
                        criteria: vec![0; d.criteria.len()],
                        groups: vec![0; d.groups.len()],
                    },
                ]
                .into_iter()
                .enumerate()
                {
                    let reference = in_one_go(&d, kind, &w, &options);
                    assert_eq!(overview(&d, kind, &w, &options), reference);
                    // One step at a time, with a copy taken half-way and finished later: what
                    // the widget does across tasks, and after a newer change drops the steps.
                    let mut steps = OverviewSteps::new(&d, kind, &w, &options);
                    let total = steps.left();
                    let mut done = 0;
                    let mut copy = None;
                    while steps.step(&d) {
                        done += 1;
                        if done == total / 2 {
                            copy = Some(steps.clone());
                        }
                        assert_eq!(steps.left(), total - done);
                    }
                    assert_eq!(done, total);
                    assert!(!steps.step(&d), "no step after the last");
                    assert_eq!(steps.finish(), reference);
                    if let Some(mut copy) = copy {
                        while copy.step(&d) {}
                        assert_eq!(copy.finish(), reference);
                    }
                    assert_eq!(total == 0, i == 2 || reference.leader.is_none());
                    checked += 1;
                }
                weights.groups.reverse();
            }
        }
        assert!(checked >= 12);
    }

    #[test]
    fn stops_are_sorted_and_unique() {
        assert_eq!(
            stops(vec![5.0, 2.0, 5.0 + 1e-14], 2.0),
            vec![0.0, 2.0, 5.0, 10.0]
        );
    }
}
