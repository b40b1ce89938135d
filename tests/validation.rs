//! Dataset parsing and validation: good inputs parse; each kind of bad input is reported with
//! its exact place and kind, all problems at once.

mod common;

use common::{parse, problems_after, tiny, tiny_dataset};
use provider_compare::dataset::{Rating, SourceKind};
use provider_compare::date::DateProblem;
use provider_compare::json::SyntaxKind;
use provider_compare::text::{self, Lang};
use provider_compare::url::UrlProblem;
use provider_compare::validate::{
    parse_dataset, Expected, Found, Problem, ProblemKind, WideEncoding, MAX_PROBLEMS,
    MAX_TRANSLATIONS,
};
use serde_json::json;

fn only(problems: &[Problem]) -> (&str, &ProblemKind) {
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem: {problems:#?}"
    );
    (problems[0].path.as_str(), &problems[0].kind)
}

/// Each problem as (path, kind), the way most tests compare them.
fn located(problems: &[Problem]) -> Vec<(&str, ProblemKind)> {
    problems
        .iter()
        .map(|p| (p.path.as_str(), p.kind.clone()))
        .collect()
}

#[test]
fn the_tiny_fixture_parses_with_everything_in_place() {
    let d = tiny_dataset();
    assert_eq!(d.groups.len(), 2);
    assert_eq!(d.types.len(), 2);
    assert_eq!(d.criteria.len(), 3);
    assert_eq!(d.providers.len(), 4);
    assert_eq!(d.criteria[1].applies_to, vec![true, false]);
    assert_eq!(d.criteria[2].group, 1);
    let delta = &d.providers[3];
    assert_eq!(delta.kind, 1);
    assert_eq!(delta.ratings[1], Rating::NotApplicable);
    match &delta.ratings[0] {
        Rating::Scored(s) => {
            assert_eq!(s.score, 4);
            assert!(s.low_confidence);
            assert_eq!(s.sources[0].kind, SourceKind::Official);
            assert_eq!(s.sources[0].url.as_str(), "https://d.example/1");
        }
        other => panic!("expected a score, got {other:?}"),
    }
    match &d.providers[2].ratings[0] {
        Rating::Unknown { note, sources, .. } => {
            assert_eq!(note.as_ref().map(|t| t.get(Lang::En)), Some("nothing"));
            assert!(sources.is_empty());
        }
        other => panic!("expected unknown, got {other:?}"),
    }
    assert_eq!(d.providers[0].name.get(Lang::De), "Alpha");
}

#[test]
fn invalid_json_names_line_and_column() {
    let problems = parse_dataset("{\n  \"format_version\": 1,\n  oops\n}").unwrap_err();
    assert!(matches!(
        only(&problems),
        (
            "",
            ProblemKind::Syntax {
                line: 3,
                column: 3,
                what: SyntaxKind::UnexpectedChar
            }
        )
    ));
    assert_eq!(
        problems[0].line, None,
        "a syntax error concerns the whole file"
    );
    assert_eq!(
        problems[0].to_string(),
        "Not valid JSON: line 3, column 3: unexpected character (a missing comma, bracket or quote?)."
    );
    let problems = parse_dataset("").unwrap_err();
    assert_eq!(only(&problems), ("", &ProblemKind::EmptyFile));
}

#[test]
fn the_root_must_be_an_object() {
    for (text, found) in [
        ("[]", Found::List),
        ("42", Found::Number),
        ("\"dataset\"", Found::String),
        ("null", Found::Null),
        ("true", Found::Bool),
    ] {
        let problems = parse_dataset(text).unwrap_err();
        assert_eq!(
            only(&problems),
            ("", &ProblemKind::WrongType(Expected::Object, found)),
            "{text}"
        );
    }
}

