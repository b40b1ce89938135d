//! The reducer: every action, and the invariants it keeps against stale or hostile actions.

mod common;

use std::rc::Rc;

use common::tiny_dataset;
use provider_compare::dataset::SharedDataset;
use provider_compare::ranking::{SortColumn, SortDir};
use provider_compare::state::{Action, AppState, Load, LoadError};
use provider_compare::text::Lang;

fn loaded() -> AppState {
    AppState::new(Lang::De).reduce(Action::Loaded(Ok(SharedDataset(Rc::new(tiny_dataset())))))
}

#[test]
fn starts_loading_in_the_given_language() {
    let s = AppState::new(Lang::En);
    assert_eq!(s.load, Load::Loading);
    assert_eq!(s.lang, Lang::En);
    assert!(s.dataset().is_none());
}

#[test]
fn loading_sets_the_default_weights_and_the_first_type() {
    let s = loaded();
    assert_eq!(s.weights, vec![5, 5, 10]);
    assert_eq!(s.kind, 0);
    assert!(!s.weights_changed());
}

#[test]
fn loading_starts_on_a_type_that_has_providers() {
    let mut d = tiny_dataset();
    d.providers.retain(|p| p.kind == 1);
    let s = AppState::new(Lang::De).reduce(Action::Loaded(Ok(SharedDataset(Rc::new(d)))));
    assert_eq!(s.kind, 1);
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
    assert_eq!(s.weights, vec![5, 10, 10]);
    assert!(s.weights_changed());
    let same = s.reduce(Action::SetWeight {
        criterion: 7,
        weight: 3,
    });
    assert_eq!(same.weights, s.weights);
    let reset = s.reduce(Action::ResetWeights);
    assert_eq!(reset.weights, vec![5, 5, 10]);
}

#[test]
fn all_weights_zero_is_a_state_not_an_error() {
    let mut s = loaded();
    for c in 0..3 {
        s = s.reduce(Action::SetWeight {
            criterion: c,
            weight: 0,
        });
    }
    assert!(s.all_weights_zero());
    assert!(matches!(s.load, Load::Ready(_)));
}

#[test]
fn switching_type_closes_the_detail_and_ignores_unknown_types() {
    let s = loaded().reduce(Action::Select(Some(1)));
    assert_eq!(s.selected, Some(1));
    let s = s.reduce(Action::SetKind(1));
    assert_eq!((s.kind, s.selected), (1, None));
    let same = s.reduce(Action::SetKind(9));
    assert_eq!(same.kind, 1);
}

#[test]
fn only_providers_of_the_current_type_can_be_selected() {
    let s = loaded();
    assert_eq!(s.reduce(Action::Select(Some(3))).selected, None); // Delta is e-mail
    assert_eq!(s.reduce(Action::Select(Some(42))).selected, None);
    assert_eq!(s.reduce(Action::Select(Some(2))).selected, Some(2));
    assert_eq!(
        s.reduce(Action::Select(Some(2)))
            .reduce(Action::Select(None))
            .selected,
        None
    );
}

#[test]
fn sorting_toggles_per_column() {
    let s = loaded().reduce(Action::SortBy(SortColumn::Total));
    assert_eq!(
        (s.sort.column, s.sort.dir),
        (SortColumn::Total, SortDir::Descending)
    );
    let s = s.reduce(Action::SortBy(SortColumn::Total));
    assert_eq!(s.sort.dir, SortDir::Ascending);
}

#[test]
fn language_and_unknown_switch() {
    let s = loaded()
        .reduce(Action::SetLang(Lang::En))
        .reduce(Action::SetUnknownAsZero(true));
    assert_eq!(s.lang, Lang::En);
    assert!(s.unknown_as_zero);
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
        Action::ResetWeights,
        Action::Select(Some(0)),
    ] {
        let next = s.reduce(a.clone());
        assert_eq!(next, s, "{a:?}");
    }
}

#[test]
fn first_place_is_announced_only_when_a_change_settles_and_it_moved() {
    use provider_compare::state::Announcement;
    // Tiny fixture, ISPs: Beta 80 leads Alpha 60 with the default weights.
    let s = loaded();
    assert_eq!(s.leaders, vec![1]);
    assert_eq!(s.announcement, None, "the first ranking is not news");
    // Dragging the privacy slider to 0 (Alpha 60 > Beta 40) says nothing yet …
    let dragging = s.reduce(Action::SetWeight {
        criterion: 2,
        weight: 0,
    });
    assert_eq!(dragging.announcement, None);
    // … releasing it does.
    let settled = dragging.reduce(Action::WeightsSettled);
    assert_eq!(settled.announcement, Some(Announcement::Leaders(vec![0])));
    assert_eq!(settled.leaders, vec![0]);
    // A settle that keeps first place keeps the announcement as it was (nothing new is spoken).
    let again = settled
        .reduce(Action::SetWeight {
            criterion: 0,
            weight: 6,
        })
        .reduce(Action::WeightsSettled);
    assert_eq!(again.announcement, settled.announcement);
    // Counting unknown as 0 ties Alpha and Beta at 60 (default weights): a shared first place.
    let tied = loaded().reduce(Action::SetUnknownAsZero(true));
    assert_eq!(tied.announcement, Some(Announcement::Leaders(vec![0, 1])));
    // All weights 0: nothing can lead.
    let mut zero = loaded();
    for c in 0..3 {
        zero = zero.reduce(Action::SetWeight {
            criterion: c,
            weight: 0,
        });
    }
    let zero = zero.reduce(Action::WeightsSettled);
    assert_eq!(zero.announcement, Some(Announcement::Leaders(vec![])));
    // Reset is a settled change too.
    let back = zero.reduce(Action::ResetWeights);
    assert_eq!(back.announcement, Some(Announcement::Leaders(vec![1])));
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
fn sorting_is_announced() {
    use provider_compare::ranking::Sort;
    use provider_compare::state::Announcement;
    let s = loaded().reduce(Action::SortBy(SortColumn::Name));
    assert_eq!(
        s.announcement,
        Some(Announcement::Sorted(Sort {
            column: SortColumn::Name,
            dir: SortDir::Ascending
        }))
    );
}
