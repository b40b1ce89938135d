//! Format 2: scores that follow from findings by the duty's rubric, overrides with their reason,
//! the problems the validator finds in findings, and the hygiene rules `check-dataset --strict`
//! enforces. Known answers on `tests/fixtures/valid-format2.json`.

use provider_compare::dataset::{Check, Dataset, Rating, Rubric, SourceKind};
use provider_compare::date::PartialDate;
use provider_compare::hygiene::{self, WarningKind};
use provider_compare::text::Text;
use provider_compare::validate::{parse_dataset, Problem, ProblemKind};
use serde_json::{json, Value};

fn fixture() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid-format2.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn parse(v: &Value) -> Result<Dataset, Vec<Problem>> {
    parse_dataset(&v.to_string())
}

fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<(String, ProblemKind)> {
    let mut v = fixture();
    mutate(&mut v);
    parse(&v)
        .expect_err("the mutated dataset was accepted")
        .into_iter()
        .map(|p| (p.path, p.kind))
        .collect()
}

fn warnings_after(mutate: impl FnOnce(&mut Value)) -> Vec<(Option<usize>, WarningKind)> {
    let mut v = fixture();
    mutate(&mut v);
    let d = parse(&v).unwrap_or_else(|p| panic!("{p:?}"));
    hygiene::review(&d)
        .into_iter()
        .map(|w| (w.source, w.kind))
        .collect()
}

fn scored(d: &Dataset, p: usize) -> &provider_compare::dataset::Scored {
    match &d.providers[p].ratings[0] {
        Rating::Scored(s) => s,
        other => panic!("not scored: {other:?}"),
    }
}

const ALPHA_SLA: &str = "/providers/0/ratings/sla";

#[test]
fn scores_follow_from_findings_by_the_rubric() {
    let d = parse(&fixture()).unwrap();
    // Alpha: written 1 + credits 1 + high 1, the rated plan not covered: 3.
    let alpha = scored(&d, 0);
    assert_eq!(alpha.score, 3);
    assert_eq!(alpha.findings.len(), 5);
    assert!(alpha.overridden.is_none());
    // Beta: written 1 + plan 2 = 3, capped at 1 by the ruling; the editor overrode it to 2.
    let beta = scored(&d, 1);
    assert_eq!(beta.score, 2);
    let o = beta.overridden.as_ref().unwrap();
    assert_eq!(o.rubric_score, 1);
    assert!(o
        .reason
        .get(provider_compare::text::Lang::De)
        .contains("alten Tarif"));
    assert!(matches!(d.providers[2].ratings[0], Rating::Unknown { .. }));
    assert_eq!(
        alpha.checked.as_ref().unwrap().date,
        PartialDate::parse("2026-12-01").unwrap()
    );
    assert_eq!(alpha.sources[0].kind, SourceKind::Provider);
    assert!(alpha.sources[1].reuse.is_some() && alpha.sources[1].undated.is_some());
    assert_eq!(d.providers[0].domains, ["alpha-terms.example"]);
}

#[test]
fn the_same_findings_give_the_same_score_whatever_is_written() {
    // Beta's findings without the override give the rubric's 1, so a written 2 is refused.
    let found = problems_after(|v| {
        let r = v.pointer_mut("/providers/1/ratings/sla").unwrap();
        r.as_object_mut().unwrap().remove("override");
    });
    assert_eq!(
        found,
        [(
            "providers › [1] (beta) › ratings › sla › score".to_owned(),
            ProblemKind::ScoreNotFromFindings {
                given: 2,
                result: 1
            }
        )]
    );
    // Left out, the score is the rubric's.
    let mut v = fixture();
    let r = v.pointer_mut(ALPHA_SLA).unwrap().as_object_mut().unwrap();
    r.remove("score");
    assert_eq!(scored(&parse(&v).unwrap(), 0).score, 3);
}

#[test]
fn rubric_scores_add_points_up_to_five_and_keep_the_lowest_cap() {
    let check = |points, cap| Check {
        id: "c".into(),
        text: Text::neutral("c"),
        points,
        cap,
    };
    let r = Rubric {
        checks: vec![
            check(3, None),
            check(3, None),
            check(0, Some(2)),
            check(1, Some(4)),
        ],
    };
    assert_eq!(r.score(&[false, false, false, false]), 0);
    assert_eq!(r.score(&[true, false, false, false]), 3);
    assert_eq!(r.score(&[true, true, false, false]), 5, "at most 5");
    assert_eq!(r.score(&[true, true, false, true]), 4, "capped at 4");
    assert_eq!(r.score(&[true, true, true, true]), 2, "the lowest cap");
    assert_eq!(r.score(&[true]), 3, "checks without an entry are not met");
}