#[test]
fn unsupported_versions_stop_early() {
    for (v, found) in [
        (json!(3), "3"),
        (json!(0), "0"),
        (json!(-1), "-1"),
        (json!(3.0), "3"),
    ] {
        let problems = problems_after(|d| d["format_version"] = v.clone());
        assert_eq!(
            only(&problems),
            (
                "format_version",
                &ProblemKind::UnsupportedVersion {
                    found: found.into()
                }
            ),
            "{v}"
        );
    }
    // What is not a version at all is told so, and still stops there.
    let one = ProblemKind::NotWholeNumber { min: 1, max: 2 };
    for (v, kind) in [
        (
            "\"1\"",
            ProblemKind::WrongType(Expected::Number, Found::String),
        ),
        ("[1]", ProblemKind::WrongType(Expected::Number, Found::List)),
        ("1.5", one.clone()),
        ("1.0000000000000000001", one.clone()),
        ("1e-400", one),
        (
            "1e400",
            ProblemKind::UnsupportedVersion {
                found: format!("> {}", i64::MAX),
            },
        ),
        ("null", ProblemKind::Null),
    ] {
        let problems = parse_dataset(&with_raw(tiny(), "/format_version", v)).unwrap_err();
        assert_eq!(only(&problems), ("format_version", &kind), "{v}");
    }
    let problems = parse_dataset(&with_raw(tiny(), "/format_version", "\"1\"")).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "line 1: format_version: Wrong type: expected a number, found a string in quotes. Write numbers without quotes: 1, not \"1\"."
    );
    let problems = problems_after(|d| {
        d.as_object_mut().unwrap().remove("format_version");
    });
    assert_eq!(only(&problems), ("format_version", &ProblemKind::Missing));
}

#[test]
fn missing_fields_are_named() {
    let problems = problems_after(|d| {
        d["providers"][1].as_object_mut().unwrap().remove("website");
        d["criteria"][0]
            .as_object_mut()
            .unwrap()
            .remove("description");
    });
    let places: Vec<_> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.kind))
        .collect();
    assert_eq!(
        places,
        vec![
            ("criteria › [0] (net) › description", &ProblemKind::Missing),
            ("providers › [1] (beta) › website", &ProblemKind::Missing),
        ]
    );
}

#[test]
fn wrong_types_are_named() {
    let problems = problems_after(|d| d["providers"][0]["ratings"]["net"]["score"] = json!(true));
    assert_eq!(
        only(&problems),
        (
            "providers › [0] (alpha) › ratings › net › score",
            &ProblemKind::WrongType(Expected::Score, Found::Bool)
        )
    );
    let problems = problems_after(|d| d["groups"] = json!({ "tech": {} }));
    assert_eq!(
        only(&problems),
        (
            "groups",
            &ProblemKind::WrongType(Expected::List, Found::Object)
        )
    );
    let problems = problems_after(|d| d["title"] = json!(["Titel"]));
    assert_eq!(
        only(&problems),
        (
            "title",
            &ProblemKind::WrongType(Expected::Text, Found::List)
        )
    );
    let problems = problems_after(|d| d["criteria"][2]["default_weight"] = json!("10"));
    assert_eq!(
        only(&problems),
        (
            "criteria › [2] (privacy) › default_weight",
            &ProblemKind::WrongType(Expected::Number, Found::String)
        )
    );
    // A required field written as null is there, but has no value: said so, at its own line.
    let problems = problems_after(|d| d["providers"][1]["website"] = json!(null));
    assert_eq!(
        only(&problems),
        ("providers › [1] (beta) › website", &ProblemKind::Null)
    );
    // An optional one written as null is as good as absent.
    let mut v = tiny();
    v["providers"][1]["note"] = json!(null);
    assert!(parse(&v).is_ok());
}

/// `value` serialised, with the value at `pointer` written as `raw` JSON text (numbers that
/// serde_json would round, such as `1e-400`).
fn with_raw(mut value: serde_json::Value, pointer: &str, raw: &str) -> String {
    *value.pointer_mut(pointer).unwrap() = json!("__raw__");
    value.to_string().replacen("\"__raw__\"", raw, 1)
}

#[test]
fn unknown_fields_are_reported_but_comments_allowed() {
    let problems = problems_after(|d| {
        d["criteria"][0]["defualt_weight"] = json!(3);
        d["_comment"] = json!("free text");
        d["providers"][0]["_note"] = json!({ "anything": 1 });
    });
    assert_eq!(
        only(&problems),
        (
            "criteria › [0] (net) › defualt_weight",
            &ProblemKind::UnknownField
        )
    );
}

