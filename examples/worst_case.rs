//! Worst-case inputs at the limits, and how long the core takes for each: a dataset file of
//! `MAX_DATASET_BYTES` built to hit one weak spot (one object with as many keys as fit, every list
//! at its maximum, very long strings, nesting to `MAX_DEPTH`, as many problems as possible on one
//! line, …), and share links of `MAX_LINK_CHARS`. Each must be read (or refused) in well under
//! 2 s in a native release build; the browser is a few times slower.
//!
//! ```text
//! cargo run --release --example worst_case [-- [--write] [--scale F] [CASE…]]
//! ```
//!
//! Prints, per dataset case, its size, the time of the text decoder and the JSON reader alone
//! (`read`), of the whole check as the widget and `check-dataset` run it (`read+check`:
//! `parse_dataset_bytes`), and the outcome; per link case,
//! the time of one decode. `--write` also writes each dataset to `target/worst-case/CASE.json`
//! (for timing `check-dataset` on them); `--scale 0.1` builds every file at a tenth of the limit;
//! naming cases runs only those.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use provider_compare::json::{self, MAX_DEPTH};
use provider_compare::share::{decode, MAX_ENTRIES, MAX_LINK_CHARS};
use provider_compare::validate::{
    decode_text, parse_dataset_bytes, ProblemKind, MAX_CRITERIA, MAX_DATASET_BYTES, MAX_GROUPS,
    MAX_KNOCKOUTS, MAX_NAME_CHARS, MAX_PRESETS, MAX_PROVIDERS, MAX_TEXT_CHARS, MAX_TYPES,
};

const HEAD: &str = r#"{"format_version":1,"checked":"2026-11-27","#;
const GROUP: &str = r#""groups":[{"id":"g0","name":"G"}]"#;
const TYPE: &str = r#""types":[{"id":"t0","name":"T"}]"#;
const CRITERION: &str = r#""criteria":[{"id":"c0","group":"g0","name":"C","description":"D","applies_to":["t0"],"default_weight":5}]"#;
const PROVIDER: &str = r#""providers":[{"id":"p0","name":"P","type":"t0","website":"https://p.example/","ratings":{"c0":{"score":"unknown"}}}]"#;

/// `prefix`, then as many items (joined by `sep`) as fit before `suffix` within `limit` bytes.
fn fill(
    prefix: &str,
    sep: &str,
    suffix: &str,
    limit: usize,
    max_items: usize,
    mut item: impl FnMut(usize) -> String,
) -> String {
    let mut out = String::with_capacity(limit);
    out.push_str(prefix);
    for i in 0..max_items {
        let next = item(i);
        let sep = if i == 0 { "" } else { sep };
        if out.len() + sep.len() + next.len() + suffix.len() > limit {
            break;
        }
        out.push_str(sep);
        out.push_str(&next);
    }
    out.push_str(suffix);
    out
}

/// The one-group, one-type, one-criterion, one-provider dataset with `extra` members at the end.
fn minimal_with(extra_prefix: &str) -> String {
    format!("{HEAD}\"title\":\"Worst case\",{GROUP},{TYPE},{CRITERION},{PROVIDER},{extra_prefix}")
}

/// `n` criteria `c0…`, all in group `g0` and for type `t0`.
fn criteria(n: usize) -> String {
    let list: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"c{i}","group":"g0","name":"C{i}","description":"D","applies_to":["t0"],"default_weight":5}}"#
            )
        })
        .collect();
    format!("\"criteria\":[{}]", list.join(","))
}