#[test]
fn findings_are_checked_against_the_rubric_and_the_sources() {
    let at = |i: usize, field: &str| {
        format!("providers › [0] (alpha) › ratings › sla › findings › [{i}]{field}")
    };
    type Mutation = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Mutation, (String, ProblemKind))> = vec![
        (
            Box::new(|v| v.pointer_mut(ALPHA_SLA).unwrap()["findings"][0]["check"] = json!("nope")),
            (at(0, " › check"), ProblemKind::UnknownCheck("nope".into())),
        ),
        (
            Box::new(|v| {
                v.pointer_mut(ALPHA_SLA).unwrap()["findings"][1]["check"] = json!("written")
            }),
            (
                at(1, " › check"),
                ProblemKind::DuplicateId("written".into()),
            ),
        ),
        (
            Box::new(|v| {
                v.pointer_mut(ALPHA_SLA).unwrap()["findings"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("sources");
            }),
            (at(1, ""), ProblemKind::FindingWithoutSource),
        ),
        (
            Box::new(|v| {
                v.pointer_mut(ALPHA_SLA).unwrap()["findings"][2]["sources"] = json!([0, 2])
            }),
            (
                at(2, " › sources › [1]"),
                ProblemKind::NoSuchSource { index: 2, count: 2 },
            ),
        ),
        (
            Box::new(|v| v.pointer_mut(ALPHA_SLA).unwrap()["findings"][4]["met"] = json!("no")),
            (
                at(4, " › met"),
                ProblemKind::WrongType(
                    provider_compare::validate::Expected::Bool,
                    provider_compare::validate::Found::String,
                ),
            ),
        ),
    ];
    for (mutate, expected) in cases {
        let found = problems_after(|v| mutate(v));
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
}

#[test]
fn an_override_needs_findings_and_findings_need_a_rubric() {
    let found = problems_after(|v| {
        let r = v.pointer_mut("/providers/1/ratings/sla").unwrap();
        r.as_object_mut().unwrap().remove("findings");
    });
    assert!(found
        .iter()
        .any(|(p, k)| p.ends_with("sla › override") && *k == ProblemKind::OverrideWithoutFindings));
    let found = problems_after(|v| {
        v["criteria"][0].as_object_mut().unwrap().remove("rubric");
    });
    assert!(found
        .iter()
        .any(|(p, k)| p.ends_with("alpha) › ratings › sla › findings")
            && *k == ProblemKind::NoRubric));
}

#[test]
fn format_2_fields_in_a_format_1_file_are_named_as_such() {
    let found = problems_after(|v| v["format_version"] = json!(1));
    for place in [
        "criteria › [0] (sla) › rubric",
        "providers › [0] (alpha) › domains",
        "providers › [0] (alpha) › ratings › sla › findings",
        "providers › [0] (alpha) › ratings › sla › checked",
        "providers › [0] (alpha) › ratings › sla › sources › [1] › undated",
        "providers › [0] (alpha) › ratings › sla › sources › [1] › reuse",
    ] {
        assert!(
            found.contains(&(place.to_owned(), ProblemKind::NeedsFormat2)),
            "{place}: {found:#?}"
        );
    }
}

#[test]
fn domains_are_host_names() {
    for bad in [
        "Alpha.example",
        "alpha",
        "-a.example",
        "a..example",
        "https://a.example",
    ] {
        let found = problems_after(|v| v["providers"][0]["domains"] = json!([bad]));
        assert!(
            found
                .iter()
                .any(|(_, k)| *k == ProblemKind::BadDomain(bad.into())),
            "{bad}: {found:?}"
        );
    }
}

#[test]
fn the_fixture_keeps_every_hygiene_rule() {
    assert_eq!(warnings_after(|_| {}), []);
}

#[test]
fn each_hygiene_rule_is_reported_where_it_is_broken() {
    fn source(v: &mut Value) -> &mut serde_json::Map<String, Value> {
        v.pointer_mut("/providers/1/ratings/sla/sources/0")
            .unwrap()
            .as_object_mut()
            .unwrap()
    }
    // An access date without a word on why no date is known.
    let w = warnings_after(|v| {
        let s = source(v);
        s.remove("date");
        s.insert("accessed".into(), json!("2026-11-30"));
    });
    assert_eq!(w, [(Some(0), WarningKind::SourceUndated)]);
    // The kind left out, or format 1's "official".
    for kind in [None, Some("official")] {
        let w = warnings_after(|v| {
            let s = source(v);
            s.remove("kind");
            if let Some(k) = kind {
                s.insert("kind".into(), json!(k));
            }
        });
        assert_eq!(w, [(Some(0), WarningKind::SourceKindUnclear)], "{kind:?}");
    }
    // The provider's own terms on another brand's site.
    let w = warnings_after(|v| source(v)["url"] = json!("https://server4you.example/agb"));
    assert_eq!(
        w,
        [(
            Some(0),
            WarningKind::ProviderOffSite {
                host: "server4you.example".into()
            }
        )]
    );
    // A subdomain of an own domain is own.
    assert_eq!(
        warnings_after(|v| source(v)["url"] = json!("https://help.beta.example/agb")),
        []
    );
    // A top score on forum posts alone (and shown as low confidence).
    let mut v = fixture();
    let r = v.pointer_mut(ALPHA_SLA).unwrap();
    for s in r["sources"].as_array_mut().unwrap() {
        s["kind"] = json!("community");
    }
    for f in r["findings"].as_array_mut().unwrap() {
        if f["check"] != "breach" {
            f["met"] = json!(true);
            f["sources"] = json!([0]);
        }
    }
    r.as_object_mut().unwrap().remove("score");
    let d = parse(&v).unwrap();
    assert_eq!(scored(&d, 0).score, 5);
    assert!(
        scored(&d, 0).low_confidence,
        "weak sources only: low confidence"
    );
    let kinds: Vec<WarningKind> = hygiene::review(&d).into_iter().map(|w| w.kind).collect();
    assert_eq!(kinds, [WarningKind::WeakExtreme { score: 5 }]);
    // A rubric check without a finding; a rating without its check record.
    let w = warnings_after(|v| {
        let r = v.pointer_mut(ALPHA_SLA).unwrap().as_object_mut().unwrap();
        r["findings"].as_array_mut().unwrap().pop();
        r.remove("checked");
    });
    assert_eq!(
        w,
        [
            (None, WarningKind::RatingUnchecked),
            (None, WarningKind::FindingMissing { check: 4 })
        ]
    );
    // A score set by hand for a duty with a rubric.
    let w = warnings_after(|v| {
        let r = v.pointer_mut(ALPHA_SLA).unwrap().as_object_mut().unwrap();
        r.remove("findings");
    });
    assert_eq!(w, [(None, WarningKind::PlainScore)]);
}

#[test]
fn one_source_for_more_than_two_duties_needs_a_reason_in_each_rating_citing_it() {
    // Alpha's SLA rating copied to two more duties: its terms (no reason given) and the press
    // report (a reason only in the first) now each support three duties.
    let mut v = fixture();
    let crit = v["criteria"][0].clone();
    let rating = v.pointer(ALPHA_SLA).unwrap().clone();
    for id in ["sla2", "sla3"] {
        let mut c = crit.clone();
        c["id"] = json!(id);
        v["criteria"].as_array_mut().unwrap().push(c);
        for p in 0..3 {
            let own = v["providers"][p]["ratings"]["sla"].clone();
            v["providers"][p]["ratings"][id] = if p == 0 { rating.clone() } else { own };
        }
        v["providers"][0]["ratings"][id]["sources"][1]
            .as_object_mut()
            .unwrap()
            .remove("reuse");
    }
    let d = parse(&v).unwrap();
    let alpha: Vec<(Option<usize>, Option<usize>, WarningKind)> = hygiene::review(&d)
        .into_iter()
        .filter(|w| w.provider == 0)
        .map(|w| (w.criterion, w.source, w.kind))
        .collect();
    let reused = WarningKind::SourceReused { duties: 3 };
    assert_eq!(
        alpha,
        [
            (Some(0), Some(0), reused.clone()),
            (Some(1), Some(0), reused.clone()),
            (Some(1), Some(1), reused.clone()),
            (Some(2), Some(0), reused.clone()),
            (Some(2), Some(1), reused),
        ]
    );
}

#[test]
fn old_sources_are_counted_from_the_check_date() {
    let d = parse(&fixture()).unwrap();
    let s = hygiene::summarize(&d);
    // Beta's 2019 ruling is older than three years on 2026-12-01; 2023-12 would not be.
    assert_eq!(s.old, 1);
    assert_eq!(
        (s.scored, s.unknown, s.from_findings, s.overrides),
        (2, 1, 2, 1)
    );
    // Four of the ratings, one of where Alpha keeps its data.
    assert_eq!(s.sources, 5);
    let date = |s: &str| PartialDate::parse(s).unwrap();
    let check = date("2026-12-01");
    assert!(date("2023-11-30").older_than(3, check));
    assert!(!date("2023-12-01").older_than(3, check));
    assert!(
        !date("2023-12").older_than(3, check),
        "a month counts by its last day"
    );
    assert!(date("2022").older_than(3, check));
    assert!(!date("2023").older_than(3, check));
}
