//! The dataset checker on the command line: same verdict as the widget, every problem with its
//! place, and exit codes a CI job can use.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-dataset"))
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

#[test]
fn valid_datasets_pass_with_a_summary() {
    let (code, out, _) = check(&["data/providers.json", "data/examples/schule-email.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("data/providers.json: valid"), "{out}");
    assert!(
        out.contains("11 providers; 96 scores, 36 unknown, 11 not applicable"),
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

#[test]
fn the_verdict_is_the_widgets() {
    // Every fixture the widget tests use: the checker agrees with parse_dataset.
    for entry in std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile"
    ))
    .unwrap()
    {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() == "cases.json" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let widget = provider_compare::validate::parse_dataset(&text);
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
    assert!(out.contains("not UTF-8 text (byte 13)"), "{out}");
    let (code, _, err) = check(&["no/such/file.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    assert_eq!(check(&[]).0, 2);
    assert_eq!(check(&["--lang", "fr", "x"]).0, 2);
    let (code, out, _) = check(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: check-dataset"));
}
