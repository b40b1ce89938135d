//! Totals, sub-totals and coverage, checked against values worked out by hand on the tiny fixture
//! (weights: net 5, neutral 5, privacy 10; see tests/common/mod.rs).

mod common;

use common::tiny_dataset;
use provider_compare::scoring::{score_provider, score_type, Options};

const EXCLUDE: Options = Options {
    unknown_as_zero: false,
};
const AS_ZERO: Options = Options {
    unknown_as_zero: true,
};

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn total_is_the_weighted_mean_on_0_to_100() {
    let d = tiny_dataset();
    let w = d.default_weights();
    // Alpha: (5·5 + 5·1 + 10·3) / 20 = 3.0 of 5 = 60.
    let alpha = score_provider(&d, 0, &w, EXCLUDE);
    assert!(close(alpha.overall.total(), 60.0));
    assert!(close(alpha.overall.coverage(), 1.0));
    assert_eq!((alpha.overall.known, alpha.overall.applicable), (3, 3));
    // Group sub-totals: tech = 5 of 5; law = (5·1 + 10·3) / 15.
    assert!(close(alpha.groups[0].total(), 100.0));
    assert!(close(alpha.groups[1].total(), 20.0 * 35.0 / 15.0));
}

#[test]
fn unknown_is_left_out_by_default_and_shown_in_coverage() {
    let d = tiny_dataset();
    let w = d.default_weights();
    // Beta: neutral unknown. Left out: (5·2 + 10·5) / 15 = 4 of 5 = 80.
    let beta = score_provider(&d, 1, &w, EXCLUDE);
    assert!(close(beta.overall.total(), 80.0));
    assert!(close(beta.overall.coverage(), 15.0 / 20.0));
    assert_eq!((beta.overall.known, beta.overall.applicable), (2, 3));
    // Counted as 0: (10 + 0 + 50) / 20 = 3 of 5 = 60. Coverage does not change.
    let beta0 = score_provider(&d, 1, &w, AS_ZERO);
    assert!(close(beta0.overall.total(), 60.0));
    assert!(close(beta0.overall.coverage(), 0.75));
}

#[test]
fn nothing_known_means_no_total_unless_unknown_counts_as_zero() {
    let d = tiny_dataset();
    let w = d.default_weights();
    let gamma = score_provider(&d, 2, &w, EXCLUDE);
    assert_eq!(gamma.overall.total(), None);
    assert!(close(gamma.overall.coverage(), 0.0));
    let gamma0 = score_provider(&d, 2, &w, AS_ZERO);
    assert!(close(gamma0.overall.total(), 0.0));
}

#[test]
fn criteria_that_do_not_apply_are_left_out() {
    let d = tiny_dataset();
    // Delta is an e-mail provider: "neutral" (ISP only) must not count, whatever its weight.
    let mut w = d.default_weights();
    w[1] = 10;
    let delta = score_provider(&d, 3, &w, AS_ZERO);
    assert!(close(
        delta.overall.total(),
        20.0 * (5.0 * 4.0 + 10.0 * 2.0) / 15.0
    ));
    assert_eq!(delta.overall.applicable, 2);
    assert!(close(delta.overall.coverage(), 1.0));
}

#[test]
fn all_weights_zero_gives_no_total_and_no_division_by_zero() {
    let d = tiny_dataset();
    let w = vec![0; d.criteria.len()];
    for p in 0..d.providers.len() {
        for options in [EXCLUDE, AS_ZERO] {
            let s = score_provider(&d, p, &w, options);
            assert_eq!(s.overall.total(), None);
            assert_eq!(s.overall.coverage(), None);
            assert!(s.groups.iter().all(|g| g.total().is_none()));
        }
    }
}

#[test]
fn a_weight_of_zero_removes_a_criterion() {
    let d = tiny_dataset();
    let mut w = d.default_weights();
    w[2] = 0; // privacy
              // Alpha: (5·5 + 5·1) / 10 = 3 → 60; Beta: only net known → 2 → 40.
    assert!(close(
        score_provider(&d, 0, &w, EXCLUDE).overall.total(),
        60.0
    ));
    assert!(close(
        score_provider(&d, 1, &w, EXCLUDE).overall.total(),
        40.0
    ));
    // Its group has weight left from "neutral" for Alpha, none known for Beta.
    assert_eq!(score_provider(&d, 1, &w, EXCLUDE).groups[1].total(), None);
}

#[test]
fn short_weight_lists_count_as_zero_and_bad_indices_are_empty() {
    let d = tiny_dataset();
    let s = score_provider(&d, 0, &[5], EXCLUDE);
    assert!(close(s.overall.total(), 100.0));
    let none = score_provider(&d, 99, &d.default_weights(), EXCLUDE);
    assert_eq!(none.overall.total(), None);
}

#[test]
fn score_type_lists_the_providers_of_one_type_in_dataset_order() {
    let d = tiny_dataset();
    let isp: Vec<_> = score_type(&d, 0, &d.default_weights(), EXCLUDE)
        .iter()
        .map(|s| s.provider)
        .collect();
    assert_eq!(isp, vec![0, 1, 2]);
    let mail: Vec<_> = score_type(&d, 1, &d.default_weights(), EXCLUDE)
        .iter()
        .map(|s| s.provider)
        .collect();
    assert_eq!(mail, vec![3]);
}
