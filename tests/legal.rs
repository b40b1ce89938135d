//! Duties explained for a class and classroom roles (issue 13): the validator reads
//! `criteria[].explain` and `roles` with located problems; `check-dataset` rejects legal links off
//! the official hosts, warns on an explanation without law and counts the references; the
//! shipped dataset cites only official texts and none of the research's "do not cite" rules.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{parse, shipped, shipped_json};
use provider_compare::dataset::{Jurisdiction, OFFICIAL_LEGAL_HOSTS};
use provider_compare::hygiene::{self, LegalCount, LegalIssue, LegalIssueKind};
use provider_compare::validate::{parse_dataset, ProblemKind};
use serde_json::{json, Value};

/// The format-2 fixture (types `isp` and `email`) with one explained duty and one role.
fn explained() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid-format2.json"
    ))
    .unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    let types: Vec<String> = v["types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_owned())
        .collect();
    let t = |de: &str, en: &str| json!({ "de": de, "en": en });
    let langs = v["languages"].clone();
    assert_eq!(langs, json!(["de", "en"]), "the fixture is bilingual");
    v["criteria"][0]["explain"] = json!({
        "meaning": t("Bedeutung.", "Meaning."),
        "why": t("Warum.", "Why."),
        "examples": { (types[0].clone()): t("Beispiel.", "Example.") },
        "legal": [{
            "jurisdiction": "EU",
            "ref": t("Art. 32 Abs. 1 lit. b DSGVO", "Art. 32(1)(b) GDPR"),
            "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj/deu",
            "summary": t("Satz.", "Sentence."),
            "applies_to": [types[0].clone()],
            "checked": "2026-12-01"
        }]
    });
    v["roles"] = json!([{
        "id": "family",
        "name": t("Familie", "Family"),
        "scenario": t("Eine Familie.", "A family."),
        "task": t("Gewichte.", "Weight.")
    }]);
    v
}

fn problems(v: &Value) -> Vec<(String, ProblemKind)> {
    match parse(v) {
        Ok(_) => Vec::new(),
        Err(p) => p.into_iter().map(|p| (p.path, p.kind)).collect(),
    }
}

#[test]
fn explanations_and_roles_are_read() {
    let v = explained();
    let d = parse(&v).unwrap_or_else(|p| panic!("{p:#?}"));
    let e = d.criteria[0].explain.as_ref().unwrap();
    assert_eq!(e.examples.len(), 1);
    assert_eq!(e.legal[0].jurisdiction, Jurisdiction::Eu);
    assert_eq!(e.legal[0].url.host(), "eur-lex.europa.eu");
    assert!(e.legal[0].checked.is_some());
    assert_eq!(d.roles.len(), 1);
    assert_eq!(d.roles[0].id, "family");
    // Both are optional: the fixture without them stays valid, with no roles and no explanation.
    let mut plain = v.clone();
    plain.as_object_mut().unwrap().remove("roles");
    plain["criteria"][0]
        .as_object_mut()
        .unwrap()
        .remove("explain");
    let d = parse(&plain).unwrap();
    assert!(d.roles.is_empty() && d.criteria[0].explain.is_none());
}

#[test]
fn unknown_type_ids_are_located() {
    let mut v = explained();
    v["criteria"][0]["explain"]["examples"]["dsl"] = json!({ "de": "x", "en": "x" });
    v["criteria"][0]["explain"]["legal"][0]["applies_to"] = json!(["fax"]);
    let p = problems(&v);
    let id = v["criteria"][0]["id"].as_str().unwrap().to_owned();
    assert!(
        p.contains(&(
            format!("criteria › [0] ({id}) › explain › examples › dsl"),
            ProblemKind::UnknownType("dsl".into())
        )),
        "{p:#?}"
    );
    assert!(
        p.contains(&(
            format!("criteria › [0] ({id}) › explain › legal › [0] › applies_to › [0]"),
            ProblemKind::UnknownType("fax".into())
        )),
        "{p:#?}"
    );
    // With a line.
    let all = parse(&v).unwrap_err();
    assert!(all.iter().all(|p| p.line.is_some()), "{all:#?}");
}