#[test]
fn references_must_exist() {
    let problems = problems_after(|d| {
        d["criteria"][0]["group"] = json!("security");
        d["criteria"][1]["applies_to"] = json!(["isp", "cloud"]);
        d["providers"][3]["type"] = json!("hosting");
        d["providers"][0]["ratings"]["speed"] = json!({ "score": 3 });
    });
    let places = located(&problems);
    assert_eq!(
        places,
        vec![
            (
                "criteria › [0] (net) › group",
                ProblemKind::UnknownGroup("security".into())
            ),
            (
                "criteria › [1] (neutral) › applies_to › [1]",
                ProblemKind::UnknownType("cloud".into())
            ),
            // Providers are still checked while the criteria are broken; only their ratings wait.
            (
                "providers › [3] (delta) › type",
                ProblemKind::UnknownType("hosting".into())
            ),
        ]
    );
    // With the criteria fixed, the ratings are checked too.
    let problems = problems_after(|d| {
        d["providers"][3]["type"] = json!("hosting");
        d["providers"][0]["ratings"]["speed"] = json!({ "score": 3 });
    });
    let places = located(&problems);
    assert_eq!(
        places,
        vec![
            (
                "providers › [0] (alpha) › ratings › speed",
                ProblemKind::UnknownCriterion("speed".into())
            ),
            (
                "providers › [3] (delta) › type",
                ProblemKind::UnknownType("hosting".into())
            ),
        ]
    );
}

#[test]
fn duplicate_ids_are_reported_where_they_repeat() {
    let problems = problems_after(|d| {
        let copy = d["providers"][0].clone();
        d["providers"].as_array_mut().unwrap().push(copy);
        d["types"][1]["id"] = json!("isp");
    });
    let places = located(&problems);
    assert_eq!(
        places,
        vec![
            (
                "types › [1] (isp) › id",
                ProblemKind::DuplicateId("isp".into())
            ),
            (
                "providers › [4] (alpha) › id",
                ProblemKind::DuplicateId("alpha".into())
            ),
        ]
    );
    let problems = problems_after(|d| {
        let copy = d["providers"][0].clone();
        d["providers"].as_array_mut().unwrap().push(copy);
    });
    assert_eq!(
        only(&problems),
        (
            "providers › [4] (alpha) › id",
            &ProblemKind::DuplicateId("alpha".into())
        )
    );
}

#[test]
fn ids_must_be_plain() {
    for bad in [
        "",
        "Alpha",
        "al pha",
        "-alpha",
        "<script>",
        "ä",
        &"a".repeat(65),
    ] {
        let problems = problems_after(|d| d["providers"][0]["id"] = json!(bad));
        assert!(
            matches!(only(&problems).1, ProblemKind::BadId(_)),
            "{bad:?}: {problems:?}"
        );
    }
}

#[test]
fn scores_must_be_whole_numbers_from_0_to_5() {
    let at = "providers › [0] (alpha) › ratings › net › score";
    for (score, kind) in [
        (json!(6), ProblemKind::OutOfRange { min: 0, max: 5 }),
        (json!(-1), ProblemKind::OutOfRange { min: 0, max: 5 }),
        (json!(1e300), ProblemKind::OutOfRange { min: 0, max: 5 }),
        (json!(2.5), ProblemKind::NotWholeNumber { min: 0, max: 5 }),
        (
            json!("3"),
            ProblemKind::WrongType(Expected::Score, Found::String),
        ),
        (
            json!("Unknown"),
            ProblemKind::WrongType(Expected::Score, Found::String),
        ),
        (json!(null), ProblemKind::Null),
    ] {
        let problems =
            problems_after(|d| d["providers"][0]["ratings"]["net"]["score"] = score.clone());
        assert_eq!(only(&problems), (at, &kind), "{score}");
    }
    // Whether a number is whole is read from its digits, before its range: a float would take
    // 1e-400 for 0 and 4.0000000000000000001 for 4.
    let not_whole = ProblemKind::NotWholeNumber { min: 0, max: 5 };
    let out_of_range = ProblemKind::OutOfRange { min: 0, max: 5 };
    for (raw, kind) in [
        ("1e-400", &not_whole),
        ("4.0000000000000000001", &not_whole),
        ("-0.0000000000000000000001", &not_whole),
        ("123456789012345678901234567890.5", &not_whole),
        ("1e999999999999999999", &out_of_range),
        ("-1e400", &out_of_range),
        ("12345678901234567890123", &out_of_range),
        ("6.000", &out_of_range),
    ] {
        let text = with_raw(tiny(), "/providers/0/ratings/net/score", raw);
        let problems = parse_dataset(&text).unwrap_err();
        assert_eq!(only(&problems), (at, kind), "{raw}");
    }
    for whole in [
        "4.0",
        "4.000000000000000000000",
        "400e-2",
        "0.4e1",
        "0e-400",
    ] {
        let text = with_raw(tiny(), "/providers/0/ratings/net/score", whole);
        assert!(parse_dataset(&text).is_ok(), "{whole}");
    }
    // 3.0 is a whole number written as a float.
    let mut v = tiny();
    v["providers"][0]["ratings"]["net"]["score"] = json!(3.0);
    assert!(parse(&v).is_ok());
}

