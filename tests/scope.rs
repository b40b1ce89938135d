//! Which providers the reader looks at (issue 14): the country filter and the teaching text's
//! providers, from the dataset fields through scoring, the reducer and share links.

mod common;

use std::rc::Rc;

use common::{parse, problems_after, tiny};
use provider_compare::dataset::{Scope, SharedDataset};
use provider_compare::scoring::{score_type, Options};
use provider_compare::share::{decode, encode, Field, LinkIssue, SharedView};
use provider_compare::state::{Action, AppState};
use provider_compare::text::Lang;
use provider_compare::validate::ProblemKind;
use provider_compare::weighting::Weights;
use serde_json::{json, Value};

/// The tiny fixture with where each provider is offered: alpha in DE and AT (named in the
/// text), beta in CH, gamma nowhere said, delta (e-mail) in DE, AT and CH.
fn scoped() -> Value {
    let mut v = tiny();
    let set = |v: &mut Value, i: usize, key: &str, value: Value| {
        v["providers"][i][key] = value;
    };
    set(&mut v, 0, "serves", json!(["DE", "AT"]));
    set(&mut v, 0, "named_in_text", json!(true));
    set(&mut v, 1, "serves", json!(["CH"]));
    set(&mut v, 3, "serves", json!(["DE", "AT", "CH"]));
    set(
        &mut v,
        3,
        "data_location",
        json!({
            "countries": ["CH"],
            "note": { "de": "Rechenzentren in Genf.", "en": "Data centres in Geneva." },
            "sources": [{ "url": "https://delta.example/dc", "title": "Delta", "date": "2026-01" }]
        }),
    );
    v
}

fn shared(v: &Value) -> SharedDataset {
    SharedDataset(Rc::new(parse(v).expect("valid")))
}

fn loaded(v: &Value) -> AppState {
    AppState::new(Lang::De).reduce(Action::Loaded(Ok(shared(v))))
}

fn ids(state: &AppState, list: &[usize]) -> Vec<String> {
    let d = state.dataset().expect("loaded");
    list.iter().map(|&p| d.providers[p].id.clone()).collect()
}

#[test]
fn the_fields_are_read_and_the_countries_offered_come_from_the_dataset() {
    let d = parse(&scoped()).expect("valid");
    assert_eq!(d.providers[0].serves, ["DE", "AT"]);
    assert!(d.providers[0].named_in_text && !d.providers[1].named_in_text);
    assert!(d.providers[2].serves.is_empty());
    let location = d.providers[3].data_location.as_ref().expect("a location");
    assert_eq!(location.countries, ["CH"]);
    assert_eq!(location.sources.len(), 1);
    // DE, AT, CH first (the widget's readers), whatever order the file lists them in.
    assert_eq!(d.countries(), ["DE", "AT", "CH"]);
    // Other countries follow alphabetically, whatever order the file names them in.
    let mut v = scoped();
    v["providers"][2]["serves"] = json!(["NL", "CH", "BE"]);
    assert_eq!(
        parse(&v).expect("valid").countries(),
        ["DE", "AT", "CH", "BE", "NL"]
    );
    assert!(d.has_text_providers());
    // A dataset that says nothing offers no filter.
    let plain = parse(&tiny()).expect("valid");
    assert!(plain.countries().is_empty() && !plain.has_text_providers());
}