#[test]
fn duplicate_roles_http_links_jurisdictions_and_missing_languages_are_problems() {
    let mut v = explained();
    let role = v["roles"][0].clone();
    v["roles"].as_array_mut().unwrap().push(role);
    assert!(problems(&v)
        .iter()
        .any(|(path, k)| path == "roles › [1] (family) › id"
            && *k == ProblemKind::DuplicateId("family".into())));

    let mut v = explained();
    v["criteria"][0]["explain"]["legal"][0]["url"] =
        json!("http://eur-lex.europa.eu/eli/reg/2016/679/oj/deu");
    assert!(problems(&v)
        .iter()
        .any(|(path, k)| path.ends_with("explain › legal › [0] › url")
            && *k == ProblemKind::NotHttps));

    let mut v = explained();
    v["criteria"][0]["explain"]["legal"][0]["jurisdiction"] = json!("FR");
    assert!(problems(&v)
        .iter()
        .any(|(path, k)| path.ends_with("legal › [0] › jurisdiction")
            && *k == ProblemKind::BadJurisdiction("FR".into())));

    let mut v = explained();
    v["criteria"][0]["explain"]["why"] = json!({ "de": "Nur deutsch." });
    v["roles"][0]["task"] = json!({ "en": "English only." });
    let p = problems(&v);
    assert!(p.iter().any(|(path, k)| path.ends_with("explain › why")
        && *k == ProblemKind::MissingLanguage("en".into())));
    assert!(p
        .iter()
        .any(|(path, k)| path == "roles › [0] (family) › task"
            && *k == ProblemKind::MissingLanguage("de".into())));

    // The fields are format 2's.
    let mut v = explained();
    v["format_version"] = json!(1);
    assert!(
        problems(&v)
            .iter()
            .any(|(path, k)| path == "roles" && *k == ProblemKind::NeedsFormat2),
        "{:#?}",
        problems(&v)
    );
}

#[test]
fn the_legal_review_finds_unofficial_hosts_and_explanations_without_law() {
    let mut v = explained();
    v["criteria"][0]["explain"]["legal"][0]["url"] =
        json!("https://dejure.org/gesetze/TKG/57.html");
    let d = parse(&v).unwrap();
    assert_eq!(
        hygiene::review_legal(&d),
        [LegalIssue {
            criterion: 0,
            legal: Some(0),
            kind: LegalIssueKind::UnofficialHost {
                host: "dejure.org".into()
            }
        }]
    );
    v["criteria"][0]["explain"]
        .as_object_mut()
        .unwrap()
        .remove("legal");
    let d = parse(&v).unwrap();
    assert_eq!(
        hygiene::review_legal(&d),
        [LegalIssue {
            criterion: 0,
            legal: None,
            kind: LegalIssueKind::ExplainWithoutLegal
        }]
    );
    assert!(LegalIssueKind::UnofficialHost {
        host: String::new()
    }
    .is_error());
    assert!(!LegalIssueKind::ExplainWithoutLegal.is_error());
    // A subdomain or look-alike of an official host is not official.
    for host in [
        "eur-lex.europa.eu.example",
        "gesetze-im-internet.de",
        "x.www.ris.bka.gv.at",
    ] {
        assert!(!hygiene::official_legal_host(host), "{host}");
    }
    for host in OFFICIAL_LEGAL_HOSTS {
        assert!(hygiene::official_legal_host(host));
    }
    let d = parse(&explained()).unwrap();
    assert!(hygiene::review_legal(&d).is_empty());
    assert_eq!(
        hygiene::count_legal(&d),
        LegalCount {
            references: 1,
            hosts: 1
        }
    );
}

/// The checker's exit code and standard output.
fn check(args: &[&str]) -> (i32, String) {
    let (code, out, _) = common::run_checker(args);
    (code, out)
}

fn temp(name: &str, v: &Value) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("pc-legal-{name}-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string_pretty(v).unwrap()).unwrap();
    path
}

