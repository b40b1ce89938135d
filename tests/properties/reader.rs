//! Whatever the input, the JSON reader and the dataset validator never panic; every problem says
//! where it is; the reader agrees with serde_json; no unsafe URL is ever accepted.

use crate::common;
use proptest::prelude::*;
use provider_compare::json;
use provider_compare::url::SafeUrl;
use provider_compare::validate::{parse_dataset, parse_dataset_bytes, ProblemKind};
use serde_json::Value;

/// Arbitrary JSON values, a few levels deep.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6)
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[a-z<>\"&:/ \\\\\u{e4}\u{1F600}]{0,12}".prop_map(Value::String),
        Just(Value::String("unknown".into())),
        Just(Value::String("javascript:alert(1)".into())),
        Just(Value::String("https://example.org/".into())),
        (0u8..12).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A JSON pointer to a random node of `v`.
fn pick_pointer(v: &Value, choices: &[usize]) -> String {
    let mut pointer = String::new();
    let mut node = v;
    for &c in choices {
        match node {
            Value::Object(map) if !map.is_empty() => {
                let (k, child) = map.iter().nth(c % map.len()).unwrap();
                pointer.push('/');
                pointer.push_str(&k.replace('~', "~0").replace('/', "~1"));
                node = child;
            }
            Value::Array(items) if !items.is_empty() => {
                let i = c % items.len();
                pointer.push_str(&format!("/{i}"));
                node = &items[i];
            }
            _ => break,
        }
    }
    pointer
}

/// Our tree, converted to serde_json's, to compare the two readers.
fn to_serde(node: &json::Node) -> Value {
    match &node.value {
        json::Value::Null => Value::Null,
        json::Value::Bool(b) => Value::Bool(*b),
        json::Value::Number(n) => match n.int {
            Some(i) => Value::from(i),
            None => serde_json::Number::from_f64(n.approx).map_or(Value::Null, Value::Number),
        },
        json::Value::String(s) => Value::String(s.clone()),
        json::Value::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        json::Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}

/// Numbers compare with a relative tolerance; everything else exactly.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            x == y || (x - y).abs() <= 1e-9 * x.abs().max(y.abs())
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => a == b,
    }
}

