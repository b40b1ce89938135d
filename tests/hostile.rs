//! Hostile and broken datasets: every fixture in tests/fixtures/hostile gets a clear, located
//! message; markup stays text; no script-like URL survives anywhere a URL can be; huge inputs are
//! handled or refused, never a crash.

mod common;

use std::path::Path;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use common::shipped_json;
use provider_compare::dataset::Rating;
use provider_compare::date::DateProblem;
use provider_compare::json::SyntaxKind;
use provider_compare::text::Lang;
use provider_compare::url::UrlProblem;
use provider_compare::validate::{
    decode_text, parse_dataset, parse_dataset_bytes, Expected, Found, Problem, ProblemKind,
    WideEncoding, MAX_CRITERIA, MAX_DATASET_BYTES, MAX_PROBLEMS,
};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn problems(name: &str) -> Vec<Problem> {
    parse_dataset(&fixture(name)).expect_err(name)
}

fn kinds(problems: &[Problem]) -> Vec<(&str, &ProblemKind)> {
    problems
        .iter()
        .map(|p| (p.path.as_str(), &p.kind))
        .collect()
}

#[test]
fn the_minimal_fixture_is_valid() {
    assert!(parse_dataset(&fixture("valid-minimal.json")).is_ok());
}

#[test]
fn every_hostile_fixture_is_listed_with_expected_words_and_fails() {
    let cases: Value = serde_json::from_str(&fixture("hostile/cases.json")).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        // encoding/ has its own list (see every_encoding_fixture_…).
        if entry.file_type().unwrap().is_dir()
            || name == "cases.json"
            || name == "html-in-text.json"
        {
            continue;
        }
        let expected = cases[&name]
            .as_array()
            .unwrap_or_else(|| panic!("{name} has no entry in cases.json"));
        let problems = problems(&format!("hostile/{name}"));
        let german: Vec<String> = problems
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    p.path,
                    provider_compare::i18n::problem_message(Lang::De, &p.kind)
                )
            })
            .collect();
        for word in expected {
            let word = word.as_str().unwrap();
            assert!(
                german.iter().any(|m| m.contains(word)),
                "{name}: no message contains {word:?}: {german:#?}"
            );
        }
    }
}

#[test]
fn each_fixture_names_the_place() {
    assert!(matches!(
        kinds(&problems("hostile/invalid-json.json"))[..],
        [("", ProblemKind::Syntax { .. })]
    ));
    assert_eq!(
        kinds(&problems("hostile/wrong-types.json")),
        vec![
            (
                "title",
                &ProblemKind::WrongType(Expected::Text, Found::List)
            ),
            (
                "checked",
                &ProblemKind::WrongType(Expected::String, Found::Number)
            ),
            (
                "providers › [0] (mailer) › ratings › privacy › score",
                &ProblemKind::WrongType(Expected::Score, Found::List)
            ),
            (
                "providers › [0] (mailer) › ratings › privacy › sources › [0] › date",
                &ProblemKind::WrongType(Expected::String, Found::Number)
            ),
        ]
    );
    assert_eq!(
        kinds(&problems("hostile/missing-fields.json")),
        vec![
            ("title", &ProblemKind::Missing),
            ("providers › [0] (mailer) › website", &ProblemKind::Missing),
            (
                "providers › [0] (mailer) › ratings › privacy › sources › [0] › title",
                &ProblemKind::Missing
            ),
        ]
    );
    assert_eq!(
        kinds(&problems("hostile/score-out-of-range.json")),
        vec![(
            "providers › [0] (mailer) › ratings › privacy › score",
            &ProblemKind::OutOfRange { min: 0, max: 5 }
        )]
    );
    assert_eq!(
        kinds(&problems("hostile/script-urls.json")),
        vec![
            (
                "providers › [0] (mailer) › website",
                &ProblemKind::BadUrl(UrlProblem::Scheme)
            ),
            (
                "providers › [0] (mailer) › ratings › privacy › sources › [0] › url",
                &ProblemKind::BadUrl(UrlProblem::Whitespace)
            ),
        ]
    );
    // Problems inside the data name their line in the file.
    let p = problems("hostile/score-out-of-range.json");
    let line = p[0].line.unwrap();
    let text = fixture("hostile/score-out-of-range.json");
    assert!(text.lines().nth(line - 1).unwrap().contains("\"score\": 7"));
}

