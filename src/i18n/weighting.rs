//! The words of the weighting: what the order and pairwise methods apply, when the pairwise
//! judgements are checked for consistency and what to change, and the short summary of first
//! place that phone readers see while they weight.
//!
//! Invariant: every name set into a sentence is isolated ([`super::isolate`]); every function
//! answers in both languages.

use super::{decimal, isolate, judgement_text, percent};
use crate::text::Lang;

/// Names joined for a sentence: "A", "A und B", "A, B und C".
fn joined(lang: Lang, names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| isolate(n)).collect();
    let and = match lang {
        Lang::De => "und",
        Lang::En => "and",
    };
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// Said after a preset, an order or a judgement left first place where it was.
pub fn still_leading(lang: Lang, names: &[&str]) -> String {
    let who = joined(lang, names);
    match (lang, names.len()) {
        (Lang::De, 0) => "Keine Rangliste: Es ist nichts gewichtet.".to_owned(),
        (Lang::En, 0) => "No ranking: nothing is weighted.".to_owned(),
        (Lang::De, 1) => format!("Weiterhin vorn: {who}."),
        (Lang::En, 1) => format!("Still in first place: {who}."),
        (Lang::De, _) => format!("Weiterhin gleichauf vorn: {who}."),
        (Lang::En, _) => format!("Still tied for first place: {who}."),
    }
}

/// The summary of first place beside the weighting on a phone: "Jetzt vorn: Telekom (72,3)".
pub fn now_leading(lang: Lang, names: &[&str], total: Option<f64>) -> String {
    let who = joined(lang, names);
    let total = total
        .map(|t| format!(" ({})", decimal(lang, t, 1)))
        .unwrap_or_default();
    match (lang, names.len()) {
        (Lang::De, 0) => "Keine Rangliste: Es ist nichts gewichtet.".to_owned(),
        (Lang::En, 0) => "No ranking: nothing is weighted.".to_owned(),
        (Lang::De, 1) => format!("Jetzt vorn: {who}{total}"),
        (Lang::En, 1) => format!("Now in first place: {who}{total}"),
        (Lang::De, _) => format!("Jetzt gleichauf vorn: {who}{total}"),
        (Lang::En, _) => format!("Now tied for first place: {who}{total}"),
    }
}

/// A group's share under the order or pairwise method and the slider value it sets:
/// "18 % → Regler 6".
pub fn method_share(lang: Lang, share: f64, slider: u8) -> String {
    let share = percent(lang, share);
    match lang {
        Lang::De => format!("{share} → Regler {slider}"),
        Lang::En => format!("{share} → slider {slider}"),
    }
}

/// Too few judgements for a consistency check to mean anything.
pub fn consistency_pending(lang: Lang, given: usize, needed: usize) -> String {
    match lang {
        Lang::De => format!("Ob die Vergleiche zueinander passen, wird geprüft, sobald mindestens {needed} gesetzt sind (bisher {given}). Nicht gesetzte Vergleiche zählen als „gleich wichtig“."),
        Lang::En => format!("Whether the comparisons agree is checked once at least {needed} are set (so far {given}). Comparisons not set count as “equally important”."),
    }
}

/// What to change when the judgements contradict each other: the comparison that departs most
/// and what the others imply for it (`implied`, on the judgement scale).
pub fn consistency_warning(lang: Lang, cr: f64, a: &str, b: &str, implied: i8) -> String {
    let cr = decimal(lang, cr, 2);
    let pair = match lang {
        Lang::De => format!("„{}“ – „{}“", isolate(a), isolate(b)),
        Lang::En => format!("“{}” – “{}”", isolate(a), isolate(b)),
    };
    let others = judgement_text(lang, a, b, implied);
    match lang {
        Lang::De => format!("Die Vergleiche widersprechen sich zu stark (Konsistenzquote {cr}, besser höchstens 0,10). Am meisten weicht der Vergleich {pair} ab: Nach den übrigen Vergleichen gilt eher „{others}“. Diesen Vergleich so einstellen oder die anderen überdenken."),
        Lang::En => format!("The comparisons contradict each other too much (consistency ratio {cr}; at most 0.10 is advised). The comparison {pair} departs most: the others rather say “{others}”. Set it so, or reconsider the others."),
    }
}
