//! A core's evidence split by provider type (`evidence_parts`): how the format is checked, when
//! a part completes a core and how it is merged (the widget's state: `tests/state_evidence.rs`).

mod common;

use common::{parse, tiny};
use provider_compare::dataset::{Dataset, Rating};
use provider_compare::text::Lang;
use provider_compare::validate::{parse_dataset, Expected, Found, Problem, ProblemKind};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// The format.

/// The tiny fixture as a core (format 2) with a part for its ISPs.
fn tiny_core() -> Value {
    let mut v = tiny();
    v["format_version"] = json!(2);
    v["evidence"] = json!("tiny.json");
    v["evidence_parts"] = json!({ "isp": "evidence/isp.json" });
    v
}

fn problems(v: &Value) -> Vec<(String, ProblemKind)> {
    match parse(v) {
        Ok(_) => panic!("accepted: {v}"),
        Err(p) => p.into_iter().map(|p| (p.path, p.kind)).collect(),
    }
}

#[test]
fn a_core_names_its_parts_by_type_id() {
    let d = parse(&tiny_core()).unwrap();
    assert_eq!(
        d.evidence_parts,
        vec![Some("evidence/isp.json".into()), None]
    );
    assert_eq!(d.evidence_part(0), Some("evidence/isp.json"));
    assert_eq!(d.evidence_part(1), None, "mail has no part");
    assert_eq!(d.evidence_part(9), None);
    // Without `evidence_parts` (an old core, a complete file): no parts.
    let mut v = tiny_core();
    v.as_object_mut().unwrap().remove("evidence_parts");
    assert!(parse(&v).unwrap().evidence_parts.is_empty());
    assert!(parse(&tiny()).unwrap().evidence_parts.is_empty());
    // Comments are allowed, an empty object is no parts.
    v["evidence_parts"] = json!({ "_note": "later", "mail": "mail.json" });
    assert_eq!(
        parse(&v).unwrap().evidence_parts,
        vec![None, Some("mail.json".into())]
    );
    v["evidence_parts"] = json!({});
    assert_eq!(parse(&v).unwrap().evidence_parts, vec![None, None]);
}

#[test]
fn a_part_must_be_of_a_known_type_at_a_plain_relative_path() {
    let with = |parts: Value| {
        let mut v = tiny_core();
        v["evidence_parts"] = parts;
        problems(&v)
    };
    assert_eq!(
        with(json!({ "isp": "evidence/isp.json", "fax": "fax.json" })),
        [(
            "evidence_parts › fax".into(),
            ProblemKind::UnknownType("fax".into())
        )]
    );
    for bad in [
        "../isp.json",
        "/isp.json",
        "https://evil.example/isp.json",
        "//evil.example/isp.json",
        "evidence/isp.txt",
        "evidence//isp.json",
        "isp.json?x=1",
    ] {
        assert_eq!(
            with(json!({ "isp": bad })),
            [(
                "evidence_parts › isp".into(),
                ProblemKind::BadEvidencePath(bad.to_owned())
            )],
            "{bad}"
        );
    }
    assert_eq!(
        with(json!({ "isp": 5 })),
        [(
            "evidence_parts › isp".into(),
            ProblemKind::WrongType(Expected::String, Found::Number)
        )]
    );
    assert_eq!(
        with(json!(["evidence/isp.json"])),
        [(
            "evidence_parts".into(),
            ProblemKind::WrongType(Expected::Object, Found::List)
        )]
    );
}

#[test]
fn parts_are_only_allowed_in_a_core_of_format_2() {
    // A complete file (no `evidence`) has nothing to split.
    let mut v = tiny_core();
    v["format_version"] = json!(2);
    v.as_object_mut().unwrap().remove("evidence");
    assert_eq!(
        problems(&v),
        [("evidence_parts".into(), ProblemKind::PartsWithoutCore)]
    );
    // Format 1 knows neither.
    let mut v = tiny();
    v["evidence_parts"] = json!({ "isp": "isp.json" });
    assert!(problems(&v).contains(&("evidence_parts".into(), ProblemKind::NeedsFormat2)));
    // Both kinds have a stable name and a message in both languages.
    for kind in [ProblemKind::PartsWithoutCore, ProblemKind::PartMismatch] {
        assert!(!kind.code().is_empty());
        let problem = Problem {
            path: "evidence_parts".into(),
            line: None,
            column: None,
            kind,
        };
        let de = provider_compare::i18n::problem_text(Lang::De, &problem);
        let en = provider_compare::i18n::problem_text(Lang::En, &problem);
        assert!(de.contains("Kern") && en.contains("core"), "{de} / {en}");
    }
}

// ---------------------------------------------------------------------------------------------
// Completion and merge, on the shipped files.

