//! Helpers shared by the native test files: a small valid dataset to mutate, parsing shortcuts, and
//! the shipped dataset (as text, parsed, and loaded into a widget state); the crate's source files
//! for the tests that read the code itself.
#![allow(dead_code)]

use std::rc::Rc;

use provider_compare::dataset::{Dataset, SharedDataset};
use provider_compare::share::{LinkIssue, SharedView};
use provider_compare::state::{Action, AppState};
use provider_compare::text::Lang;
use provider_compare::validate::{parse_dataset, Problem};
use serde_json::{json, Value};

/// A valid dataset with two groups, three criteria (one only for `isp`), two types and four
/// providers. Scores are chosen so that totals are easy to compute by hand.
pub fn tiny() -> Value {
    let src = |url: &str| json!([{ "url": url, "title": "Quelle", "date": "2025-01-02" }]);
    json!({
        "format_version": 1,
        "title": { "de": "Testdaten", "en": "Test data" },
        "checked": "2026-11-27",
        "languages": ["de", "en"],
        "groups": [
            { "id": "tech", "name": { "de": "Technik", "en": "Technology" } },
            { "id": "law", "name": { "de": "Recht", "en": "Law" } }
        ],
        "types": [
            { "id": "isp", "name": { "de": "Zugang", "en": "Access" } },
            { "id": "mail", "name": { "de": "E-Mail", "en": "E-mail" } }
        ],
        "criteria": [
            { "id": "net", "group": "tech", "name": { "de": "Netz", "en": "Network" },
              "description": { "de": "Netz läuft", "en": "Network runs" },
              "applies_to": ["isp", "mail"], "default_weight": 5 },
            { "id": "neutral", "group": "law", "name": { "de": "Neutralität", "en": "Neutrality" },
              "description": { "de": "Gleichbehandlung", "en": "Equal treatment" },
              "applies_to": ["isp"], "default_weight": 5 },
            { "id": "privacy", "group": "law", "name": { "de": "Datenschutz", "en": "Privacy" },
              "description": { "de": "DSGVO", "en": "GDPR" },
              "applies_to": ["isp", "mail"], "default_weight": 10 }
        ],
        "providers": [
            { "id": "alpha", "name": "Alpha", "type": "isp", "website": "https://alpha.example/",
              "ratings": {
                "net": { "score": 5, "why": { "de": "gut", "en": "good" }, "sources": src("https://a.example/1") },
                "neutral": { "score": 1, "why": { "de": "schlecht", "en": "bad" }, "sources": src("https://a.example/2") },
                "privacy": { "score": 3, "why": { "de": "mittel", "en": "fair" }, "sources": src("https://a.example/3") }
              } },
            { "id": "beta", "name": "Beta", "type": "isp", "website": "https://beta.example/",
              "ratings": {
                "net": { "score": 2, "why": { "de": "mäßig", "en": "poor" }, "sources": src("https://b.example/1") },
                "neutral": { "score": "unknown" },
                "privacy": { "score": 5, "why": { "de": "sehr gut", "en": "very good" }, "sources": src("https://b.example/2") }
              } },
            { "id": "gamma", "name": "Gamma", "type": "isp", "website": "https://gamma.example/",
              "ratings": {
                "net": { "score": "unknown", "why": { "de": "nichts", "en": "nothing" } },
                "neutral": { "score": "unknown" },
                "privacy": { "score": "unknown" }
              } },
            { "id": "delta", "name": "Delta", "type": "mail", "website": "https://delta.example/",
              "ratings": {
                "net": { "score": 4, "why": { "de": "gut", "en": "good" }, "sources": src("https://d.example/1"), "confidence": "low" },
                "privacy": { "score": 2, "why": { "de": "naja", "en": "meh" }, "sources": src("https://d.example/2") }
              } }
        ]
    })
}

pub fn parse(value: &Value) -> Result<Dataset, Vec<Problem>> {
    parse_dataset(&value.to_string())
}

pub fn tiny_dataset() -> Dataset {
    match parse(&tiny()) {
        Ok(d) => d,
        Err(problems) => panic!("the tiny fixture must be valid: {problems:#?}"),
    }
}

/// The problems for a mutated fixture; fails the test if it is accepted.
pub fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v = tiny();
    mutate(&mut v);
    match parse(&v) {
        Ok(_) => panic!("the mutated dataset was accepted"),
        Err(p) => p,
    }
}

pub fn shipped_json() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/providers.json"))
        .expect("data/providers.json is readable")
}

thread_local! {
    /// Parsed once per test thread: the property tests load it thousands of times.
    static SHIPPED: SharedDataset = SharedDataset(Rc::new(parse_dataset(&shipped_json()).unwrap()));
}

pub fn shipped_shared() -> SharedDataset {
    SHIPPED.with(Clone::clone)
}

pub fn shipped() -> Dataset {
    (*shipped_shared().0).clone()
}

/// A widget state (German) that has loaded the shipped dataset, starting from a shared view.
pub fn load(view: Option<SharedView>, issues: Vec<LinkIssue>) -> AppState {
    AppState::starting_with(Lang::De, view, issues).reduce(Action::Loaded(Ok(shipped_shared())))
}

/// Every `.rs` file under `dir`, recursively (for tests that read the source: architecture, ids).
pub fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Runs the `check-dataset` command with `args` in the crate's folder: exit code, stdout, stderr.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_checker(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_check-dataset"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
