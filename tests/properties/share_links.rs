//! Share links: any view survives its link, decoding anything never panics, and any state reached
//! by any actions comes back from its link with the same ranking (on the shipped dataset).

use crate::common::{load, shipped};
use proptest::prelude::*;
use provider_compare::ranking::{rank, SortColumn, SortDir};
use provider_compare::scoring::{score_type, Unknowns};
use provider_compare::share::{
    decode, encode, fragment_get, fragment_set, SharedColumn, SharedView,
};
use provider_compare::state::{Action, AppState};
use provider_compare::text::Lang;
use provider_compare::weighting::Method;

fn arb_id() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9_-]{0,12}"
}

fn arb_view() -> impl Strategy<Value = SharedView> {
    let ids = || prop::collection::vec(arb_id(), 0..5);
    let pairs = |lo: u8, hi: u8| prop::collection::vec((arb_id(), lo..=hi), 0..5);
    let column = prop_oneof![
        Just(SharedColumn::Rank),
        Just(SharedColumn::Name),
        Just(SharedColumn::Total),
        Just(SharedColumn::Coverage),
        arb_id().prop_map(SharedColumn::Group),
    ];
    let dir = prop_oneof![Just(SortDir::Ascending), Just(SortDir::Descending)];
    let method = prop_oneof![
        Just(Method::Sliders),
        Just(Method::Presets),
        Just(Method::Ranking),
        Just(Method::Pairwise)
    ];
    let lang = prop_oneof![Just(Lang::De), Just(Lang::En)];
    (
        (
            prop::option::of(arb_id()),
            prop::option::of(arb_id()),
            pairs(0, 10),
            pairs(0, 10),
            prop::option::of(method),
            ids(),
            prop::collection::vec(-8i8..=8, 0..12),
            prop_oneof![
                Just(Unknowns::LeaveOut),
                Just(Unknowns::Worst),
                Just(Unknowns::Best)
            ],
        ),
        (
            ids(),
            pairs(1, 5),
            prop::option::of((column, dir)),
            prop::option::of(arb_id()),
            (prop::option::of(arb_id()), prop::option::of(arb_id())),
            ids(),
            any::<bool>(),
            prop::option::of(lang),
        ),
        (
            any::<bool>(),
            prop::option::of(arb_id()),
            prop::option::of("[A-Z]{2}"),
            any::<bool>(),
        ),
    )
        .prop_map(|(a, b, c)| SharedView {
            kind: a.0,
            preset: a.1,
            weights: a.2,
            group_weights: a.3,
            method: a.4,
            order: a.5,
            judgements: a.6,
            unknowns: a.7,
            knockouts_off: b.0,
            minimums: b.1,
            sort: b.2,
            selected: b.3,
            pair: b.4,
            compare: b.5,
            show_all: b.6,
            lang: b.7,
            projector: c.0,
            role: c.1,
            country: c.2,
            text_only: c.3,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn every_view_round_trips(view in arb_view()) {
        let link = encode(&view);
        prop_assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || "~.,:_-".contains(c)), "{link}");
        let (back, issues) = decode(&link);
        prop_assert!(issues.is_empty(), "{link}: {issues:?}");
        prop_assert_eq!(back, view);
    }

    #[test]
    fn decoding_anything_never_panics(s in any::<String>()) {
        let _ = decode(&s);
        let _ = fragment_get(&s, "pc");
        let _ = fragment_set(&s, "pc", Some(&s));
    }

    #[test]
    fn decoding_near_misses_never_panics_and_reports_each_bad_part(
        parts in prop::collection::vec("[a-z.,:%0-9-]{0,12}", 0..12)
    ) {
        let link = format!("1~{}", parts.join("~"));
        let (_, issues) = decode(&link);
        prop_assert!(issues.len() <= parts.len() + 1);
    }

    /// Any state reached by any actions comes back from its link: the same view and ranking.
    #[test]
    fn any_state_survives_its_link(actions in prop::collection::vec(arb_action(), 0..25)) {
        let d = shipped();
        let mut s = load(None, Vec::new());
        for a in actions {
            s = s.reduce(a);
        }
        let link = encode(&s.shared_view().unwrap());
        let (view, issues) = decode(&link);
        prop_assert!(issues.is_empty(), "{link}: {issues:?}");
        let r = load(Some(view), Vec::new());
        prop_assert!(r.link_issues.is_empty(), "{link}: {:?}", r.link_issues);
        prop_assert_eq!(r.shared_view(), s.shared_view(), "{}", link);
        prop_assert_eq!(&r.weighting.weights, &s.weighting.weights);
        prop_assert_eq!(&r.options, &s.options);
        prop_assert_eq!((r.kind, r.lang, r.table.sort, r.table.selected, r.comparison.pair), (s.kind, s.lang, s.table.sort, s.table.selected, s.comparison.pair));
        prop_assert_eq!((&r.weighting.order, &r.weighting.judgements, r.weighting.method, &r.comparison.side_by_side), (&s.weighting.order, &s.weighting.judgements, s.weighting.method, &s.comparison.side_by_side));
        let ranking = |s: &AppState| rank(&d, score_type(&d, s.kind, &s.weighting.weights.to_real(), &s.options), Lang::De);
        prop_assert_eq!(ranking(&r), ranking(&s));
    }
}

fn arb_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (0usize..4).prop_map(Action::SetKind),
        (0usize..13, 0u8..=10)
            .prop_map(|(criterion, weight)| Action::SetWeight { criterion, weight }),
        (0usize..5, 0u8..=10).prop_map(|(group, weight)| Action::SetGroupWeight { group, weight }),
        (0usize..5).prop_map(Action::ApplyPreset),
        Just(Action::ResetWeights),
        (0usize..5, 0usize..5).prop_map(|(from, to)| Action::MoveGroup { from, to }),
        (0usize..10, -8i8..=8).prop_map(|(pair, value)| Action::SetJudgement { pair, value }),
        prop_oneof![
            Just(Method::Sliders),
            Just(Method::Presets),
            Just(Method::Ranking),
            Just(Method::Pairwise)
        ]
        .prop_map(Action::SetMethod),
        prop_oneof![
            Just(Unknowns::LeaveOut),
            Just(Unknowns::Worst),
            Just(Unknowns::Best)
        ]
        .prop_map(Action::SetUnknowns),
        (0usize..3, any::<bool>()).prop_map(|(rule, on)| Action::SetKnockout { rule, on }),
        (0usize..13, 0u8..=5)
            .prop_map(|(criterion, minimum)| Action::SetMinimum { criterion, minimum }),
        prop_oneof![
            Just(SortColumn::Rank),
            Just(SortColumn::Name),
            Just(SortColumn::Total),
            Just(SortColumn::Coverage),
            (0usize..5).prop_map(SortColumn::Group)
        ]
        .prop_map(Action::SortBy),
        prop::option::of(0usize..11).prop_map(Action::Select),
        (prop::option::of(0usize..11), prop::option::of(0usize..11))
            .prop_map(|(a, b)| Action::SetPair(a, b)),
        (0usize..11).prop_map(Action::ToggleCompare),
        any::<bool>().prop_map(Action::ShowAllRows),
        prop_oneof![Just(Lang::De), Just(Lang::En)].prop_map(Action::SetLang),
    ]
}
