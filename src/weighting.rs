//! How weights are set and what they mean: effective weights from group and criterion sliders,
//! rank-order-centroid weights from an ordering, and AHP weights from pairwise comparisons.
//!
//! The model a teacher can explain in one sentence: a criterion's **effective weight** is its
//! group's share of all group weights times its share of the weights within its group,
//!
//! ```text
//! e_c = G_g / Σ_h G_h  ·  w_c / Σ_{c' ∈ g} w_c'        (only groups and criteria that apply)
//! ```
//!
//! so the effective weights of the criteria that apply to a provider type add up to 1.
//! Every method (sliders, presets, ordering, pairwise comparison) ends in slider values 0–10 for
//! groups and criteria; the effective weights always follow from the sliders.
//!
//! Invariants: nothing here panics on any input (empty, zero, NaN); effective weights are finite,
//! non-negative and sum to 1 or are all 0; [`to_sliders`] maps any positive weight to at least 1,
//! so a method never silently drops an item it was told matters.

use crate::dataset::{Dataset, Preset, MAX_WEIGHT};

/// Slider values: one 0–10 weight per criterion and one per duty group.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Weights {
    pub criteria: Vec<u8>,
    pub groups: Vec<u8>,
}

impl Weights {
    /// The dataset's defaults.
    pub fn defaults(d: &Dataset) -> Weights {
        Weights {
            criteria: d.criteria.iter().map(|c| c.default_weight).collect(),
            groups: d.groups.iter().map(|g| g.default_weight).collect(),
        }
    }

    /// As real numbers, for scoring and sensitivity (which also evaluates fractional weights).
    pub fn to_real(&self) -> RealWeights {
        RealWeights {
            criteria: self.criteria.iter().map(|&w| f64::from(w)).collect(),
            groups: self.groups.iter().map(|&w| f64::from(w)).collect(),
        }
    }

    pub fn all_zero(&self) -> bool {
        self.criteria.iter().all(|&w| w == 0) || self.groups.iter().all(|&w| w == 0)
    }
}

/// A preset's weights: the one way from a preset to the sliders.
impl From<&Preset> for Weights {
    fn from(p: &Preset) -> Weights {
        Weights {
            criteria: p.weights.clone(),
            groups: p.group_weights.clone(),
        }
    }
}

/// Weights as real numbers 0–10 (a slider value, or a point between two for sensitivity).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RealWeights {
    pub criteria: Vec<f64>,
    pub groups: Vec<f64>,
}

/// Effective weight of every criterion for provider type `kind` (0 where it does not apply).
/// Missing slider values count as 0; negative or non-finite ones as 0.
pub fn effective_weights(d: &Dataset, kind: usize, w: &RealWeights) -> Vec<f64> {
    let clean = |x: Option<&f64>| {
        x.copied()
            .filter(|v| v.is_finite() && *v > 0.0)
            .unwrap_or(0.0)
    };
    // Σ of applicable criterion weights per group.
    let mut within = vec![0.0; d.groups.len()];
    for (c, criterion) in d.criteria.iter().enumerate() {
        if criterion.applies(kind) {
            if let Some(s) = within.get_mut(criterion.group) {
                *s += clean(w.criteria.get(c));
            }
        }
    }
    // Groups count only if something in them is weighted.
    let group_total: f64 = (0..d.groups.len())
        .filter(|&g| within[g] > 0.0)
        .map(|g| clean(w.groups.get(g)))
        .sum();
    d.criteria
        .iter()
        .enumerate()
        .map(|(c, criterion)| {
            let wc = clean(w.criteria.get(c));
            let g = criterion.group;
            let wg = within.get(g).copied().unwrap_or(0.0);
            if !criterion.applies(kind) || wc == 0.0 || wg == 0.0 || group_total == 0.0 {
                0.0
            } else {
                clean(w.groups.get(g)) / group_total * wc / wg
            }
        })
        .collect()
}

