//! The dataset the widget ships with: valid, complete for the teaching text, and honest — every
//! score sourced and dated, every gap explicit.

mod common;

use common::shipped_json;
use provider_compare::dataset::{Dataset, Rating};
use provider_compare::text::Lang;
use provider_compare::validate::parse_dataset;

/// How many of its applicable cells (12 per provider) the shipped dataset scores at least.
const SCORED_AT_LEAST: usize = 410;

fn shipped() -> Dataset {
    match parse_dataset(&shipped_json()) {
        Ok(d) => d,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!("data/providers.json is invalid:\n{}", list.join("\n"))
        }
    }
}

#[test]
fn has_the_five_groups_and_thirteen_duties_of_the_teaching_text() {
    let d = shipped();
    let groups: Vec<&str> = d.groups.iter().map(|g| g.name.get(Lang::De)).collect();
    assert_eq!(
        groups,
        [
            "Technische Aufgaben",
            "Rechtliche Pflichten",
            "Vertragliche Pflichten",
            "Sicherheit",
            "Kommunikation und Transparenz"
        ]
    );
    let per_group: Vec<Vec<&str>> = (0..d.groups.len())
        .map(|g| {
            d.criteria_of(g)
                .map(|(_, c)| c.name.get(Lang::De))
                .collect()
        })
        .collect();
    assert_eq!(
        per_group,
        vec![
            vec![
                "Netzwerkbetrieb und Infrastruktur",
                "Wartung und Updates",
                "Datensicherung",
                "Support und Kundendienst"
            ],
            vec![
                "Datenschutz (DSGVO)",
                "Netzneutralität",
                "Haftung und Verantwortung (AGB)"
            ],
            vec!["Service Level Agreements", "Kundendatenmanagement"],
            vec![
                "Sicherheitsmaßnahmen (Firewalls, Anti-Malware, IDS)",
                "Zugangskontrolle"
            ],
            vec![
                "Information über Ausfälle und Wartungen",
                "Transparenz bei Preisen und Änderungen"
            ],
        ]
    );
    for c in &d.criteria {
        assert!(!c.description.get(Lang::De).is_empty() && !c.description.get(Lang::En).is_empty());
        assert_ne!(
            c.name.get(Lang::De),
            c.name.get(Lang::En),
            "{} needs an English name",
            c.id
        );
    }
}

