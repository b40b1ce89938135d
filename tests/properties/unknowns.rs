//! Unknown scores: for every choice of how they count, the total shown lies within its range
//! (worst case – best case), and an order the range calls settled holds under every filling of
//! the unknowns with scores 0–5 (knock-outs and minimums included).

use proptest::prelude::*;
use provider_compare::dataset::Dataset;
use provider_compare::scoring::{cmp_optional, order_settled, score_type, Options, Unknowns};
use provider_compare::validate::parse_dataset;
use provider_compare::weighting::Weights;
use serde_json::{json, Value};
use std::cmp::Ordering;

#[derive(Clone, Debug)]
struct Case {
    groups: usize,
    criteria: Vec<usize>,
    scores: Vec<Vec<Option<u8>>>,
    fill: Vec<Vec<u8>>,
    weights: Vec<u8>,
    group_weights: Vec<u8>,
    knockout: Option<(usize, u8, u8)>,
    minimum: Option<(usize, u8)>,
}

fn arb_case() -> impl Strategy<Value = Case> {
    (1usize..4)
        .prop_flat_map(|groups| (Just(groups), groups..7, 2usize..6))
        .prop_flat_map(|(groups, criteria, providers)| {
            (
                Just(groups),
                prop::collection::vec(0..groups, criteria),
                prop::collection::vec(
                    prop::collection::vec(
                        prop_oneof![1 => Just(None), 2 => (0u8..6).prop_map(Some)],
                        criteria,
                    ),
                    providers,
                ),
                prop::collection::vec(prop::collection::vec(0u8..6, criteria), providers),
                prop::collection::vec(0u8..11, criteria),
                prop::collection::vec(0u8..11, groups),
                prop::option::of((0..criteria, 0u8..6, 0u8..101)),
                prop::option::of((0..criteria, 1u8..6)),
            )
                .prop_map(
                    |(
                        groups,
                        mut criteria,
                        scores,
                        fill,
                        weights,
                        group_weights,
                        knockout,
                        minimum,
                    )| {
                        for (g, slot) in criteria.iter_mut().take(groups).enumerate() {
                            *slot = g;
                        }
                        Case {
                            groups,
                            criteria,
                            scores,
                            fill,
                            weights,
                            group_weights,
                            knockout,
                            minimum,
                        }
                    },
                )
        })
}

/// The case as a dataset; with `filled`, every unknown replaced by its score from `case.fill`.
fn dataset(case: &Case, filled: bool) -> Option<Dataset> {
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
            "ratings": row.iter().enumerate().map(|(c, s)| {
                let s = if filled { s.or(Some(case.fill[p][c])) } else { *s };
                (format!("c{c}"), match s {
                    Some(s) => json!({ "score": s, "why": "w", "sources": src }),
                    None => json!({ "score": "unknown" }),
                })
            }).collect::<serde_json::Map<_, _>>()
        })).collect::<Vec<_>>(),
        "knockouts": case.knockout.iter().map(|(c, a, k)| json!({
            "id": "k", "criterion": format!("c{c}"), "at_most": a, "cap": k, "reason": "r"
        })).collect::<Vec<_>>(),
    });
    parse_dataset(&v.to_string()).ok()
}

fn options(case: &Case, unknowns: Unknowns) -> Options {
    let mut minimums = vec![0; case.criteria.len()];
    if let Some((c, m)) = case.minimum {
        minimums[c] = m;
    }
    Options {
        unknowns,
        knockouts: Vec::new(),
        minimums,
        scope: Default::default(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_total_for_every_choice_lies_within_its_range(case in arb_case()) {
        let Some(d) = dataset(&case, false) else { return Ok(()) };
        let w = Weights { criteria: case.weights.clone(), groups: case.group_weights.clone() }.to_real();
        let base = score_type(&d, 0, &w, &options(&case, Unknowns::LeaveOut));
        for unknowns in Unknowns::ALL {
            for s in score_type(&d, 0, &w, &options(&case, unknowns)) {
                // The range does not depend on the choice.
                prop_assert_eq!(s.range, base[s.provider].range);
                // "No total" (no known weight left, or a minimum missed) is not a value to bound.
                if s.total().is_some() {
                    prop_assert!(s.range.contains(s.total()), "{:?}: {:?} not in {:?}", unknowns, s.total(), s.range);
                }
                match unknowns {
                    Unknowns::Worst => prop_assert_eq!(cmp_optional(s.total(), s.range.worst), Ordering::Equal),
                    Unknowns::Best => prop_assert_eq!(cmp_optional(s.total(), s.range.best), Ordering::Equal),
                    Unknowns::LeaveOut => {}
                }
                if s.overall.unknown == 0 {
                    prop_assert!(!s.range.open());
                }
            }
        }
    }

    #[test]
    fn a_settled_order_holds_under_every_filling(case in arb_case()) {
        let (Some(d), Some(filled)) = (dataset(&case, false), dataset(&case, true)) else { return Ok(()) };
        let w = Weights { criteria: case.weights.clone(), groups: case.group_weights.clone() }.to_real();
        let o = options(&case, Unknowns::LeaveOut);
        let ranges = score_type(&d, 0, &w, &o);
        let totals = score_type(&filled, 0, &w, &o);
        for a in &ranges {
            let t = totals[a.provider].total();
            // Every filling's total lies within the range.
            prop_assert!(a.range.contains(t), "{:?} not in {:?}", t, a.range);
            for b in &ranges {
                if a.provider != b.provider
                    && order_settled(&a.range, &b.range)
                    && cmp_optional(a.range.worst, b.range.best) != Ordering::Less
                {
                    prop_assert_ne!(
                        cmp_optional(t, totals[b.provider].total()),
                        Ordering::Less,
                        "settled {:?} ≥ {:?} broken by a filling", a.range, b.range
                    );
                }
            }
        }
    }
}
