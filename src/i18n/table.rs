//! The words of the ranking table and what hangs off it: headings, column names, sorting (and
//! what a screen reader hears after it), how many rows are shown, the provider details, source
//! kinds and the side-by-side selection.
//!
//! Invariant: a name that comes from the dataset (provider, type, group) is inserted as it is;
//! only the words around it are translated.

use super::{isolate, strings};
use crate::text::Lang;

pub fn ranking_heading(lang: Lang, kind: &str) -> String {
    let kind = &isolate(kind);
    match lang {
        Lang::De => format!("Rangliste: {kind}"),
        Lang::En => format!("Ranking: {kind}"),
    }
}

pub fn sort_by(lang: Lang, column: &str) -> String {
    match lang {
        Lang::De => format!("Nach {column} sortieren"),
        Lang::En => format!("Sort by {column}"),
    }
}

/// What a screen reader hears after a sort: "Sortiert nach Gesamt, absteigend."
pub fn sorted_by(lang: Lang, column: &str, descending: bool) -> String {
    let s = strings(lang);
    let dir = if descending {
        s.descending
    } else {
        s.ascending
    };
    match lang {
        Lang::De => format!("Sortiert nach {column}, {dir}."),
        Lang::En => format!("Sorted by {column}, {dir}."),
    }
}

/// What a screen reader hears when first place changes: "Neu an der Spitze: A1."
pub fn leaders_changed(lang: Lang, names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| isolate(n)).collect();
    let joined = |and: &str| match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    };
    match (lang, names.len()) {
        (Lang::De, 0) => "Keine Rangliste: Es ist nichts gewichtet.".to_owned(),
        (Lang::En, 0) => "No ranking: nothing is weighted.".to_owned(),
        (Lang::De, 1) => format!("Neu an der Spitze: {}.", joined("und")),
        (Lang::En, 1) => format!("New in first place: {}.", joined("and")),
        (Lang::De, _) => format!("Gleichstand an der Spitze: {}.", joined("und")),
        (Lang::En, _) => format!("Tied for first place: {}.", joined("and")),
    }
}

pub fn show_all_rows(lang: Lang, n: usize) -> String {
    match lang {
        Lang::De => format!("Alle {n} Anbieter zeigen"),
        Lang::En => format!("Show all {n} providers"),
    }
}

pub fn show_first_rows(lang: Lang, n: usize) -> String {
    match lang {
        Lang::De => format!("Nur die ersten {n} zeigen"),
        Lang::En => format!("Show only the first {n}"),
    }
}

/// "Zeigt 50 von 1000 Anbietern." for the table's caption.
pub fn showing_rows(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::De => format!("Zeigt {shown} von {total} Anbietern."),
        Lang::En => format!("Showing {shown} of {total} providers."),
    }
}

pub fn details_of(lang: Lang, name: &str) -> String {
    let name = &isolate(name);
    match lang {
        Lang::De => format!("Details zu {name}"),
        Lang::En => format!("Details of {name}"),
    }
}

pub fn does_not_apply_to(lang: Lang, kind: &str) -> String {
    let kind = &isolate(kind);
    match lang {
        Lang::De => format!("gilt nicht für {kind}"),
        Lang::En => format!("does not apply to {kind}"),
    }
}

pub fn source_kind(lang: Lang, kind: crate::dataset::SourceKind) -> &'static str {
    use crate::dataset::SourceKind::*;
    match (lang, kind) {
        (Lang::De, Official) => "Anbieter, Behörde oder Gericht",
        (Lang::De, Provider) => "Anbieter",
        (Lang::De, Authority) => "Behörde oder Gericht",
        (Lang::De, Press) => "Presse",
        (Lang::De, ThirdParty) => "Drittquelle – vor Verwendung prüfen",
        (Lang::De, Community) => "Forum – vor Verwendung prüfen",
        (Lang::En, Official) => "provider, regulator or court",
        (Lang::En, Provider) => "the provider",
        (Lang::En, Authority) => "regulator or court",
        (Lang::En, Press) => "press",
        (Lang::En, ThirdParty) => "third-party source – verify before relying on it",
        (Lang::En, Community) => "forum post – verify before relying on it",
    }
}