#[test]
fn weights_must_be_whole_numbers_from_0_to_10() {
    let problems = problems_after(|d| d["criteria"][0]["default_weight"] = json!(11));
    assert_eq!(
        only(&problems),
        (
            "criteria › [0] (net) › default_weight",
            &ProblemKind::OutOfRange { min: 0, max: 10 }
        )
    );
}

#[test]
fn every_applicable_criterion_needs_a_rating_and_no_other() {
    let problems = problems_after(|d| {
        d["providers"][1]["ratings"]
            .as_object_mut()
            .unwrap()
            .remove("net");
        d["providers"][3]["ratings"]["neutral"] = json!({ "score": "unknown" });
    });
    let places = located(&problems);
    assert_eq!(
        places,
        vec![
            (
                "providers › [1] (beta) › ratings",
                ProblemKind::MissingRating("net".into())
            ),
            (
                "providers › [3] (delta) › ratings › neutral",
                ProblemKind::RatingNotApplicable("mail".into())
            ),
        ]
    );
}

#[test]
fn a_score_needs_a_justification_and_a_dated_source() {
    let at = "providers › [0] (alpha) › ratings › net";
    let problems = problems_after(|d| d["providers"][0]["ratings"]["net"]["sources"] = json!([]));
    assert_eq!(
        only(&problems),
        (format!("{at} › sources").as_str(), &ProblemKind::NoSources)
    );
    let problems = problems_after(|d| {
        d["providers"][0]["ratings"]["net"]
            .as_object_mut()
            .unwrap()
            .remove("why");
    });
    assert_eq!(
        only(&problems),
        (format!("{at} › why").as_str(), &ProblemKind::Missing)
    );
    let problems = problems_after(|d| {
        d["providers"][0]["ratings"]["net"]["sources"][0]
            .as_object_mut()
            .unwrap()
            .remove("date");
    });
    assert_eq!(
        only(&problems),
        (
            format!("{at} › sources › [0]").as_str(),
            &ProblemKind::NoSourceDate
        )
    );
    // An access date is enough.
    let mut v = tiny();
    let s = &mut v["providers"][0]["ratings"]["net"]["sources"][0];
    s.as_object_mut().unwrap().remove("date");
    s["accessed"] = json!("2026-11");
    assert!(parse(&v).is_ok());
}

#[test]
fn dates_must_be_real_and_not_after_the_check() {
    let at = "providers › [0] (alpha) › ratings › net › sources › [0]";
    let problems = problems_after(|d| {
        d["providers"][0]["ratings"]["net"]["sources"][0]["date"] = json!("2025-02-30")
    });
    assert_eq!(
        only(&problems),
        (
            format!("{at} › date").as_str(),
            &ProblemKind::BadDate {
                value: "2025-02-30".into(),
                why: DateProblem::Day { days: 28 }
            }
        )
    );
    assert_eq!(
        problems[0].to_string(),
        format!("line 1: {at} › date: “2025-02-30”: there is no such day; this month has 28 days.")
    );
    let problems = problems_after(|d| {
        d["providers"][0]["ratings"]["net"]["sources"][0]["date"] = json!("2027-01")
    });
    assert_eq!(
        only(&problems),
        (
            format!("{at} › date").as_str(),
            &ProblemKind::DateAfterCheck
        )
    );
    let problems = problems_after(|d| d["checked"] = json!("27.11.2026"));
    assert_eq!(
        only(&problems),
        (
            "checked",
            &ProblemKind::BadDate {
                value: "27.11.2026".into(),
                why: DateProblem::Form
            }
        )
    );
    let problems = problems_after(|d| d["checked"] = json!("1850-01"));
    assert_eq!(
        only(&problems),
        (
            "checked",
            &ProblemKind::BadDate {
                value: "1850-01".into(),
                why: DateProblem::Year
            }
        )
    );
}

