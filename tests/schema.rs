//! `data/schema.json` and the validator say the same thing: the same fields for every kind of
//! object, and the same fields required. (That the schema accepts the shipped datasets and
//! rejects the broken fixtures is checked with a JSON Schema validator in `tests/node/`.)

mod common;

use common::shipped_json;
use provider_compare::validate::{fields, parse_dataset, ProblemKind};
use serde_json::Value;

fn schema() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The schema of each kind of object, with the validator's list of its fields.
fn kinds(schema: &Value) -> Vec<(&'static str, &Value, &'static [&'static str])> {
    let def = |name: &str| &schema["$defs"][name];
    vec![
        ("dataset", schema, fields::DATASET),
        ("group", def("group"), fields::GROUP),
        ("type", def("type"), fields::TYPE),
        ("criterion", def("criterion"), fields::CRITERION),
        ("provider", def("provider"), fields::PROVIDER),
        ("rating", def("rating"), fields::RATING),
        ("source", def("source"), fields::SOURCE),
        ("preset", def("preset"), fields::PRESET),
        ("knockout", def("knockout"), fields::KNOCKOUT),
        ("rubric", def("rubric"), fields::RUBRIC),
        ("check", def("check"), fields::CHECK),
        ("finding", def("finding"), fields::FINDING),
        ("override", def("override"), fields::OVERRIDE),
        ("checkRecord", def("checkRecord"), fields::CHECK_RECORD),
        ("role", def("role"), fields::ROLE),
        ("explain", def("explain"), fields::EXPLAIN),
        ("legalRef", def("legalRef"), fields::LEGAL),
        ("dataLocation", def("dataLocation"), fields::DATA_LOCATION),
    ]
}

/// The format-2 fixture, which uses every format-2 field.
fn format_2() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid-format2.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn the_schema_lists_exactly_the_fields_the_validator_accepts() {
    let schema = schema();
    for (name, def, accepted) in kinds(&schema) {
        let properties: Vec<String> = def["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{name}: no properties"))
            .keys()
            .cloned()
            .collect();
        let accepted: Vec<String> = accepted.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(sorted(properties), sorted(accepted), "{name}");
        assert_eq!(
            def["additionalProperties"], false,
            "{name}: unknown fields are errors"
        );
        assert_eq!(
            def["patternProperties"]["^_"], true,
            "{name}: _comments are allowed"
        );
    }
}

/// Takes each field out of a complete, valid example of its kind and sees whether the validator
/// misses it: exactly the fields the schema requires must be missed.
#[test]
fn the_schema_requires_exactly_what_the_validator_requires() {
    let schema = schema();
    let mut base: Value = serde_json::from_str(&shipped_json()).unwrap();
    // Optional fields the shipped examples do not use, so that every field is tried.
    let provider = object_at(&mut base, &["providers", "1"]);
    provider.insert("note".into(), "Privatkundentarife".into());
    let rating = object_at(&mut base, &["providers", "1", "ratings", "privacy"]);
    rating.insert("confidence".into(), "low".into());
    let source = object_at(
        &mut base,
        &["providers", "1", "ratings", "privacy", "sources", "0"],
    );
    source.insert("date".into(), "2020-01".into());
    source.insert("kind".into(), "press".into());
    assert!(parse_dataset(&base.to_string()).is_ok());
    let v2 = format_2();
    assert!(parse_dataset(&v2.to_string()).is_ok());
    // The shipped core uses every top-level field, `evidence` included.
    let core: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/providers.core.json"
        ))
        .unwrap(),
    )
    .unwrap();
    // A path to one complete example of each kind: in the shipped dataset (whose presets and
    // knock-outs use every field), or in the format-2 fixture, which uses every format-2 field.
    let example_at = |kind: &str| -> (&Value, Vec<&'static str>) {
        match kind {
            "dataset" => (&core, vec![]),
            "group" => (&base, vec!["groups", "0"]),
            "type" => (&base, vec!["types", "0"]),
            "criterion" => (&base, vec!["criteria", "0"]),
            "provider" => (&v2, vec!["providers", "0"]),
            "rating" => (&v2, vec!["providers", "1", "ratings", "sla"]),
            "source" => (
                &v2,
                vec!["providers", "0", "ratings", "sla", "sources", "1"],
            ),
            "preset" => (&base, vec!["presets", "1"]),
            "knockout" => (&base, vec!["knockouts", "0"]),
            "rubric" => (&v2, vec!["criteria", "0", "rubric"]),
            "check" => (&v2, vec!["criteria", "0", "rubric", "checks", "4"]),
            "finding" => (
                &v2,
                vec!["providers", "0", "ratings", "sla", "findings", "0"],
            ),
            "override" => (&v2, vec!["providers", "1", "ratings", "sla", "override"]),
            "checkRecord" => (&v2, vec!["providers", "0", "ratings", "sla", "checked"]),
            "role" => (&base, vec!["roles", "0"]),
            "explain" => (&base, vec!["criteria", "0", "explain"]),
            "legalRef" => (&base, vec!["criteria", "0", "explain", "legal", "0"]),
            "dataLocation" => (&v2, vec!["providers", "0", "data_location"]),
            _ => unreachable!(),
        }
    };
    for (name, def, accepted) in kinds(&schema) {
        let required: Vec<String> = def["required"]
            .as_array()
            .map(|a| a.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default();
        // A scored rating also needs `why` and `sources` in a complete dataset (the schema's
        // `ratingEvidence`, which applies where the file has no `evidence`).
        let conditional_def = if name == "rating" {
            &schema["$defs"]["ratingEvidence"]
        } else {
            def
        };
        let conditional: Vec<String> = conditional_def["then"]["required"]
            .as_array()
            .map(|a| a.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default();
        let (example, path) = example_at(name);
        for field in accepted {
            let mut v = example.clone();
            assert!(
                object_at(&mut v, &path).remove(*field).is_some(),
                "the {name} example lacks {field}"
            );
            let missed = match parse_dataset(&v.to_string()) {
                Ok(_) => false,
                Err(problems) => problems.iter().any(|p| {
                    (p.kind == ProblemKind::Missing
                        && (p.path == *field || p.path.ends_with(&format!("› {field}"))))
                        // A met finding without its sources.
                        || (*field == "sources" && p.kind == ProblemKind::FindingWithoutSource)
                }),
            };
            let schema_requires =
                required.iter().any(|r| r == field) || conditional.iter().any(|r| r == field);
            assert_eq!(
                missed, schema_requires,
                "{name}.{field}: validator misses it: {missed}, schema requires it: {schema_requires}"
            );
        }
    }
}

/// In format 1, and in format 2 without findings, a rating must say its score; with findings
/// the score follows from them (the schema's `anyOf`).
#[test]
fn a_rating_needs_a_score_or_findings() {
    let mut v1: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/valid-minimal.json"
        ))
        .unwrap(),
    )
    .unwrap();
    object_at(&mut v1, &["providers", "0", "ratings", "privacy"]).remove("score");
    let problems = parse_dataset(&v1.to_string()).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.kind == ProblemKind::Missing && p.path.ends_with("privacy › score")));
    let mut v2 = format_2();
    object_at(&mut v2, &["providers", "0", "ratings", "sla"]).remove("findings");
    object_at(&mut v2, &["providers", "0", "ratings", "sla"]).remove("score");
    let problems = parse_dataset(&v2.to_string()).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.kind == ProblemKind::Missing && p.path.ends_with("sla › score")));
    assert_eq!(
        schema()["$defs"]["rating"]["anyOf"],
        serde_json::json!([{ "required": ["score"] }, { "required": ["findings"] }])
    );
}