/// Rank-order-centroid weights for `n` ranked items, most important first:
/// `w_k = (1/n) · Σ_{i=k..n} 1/i`. They sum to 1.
pub fn roc(n: usize) -> Vec<f64> {
    (1..=n)
        .map(|k| (k..=n).map(|i| 1.0 / i as f64).sum::<f64>() / n as f64)
        .collect()
}

/// Turns weights of any scale into slider values 0–10: the largest becomes 10, the rest in
/// proportion, rounded; a positive weight never rounds down to 0 (it becomes 1).
pub fn to_sliders(weights: &[f64]) -> Vec<u8> {
    let max = weights
        .iter()
        .copied()
        .filter(|w| w.is_finite())
        .fold(0.0_f64, f64::max);
    weights
        .iter()
        .map(|&w| {
            if max <= 0.0 || !w.is_finite() || w <= 0.0 {
                0
            } else {
                let v = (w / max * f64::from(MAX_WEIGHT)).round();
                v.clamp(1.0, f64::from(MAX_WEIGHT)) as u8
            }
        })
        .collect()
}

/// Saaty's random consistency index RI(n) (Saaty 1980), indexed by matrix size; RI(5) = 1.12.
pub const RANDOM_INDEX: [f64; 11] = [
    0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
];

/// A judgement on Saaty's 1–9 scale, written as -8..=8: 0 = equally important; `v > 0`: the first
/// of the pair is `v + 1` times as important; `v < 0`: the second is `1 - v` times as important.
pub type Judgement = i8;

/// The pairs `(i, j)`, `i < j`, of `n` items in the order judgements are given.
pub fn pairs(n: usize) -> Vec<(usize, usize)> {
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect()
}

/// The reciprocal comparison matrix from judgements (missing ones count as "equal").
pub fn comparison_matrix(n: usize, judgements: &[Judgement]) -> Vec<Vec<f64>> {
    let mut a = vec![vec![1.0; n]; n];
    for (k, (i, j)) in pairs(n).into_iter().enumerate() {
        let v = judgements.get(k).copied().unwrap_or(0).clamp(-8, 8);
        let ratio = if v >= 0 {
            f64::from(v) + 1.0
        } else {
            1.0 / (1.0 - f64::from(v))
        };
        a[i][j] = ratio;
        a[j][i] = 1.0 / ratio;
    }
    a
}

/// The result of a pairwise comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Ahp {
    /// Priorities from the principal eigenvector, summing to 1.
    pub weights: Vec<f64>,
    pub lambda_max: f64,
    /// Consistency index (λmax − n) / (n − 1).
    pub ci: f64,
    /// Consistency ratio CI / RI(n); `None` where RI is 0 or unknown (n < 3 or n > 10).
    pub cr: Option<f64>,
    /// The judgement that departs most from the derived priorities, as `(i, j)`: the largest
    /// factor between a_ij and w_i / w_j, either way (the largest |ln(a_ij · w_j / w_i)|).
    pub worst_pair: Option<(usize, usize)>,
}

