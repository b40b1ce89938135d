//! The architecture, checked: the modules of `src/` import each other without a cycle, the
//! functional core uses no web types, and only the i18n layer (and the exports, which write
//! human-readable files) turns typed values into words.
//!
//! The graph is read from the source text: every `crate::module` path outside comments is an
//! edge from the file's top-level module to `module`. A folder module (`state/`, `ui/`, `i18n/`)
//! counts as one node.

use std::collections::{BTreeMap, BTreeSet};
mod common;

use common::rust_files;
use std::fs;
use std::path::Path;

/// The top-level module a file of `src/` belongs to (`src/state/link.rs` → `state`); `None` for
/// the crate roots and binaries.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    let name = first.trim_end_matches(".rs").to_owned();
    (!matches!(name.as_str(), "lib" | "main" | "bin")).then_some(name)
}

/// Every `crate::name` in code (not in comments) of `text`.
fn crate_refs(text: &str) -> BTreeSet<String> {
    let mut refs = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                refs.insert(name);
            }
            rest = after;
        }
        // `use crate::{a, b::c}` names several modules at once.
        if let Some(i) = code.find("crate::{") {
            let list = &code[i + "crate::{".len()..];
            for part in list.split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    refs.insert(name);
                }
            }
        }
    }
    refs
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut modules = BTreeSet::new();
    for f in &files {
        if let Some(m) = module_of(&src, f) {
            modules.insert(m);
        }
    }
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let Some(m) = module_of(&src, f) else {
            continue;
        };
        let refs = crate_refs(&fs::read_to_string(f).unwrap());
        let edges = g.entry(m.clone()).or_default();
        for r in refs {
            if r != m && modules.contains(&r) {
                edges.insert(r);
            }
        }
    }
    g
}

/// A cycle through `start`, if there is one (depth-first search).
fn cycle_from(g: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        g: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in g.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(g, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_owned()];
    let mut seen = BTreeSet::new();
    walk(g, start, start, &mut path, &mut seen).then_some(path)
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let g = graph();
    assert!(g.len() > 10, "the graph was read: {g:?}");
    for m in g.keys() {
        if let Some(cycle) = cycle_from(&g, m) {
            panic!("import cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_core_uses_no_web_types_and_does_not_word_its_own_messages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let g = graph();
    for f in &files {
        let Some(m) = module_of(&src, f) else {
            continue;
        };
        if m == "ui" {
            continue;
        }
        let text = fs::read_to_string(f).unwrap();
        for web in ["yew::", "web_sys::", "wasm_bindgen", "gloo"] {
            assert!(
                !text.contains(web),
                "{} is core but uses {web}",
                f.display()
            );
        }
        let words = g.get(&m).is_some_and(|e| e.contains("i18n"));
        assert!(
            !words || matches!(m.as_str(), "export"),
            "{m} turns values into words itself; that is the i18n layer's job"
        );
        assert!(
            !g.get(&m).is_some_and(|e| e.contains("ui")),
            "{m} is core but imports the UI"
        );
    }
}

#[test]
fn the_checker_finds_a_cycle_when_there_is_one() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        cycle_from(&g, "a"),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    g.entry("c".into()).or_default().clear();
    assert_eq!(cycle_from(&g, "a"), None);
}

/// Characters that have an emoji form (Unicode's Emoji=Yes) and are text by default, in the
/// ranges the widget's words could use; the Miscellaneous Symbols and Dingbats blocks are taken
/// whole, which is stricter than the standard. From emoji-data.txt (Unicode 15).
fn may_become_emoji(c: char) -> bool {
    matches!(u32::from(c),
        0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x2199 | 0x21A9 | 0x21AA
        | 0x231A | 0x231B | 0x2328 | 0x23CF | 0x23E9..=0x23F3 | 0x23F8..=0x23FA | 0x24C2
        | 0x25AA | 0x25AB | 0x25B6 | 0x25C0 | 0x25FB..=0x25FE | 0x2600..=0x27BF | 0x2934
        | 0x2935 | 0x2B05..=0x2B07 | 0x2B1B | 0x2B1C | 0x2B50 | 0x2B55 | 0x3030 | 0x303D
        | 0x3297 | 0x3299 | 0x1F000..)
}

/// Emoji scripts on host pages (WordPress's replaces such characters with images from its own
/// host) leave a character alone that asks for its text form with U+FE0E. Every such character
/// in the widget's own code (not its tests) and stylesheet carries it.
#[test]
fn symbols_that_could_turn_into_emoji_ask_for_their_text_form() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    common::rust_files(&root.join("src"), &mut files);
    files.push(root.join("styles/widget.css"));
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//")
                || line.trim_start().starts_with("/*")
                || line.trim_start().starts_with('*')
            {
                continue;
            }
            let chars: Vec<char> = line.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let rest: String = chars[i + 1..].iter().collect();
                let text_form = rest.starts_with('\u{FE0E}')
                    || rest.starts_with("\\u{FE0E}")
                    || rest.starts_with("\\FE0E");
                if may_become_emoji(c) && !text_form {
                    found.push(format!("{}:{}: {c}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "add U+FE0E after: {found:#?}");
}
