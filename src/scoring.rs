//! Totals and group sub-totals: the weighted mean of a provider's scores, on 0–100.
//!
//! For a provider p and a set of criteria C (all of them, or one duty group's):
//!
//! ```text
//! counted(c) = c applies to p's type  and  (p has a score for c  or  unknown counts as 0)
//! total      = 20 · Σ_{c ∈ C, counted} w_c · s_c  /  Σ_{c ∈ C, counted} w_c      (0–5 → 0–100)
//! coverage   = Σ_{c ∈ C applies, known} w_c  /  Σ_{c ∈ C applies} w_c
//! ```
//!
//! Invariants: the sums are kept as exact integers (weights and scores are whole numbers), so equal
//! totals compare equal and the ranking never depends on rounding; a zero denominator gives "no
//! total" (`None`), never a division by zero; criteria that do not apply never enter either sum.

use std::cmp::Ordering;

use crate::dataset::{Dataset, Rating, MAX_SCORE};

/// How "unknown" ratings are treated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Count an unknown rating as a score of 0 instead of leaving it out.
    pub unknown_as_zero: bool,
}

/// A total over some criteria, with the data behind it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Part {
    /// Σ w·s over the counted criteria.
    pub weighted_sum: u32,
    /// Σ w over the counted criteria: the denominator of the mean.
    pub counted_weight: u32,
    /// Σ w over the criteria that apply.
    pub applicable_weight: u32,
    /// Σ w over the criteria that apply and have a known score.
    pub known_weight: u32,
    /// How many criteria apply, and how many of those have a known score (whatever their weight).
    pub applicable: u16,
    pub known: u16,
}

impl Part {
    /// The total on 0–100, or `None` when no weighted criterion is counted.
    pub fn total(&self) -> Option<f64> {
        (self.counted_weight > 0).then(|| {
            f64::from(self.weighted_sum) * (100.0 / f64::from(MAX_SCORE))
                / f64::from(self.counted_weight)
        })
    }

    /// Share of the applicable weight that rests on known scores (0–1), or `None` without weight.
    pub fn coverage(&self) -> Option<f64> {
        (self.applicable_weight > 0)
            .then(|| f64::from(self.known_weight) / f64::from(self.applicable_weight))
    }

    /// Compares two totals exactly (`a/b` vs `c/d` as `a·d` vs `c·b`); `None` sorts below any total.
    pub fn cmp_total(&self, other: &Part) -> Ordering {
        match (self.counted_weight, other.counted_weight) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Less,
            (_, 0) => Ordering::Greater,
            (d1, d2) => (u64::from(self.weighted_sum) * u64::from(d2))
                .cmp(&(u64::from(other.weighted_sum) * u64::from(d1))),
        }
    }

    /// Compares coverage exactly; `None` sorts below any value.
    pub fn cmp_coverage(&self, other: &Part) -> Ordering {
        match (self.applicable_weight, other.applicable_weight) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Less,
            (_, 0) => Ordering::Greater,
            (d1, d2) => (u64::from(self.known_weight) * u64::from(d2))
                .cmp(&(u64::from(other.known_weight) * u64::from(d1))),
        }
    }

    fn add(&mut self, weight: u8, rating: &Rating, options: Options) {
        let w = u32::from(weight);
        match rating {
            Rating::NotApplicable => return,
            Rating::Scored(s) => {
                self.weighted_sum += w * u32::from(s.score);
                self.counted_weight += w;
                self.known_weight += w;
                self.known += 1;
            }
            Rating::Unknown { .. } => {
                if options.unknown_as_zero {
                    self.counted_weight += w;
                }
            }
        }
        self.applicable_weight += w;
        self.applicable += 1;
    }
}

/// A provider's total and its sub-total per duty group (in [`Dataset::groups`] order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderScore {
    /// Index into [`Dataset::providers`].
    pub provider: usize,
    pub overall: Part,
    pub groups: Vec<Part>,
}

/// Scores one provider. `weights` has one entry per criterion; missing entries count as 0.
pub fn score_provider(
    dataset: &Dataset,
    provider: usize,
    weights: &[u8],
    options: Options,
) -> ProviderScore {
    let mut overall = Part::default();
    let mut groups = vec![Part::default(); dataset.groups.len()];
    if let Some(p) = dataset.providers.get(provider) {
        for ((criterion, rating), &weight) in dataset
            .criteria
            .iter()
            .zip(&p.ratings)
            .zip(weights.iter().chain(std::iter::repeat(&0)))
        {
            overall.add(weight, rating, options);
            if let Some(g) = groups.get_mut(criterion.group) {
                g.add(weight, rating, options);
            }
        }
    }
    ProviderScore {
        provider,
        overall,
        groups,
    }
}

/// Scores every provider of type `kind`, in dataset order.
pub fn score_type(
    dataset: &Dataset,
    kind: usize,
    weights: &[u8],
    options: Options,
) -> Vec<ProviderScore> {
    dataset
        .providers_of(kind)
        .map(|(i, _)| score_provider(dataset, i, weights, options))
        .collect()
}