#[test]
fn markup_in_text_fields_is_kept_as_text() {
    let d = parse_dataset(&fixture("hostile/html-in-text.json")).unwrap();
    let payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    assert_eq!(d.title.get(Lang::De), payload);
    assert_eq!(d.providers[0].name.get(Lang::En), payload);
    match &d.providers[0].ratings[0] {
        Rating::Scored(s) => {
            assert_eq!(s.why.get(Lang::De), payload);
            assert_eq!(s.sources[0].title.get(Lang::De), payload);
        }
        other => panic!("{other:?}"),
    }
}

/// Every place in the shipped dataset where a URL is written, as JSON pointers.
fn url_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let here = format!("{at}/{k}");
                if (k == "url" || k == "website") && child.is_string() {
                    out.push(here);
                } else {
                    url_pointers(child, here, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                url_pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_script_like_url_survives_in_any_url_field() {
    let shipped: Value = serde_json::from_str(&shipped_json()).unwrap();
    let mut pointers = Vec::new();
    url_pointers(&shipped, String::new(), &mut pointers);
    assert!(pointers.len() > 200, "{} URL fields", pointers.len());
    let hostile = [
        ("javascript:alert(1)", UrlProblem::Scheme),
        ("JavaScript:alert(1)", UrlProblem::Scheme),
        ("JAVASCRIPT:alert(1)", UrlProblem::Scheme),
        (" javascript:alert(1)", UrlProblem::Whitespace),
        ("\tjavascript:alert(1)", UrlProblem::Whitespace),
        ("java\nscript:alert(1)", UrlProblem::Whitespace),
        ("\u{0}javascript:alert(1)", UrlProblem::Whitespace),
        ("\u{1b}javascript:alert(1)", UrlProblem::Whitespace),
        ("jav&#x09;ascript:alert(1)", UrlProblem::Scheme),
        ("javascript&colon;alert(1)", UrlProblem::Scheme),
        ("\u{feff}javascript:alert(1)", UrlProblem::NotAscii),
        ("\u{202e}javascript:alert(1)", UrlProblem::NotAscii),
        ("ｊａｖａｓｃｒｉｐｔ:alert(1)", UrlProblem::NotAscii),
        (
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            UrlProblem::Scheme,
        ),
        (
            "DATA:text/html,<script>alert(1)</script>",
            UrlProblem::Scheme,
        ),
        ("vbscript:msgbox(1)", UrlProblem::Scheme),
        ("VBScript:msgbox(1)", UrlProblem::Scheme),
        ("file:///etc/passwd", UrlProblem::Scheme),
        ("//evil.example/", UrlProblem::Scheme),
        ("https:alert(1)", UrlProblem::Scheme),
        (
            "https://trusted.example@evil.example/",
            UrlProblem::Credentials,
        ),
        (
            "https://evil.example\\@trusted.example/",
            UrlProblem::Backslash,
        ),
        ("https://", UrlProblem::Host),
        ("https://\"onmouseover=alert(1)", UrlProblem::Host),
    ];
    for (url, why) in hostile {
        // One field at a time: the problem must be at exactly that field.
        for pointer in [
            pointers[0].as_str(),
            pointers[pointers.len() / 2].as_str(),
            pointers[pointers.len() - 1].as_str(),
        ] {
            let mut v = shipped.clone();
            *v.pointer_mut(pointer).unwrap() = json!(url);
            let problems = parse_dataset(&v.to_string()).expect_err(url);
            assert_eq!(problems.len(), 1, "{url:?} at {pointer}: {problems:?}");
            assert_eq!(
                problems[0].kind,
                ProblemKind::BadUrl(why),
                "{url:?} at {pointer}"
            );
            let last = pointer.rsplit('/').next().unwrap();
            assert!(
                problems[0].path.ends_with(last),
                "{} vs {pointer}",
                problems[0].path
            );
        }
        // Every field at once: refused everywhere (listed up to the cap).
        let mut v = shipped.clone();
        for pointer in &pointers {
            *v.pointer_mut(pointer).unwrap() = json!(url);
        }
        let problems = parse_dataset(&v.to_string()).expect_err(url);
        assert!(problems
            .iter()
            .all(|p| matches!(p.kind, ProblemKind::BadUrl(_) | ProblemKind::More(_))));
    }
}

/// The shipped providers, copied under new ids until the file is at least `bytes` long.
fn inflated(bytes: usize) -> String {
    let mut v: Value = serde_json::from_str(&shipped_json()).unwrap();
    let originals = v["providers"].as_array().unwrap().clone();
    let mut n = 0;
    while v.to_string().len() < bytes {
        for p in &originals {
            let mut p = p.clone();
            p["id"] = json!(format!("{}-{n}", p["id"].as_str().unwrap()));
            v["providers"].as_array_mut().unwrap().push(p);
        }
        n += 1;
    }
    v.to_string()
}

#[test]
fn a_5_mb_dataset_is_read_and_a_17_mb_one_refused() {
    let five = inflated(5 * 1024 * 1024);
    let start = std::time::Instant::now();
    let d = parse_dataset(&five).expect("a 5 MB dataset is valid");
    eprintln!(
        "5 MB dataset: {} providers parsed in {:?} (debug build)",
        d.providers.len(),
        start.elapsed()
    );
    // The shipped providers with all their evidence, copied until the file holds 5 MB.
    assert!(d.providers.len() > 80, "{} providers", d.providers.len());
    let huge = format!("{}{}", " ".repeat(MAX_DATASET_BYTES), "{}");
    assert_eq!(
        parse_dataset(&huge).unwrap_err()[0].kind,
        ProblemKind::TooLarge { bytes: huge.len() }
    );
}

#[test]
fn very_long_strings_are_refused_and_quoted_only_in_part() {
    let long_id = "a".repeat(1_000_000);
    let mut v: Value = serde_json::from_str(&fixture("valid-minimal.json")).unwrap();
    v["providers"][0]["id"] = json!(long_id);
    v["providers"][0]["ratings"]["privacy"]["why"]["de"] = json!("ü".repeat(100_000));
    let problems = parse_dataset(&v.to_string()).unwrap_err();
    for p in &problems {
        let shown = p.to_string();
        assert!(
            shown.len() < 500,
            "message too long: {} bytes: {shown:.200}",
            shown.len()
        );
    }
    assert!(problems
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::BadId(_))));
    assert!(problems
        .iter()
        .any(|p| p.kind == ProblemKind::TooLong { max: 4000 }));
}