/// The principal right eigenvector of a positive reciprocal matrix by power iteration, with
/// λmax, CI, CR and the most inconsistent pair. `None` for an empty, non-square or non-positive
/// matrix.
pub fn ahp(a: &[Vec<f64>]) -> Option<Ahp> {
    let n = a.len();
    if n == 0
        || a.iter()
            .any(|row| row.len() != n || row.iter().any(|&x| !(x.is_finite() && x > 0.0)))
    {
        return None;
    }
    let mut w = vec![1.0 / n as f64; n];
    for _ in 0..1000 {
        let mut next: Vec<f64> = (0..n)
            .map(|i| (0..n).map(|j| a[i][j] * w[j]).sum())
            .collect();
        let sum: f64 = next.iter().sum();
        if !(sum.is_finite() && sum > 0.0) {
            return None;
        }
        next.iter_mut().for_each(|x| *x /= sum);
        let change = next
            .iter()
            .zip(&w)
            .map(|(x, y)| (x - y).abs())
            .fold(0.0, f64::max);
        w = next;
        if change < 1e-15 {
            break;
        }
    }
    // With w summing to 1, λmax = Σ_i (A w)_i.
    let lambda_max: f64 = (0..n)
        .map(|i| (0..n).map(|j| a[i][j] * w[j]).sum::<f64>())
        .sum();
    let ci = if n > 1 {
        ((lambda_max - n as f64) / (n as f64 - 1.0)).max(0.0)
    } else {
        0.0
    };
    let cr = RANDOM_INDEX
        .get(n)
        .filter(|&&ri| ri > 0.0)
        .map(|ri| ci / ri);
    let worst_pair = pairs(n)
        .into_iter()
        .map(|(i, j)| {
            // max(r, 1/r) orders like |ln r| without pulling a logarithm into the bundle.
            let r = a[i][j] * w[j] / w[i];
            ((i, j), r.max(1.0 / r))
        })
        .filter(|(_, d)| d.is_finite())
        .fold(
            None,
            |best: Option<((usize, usize), f64)>, (p, d)| match best {
                Some((_, bd)) if bd >= d => best,
                _ => Some((p, d)),
            },
        )
        .filter(|(_, d)| *d > 1.0 + 1e-9)
        .map(|(p, _)| p);
    Some(Ahp {
        weights: w,
        lambda_max,
        ci,
        cr,
        worst_pair,
    })
}

/// Above this consistency ratio Saaty advises revising the judgements.
pub const CR_LIMIT: f64 = 0.10;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roc_for_four_items() {
        let w = roc(4);
        let expected = [0.5208, 0.2708, 0.1458, 0.0625];
        for (got, want) in w.iter().zip(expected) {
            assert!((got - want).abs() < 5e-5, "{got} vs {want}");
        }
        assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert_eq!(roc(1), vec![1.0]);
        assert!(roc(0).is_empty());
    }

    #[test]
    fn sliders_keep_proportions_and_never_drop_an_item() {
        assert_eq!(to_sliders(&roc(5)), vec![10, 6, 3, 2, 1]);
        assert_eq!(to_sliders(&[0.0, 0.0]), vec![0, 0]);
        assert_eq!(to_sliders(&[1.0, 0.001, 0.0]), vec![10, 1, 0]);
        assert_eq!(to_sliders(&[f64::NAN, 2.0]), vec![0, 10]);
    }

    #[test]
    fn matrix_from_judgements_is_reciprocal() {
        let a = comparison_matrix(3, &[4, -2, 0]);
        assert_eq!(a[0][1], 5.0);
        assert!((a[1][0] - 0.2).abs() < 1e-12);
        assert!((a[0][2] - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(a[2][0], 3.0);
        assert_eq!(a[1][2], 1.0);
    }

    #[test]
    fn consistent_judgements_give_cr_zero() {
        // Weights 4:2:1 stated consistently.
        let a = vec![
            vec![1.0, 2.0, 4.0],
            vec![0.5, 1.0, 2.0],
            vec![0.25, 0.5, 1.0],
        ];
        let r = ahp(&a).unwrap();
        assert!((r.weights[0] - 4.0 / 7.0).abs() < 1e-9);
        assert!((r.lambda_max - 3.0).abs() < 1e-9);
        assert!(r.cr.unwrap() < 1e-9);
        assert_eq!(r.worst_pair, None);
    }

    #[test]
    fn bad_matrices_are_refused() {
        assert!(ahp(&[]).is_none());
        assert!(ahp(&[vec![1.0, 2.0]]).is_none());
        assert!(ahp(&[vec![1.0, -1.0], vec![-1.0, 1.0]]).is_none());
        assert!(ahp(&[vec![1.0, f64::NAN], vec![1.0, 1.0]]).is_none());
    }
}