#[test]
fn bad_country_fields_are_refused_with_a_reason() {
    let kinds = |v: Vec<provider_compare::validate::Problem>| -> Vec<ProblemKind> {
        v.into_iter().map(|p| p.kind).collect()
    };
    let found = kinds(problems_after(|v| {
        v["providers"][0]["serves"] = json!(["Deutschland"]);
    }));
    assert!(
        matches!(found.as_slice(), [ProblemKind::BadCountryCode(c)] if c.contains("Deutschland"))
    );
    let found = kinds(problems_after(|v| {
        v["providers"][0]["serves"] = json!(["DE", "DE"]);
    }));
    assert_eq!(found, [ProblemKind::DuplicateCountry("DE".into())]);
    let found = kinds(problems_after(|v| v["providers"][0]["serves"] = json!([])));
    assert_eq!(found, [ProblemKind::EmptyList]);
    let found = kinds(problems_after(|v| {
        v["providers"][0]["named_in_text"] = json!("yes");
    }));
    assert!(matches!(found.as_slice(), [ProblemKind::WrongType(..)]));
    // A place for the data needs a source; "not known" (no country) does not.
    let found = kinds(problems_after(|v| {
        v["providers"][0]["data_location"] = json!({ "countries": ["DE"] });
    }));
    assert_eq!(found, [ProblemKind::LocationWithoutSource]);
    let mut v = tiny();
    v["providers"][0]["data_location"] =
        json!({ "countries": [], "note": { "de": "Nicht gefunden.", "en": "Not found." } });
    assert!(parse(&v).is_ok());
}

#[test]
fn only_providers_in_the_scope_are_scored() {
    let d = parse(&scoped()).expect("valid");
    let w = Weights::defaults(&d).to_real();
    let scored = |scope: Scope| -> Vec<usize> {
        let options = Options {
            scope,
            ..Options::default()
        };
        score_type(&d, 0, &w, &options)
            .into_iter()
            .map(|s| s.provider)
            .collect()
    };
    assert_eq!(scored(Scope::default()), [0, 1, 2]);
    let country = |c: &str| Scope {
        country: Some(c.into()),
        named_in_text: false,
    };
    assert_eq!(scored(country("DE")), [0]);
    assert_eq!(scored(country("CH")), [1]);
    // Gamma says nothing about where it is offered: no country admits it.
    assert!(!scored(country("AT")).contains(&2));
    let text = Scope {
        country: None,
        named_in_text: true,
    };
    assert_eq!(scored(text), [0]);
    let none = Scope {
        country: Some("CH".into()),
        named_in_text: true,
    };
    assert!(scored(none).is_empty());
}

#[test]
fn the_reducer_keeps_every_shown_provider_in_the_scope() {
    let state = loaded(&scoped())
        .reduce(Action::Select(Some(1)))
        .reduce(Action::SetPair(Some(1), Some(0)))
        .reduce(Action::ToggleCompare(0))
        .reduce(Action::ToggleCompare(1));
    assert_eq!(state.table.selected, Some(1));
    let state = state.reduce(Action::SetCountry(Some("DE".into())));
    assert_eq!(state.options.scope.country.as_deref(), Some("DE"));
    // Beta is not offered in Germany: its detail closes, it leaves both comparisons.
    assert_eq!(state.table.selected, None);
    assert_eq!(state.comparison.pair, (None, Some(0)));
    assert_eq!(ids(&state, &state.comparison.side_by_side), ["alpha"]);
    assert_eq!(ids(&state, &state.leaders), ["alpha"]);
    // Nor can it be chosen while the filter is on.
    let state = state
        .reduce(Action::Select(Some(1)))
        .reduce(Action::ToggleCompare(1));
    assert_eq!(state.table.selected, None);
    assert_eq!(state.comparison.side_by_side, [0]);
    // A country no provider is offered in is not a choice: the filter stays as it was.
    let state = state.reduce(Action::SetCountry(Some("FR".into())));
    assert_eq!(state.options.scope.country.as_deref(), Some("DE"));
    let state = state.reduce(Action::SetCountry(None));
    assert_eq!(state.options.scope.country, None);
    // The teaching text's providers only, and back.
    let state = state.reduce(Action::SetTextOnly(true));
    assert!(state.options.scope.named_in_text);
    assert_eq!(ids(&state, &state.leaders), ["alpha"]);
    assert!(
        !state
            .reduce(Action::SetTextOnly(false))
            .options
            .scope
            .named_in_text
    );
    // A dataset that marks no such providers does not take the switch.
    let plain = loaded(&tiny()).reduce(Action::SetTextOnly(true));
    assert!(!plain.options.scope.named_in_text);
}

