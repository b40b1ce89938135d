//! Ranking and table sorting: deterministic, ties share a rank and are listed by name, providers
//! without a total come last (those excluded by a minimum at the very end).

mod common;

use common::{parse, tiny, tiny_dataset};
use provider_compare::dataset::Dataset;
use provider_compare::ranking::{rank, sort_rows, NameKeys, Ranked, Sort, SortColumn, SortDir};
use provider_compare::scoring::{score_type, Options, Unknowns};
use provider_compare::text::Lang;
use provider_compare::weighting::Weights;
use serde_json::json;

fn ranked(d: &Dataset, kind: usize, w: &Weights, o: &Options) -> Vec<Ranked> {
    rank(d, score_type(d, kind, &w.to_real(), o), Lang::De)
}

fn names(d: &Dataset, rows: &[Ranked]) -> Vec<String> {
    rows.iter()
        .map(|r| d.providers[r.score.provider].name.get(Lang::De).to_owned())
        .collect()
}

fn ranks(rows: &[Ranked]) -> Vec<Option<usize>> {
    rows.iter().map(|r| r.rank).collect()
}

fn sorted(d: &Dataset, rows: &[Ranked], column: SortColumn, dir: SortDir) -> Vec<String> {
    let mut rows = rows.to_vec();
    sort_rows(
        &mut rows,
        d,
        Sort { column, dir },
        &NameKeys::new(d, Lang::De),
    );
    names(d, &rows)
}

#[test]
fn higher_totals_rank_first_and_no_total_comes_last() {
    let d = tiny_dataset();
    // Alpha 73.3, Beta 64, Gamma no data.
    let rows = ranked(&d, 0, &Weights::defaults(&d), &Options::default());
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
    assert_eq!(ranks(&rows), [Some(1), Some(2), None]);
}

#[test]
fn equal_totals_share_a_rank_across_different_denominators() {
    // Alpha scores 4 everywhere (counted weight 1); Beta 4 in net and privacy, neutral unknown
    // (counted weight ⅚): both 80, a tie, listed by name; the next rank is 3.
    let mut v = tiny();
    for c in ["net", "neutral", "privacy"] {
        v["providers"][0]["ratings"][c]["score"] = json!(4);
    }
    v["providers"][1]["ratings"]["net"]["score"] = json!(4);
    v["providers"][1]["ratings"]["privacy"]["score"] = json!(4);
    let d = parse(&v).unwrap();
    let rows = ranked(
        &d,
        0,
        &Weights::defaults(&d),
        &Options {
            unknowns: Unknowns::Worst,
            ..Options::default()
        },
    );
    // Unknown as 0 separates them again: Beta (4, 0, 4) = 66.7 — now ranks 1, 2, 3.
    assert_eq!(ranks(&rows), [Some(1), Some(2), Some(3)]);
    let rows = ranked(&d, 0, &Weights::defaults(&d), &Options::default());
    assert!((rows[0].score.overall.counted_weight - 1.0).abs() < 1e-12);
    assert!((rows[1].score.overall.counted_weight - 5.0 / 6.0).abs() < 1e-12);
    assert_eq!(ranks(&rows), [Some(1), Some(1), None]);
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
}

#[test]
fn moving_a_weight_reorders_as_the_scores_say() {
    let d = tiny_dataset();
    // Only privacy counts: Beta (5) before Alpha (3).
    let w = Weights {
        criteria: vec![0, 0, 10],
        groups: vec![5, 5],
    };
    assert_eq!(
        names(&d, &ranked(&d, 0, &w, &Options::default())),
        ["Beta", "Alpha", "Gamma"]
    );
}

#[test]
fn the_ranking_does_not_depend_on_input_order() {
    let d = tiny_dataset();
    let o = Options {
        unknowns: Unknowns::Worst,
        ..Options::default()
    };
    let scores = score_type(&d, 0, &Weights::defaults(&d).to_real(), &o);
    let forward = rank(&d, scores.clone(), Lang::De);
    let mut reversed = scores;
    reversed.reverse();
    assert_eq!(rank(&d, reversed, Lang::De), forward);
}

