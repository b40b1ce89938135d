//! The classroom state (issue 13): the projector view, the classroom panels and the roles for
//! class, through the reducer and the share link. The roles are added by hand to the tiny
//! fixture (the dataset format's parsing of roles is part A's).

mod common;

use std::rc::Rc;

use common::tiny_dataset;
use provider_compare::dataset::{Dataset, Role, SharedDataset};
use provider_compare::share::{decode, encode, Field, LinkIssue};
use provider_compare::state::{equal_weights, Action, AppState, Panel, EQUAL_WEIGHT};
use provider_compare::text::{Lang, Text};

fn role(id: &str, name: &str) -> Role {
    Role {
        id: id.to_owned(),
        name: Text::neutral(name),
        scenario: Text::neutral(format!("{name}: Ausgangslage")),
        task: Text::neutral(format!("{name}: Aufgabe")),
    }
}

fn with_roles() -> Dataset {
    let mut d = tiny_dataset();
    d.roles = vec![role("family", "Familie"), role("shop", "Onlineshop")];
    d
}

fn shared(d: Dataset) -> SharedDataset {
    SharedDataset(Rc::new(d))
}

fn loaded() -> (AppState, SharedDataset) {
    let d = shared(with_roles());
    (
        AppState::new(Lang::De).reduce(Action::Loaded(Ok(d.clone()))),
        d,
    )
}

#[test]
fn choosing_a_role_starts_from_equal_weights_and_closes_the_panel() {
    let (s, d) = loaded();
    let s = s
        .reduce(Action::SetWeight {
            criterion: 0,
            weight: 9,
        })
        .reduce(Action::OpenPanel(Some(Panel::Roles)));
    assert_eq!(s.panel, Some(Panel::Roles));
    let s = s.reduce(Action::ChooseRole(Some(1)));
    assert_eq!(s.role, Some(1));
    assert_eq!(s.panel, None);
    assert_eq!(s.weighting.weights, equal_weights(&d));
    assert!(s
        .weighting
        .weights
        .criteria
        .iter()
        .all(|&w| w == EQUAL_WEIGHT));
    assert!(s
        .weighting
        .weights
        .groups
        .iter()
        .all(|&w| w == EQUAL_WEIGHT));
    assert_eq!(s.weighting.preset, None);
    // Settled: no drag in progress, so the address bar is written.
    assert!(!s.weighting.dragging());
}

#[test]
fn an_unknown_role_index_is_ignored_and_leaving_keeps_the_weights() {
    let (s, _) = loaded();
    let before = s.clone();
    assert_eq!(s.reduce(Action::ChooseRole(Some(7))), before);
    let s = s
        .reduce(Action::ChooseRole(Some(0)))
        .reduce(Action::SetWeight {
            criterion: 1,
            weight: 2,
        });
    let weights = s.weighting.weights.clone();
    let s = s.reduce(Action::ChooseRole(None));
    assert_eq!(s.role, None);
    assert_eq!(s.weighting.weights, weights);
}

#[test]
fn a_role_needs_a_dataset() {
    let s = AppState::new(Lang::De).reduce(Action::ChooseRole(Some(0)));
    assert_eq!(s.role, None);
}

#[test]
fn the_role_and_the_weights_from_equal_travel_in_the_link() {
    let (s, d) = loaded();
    let s = s
        .reduce(Action::ChooseRole(Some(0)))
        .reduce(Action::SetWeight {
            criterion: 0,
            weight: 9,
        })
        .reduce(Action::WeightsSettled);
    let view = s.shared_view().unwrap();
    assert_eq!(view.role.as_deref(), Some("family"));
    // Only the weight that differs from equal weights is written.
    assert_eq!(view.weights, vec![(d.criteria[0].id.clone(), 9)]);
    assert!(view.group_weights.is_empty());
    let link = encode(&view);
    assert!(link.contains("~r.family"), "{link}");
    // A pupil's link, opened by the teacher: the same role and weights.
    let (back, issues) = decode(&link);
    assert!(issues.is_empty());
    let t = AppState::starting_with(Lang::De, Some(back), Vec::new())
        .reduce(Action::Loaded(Ok(d.clone())));
    assert!(t.link_issues.is_empty(), "{:?}", t.link_issues);
    assert_eq!(t.role, Some(0));
    assert_eq!(t.weighting.weights, s.weighting.weights);
}

#[test]
fn an_unknown_role_in_a_link_is_reported_and_the_rest_is_used() {
    let d = shared(with_roles());
    let criterion = d.criteria[0].id.clone();
    let (view, _) = decode(&format!("1~l.en~r.pirate~v.p~w.{criterion}:9"));
    let s = AppState::starting_with(Lang::De, Some(view), Vec::new())
        .reduce(Action::Loaded(Ok(d.clone())));
    assert_eq!(s.role, None);
    // The link's weights are changes from equal weights, as for a known role.
    let w = &s.weighting.weights;
    assert_eq!(w.criteria[0], 9);
    assert!(w.criteria[1..].iter().all(|&x| x == 5), "{:?}", w.criteria);
    assert!(w.groups.iter().all(|&x| x == 5), "{:?}", w.groups);
    assert!(s.projector);
    assert_eq!(s.lang, Lang::En);
    assert_eq!(
        s.link_issues,
        vec![LinkIssue::UnknownId {
            field: Field::Role,
            id: "pirate".to_owned()
        }]
    );
    let message = provider_compare::i18n::link_issue(Lang::De, &s.link_issues[0]);
    assert!(message.contains("Die Rolle „pirate“"), "{message}");
}

#[test]
fn the_projector_view_is_a_switch_and_part_of_the_link() {
    let (s, _) = loaded();
    assert!(!s.projector);
    assert!(!encode(&s.shared_view().unwrap()).contains("v.p"));
    let on = s.reduce(Action::SetProjector(true));
    assert!(on.projector);
    // The ranking does not change.
    assert_eq!(on.weighting, s.weighting);
    let link = encode(&on.shared_view().unwrap());
    assert!(link.ends_with("~v.p"), "{link}");
    assert!(!on.reduce(Action::SetProjector(false)).projector);
}

#[test]
fn a_preset_over_a_role_keeps_the_role_and_the_link_names_both() {
    let mut d = with_roles();
    let mut v = common::tiny();
    v["presets"] = serde_json::json!([
        { "id": "plain", "name": "Schlicht", "rationale": "Alles gleich." }
    ]);
    d.presets = common::parse(&v).unwrap().presets;
    let d = shared(d);
    let s = AppState::new(Lang::De)
        .reduce(Action::Loaded(Ok(d.clone())))
        .reduce(Action::ChooseRole(Some(1)))
        .reduce(Action::ApplyPreset(0));
    assert_eq!(s.role, Some(1));
    let (view, _) = decode(&encode(&s.shared_view().unwrap()));
    let t = AppState::starting_with(Lang::De, Some(view), Vec::new()).reduce(Action::Loaded(Ok(d)));
    assert_eq!(t.role, Some(1));
    assert_eq!(t.weighting.weights, s.weighting.weights);
    assert_eq!(t.weighting.preset, Some(0));
}

#[test]
fn a_new_dataset_forgets_the_role_but_not_the_projector() {
    let (s, d) = loaded();
    let s = s
        .reduce(Action::SetProjector(true))
        .reduce(Action::ChooseRole(Some(0)))
        .reduce(Action::Loaded(Ok(d)));
    assert_eq!(s.role, None);
    assert!(s.projector);
}
