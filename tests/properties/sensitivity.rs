//! The thresholds that sensitivity computes from the formula agree with a brute-force scan of the
//! weight in steps of 0.005, on random datasets (random scores, unknowns, weights, knock-out caps
//! and the "unknown as 0" switch).

use proptest::prelude::*;
use provider_compare::dataset::Dataset;
use provider_compare::ranking::rank;
use provider_compare::scoring::{cmp_optional, score_type, Options, Unknowns};
use provider_compare::sensitivity::{
    leader_interval, overview, pair_verdict, params, PairVerdict, Param,
};
use provider_compare::text::Lang;
use provider_compare::validate::parse_dataset;
use provider_compare::weighting::{RealWeights, Weights};
use serde_json::{json, Value};
use std::cmp::Ordering;

const STEP: f64 = 0.005;

#[derive(Clone, Debug)]
struct Case {
    groups: usize,
    criteria: Vec<usize>,         // group of each criterion
    scores: Vec<Vec<Option<u8>>>, // provider × criterion
    weights: Vec<u8>,
    group_weights: Vec<u8>,
    knockout: Option<(usize, u8, u8)>,
    unknowns: Unknowns,
}

fn arb_case() -> impl Strategy<Value = Case> {
    (2usize..4)
        .prop_flat_map(|groups| (Just(groups), groups..6, 2usize..6))
        .prop_flat_map(|(groups, criteria, providers)| {
            (
                Just(groups),
                prop::collection::vec(0..groups, criteria),
                prop::collection::vec(
                    prop::collection::vec(
                        prop_oneof![1 => Just(None), 4 => (0u8..6).prop_map(Some)],
                        criteria,
                    ),
                    providers,
                ),
                prop::collection::vec(0u8..11, criteria),
                prop::collection::vec(0u8..11, groups),
                prop::option::of((0..criteria, 0u8..4, 20u8..90)),
                prop_oneof![
                    Just(Unknowns::LeaveOut),
                    Just(Unknowns::Worst),
                    Just(Unknowns::Best)
                ],
            )
                .prop_map(
                    |(groups, mut criteria, scores, weights, group_weights, knockout, unknowns)| {
                        // Every group needs a criterion: the first ones go to each group in turn.
                        for (g, slot) in criteria.iter_mut().take(groups).enumerate() {
                            *slot = g;
                        }
                        Case {
                            groups,
                            criteria,
                            scores,
                            weights,
                            group_weights,
                            knockout,
                            unknowns,
                        }
                    },
                )
        })
}

fn dataset(case: &Case) -> Option<Dataset> {
    let src = json!([{ "url": "https://x.example/", "title": "x", "date": "2020" }]);
    let v: Value = json!({
        "format_version": 1,
        "title": "t",
        "checked": "2026-01-01",
        "groups": (0..case.groups).map(|g| json!({ "id": format!("g{g}"), "name": "g" })).collect::<Vec<_>>(),
        "types": [{ "id": "t", "name": "t" }],
        "criteria": case.criteria.iter().enumerate().map(|(c, g)| json!({
            "id": format!("c{c}"), "group": format!("g{g}"), "name": "c", "description": "d",
            "applies_to": ["t"], "default_weight": 1
        })).collect::<Vec<_>>(),
        "providers": case.scores.iter().enumerate().map(|(p, row)| json!({
            "id": format!("p{p}"), "name": format!("P{p}"), "type": "t", "website": "https://p.example/",
            "ratings": row.iter().enumerate().map(|(c, s)| (format!("c{c}"), match s {
                Some(s) => json!({ "score": s, "why": "w", "sources": src }),
                None => json!({ "score": "unknown" }),
            })).collect::<serde_json::Map<_, _>>()
        })).collect::<Vec<_>>(),
        "knockouts": case.knockout.iter().map(|(c, a, k)| json!({
            "id": "k", "criterion": format!("c{c}"), "at_most": a, "cap": k, "reason": "r"
        })).collect::<Vec<_>>(),
    });
    parse_dataset(&v.to_string()).ok()
}

fn totals(d: &Dataset, w: &RealWeights, o: &Options) -> Vec<(usize, Option<f64>)> {
    score_type(d, 0, w, o)
        .iter()
        .map(|s| (s.provider, s.total()))
        .collect()
}

fn at(w: &Weights, param: Param, x: f64) -> RealWeights {
    let mut r = w.to_real();
    match param {
        Param::Criterion(c) => r.criteria[c] = x,
        Param::Group(g) => r.groups[g] = x,
    }
    r
}

fn leads(t: &[(usize, Option<f64>)], p: usize) -> bool {
    let Some(mine) = t.iter().find(|(q, _)| *q == p).and_then(|(_, v)| *v) else {
        return false;
    };
    t.iter()
        .all(|(q, v)| *q == p || cmp_optional(*v, Some(mine)) != Ordering::Greater)
}