/// Ratings `"c0":{"score":"unknown"},…` for `n` criteria.
fn unknown_ratings(n: usize) -> String {
    let list: Vec<String> = (0..n)
        .map(|k| format!(r#""c{k}":{{"score":"unknown"}}"#))
        .collect();
    list.join(",")
}

fn datasets(limit: usize) -> Vec<(&'static str, String)> {
    let mut cases = Vec::new();
    // One object with as many keys as fit: comments (a valid file), unknown fields (problems).
    cases.push((
        "keys-comments",
        fill(&minimal_with(""), ",", "}", limit, usize::MAX, |i| {
            format!("\"_k{i}\":0")
        }),
    ));
    cases.push((
        "keys-unknown",
        fill(&minimal_with(""), ",", "}", limit, usize::MAX, |i| {
            format!("\"k{i}\":0")
        }),
    ));
    // The same with the one duplicate as the very last key.
    let mut late = fill(&minimal_with(""), ",", "", limit - 16, usize::MAX, |i| {
        format!("\"_k{i}\":0")
    });
    late.push_str(",\"_k0\":1}");
    cases.push(("duplicate-key-last", late));
    // Keys that each must be looked up among MAX_CRITERIA criteria.
    let head = format!(
        "{HEAD}\"title\":\"W\",{GROUP},{TYPE},{},\"providers\":[{{\"id\":\"p0\",\"name\":\"P\",\"type\":\"t0\",\"website\":\"https://p.example/\",\"ratings\":{{{}}}}}],",
        criteria(MAX_CRITERIA),
        unknown_ratings(MAX_CRITERIA)
    );
    cases.push((
        "keys-preset-weights",
        fill(
            &format!("{head}\"presets\":[{{\"id\":\"x\",\"name\":\"X\",\"rationale\":\"R\",\"weights\":{{"),
            ",",
            "}}]}",
            limit,
            usize::MAX,
            |i| format!("\"u{i}\":1"),
        ),
    ));
    cases.push((
        "keys-ratings",
        fill(
            &format!(
                "{HEAD}\"title\":\"W\",{GROUP},{TYPE},{},\"providers\":[{{\"id\":\"p0\",\"name\":\"P\",\"type\":\"t0\",\"website\":\"https://p.example/\",\"ratings\":{{{},",
                criteria(MAX_CRITERIA),
                unknown_ratings(MAX_CRITERIA)
            ),
            ",",
            "}}]}",
            limit,
            usize::MAX,
            |i| format!("\"u{i}\":0"),
        ),
    ));
    cases.push((
        "keys-languages",
        fill(
            &format!("{HEAD}{GROUP},{TYPE},{CRITERION},{PROVIDER},\"title\":{{"),
            ",",
            "}}",
            limit,
            usize::MAX,
            |i| format!("\"zz-{i:08}\":\"x\""),
        ),
    ));
    cases.push(("lists-at-maximum", lists_at_maximum(limit)));
    // Every provider rates every criterion: MAX_CRITERIA lookups per provider.
    cases.push((
        "ratings-dense",
        fill(
            &format!(
                "{HEAD}\"title\":\"W\",{GROUP},{TYPE},{},\"providers\":[",
                criteria(MAX_CRITERIA)
            ),
            ",",
            "]}",
            limit,
            MAX_PROVIDERS,
            |j| {
                format!(
                    r#"{{"id":"p{j}","name":"P{j}","type":"t0","website":"https://p.example/","ratings":{{{}}}}}"#,
                    unknown_ratings(MAX_CRITERIA)
                )
            },
        ),
    ));
    // Very long strings: one that fills the file, in two-byte characters and in escapes.
    let room = limit - minimal_with("").len() - 20;
    cases.push((
        "long-string",
        format!(
            "{HEAD}{GROUP},{TYPE},{CRITERION},{PROVIDER},\"title\":\"{}\"}}",
            "ü".repeat(room / 2)
        ),
    ));
    cases.push((
        "long-string-escapes",
        format!(
            "{}\"_t\":\"{}\"}}",
            minimal_with(""),
            "\\u00fc".repeat(room / 6)
        ),
    ));
    // As many texts of the longest allowed length as fit, in two-byte characters (valid).
    let note = "ü".repeat(MAX_TEXT_CHARS);
    let name = "ü".repeat(MAX_NAME_CHARS);
    cases.push((
        "long-texts",
        fill(
            &format!("{HEAD}\"title\":\"W\",{GROUP},{TYPE},{CRITERION},\"providers\":["),
            ",",
            "]}",
            limit,
            MAX_PROVIDERS,
            |j| {
                format!(
                    r#"{{"id":"p{j}","name":"{name}","note":{{"de":"{note}","en":"{note}"}},"type":"t0","website":"https://p.example/","ratings":{{"c0":{{"score":"unknown"}}}}}}"#
                )
            },
        ),
    ));
    // Nesting to the limit, again and again (comments, so the file is valid).
    let arrays = format!(
        "{}0{}",
        "[".repeat(MAX_DEPTH - 2),
        "]".repeat(MAX_DEPTH - 2)
    );
    cases.push((
        "deep-arrays",
        fill(
            &minimal_with("\"_d\":["),
            ",",
            "]}",
            limit,
            usize::MAX,
            |_| arrays.clone(),
        ),
    ));
    let objects = format!(
        "{}0{}",
        "{\"a\":".repeat(MAX_DEPTH - 2),
        "}".repeat(MAX_DEPTH - 2)
    );
    cases.push((
        "deep-objects",
        fill(
            &minimal_with("\"_d\":["),
            ",",
            "]}",
            limit,
            usize::MAX,
            |_| objects.clone(),
        ),
    ));
    cases.push(("too-deep", "[".repeat(limit)));
    cases.push(("problems-one-line", problems_one_line(limit)));
    // A syntax error at the very end of a long line.
    let mut syntax = format!("{}\"_pad\":\"", minimal_with(""));
    syntax.push_str(&"x".repeat(limit - syntax.len() - 8));
    syntax.push_str("\",\"a\":}");
    cases.push(("syntax-error-last", syntax));
    if limit == MAX_DATASET_BYTES {
        cases.push((
            "too-large",
            format!("{}{}", " ".repeat(MAX_DATASET_BYTES), "{}"),
        ));
    }
    cases
}

/// The cases that are bytes rather than text: the files the widget downloads.
fn byte_cases(limit: usize) -> Vec<(&'static str, Vec<u8>)> {
    // A Latin-1 byte at the very end of one long line.
    let mut latin1 = format!("{}\"_pad\":\"", minimal_with("")).into_bytes();
    latin1.resize(limit - 3, b'x');
    latin1.extend_from_slice(b"\xfc\"}");
    // UTF-16 with a byte-order mark, as Windows editors write it.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in minimal_with("\"_pad\":\"").encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    utf16.resize(limit - 4, 0);
    // A UTF-8 byte-order mark before a valid file of as many keys as fit.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(
        fill(&minimal_with(""), ",", "}", limit - 3, usize::MAX, |i| {
            format!("\"_k{i}\":0")
        })
        .as_bytes(),
    );
    vec![
        ("not-utf8-last", latin1),
        ("utf16", utf16),
        ("bom-keys-comments", bom),
    ]
}

/// MAX_GROUPS groups, MAX_TYPES types, MAX_CRITERIA criteria, as many of MAX_PROVIDERS providers as
/// fit, MAX_PRESETS presets that set every weight, MAX_KNOCKOUTS knock-out rules: a valid file.
fn lists_at_maximum(limit: usize) -> String {
    let mut s = String::from(HEAD);
    s.push_str("\"title\":{\"de\":\"Alles\",\"en\":\"Everything\"},\"languages\":[\"de\",\"en\"],");
    let groups: Vec<String> = (0..MAX_GROUPS)
        .map(|g| format!(r#"{{"id":"g{g}","name":{{"de":"G{g}","en":"G{g}"}}}}"#))
        .collect();
    let types: Vec<String> = (0..MAX_TYPES)
        .map(|t| format!(r#"{{"id":"t{t}","name":{{"de":"T{t}","en":"T{t}"}}}}"#))
        .collect();
    let criteria: Vec<String> = (0..MAX_CRITERIA)
        .map(|c| {
            format!(
                r#"{{"id":"c{c}","group":"g{}","name":{{"de":"C{c}","en":"C{c}"}},"description":{{"de":"D","en":"D"}},"applies_to":["t{}"],"default_weight":5}}"#,
                c % MAX_GROUPS,
                c % MAX_TYPES
            )
        })
        .collect();
    let all_weights: Vec<String> = (0..MAX_CRITERIA).map(|c| format!("\"c{c}\":7")).collect();
    let all_groups: Vec<String> = (0..MAX_GROUPS).map(|g| format!("\"g{g}\":3")).collect();
    let presets: Vec<String> = (0..MAX_PRESETS)
        .map(|p| {
            format!(
                r#"{{"id":"x{p}","name":"X","rationale":"R","group_weights":{{{}}},"weights":{{{}}}}}"#,
                all_groups.join(","),
                all_weights.join(",")
            )
        })
        .collect();
    let knockouts: Vec<String> = (0..MAX_KNOCKOUTS)
        .map(|k| {
            format!(
                r#"{{"id":"k{k}","criterion":"c{}","at_most":1,"cap":50,"reason":"R"}}"#,
                k % MAX_CRITERIA
            )
        })
        .collect();
    let _ = write!(
        s,
        "\"groups\":[{}],\"types\":[{}],\"criteria\":[{}],\"presets\":[{}],\"knockouts\":[{}],\"providers\":[",
        groups.join(","),
        types.join(","),
        criteria.join(","),
        presets.join(","),
        knockouts.join(",")
    );
    fill(&s, ",", "]}", limit, MAX_PROVIDERS, |j| {
        let t = j % MAX_TYPES;
        let ratings: Vec<String> = (t..MAX_CRITERIA)
            .step_by(MAX_TYPES)
            .map(|c| {
                format!(
                    r#""c{c}":{{"score":3,"why":{{"de":"w","en":"w"}},"sources":[{{"url":"https://s.example/{j}/{c}","title":"S","date":"2025-01"}}]}}"#
                )
            })
            .collect();
        format!(
            r#"{{"id":"p{j}","name":"P{j}","type":"t{t}","website":"https://p{j}.example/","ratings":{{{}}}}}"#,
            ratings.join(",")
        )
    })
}

/// One line: a long comment first, then providers that are each wrong twice, so that every
/// problem sits at the far end of the line.
fn problems_one_line(limit: usize) -> String {
    let providers: Vec<String> = (0..MAX_PROVIDERS)
        .map(|j| {
            format!(
                r#"{{"id":"p{j}","name":"","type":"t0","website":"ftp://x","ratings":{{"c0":{{"score":"unknown"}}}}}}"#
            )
        })
        .collect();
    let tail = format!(
        "\",\"title\":\"W\",{GROUP},{TYPE},{CRITERION},\"providers\":[{}]}}",
        providers.join(",")
    );
    let head = "{\"format_version\":1,\"checked\":\"2026-11-27\",\"_pad\":\"";
    let pad = limit.saturating_sub(head.len() + tail.len());
    format!("{head}{}{tail}", "x".repeat(pad))
}

fn links() -> Vec<(&'static str, String)> {
    let mut cases = Vec::new();
    // The longest ids, MAX_ENTRIES to a list, repeated until the link is full.
    let id = |i: usize| format!("{i:0>64}");
    let mut full = String::from("1");
    'outer: for letter in ["x", "o", "k", "w", "g", "n"] {
        let entries: Vec<String> = (0..MAX_ENTRIES)
            .map(|i| match letter {
                "w" | "g" | "n" => format!("{}:3", id(i)),
                _ => id(i),
            })
            .collect();
        let field = format!("~{letter}.{}", entries.join(","));
        for c in field.chars() {
            if full.len() >= MAX_LINK_CHARS {
                break 'outer;
            }
            full.push(c);
        }
    }
    cases.push(("link-long-lists", full));
    // Short ids, MAX_ENTRIES each, many fields.
    let short: Vec<String> = (0..MAX_ENTRIES).map(|i| format!("a{i}:1")).collect();
    let field = format!("~w.{}", short.join(","));
    let mut many = String::from("1");
    while many.len() + field.len() <= MAX_LINK_CHARS {
        many.push_str(&field);
    }
    cases.push(("link-many-fields", many));
    // Nothing but unreadable parts: one issue each.
    let mut junk = String::from("1");
    while junk.len() + 2 <= MAX_LINK_CHARS {
        junk.push_str("~q");
    }
    cases.push(("link-unreadable-parts", junk));
    // Everything percent-encoded.
    let mut escaped = String::from("1");
    while escaped.len() + 9 <= MAX_LINK_CHARS {
        escaped.push_str("%7Ex.a%2Cb");
    }
    cases.push(("link-percent-encoded", escaped));
    cases
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let mut write = false;
    let mut scale = 1.0_f64;
    let mut only = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--write" => write = true,
            "--scale" => scale = args.next().and_then(|s| s.parse().ok()).unwrap_or(1.0),
            _ => only.push(arg),
        }
    }
    let wanted = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    let limit = ((MAX_DATASET_BYTES as f64) * scale.clamp(0.001, 1.0)) as usize;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/worst-case");
    if write {
        let _ = std::fs::create_dir_all(&dir);
    }
    println!(
        "{:<22} {:>10} {:>10} {:>12}  outcome",
        "case", "bytes", "read", "read+check"
    );
    let mut slowest = Duration::ZERO;
    let files = datasets(limit)
        .into_iter()
        .map(|(name, text)| (name, text.into_bytes()))
        .chain(byte_cases(limit));
    for (name, bytes) in files {
        if !wanted(name) {
            continue;
        }
        if write {
            let _ = std::fs::write(dir.join(format!("{name}.json")), &bytes);
        }
        // The reader alone, on what the decoder lets through.
        let t = Instant::now();
        let read = match decode_text(&bytes) {
            Ok(text) => json::parse(text)
                .map(|_| ())
                .map_err(|e| format!("{:?}", e.kind)),
            Err(p) => Err(p.kind.code().to_owned()),
        };
        let read_time = t.elapsed();
        // Everything, as the widget and check-dataset run it.
        let t = Instant::now();
        let result = parse_dataset_bytes(&bytes);
        let check_time = t.elapsed();
        slowest = slowest.max(check_time);
        let outcome = match (&read, &result) {
            (_, Ok(d)) => format!("valid, {} providers", d.providers.len()),
            (Err(kind), Err(_)) => format!("not read: {kind}"),
            (Ok(()), Err(p)) => {
                let more = match p.last().map(|p| &p.kind) {
                    Some(ProblemKind::More(n)) => *n,
                    _ => 0,
                };
                format!("{} problems (+{more} more)", p.len())
            }
        };
        println!(
            "{name:<22} {:>10} {:>10} {:>12}  {outcome}",
            bytes.len(),
            ms(read_time),
            ms(check_time)
        );
    }
    for (name, link) in links() {
        if !wanted(name) {
            continue;
        }
        let runs = 200;
        let t = Instant::now();
        let mut issues = 0;
        for _ in 0..runs {
            issues = std::hint::black_box(decode(&link)).1.len();
        }
        let each = t.elapsed() / runs;
        slowest = slowest.max(each);
        println!(
            "{name:<22} {:>10} {:>10} {:>12}  {issues} issues",
            link.len(),
            "",
            format!("{:.3} ms", each.as_secs_f64() * 1e3)
        );
    }
    println!("slowest: {}", ms(slowest));
}