fn object_at<'a>(mut cur: &'a mut Value, path: &[&str]) -> &'a mut serde_json::Map<String, Value> {
    for p in path {
        cur = match p.parse::<usize>() {
            Ok(i) => &mut cur[i],
            Err(_) => &mut cur[*p],
        };
    }
    cur.as_object_mut().unwrap()
}

/// The limits the validator enforces are the ones data/README.md lists and data/schema.json
/// states.
#[test]
fn the_limits_are_the_same_in_the_validator_the_schema_and_the_format_description() {
    use provider_compare::json::MAX_DEPTH;
    use provider_compare::url::MAX_URL_LEN;
    use provider_compare::validate::{
        MAX_APPLIES_TO, MAX_CRITERIA, MAX_DATASET_BYTES, MAX_GROUPS, MAX_KNOCKOUTS, MAX_LANGUAGES,
        MAX_NAME_CHARS, MAX_PRESETS, MAX_PROBLEMS, MAX_PROVIDERS, MAX_SOURCES, MAX_TEXT_CHARS,
        MAX_TRANSLATIONS, MAX_TYPES,
    };
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/README.md")).unwrap();
    let thousands = |n: usize| {
        let s = n.to_string();
        if s.len() > 3 {
            format!("{},{}", &s[..s.len() - 3], &s[s.len() - 3..])
        } else {
            s
        }
    };
    for row in [
        format!("| file size | {} MB |", MAX_DATASET_BYTES >> 20),
        format!("| nesting | {MAX_DEPTH} levels |"),
        format!("| `groups`, `types`, `presets` | {MAX_GROUPS} each |"),
        format!("| `criteria` | {MAX_CRITERIA} |"),
        format!("| `providers` | {} |", thousands(MAX_PROVIDERS)),
        format!("| `knockouts` | {MAX_KNOCKOUTS} |"),
        format!("| `languages`; `applies_to` and `sources` per entry | {MAX_LANGUAGES}; {MAX_APPLIES_TO}, {MAX_SOURCES} |"),
        format!("| languages per text | {MAX_TRANSLATIONS} |"),
        format!("| name / longer text | {MAX_NAME_CHARS} / {MAX_TEXT_CHARS} characters |"),
        format!("| problems listed | {MAX_PROBLEMS} "),
        format!("| URL | {MAX_URL_LEN} characters |"),
    ] {
        assert!(readme.contains(&row), "data/README.md lacks {row:?}");
    }
    assert_eq!((MAX_GROUPS, MAX_TYPES, MAX_PRESETS), (50, 50, 50));
    let schema = schema();
    for (list, max) in [
        ("groups", MAX_GROUPS),
        ("types", MAX_TYPES),
        ("criteria", MAX_CRITERIA),
        ("providers", MAX_PROVIDERS),
        ("presets", MAX_PRESETS),
        ("knockouts", MAX_KNOCKOUTS),
        ("languages", MAX_LANGUAGES),
    ] {
        assert_eq!(schema["properties"][list]["maxItems"], max, "{list}");
    }
    assert_eq!(schema["$defs"]["nameString"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(schema["$defs"]["proseString"]["maxLength"], MAX_TEXT_CHARS);
    assert_eq!(schema["$defs"]["url"]["maxLength"], MAX_URL_LEN);
}