fn read(path: &str) -> Dataset {
    let text = std::fs::read_to_string(format!("{}/data/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("data/{path}: {e}"));
    parse_dataset(&text).unwrap_or_else(|p| panic!("data/{path}: {p:#?}"))
}

/// The shipped core, its complete file and its parts (one per type, in type order).
fn shipped() -> (Dataset, Dataset, Vec<Dataset>) {
    let core = read("providers.core.json");
    let parts = (0..core.types.len())
        .map(|t| read(core.evidence_part(t).unwrap()))
        .collect();
    (core, read("providers.json"), parts)
}

fn kind_of(d: &Dataset, id: &str) -> usize {
    d.types.iter().position(|t| t.id == id).unwrap()
}

#[test]
fn each_shipped_part_completes_the_core_for_its_type_only() {
    let (core, full, parts) = shipped();
    assert_eq!(parts.len(), 4);
    for (t, part) in parts.iter().enumerate() {
        assert!(core.completed_for(t, part), "{}", core.types[t].id);
        for u in (0..parts.len()).filter(|&u| u != t) {
            assert!(!core.completed_for(u, part), "{} for {u}", core.types[t].id);
        }
        assert!(!core.completed_by(part), "a part is not the complete file");
        assert!(!core.completed_for(99, part));
    }
    assert!(
        !core.completed_for(0, &full),
        "the complete file is not a part"
    );
    assert!(!core.completed_for(0, &core), "a core is not a part");
}

#[test]
fn a_part_that_does_not_match_the_core_is_refused() {
    let (core, _, parts) = shipped();
    let isp = kind_of(&core, "isp");
    let part = &parts[isp];
    let refused = |why: &str, change: &dyn Fn(&mut Dataset)| {
        let mut p = part.clone();
        change(&mut p);
        assert!(!core.completed_for(isp, &p), "{why}");
        assert!(core.with_part(isp, p).is_none(), "{why}");
    };
    refused("another score", &|p| {
        if let Some(Rating::Scored(s)) = p.providers[0]
            .ratings
            .iter_mut()
            .find(|r| r.score().is_some())
        {
            s.score = (s.score + 1) % 6;
        }
    });
    refused("another confidence", &|p| {
        if let Some(Rating::Scored(s)) = p.providers[1]
            .ratings
            .iter_mut()
            .find(|r| r.score().is_some())
        {
            s.low_confidence = !s.low_confidence;
        }
    });
    refused("another order", &|p| p.providers.swap(0, 1));
    refused("a provider left out", &|p| {
        p.providers.pop();
    });
    refused("another type's provider too", &|p| {
        p.providers
            .push(parts[kind_of(&core, "email")].providers[0].clone())
    });
    refused("offered elsewhere", &|p| {
        p.providers[0].serves.push("FR".into())
    });
    // The tiny fixture's check date is another one.
    let other_date = parse(&tiny()).unwrap().checked;
    assert_ne!(other_date, core.checked);
    refused("another check date", &|p| p.checked = other_date);
    refused("other criteria", &|p| p.criteria.swap(0, 1));
    refused("other presets", &|p| {
        p.presets.pop();
    });
    refused("a core itself", &|p| {
        p.evidence = Some("providers.json".into())
    });
    refused("a duty for other types", &|p| {
        let a = &mut p.criteria[0].applies_to[kind_of(&core, "email")];
        *a = !*a;
    });
    refused("other roles", &|p| {
        p.roles.pop();
    });
    // Once a part brought the rubrics, a part with another rubric for a duty does not fit.
    let email = kind_of(&core, "email");
    let merged = core.with_part(isp, part.clone()).unwrap();
    let mut other = parts[email].clone();
    let rubric = other
        .criteria
        .iter_mut()
        .find_map(|c| c.rubric.as_mut())
        .unwrap();
    rubric.checks[0].points = (rubric.checks[0].points + 1) % 6;
    assert!(!merged.completed_for(email, &other));
    assert!(merged.completed_for(email, &parts[email]));
}

#[test]
fn merging_a_part_brings_its_types_evidence_and_keeps_every_index() {
    let (core, full, parts) = shipped();
    let isp = kind_of(&core, "isp");
    let merged = core.with_part(isp, parts[isp].clone()).unwrap();
    // Still a core of the same lists in the same order: every index stays valid.
    assert!(merged.is_core() && merged.completed_by(&full));
    assert_eq!(merged.evidence_parts, core.evidence_parts);
    assert_eq!(merged.providers.len(), core.providers.len());
    for ((m, c), f) in merged
        .providers
        .iter()
        .zip(&core.providers)
        .zip(&full.providers)
    {
        assert_eq!((&m.id, m.kind), (&c.id, c.kind));
        if m.kind == isp {
            assert_eq!(m, f, "{}: the complete file's evidence", m.id);
        } else {
            assert_eq!(m, c, "{}: as in the core", m.id);
        }
    }
    // The criteria are the complete file's: rubrics and explanations.
    assert_eq!(merged.criteria, full.criteria);
    assert!(merged.criteria.iter().all(|c| c.explain.is_some()));
    // All parts merged give the complete file's evidence, whatever the order.
    let mut all = merged;
    for t in (0..parts.len()).rev() {
        all = all.with_part(t, parts[t].clone()).unwrap();
    }
    assert_eq!(all.providers, full.providers);
    // A part merged twice changes nothing.
    assert_eq!(all.with_part(isp, parts[isp].clone()).unwrap(), all);
}
