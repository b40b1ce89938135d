//! The dataset checker on the command line: same verdict as the widget, every problem with its
//! place, and exit codes a CI job can use.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::run_checker as check;
use serde_json::json;

#[test]
fn valid_datasets_pass_with_a_summary() {
    let (code, out, _) = check(&["data/providers.json", "data/examples/schule-email.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("data/providers.json: valid"), "{out}");
    // The counts, taken from the file itself: every rating is a score or "unknown", and every
    // criterion missing from a provider's ratings does not apply to it.
    let shipped: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("data/providers.json").unwrap()).unwrap();
    let (mut scored, mut unknown, mut cells) = (0, 0, 0);
    let criteria = shipped["criteria"].as_array().unwrap().len();
    let providers = shipped["providers"].as_array().unwrap();
    for p in providers {
        cells += criteria;
        for r in p["ratings"].as_object().unwrap().values() {
            if r["score"] == "unknown" {
                unknown += 1;
            } else {
                scored += 1;
            }
        }
    }
    let na = cells - scored - unknown;
    assert!(
        out.contains(&format!(
            "{} providers; {scored} scores, {unknown} unknown, {na} not applicable",
            providers.len()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{scored} of {} applicable cells scored",
            scored + unknown
        )),
        "{out}"
    );
    assert!(
        out.contains("data/examples/schule-email.json: valid"),
        "{out}"
    );
    assert!(
        out.contains("1 type, 3 providers"),
        "singular and plural: {out}"
    );
    let (_, out, _) = check(&["--lang", "de", "data/examples/schule-email.json"]);
    assert!(
        out.contains("1 Anbieterart, 3 Anbieter; 19 Bewertungen"),
        "{out}"
    );
}

#[test]
fn every_problem_is_listed_with_line_and_path() {
    let (code, out, _) = check(&["tests/fixtures/hostile/script-urls.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("invalid, 2 problems"), "{out}");
    assert!(
        out.contains("line 53: providers › [0] (mailer) › website: Only addresses starting with http:// or https:// are allowed."),
        "{out}"
    );
    let (_, out, _) = check(&["--lang", "de", "tests/fixtures/hostile/invalid-json.json"]);
    assert!(out.contains("ungültig, 1 Problem"), "{out}");
    assert!(out.contains("Zeile "), "{out}");
}

/// Every fixture file of the hostile tests (also those in `encoding/`), with what the widget's
/// validator says of its bytes.
fn fixtures() -> Vec<(
    std::path::PathBuf,
    Result<provider_compare::dataset::Dataset, Vec<provider_compare::validate::Problem>>,
)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut out = Vec::new();
    for dir in [root.clone(), root.join("encoding")] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() || path.file_name().unwrap() == "cases.json" {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            out.push((
                path,
                provider_compare::validate::parse_dataset_bytes(&bytes),
            ));
        }
    }
    assert!(out.len() > 30, "{} fixtures", out.len());
    out
}

#[test]
fn the_verdict_is_the_widgets() {
    // Every fixture the widget tests use: the checker agrees with parse_dataset_bytes.
    for (path, widget) in fixtures() {
        let (code, out, _) = check(&[path.to_str().unwrap()]);
        match widget {
            Ok(_) => assert_eq!(code, 0, "{out}"),
            Err(problems) => {
                assert_eq!(code, 1, "{out}");
                assert_eq!(out.lines().count(), problems.len() + 1, "{out}");
            }
        }
    }
}

#[test]
fn unreadable_files_and_bad_usage_exit_with_2() {
    let dir = std::env::temp_dir().join("pc-check-dataset-test");
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.json");
    std::fs::write(&latin1, b"{\"title\": \"Gr\xfc\xdfe\"}").unwrap();
    let (code, out, _) = check(&[latin1.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "invalid, 1 problem\n  The file is not valid UTF-8: line 1, column 14 (byte 0xFC)."
        ),
        "{out}"
    );
    let (code, _, err) = check(&["no/such/file.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    assert_eq!(check(&[]).0, 2);
    assert_eq!(check(&["--lang", "fr", "x"]).0, 2);
    let (code, out, _) = check(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: check-dataset"));
}

/// Runs the checker with `--format json` and reads its report.
fn report(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = check(&all);
    let value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, value)
}

#[test]
fn the_json_report_gives_every_problem_with_place_kind_and_message() {
    let fixture = "tests/fixtures/hostile/script-urls.json";
    let (code, v) = report(&[fixture]);
    assert_eq!(code, 1, "same exit status as the text");
    assert_eq!(v["format"], "provider-compare-check");
    assert_eq!(v["version"], 1);
    assert_eq!(v["lang"], "en");
    assert_eq!(v["valid"], false);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    let file = &files[0];
    assert_eq!(file["file"], fixture);
    assert_eq!(file["readable"], true);
    assert_eq!(file["valid"], false);
    assert_eq!(file["error"], serde_json::Value::Null);
    let problems = file["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2);
    let first = &problems[0];
    assert_eq!(first["path"], "providers › [0] (mailer) › website");
    assert_eq!(first["line"], 53);
    assert_eq!(first["column"], 18);
    assert_eq!(first["kind"], "bad-url");
    assert_eq!(
        first["message"],
        "Only addresses starting with http:// or https:// are allowed."
    );
    // Line and column are where the offending value starts in the file, not estimates.
    let text = std::fs::read_to_string(fixture).unwrap();
    for p in problems {
        let line = text
            .lines()
            .nth(p["line"].as_u64().unwrap() as usize - 1)
            .unwrap();
        let at: String = line
            .chars()
            .skip(p["column"].as_u64().unwrap() as usize - 1)
            .collect();
        assert!(
            at.to_ascii_lowercase().starts_with("\"javascript:")
                || at.to_ascii_lowercase().starts_with("\" javascript:"),
            "{p}: {at}"
        );
    }

    let (_, v) = report(&["--lang", "de", fixture]);
    assert_eq!(v["lang"], "de");
    assert_eq!(
        v["files"][0]["problems"][0]["message"],
        "Nur Adressen mit http:// oder https:// sind erlaubt."
    );
    assert_eq!(v["files"][0]["problems"][0]["kind"], "bad-url");
}

#[test]
fn the_json_report_names_kinds_stably_and_places_syntax_errors() {
    let (code, v) = report(&["--lang", "de", "tests/fixtures/hostile/duplicate-ids.json"]);
    assert_eq!(code, 1);
    let p = &v["files"][0]["problems"][0];
    assert_eq!(p["kind"], "duplicate-id");
    assert_eq!(p["path"], "providers › [1] (mailer) › id");
    assert_eq!(
        p["message"],
        "Die Kennung „mailer“ kommt mehrfach vor; jede darf in ihrer Liste nur einmal stehen."
    );
    assert!(p["line"].is_u64() && p["column"].is_u64(), "{p}");

    // Not JSON: the whole file (empty path), at the line and column where reading stopped.
    let (code, v) = report(&["tests/fixtures/hostile/invalid-json.json"]);
    assert_eq!(code, 1);
    let p = &v["files"][0]["problems"][0];
    assert_eq!(p["kind"], "syntax");
    assert_eq!(p["path"], "");
    let place = format!("line {}, column {}", p["line"], p["column"]);
    assert!(p["message"].as_str().unwrap().contains(&place), "{p}");
}

#[test]
fn the_json_report_covers_valid_unreadable_and_non_utf8_files() {
    let dir = std::env::temp_dir().join("pc-check-dataset-json-test");
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.json");
    std::fs::write(&latin1, b"{\"title\": \"Gr\xfc\xdfe\"}").unwrap();
    let (code, v) = report(&[
        "data/providers.json",
        latin1.to_str().unwrap(),
        "no/such/file.json",
    ]);
    assert_eq!(code, 2, "unreadable wins, as in the text");
    assert_eq!(v["valid"], false);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files[0]["valid"], true);
    assert_eq!(files[0]["problems"].as_array().unwrap().len(), 0);
    let p = &files[1]["problems"][0];
    assert_eq!(p["kind"], "not-utf8");
    assert_eq!((&p["line"], &p["column"]), (&json!(1), &json!(14)));
    assert!(p["message"].as_str().unwrap().contains("byte 0xFC"), "{p}");
    assert_eq!(files[2]["readable"], false);
    assert_eq!(files[2]["valid"], false);
    assert!(files[2]["error"].is_string());

    let (code, v) = report(&["data/providers.json"]);
    assert_eq!((code, &v["valid"]), (0, &serde_json::Value::Bool(true)));
    assert_eq!(check(&["--format", "xml", "data/providers.json"]).0, 2);
}

#[test]
fn the_json_report_agrees_with_the_validator_on_every_fixture() {
    for (path, widget) in fixtures() {
        let (code, v) = report(&[path.to_str().unwrap()]);
        let problems = v["files"][0]["problems"].as_array().unwrap();
        match widget {
            Ok(_) => assert_eq!((code, problems.len()), (0, 0), "{v}"),
            Err(expected) => {
                assert_eq!(code, 1, "{v}");
                assert_eq!(problems.len(), expected.len(), "{v}");
                for (p, e) in problems.iter().zip(&expected) {
                    assert_eq!(p["kind"], e.kind.code());
                    assert_eq!(p["path"], e.path.as_str());
                    // Both or neither: a place is a line and a column.
                    assert_eq!(p["line"].is_null(), p["column"].is_null(), "{p}");
                    let place = e.kind.place().or(e.line.zip(e.column));
                    assert_eq!(p["line"].as_u64(), place.map(|(l, _)| l as u64), "{p}");
                }
            }
        }
    }
}

#[test]
fn nothing_from_a_file_reaches_the_terminal_raw() {
    // The unknown key of this fixture is "\u{1b}[1A\u{1b}[2K\rdata.json: valid": printed raw, it
    // moves the cursor up, clears the line and writes "valid" over the verdict "invalid".
    let fixture = "tests/fixtures/hostile/terminal-escapes.json";
    let dir = std::env::temp_dir().join("pc-check-dataset-escapes");
    std::fs::create_dir_all(&dir).unwrap();
    let evil_name = dir.join("x\u{1b}[2K\u{202e}.json");
    std::fs::copy(fixture, &evil_name).unwrap();
    let evil_name = evil_name.to_str().unwrap();
    let raw = |s: &str| {
        s.chars().any(|c| {
            c != '\n' && (c.is_control() || provider_compare::text::is_direction_control(c))
        })
    };
    for lang in ["en", "de"] {
        let (code, out, err) = check(&["--lang", lang, fixture, evil_name]);
        assert_eq!(code, 1, "{out}");
        assert!(!raw(&out) && !raw(&err), "{out:?}");
        assert!(
            out.contains("  line 73: \\u001B[1A\\u001B[2K\\u000Ddata.json: valid: ")
                || out.contains("  Zeile 73: \\u001B[1A\\u001B[2K\\u000Ddata.json: valid: "),
            "{out}"
        );
        assert!(out.contains("x\\u001B[2K\\u202E.json: "), "{out}");
        assert!(out.lines().all(|l| !l.starts_with("data.json")), "{out}");
    }
    let (code, v) = report(&[fixture, evil_name]);
    let (_, out, _) = check(&["--format", "json", fixture, evil_name]);
    assert_eq!(code, 1);
    assert!(!raw(&out), "{out:?}");
    let files = v["files"].as_array().unwrap();
    assert_eq!(
        files[0]["problems"][0]["path"],
        "\\u001B[1A\\u001B[2K\\u000Ddata.json: valid"
    );
    assert_eq!(files[0]["problems"][1]["kind"], "control-character");
    assert!(files[1]["file"]
        .as_str()
        .unwrap()
        .ends_with("x\\u001B[2K\\u202E.json"));
    // An unreadable file's name and error are escaped too.
    let missing = dir.join("gone\u{1b}[1A.json");
    let (code, out, err) = check(&[missing.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(!raw(&out) && !raw(&err), "{err:?}");
    assert!(err.contains("gone\\u001B[1A.json: cannot read"), "{err}");
}

/// `--strict` fails on hygiene warnings, which are listed (text and JSON) with the summary of
/// what the ratings rest on (the fixture's sources: four of its ratings', one of where a provider
/// keeps its data); without it they are only reported.
#[test]
fn strict_fails_on_hygiene_warnings() {
    let fixture = "tests/fixtures/valid-format2.json";
    let (code, out, _) = check(&["--strict", fixture]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("format 2; 2 of 3 applicable cells scored (66.7 %): 2 from findings, 1 overrides, 1 low confidence; 5 sources: 3 provider, 1 authority, 1 press; 1 older than 3 years, 0 with only an access date"),
        "{out}"
    );
    // The shipped dataset keeps the rules too.
    let (code, out, _) = check(&["--strict", "data/providers.json"]);
    assert_eq!(code, 0, "{out}");

    // A copy whose provider source lives on another brand's site.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    v["providers"][1]["ratings"]["sla"]["sources"][0]["url"] = json!("https://other.example/agb");
    let path = std::env::temp_dir().join(format!("pc-strict-{}.json", std::process::id()));
    std::fs::write(&path, v.to_string()).unwrap();
    let file = path.to_str().unwrap();
    let (code, out, _) = check(&[file]);
    assert_eq!(code, 0, "a warning alone does not fail: {out}");
    assert!(out.contains("1 warning (--strict fails on it)"), "{out}");
    assert!(
        out.contains("providers[1] (beta) › ratings › sla › sources[0]: Given as the provider's own source, but “other.example” is not one of its domains"),
        "{out}"
    );
    let (code, _, _) = check(&["--strict", file]);
    assert_eq!(code, 1);
    let (code, r) = report(&["--strict", "--lang", "de", file]);
    assert_eq!(code, 1);
    assert_eq!(r["strict"], true);
    assert_eq!(r["valid"], false);
    let f = &r["files"][0];
    assert_eq!(f["valid"], true, "valid, but not clean");
    assert_eq!(f["warnings"][0]["kind"], "provider-off-site");
    assert_eq!(
        f["warnings"][0]["path"],
        "providers[1] (beta) › ratings › sla › sources[0]"
    );
    assert!(f["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("gehört nicht zu seinen Domains"));
    assert_eq!(f["summary"]["overrides"], 1);
    assert_eq!(f["summary"]["sources_by_kind"]["authority"], 1);
    std::fs::remove_file(&path).unwrap();
}

/// `--coverage` adds a table per provider and per type of the duties scored; the counts are the
/// file's own.
#[test]
fn coverage_lists_every_provider_and_type() {
    let (code, out, _) = check(&["--coverage", "data/providers.json"]);
    assert_eq!(code, 0, "{out}");
    let shipped: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("data/providers.json").unwrap()).unwrap();
    assert!(out.contains("| provider | type | offered in | applicable | scored | unknown | low confidence | scored share |"));
    for p in shipped["providers"].as_array().unwrap() {
        let ratings = p["ratings"].as_object().unwrap();
        let unknown = ratings.values().filter(|r| r["score"] == "unknown").count();
        let scored = ratings.len() - unknown;
        let mark = if p["named_in_text"] == true {
            " (text)"
        } else {
            ""
        };
        let row = format!(
            "| {}{mark} | {} | ",
            p["id"].as_str().unwrap(),
            p["type"].as_str().unwrap()
        );
        let line = out
            .lines()
            .find(|l| l.starts_with(&row))
            .unwrap_or_else(|| panic!("no row {row}"));
        assert!(
            line.contains(&format!("| {} | {scored} | {unknown} |", ratings.len())),
            "{line}"
        );
    }
    for t in shipped["types"].as_array().unwrap() {
        assert!(out.contains(&format!("| {} | ", t["id"].as_str().unwrap())));
    }
    // Without the flag, no table; in German, German words; not with the JSON report.
    let (_, plain, _) = check(&["data/providers.json"]);
    assert!(!plain.contains("| provider |"));
    let (_, de, _) = check(&["--coverage", "--lang", "de", "data/providers.json"]);
    assert!(de.contains("| Anbieter | Art | angeboten in |"), "{de}");
    assert!(de.contains("| a1 (Text) | isp | AT |"), "{de}");
    let (code, _, err) = check(&["--coverage", "--format", "json", "data/providers.json"]);
    assert_eq!(code, 2, "{err}");
}

/// A core is checked with its complete file and its parts beside it: each part must be there,
/// valid, complete the core for its type and be the complete file with only that type's
/// providers (evidence the widget cannot compare, the checker can).
#[test]
fn a_core_is_checked_with_its_parts() {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = std::env::temp_dir().join(format!("pc-check-parts-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("evidence")).unwrap();
    let copy = |name: &str| {
        std::fs::copy(format!("{root}/data/{name}"), dir.join(name)).unwrap();
    };
    for name in [
        "providers.json",
        "providers.core.json",
        "evidence/isp.json",
        "evidence/hosting.json",
        "evidence/cloud.json",
        "evidence/email.json",
    ] {
        copy(name);
    }
    let core = dir.join("providers.core.json");
    let core = core.to_str().unwrap();
    let (code, out, _) = check(&["--strict", core]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("4 parts of the evidence match the core and the complete file: isp, hosting, cloud, email"),
        "{out}"
    );
    let (_, de, _) = check(&["--lang", "de", core]);
    assert!(de.contains("4 Teile der Belege passen zum Kern"), "{de}");
    let (code, json) = report(&[core]);
    assert_eq!(code, 0);
    assert_eq!(
        json["files"][0]["parts"],
        json!(["isp", "hosting", "cloud", "email"])
    );
    // A complete file has no parts to list.
    let (_, json) = report(&["data/providers.json"]);
    assert_eq!(json["files"][0]["parts"], json!([]));

    let isp = dir.join("evidence/isp.json");
    let original = std::fs::read_to_string(&isp).unwrap();
    // Another type's part in place of the ISPs'.
    std::fs::copy(dir.join("evidence/email.json"), &isp).unwrap();
    let (code, json) = report(&[core]);
    assert_eq!(code, 1);
    let problems = &json["files"][0]["problems"];
    assert_eq!(problems.as_array().unwrap().len(), 1, "{problems}");
    assert_eq!(problems[0]["kind"], "part-mismatch");
    assert_eq!(
        problems[0]["path"],
        "evidence_parts › isp (evidence/isp.json)"
    );
    // The same scores, but a justification that is not the complete file's: the widget would
    // take it, the checker does not.
    let mut v: serde_json::Value = serde_json::from_str(&original).unwrap();
    let ratings = v["providers"][0]["ratings"].as_object_mut().unwrap();
    let rating = ratings
        .values_mut()
        .find(|r| r.get("why").is_some())
        .unwrap();
    rating["why"] = json!({ "de": "Anders begründet.", "en": "Reasoned otherwise." });
    std::fs::write(&isp, v.to_string()).unwrap();
    let (code, json) = report(&[core]);
    assert_eq!(code, 1);
    assert_eq!(json["files"][0]["problems"][0]["kind"], "part-mismatch");
    // A part that is not valid: its problems, under the part's name.
    std::fs::write(&isp, "{\"format_version\": 2}").unwrap();
    let (code, json) = report(&[core]);
    assert_eq!(code, 1);
    let first = json["files"][0]["problems"][0]["path"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        first.starts_with("evidence_parts › isp (evidence/isp.json) › "),
        "{first}"
    );
    // A part that is not there cannot be read, like a missing complete file.
    std::fs::remove_file(&isp).unwrap();
    let (code, _, err) = check(&[core]);
    assert_eq!(code, 2);
    assert!(err.contains("evidence/isp.json"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
