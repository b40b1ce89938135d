//! The widget's element ids, checked in its source: an id role made with `format!` (`ahp-{k}`,
//! numbered per item) has a prefix that no other component's role starts with, so a numbered id
//! can never equal another component's (`pair-0` of the pair selects was once also the first
//! pairwise slider, which left a control without its name). Roles for dataset entries
//! (`ids.item`) cannot collide with these: their dataset id follows a `.`. The end-to-end
//! accessibility test checks the rendered document for duplicate ids as well.

mod common;

use common::rust_files;
use std::fs;
use std::path::{Path, PathBuf};

/// The roles passed to `ids.id(` in `text`, each with whether it is numbered (a `format!` whose
/// fixed prefix is given).
fn roles(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("ids.id(") {
        let rest = &text[i + "ids.id(".len()..];
        let numbered = rest.starts_with("&format!(");
        let rest = rest.trim_start_matches("&format!(");
        if let Some(lit) = rest.strip_prefix('"') {
            let end = lit.find(['"', '{']).unwrap();
            out.push((lit[..end].to_owned(), numbered));
        }
    }
    out
}

#[test]
fn numbered_id_roles_have_prefixes_of_their_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut all: Vec<(String, bool, PathBuf)> = Vec::new();
    for file in &files {
        for (role, numbered) in roles(&fs::read_to_string(file).unwrap()) {
            all.push((role, numbered, file.clone()));
        }
    }
    assert!(all.len() > 20, "found only {} roles", all.len());
    assert!(all.iter().any(|(r, n, _)| r == "ahp-" && *n));
    for (prefix, numbered, owner) in &all {
        if !numbered {
            continue;
        }
        for (role, _, file) in &all {
            assert!(
                file == owner || !role.starts_with(prefix.as_str()),
                "{role:?} in {file:?} could equal a numbered {prefix:?}… of {owner:?}"
            );
        }
    }
}
