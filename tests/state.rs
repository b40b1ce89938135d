//! The reducer: every action, and the invariants it keeps against stale or hostile actions.

mod common;

use std::rc::Rc;

use common::{parse, tiny, tiny_dataset};
use provider_compare::dataset::SharedDataset;
use provider_compare::ranking::{Sort, SortColumn, SortDir};
use provider_compare::scoring::Unknowns;
use provider_compare::state::{Action, Announcement, AppState, Load, LoadError};
use provider_compare::text::Lang;
use provider_compare::weighting::Method;
use provider_compare::weighting::Weights;
use serde_json::{json, Value};

fn load(d: provider_compare::dataset::Dataset) -> AppState {
    AppState::new(Lang::De).reduce(Action::Loaded(Ok(SharedDataset(Rc::new(d)))))
}

fn loaded() -> AppState {
    load(tiny_dataset())
}

/// The tiny fixture with two presets and a knock-out rule.
fn with_extras() -> Value {
    let mut v = tiny();
    v["groups"][0]["default_weight"] = json!(6);
    v["presets"] = json!([
        { "id": "privacy-first", "name": "Datenschutz zuerst", "rationale": "Daten zählen am meisten.",
          "group_weights": { "law": 10, "tech": 2 }, "weights": { "privacy": 10, "net": 3 } },
        { "id": "plain", "name": "Schlicht", "rationale": "Alles gleich." }
    ]);
    v["knockouts"] = json!([
        { "id": "neutral-poor", "criterion": "neutral", "at_most": 1, "cap": 40, "reason": "Drosselt" }
    ]);
    v
}

fn all_zero(mut s: AppState) -> AppState {
    for c in 0..3 {
        s = s.reduce(Action::SetWeight {
            criterion: c,
            weight: 0,
        });
    }
    s
}

#[test]
fn starts_loading_in_the_given_language() {
    let s = AppState::new(Lang::En);
    assert_eq!(s.load, Load::Loading);
    assert_eq!(s.lang, Lang::En);
    assert!(s.dataset().is_none());
}

#[test]
fn loading_sets_defaults_for_everything() {
    let s = load(parse(&with_extras()).unwrap());
    assert_eq!(
        s.weighting.weights,
        Weights {
            criteria: vec![5, 5, 10],
            groups: vec![6, 5]
        }
    );
    assert_eq!(s.kind, 0);
    assert_eq!(s.weighting.order, vec![0, 1]);
    assert_eq!(s.weighting.judgements, vec![0]);
    assert_eq!(s.options.knockouts, vec![true]);
    assert_eq!(s.options.minimums, vec![0, 0, 0]);
    assert_eq!(s.weighting.preset, None);
    assert!(!s.weights_changed());
}

#[test]
fn loading_starts_on_a_type_that_has_providers() {
    let mut d = tiny_dataset();
    d.providers.retain(|p| p.kind == 1);
    assert_eq!(load(d).kind, 1);
}

#[test]
fn a_failed_load_can_be_retried() {
    let failed = AppState::new(Lang::De).reduce(Action::Loaded(Err(LoadError::Http(404))));
    assert_eq!(failed.load, Load::Failed(LoadError::Http(404)));
    let retry = failed.reduce(Action::Retry);
    assert_eq!(retry.load, Load::Loading);
    assert_eq!(retry.attempt, failed.attempt + 1);
}

#[test]
fn weights_are_clamped_and_bad_indices_ignored() {
    let s = loaded().reduce(Action::SetWeight {
        criterion: 1,
        weight: 200,
    });
    assert_eq!(s.weighting.weights.criteria, vec![5, 10, 10]);
    let s = s.reduce(Action::SetGroupWeight {
        group: 0,
        weight: 99,
    });
    assert_eq!(s.weighting.weights.groups, vec![10, 5]);
    assert!(s.weights_changed());
    let same = s
        .reduce(Action::SetWeight {
            criterion: 7,
            weight: 3,
        })
        .reduce(Action::SetGroupWeight {
            group: 9,
            weight: 3,
        });
    assert_eq!(same.weighting.weights, s.weighting.weights);
    assert_eq!(
        s.reduce(Action::ResetWeights).weighting.weights,
        Weights {
            criteria: vec![5, 5, 10],
            groups: vec![5, 5]
        }
    );
}