#[test]
fn deeply_nested_json_is_refused_without_a_stack_overflow() {
    let deep = format!(
        "{{\"title\": {}{}}}",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    let problems = parse_dataset(&deep).unwrap_err();
    assert!(matches!(problems[0].kind, ProblemKind::Syntax { .. }));
}

/// Runs `f` on a thread of its own and fails the test if it takes longer than `limit`. The limits
/// are generous (debug build, shared machine): they tell linear from quadratic, which differ here
/// by minutes. A thread that overruns is left behind; the test binary ends with the tests.
fn within<T: Send + 'static>(
    limit: Duration,
    what: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    let start = Instant::now();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(limit) {
        Ok(v) => {
            eprintln!("{what}: {:?} (debug build)", start.elapsed());
            v
        }
        Err(RecvTimeoutError::Timeout) => panic!("{what}: not done within {limit:?}: not linear"),
        Err(RecvTimeoutError::Disconnected) => panic!("{what}: failed (see above)"),
    }
}

/// The valid minimal fixture with `members` (already written as `"key": value` pairs, joined by
/// commas) added to the object at `at`, a JSON pointer.
fn with_members(at: &str, members: String) -> String {
    let mut v: Value = serde_json::from_str(&fixture("valid-minimal.json")).unwrap();
    v.pointer_mut(at).unwrap()["__marker__"] = json!(0);
    v.to_string().replace("\"__marker__\":0", &members)
}

/// `"prefix0":0,"prefix1":0,…` until about `bytes` long.
fn many_keys(prefix: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 32);
    let mut i = 0;
    while out.len() < bytes {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("\"{prefix}{i}\":0"));
        i += 1;
    }
    out
}

