//! Known answers for unknown scores on the small fixture (`common::tiny`): each total's range
//! (worst case: unknowns as 0; best case: as 5, with knock-outs and minimums), the choice of how
//! unknowns count, the "not settled" rule for first place and for pairs, and comparisons that
//! name unknown duties instead of giving points.
//!
//! Default weights of the fixture (type `isp`): net 1/2, neutral 1/6, privacy 1/3.
//! Alpha (5, 1, 3) = 73.3 with no unknowns; Beta (2, ?, 5) = 64.0 left out, 53.3 as 0, 70.0 as 5.

mod common;

use common::{parse, tiny};
use provider_compare::ranking::{rank, unsettled_first};
use provider_compare::scoring::{
    contributions, order_settled, score_type, separating, unknown_in_either, Options,
    ProviderScore, Unknowns, Unsettled,
};
use provider_compare::text::Lang;
use provider_compare::weighting::{effective_weights, Weights};
use serde_json::{json, Value};

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

/// The fixture with Gamma's scores known and low (1, 1, 1 = 20), so that only Beta has an unknown.
fn fixture() -> Value {
    let mut v = tiny();
    for c in ["net", "neutral", "privacy"] {
        v["providers"][2]["ratings"][c] = json!({ "score": 1, "why": "w", "sources": [{ "url": "https://g.example/", "title": "q", "date": "2025" }] });
    }
    v
}

fn scores(v: &Value, o: &Options) -> Vec<ProviderScore> {
    let d = parse(v).unwrap();
    score_type(&d, 0, &Weights::defaults(&d).to_real(), o)
}

fn with(unknowns: Unknowns) -> Options {
    Options {
        unknowns,
        ..Options::default()
    }
}

#[test]
fn ranges_are_the_totals_with_unknowns_as_0_and_as_5() {
    let s = scores(&fixture(), &Options::default());
    let (alpha, beta) = (&s[0], &s[1]);
    // No unknowns: the range is the total itself.
    assert!(!alpha.range.open());
    assert!(close(alpha.range.worst, 73.0 + 1.0 / 3.0));
    assert!(close(alpha.range.best, 73.0 + 1.0 / 3.0));
    // Beta: 64.0 with its unknown left out, 53.3 with it as 0, 70.0 with it as 5.
    assert!(close(beta.total(), 64.0));
    assert!(close(beta.range.worst, 53.0 + 1.0 / 3.0));
    assert!(close(beta.range.best, 70.0));
    assert_eq!(beta.overall.unknown, 1);
    // The point value follows the choice; the range does not.
    for (u, t) in [
        (Unknowns::LeaveOut, 64.0),
        (Unknowns::Worst, 53.0 + 1.0 / 3.0),
        (Unknowns::Best, 70.0),
    ] {
        let s = scores(&fixture(), &with(u));
        assert!(close(s[1].total(), t), "{u:?}: {:?}", s[1].total());
        assert_eq!(s[1].range, beta.range);
    }
}

#[test]
fn the_worst_case_triggers_knock_outs_and_misses_minimums_on_unknowns() {
    let mut v = fixture();
    v["knockouts"] = json!([{ "id": "neutral-zero", "criterion": "neutral", "at_most": 0, "cap": 40, "reason": "r" }]);
    let s = scores(&v, &Options::default());
    // Beta's unknown neutrality triggers nothing when left out, caps at 40 as 0, nothing as 5.
    assert!(close(s[1].total(), 64.0));
    assert!(close(s[1].range.worst, 40.0));
    assert!(close(s[1].range.best, 70.0));
    let worst = scores(&v, &with(Unknowns::Worst));
    assert!(close(worst[1].total(), 40.0));
    assert_eq!(worst[1].caps, vec![0]);

    // A minimum on the unknown duty: excluded when left out and as 0, met as 5.
    let d = parse(&fixture()).unwrap();
    let o = |u| Options {
        unknowns: u,
        minimums: vec![0, 1, 0],
        ..Options::default()
    };
    let w = Weights::defaults(&d).to_real();
    let s = score_type(&d, 0, &w, &o(Unknowns::LeaveOut));
    assert_eq!(s[1].total(), None);
    assert_eq!(s[1].range.worst, None);
    assert!(close(s[1].range.best, 70.0));
    let best = score_type(&d, 0, &w, &o(Unknowns::Best));
    assert!(close(best[1].total(), 70.0));
    assert!(!best[1].excluded());
}