#[test]
fn presets_set_all_sliders_and_a_slider_move_makes_them_custom() {
    let s = load(parse(&with_extras()).unwrap()).reduce(Action::ApplyPreset(0));
    assert_eq!(s.weighting.preset, Some(0));
    // Given values, and the defaults for what the preset leaves out.
    assert_eq!(
        s.weighting.weights,
        Weights {
            criteria: vec![3, 5, 10],
            groups: vec![2, 10]
        }
    );
    let custom = s.reduce(Action::SetWeight {
        criterion: 0,
        weight: 4,
    });
    assert_eq!(custom.weighting.preset, None);
    assert_eq!(
        s.reduce(Action::ApplyPreset(1)).weighting.weights,
        Weights {
            criteria: vec![5, 5, 10],
            groups: vec![6, 5]
        }
    );
    assert_eq!(
        s.reduce(Action::ApplyPreset(7)),
        s,
        "an unknown preset changes nothing"
    );
}

#[test]
fn ordering_groups_sets_rank_order_centroid_weights() {
    let s = loaded().reduce(Action::SetMethod(Method::Ranking));
    assert_eq!(s.weighting.method, Method::Ranking);
    // Move "law" (position 1) to the top: ROC for 2 items is ¾, ¼ → sliders 10 and 3.
    let s = s.reduce(Action::MoveGroup { from: 1, to: 0 });
    assert_eq!(s.weighting.order, vec![1, 0]);
    assert_eq!(s.weighting.weights.groups, vec![3, 10]);
    assert_eq!(s.weighting.preset, None);
    assert_eq!(
        s.reduce(Action::MoveGroup { from: 0, to: 5 }),
        s,
        "out of range: ignored"
    );
}

#[test]
fn pairwise_judgements_set_ahp_weights() {
    // "tech is 3 times as important as law": priorities ¾ and ¼ → sliders 10 and 3.
    let s = loaded().reduce(Action::SetJudgement { pair: 0, value: 2 });
    assert_eq!(s.weighting.judgements, vec![2]);
    assert_eq!(s.weighting.weights.groups, vec![10, 3]);
    // Out-of-scale values are clamped to Saaty's 1–9.
    let s = s.reduce(Action::SetJudgement {
        pair: 0,
        value: -100,
    });
    assert_eq!(s.weighting.judgements, vec![-8]);
    assert_eq!(s.weighting.weights.groups, vec![1, 10]);
}

#[test]
fn first_place_is_announced_only_when_a_change_settles_and_it_moved() {
    // Tiny fixture, ISPs: Alpha 73.3 leads Beta 64 with the defaults.
    let s = loaded();
    assert_eq!(s.leaders, vec![0]);
    assert_eq!(s.announcement, None, "the first ranking is not news");
    // Dragging net and neutral to 0 (only privacy counts: Beta 5 > Alpha 3) says nothing yet …
    let dragging = s
        .reduce(Action::SetWeight {
            criterion: 0,
            weight: 0,
        })
        .reduce(Action::SetWeight {
            criterion: 1,
            weight: 0,
        });
    assert_eq!(dragging.announcement, None);
    // … releasing does.
    let settled = dragging.reduce(Action::WeightsSettled);
    assert_eq!(settled.announcement, Some(Announcement::Leaders(vec![1])));
    assert_eq!(settled.leaders, vec![1]);
    // A settle that keeps first place keeps the announcement as it was.
    let again = settled
        .reduce(Action::SetWeight {
            criterion: 2,
            weight: 6,
        })
        .reduce(Action::WeightsSettled);
    assert_eq!(again.announcement, settled.announcement);
    // All weights 0: nothing can lead.
    let zero = all_zero(loaded()).reduce(Action::WeightsSettled);
    assert_eq!(zero.announcement, Some(Announcement::Leaders(vec![])));
    // Reset is a settled change too.
    assert_eq!(
        zero.reduce(Action::ResetWeights).announcement,
        Some(Announcement::Leaders(vec![0]))
    );
}