#[test]
fn texts_need_every_declared_language() {
    let problems = problems_after(|d| d["criteria"][0]["name"] = json!({ "de": "Netz" }));
    assert_eq!(
        only(&problems),
        (
            "criteria › [0] (net) › name",
            &ProblemKind::MissingLanguage("en".into())
        )
    );
    let problems =
        problems_after(|d| d["criteria"][0]["name"] = json!({ "de": "Netz", "en": "  " }));
    assert_eq!(
        only(&problems),
        ("criteria › [0] (net) › name › en", &ProblemKind::EmptyText)
    );
    let problems = problems_after(|d| d["criteria"][0]["name"]["english"] = json!("Network"));
    assert_eq!(
        only(&problems),
        (
            "criteria › [0] (net) › name › english",
            &ProblemKind::BadLanguageCode("english".into())
        )
    );
    // A plain string is language-neutral and fine everywhere.
    let mut v = tiny();
    v["criteria"][0]["name"] = json!("Netz / Network");
    assert!(parse(&v).is_ok());
    // Without declared languages, one language is enough.
    let mut v = tiny();
    v.as_object_mut().unwrap().remove("languages");
    v["criteria"][0]["name"] = json!({ "fr": "Réseau" });
    assert!(parse(&v).is_ok());
}

#[test]
fn hostile_urls_never_pass() {
    let at = "providers › [0] (alpha) › website";
    for (url, why) in [
        ("javascript:alert(1)", UrlProblem::Scheme),
        (" JAVASCRIPT:alert(1)", UrlProblem::Whitespace),
        ("data:text/html;base64,PHNjcmlwdD4=", UrlProblem::Scheme),
        ("vbscript:msgbox", UrlProblem::Scheme),
        ("https://bank.example@evil.example", UrlProblem::Credentials),
    ] {
        let problems = problems_after(|d| d["providers"][0]["website"] = json!(url));
        assert_eq!(only(&problems), (at, &ProblemKind::BadUrl(why)), "{url:?}");
    }
    let problems = problems_after(|d| {
        d["providers"][0]["ratings"]["net"]["sources"][0]["url"] = json!("java\nscript:x")
    });
    assert_eq!(
        only(&problems),
        (
            "providers › [0] (alpha) › ratings › net › sources › [0] › url",
            &ProblemKind::BadUrl(UrlProblem::Whitespace)
        )
    );
}

#[test]
fn markup_in_texts_is_kept_verbatim_as_text() {
    let mut v = tiny();
    v["providers"][0]["name"] = json!("<img src=x onerror=alert(1)>");
    let d = parse(&v).unwrap();
    assert_eq!(
        d.providers[0].name.get(Lang::De),
        "<img src=x onerror=alert(1)>"
    );
}

#[test]
fn empty_lists_and_lonely_groups_are_reported() {
    let problems = problems_after(|d| d["providers"] = json!([]));
    assert_eq!(only(&problems), ("providers", &ProblemKind::EmptyList));
    let problems = problems_after(|d| {
        d["groups"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "id": "empty", "name": "Leer" }));
    });
    assert_eq!(
        only(&problems),
        ("groups › [2] (empty)", &ProblemKind::GroupWithoutCriteria)
    );
    let problems = problems_after(|d| d["criteria"][0]["applies_to"] = json!([]));
    assert_eq!(
        only(&problems),
        ("criteria › [0] (net) › applies_to", &ProblemKind::EmptyList)
    );
}

#[test]
fn overlong_texts_are_refused() {
    let problems = problems_after(|d| d["providers"][0]["name"] = json!("x".repeat(301)));
    assert_eq!(
        only(&problems),
        (
            "providers › [0] (alpha) › name",
            &ProblemKind::TooLong { max: 300 }
        )
    );
}

