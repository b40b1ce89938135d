//! `split-dataset`: writes the core of a complete dataset — the same dataset without its
//! evidence (justifications, sources, findings, check records, rubrics, provider domains, where
//! the data is held) — so that the widget draws the ranking from a small file and loads the
//! evidence after it.
//!
//! ```text
//! cargo run --bin split-dataset -- data/providers.json data/providers.core.json
//! ```
//!
//! The duties' explanations (`explain`, with their legal references) are left out too: they are
//! 23 KB gzip, more than three times the rest of the core, and only the duties view needs them,
//! which loads the complete file when it opens, as a detail does. The classroom `roles` stay
//! (1.7 KB gzip): a pupil's link names its role, and must open at once.
//! The core's keys are written in sorted order (it is generated, not edited). Its `evidence` names the complete file, relative to the core (both in one folder).
//! Each rating keeps its final score (the override's where an editor overrode the rubric) and
//! its confidence as the loader derives it (low also where every source is third-party or
//! community), so the core ranks exactly as the complete file. `tests/shipped_dataset.rs` checks
//! that the committed core is what this writes. Exit status 0, or 1 if the complete file is
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
    use provider_compare::validate::parse_dataset_bytes;
    use serde_json::{json, Map, Value};
    use std::path::Path;

    const USAGE: &str = "usage: split-dataset COMPLETE.json CORE.json";

    pub fn run(args: Vec<String>) -> i32 {
        let [full_path, core_path] = args.as_slice() else {
            eprintln!("{USAGE}");
            return 2;
        };
        match split(Path::new(full_path), Path::new(core_path)) {
            Ok(()) => 0,
            Err((code, message)) => {
                eprintln!("split-dataset: {message}");
                code
            }
        }
    }

    fn split(full_path: &Path, core_path: &Path) -> Result<(), (i32, String)> {
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
        let core = core_of(&mut v, &d, name).ok_or((1, "unexpected shape".to_owned()))?;
        let mut text =
            serde_json::to_string_pretty(&sorted(core)).map_err(|e| (1, e.to_string()))?;
        text.push('\n');
        std::fs::write(core_path, text).map_err(|e| (2, format!("{}: {e}", core_path.display())))
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

    /// The core of the complete dataset `v` (validated as `d`), pointing at `evidence`.
    fn core_of(
        v: &mut Value,
        d: &provider_compare::dataset::Dataset,
        evidence: &str,
    ) -> Option<Value> {
        let top = v.as_object_mut()?;
        let mut core = Map::new();
        for (key, value) in top.iter() {
            core.insert(key.clone(), value.clone());
            if key == "checked" {
                core.insert("evidence".into(), json!(evidence));
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