fn grid() -> Vec<f64> {
    (0..=2000).map(|i| i as f64 * STEP).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn leader_intervals_match_a_brute_force_scan(case in arb_case()) {
        let Some(d) = dataset(&case) else { return Ok(()) };
        let w = Weights { criteria: case.weights.clone(), groups: case.group_weights.clone() };
        let o = Options { unknowns: case.unknowns, ..Options::default() };
        let ranked = rank(&d, score_type(&d, 0, &w.to_real(), &o), Lang::De);
        let Some(leader) = ranked.first().filter(|r| r.rank == Some(1)).map(|r| r.score.provider) else {
            return Ok(());
        };
        for param in params(&d, 0) {
            let x0 = match param { Param::Criterion(c) => f64::from(w.criteria[c]), Param::Group(g) => f64::from(w.groups[g]) };
            let interval = leader_interval(&d, 0, &w, &o, leader, param);
            prop_assert!(interval.is_some(), "the leader must have an interval ({param:?})");
            let i = interval.unwrap();
            prop_assert!(i.lo <= x0 + 1e-12 && x0 <= i.hi + 1e-12);
            // Walk the grid from x0 until the leader is no longer first.
            let g = grid();
            let i0 = g.iter().position(|&x| (x - x0).abs() < 1e-9).unwrap();
            let status = |x: f64| leads(&totals(&d, &at(&w, param, x), &o), leader);
            let mut lo = i0;
            while lo > 0 && status(g[lo - 1]) { lo -= 1; }
            let mut hi = i0;
            while hi + 1 < g.len() && status(g[hi + 1]) { hi += 1; }
            prop_assert!((g[lo] - i.lo).abs() <= STEP + 1e-9, "{param:?}: lo {} vs scan {}", i.lo, g[lo]);
            prop_assert!((g[hi] - i.hi).abs() <= STEP + 1e-9, "{param:?}: hi {} vs scan {}", i.hi, g[hi]);
        }
    }

    #[test]
    fn pair_flips_match_a_brute_force_scan(case in arb_case(), pick in (0usize..5, 0usize..5)) {
        let Some(d) = dataset(&case) else { return Ok(()) };
        let n = d.providers.len();
        let (a, b) = (pick.0 % n, pick.1 % n);
        if a == b { return Ok(()); }
        let w = Weights { criteria: case.weights.clone(), groups: case.group_weights.clone() };
        let o = Options { unknowns: case.unknowns, ..Options::default() };
        let verdict = pair_verdict(&d, 0, &w, &o, a, b);
        let (ahead, behind, claimed) = match verdict {
            PairVerdict::Flip { ahead, behind, flip } => (ahead, behind, Some(flip.distance())),
            PairVerdict::Fixed { ahead, behind } => (ahead, behind, None),
            PairVerdict::Tied | PairVerdict::Unranked(_) => return Ok(()),
        };
        // The nearest grid point, over all weights, where `behind` is strictly ahead.
        let mut scanned: Option<f64> = None;
        for param in params(&d, 0) {
            let x0 = match param { Param::Criterion(c) => f64::from(w.criteria[c]), Param::Group(g) => f64::from(w.groups[g]) };
            for x in grid() {
                let t = totals(&d, &at(&w, param, x), &o);
                let get = |p: usize| t.iter().find(|(q, _)| *q == p).and_then(|(_, v)| *v);
                if cmp_optional(get(behind), get(ahead)) == Ordering::Greater {
                    let dist = (x - x0).abs();
                    scanned = Some(scanned.map_or(dist, |s: f64| s.min(dist)));
                }
            }
        }
        match (claimed, scanned) {
            (Some(c), Some(s)) => prop_assert!((c - s).abs() <= STEP + 1e-9, "claimed {c}, scanned {s}"),
            (None, None) => {}
            (c, s) => prop_assert!(false, "claimed {c:?}, scanned {s:?}"),
        }
    }

    /// The overview the panel shows (one model per weight) agrees with the single-weight
    /// functions, and its closest flip is the nearest point, over all weights, where the leader
    /// is no longer first.
    #[test]
    fn the_overview_matches_its_parts_and_a_scan(case in arb_case()) {
        let Some(d) = dataset(&case) else { return Ok(()) };
        let w = Weights { criteria: case.weights.clone(), groups: case.group_weights.clone() };
        let o = Options { unknowns: case.unknowns, ..Options::default() };
        let ov = overview(&d, 0, &w, &o);
        let Some(leader) = ov.leader else {
            prop_assert!(ov.stability.is_none());
            return Ok(());
        };
        let mut scanned: Option<f64> = None;
        for param in params(&d, 0) {
            let shown = match param { Param::Criterion(c) => ov.criteria[c], Param::Group(g) => ov.groups[g] };
            prop_assert_eq!(shown, leader_interval(&d, 0, &w, &o, leader, param));
            let x0 = match param { Param::Criterion(c) => f64::from(w.criteria[c]), Param::Group(g) => f64::from(w.groups[g]) };
            for x in grid() {
                // A flip needs someone to take first place, not merely the leader losing its
                // total with nobody left.
                let t = totals(&d, &at(&w, param, x), &o);
                let someone_else = t.iter().any(|(p, v)| *p != leader && v.is_some());
                if !leads(&t, leader) && someone_else {
                    let dist = (x - x0).abs();
                    scanned = Some(scanned.map_or(dist, |s: f64| s.min(dist)));
                }
            }
        }
        let claimed = ov.stability.and_then(|s| s.closest).map(|(f, _)| f.distance());
        match (claimed, scanned) {
            (Some(c), Some(s)) => prop_assert!((c - s).abs() <= STEP + 1e-9, "claimed {c}, scanned {s}"),
            (None, None) => {}
            (c, s) => prop_assert!(false, "claimed {c:?}, scanned {s:?}"),
        }
    }
}