/// "Telekom zum Vergleich auswählen": the label of a row's checkbox.
pub fn pick_for_comparison(lang: Lang, name: &str) -> String {
    let name = &isolate(name);
    match lang {
        Lang::De => format!("{name} zum Nebeneinander-Vergleich auswählen"),
        Lang::En => format!("Add {name} to the side-by-side comparison"),
    }
}

/// Why a checkbox cannot be ticked: the comparison is full.
pub fn comparison_full(lang: Lang, max: usize) -> String {
    match lang {
        Lang::De => format!("Höchstens {max} Anbieter nebeneinander."),
        Lang::En => format!("At most {max} providers side by side."),
    }
}

/// Shown above a table that is wider than its place: the cue that it scrolls sideways (a
/// scrollbar alone is not enough: touch screens and some browsers hide it).
pub fn scroll_hint(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Weitere Spalten: seitlich wischen oder scrollen ↔\u{FE0E}",
        Lang::En => "More columns: swipe or scroll sideways ↔\u{FE0E}",
    }
}

/// The legend under the ranking: what "Datenbasis 72 % 9/12" means.
pub fn legend_coverage(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Anteil der Gewichtung, der auf belegten Bewertungen beruht; 9/12: 9 von 12 Pflichten sind belegt. Je kleiner, desto unsicherer der Gesamtwert.",
        Lang::En => "the share of the weighting that rests on sourced scores; 9/12: 9 of 12 duties are sourced. The smaller it is, the less certain the total.",
    }
}

/// The legend under the ranking: what a "–" in a cell means.
pub fn legend_no_value(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "kein Wert: Hier ist nichts gewichtet, oder keine Bewertung ist bekannt.",
        Lang::En => "no value: nothing here is weighted, or no score is known.",
    }
}

/// The legend under the ranking: the marks beside a total, and how to read their reason.
pub fn legend_flags(lang: Lang) -> String {
    let s = strings(lang);
    match lang {
        Lang::De => format!(
            "„{}“: Eine K.-o.-Regel deckelt den Gesamtwert. „{}“: Ein Mindestwert ist nicht erreicht. Die Markierung antippen oder anklicken zeigt den Grund.",
            s.capped, s.excluded
        ),
        Lang::En => format!(
            "“{}”: a knock-out rule caps the total. “{}”: a minimum is not met. Tap or click the mark for the reason.",
            s.capped, s.excluded
        ),
    }
}

/// The name of a ranking-table column (a group's column by the group's full name).
pub fn column_name(
    lang: Lang,
    d: &crate::dataset::Dataset,
    column: crate::ranking::SortColumn,
) -> String {
    use crate::ranking::SortColumn;
    let s = strings(lang);
    match column {
        SortColumn::Rank => s.col_rank.to_owned(),
        SortColumn::Name => s.col_provider.to_owned(),
        SortColumn::Total => s.col_total.to_owned(),
        SortColumn::Coverage => s.col_coverage.to_owned(),
        SortColumn::Group(g) => d
            .groups
            .get(g)
            .map(|g| g.name.get(lang).to_owned())
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence as read, without the isolates around dataset text.
    fn plain(s: String) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn leader_messages() {
        assert_eq!(
            plain(leaders_changed(Lang::De, &["A1"])),
            "Neu an der Spitze: A1."
        );
        assert_eq!(
            plain(leaders_changed(Lang::En, &["A1", "Telekom", "Vodafone"])),
            "Tied for first place: A1, Telekom and Vodafone."
        );
        assert_eq!(
            plain(leaders_changed(Lang::De, &[])),
            "Keine Rangliste: Es ist nichts gewichtet."
        );
    }
}
