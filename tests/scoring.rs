//! Effective weights, totals, sub-totals, coverage, knock-outs and minimums, checked against values
//! worked out by hand on the tiny fixture (see tests/common/mod.rs): criteria net (group tech),
//! neutral and privacy (group law); default weights 5, 5, 10; both groups 5.

mod common;

use common::{parse, tiny, tiny_dataset};
use provider_compare::dataset::Scope;
use provider_compare::scoring::{
    contributions, score_provider, score_type, Options, ProviderScore, Unknowns,
};
use provider_compare::weighting::{effective_weights, Weights};
use serde_json::json;

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

fn scores(
    d: &provider_compare::dataset::Dataset,
    kind: usize,
    w: &Weights,
    o: &Options,
) -> Vec<ProviderScore> {
    score_type(d, kind, &w.to_real(), o)
}

const EXCLUDE: Options = Options {
    unknowns: Unknowns::LeaveOut,
    knockouts: Vec::new(),
    minimums: Vec::new(),
    scope: Scope {
        country: None,
        named_in_text: false,
    },
};

fn as_zero() -> Options {
    Options {
        unknowns: Unknowns::Worst,
        ..Options::default()
    }
}

#[test]
fn effective_weight_is_group_share_times_share_within_group() {
    let d = tiny_dataset();
    let w = Weights::defaults(&d).to_real();
    // ISPs: tech ½ · net 1; law ½ · neutral 5/15 and privacy 10/15.
    let e = effective_weights(&d, 0, &w);
    let want = [0.5, 0.5 / 3.0, 1.0 / 3.0];
    for (got, want) in e.iter().zip(want) {
        assert!((got - want).abs() < 1e-12, "{e:?}");
    }
    // E-mail: "neutral" does not apply, so privacy has all of law's half.
    let e = effective_weights(&d, 1, &w);
    assert_eq!(e, vec![0.5, 0.0, 0.5]);
    // Group weights move the shares between groups.
    let mut w2 = Weights::defaults(&d);
    w2.groups = vec![10, 0];
    assert_eq!(effective_weights(&d, 0, &w2.to_real()), vec![1.0, 0.0, 0.0]);
    // A group whose criteria all weigh 0 passes its share on.
    let mut w3 = Weights::defaults(&d);
    w3.criteria = vec![0, 5, 10];
    let e = effective_weights(&d, 0, &w3.to_real());
    assert!((e.iter().sum::<f64>() - 1.0).abs() < 1e-12 && e[0] == 0.0);
}

#[test]
fn total_is_the_weighted_mean_on_0_to_100() {
    let d = tiny_dataset();
    let s = scores(&d, 0, &Weights::defaults(&d), &EXCLUDE);
    // Alpha: 20 · (½·5 + ⅙·1 + ⅓·3) = 73.33…
    assert!(close(s[0].total(), 20.0 * (2.5 + 1.0 / 6.0 + 1.0)));
    assert!(close(s[0].overall.coverage(), 1.0));
    assert_eq!((s[0].overall.known, s[0].overall.applicable), (3, 3));
    // Group sub-totals: tech = 5 of 5; law = (⅙·1 + ⅓·3) / ½ of 5.
    assert!(close(s[0].groups[0].total(), 100.0));
    assert!(close(
        s[0].groups[1].total(),
        20.0 * (1.0 / 6.0 + 1.0) / 0.5
    ));
}

#[test]
fn unknown_is_left_out_by_default_and_shown_in_coverage() {
    let d = tiny_dataset();
    // Beta: neutral unknown. Left out: (½·2 + ⅓·5) / (½ + ⅓) = 3.2 of 5 = 64.
    let beta = &scores(&d, 0, &Weights::defaults(&d), &EXCLUDE)[1];
    assert!(close(beta.total(), 64.0));
    assert!(close(beta.overall.coverage(), 5.0 / 6.0));
    assert_eq!((beta.overall.known, beta.overall.applicable), (2, 3));
    // Counted as 0: (½·2 + ⅙·0 + ⅓·5) / 1 = 2.67 of 5 = 53.3. Coverage does not change.
    let beta0 = &scores(&d, 0, &Weights::defaults(&d), &as_zero())[1];
    assert!(close(beta0.total(), 20.0 * (1.0 + 5.0 / 3.0)));
    assert!(close(beta0.overall.coverage(), 5.0 / 6.0));
}

#[test]
fn nothing_known_means_no_total_unless_unknown_counts_as_zero() {
    let d = tiny_dataset();
    assert_eq!(
        scores(&d, 0, &Weights::defaults(&d), &EXCLUDE)[2].total(),
        None
    );
    assert!(close(
        scores(&d, 0, &Weights::defaults(&d), &as_zero())[2].total(),
        0.0
    ));
}