#[test]
fn knock_outs_and_minimums_are_settled_changes() {
    use provider_compare::state::Announcement::Leaders;
    // With the knock-out, Alpha (neutral 1) is capped at 40: Beta 64 leads from the start.
    let s = load(parse(&with_extras()).unwrap());
    assert_eq!(s.leaders, vec![1]);
    let off = s.reduce(Action::SetKnockout { rule: 0, on: false });
    assert_eq!(off.options.knockouts, vec![false]);
    assert_eq!(off.announcement, Some(Leaders(vec![0])));
    assert_eq!(
        off.reduce(Action::SetKnockout { rule: 4, on: true })
            .options
            .knockouts,
        vec![false]
    );
    // At least 4 in privacy excludes Alpha (3) and Gamma (unknown).
    let min = loaded().reduce(Action::SetMinimum {
        criterion: 2,
        minimum: 4,
    });
    assert_eq!(min.options.minimums, vec![0, 0, 4]);
    assert_eq!(min.leaders, vec![1]);
    assert_eq!(
        loaded()
            .reduce(Action::SetMinimum {
                criterion: 0,
                minimum: 9
            })
            .options
            .minimums,
        vec![5, 0, 0]
    );
}

#[test]
fn switching_type_or_language_moves_the_baseline_silently() {
    let s = loaded().reduce(Action::SetKind(1));
    assert_eq!(s.leaders, vec![3]);
    assert_eq!(s.announcement, None);
    let s = s
        .reduce(Action::SetLang(Lang::En))
        .reduce(Action::WeightsSettled);
    assert_eq!(s.announcement, None);
}

#[test]
fn counting_unknowns_as_zero_is_a_settled_change() {
    // Unknown as 0 keeps Alpha first (73.3 vs 53.3): nothing to announce.
    let s = loaded().reduce(Action::SetUnknowns(Unknowns::Worst));
    assert_eq!(s.options.unknowns, Unknowns::Worst);
    assert_eq!(s.announcement, None);
}

#[test]
fn switching_type_closes_the_detail_and_ignores_unknown_types() {
    let s = loaded().reduce(Action::Select(Some(1)));
    assert_eq!(s.table.selected, Some(1));
    let s = s.reduce(Action::SetKind(1));
    assert_eq!((s.kind, s.table.selected), (1, None));
    assert_eq!(s.reduce(Action::SetKind(9)).kind, 1);
}

#[test]
fn only_providers_of_the_current_type_can_be_selected_or_compared() {
    let s = loaded();
    assert_eq!(s.reduce(Action::Select(Some(3))).table.selected, None); // Delta is e-mail
    assert_eq!(s.reduce(Action::Select(Some(42))).table.selected, None);
    assert_eq!(s.reduce(Action::Select(Some(2))).table.selected, Some(2));
    assert_eq!(
        s.reduce(Action::SetPair(Some(1), Some(3))).comparison.pair,
        (Some(1), None)
    );
}

#[test]
fn sorting_toggles_per_column_and_is_announced() {
    let s = loaded().reduce(Action::SortBy(SortColumn::Total));
    assert_eq!(
        (s.table.sort.column, s.table.sort.dir),
        (SortColumn::Total, SortDir::Descending)
    );
    assert_eq!(
        s.announcement,
        Some(Announcement::Sorted(Sort {
            column: SortColumn::Total,
            dir: SortDir::Descending
        }))
    );
    assert_eq!(
        s.reduce(Action::SortBy(SortColumn::Total)).table.sort.dir,
        SortDir::Ascending
    );
}