#[test]
fn one_object_with_300_000_keys_is_read_in_linear_time() {
    // Comments: the file is valid, so only the reader's own work counts.
    let text = with_members("", many_keys("_k", 4 << 20));
    let limit = Duration::from_secs(10);
    let result = within(limit, "300,000 keys", move || parse_dataset(&text).is_ok());
    assert!(result);
    // The same with one key repeated as the very last one: found, and named where it repeats.
    let keys = many_keys("_k", 4 << 20);
    let text = with_members("", format!("{keys},\"_k0\":1"));
    let at = text.rfind("\"_k0\"").unwrap();
    let problems = within(limit, "a repeat after 300,000 keys", move || {
        parse_dataset(&text).unwrap_err()
    });
    assert!(
        matches!(
            problems[0].kind,
            ProblemKind::Syntax {
                what: SyntaxKind::DuplicateKey,
                line: 1,
                column,
            } if column == at + 1
        ),
        "{problems:?}"
    );
}

#[test]
fn every_reference_is_looked_up_by_id_not_by_scanning_the_list() {
    // 500 criteria, and 300,000 keys that each must be looked up among them: in a preset's
    // weights and in a provider's ratings. Each unknown key is a problem (listed up to the cap).
    let mut v: Value = serde_json::from_str(&fixture("valid-minimal.json")).unwrap();
    let template = v["criteria"][0].clone();
    let mut ratings = serde_json::Map::new();
    let criteria: Vec<Value> = (0..MAX_CRITERIA)
        .map(|i| {
            let mut c = template.clone();
            c["id"] = json!(format!("c{i}"));
            ratings.insert(format!("c{i}"), json!({ "score": "unknown" }));
            c
        })
        .collect();
    v["criteria"] = json!(criteria);
    v["providers"][0]["ratings"] = Value::Object(ratings);
    v["presets"] = json!([{ "id": "x", "name": "X", "rationale": "R", "weights": {} }]);
    let base = v.to_string();
    for at in ["/presets/0/weights", "/providers/0/ratings"] {
        let mut v: Value = serde_json::from_str(&base).unwrap();
        v.pointer_mut(at).unwrap()["__marker__"] = json!(0);
        let text = v
            .to_string()
            .replace("\"__marker__\":0", &many_keys("u", 4 << 20));
        let problems = within(Duration::from_secs(10), at, move || {
            parse_dataset(&text).unwrap_err()
        });
        assert_eq!(problems.len(), MAX_PROBLEMS + 1, "{at}");
        assert!(
            matches!(
                problems[0].kind,
                ProblemKind::UnknownCriterion(ref id) if id == "u0"
            ),
            "{at}: {:?}",
            problems[0]
        );
    }
}

#[test]
fn problems_at_the_end_of_a_16_mb_line_are_placed_in_one_pass() {
    // One line: a long comment first, then providers that are each wrong twice.
    let mut v: Value = serde_json::from_str(&fixture("valid-minimal.json")).unwrap();
    let template = v["providers"][0].clone();
    let providers: Vec<Value> = (0..1000)
        .map(|i| {
            let mut p = template.clone();
            p["id"] = json!(format!("p{i}"));
            p["website"] = json!("ftp://x");
            p["name"] = json!("");
            p
        })
        .collect();
    v["providers"] = json!(providers);
    let rest = v.to_string();
    let pad = MAX_DATASET_BYTES - rest.len() - 16;
    let text = format!("{{\"_pad\":\"{}\",{}", "x".repeat(pad), &rest[1..]);
    assert!(text.len() <= MAX_DATASET_BYTES);
    let expected_first = text.find("ftp://x").unwrap();
    let problems = within(
        Duration::from_secs(5),
        "100 problems on one line",
        move || parse_dataset(&text).unwrap_err(),
    );
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    assert_eq!(problems[0].line, Some(1));
    // The column counts characters: every one before the value is ASCII here.
    let website = problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::BadUrl(_)))
        .unwrap();
    assert_eq!(website.column, Some(expected_first));
}

