//! Decision analysis, checked against known answers: rank-order-centroid weights, an AHP example
//! from the literature, and the sensitivity thresholds of a hand-worked case (see comments).

mod common;

use common::{parse, tiny, tiny_dataset};
use provider_compare::scoring::Options;
use provider_compare::sensitivity::{
    compared_pair, leader_interval, pair_verdict, stability, PairVerdict, Param,
};
use provider_compare::weighting::{
    ahp, comparison_matrix, pairs, roc, Weights, CR_LIMIT, RANDOM_INDEX,
};
use serde_json::json;

#[test]
fn rank_order_centroid_for_four() {
    let w = roc(4);
    for (got, want) in w.iter().zip([0.5208, 0.2708, 0.1458, 0.0625]) {
        assert!((got - want).abs() < 5e-5, "{w:?}");
    }
}

/// Saaty, T. L. (2008). Decision making with the analytic hierarchy process. International
/// Journal of Services Sciences 1(1), 83–98: "Which drink is consumed more in the U.S.?"
/// (coffee, wine, tea, beer, sodas, milk, water). Published priorities .177 .019 .042 .116 .190
/// .129 .327 and C.R. = .022 — computed there with RI(7) = 1.35 from Saaty's later RI table.
#[test]
fn ahp_reproduces_saatys_drink_example() {
    let a: Vec<Vec<f64>> = vec![
        vec![1.0, 9.0, 5.0, 2.0, 1.0, 1.0, 0.5],
        vec![
            1.0 / 9.0,
            1.0,
            1.0 / 3.0,
            1.0 / 9.0,
            1.0 / 9.0,
            1.0 / 9.0,
            1.0 / 9.0,
        ],
        vec![0.2, 3.0, 1.0, 1.0 / 3.0, 0.25, 1.0 / 3.0, 1.0 / 9.0],
        vec![0.5, 9.0, 3.0, 1.0, 0.5, 1.0, 1.0 / 3.0],
        vec![1.0, 9.0, 4.0, 2.0, 1.0, 2.0, 0.5],
        vec![1.0, 9.0, 3.0, 1.0, 0.5, 1.0, 1.0 / 3.0],
        vec![2.0, 9.0, 9.0, 3.0, 2.0, 3.0, 1.0],
    ];
    let r = ahp(&a).unwrap();
    let published = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327];
    for (got, want) in r.weights.iter().zip(published) {
        assert!((got - want).abs() < 0.0005, "{:?}", r.weights);
    }
    assert!(
        ((r.ci / 1.35) * 1000.0).round() / 1000.0 - 0.022 < 1e-12,
        "CR with the paper's RI: {}",
        r.ci / 1.35
    );
    assert!((r.ci / 1.35 - 0.022).abs() < 0.0005);
    // With the classic table this widget uses (RI(7) = 1.32) it is still well below 0.10.
    assert!((r.cr.unwrap() - r.ci / 1.32).abs() < 1e-12 && r.cr.unwrap() < CR_LIMIT);
    assert_eq!(RANDOM_INDEX[5], 1.12);
}