#[test]
fn actions_before_loading_change_nothing_they_should_not() {
    let s = AppState::new(Lang::De);
    for a in [
        Action::SetKind(1),
        Action::SetWeight {
            criterion: 0,
            weight: 3,
        },
        Action::SetGroupWeight {
            group: 0,
            weight: 3,
        },
        Action::ResetWeights,
        Action::ApplyPreset(0),
        Action::MoveGroup { from: 0, to: 1 },
        Action::SetJudgement { pair: 0, value: 3 },
        Action::SetKnockout { rule: 0, on: false },
        Action::SetMinimum {
            criterion: 0,
            minimum: 3,
        },
        Action::Select(Some(0)),
        Action::SetPair(Some(0), Some(1)),
    ] {
        assert_eq!(s.reduce(a.clone()), s, "{a:?}");
    }
}

#[test]
fn a_long_table_renders_the_rows_in_view_and_a_buffer() {
    use provider_compare::state::rows_in_view;
    // The table body starts 300 px below the top of an 800 px viewport; rows are 50 px high:
    // rows 0–9 are visible, 20 more below, rounded to steps of 10.
    assert_eq!(rows_in_view(1000, 300.0, 800.0, 50.0, 20, 10), (0, 40));
    // Scrolled 5,000 px into the table: rows 100–115 are visible.
    assert_eq!(rows_in_view(1000, -5000.0, 800.0, 50.0, 20, 10), (80, 140));
    // Past the end, and for nonsense measurements, the window stays inside the table.
    assert_eq!(rows_in_view(1000, -1e9, 800.0, 50.0, 20, 10), (1000, 1000));
    assert_eq!(rows_in_view(30, f64::NAN, f64::NAN, 0.0, 5, 10), (0, 10));
    assert_eq!(rows_in_view(0, 0.0, 800.0, 50.0, 20, 10), (0, 0));
}

#[test]
fn the_focused_row_stays_in_the_window() {
    use provider_compare::state::including;
    assert_eq!(including((80, 140), Some(17), 10, 1000), (10, 140));
    assert_eq!(including((80, 140), Some(500), 10, 1000), (80, 510));
    assert_eq!(including((80, 140), Some(100), 10, 1000), (80, 140));
    assert_eq!(including((80, 140), None, 10, 1000), (80, 140));
    assert_eq!(
        including((80, 140), Some(5000), 10, 1000),
        (80, 140),
        "no such row"
    );
    assert_eq!(including((0, 30), Some(998), 10, 999), (0, 999));
}