#[test]
fn every_encoding_fixture_gets_its_own_problem_and_place() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/encoding");
    let cases: Value =
        serde_json::from_str(&fixture("hostile/encoding/cases.json")).expect("cases.json");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name == "cases.json" {
            continue;
        }
        let case = &cases[&name];
        assert!(
            case.is_object(),
            "{name} has no entry in encoding/cases.json"
        );
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        let result = parse_dataset_bytes(&bytes);
        seen += 1;
        let Some(kind) = case["kind"].as_str() else {
            assert!(result.is_ok(), "{name}: {result:?}");
            continue;
        };
        let problems = result.expect_err(&name);
        assert_eq!(problems.len(), 1, "{name}: {problems:?}");
        let p = &problems[0];
        assert_eq!(p.kind.code(), kind, "{name}: {p:?}");
        assert_eq!(
            (p.path.as_str(), p.line),
            ("", None),
            "{name}: the whole file"
        );
        let place = case["line"].as_u64().map(|l| {
            let column = case["column"].as_u64().unwrap();
            (l as usize, column as usize)
        });
        assert_eq!(p.kind.place(), place, "{name}");
        let german = provider_compare::i18n::problem_message(Lang::De, &p.kind);
        let english = provider_compare::i18n::problem_message(Lang::En, &p.kind);
        assert_ne!(german, english, "{name}: both languages");
        for word in case["words"].as_array().unwrap() {
            let word = word.as_str().unwrap();
            assert!(german.contains(word), "{name}: {word:?} not in {german:?}");
        }
    }
    assert_eq!(
        seen,
        cases.as_object().unwrap().len() - 1,
        "a listed file is missing"
    );
}

#[test]
fn text_decoding_refuses_what_is_not_a_utf8_json_text() {
    fn kind(bytes: &[u8]) -> Result<&str, ProblemKind> {
        decode_text(bytes).map_err(|p| p.kind)
    }
    // UTF-16 and UTF-32, with and without a byte-order mark, told apart by their zero bytes.
    for (bytes, encoding) in [
        (&b"\xFF\xFE{\0}\0"[..], WideEncoding::Utf16Le),
        (b"{\0}\0", WideEncoding::Utf16Le),
        (b" \0{\0", WideEncoding::Utf16Le),
        (b"\xFE\xFF\0{\0}", WideEncoding::Utf16Be),
        (b"\0{\0}", WideEncoding::Utf16Be),
        (b"\xFF\xFE\0\0{\0\0\0", WideEncoding::Utf32Le),
        (b"{\0\0\0}\0\0\0", WideEncoding::Utf32Le),
        (b"\0\0\xFE\xFF\0\0\0{", WideEncoding::Utf32Be),
        (b"\0\0\0{\0\0\0}", WideEncoding::Utf32Be),
    ] {
        assert_eq!(
            kind(bytes),
            Err(ProblemKind::WrongEncoding(encoding)),
            "{bytes:?}"
        );
    }
    // Empty: nothing, blanks only, a byte-order mark only.
    for bytes in [&b""[..], b" \r\n\t", b"\xEF\xBB\xBF", b"\xEF\xBB\xBF\n\n"] {
        assert_eq!(kind(bytes), Err(ProblemKind::EmptyFile), "{bytes:?}");
    }
    // A web page, whatever its encoding, after blanks and a byte-order mark too.
    for bytes in [
        &b"<!doctype html><title>404</title>"[..],
        b"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        b"\n\n  <html>",
        b"\xEF\xBB\xBF<html>",
        b"<html><title>Gr\xfc\xdfe</title>",
        b"<?xml version=\"1.0\"?>",
    ] {
        assert_eq!(kind(bytes), Err(ProblemKind::Html), "{bytes:?}");
    }
    // Not UTF-8: the line and column of the first bad byte, counted in characters.
    for (bytes, line, column, byte) in [
        (&b"{\"a\": \"\xfc\"}"[..], 1, 8, 0xFC),
        (b"{\n  \"\xc3\xa4\xc3\xb6\": \"\xe4\"}", 2, 10, 0xE4),
        (b"\xEF\xBB\xBF{\"a\":\n\"\xC0\xAF\"}", 2, 2, 0xC0),
        (b"[\"\xED\xA0\x80\"]", 1, 3, 0xED),
        (b"[\"\xF4\x90\x80\x80\"]", 1, 3, 0xF4),
        (b"[\"abc\xE2\x82", 1, 6, 0xE2),
        (b"[\"\x80\"]", 1, 3, 0x80),
    ] {
        assert_eq!(
            kind(bytes),
            Err(ProblemKind::NotUtf8 { line, column, byte }),
            "{bytes:?}"
        );
    }
    // A byte-order mark is skipped, and places count from after it, as an editor shows them.
    assert_eq!(decode_text(b"\xEF\xBB\xBF{}"), Ok("{}"));
    let problems = parse_dataset_bytes(b"\xEF\xBB\xBF{\"format_version\": x}").unwrap_err();
    assert_eq!(problems[0].kind.place(), Some((1, 20)));
    // Too large, before anything else is looked at.
    let mut huge = vec![0u8; MAX_DATASET_BYTES + 1];
    huge[0] = b'{';
    assert_eq!(
        kind(&huge),
        Err(ProblemKind::TooLarge {
            bytes: MAX_DATASET_BYTES + 1
        })
    );
    // Text goes the same way as its bytes.
    for text in ["", "<html>", "\u{feff}{}", "{\"a\":1}", "[1,"] {
        assert_eq!(
            parse_dataset(text),
            parse_dataset_bytes(text.as_bytes()),
            "{text:?}"
        );
    }
}