#[test]
fn the_checker_rejects_unofficial_hosts_with_their_line() {
    let mut v = explained();
    v["criteria"][0]["explain"]["legal"][0]["url"] =
        json!("https://dejure.org/gesetze/TKG/57.html");
    let path = temp("host", &v);
    let file = path.to_str().unwrap();
    // An error without --strict, although the widget loads the file.
    assert!(parse_dataset(&v.to_string()).is_ok());
    let (code, out) = check(&[file]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("invalid, 1 problem"), "{out}");
    assert!(
        out.contains("“dejure.org” is not an official publication of the law"),
        "{out}"
    );
    let (code, out) = check(&["--format", "json", file]);
    assert_eq!(code, 1);
    let r: Value = serde_json::from_str(&out).unwrap();
    let p = &r["files"][0]["problems"][0];
    assert_eq!(p["kind"], "unofficial-legal-host");
    assert!(p["path"]
        .as_str()
        .unwrap()
        .ends_with("explain › legal › [0] › url"));
    let text = serde_json::to_string_pretty(&v).unwrap();
    let line = text.lines().position(|l| l.contains("dejure.org")).unwrap() + 1;
    assert_eq!(p["line"], line);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn the_checker_warns_on_an_explanation_without_law_and_counts_references() {
    let mut v = explained();
    v["criteria"][0]["explain"]
        .as_object_mut()
        .unwrap()
        .remove("legal");
    let path = temp("nolaw", &v);
    let file = path.to_str().unwrap();
    let (code, out) = check(&[file]);
    assert_eq!(code, 0, "a warning alone does not fail: {out}");
    assert!(
        out.contains("0 legal references to 0 official hosts"),
        "{out}"
    );
    assert!(
        out.contains("The duty is explained without any legal reference"),
        "{out}"
    );
    let (code, _) = check(&["--strict", file]);
    assert_eq!(code, 1);
    let (_, out) = check(&["--format", "json", "--lang", "de", file]);
    let r: Value = serde_json::from_str(&out).unwrap();
    let f = &r["files"][0];
    assert_eq!(
        f["summary"]["legal"],
        json!({ "references": 0, "hosts": 0 })
    );
    assert_eq!(f["warnings"][0]["kind"], "explain-without-legal");
    assert!(f["warnings"][0]["path"]
        .as_str()
        .unwrap()
        .ends_with("explain › legal"));
    std::fs::remove_file(&path).unwrap();

    let (code, out) = check(&["--strict", "data/providers.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("76 legal references to 4 official hosts"),
        "{out}"
    );
    let (_, out) = check(&["--lang", "de", "data/providers.core.json"]);
    assert!(
        out.contains("76 Rechtsvorschriften auf 4 amtlichen Servern"),
        "{out}"
    );
}

/// Every duty of the shipped dataset is explained: an example for exactly the types it applies
/// to, at least one legal reference, each on an official host and checked on the research's date.
#[test]
fn the_shipped_duties_are_explained_from_official_texts() {
    let d = shipped();
    for c in &d.criteria {
        let e = c.explain.as_ref().unwrap_or_else(|| panic!("{}", c.id));
        let applies: Vec<&str> = d
            .types
            .iter()
            .enumerate()
            .filter(|(t, _)| c.applies(*t))
            .map(|(_, t)| t.id.as_str())
            .collect();
        let examples: Vec<&str> = e.examples.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(examples, applies, "{}", c.id);
        assert!(!e.legal.is_empty(), "{}", c.id);
        for r in &e.legal {
            assert!(r.url.as_str().starts_with("https://"), "{}", r.url.as_str());
            assert!(
                OFFICIAL_LEGAL_HOSTS.contains(&r.url.host()),
                "{}: {}",
                c.id,
                r.url.as_str()
            );
            assert_eq!(r.checked.map(|d| d.iso()), Some("2026-12-01".to_owned()));
        }
    }
    assert!(hygiene::review_legal(&d).is_empty());
    let roles: Vec<&str> = d.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        roles,
        [
            "family",
            "craft_business",
            "journalist",
            "online_shop",
            "school"
        ]
    );
}

/// None of the research's "Nicht verifiziert – nicht zitieren" items is cited (or quoted) in
/// the shipped data: not in a reference, a summary or an example.
#[test]
fn nothing_the_research_says_not_to_cite_is_cited() {
    const DO_NOT_CITE: &[&str] = &[
        "§ 52 TKG", // 1: the contract summary is § 54
        "Section 52 TKG",
        "§ 19 TDDDG", // 2
        "TTDSG",
        "Art. 40 RL (EU) 2018/1972", // 3: repealed by NIS2
        "Art. 41 RL (EU) 2018/1972",
        "Art. 40 Directive",
        "Art. 41 Directive",
        "ePrivacy-Verordnung", // 4: a withdrawn draft
        "ePrivacy Regulation",
        "Art. 12a FMG",    // 5
        "§ 35 BSIG",       // 6
        "BSIG",            // 19: no official deep link checked
        "§ 44 Abs. 2 TKG", // 9: no longer in force
        "Section 44(2)",
        "§ 128 Abs. 4", // 10
        "§ 129 TKG",
        "RL 93/13/EWG (Anhang", // 11
        "Allgemeinverfügung",   // 12
        "C-514/24",             // 13
        "Magyar Telekom",
        "10 000", // 14: the threshold of Art. 96 FDV
        "10,000",
        "30 000",
        "Art. 96b FDV",  // 15
        "§ 1 DSG",       // 16
        "BDSG",          // 17
        "§ 25 TKG 2003", // 18
        "VGG",           // 19: no RIS link checked
        "Sunrise",       // 20
        "A4-Seite",      // 22
        "one A4 page",
    ];
    let v: Value = serde_json::from_str(&shipped_json()).unwrap();
    let explained: String = v["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["explain"].to_string())
        .chain(std::iter::once(v["roles"].to_string()))
        .collect();
    for s in DO_NOT_CITE {
        assert!(!explained.contains(s), "cites “{s}”");
    }
    // The NISG 2026 is cited only for its risk-management measures (§ 32), never for its
    // reporting duties.
    let d = shipped();
    for r in d
        .criteria
        .iter()
        .filter_map(|c| c.explain.as_ref())
        .flat_map(|e| &e.legal)
        .filter(|r| r.jurisdiction == Jurisdiction::At)
    {
        let de = r.reference.get(provider_compare::text::Lang::De);
        if de.contains("NISG") {
            assert!(de.starts_with("§ 32 NISG 2026"), "{de}");
        }
    }
}