/// The shipped core as a core without parts (as cores were before `evidence_parts`, and as a
/// host's own may be), and its complete file. The core with its parts: `tests/state_evidence.rs`.
fn shipped_pair() -> (SharedDataset, SharedDataset) {
    let read = |f: &str| {
        let text =
            std::fs::read_to_string(format!("{}/data/{f}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        provider_compare::validate::parse_dataset(&text).unwrap()
    };
    let core = provider_compare::dataset::Dataset {
        evidence_parts: Vec::new(),
        ..read("providers.core.json")
    };
    (
        SharedDataset(Rc::new(core)),
        SharedDataset(Rc::new(read("providers.json"))),
    )
}

/// A core ranks at once; its evidence is fetched when a detail, a comparison or printing needs
/// it, and then shown in its place with everything the reader set kept.
#[test]
fn the_evidence_of_a_core_is_fetched_when_needed_and_swapped_in() {
    use provider_compare::state::Evidence;
    let (core, full) = shipped_pair();
    let s = AppState::new(Lang::De).reduce(Action::Loaded(Ok(core.clone())));
    assert_eq!(
        s.evidence,
        Evidence::Idle,
        "not fetched for the ranking alone"
    );
    let s = s.reduce(Action::SetWeight {
        criterion: 0,
        weight: 9,
    });
    let first = s.dataset().unwrap().providers_of(s.kind).next().unwrap().0;
    let s = s.reduce(Action::Select(Some(first)));
    assert_eq!(s.evidence, Evidence::Loading, "a detail needs it");
    let s = s.reduce(Action::EvidenceLoaded(Ok(full.clone())));
    assert_eq!(s.evidence, Evidence::Complete);
    assert!(matches!(&s.load, Load::Ready(d) if !d.is_core()));
    assert_eq!(s.table.selected, Some(first), "the detail stays open");
    assert_eq!(s.weighting.weights.criteria[0], 9, "the weights stay");

    // A side-by-side comparison needs it too; a failure is said and can be retried.
    let s = AppState::new(Lang::De).reduce(Action::Loaded(Ok(core.clone())));
    let s = s.reduce(Action::ToggleCompare(first));
    assert_eq!(s.evidence, Evidence::Loading);
    let s = s.reduce(Action::EvidenceLoaded(Err(LoadError::Http(404))));
    assert_eq!(s.evidence, Evidence::Failed(LoadError::Http(404)));
    assert!(
        matches!(&s.load, Load::Ready(d) if d.is_core()),
        "the core keeps working"
    );
    assert_eq!(s.reduce(Action::WantEvidence).evidence, Evidence::Loading);

    // A complete file that is not this core's is refused.
    let mut other = (*full).clone();
    other.providers.swap(0, 1);
    let s = AppState::new(Lang::De)
        .reduce(Action::Loaded(Ok(core.clone())))
        .reduce(Action::WantEvidence)
        .reduce(Action::EvidenceLoaded(Ok(SharedDataset(Rc::new(other)))));
    assert!(matches!(
        s.evidence,
        Evidence::Failed(LoadError::Invalid(_))
    ));

    // Printing waits for the evidence, then prints (once).
    let s = AppState::new(Lang::De)
        .reduce(Action::Loaded(Ok(core.clone())))
        .reduce(Action::Print);
    assert!(s.print_pending && !s.printing && s.print_requests == 0);
    let s = s.reduce(Action::EvidenceLoaded(Ok(full.clone())));
    assert!(!s.print_pending && s.printing && s.print_requests == 1);
    // A complete dataset prints at once and never fetches anything.
    let s = AppState::new(Lang::De)
        .reduce(Action::Loaded(Ok(full)))
        .reduce(Action::Select(Some(first)));
    assert_eq!(s.evidence, Evidence::Complete);
    let s = s.reduce(Action::Print);
    assert!(s.printing && s.print_requests == 1);
}

#[test]
fn the_pair_comparison_never_shows_one_provider_twice() {
    use provider_compare::share::{decode, Field, LinkIssue};
    // Tiny fixture, ISPs: Alpha (0) leads Beta (1); Gamma (2) has no data.
    let s = loaded();
    assert_eq!(s.shown_pair(), Some((0, 1)));
    // A picks what B shows: the two swap.
    let swapped = s.reduce(Action::SetPair(Some(1), Some(1)));
    assert_eq!(swapped.comparison.pair, (Some(1), Some(0)));
    assert_eq!(swapped.shown_pair(), Some((1, 0)));
    // B picks what A shows: the two swap.
    let chosen = s.reduce(Action::SetPair(Some(0), Some(2)));
    assert_eq!(chosen.comparison.pair, (Some(0), Some(2)));
    let back = chosen.reduce(Action::SetPair(Some(0), Some(0)));
    assert_eq!(back.comparison.pair, (Some(2), Some(0)));
    // Distinct choices are taken as they are.
    assert_eq!(
        s.reduce(Action::SetPair(Some(2), Some(1))).comparison.pair,
        (Some(2), Some(1))
    );
    // A link that names one provider twice is repaired on load: B follows the ranking, and the
    // notice says what was not used.
    let (view, issues) = decode("1~t.isp~c.alpha,alpha");
    let linked = s.reduce(Action::Restore(Box::new(view), issues));
    assert_eq!(linked.comparison.pair, (Some(0), None));
    assert_eq!(linked.shown_pair(), Some((0, 1)));
    assert!(linked.link_issues.contains(&LinkIssue::Duplicate {
        field: Field::Pair,
        id: "alpha".into()
    }));
    let (view, issues) = decode("1~t.isp~c.beta,beta");
    let pending = AppState::starting_with(Lang::De, Some(view), issues)
        .reduce(Action::Loaded(Ok(SharedDataset(Rc::new(tiny_dataset())))));
    assert_eq!(pending.shown_pair(), Some((1, 0)));
    // The repaired view is what the next link writes.
    let written = linked.shared_view().unwrap();
    assert_eq!(written.pair, (Some("alpha".into()), None));
}

#[test]
fn the_order_and_pairwise_methods_say_whether_they_are_applied_and_apply_on_request() {
    let s = loaded().reduce(Action::SetMethod(Method::Ranking));
    // Defaults 5 and 5; the order tech, law gives 10 and 3: shown, not yet applied.
    assert_eq!(s.weighting.order_sliders(), vec![10, 3]);
    assert!(!s.weighting.order_applied());
    let applied = s.reduce(Action::ApplyOrder);
    assert_eq!(applied.weighting.weights.groups, vec![10, 3]);
    assert!(applied.weighting.order_applied());
    assert_eq!(applied.weighting.preset, None);
    assert_eq!(
        applied.reduce(Action::ApplyOrder),
        applied,
        "nothing more to do"
    );
    // Pairwise: no judgement means "all equally important", sliders 10 and 10.
    let s = loaded().reduce(Action::SetMethod(Method::Pairwise));
    assert_eq!(s.weighting.judgement_sliders(), Some(vec![10, 10]));
    assert!(!s.weighting.judgements_applied());
    let applied = s.reduce(Action::ApplyJudgements);
    assert_eq!(applied.weighting.weights.groups, vec![10, 10]);
    assert!(applied.weighting.judgements_applied());
    // Before a dataset, nothing happens.
    let empty = AppState::new(Lang::De);
    assert_eq!(empty.reduce(Action::ApplyOrder), empty);
    assert_eq!(empty.reduce(Action::ApplyJudgements), empty);
}

#[test]
fn a_weighting_choice_that_keeps_first_place_says_so() {
    // Alpha leads with the defaults and after applying the order (tech 10, law 3).
    let s = loaded().reduce(Action::ApplyOrder);
    assert_eq!(s.leaders, vec![0]);
    assert_eq!(s.announcement, Some(Announcement::StillLeading(vec![0])));
    // A judgement that moves first place announces the new leader instead.
    let moved = s.reduce(Action::SetJudgement { pair: 0, value: -8 });
    assert_eq!(moved.announcement, Some(Announcement::Leaders(vec![1])));
}

#[test]
fn consistency_is_judged_only_with_enough_judgements() {
    use provider_compare::state::{consistency_judged, implied_judgement, judgements_needed};
    // Two groups cannot contradict each other; three need all three pairs; five need five of ten.
    assert!(!consistency_judged(&[8], 2));
    assert_eq!(judgements_needed(3), 3);
    assert!(!consistency_judged(&[4, 0, 0], 3));
    assert!(!consistency_judged(&[4, -2, 0], 3));
    assert!(consistency_judged(&[4, -2, 1], 3));
    assert_eq!(judgements_needed(5), 5);
    assert!(!consistency_judged(&[-4, 8, 0, 0, -8, 0, 0, 0, 0, 0], 5));
    assert!(consistency_judged(&[-4, 8, 0, 0, -8, 0, 0, -2, 0, -2], 5));
    // What the weights 4:2:1 imply for each pair, on the judgement scale.
    let w = [4.0 / 7.0, 2.0 / 7.0, 1.0 / 7.0];
    assert_eq!(implied_judgement(&w, 0, 1), 1); // 2 times
    assert_eq!(implied_judgement(&w, 0, 2), 3); // 4 times
    assert_eq!(implied_judgement(&w, 2, 0), -3);
    assert_eq!(implied_judgement(&w, 1, 1), 0);
    assert_eq!(implied_judgement(&w, 0, 9), 0, "no such group");
    assert_eq!(implied_judgement(&[1.0, 0.0], 0, 1), 0, "no weight");
}