#[test]
fn excluded_providers_come_last_unranked() {
    let d = tiny_dataset();
    // At least 4 in privacy: Alpha (3) misses it, Gamma (unknown) cannot show it; Beta (5) leads.
    let o = Options {
        minimums: vec![0, 0, 4],
        ..Options::default()
    };
    let rows = ranked(&d, 0, &Weights::defaults(&d), &o);
    assert_eq!(names(&d, &rows), ["Beta", "Alpha", "Gamma"]);
    assert_eq!(ranks(&rows), [Some(1), None, None]);
    assert!(rows[1].score.excluded() && rows[2].score.excluded());
}

#[test]
fn names_sort_like_a_german_dictionary() {
    let mut v = tiny();
    v["providers"][0]["name"] = json!("Ökostrom");
    v["providers"][1]["name"] = json!("ostwind");
    v["providers"][2]["name"] = json!("Zebra");
    let d = parse(&v).unwrap();
    let rows = ranked(&d, 0, &Weights::defaults(&d), &Options::default());
    assert_eq!(
        sorted(&d, &rows, SortColumn::Name, SortDir::Ascending),
        ["Ökostrom", "ostwind", "Zebra"]
    );
    assert_eq!(
        sorted(&d, &rows, SortColumn::Name, SortDir::Descending),
        ["Zebra", "ostwind", "Ökostrom"]
    );
}

#[test]
fn sorting_by_a_value_keeps_rows_without_one_at_the_bottom() {
    let d = tiny_dataset();
    let rows = ranked(&d, 0, &Weights::defaults(&d), &Options::default());
    use provider_compare::ranking::Column::*;
    use SortDir::*;
    assert_eq!(
        sorted(&d, &rows, Total, Ascending),
        ["Beta", "Alpha", "Gamma"]
    );
    assert_eq!(
        sorted(&d, &rows, Rank, Descending),
        ["Beta", "Alpha", "Gamma"]
    );
    // Coverage: Alpha 100 %, Beta 83 %, Gamma 0 % (it has weight, so it has a value).
    assert_eq!(
        sorted(&d, &rows, Coverage, Descending),
        ["Alpha", "Beta", "Gamma"]
    );
    assert_eq!(
        sorted(&d, &rows, Coverage, Ascending),
        ["Gamma", "Beta", "Alpha"]
    );
    // Group "law": Alpha 46.7, Beta 100 (privacy only), Gamma none.
    assert_eq!(
        sorted(&d, &rows, Group(1), Descending),
        ["Beta", "Alpha", "Gamma"]
    );
    assert_eq!(
        sorted(&d, &rows, Group(1), Ascending),
        ["Alpha", "Beta", "Gamma"]
    );
}

#[test]
fn clicking_a_column_starts_in_the_expected_direction_then_flips() {
    let s = Sort::default();
    assert_eq!(
        s,
        Sort {
            column: SortColumn::Rank,
            dir: SortDir::Ascending
        }
    );
    let total = s.toggled(SortColumn::Total);
    assert_eq!(total.dir, SortDir::Descending);
    assert_eq!(total.toggled(SortColumn::Total).dir, SortDir::Ascending);
    assert_eq!(total.toggled(SortColumn::Name).dir, SortDir::Ascending);
}

#[test]
fn all_weights_zero_ranks_nobody() {
    let d = tiny_dataset();
    let w = Weights {
        criteria: vec![0, 0, 0],
        groups: vec![5, 5],
    };
    let rows = ranked(&d, 0, &w, &Options::default());
    assert_eq!(ranks(&rows), [None, None, None]);
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
}

#[test]
fn a_column_maps_its_group_and_only_its_group() {
    use provider_compare::ranking::Column;
    let ids = ["tech", "law"];
    let to_id = |g: usize| ids.get(g).map(|s| s.to_string());
    assert_eq!(SortColumn::Total.map_group(to_id), Some(Column::Total));
    assert_eq!(
        SortColumn::Group(1).map_group(to_id),
        Some(Column::Group("law".to_string()))
    );
    assert_eq!(SortColumn::Group(7).map_group(to_id), None, "no such group");
    let back = Column::Group("law".to_string()).map_group(|id| ids.iter().position(|g| *g == id));
    assert_eq!(back, Some(SortColumn::Group(1)));
}