#[test]
fn all_problems_are_reported_at_once_up_to_a_cap() {
    let problems = problems_after(|d| {
        for p in d["providers"].as_array_mut().unwrap() {
            p["website"] = json!("ftp://x");
            p["name"] = json!("");
        }
    });
    assert_eq!(problems.len(), 8);
    let mut v = tiny();
    let template = v["providers"][0].clone();
    let many: Vec<_> = (0..300)
        .map(|i| {
            let mut p = template.clone();
            p["id"] = json!(format!("p{i}"));
            p["website"] = json!("javascript:void(0)");
            p
        })
        .collect();
    v["providers"] = json!(many);
    let problems = parse(&v).unwrap_err();
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    assert_eq!(
        problems.last().map(|p| &p.kind),
        Some(&ProblemKind::More(200))
    );
}

#[test]
fn problems_read_well_in_english_for_the_command_line() {
    let problems = problems_after(|d| d["providers"][0]["ratings"]["net"]["score"] = json!(9));
    // The fixture is written on one line, so the line is 1.
    assert_eq!(
        problems[0].to_string(),
        "line 1: providers › [0] (alpha) › ratings › net › score: The value must be between 0 and 5."
    );
}

#[test]
fn every_problem_kind_has_its_own_stable_name() {
    use ProblemKind as P;
    let s = || "x".to_owned();
    let kinds = [
        P::Syntax {
            line: 1,
            column: 1,
            what: SyntaxKind::BadNumber,
        },
        P::TooLarge { bytes: 1 },
        P::EmptyFile,
        P::WrongEncoding(WideEncoding::Utf16Le),
        P::NotUtf8 {
            line: 1,
            column: 1,
            byte: 0xFC,
        },
        P::Html,
        P::Missing,
        P::Null,
        P::WrongType(Expected::Object, Found::List),
        P::UnknownField,
        P::UnsupportedVersion { found: s() },
        P::EmptyList,
        P::EmptyText,
        P::ControlCharacter { found: '\n', at: 1 },
        P::DirectionControl {
            found: '\u{202e}',
            at: 1,
        },
        P::NothingVisible,
        P::TooLong { max: 1 },
        P::TooMany { max: 1 },
        P::BadId(s()),
        P::DuplicateId(s()),
        P::UnknownGroup(s()),
        P::UnknownType(s()),
        P::UnknownCriterion(s()),
        P::NotWholeNumber { min: 0, max: 5 },
        P::OutOfRange { min: 0, max: 5 },
        P::MissingLanguage(s()),
        P::DuplicateLanguage(s()),
        P::BadLanguageCode(s()),
        P::BadUrl(UrlProblem::Scheme),
        P::BadDate {
            value: s(),
            why: DateProblem::Form,
        },
        P::DateAfterCheck,
        P::MissingRating(s()),
        P::RatingNotApplicable(s()),
        P::BadConfidence(s()),
        P::BadSourceKind(s()),
        P::NoSources,
        P::NoSourceDate,
        P::GroupWithoutCriteria,
        P::More(1),
    ];
    let mut names: Vec<&str> = kinds.iter().map(ProblemKind::code).collect();
    for name in &names {
        // Lower-case words joined by hyphens, as `check-dataset --format json` publishes them.
        assert!(
            !name.is_empty()
                && name.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
            "{name}"
        );
    }
    assert_eq!(kinds[19].code(), "duplicate-id");
    // Every kind is worded in both languages, as a sentence.
    for kind in &kinds {
        let de = provider_compare::i18n::problem_message(Lang::De, kind);
        let en = provider_compare::i18n::problem_message(Lang::En, kind);
        assert!(
            de != en && de.ends_with('.') && en.ends_with('.'),
            "{de} / {en}"
        );
    }
    assert_eq!(
        kinds[4].code(),
        "not-utf8",
        "the name check-dataset used before"
    );
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), kinds.len(), "one name per kind");
}