#[test]
fn criteria_that_do_not_apply_are_left_out() {
    let d = tiny_dataset();
    // Delta (e-mail): net ½ · 4 + privacy ½ · 2 = 3 of 5, whatever "neutral" weighs.
    let mut w = Weights::defaults(&d);
    w.criteria[1] = 10;
    let delta = &scores(&d, 1, &w, &as_zero())[0];
    assert!(close(delta.total(), 60.0));
    assert_eq!(delta.overall.applicable, 2);
}

#[test]
fn all_weights_zero_gives_no_total_and_no_division_by_zero() {
    let d = tiny_dataset();
    for w in [
        Weights {
            criteria: vec![0, 0, 0],
            groups: vec![5, 5],
        },
        Weights {
            criteria: vec![5, 5, 10],
            groups: vec![0, 0],
        },
    ] {
        for options in [EXCLUDE, as_zero()] {
            for s in scores(&d, 0, &w, &options) {
                assert_eq!(s.total(), None);
                assert_eq!(s.overall.coverage(), None);
                assert!(s.groups.iter().all(|g| g.total().is_none()));
            }
        }
    }
}

#[test]
fn a_weight_of_zero_removes_a_criterion() {
    let d = tiny_dataset();
    let mut w = Weights::defaults(&d);
    w.criteria[2] = 0; // privacy
    let s = scores(&d, 0, &w, &EXCLUDE);
    // law is now "neutral" alone. Alpha: ½·5 + ½·1 = 3 → 60; Beta: only net known → 2 → 40.
    assert!(close(s[0].total(), 60.0));
    assert!(close(s[1].total(), 40.0));
    assert_eq!(s[1].groups[1].total(), None);
}

#[test]
fn knock_outs_cap_the_total_and_can_be_switched_off() {
    let mut v = tiny();
    v["knockouts"] = json!([
        { "id": "neutral-poor", "criterion": "neutral", "at_most": 1, "cap": 40, "reason": "Drosselt Dienste" },
        { "id": "privacy-poor", "criterion": "privacy", "at_most": 2, "cap": 50, "reason": { "de": "Datenschutz mangelhaft", "en": "Poor privacy" } }
    ]);
    let d = parse(&v).unwrap();
    let w = Weights::defaults(&d);
    let s = scores(&d, 0, &w, &EXCLUDE);
    // Alpha scores 1 in neutral: 73.3 capped at 40.
    assert!(close(s[0].raw_total(), 20.0 * (2.5 + 1.0 / 6.0 + 1.0)));
    assert!(close(s[0].total(), 40.0));
    assert_eq!(s[0].caps, vec![0]);
    assert!(s[0].capped());
    // Beta's neutral is unknown: no cap (an unknown score triggers nothing).
    assert!(s[1].caps.is_empty());
    assert!(close(s[1].total(), 64.0));
    // Delta (e-mail) scores 2 in privacy: capped at 50, but 60 → 50.
    let delta = &scores(&d, 1, &w, &EXCLUDE)[0];
    assert_eq!(delta.caps, vec![1]);
    assert!(close(delta.total(), 50.0));
    // Two rules hitting: the lower cap wins. Switched off: no cap.
    let off = Options {
        knockouts: vec![false, true],
        ..Options::default()
    };
    let s = scores(&d, 0, &w, &off);
    assert!(s[0].caps.is_empty() && !s[0].capped());
    // A cap above the total changes nothing and is not shown as a downgrade.
    let mut v2 = v.clone();
    v2["knockouts"][1]["cap"] = json!(90);
    let d2 = parse(&v2).unwrap();
    let delta = &scores(&d2, 1, &Weights::defaults(&d2), &EXCLUDE)[0];
    assert_eq!(delta.caps, vec![1]);
    assert!(!delta.capped());
    assert!(close(delta.total(), 60.0));
}

#[test]
fn minimums_exclude_with_the_reason_and_unknown_does_not_meet_them() {
    let d = tiny_dataset();
    let w = Weights::defaults(&d);
    // At least 3 in privacy: Alpha (3) and Beta (5) pass.
    let o = Options {
        minimums: vec![0, 0, 3],
        ..Options::default()
    };
    let s = scores(&d, 0, &w, &o);
    assert!(!s[0].excluded() && !s[1].excluded());
    // At least 2 in neutral: Alpha has 1, Beta unknown — both out, with the criterion named.
    let o = Options {
        minimums: vec![0, 2, 0],
        ..Options::default()
    };
    let s = scores(&d, 0, &w, &o);
    assert_eq!(s[0].unmet, vec![1]);
    assert_eq!(s[1].unmet, vec![1]);
    assert_eq!(s[0].total(), None);
    assert!(
        s[0].raw_total().is_some(),
        "the raw total is still known, for the reason shown"
    );
    // A minimum on a duty that does not apply (neutral for e-mail) excludes nobody.
    let delta = &scores(&d, 1, &w, &o)[0];
    assert!(!delta.excluded());
}

