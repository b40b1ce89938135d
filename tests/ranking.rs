//! Ranking and table sorting: deterministic, ties share a rank and are listed by name, providers
//! without a total come last.

mod common;

use common::{parse, tiny, tiny_dataset};
use provider_compare::ranking::{rank, sort_rows, Sort, SortColumn, SortDir};
use provider_compare::scoring::{score_type, Options};
use provider_compare::text::Lang;
use serde_json::json;

fn names(
    d: &provider_compare::dataset::Dataset,
    rows: &[provider_compare::ranking::Ranked],
) -> Vec<String> {
    rows.iter()
        .map(|r| d.providers[r.score.provider].name.get(Lang::De).to_owned())
        .collect()
}

fn ranks(rows: &[provider_compare::ranking::Ranked]) -> Vec<Option<usize>> {
    rows.iter().map(|r| r.rank).collect()
}

#[test]
fn higher_totals_rank_first_and_no_total_comes_last() {
    let d = tiny_dataset();
    let rows = rank(
        &d,
        score_type(&d, 0, &d.default_weights(), Options::default()),
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Beta", "Alpha", "Gamma"]);
    assert_eq!(ranks(&rows), [Some(1), Some(2), None]);
}

#[test]
fn equal_totals_share_a_rank_and_are_ordered_by_name() {
    let d = tiny_dataset();
    // Unknown as 0: Alpha 60, Beta 60, Gamma 0.
    let opts = Options {
        unknown_as_zero: true,
    };
    let rows = rank(&d, score_type(&d, 0, &d.default_weights(), opts), Lang::De);
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
    assert_eq!(ranks(&rows), [Some(1), Some(1), Some(3)]);
}

#[test]
fn moving_a_weight_reorders_as_the_scores_say() {
    let d = tiny_dataset();
    let mut w = d.default_weights();
    w[2] = 0; // privacy off: Alpha 60 beats Beta 40
    let rows = rank(&d, score_type(&d, 0, &w, Options::default()), Lang::De);
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
}

#[test]
fn equal_totals_tie_across_different_denominators() {
    // Weights net 2, neutral 2, privacy 4. Alpha knows all three: (2·5 + 2·1 + 4·3) / 8 = 3.
    // Beta does not know "neutral": (2·3 + 4·3) / 6 = 3. Same total, different sums: a tie.
    let mut v = tiny();
    v["criteria"][0]["default_weight"] = json!(2);
    v["criteria"][1]["default_weight"] = json!(2);
    v["criteria"][2]["default_weight"] = json!(4);
    v["providers"][1]["ratings"]["net"]["score"] = json!(3);
    v["providers"][1]["ratings"]["privacy"]["score"] = json!(3);
    let d = parse(&v).unwrap();
    let rows = rank(
        &d,
        score_type(&d, 0, &d.default_weights(), Options::default()),
        Lang::De,
    );
    assert_eq!(rows[0].score.overall.counted_weight, 8);
    assert_eq!(rows[1].score.overall.counted_weight, 6);
    assert_eq!(ranks(&rows), [Some(1), Some(1), None]);
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
}

#[test]
fn the_ranking_does_not_depend_on_input_order() {
    let d = tiny_dataset();
    let scores = score_type(
        &d,
        0,
        &d.default_weights(),
        Options {
            unknown_as_zero: true,
        },
    );
    let forward = rank(&d, scores.clone(), Lang::De);
    let mut reversed = scores;
    reversed.reverse();
    assert_eq!(rank(&d, reversed, Lang::De), forward);
}

#[test]
fn names_sort_like_a_german_dictionary() {
    let mut v = tiny();
    v["providers"][0]["name"] = json!("Ökostrom");
    v["providers"][1]["name"] = json!("ostwind");
    v["providers"][2]["name"] = json!("Zebra");
    let d = parse(&v).unwrap();
    let mut rows = rank(
        &d,
        score_type(&d, 0, &d.default_weights(), Options::default()),
        Lang::De,
    );
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Name,
            dir: SortDir::Ascending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Ökostrom", "ostwind", "Zebra"]);
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Name,
            dir: SortDir::Descending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Zebra", "ostwind", "Ökostrom"]);
}

#[test]
fn sorting_by_a_value_keeps_rows_without_one_at_the_bottom() {
    let d = tiny_dataset();
    let base = rank(
        &d,
        score_type(&d, 0, &d.default_weights(), Options::default()),
        Lang::De,
    );
    let mut rows = base.clone();
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Total,
            dir: SortDir::Ascending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
    let mut rows = base.clone();
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Rank,
            dir: SortDir::Descending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
    // Coverage: Alpha 100 %, Beta 75 %, Gamma 0 % (has weight, so it has a value).
    let mut rows = base.clone();
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Coverage,
            dir: SortDir::Descending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Coverage,
            dir: SortDir::Ascending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Gamma", "Beta", "Alpha"]);
    // Group "law": Alpha 46.7, Beta 100 (privacy only), Gamma none.
    let mut rows = base;
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Group(1),
            dir: SortDir::Descending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Beta", "Alpha", "Gamma"]);
    sort_rows(
        &mut rows,
        &d,
        Sort {
            column: SortColumn::Group(1),
            dir: SortDir::Ascending,
        },
        Lang::De,
    );
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
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
    let rows = rank(
        &d,
        score_type(&d, 0, &[0, 0, 0], Options::default()),
        Lang::De,
    );
    assert_eq!(ranks(&rows), [None, None, None]);
    assert_eq!(names(&d, &rows), ["Alpha", "Beta", "Gamma"]);
}