#[test]
fn a_problem_has_a_column_exactly_when_it_has_a_line() {
    let problems = problems_after(|d| {
        d["providers"][0]["website"] = json!("javascript:alert(1)");
        d["title"] = json!(7);
    });
    assert!(!problems.is_empty());
    for p in &problems {
        assert_eq!(p.line.is_some(), p.column.is_some(), "{p:?}");
        assert!(p.column.is_none_or(|c| c >= 1), "{p:?}");
    }
}

#[test]
fn names_are_one_line_of_visible_characters_that_turn_nothing_around() {
    let at = "providers › [0] (alpha) › name";
    for (name, kind) in [
        ("\u{200b}", ProblemKind::NothingVisible),
        (
            "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}",
            ProblemKind::NothingVisible,
        ),
        (
            "\u{115f}\u{1160}\u{3164}\u{ffa0}",
            ProblemKind::NothingVisible,
        ),
        (" \u{ad}\u{2800} ", ProblemKind::NothingVisible),
        ("\u{301}\u{302}", ProblemKind::NothingVisible),
        ("\u{a0}\u{3000}", ProblemKind::EmptyText),
        (
            "Alpha\nGmbH",
            ProblemKind::ControlCharacter { found: '\n', at: 6 },
        ),
        (
            "Alpha\tGmbH",
            ProblemKind::ControlCharacter { found: '\t', at: 6 },
        ),
        (
            "\u{1b}[2JAlpha",
            ProblemKind::ControlCharacter {
                found: '\u{1b}',
                at: 1,
            },
        ),
        (
            "Alpha\u{9b}",
            ProblemKind::ControlCharacter {
                found: '\u{9b}',
                at: 6,
            },
        ),
        (
            "Alpha\u{2028}",
            ProblemKind::ControlCharacter {
                found: '\u{2028}',
                at: 6,
            },
        ),
        (
            "Alpha \u{202e}lanigiro",
            ProblemKind::DirectionControl {
                found: '\u{202e}',
                at: 7,
            },
        ),
        (
            "\u{2067}Alpha\u{2069}",
            ProblemKind::DirectionControl {
                found: '\u{2067}',
                at: 1,
            },
        ),
        (
            "Alpha\u{200f}",
            ProblemKind::DirectionControl {
                found: '\u{200f}',
                at: 6,
            },
        ),
        (
            "Alpha\u{61c}",
            ProblemKind::DirectionControl {
                found: '\u{61c}',
                at: 6,
            },
        ),
    ] {
        let problems = problems_after(|d| d["providers"][0]["name"] = json!(name));
        assert_eq!(only(&problems), (at, &kind), "{name:?}");
    }
    // The same rule for every name, in every language.
    for pointer in [
        "/title/en",
        "/groups/0/name/de",
        "/types/1/name/en",
        "/criteria/2/name/de",
    ] {
        let mut v = tiny();
        *v.pointer_mut(pointer).unwrap() = json!("x\u{202d}");
        let problems = parse(&v).unwrap_err();
        assert!(
            matches!(only(&problems).1, ProblemKind::DirectionControl { .. }),
            "{pointer}: {problems:?}"
        );
    }
    // Visible characters of every kind are names.
    for name in [
        "Ä",
        "e\u{301}",
        "Proton\u{a0}Mail",
        "1&1",
        "😀",
        "بريد",
        "邮件",
        "\u{fffd}",
    ] {
        let mut v = tiny();
        v["providers"][0]["name"] = json!(name);
        assert!(parse(&v).is_ok(), "{name:?}");
    }
}

#[test]
fn longer_texts_may_break_lines_but_not_hide_or_turn_around() {
    let at = "providers › [0] (alpha) › ratings › net › why › de";
    let set = |why: &str| {
        let mut v = tiny();
        v["providers"][0]["ratings"]["net"]["why"]["de"] = json!(why);
        parse(&v)
    };
    for ok in [
        "Erste Zeile\nzweite Zeile",
        "Spalte\tSpalte",
        "Windows\r\nZeilen",
        "RTL-Zitat \u{200f}(1)\u{200e}",
    ] {
        assert!(set(ok).is_ok(), "{ok:?}");
    }
    for (bad, kind) in [
        (
            "gut\u{1b}[31m",
            ProblemKind::ControlCharacter {
                found: '\u{1b}',
                at: 4,
            },
        ),
        (
            "gut\u{0}",
            ProblemKind::ControlCharacter {
                found: '\u{0}',
                at: 4,
            },
        ),
        (
            "gut \u{202e}",
            ProblemKind::DirectionControl {
                found: '\u{202e}',
                at: 5,
            },
        ),
        (
            "\u{2066}gut\u{2069}",
            ProblemKind::DirectionControl {
                found: '\u{2066}',
                at: 1,
            },
        ),
        ("\u{200b}\n\u{200b}", ProblemKind::NothingVisible),
    ] {
        let problems = set(bad).unwrap_err();
        assert_eq!(only(&problems), (at, &kind), "{bad:?}");
    }
}

