//! `split-dataset`: writes the core of a complete dataset — the same dataset without its
//! evidence (justifications, sources, findings, check records, rubrics, provider domains, where
//! the data is held) — so that the widget draws the ranking from a small file and loads the
//! evidence after it.
//!
//! ```text
//! cargo run --bin split-dataset -- [--no-parts] data/providers.json data/providers.core.json
//! ```
//!
//! It also writes the evidence split by provider type, so that a reader who opens one ISP's
//! detail fetches the ISPs' evidence and not the whole market's: one **part** per type that has
//! providers, `evidence/<type id>.json` in the core's folder (the shipped ones in
//! `data/evidence/`), each the complete file with only that type's providers (in the complete
//! file's order), and the core names them in `evidence_parts` (`{"isp": "evidence/isp.json", …}`,
//! relative to the core). A part is the complete file's own text with the other types' providers
//! left out (its key order and comments kept, so that its evidence is byte for byte the complete
//! file's) and without whitespace between tokens: nobody edits a part, and for the shipped ISP
//! part that is 114 KB gzip and 0.46 MB to read instead of 131 KB and 0.65 MB indented.
//! `--no-parts` writes a core without parts (its readers fetch the complete file, as before).
//!
//! The duties' explanations (`explain`, with their legal references) are left out too: they are
//! 23 KB gzip, more than three times the rest of the core, and only the duties view needs them,
//! which loads the complete file when it opens, as a detail does. The classroom `roles` stay
//! (1.7 KB gzip): a pupil's link names its role, and must open at once.
//! The core's keys are written in sorted order (it is generated, not edited). Its `evidence` names the complete file, relative to the core (both in one folder).
//! Each rating keeps its final score (the override's where an editor overrode the rubric) and
//! its confidence as the loader derives it (low also where every source is third-party or
//! community), so the core ranks exactly as the complete file. `tests/shipped_dataset.rs` checks
//! that the committed core and parts are what this writes. Exit status 0, or 1 if the complete file is
//! not valid (its problems are listed), or 2 for a usage or file error.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use provider_compare::dataset::Rating;
    use provider_compare::validate::{decode_text, parse_dataset_bytes};
    use serde_json::{json, Map, Value};
    use std::path::Path;

    const USAGE: &str = "usage: split-dataset [--no-parts] COMPLETE.json CORE.json";

    /// The folder, relative to the core, that the parts are written to.
    pub const PARTS_DIR: &str = "evidence";

    pub fn run(args: Vec<String>) -> i32 {
        let parts = !args.iter().any(|a| a == "--no-parts");
        let files: Vec<&String> = args.iter().filter(|a| *a != "--no-parts").collect();
        let [full_path, core_path] = files.as_slice() else {
            eprintln!("{USAGE}");
            return 2;
        };
        match split(Path::new(full_path), Path::new(core_path), parts) {
            Ok(()) => 0,
            Err((code, message)) => {
                eprintln!("split-dataset: {message}");
                code
            }
        }
    }

    fn split(full_path: &Path, core_path: &Path, with_parts: bool) -> Result<(), (i32, String)> {
        let bytes =
            std::fs::read(full_path).map_err(|e| (2, format!("{}: {e}", full_path.display())))?;
        let d = parse_dataset_bytes(&bytes).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            (
                1,
                format!("{} is not valid:\n{}", full_path.display(), list.join("\n")),
            )
        })?;
        if d.is_core() {
            return Err((1, format!("{} is itself a core", full_path.display())));
        }
        let mut v: Value = serde_json::from_slice(&bytes)
            .map_err(|e| (1, format!("{}: {e}", full_path.display())))?;
        let name = full_path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or((2, format!("{}: no file name", full_path.display())))?;
        let shape = || (1, "unexpected shape".to_owned());
        // One part per type that has providers, named by its id (a valid id is a valid file name).
        let parts: Vec<(String, String)> = if with_parts {
            let text = decode_text(&bytes).map_err(|p| (1, p.to_string()))?;
            let text = minified(text);
            d.types
                .iter()
                .enumerate()
                .filter(|(t, _)| d.providers_of(*t).next().is_some())
                .map(|(t, ty)| Some((ty.id.clone(), part_of(&text, &d, t)?)))
                .collect::<Option<_>>()
                .ok_or_else(shape)?
        } else {
            Vec::new()
        };
        let paths: Map<String, Value> = parts
            .iter()
            .map(|(id, _)| (id.clone(), json!(format!("{PARTS_DIR}/{id}.json"))))
            .collect();
        let core = core_of(&mut v, &d, name, paths).ok_or_else(shape)?;
        let dir = core_path.parent().unwrap_or(Path::new(""));
        if !parts.is_empty() {
            let parts_dir = dir.join(PARTS_DIR);
            std::fs::create_dir_all(&parts_dir)
                .map_err(|e| (2, format!("{}: {e}", parts_dir.display())))?;
        }
        for (id, part) in parts {
            let path = dir.join(PARTS_DIR).join(format!("{id}.json"));
            std::fs::write(&path, part).map_err(|e| (2, format!("{}: {e}", path.display())))?;
        }
        let mut text =
            serde_json::to_string_pretty(&sorted(core)).map_err(|e| (1, e.to_string()))?;
        text.push('\n');
        std::fs::write(core_path, text).map_err(|e| (2, format!("{}: {e}", core_path.display())))
    }

    /// `text` without the whitespace between its tokens (the text of every string kept as it is).
    fn minified(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let (mut in_string, mut escaped) = (false, false);
        for c in text.chars() {
            if in_string {
                out.push(c);
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
            } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
                in_string = c == '"';
                out.push(c);
            }
        }
        out
    }

    /// The byte just past the value that starts at `start` of minified `text` (an object, an
    /// array, a string or a scalar).
    fn value_end(text: &str, start: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        for (i, &b) in bytes.iter().enumerate().skip(start) {
            if in_string {
                match (escaped, b) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => {
                        in_string = false;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                b',' | b'}' | b']' if depth == 0 => return Some(i),
                _ => {}
            }
        }
        (depth == 0 && !in_string).then_some(bytes.len())
    }

    /// The part of the complete dataset (minified `text`, validated as `d`) for type `t`: the
    /// same text with only that type's providers in its `providers` list, in order. Everything
    /// else, the providers' own text included, is the complete file's as written (its key order,
    /// its comments), so that a part holds byte for byte the evidence of the complete file.
    fn part_of(text: &str, d: &provider_compare::dataset::Dataset, t: usize) -> Option<String> {
        let root = provider_compare::json::parse(text).ok()?;
        let list = root.get("providers")?;
        let items = list.value.as_array()?;
        if items.len() != d.providers.len() {
            return None;
        }
        let mut chosen = Vec::new();
        for (item, p) in items.iter().zip(&d.providers) {
            if p.kind == t {
                chosen.push(text.get(item.offset..value_end(text, item.offset)?)?);
            }
        }
        let end = value_end(text, list.offset)?;
        Some(format!(
            "{}[{}]{}\n",
            text.get(..list.offset)?,
            chosen.join(","),
            text.get(end..)?
        ))
    }

    /// The same value with every object's keys in sorted order: the output must not depend on
    /// whether serde_json keeps insertion order (a feature other crates of the build may turn on).
    fn sorted(v: Value) -> Value {
        match v {
            Value::Object(map) => {
                let mut entries: Vec<(String, Value)> = map.into_iter().collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
            }
            Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
            other => other,
        }
    }

    /// The core of the complete dataset `v` (validated as `d`), pointing at `evidence` and at
    /// its `parts` (none: no `evidence_parts`).
    fn core_of(
        v: &mut Value,
        d: &provider_compare::dataset::Dataset,
        evidence: &str,
        parts: Map<String, Value>,
    ) -> Option<Value> {
        let top = v.as_object_mut()?;
        let mut core = Map::new();
        for (key, value) in top.iter() {
            core.insert(key.clone(), value.clone());
            if key == "checked" {
                core.insert("evidence".into(), json!(evidence));
                if !parts.is_empty() {
                    core.insert("evidence_parts".into(), Value::Object(parts.clone()));
                }
            }
        }
        for c in core.get_mut("criteria")?.as_array_mut()? {
            let c = c.as_object_mut()?;
            c.remove("rubric");
            c.remove("explain");
        }
        let criteria: Vec<&str> = d.criteria.iter().map(|c| c.id.as_str()).collect();
        let providers = core.get_mut("providers")?.as_array_mut()?;
        for (p, provider) in providers.iter_mut().zip(&d.providers) {
            let p = p.as_object_mut()?;
            p.remove("domains");
            p.remove("data_location");
            let mut ratings = Map::new();
            for (c, rating) in provider.ratings.iter().enumerate() {
                let id = (*criteria.get(c)?).to_owned();
                match rating {
                    Rating::NotApplicable => {}
                    Rating::Unknown { .. } => {
                        ratings.insert(id, json!({ "score": "unknown" }));
                    }
                    Rating::Scored(s) if s.low_confidence => {
                        ratings.insert(id, json!({ "score": s.score, "confidence": "low" }));
                    }
                    Rating::Scored(s) => {
                        ratings.insert(id, json!({ "score": s.score }));
                    }
                }
            }
            p.insert("ratings".into(), Value::Object(ratings));
        }
        Some(Value::Object(core))
    }
}