/// Kinds that concern the whole file and so have no path.
fn whole_file(kind: &ProblemKind) -> bool {
    matches!(
        kind,
        ProblemKind::Syntax { .. }
            | ProblemKind::TooLarge { .. }
            | ProblemKind::EmptyFile
            | ProblemKind::WrongEncoding(_)
            | ProblemKind::NotUtf8 { .. }
            | ProblemKind::Html
            | ProblemKind::More(_)
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        let _ = json::parse(&text);
        if let Err(problems) = parse_dataset(&text) {
            prop_assert!(!problems.is_empty());
        }
    }

    #[test]
    fn arbitrary_json_never_panics_and_problems_are_placed(v in arb_json()) {
        match parse_dataset(&v.to_string()) {
            Ok(_) => {}
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    if v.is_object() {
                        // Inside an object root, only whole-file problems lack a path.
                        prop_assert!(!p.path.is_empty() || whole_file(&p.kind), "{:?} without a place", p.kind);
                    } else {
                        // Any other root is one problem: the file is not an object.
                        prop_assert!(matches!(p.kind, ProblemKind::WrongType(provider_compare::validate::Expected::Object, _)), "{:?}", p.kind);
                    }
                }
            }
        }
    }

    /// Arbitrary bytes, and valid text with one byte changed: never a panic, and a byte that is
    /// not UTF-8 is placed where it is.
    #[test]
    fn arbitrary_bytes_never_panic_and_bad_bytes_are_placed(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        at in any::<prop::sample::Index>(),
        byte in 0x80u8..=0xFF,
    ) {
        if let Err(problems) = parse_dataset_bytes(&bytes) {
            prop_assert!(!problems.is_empty());
        }
        // Changing an ASCII byte to one of 0x80–0xFF makes that byte the first that is not UTF-8.
        let text = common::shipped_json();
        let start = at.index(text.len());
        let Some(i) = (start..text.len()).find(|&i| text.as_bytes()[i].is_ascii()) else {
            return Ok(());
        };
        let mut changed = text.clone().into_bytes();
        changed[i] = byte;
        let problems = parse_dataset_bytes(&changed).unwrap_err();
        let (line, column) = json::line_col(&text, i);
        prop_assert_eq!(&problems[0].kind, &ProblemKind::NotUtf8 { line, column, byte });
    }

    /// The shipped dataset with one node anywhere replaced by arbitrary JSON: no panic, and every
    /// problem names its path and line.
    #[test]
    fn mutated_shipped_dataset_problems_are_located(
        choices in prop::collection::vec(any::<usize>(), 1..9),
        replacement in arb_json(),
    ) {
        let mut v: Value = serde_json::from_str(&common::shipped_json()).unwrap();
        let pointer = pick_pointer(&v, &choices);
        if pointer.is_empty() {
            return Ok(());
        }
        *v.pointer_mut(&pointer).unwrap() = replacement;
        let text = serde_json::to_string_pretty(&v).unwrap();
        if let Err(problems) = parse_dataset(&text) {
            prop_assert!(!problems.is_empty());
            for p in &problems {
                if whole_file(&p.kind) {
                    continue;
                }
                prop_assert!(!p.path.is_empty(), "{:?} without a path (mutated {pointer})", p.kind);
                prop_assert!(p.line.is_some(), "{:?} at {} without a line", p.kind, p.path);
            }
        }
    }

    /// The reader agrees with serde_json on everything serde_json writes.
    #[test]
    fn reader_agrees_with_serde_json(v in arb_json(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { v.to_string() };
        let ours = json::parse(&text).map_err(|e| format!("{e:?} in {text}"));
        prop_assert!(ours.is_ok(), "{:?}", ours);
        let ours = to_serde(&ours.unwrap());
        prop_assert!(same(&ours, &v), "{ours} != {v}");
    }

    /// On arbitrary text, both readers accept or refuse alike (duplicate keys and nesting deeper
    /// than ours are refused by us on purpose and are not generated here).
    #[test]
    fn reader_accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}\",:0-9eE.+\\-a-z \\\\u]{0,24}") {
        let serde_ok = serde_json::from_str::<Value>(&text).is_ok();
        let ours_ok = json::parse(&text).is_ok();
        let duplicate_key = matches!(json::parse(&text), Err(e) if e.kind == json::SyntaxKind::DuplicateKey);
        prop_assert!(serde_ok == ours_ok || duplicate_key, "serde {serde_ok}, ours {ours_ok}: {text:?}");
    }

    /// Hosts made of what IP addresses, ports and percent-escapes are made of: never a panic
    /// (the IPv4, IPv6 and punycode parsers count and shift), and what passes has a plain host.
    #[test]
    fn host_parsing_never_panics(host in "[0-9a-fA-FxXn:.\\[\\]%-]{0,40}", port in prop::option::of("[0-9]{0,8}")) {
        let url = match port {
            Some(port) => format!("https://{host}:{port}/"),
            None => format!("https://{host}/"),
        };
        if let Ok(ok) = SafeUrl::parse(&url) {
            prop_assert!(!ok.host().is_empty() && !ok.host().contains('%'), "{}", url);
        }
    }

    #[test]
    fn punycode_decoding_never_panics(code in "[a-z0-9-]{0,40}") {
        let _ = SafeUrl::parse(&format!("https://xn--{code}.example/"));
    }

    #[test]
    fn only_http_urls_are_accepted(s in "\\PC{0,40}", prefix in prop::sample::select(vec!["", "https://", "http://", "HTTPS://", "javascript:", " ", "data:", "//"])) {
        let candidate = format!("{prefix}{s}");
        if let Ok(url) = SafeUrl::parse(&candidate) {
            let lower = url.as_str().to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("http://"));
            prop_assert!(!url.as_str().chars().any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii()));
        }
    }
}