/// The cloud case: Beta leads only because its unknown is left out.
fn cloud_case() -> Value {
    let mut v = fixture();
    v["providers"][1]["ratings"]["net"]["score"] = json!(3);
    v
}

#[test]
fn a_leader_that_leads_only_because_of_an_unknown_is_not_settled() {
    let v = cloud_case();
    let d = parse(&v).unwrap();
    let w = Weights::defaults(&d).to_real();
    // Beta (3, ?, 5): 76.0 left out, 63.3 as 0, 80.0 as 5; Alpha 73.3 either way.
    let ranked = rank(&d, score_type(&d, 0, &w, &Options::default()), Lang::De);
    assert_eq!(ranked[0].score.provider, 1);
    assert!(close(ranked[0].score.total(), 76.0));
    assert_eq!(
        unsettled_first(&ranked),
        Some(Unsettled {
            leader: 1,
            challenger: 0,
            unknown: 1
        })
    );
    // Counting unknowns as 0 puts Alpha first; Beta's best case (80) still beats Alpha's 73.3.
    let ranked = rank(&d, score_type(&d, 0, &w, &with(Unknowns::Worst)), Lang::De);
    assert_eq!(ranked[0].score.provider, 0);
    assert_eq!(
        unsettled_first(&ranked),
        Some(Unsettled {
            leader: 0,
            challenger: 1,
            unknown: 1
        })
    );
    // The pair is not settled either way.
    assert!(!order_settled(
        &ranked[0].score.range,
        &ranked[1].score.range
    ));
}

#[test]
fn a_leader_ahead_even_in_its_worst_case_is_settled() {
    let d = parse(&fixture()).unwrap();
    let w = Weights::defaults(&d).to_real();
    let ranked = rank(&d, score_type(&d, 0, &w, &Options::default()), Lang::De);
    // Alpha 73.3 (no unknowns) ≥ Beta's best case 70.0.
    assert_eq!(ranked[0].score.provider, 0);
    assert_eq!(unsettled_first(&ranked), None);
    assert!(order_settled(
        &ranked[0].score.range,
        &ranked[1].score.range
    ));
    // Nobody ranked: nothing to settle.
    assert_eq!(unsettled_first(&[]), None);
}

#[test]
fn the_challenger_is_the_highest_best_case_above_the_leaders_worst() {
    // Gamma all unknown: no total when left out, but 0–100 as range, so it outbids Alpha.
    let d = parse(&{
        let mut v = cloud_case();
        v["providers"][2] = tiny()["providers"][2].clone();
        v
    })
    .unwrap();
    let w = Weights::defaults(&d).to_real();
    let ranked = rank(&d, score_type(&d, 0, &w, &Options::default()), Lang::De);
    assert_eq!(
        unsettled_first(&ranked),
        Some(Unsettled {
            leader: 1,
            challenger: 2,
            unknown: 4
        })
    );
}

#[test]
fn comparisons_name_unknown_duties_instead_of_giving_points() {
    let d = parse(&fixture()).unwrap();
    let eff = effective_weights(&d, 0, &Weights::defaults(&d).to_real());
    for u in Unknowns::ALL {
        let a = contributions(&d, 0, &eff, u);
        let b = contributions(&d, 1, &eff, u);
        // Neutrality is unknown for Beta: no contribution, no difference, named instead.
        assert_eq!(b[1], None);
        assert!(separating(&a, &b, 0.0, 10).iter().all(|&(c, _)| c != 1));
        assert_eq!(unknown_in_either(&d, 0, 1, &eff), vec![1]);
        assert_eq!(unknown_in_either(&d, 0, 2, &eff), Vec::<usize>::new());
    }
}