#[test]
fn contributions_add_up_to_the_total() {
    let d = tiny_dataset();
    let w = Weights::defaults(&d).to_real();
    let eff = effective_weights(&d, 0, &w);
    let alpha = contributions(&d, 0, &eff, Unknowns::LeaveOut);
    let sum: f64 = alpha.iter().flatten().sum();
    let total = score_provider(&d, 0, &eff, &Options::default())
        .total()
        .unwrap();
    assert!((sum - total).abs() < 1e-9);
    // net contributes 20 · ½ · 5 = 50 points.
    assert!(close(alpha[0], 50.0));
    let beta = contributions(&d, 1, &eff, Unknowns::LeaveOut);
    assert_eq!(beta[1], None, "unknown is not counted");
    // An unknown score brings no points to show, however it counts in the total.
    assert_eq!(contributions(&d, 1, &eff, Unknowns::Worst)[1], None);
    assert_eq!(contributions(&d, 1, &eff, Unknowns::Best)[1], None);
}

#[test]
fn score_type_lists_the_providers_of_one_type_in_dataset_order() {
    let d = tiny_dataset();
    let w = Weights::defaults(&d);
    let isp: Vec<_> = scores(&d, 0, &w, &EXCLUDE)
        .iter()
        .map(|s| s.provider)
        .collect();
    assert_eq!(isp, vec![0, 1, 2]);
    let mail: Vec<_> = scores(&d, 1, &w, &EXCLUDE)
        .iter()
        .map(|s| s.provider)
        .collect();
    assert_eq!(mail, vec![3]);
}

#[test]
fn the_contribution_list_keeps_dataset_order_and_drops_what_adds_nothing() {
    let list = [Some(3.0), None, Some(0.0), Some(12.5), Some(-1.0)];
    assert_eq!(
        provider_compare::scoring::positive_contributions(&list),
        vec![(0, 3.0), (3, 12.5)]
    );
}

#[test]
fn separating_duties_are_the_largest_differences_first_and_at_most_the_limit() {
    use provider_compare::scoring::separating;
    let a = [Some(10.0), Some(2.0), None, Some(5.0), Some(1.0)];
    let b = [Some(4.0), Some(2.01), Some(3.0), Some(5.0), None];
    // Differences: +6, −0.01, none (unknown on one side), 0, none: a duty without a value on
    // either side has no difference in points to show.
    assert_eq!(separating(&a, &b, 0.05, 4), vec![(0, 6.0)]);
    let c = [Some(10.0), Some(2.0), Some(6.0), Some(5.0), Some(1.0)];
    assert_eq!(separating(&c, &b, 0.05, 2), vec![(0, 6.0), (2, 3.0)]);
    // Equal sizes: the earlier duty first, whatever the sign.
    assert_eq!(
        separating(&[Some(2.0), Some(0.0)], &[Some(0.0), Some(2.0)], 0.05, 4),
        vec![(0, 2.0), (1, -2.0)]
    );
    assert!(separating(&[], &[], 0.05, 4).is_empty());
}

/// The grid the widget scores from on every slider step gives exactly what scoring each provider
/// from its ratings gives: every type of the shipped dataset, each way of counting unknowns, with
/// minimums and knock-outs, for all providers and for a country's.
#[test]
fn scoring_from_the_grid_is_scoring_from_the_ratings() {
    use provider_compare::scoring::{score_grid, Grid};
    let d = common::shipped();
    let w = Weights::defaults(&d);
    let mut checked = 0;
    for kind in 0..d.types.len() {
        let eff = effective_weights(&d, kind, &w.to_real());
        for unknowns in Unknowns::ALL {
            for scope in [
                Scope::default(),
                Scope {
                    country: Some("AT".into()),
                    ..Scope::default()
                },
            ] {
                let mut minimums = vec![0; d.criteria.len()];
                minimums[0] = 3;
                let o = Options {
                    unknowns,
                    knockouts: vec![true; d.knockouts.len()],
                    minimums,
                    scope,
                };
                let grid = Grid::of_type(&d, kind, &o.scope);
                let expected: Vec<ProviderScore> = d
                    .providers_in(kind, &o.scope)
                    .map(|(p, _)| score_provider(&d, p, &eff, &o))
                    .collect();
                assert_eq!(score_grid(&d, &grid, &eff, &o), expected);
                assert_eq!(score_type(&d, kind, &w.to_real(), &o), expected);
                checked += expected.len();
            }
        }
    }
    assert!(checked > 100, "{checked}");
    // Providers the dataset does not have are left out of a grid.
    assert_eq!(
        score_grid(&d, &Grid::new(&d, [usize::MAX]), &[], &EXCLUDE),
        Vec::new()
    );
}