#[test]
fn the_scope_goes_into_the_link_and_comes_back() {
    let v = scoped();
    let state = loaded(&v)
        .reduce(Action::SetCountry(Some("CH".into())))
        .reduce(Action::SetTextOnly(false));
    let view = state.shared_view().expect("a view");
    let link = encode(&view);
    assert!(link.contains("~f.ch"), "{link}");
    let (read, issues) = decode(&link);
    assert!(issues.is_empty());
    let back = AppState::starting_with(Lang::De, Some(read), Vec::new())
        .reduce(Action::Loaded(Ok(shared(&v))));
    assert_eq!(back.options.scope.country.as_deref(), Some("CH"));
    assert!(back.link_issues.is_empty(), "{:?}", back.link_issues);
    assert_eq!(ids(&back, &back.leaders), ["beta"]);

    // A link for a country this dataset does not serve, and a detail outside the scope: both
    // reported, the rest applied.
    let view = SharedView {
        kind: Some("isp".into()),
        country: Some("FR".into()),
        ..SharedView::default()
    };
    let back = AppState::starting_with(Lang::De, Some(view), Vec::new())
        .reduce(Action::Loaded(Ok(shared(&v))));
    assert_eq!(back.options.scope.country, None);
    assert!(back.link_issues.contains(&LinkIssue::UnknownId {
        field: Field::Country,
        id: "fr".into()
    }));
    let view = SharedView {
        kind: Some("isp".into()),
        country: Some("CH".into()),
        selected: Some("alpha".into()),
        ..SharedView::default()
    };
    let back = AppState::starting_with(Lang::De, Some(view), Vec::new())
        .reduce(Action::Loaded(Ok(shared(&v))));
    assert_eq!(back.table.selected, None);
    assert!(back.link_issues.contains(&LinkIssue::UnknownId {
        field: Field::Detail,
        id: "alpha".into()
    }));
}

#[test]
fn the_class_ranks_the_providers_most_pupils_looked_at() {
    use provider_compare::classroom::evaluate;
    let v = scoped();
    let d = shared(&v);
    let link = |scope: &str| format!("https://example.org/#pc=1~t.isp{scope}~l.de");
    let text = [link("~f.ch"), link("~f.ch"), link("")].join("\n");
    let class = evaluate(&d, None, &text, Lang::De);
    assert_eq!(class.pupils.len(), 3);
    assert_eq!(class.options.scope.country.as_deref(), Some("CH"));
    let ranked: Vec<usize> = class.ranking.iter().map(|r| r.score.provider).collect();
    assert_eq!(ranked, [1]);
    // A tie between a filter and none: every provider.
    let text = [link("~f.ch"), link("")].join("\n");
    assert!(evaluate(&d, None, &text, Lang::De).options.scope.is_all());
}

#[test]
fn an_unknown_data_location_must_say_what_was_looked_for() {
    use provider_compare::hygiene::{review, WarningKind};
    let mut v = scoped();
    v["providers"][0]["data_location"] = json!({ "countries": [] });
    let d = parse(&v).expect("valid");
    let warnings: Vec<WarningKind> = review(&d)
        .into_iter()
        .filter(|w| w.provider == 0)
        .map(|w| w.kind)
        .collect();
    assert!(
        warnings.contains(&WarningKind::LocationUnexplained),
        "{warnings:?}"
    );
    v["providers"][0]["data_location"] =
        json!({ "countries": [], "note": { "de": "Nicht gefunden.", "en": "Not found." } });
    let d = parse(&v).expect("valid");
    assert!(!review(&d)
        .iter()
        .any(|w| w.kind == WarningKind::LocationUnexplained));
}