#[test]
fn ahp_names_the_most_inconsistent_judgement() {
    // Weights 8 : 4 : 2 : 1 stated consistently, except that A against D is turned round
    // ("D is 8 times as important as A"). That judgement is the one to revise.
    assert_eq!(
        pairs(4),
        vec![(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
    );
    let judgements = [1, 3, -7, 1, 3, 1];
    let r = ahp(&comparison_matrix(4, &judgements)).unwrap();
    assert!(r.cr.unwrap() > CR_LIMIT, "CR {}", r.cr.unwrap());
    assert_eq!(r.worst_pair, Some((0, 3)));
    // Put right, it is consistent.
    let r = ahp(&comparison_matrix(4, &[1, 3, 7, 1, 3, 1])).unwrap();
    assert!(r.cr.unwrap() < 1e-9);
}

fn defaults() -> (provider_compare::dataset::Dataset, Weights, Options) {
    let d = tiny_dataset();
    let w = Weights::defaults(&d);
    (d, w, Options::default())
}

/// Tiny fixture, ISPs, defaults: Alpha 73.3 leads Beta 64.
/// - privacy weight x: Alpha ≥ Beta ⟺ 0.5x² + 2.5x + 12.5 ≥ 0, always: Alpha leads on all of 0–10.
/// - net weight: net is alone in its group, so its weight matters only at 0, where the group
///   drops out and Beta (privacy 5) leads: Alpha leads on (0, 10].
/// - law group weight z: Alpha ≥ Beta ⟺ 16z² − 15z − 675 ≤ 0 ⟺ z ≤ (15 + √43425)/32 ≈ 6.98.
/// - tech group weight x: Alpha ≥ Beta ⟺ 27x² + 15x − 400 ≥ 0 ⟺ x ≥ (−15 + √43425)/54 ≈ 3.58.
#[test]
fn leader_intervals_match_the_hand_worked_case() {
    let (d, w, o) = defaults();
    let i = leader_interval(&d, 0, &w, &o, 0, Param::Criterion(2)).unwrap();
    assert_eq!((i.lo, i.hi), (0.0, 10.0));
    let i = leader_interval(&d, 0, &w, &o, 0, Param::Criterion(0)).unwrap();
    assert_eq!(
        (i.lo, i.hi),
        (0.0, 10.0),
        "the boundary at 0 itself is excluded but reported"
    );
    let i = leader_interval(&d, 0, &w, &o, 0, Param::Group(1)).unwrap();
    assert_eq!(i.lo, 0.0);
    assert!(
        (i.hi - (15.0 + 43425f64.sqrt()) / 32.0).abs() < 1e-9,
        "{}",
        i.hi
    );
    let i = leader_interval(&d, 0, &w, &o, 0, Param::Group(0)).unwrap();
    assert!(
        (i.lo - (-15.0 + 43425f64.sqrt()) / 54.0).abs() < 1e-9,
        "{}",
        i.lo
    );
    assert_eq!(i.hi, 10.0);
    // Beta is not first, so it has no interval.
    assert!(leader_interval(&d, 0, &w, &o, 1, Param::Group(0)).is_none());
}

#[test]
fn the_smallest_single_change_that_swaps_two_providers() {
    let (d, w, o) = defaults();
    match pair_verdict(&d, 0, &w, &o, 1, 0) {
        PairVerdict::Flip {
            ahead,
            behind,
            flip,
        } => {
            assert_eq!((ahead, behind), (0, 1));
            assert_eq!(flip.param, Param::Group(0));
            assert!((flip.threshold - 3.5812).abs() < 1e-4, "{}", flip.threshold);
            assert!(!flip.upward, "Beta gets ahead when tech falls below it");
            assert!((flip.distance() - 1.4188).abs() < 1e-4);
        }
        other => panic!("{other:?}"),
    }
    // Gamma has no total: nothing to swap.
    assert_eq!(pair_verdict(&d, 0, &w, &o, 0, 2), PairVerdict::Unranked(2));
}

#[test]
fn the_compared_pair_defaults_to_first_and_second() {
    let (d, w, o) = defaults();
    // Nothing chosen: Alpha (first) against Beta (second); Gamma, without a total, comes last.
    let (a, b, verdict) = compared_pair(&d, 0, &w, &o, (None, None)).unwrap();
    assert_eq!((a, b), (0, 1));
    assert_eq!(verdict, pair_verdict(&d, 0, &w, &o, 0, 1));
    // With tech down to 2 Beta is first, so the default pair turns round.
    let mut low = w.clone();
    low.groups[0] = 2;
    assert_eq!(
        compared_pair(&d, 0, &low, &o, (None, None)).map(|c| (c.0, c.1)),
        Some((1, 0))
    );
    // A chosen side is kept; the other defaults to the best one that is not the same.
    let (a, b, verdict) = compared_pair(&d, 0, &w, &o, (Some(2), None)).unwrap();
    assert_eq!((a, b), (2, 0));
    assert_eq!(verdict, PairVerdict::Unranked(2));
    assert_eq!(
        compared_pair(&d, 0, &w, &o, (None, Some(0))).map(|c| (c.0, c.1)),
        Some((1, 0)),
        "B chosen as the leader: A defaults to the best of the rest"
    );
    // The same provider twice, or one of another type, is not a pair to compare.
    assert!(compared_pair(&d, 0, &w, &o, (Some(1), Some(1))).is_none());
    let mail = d.providers.iter().position(|p| p.kind == 1).unwrap();
    assert_eq!(
        compared_pair(&d, 0, &w, &o, (Some(mail), Some(1))).map(|c| (c.0, c.1)),
        Some((0, 1)),
        "a provider of another type is ignored"
    );
}

#[test]
fn equal_totals_are_reported_as_a_tie() {
    let mut v = tiny();
    for c in ["net", "neutral", "privacy"] {
        v["providers"][0]["ratings"][c]["score"] = json!(4);
    }
    v["providers"][1]["ratings"]["net"]["score"] = json!(4);
    v["providers"][1]["ratings"]["privacy"]["score"] = json!(4);
    let d = parse(&v).unwrap();
    assert_eq!(
        pair_verdict(&d, 0, &Weights::defaults(&d), &Options::default(), 0, 1),
        PairVerdict::Tied
    );
}

#[test]
fn a_lead_that_no_single_change_can_take_is_fixed() {
    // Alpha scores 5 everywhere: nobody can pass it by any one weight.
    let mut v = tiny();
    for c in ["net", "neutral", "privacy"] {
        v["providers"][0]["ratings"][c]["score"] = json!(5);
    }
    let d = parse(&v).unwrap();
    let w = Weights::defaults(&d);
    assert_eq!(
        pair_verdict(&d, 0, &w, &Options::default(), 0, 1),
        PairVerdict::Fixed {
            ahead: 0,
            behind: 1
        }
    );
    let s = stability(&d, 0, &w, &Options::default()).unwrap();
    assert_eq!(s.leader, 0);
    assert!(!s.close());
}

#[test]
fn stability_names_the_closest_flip_and_who_would_lead() {
    let (d, w, o) = defaults();
    let s = stability(&d, 0, &w, &o).unwrap();
    assert_eq!(s.leader, 0);
    let (flip, new_leader) = s.closest.unwrap();
    assert_eq!((flip.param, new_leader), (Param::Group(0), 1));
    assert!(s.close(), "a change of 1.4 slider steps flips first place");
}

#[test]
fn knock_out_caps_move_the_thresholds() {
    // Alpha's neutral score of 1 triggers the rule: its 73.3 is capped at 60, below Beta's 64.
    let mut v = tiny();
    v["knockouts"] =
        json!([{ "id": "k", "criterion": "neutral", "at_most": 1, "cap": 60, "reason": "x" }]);
    let d = parse(&v).unwrap();
    let w = Weights::defaults(&d);
    let s = stability(&d, 0, &w, &Options::default()).unwrap();
    assert_eq!(s.leader, 1);
    // Switched off, Alpha is back.
    let off = Options {
        knockouts: vec![false],
        ..Options::default()
    };
    assert_eq!(stability(&d, 0, &w, &off).unwrap().leader, 0);
}