#[test]
fn language_tags_compare_without_case_and_regional_tags_serve_their_language() {
    let problems = problems_after(|d| {
        d["title"] = json!({ "de": "Alpha", "en": "Alpha", "DE": "Omega" });
    });
    assert_eq!(
        only(&problems),
        ("title › DE", &ProblemKind::DuplicateLanguage("DE".into()))
    );
    let problems = problems_after(|d| {
        d["providers"][0]["ratings"]["net"]["why"] =
            json!({ "en-GB": "good", "de": "gut", "EN-gb": "fine" });
    });
    assert_eq!(
        only(&problems),
        (
            "providers › [0] (alpha) › ratings › net › why › EN-gb",
            &ProblemKind::DuplicateLanguage("EN-gb".into())
        )
    );
    // The declared languages compare the same way.
    let problems = problems_after(|d| d["languages"] = json!(["de", "en", "EN"]));
    assert_eq!(
        only(&problems),
        (
            "languages › [2]",
            &ProblemKind::DuplicateLanguage("EN".into())
        )
    );
    // Regional tags count for their language (declared: de, en) and are what readers see.
    let mut v = tiny();
    v["title"] = json!({ "de-AT": "Testdaten für Österreich", "en-GB": "Test data" });
    v["criteria"][0]["name"] = json!({ "de-DE": "Netz", "de-CH": "Netz (CH)", "EN": "Network" });
    let d = parse(&v).unwrap();
    assert_eq!(d.title.get(Lang::De), "Testdaten für Österreich");
    assert_eq!(d.title.get(Lang::En), "Test data");
    assert_eq!(d.criteria[0].name.get(Lang::De), "Netz");
    assert_eq!(d.criteria[0].name.get(Lang::En), "Network");
    // A declared regional language is served by the plain one too; another language is not.
    let mut v = tiny();
    v["languages"] = json!(["de-AT", "en"]);
    assert!(parse(&v).is_ok());
    let problems = problems_after(|d| d["title"] = json!({ "de": "Testdaten", "fr": "Données" }));
    assert_eq!(
        only(&problems),
        ("title", &ProblemKind::MissingLanguage("en".into()))
    );
    // At most MAX_TRANSLATIONS languages in one text.
    let problems = problems_after(|d| {
        let mut many = serde_json::Map::new();
        for i in 0..=MAX_TRANSLATIONS {
            many.insert(format!("x{i:03}"), json!("t"));
        }
        many.insert("de".into(), json!("d"));
        many.insert("en".into(), json!("e"));
        d["title"] = serde_json::Value::Object(many);
    });
    assert_eq!(
        only(&problems),
        (
            "title",
            &ProblemKind::TooMany {
                max: MAX_TRANSLATIONS
            }
        )
    );
}

#[test]
fn values_quoted_from_the_file_show_what_is_hidden_in_them() {
    let problems = problems_after(|d| {
        d["\u{1b}[1A\u{1b}[2K\rdata.json: valid"] = json!(1);
        d["providers"][0]["id"] = json!("alpha\u{202e}");
    });
    let places = located(&problems);
    assert_eq!(
        places,
        vec![
            (
                "\\u001B[1A\\u001B[2K\\u000Ddata.json: valid",
                ProblemKind::UnknownField
            ),
            (
                "providers › [0] (alpha\\u202E) › id",
                ProblemKind::BadId("alpha\\u202E".into())
            ),
        ]
    );
    for p in &problems {
        let shown = p.to_string();
        assert!(
            !shown
                .chars()
                .any(|c| c.is_control() || text::is_direction_control(c)),
            "{shown:?}"
        );
    }
}