#[test]
fn names_the_eleven_providers_of_the_text_and_the_market_of_three_countries() {
    let d = shipped();
    // The teaching text's eleven, marked so that a class can keep to them.
    let by_type: Vec<(&str, Vec<&str>)> = (0..d.types.len())
        .map(|t| {
            (
                d.types[t].id.as_str(),
                d.providers_of(t)
                    .filter(|(_, p)| p.named_in_text)
                    .map(|(_, p)| p.name.get(Lang::De))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        by_type,
        vec![
            ("isp", vec!["A1", "Telekom", "Vodafone"]),
            ("hosting", vec!["Host Europe", "Strato", "IONOS"]),
            ("cloud", vec!["Amazon Web Services", "Microsoft Azure"]),
            ("email", vec!["Gmail", "Outlook.com", "Proton Mail"]),
        ]
    );
    // Issue 14: at least 44 providers, at least 10 per type, offered in all three countries;
    // each says where it is offered, and hosting, cloud and e-mail where the data is held.
    assert!(d.providers.len() >= 44, "{}", d.providers.len());
    for t in 0..d.types.len() {
        assert!(d.providers_of(t).count() >= 10, "{}", d.types[t].id);
    }
    for country in ["DE", "AT", "CH"] {
        let based = d
            .providers
            .iter()
            .filter(|p| p.country.as_ref().map(|c| c.get(Lang::De)) == Some(country));
        assert!(based.count() >= 2, "providers based in {country}");
    }
    assert_eq!(d.countries()[..3], ["DE", "AT", "CH"]);
    // No provider added from the market rests on less than 60 % of its duties.
    for c in provider_compare::hygiene::coverage(&d) {
        let p = &d.providers[c.provider];
        assert!(p.named_in_text || c.share() >= 0.6, "{}: {:?}", p.id, c);
    }
    let isp = d.types.iter().position(|t| t.id == "isp").unwrap();
    for p in &d.providers {
        assert!(p.website.as_str().starts_with("https://"), "{}", p.id);
        assert!(!p.serves.is_empty(), "{} says where it is offered", p.id);
        assert_eq!(
            p.data_location.is_some(),
            p.kind != isp,
            "{}: where the data is held",
            p.id
        );
    }
}

#[test]
fn net_neutrality_is_for_isps_and_backup_not_for_them() {
    let d = shipped();
    let isp = d.types.iter().position(|t| t.id == "isp").unwrap();
    let nn = d
        .criteria
        .iter()
        .find(|c| c.id == "net_neutrality")
        .unwrap();
    assert_eq!(nn.applies_to.iter().filter(|&&a| a).count(), 1);
    assert!(nn.applies_to[isp]);
    let backup = d.criteria.iter().find(|c| c.id == "backup").unwrap();
    assert!(!backup.applies_to[isp]);
}

#[test]
fn every_score_is_justified_in_both_languages_and_sourced_with_a_date() {
    let d = shipped();
    let (mut scored, mut unknown, mut not_applicable) = (0, 0, 0);
    for p in &d.providers {
        for (c, r) in d.criteria.iter().zip(&p.ratings) {
            match r {
                Rating::Scored(s) => {
                    scored += 1;
                    assert!(
                        !s.why.is_neutral(),
                        "{}/{}: justification must be in de and en",
                        p.id,
                        c.id
                    );
                    assert_ne!(
                        s.why.get(Lang::De),
                        s.why.get(Lang::En),
                        "{}/{}",
                        p.id,
                        c.id
                    );
                    assert!(!s.sources.is_empty());
                    for src in &s.sources {
                        assert!(
                            src.date.is_some() || src.accessed.is_some(),
                            "{}/{}",
                            p.id,
                            c.id
                        );
                    }
                }
                Rating::Unknown { .. } => unknown += 1,
                Rating::NotApplicable => not_applicable += 1,
            }
        }
    }
    // One cell per provider does not apply (net neutrality for all but ISPs, backup for ISPs).
    // The December 2026 re-check and research scored what their sources ground; the floor
    // keeps it from sliding.
    let n = d.providers.len();
    assert_eq!((scored + unknown, not_applicable), (12 * n, n));
    assert!(scored >= SCORED_AT_LEAST, "{scored} of {} scored", 12 * n);
}

#[test]
fn default_weights_are_set_and_checked_date_is_given() {
    let d = shipped();
    assert!(d.criteria.iter().all(|c| c.default_weight > 0));
    assert_eq!(d.checked.iso(), "2026-12-02");
    assert_eq!(d.languages, ["de", "en"]);
}

#[test]
fn has_the_five_presets_with_rationales_and_the_knock_out_rules() {
    let d = shipped();
    let names: Vec<&str> = d.presets.iter().map(|p| p.name.get(Lang::De)).collect();
    assert_eq!(
        names,
        [
            "Ausgewogen",
            "Datenschutz zuerst",
            "Ausfallsicherheit",
            "Privatkunde: günstig & einfach",
            "Kleines Unternehmen"
        ]
    );
    for p in &d.presets {
        assert!(!p.rationale.is_neutral());
        assert_eq!(p.weights.len(), d.criteria.len());
        assert_eq!(p.group_weights.len(), d.groups.len());
    }
    let rules: Vec<(&str, u8, u8)> = d
        .knockouts
        .iter()
        .map(|k| (d.criteria[k.criterion].id.as_str(), k.at_most, k.cap))
        .collect();
    assert_eq!(
        rules,
        [
            ("privacy", 1, 40),
            ("security", 1, 40),
            ("access_control", 1, 50)
        ]
    );
    assert!(d.groups.iter().all(|g| g.default_weight > 0));
}

/// The committed core (`data/providers.core.json`, what the widget loads first) and its parts
/// (`data/evidence/`) are exactly what `split-dataset` writes from the complete file, valid on
/// their own, and completed by it.
#[test]
fn the_core_is_split_from_the_complete_file_and_matches_it() {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = std::env::temp_dir().join(format!("pc-split-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("providers.core.json");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_split-dataset"))
        .args([
            &format!("{root}/data/providers.json"),
            out.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let written = std::fs::read_to_string(&out).unwrap();
    let stale = "is stale: run `cargo run --bin split-dataset -- data/providers.json data/providers.core.json`";
    let listing = |d: &std::path::Path| {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    let parts = listing(&dir.join("evidence"));
    assert_eq!(
        listing(std::path::Path::new(&format!("{root}/data/evidence"))),
        parts,
        "data/evidence/ {stale}"
    );
    for name in &parts {
        let ok = std::fs::read(dir.join("evidence").join(name)).unwrap()
            == std::fs::read(format!("{root}/data/evidence/{name}")).unwrap();
        assert!(ok, "data/evidence/{name} {stale}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
    let committed = std::fs::read_to_string(format!("{root}/data/providers.core.json")).unwrap();
    assert!(written == committed, "data/providers.core.json {stale}");
    let core = parse_dataset(&committed).unwrap();
    assert_eq!(core.evidence.as_deref(), Some("providers.json"));
    let full = shipped();
    assert!(core.is_core() && !full.is_core());
    assert!(core.completed_by(&full));
    // Everything a ranking needs is in the core; the evidence is not.
    for (p, q) in core.providers.iter().zip(&full.providers) {
        for (a, b) in p.ratings.iter().zip(&q.ratings) {
            assert_eq!(a.score(), b.score());
            if let Rating::Scored(s) = a {
                assert!(
                    s.sources.is_empty() && s.findings.is_empty() && s.why.get(Lang::De).is_empty()
                );
            }
        }
    }
    assert!(core.criteria.iter().all(|c| c.rubric.is_none()));
    // A core that another file does not complete is told apart.
    let mut other = full.clone();
    if let Some(Rating::Scored(s)) = other.providers[0]
        .ratings
        .iter_mut()
        .find(|r| r.score().is_some())
    {
        s.score = (s.score + 1) % 6;
    }
    assert!(!core.completed_by(&other));
}

/// The shipped parts: one per type, each completing the core for its type, and together every
/// provider of the complete file with byte for byte the same evidence (the same JSON objects),
/// in the complete file's order within each type.
#[test]
fn the_parts_hold_every_providers_evidence_once() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |path: &str| std::fs::read_to_string(format!("{root}/data/{path}")).unwrap();
    let core = parse_dataset(&read("providers.core.json")).unwrap();
    let full = shipped();
    let full_json: serde_json::Value = serde_json::from_str(&shipped_json()).unwrap();
    let mut held: Vec<serde_json::Value> = Vec::new();
    for (t, kind) in core.types.iter().enumerate() {
        let path = core
            .evidence_part(t)
            .unwrap_or_else(|| panic!("{}: no part", kind.id));
        assert_eq!(path, format!("evidence/{}.json", kind.id));
        let text = read(path);
        let part = parse_dataset(&text).unwrap();
        assert!(core.completed_for(t, &part), "{path}");
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        // Everything but the providers is the complete file's.
        let without = |v: &serde_json::Value| {
            let mut v = v.clone();
            v.as_object_mut().unwrap().remove("providers");
            v
        };
        assert_eq!(without(&json), without(&full_json), "{path}");
        for p in json["providers"].as_array().unwrap() {
            assert_eq!(p["type"], kind.id.as_str(), "{path}");
            held.push(p.clone());
        }
    }
    // Every provider once, with the same object as in the complete file.
    let mut expected: Vec<serde_json::Value> = full_json["providers"].as_array().unwrap().clone();
    let type_order = |p: &serde_json::Value| {
        core.types
            .iter()
            .position(|t| p["type"] == t.id.as_str())
            .unwrap()
    };
    expected.sort_by_key(type_order);
    assert_eq!(held.len(), full.providers.len());
    assert_eq!(held, expected);
}

/// The complete file keeps every hygiene rule (what `check-dataset --strict` checks).
#[test]
fn the_complete_file_keeps_the_hygiene_rules() {
    let d = shipped();
    let warnings = provider_compare::hygiene::review(&d);
    assert!(warnings.is_empty(), "{warnings:#?}");
    // Every score follows from findings; every rating says when it was checked.
    for p in &d.providers {
        for r in &p.ratings {
            if let Rating::Scored(s) = r {
                assert!(!s.findings.is_empty(), "{}", p.id);
                assert!(s.checked.is_some(), "{}", p.id);
            }
        }
    }
}