#[test]
fn the_round_2_fixtures_name_field_and_kind() {
    let invisible = ProblemKind::NothingVisible;
    let control = |found, at| ProblemKind::ControlCharacter { found, at };
    let direction = |found, at| ProblemKind::DirectionControl { found, at };
    for (name, expected) in [
        (
            "invisible-names.json",
            vec![
                ("groups › [0] (tech) › name › de", invisible.clone()),
                ("criteria › [0] (privacy) › name › en", invisible.clone()),
                ("providers › [0] (mailer) › name", invisible.clone()),
                ("providers › [0] (mailer) › note", invisible),
            ],
        ),
        (
            "control-characters.json",
            vec![
                ("providers › [0] (mailer) › name", control('\n', 7)),
                (
                    "providers › [0] (mailer) › legal_name",
                    control('\u{85}', 7),
                ),
                ("providers › [0] (mailer) › note", control('\u{7}', 6)),
                (
                    "providers › [0] (mailer) › ratings › privacy › why › de",
                    control('\u{1b}', 4),
                ),
                (
                    "providers › [0] (mailer) › ratings › privacy › sources › [0] › title",
                    control('\t', 8),
                ),
            ],
        ),
        (
            "direction-controls.json",
            vec![
                ("groups › [0] (tech) › name › en", direction('\u{200f}', 11)),
                ("providers › [0] (mailer) › name", direction('\u{202e}', 8)),
            ],
        ),
        (
            "duplicate-languages.json",
            vec![("title › DE", ProblemKind::DuplicateLanguage("DE".into()))],
        ),
        (
            "terminal-escapes.json",
            vec![
                (
                    "\\u001B[1A\\u001B[2K\\u000Ddata.json: valid",
                    ProblemKind::UnknownField,
                ),
                ("providers › [0] (mailer) › note", control('\u{9b}', 1)),
            ],
        ),
        (
            "numbers-not-whole.json",
            vec![
                (
                    "providers › [0] (mailer) › ratings › privacy › score",
                    ProblemKind::NotWholeNumber { min: 0, max: 5 },
                ),
                (
                    "knockouts › [0] (privacy-failing) › cap",
                    ProblemKind::NotWholeNumber { min: 0, max: 100 },
                ),
            ],
        ),
        (
            "version-as-string.json",
            vec![(
                "format_version",
                ProblemKind::WrongType(Expected::Number, Found::String),
            )],
        ),
        (
            "impossible-values.json",
            vec![
                ("providers › [0] (mailer) › website", ProblemKind::Null),
                (
                    "providers › [0] (mailer) › ratings › privacy › sources › [0] › date",
                    ProblemKind::BadDate {
                        value: "2025-02-30".into(),
                        why: DateProblem::Day { days: 28 },
                    },
                ),
            ],
        ),
    ] {
        let problems = problems(&format!("hostile/{name}"));
        let found: Vec<(&str, ProblemKind)> = problems
            .iter()
            .map(|p| (p.path.as_str(), p.kind.clone()))
            .collect();
        assert_eq!(found, expected, "{name}");
        // Each names its line: the line where the field's value is.
        let text = fixture(&format!("hostile/{name}"));
        for p in problems.iter().filter(|p| !p.path.contains('\\')) {
            let line = text.lines().nth(p.line.unwrap() - 1).unwrap();
            let key = p.path.rsplit(" › ").next().unwrap();
            assert!(
                line.contains(&format!("\"{key}\"")),
                "{name}: {key} not on {line:?}"
            );
        }
    }
}
