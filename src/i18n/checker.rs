//! The words of the `check-dataset` command: its verdict per file ("valid – …" with what the
//! dataset holds, "invalid, 2 problems"). Its problems are the validator's, worded in
//! [`super::problems`].
//!
//! Invariant: every count is said with its singular or plural ("1 group", "2 groups"); the
//! numbers are the dataset's own, counted here from the [`Dataset`] the validator returned.

use crate::dataset::{Dataset, Rating};
use crate::text::Lang;

/// The verdict on a file the validator rejected: "invalid, 2 problems" / "ungültig, 2 Probleme".
pub fn check_invalid(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "invalid, 1 problem".to_owned(),
        (Lang::En, n) => format!("invalid, {n} problems"),
        (Lang::De, 1) => "ungültig, 1 Problem".to_owned(),
        (Lang::De, n) => format!("ungültig, {n} Probleme"),
    }
}

/// The verdict on a valid file, with what it holds: "valid – “Title”, checked 2026-11-27: 5 groups,
/// 13 criteria, 4 types, 11 providers; 96 scores, 36 unknown, 11 not applicable; 3 presets, …".
pub fn check_valid(lang: Lang, d: &Dataset) -> String {
    let cells = d.providers.iter().flat_map(|p| p.ratings.iter());
    let (mut scored, mut unknown, mut na) = (0, 0, 0);
    for r in cells {
        match r {
            Rating::Scored(_) => scored += 1,
            Rating::Unknown { .. } => unknown += 1,
            Rating::NotApplicable => na += 1,
        }
    }
    let (g, c, t, p) = (
        d.groups.len(),
        d.criteria.len(),
        d.types.len(),
        d.providers.len(),
    );
    let (presets, rules) = (d.presets.len(), d.knockouts.len());
    // "1 group", "2 groups": singular and plural for every count.
    let n = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match lang {
        Lang::En => format!(
            "valid – “{}”, checked {}: {}, {}, {}, {}; {}, {unknown} unknown, {na} not applicable; {}, {}",
            d.title.get(lang),
            d.checked.iso(),
            n(g, "group", "groups"),
            n(c, "criterion", "criteria"),
            n(t, "type", "types"),
            n(p, "provider", "providers"),
            n(scored, "score", "scores"),
            n(presets, "preset", "presets"),
            n(rules, "knock-out rule", "knock-out rules"),
        ),
        Lang::De => format!(
            "gültig – „{}“, Stand {}: {}, {}, {}, {}; {}, {unknown} unbekannt, {na} entfallen; {}, {}",
            d.title.get(lang),
            d.checked.iso(),
            n(g, "Gruppe", "Gruppen"),
            n(c, "Pflicht", "Pflichten"),
            n(t, "Anbieterart", "Anbieterarten"),
            n(p, "Anbieter", "Anbieter"),
            n(scored, "Bewertung", "Bewertungen"),
            n(presets, "Voreinstellung", "Voreinstellungen"),
            n(rules, "Abwertungsregel", "Abwertungsregeln"),
        ),
    }
}
