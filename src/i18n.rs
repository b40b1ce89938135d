//! The widget's own words, in German and English.
//!
//! Invariant: every string exists in both languages. The fixed strings are fields of [`Strings`],
//! so a missing translation is a compile error, not a blank in the UI; the strings with values in
//! them are functions that `match` on [`Lang`], which the compiler checks for completeness too.
//! Texts that come from a dataset are not here: they are [`crate::text::Text`].

use crate::date::PartialDate;
use crate::json::SyntaxKind;
use crate::text::Lang;
use crate::url::UrlProblem;
use crate::validate::{Expected, ProblemKind};

/// Fixed strings of the user interface.
pub struct Strings {
    pub widget_label: &'static str,
    pub loading: &'static str,
    pub language: &'static str,
    pub provider_kind: &'static str,
    pub weights_heading: &'static str,
    pub weights_intro: &'static str,
    pub reset_weights: &'static str,
    pub weights_are_default: &'static str,
    pub unknown_as_zero: &'static str,
    pub unknown_as_zero_hint: &'static str,
    pub what_does_it_mean: &'static str,
    pub col_rank: &'static str,
    pub col_provider: &'static str,
    pub col_total: &'static str,
    pub col_coverage: &'static str,
    pub coverage_explained: &'static str,
    pub ascending: &'static str,
    pub descending: &'static str,
    pub no_value: &'static str,
    pub no_weight: &'static str,
    pub no_known_scores: &'static str,
    pub all_weights_zero: &'static str,
    pub no_providers: &'static str,
    pub close: &'static str,
    pub website: &'static str,
    pub new_tab: &'static str,
    pub unknown: &'static str,
    pub unknown_explained: &'static str,
    pub unknown_counts_zero: &'static str,
    pub low_confidence: &'static str,
    pub sources: &'static str,
    pub not_applicable: &'static str,
    pub method_heading: &'static str,
    pub method: &'static str,
    pub error_heading: &'static str,
    pub error_invalid: &'static str,
    pub error_hint: &'static str,
    pub retry: &'static str,
    pub whole_file: &'static str,
    pub crashed: &'static str,
    pub table_scroll_hint: &'static str,
    pub how_to_weigh: &'static str,
    pub method_sliders: &'static str,
    pub method_presets: &'static str,
    pub method_ranking: &'static str,
    pub method_pairwise: &'static str,
    pub group_weight: &'static str,
    pub effective_weight: &'static str,
    pub custom_weights: &'static str,
    pub presets_intro: &'static str,
    pub ranking_intro: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub pairwise_intro: &'static str,
    pub consistency: &'static str,
    pub knockouts_heading: &'static str,
    pub knockouts_intro: &'static str,
    pub minimums_heading: &'static str,
    pub minimums_intro: &'static str,
    pub no_minimum: &'static str,
    pub capped: &'static str,
    pub excluded: &'static str,
    pub compare_heading: &'static str,
    pub provider_a: &'static str,
    pub provider_b: &'static str,
    pub separating: &'static str,
    pub contribution_heading: &'static str,
    pub result_label: &'static str,
    pub stable: &'static str,
    pub close_result: &'static str,
    pub sensitivity_hint: &'static str,
    pub share_heading: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_copy_failed: &'static str,
    pub link_field: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub print: &'static str,
    pub export_as_text: &'static str,
    pub embed_heading: &'static str,
    pub embed_intro: &'static str,
    pub embed_iframe: &'static str,
    pub embed_direct: &'static str,
    pub embed_keep_view: &'static str,
    pub embed_compact: &'static str,
    pub embed_code: &'static str,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
    pub code_copy_failed: &'static str,
    pub notice_heading: &'static str,
    pub compare_hint: &'static str,
    pub side_by_side: &'static str,
    pub pick_one_more: &'static str,
    pub clear_compare: &'static str,
    pub profile_caption: &'static str,
    pub duty: &'static str,
    pub print_weights: &'static str,
    pub print_sources: &'static str,
    pub side_scroll_hint: &'static str,
}

const DE: Strings = Strings {
    widget_label: "Provider-Vergleich",
    loading: "Daten werden geladen …",
    language: "Sprache",
    provider_kind: "Anbieterart",
    weights_heading: "Gewichtung der Pflichten",
    weights_intro: "Wie stark zählt jede Pflicht? 0 = gar nicht, 10 = entscheidend. Die Rangliste ändert sich sofort.",
    reset_weights: "Standardgewichte wiederherstellen",
    weights_are_default: "Es gelten die Standardgewichte des Datensatzes.",
    unknown_as_zero: "Unbekannte Werte als 0 zählen",
    unknown_as_zero_hint: "Ausgeschaltet bleiben Pflichten ohne belegte Bewertung beim Gesamtwert außen vor.",
    what_does_it_mean: "Was bedeutet das?",
    col_rank: "Rang",
    col_provider: "Anbieter",
    col_total: "Gesamt",
    col_coverage: "Datenbasis",
    coverage_explained: "Datenbasis: Anteil der Gewichtung, der auf belegten Bewertungen beruht. Je kleiner, desto unsicherer der Gesamtwert.",
    ascending: "aufsteigend",
    descending: "absteigend",
    no_value: "–",
    no_weight: "nicht gewichtet",
    no_known_scores: "keine belegten Werte",
    all_weights_zero: "Alle Gewichte stehen auf 0 – so lässt sich nichts vergleichen. Mindestens eine Pflicht höher gewichten oder die Standardgewichte wiederherstellen.",
    no_providers: "Für diese Anbieterart enthält der Datensatz keine Anbieter.",
    close: "Schließen",
    website: "Website",
    new_tab: "(öffnet in neuem Tab)",
    unknown: "unbekannt",
    unknown_explained: "Keine belegte Angabe gefunden – zählt beim Gesamtwert nicht mit.",
    unknown_counts_zero: "Keine belegte Angabe gefunden – zählt derzeit als 0.",
    low_confidence: "geringe Sicherheit",
    sources: "Quellen",
    not_applicable: "Gilt nicht für diese Anbieterart",
    method_heading: "So wird gerechnet",
    method: "Jede Pflicht wird je Anbieter auf einer Skala von 0 (vernachlässigt) bis 5 (vorbildlich) bewertet, jeweils mit Begründung und Quelle. Der Gesamtwert ist der gewichtete Mittelwert dieser Bewertungen über die Pflichten, die für die Anbieterart gelten, umgerechnet auf 0–100. Pflichten ohne belegte Angabe zählen nicht mit, außer sie werden als 0 gezählt. Gleiche Werte teilen sich einen Rang.",
    error_heading: "Der Datensatz konnte nicht geladen werden",
    error_invalid: "Die Datei ist kein gültiger Datensatz.",
    error_hint: "Wer den Datensatz pflegt: Die Stellen oben zeigen, was zu ändern ist. Das Format ist in data/README.md beschrieben.",
    retry: "Erneut versuchen",
    whole_file: "ganze Datei",
    crashed: "Der Provider-Vergleich ist auf einen internen Fehler gestoßen und wurde angehalten. Bitte die Seite neu laden.",
    table_scroll_hint: "Rangliste (seitlich scrollbar)",
    how_to_weigh: "Gewichten mit",
    method_sliders: "Reglern",
    method_presets: "Vorlagen",
    method_ranking: "Reihenfolge",
    method_pairwise: "Paarvergleich",
    group_weight: "Gewicht der Gruppe",
    effective_weight: "Anteil an der Gesamtwertung",
    custom_weights: "Eigene Gewichtung – keine Vorlage aktiv.",
    presets_intro: "Eine Vorlage setzt alle Regler. Danach lässt sich jeder Regler weiter verschieben.",
    ranking_intro: "Die Gruppen nach Wichtigkeit ordnen, die wichtigste zuerst (ziehen oder mit den Pfeil-Knöpfen). Die Gewichte folgen der Rank-Order-Centroid-Formel wₖ = (1/n) · Σᵢ₌ₖⁿ 1/i und werden auf die Regler 1–10 gerundet.",
    move_up: "nach oben",
    move_down: "nach unten",
    pairwise_intro: "Je zwei Gruppen vergleichen: Welche ist wichtiger, und wie sehr (Saaty-Skala 1–9)? Die Gewichte sind der Hauptvektor der Vergleichsmatrix (AHP) und werden auf die Regler 1–10 gerundet.",
    consistency: "Konsistenzquote",
    knockouts_heading: "Abwertungen",
    knockouts_intro: "Wie bei Warentests: Ein sehr schlechter Wert in einer wesentlichen Pflicht deckelt den Gesamtwert, wie auch immer gewichtet wird.",
    minimums_heading: "Mindestanforderungen",
    minimums_intro: "Anbieter unter dem Mindestwert bleiben mit Begründung in der Liste, werden aber nicht gereiht. Ein unbekannter Wert erfüllt keine Mindestanforderung.",
    no_minimum: "keine",
    capped: "abgewertet",
    excluded: "ausgeschlossen",
    compare_heading: "Zwei Anbieter vergleichen",
    provider_a: "Anbieter A",
    provider_b: "Anbieter B",
    separating: "Was sie am stärksten trennt",
    contribution_heading: "Beitrag zum Gesamtwert",
    result_label: "Ergebnis",
    stable: "stabil",
    close_result: "knapp",
    sensitivity_hint: "Unter einem Regler steht, in welchem Bereich der Spitzenreiter vorn bleibt, wenn nur dieser Regler bewegt wird; ohne Hinweis bleibt er bei jedem Wert vorn.",
    share_heading: "Teilen und exportieren",
    copy_link: "Link zu dieser Ansicht kopieren",
    link_copied: "Link kopiert. Er öffnet genau diese Ansicht.",
    link_copy_failed: "Kopieren war nicht möglich. Der Link steht markiert im Feld; kopieren Sie ihn mit Strg+C.",
    link_field: "Link zu dieser Ansicht",
    download_csv: "CSV herunterladen",
    download_json: "JSON herunterladen",
    print: "Drucken",
    export_as_text: "Export als Text (falls Downloads gesperrt sind)",
    embed_heading: "Auf einer eigenen Seite einbetten",
    embed_intro: "Der Code zeigt den Vergleich mit der aktuellen Einstellung. Ohne Cookies und ohne Anfragen an Dritte.",
    embed_iframe: "Als iframe (einfach, von der Seite getrennt)",
    embed_direct: "Direkt in die Seite (übernimmt Schrift und Farben der Seite)",
    embed_keep_view: "Aktuelle Gewichtung und Auswahl übernehmen",
    embed_compact: "Kompakte Darstellung",
    embed_code: "Code zum Einfügen",
    copy_code: "Code kopieren",
    code_copied: "Code kopiert.",
    code_copy_failed: "Kopieren war nicht möglich. Der Code steht markiert im Feld; kopieren Sie ihn mit Strg+C.",
    notice_heading: "Nicht alles aus dem Link oder den Einstellungen der Seite ließ sich übernehmen; alles andere gilt.",
    compare_hint: "Mit den Kästchen bis zu 4 Anbieter nebeneinanderstellen.",
    side_by_side: "Nebeneinander",
    pick_one_more: "Wählen Sie in der Tabelle mindestens einen weiteren Anbieter.",
    clear_compare: "Auswahl leeren",
    profile_caption: "Profil nach Pflichtgruppen, 0 bis 100. Die Zahlen stehen auch in der Tabelle darunter.",
    duty: "Pflicht",
    print_weights: "Gewichtung für diese Rangliste",
    print_sources: "Quellen der Bewertungen",
    side_scroll_hint: "Nebeneinander-Vergleich (seitlich scrollbar)",
};

const EN: Strings = Strings {
    widget_label: "Provider comparison",
    loading: "Loading data …",
    language: "Language",
    provider_kind: "Type of provider",
    weights_heading: "Weighting of duties",
    weights_intro: "How much does each duty count? 0 = not at all, 10 = decisive. The ranking updates at once.",
    reset_weights: "Restore default weights",
    weights_are_default: "The dataset's default weights apply.",
    unknown_as_zero: "Count unknown values as 0",
    unknown_as_zero_hint: "When off, duties without a sourced score are left out of the total.",
    what_does_it_mean: "What does this mean?",
    col_rank: "Rank",
    col_provider: "Provider",
    col_total: "Total",
    col_coverage: "Data coverage",
    coverage_explained: "Data coverage: the share of the weighting that rests on sourced scores. The smaller it is, the less certain the total.",
    ascending: "ascending",
    descending: "descending",
    no_value: "–",
    no_weight: "not weighted",
    no_known_scores: "no sourced scores",
    all_weights_zero: "All weights are 0, so there is nothing to compare. Give at least one duty some weight, or restore the default weights.",
    no_providers: "The dataset has no providers of this type.",
    close: "Close",
    website: "Website",
    new_tab: "(opens in a new tab)",
    unknown: "unknown",
    unknown_explained: "No sourced fact found – not counted in the total.",
    unknown_counts_zero: "No sourced fact found – currently counted as 0.",
    low_confidence: "low confidence",
    sources: "Sources",
    not_applicable: "Does not apply to this type of provider",
    method_heading: "How it is calculated",
    method: "Each duty is scored per provider from 0 (neglected) to 5 (exemplary), each score with a justification and a source. The total is the weighted mean of these scores over the duties that apply to the type of provider, scaled to 0–100. Duties without a sourced fact are left out unless they are counted as 0. Equal totals share a rank.",
    error_heading: "The dataset could not be loaded",
    error_invalid: "The file is not a valid dataset.",
    error_hint: "For whoever maintains the dataset: the places above show what to change. The format is described in data/README.md.",
    retry: "Try again",
    whole_file: "whole file",
    crashed: "The provider comparison hit an internal error and has stopped. Please reload the page.",
    table_scroll_hint: "Ranking (scrolls sideways)",
    how_to_weigh: "Set the weights with",
    method_sliders: "sliders",
    method_presets: "presets",
    method_ranking: "ranking",
    method_pairwise: "pairwise comparison",
    group_weight: "Weight of the group",
    effective_weight: "Share of the overall weighting",
    custom_weights: "Custom weighting – no preset active.",
    presets_intro: "A preset sets all sliders; any slider can still be moved afterwards.",
    ranking_intro: "Order the groups by importance, most important first (drag, or use the arrow buttons). The weights follow the rank-order-centroid formula wₖ = (1/n) · Σᵢ₌ₖⁿ 1/i and are rounded to the sliders 1–10.",
    move_up: "move up",
    move_down: "move down",
    pairwise_intro: "Compare the groups two at a time: which matters more, and by how much (Saaty's scale 1–9)? The weights are the principal eigenvector of the comparison matrix (AHP), rounded to the sliders 1–10.",
    consistency: "Consistency ratio",
    knockouts_heading: "Downgrades",
    knockouts_intro: "As in consumer tests: a very poor score in an essential duty caps the total, however the duties are weighted.",
    minimums_heading: "Minimum requirements",
    minimums_intro: "Providers below a minimum stay in the list with the reason but are not ranked. An unknown score does not meet a minimum.",
    no_minimum: "none",
    capped: "downgraded",
    excluded: "excluded",
    compare_heading: "Compare two providers",
    provider_a: "Provider A",
    provider_b: "Provider B",
    separating: "What separates them most",
    contribution_heading: "Contribution to the total",
    result_label: "Result",
    stable: "stable",
    close_result: "close",
    sensitivity_hint: "Below a slider: the range within which the leader stays first if only that slider moves; without a note it stays first at any value.",
    share_heading: "Share and export",
    copy_link: "Copy a link to this view",
    link_copied: "Link copied. It opens exactly this view.",
    link_copy_failed: "Copying was not possible. The link is selected in the field; copy it with Ctrl+C.",
    link_field: "Link to this view",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    print: "Print",
    export_as_text: "Export as text (if downloads are blocked)",
    embed_heading: "Embed in your own page",
    embed_intro: "The code shows the comparison as it is set now. No cookies, no requests to third parties.",
    embed_iframe: "As an iframe (simple, kept apart from the page)",
    embed_direct: "Directly in the page (takes on the page's font and colours)",
    embed_keep_view: "Keep the current weighting and selection",
    embed_compact: "Compact layout",
    embed_code: "Code to paste",
    copy_code: "Copy code",
    code_copied: "Code copied.",
    code_copy_failed: "Copying was not possible. The code is selected in the field; copy it with Ctrl+C.",
    notice_heading: "Not everything in the link or the page's settings could be used; everything else applies.",
    compare_hint: "Tick up to 4 providers to see them side by side.",
    side_by_side: "Side by side",
    pick_one_more: "Pick at least one more provider in the table.",
    clear_compare: "Clear selection",
    profile_caption: "Profile by duty group, 0 to 100. The numbers are also in the table below.",
    duty: "Duty",
    print_weights: "Weighting behind this ranking",
    print_sources: "Sources of the scores",
    side_scroll_hint: "Side-by-side comparison (scrolls sideways)",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

/// The language's own name, for the switch (each in its own language).
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Deutsch",
        Lang::En => "English",
    }
}

/// A number with `decimals` decimals (at most 3) and the language's decimal mark (`72,4` /
/// `72.4`). Rounds half away from zero. Written with integer arithmetic on purpose: Rust's float
/// formatting machinery would add about 20 KB to the WebAssembly bundle.
pub fn decimal(lang: Lang, value: f64, decimals: usize) -> String {
    let decimals = decimals.min(3);
    let scale = 10_i64.pow(decimals as u32);
    let value = if value.is_finite() { value } else { 0.0 };
    let scaled = (value * scale as f64).round() as i64;
    let (sign, abs) = if scaled < 0 {
        ("-", -scaled)
    } else {
        ("", scaled)
    };
    let (int, frac) = (abs / scale, abs % scale);
    if decimals == 0 {
        return format!("{sign}{int}");
    }
    let mark = match lang {
        Lang::De => ',',
        Lang::En => '.',
    };
    format!("{sign}{int}{mark}{frac:0decimals$}")
}

/// A share 0–1 as a whole percentage (`92 %` / `92%`).
pub fn percent(lang: Lang, share: f64) -> String {
    let pct = decimal(lang, share * 100.0, 0);
    match lang {
        Lang::De => format!("{pct} %"),
        Lang::En => format!("{pct}%"),
    }
}

/// A weight 0–10 in words, so the slider's value is more than a number.
pub fn weight_words(lang: Lang, weight: u8) -> &'static str {
    let i = match weight {
        0 => 0,
        1..=2 => 1,
        3..=4 => 2,
        5 => 3,
        6..=7 => 4,
        8..=9 => 5,
        _ => 6,
    };
    match lang {
        Lang::De => [
            "zählt nicht",
            "kaum wichtig",
            "weniger wichtig",
            "mittel",
            "wichtig",
            "sehr wichtig",
            "entscheidend",
        ][i],
        Lang::En => [
            "not counted",
            "barely important",
            "less important",
            "medium",
            "important",
            "very important",
            "decisive",
        ][i],
    }
}

/// The slider's value as text for assistive technology: "7 von 10, wichtig".
pub fn weight_value_text(lang: Lang, weight: u8) -> String {
    match lang {
        Lang::De => format!("{weight} von 10, {}", weight_words(lang, weight)),
        Lang::En => format!("{weight} of 10, {}", weight_words(lang, weight)),
    }
}

pub fn checked_on(lang: Lang, date: &PartialDate) -> String {
    match lang {
        Lang::De => format!("Stand: {}", date.format(lang)),
        Lang::En => format!("Last checked: {}", date.format(lang)),
    }
}

pub fn provider_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, _) => format!("{n} Anbieter"),
        (Lang::En, 1) => "1 provider".to_owned(),
        (Lang::En, _) => format!("{n} providers"),
    }
}

pub fn ranking_heading(lang: Lang, kind: &str) -> String {
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
    let joined = |and: &str| match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
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
    match lang {
        Lang::De => format!("Details zu {name}"),
        Lang::En => format!("Details of {name}"),
    }
}

/// "11 von 12 Pflichten belegt" / "known on 11 of 12 duties".
pub fn known_of(lang: Lang, known: u16, applicable: u16) -> String {
    match lang {
        Lang::De => format!("{known} von {applicable} Pflichten belegt"),
        Lang::En => format!("known on {known} of {applicable} duties"),
    }
}

pub fn score_of(lang: Lang, score: u8) -> String {
    match lang {
        Lang::De => format!("{score} von 5"),
        Lang::En => format!("{score} of 5"),
    }
}

pub fn weight_label(lang: Lang, weight: u8) -> String {
    match lang {
        Lang::De => format!("Gewicht {weight}"),
        Lang::En => format!("weight {weight}"),
    }
}

pub fn does_not_apply_to(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::De => format!("gilt nicht für {kind}"),
        Lang::En => format!("does not apply to {kind}"),
    }
}

pub fn source_accessed(lang: Lang, date: &PartialDate) -> String {
    match lang {
        Lang::De => format!("undatiert, abgerufen {}", date.format(lang)),
        Lang::En => format!("undated, accessed {}", date.format(lang)),
    }
}

pub fn source_kind(lang: Lang, kind: crate::dataset::SourceKind) -> &'static str {
    use crate::dataset::SourceKind::*;
    match (lang, kind) {
        (Lang::De, Official) => "Anbieter, Behörde oder Gericht",
        (Lang::De, Press) => "Presse",
        (Lang::De, ThirdParty) => "Drittquelle – vor Verwendung prüfen",
        (Lang::De, Community) => "Forum – vor Verwendung prüfen",
        (Lang::En, Official) => "provider, regulator or court",
        (Lang::En, Press) => "press",
        (Lang::En, ThirdParty) => "third-party source – verify before relying on it",
        (Lang::En, Community) => "forum post – verify before relying on it",
    }
}

pub fn error_network(lang: Lang, url: &str, detail: &str) -> String {
    match lang {
        Lang::De => format!("Die Datei „{url}“ war nicht erreichbar ({detail})."),
        Lang::En => format!("The file “{url}” could not be reached ({detail})."),
    }
}

pub fn error_http(lang: Lang, url: &str, status: u16) -> String {
    match lang {
        Lang::De => format!("Der Server antwortete auf „{url}“ mit dem Status {status}."),
        Lang::En => format!("The server answered “{url}” with status {status}."),
    }
}

/// "Zeile 57" / "line 57": where in the dataset file a problem is.
pub fn line_label(lang: Lang, line: usize) -> String {
    match lang {
        Lang::De => format!("Zeile {line}"),
        Lang::En => format!("line {line}"),
    }
}

pub fn problem_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 1) => "1 Problem:".to_owned(),
        (Lang::De, _) => format!("{n} Probleme:"),
        (Lang::En, 1) => "1 problem:".to_owned(),
        (Lang::En, _) => format!("{n} problems:"),
    }
}

/// How a single weight is named in sentences: a criterion by its name, a group as such.
pub fn weight_name(lang: Lang, name: &str, is_group: bool) -> String {
    match (lang, is_group) {
        (_, false) => name.to_owned(),
        (Lang::De, true) => format!("die Gruppe „{name}“"),
        (Lang::En, true) => format!("the group “{name}”"),
    }
}

/// "A1 bleibt vorn bei 3,2–10": where the leader stays first as one weight moves. `lo_open`:
/// the leader is not first exactly at `lo` (e.g. at 0, where the weight stops counting).
pub fn leader_span(lang: Lang, leader: &str, lo: f64, hi: f64, lo_open: bool) -> String {
    let from_zero = lo < 0.05;
    let to_top = hi > 9.95;
    let (l, h) = (decimal(lang, lo, 1), decimal(lang, hi, 1));
    match lang {
        Lang::De => match (from_zero, to_top) {
            (true, true) if lo_open => {
                format!("{leader} bleibt vorn, solange dieser Regler nicht auf 0 steht")
            }
            (true, true) => format!("{leader} bleibt bei jedem Gewicht vorn"),
            (false, true) => format!("{leader} bleibt vorn ab {l}"),
            (true, false) => format!("{leader} bleibt vorn bis {h}"),
            (false, false) => format!("{leader} bleibt vorn bei {l}–{h}"),
        },
        Lang::En => match (from_zero, to_top) {
            (true, true) if lo_open => format!("{leader} stays first unless this slider is at 0"),
            (true, true) => format!("{leader} stays first at any weight"),
            (false, true) => format!("{leader} stays first from {l}"),
            (true, false) => format!("{leader} stays first up to {h}"),
            (false, false) => format!("{leader} stays first at {l}–{h}"),
        },
    }
}

/// The pair sentence: "Proton Mail bleibt vor Gmail, solange Support weniger als 7 von 10 zählt."
/// `threshold` equal to `from` means any move in that direction swaps them.
pub fn flip_sentence(
    lang: Lang,
    ahead: &str,
    behind: &str,
    what: &str,
    from: f64,
    threshold: f64,
    upward: bool,
) -> String {
    let t = decimal(lang, threshold, 1);
    let immediate = (threshold - from).abs() < 1e-9;
    // Thresholds that round to the ends of the scale read better in words.
    let at_zero = !upward && threshold < 0.05;
    let at_top = upward && threshold > 9.95;
    match lang {
        Lang::De => {
            let condition = if immediate && upward {
                format!("nur, solange {what} nicht stärker gewichtet wird")
            } else if immediate {
                format!("nur, solange {what} nicht schwächer gewichtet wird")
            } else if at_zero {
                format!("solange {what} überhaupt zählt")
            } else if at_top {
                format!("solange {what} nicht ganz auf 10 steht")
            } else if upward {
                format!("solange {what} weniger als {t} von 10 zählt")
            } else {
                format!("solange {what} mehr als {t} von 10 zählt")
            };
            format!("{ahead} bleibt vor {behind}, {condition}.")
        }
        Lang::En => {
            let condition = if immediate && upward {
                format!("only as long as {what} is not weighted higher")
            } else if immediate {
                format!("only as long as {what} is not weighted lower")
            } else if at_zero {
                format!("as long as {what} counts at all")
            } else if at_top {
                format!("as long as {what} is not quite at 10")
            } else if upward {
                format!("as long as {what} counts less than {t} out of 10")
            } else {
                format!("as long as {what} counts more than {t} out of 10")
            };
            format!("{ahead} stays ahead of {behind} {condition}.")
        }
    }
}

pub fn no_flip(lang: Lang, ahead: &str, behind: &str) -> String {
    match lang {
        Lang::De => format!("Keine einzelne Gewichtsänderung bringt {behind} vor {ahead}."),
        Lang::En => format!("No single change of one weight puts {behind} ahead of {ahead}."),
    }
}

pub fn tied(lang: Lang, a: &str, b: &str) -> String {
    match lang {
        Lang::De => format!("{a} und {b} liegen gleichauf."),
        Lang::En => format!("{a} and {b} are level."),
    }
}

pub fn unranked(lang: Lang, name: &str) -> String {
    match lang {
        Lang::De => format!("{name} hat keinen Gesamtwert (ausgeschlossen oder ohne Daten); es gibt keine Reihenfolge zu vergleichen."),
        Lang::En => format!("{name} has no total (excluded or without data), so there is no order to compare."),
    }
}

/// "Ergebnis: knapp – fällt die Gruppe „Technik“ unter 3,6, liegt Beta vorn."
pub fn stability_sentence(
    lang: Lang,
    close: bool,
    flip: Option<(&str, f64, bool, &str)>,
) -> String {
    let s = strings(lang);
    let label = if close { s.close_result } else { s.stable };
    let detail = match (lang, flip) {
        (Lang::De, None) => {
            "keine einzelne Gewichtsänderung bringt jemand anderen nach vorn.".to_owned()
        }
        (Lang::En, None) => "no single change of one weight puts anyone else first.".to_owned(),
        (Lang::De, Some((what, t, up, who))) => {
            if !up && t < 0.05 {
                format!("zählt {what} gar nicht mehr, liegt {who} vorn.")
            } else if up {
                format!(
                    "steigt {what} über {}, liegt {who} vorn.",
                    decimal(lang, t, 1)
                )
            } else {
                format!(
                    "fällt {what} unter {}, liegt {who} vorn.",
                    decimal(lang, t, 1)
                )
            }
        }
        (Lang::En, Some((what, t, up, who))) => {
            if !up && t < 0.05 {
                format!("if {what} stops counting, {who} is first.")
            } else if up {
                format!(
                    "if {what} rises above {}, {who} is first.",
                    decimal(lang, t, 1)
                )
            } else {
                format!(
                    "if {what} falls below {}, {who} is first.",
                    decimal(lang, t, 1)
                )
            }
        }
    };
    format!("{}: {label} – {detail}", s.result_label)
}

/// A slider position of the pairwise comparison in words.
pub fn judgement_text(lang: Lang, a: &str, b: &str, value: i8) -> String {
    let factor = i32::from(value.unsigned_abs()) + 1;
    let (more, less) = if value >= 0 { (a, b) } else { (b, a) };
    match (lang, value) {
        (Lang::De, 0) => format!("{a} und {b} sind gleich wichtig"),
        (Lang::En, 0) => format!("{a} and {b} are equally important"),
        (Lang::De, _) => format!("{more} ist {factor}-mal so wichtig wie {less}"),
        (Lang::En, _) => format!("{more} is {factor} times as important as {less}"),
    }
}

pub fn consistency_warning(lang: Lang, cr: f64, a: &str, b: &str) -> String {
    let cr = decimal(lang, cr, 2);
    match lang {
        Lang::De => format!("Die Vergleiche widersprechen sich zu stark (Konsistenzquote {cr}, besser höchstens 0,10). Am meisten weicht der Vergleich „{a}“ – „{b}“ ab; ihn zuerst überdenken."),
        Lang::En => format!("The comparisons contradict each other too much (consistency ratio {cr}; at most 0.10 is advised). The comparison “{a}” – “{b}” departs most; reconsider it first."),
    }
}

pub fn consistency_ok(lang: Lang, cr: f64) -> String {
    let cr = decimal(lang, cr, 2);
    match lang {
        Lang::De => {
            format!("Konsistenzquote {cr}: die Vergleiche passen zueinander (höchstens 0,10).")
        }
        Lang::En => format!("Consistency ratio {cr}: the comparisons agree (at most 0.10)."),
    }
}

pub fn minimum_option(lang: Lang, n: u8) -> String {
    match lang {
        Lang::De => format!("mindestens {n}"),
        Lang::En => format!("at least {n}"),
    }
}

/// Why a provider is excluded: "Zugangskontrolle 2 statt mindestens 3".
pub fn unmet_reason(lang: Lang, criterion: &str, score: Option<u8>, minimum: u8) -> String {
    let s = strings(lang);
    let have = score.map_or_else(|| s.unknown.to_owned(), |v| v.to_string());
    match lang {
        Lang::De => format!("{criterion}: {have} statt mindestens {minimum}"),
        Lang::En => format!("{criterion}: {have} instead of at least {minimum}"),
    }
}

/// "auf 40 gedeckelt (vorher 65,0)" for a downgraded total.
pub fn capped_at(lang: Lang, cap: f64, raw: f64) -> String {
    let (cap, raw) = (decimal(lang, cap, 0), decimal(lang, raw, 1));
    match lang {
        Lang::De => format!("auf {cap} gedeckelt (ohne Abwertung {raw})"),
        Lang::En => format!("capped at {cap} (without the downgrade {raw})"),
    }
}

pub fn knockout_rule(lang: Lang, criterion: &str, at_most: u8, cap: u8) -> String {
    match lang {
        Lang::De => format!("{criterion} höchstens {at_most} → Gesamtwert höchstens {cap}"),
        Lang::En => format!("{criterion} at most {at_most} → total at most {cap}"),
    }
}

pub fn points(lang: Lang, value: f64) -> String {
    match lang {
        Lang::De => format!("{} Punkte", decimal(lang, value, 1)),
        Lang::En => format!("{} points", decimal(lang, value, 1)),
    }
}

/// "Datenschutz: +12,3 Punkte für Proton Mail".
pub fn separation(lang: Lang, criterion: &str, diff: f64, for_whom: &str) -> String {
    let v = decimal(lang, diff.abs(), 1);
    match lang {
        Lang::De => format!("{criterion}: {v} Punkte mehr für {for_whom}"),
        Lang::En => format!("{criterion}: {v} points more for {for_whom}"),
    }
}

/// "wichtigste" / "5." for the ranking method's list positions.
pub fn place(lang: Lang, n: usize) -> String {
    match lang {
        Lang::De => format!("{n}."),
        Lang::En => format!("#{n}"),
    }
}

/// A dataset problem in words. The place is shown separately.
pub fn problem_message(lang: Lang, kind: &ProblemKind) -> String {
    use ProblemKind as P;
    let de = lang == Lang::De;
    match kind {
        P::Syntax { line, column, what } => {
            let what = syntax_detail(lang, *what);
            if de {
                format!("Kein gültiges JSON: Zeile {line}, Spalte {column}: {what}.")
            } else {
                format!("Not valid JSON: line {line}, column {column}: {what}.")
            }
        }
        P::TooLarge { bytes } => {
            let mb = decimal(lang, *bytes as f64 / 1_048_576.0, 1);
            if de {
                format!("Die Datei ist mit {mb} MB zu groß (höchstens 16 MB).")
            } else {
                format!("The file is too large at {mb} MB (at most 16 MB).")
            }
        }
        P::Missing => pick(de, "Pflichtfeld fehlt.", "Required field is missing.").into(),
        P::WrongType(expected) => {
            let what = expected_name(lang, *expected);
            if de {
                format!("Falscher Typ: erwartet wird {what}.")
            } else {
                format!("Wrong type: expected {what}.")
            }
        }
        P::UnknownField => pick(
            de,
            "Unbekanntes Feld (Tippfehler?). Kommentare beginnen mit „_“.",
            "Unknown field (a typo?). Comments start with “_”.",
        )
        .into(),
        P::UnsupportedVersion { found } => {
            if de {
                format!(
                    "Formatversion {found} wird nicht unterstützt; dieses Widget liest Version 1."
                )
            } else {
                format!("Format version {found} is not supported; this widget reads version 1.")
            }
        }
        P::EmptyList => pick(de, "Die Liste ist leer.", "The list is empty.").into(),
        P::EmptyText => pick(de, "Der Text ist leer.", "The text is empty.").into(),
        P::TooLong { max } => {
            if de {
                format!("Der Text ist zu lang (höchstens {max} Zeichen).")
            } else {
                format!("The text is too long (at most {max} characters).")
            }
        }
        P::TooMany { max } => {
            if de {
                format!("Zu viele Einträge (höchstens {max}).")
            } else {
                format!("Too many entries (at most {max}).")
            }
        }
        P::BadId(id) => {
            if de {
                format!(
                    "Ungültige Kennung „{id}“: erlaubt sind 1–64 Zeichen aus a–z, 0–9, _ und -."
                )
            } else {
                format!("Invalid id “{id}”: use 1–64 characters from a–z, 0–9, _ and -.")
            }
        }
        P::DuplicateId(id) => {
            if de {
                format!("Die Kennung „{id}“ kommt mehrfach vor.")
            } else {
                format!("The id “{id}” is used more than once.")
            }
        }
        P::UnknownGroup(id) => unknown_ref(de, id, "Unbekannte Gruppe", "group"),
        P::UnknownType(id) => unknown_ref(de, id, "Unbekannte Anbieterart", "provider type"),
        P::UnknownCriterion(id) => unknown_ref(de, id, "Unbekanntes Kriterium", "criterion"),
        P::NotWholeNumber => pick(
            de,
            "Erwartet wird eine ganze Zahl.",
            "Expected a whole number.",
        )
        .into(),
        P::OutOfRange { min, max } => {
            if de {
                format!("Der Wert muss zwischen {min} und {max} liegen.")
            } else {
                format!("The value must be between {min} and {max}.")
            }
        }
        P::MissingLanguage(code) => {
            if de {
                format!("Die Übersetzung für „{code}“ fehlt (siehe „languages“).")
            } else {
                format!("The translation for “{code}” is missing (see “languages”).")
            }
        }
        P::BadLanguageCode(code) => {
            if de {
                format!("„{code}“ ist kein Sprachcode wie „de“ oder „en“.")
            } else {
                format!("“{code}” is not a language code such as “de” or “en”.")
            }
        }
        P::BadUrl(problem) => url_problem(lang, *problem),
        P::BadDate(value) => {
            if de {
                format!("„{value}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT.")
            } else {
                format!("“{value}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
            }
        }
        P::DateAfterCheck => pick(
            de,
            "Das Datum liegt nach dem Prüfdatum des Datensatzes („checked“).",
            "The date is later than the dataset's check date (“checked”).",
        )
        .into(),
        P::MissingRating(id) => {
            if de {
                format!("Bewertung für „{id}“ fehlt. Ist nichts bekannt, \"score\": \"unknown\" eintragen.")
            } else {
                format!("Rating for “{id}” is missing. If nothing is known, write \"score\": \"unknown\".")
            }
        }
        P::RatingNotApplicable(kind) => {
            if de {
                format!("Dieses Kriterium gilt nicht für die Anbieterart „{kind}“ (siehe „applies_to“).")
            } else {
                format!("This criterion does not apply to the provider type “{kind}” (see “applies_to”).")
            }
        }
        P::BadConfidence(v) => {
            if de {
                format!("„{v}“ ist keine zulässige Sicherheit; erlaubt sind „low“ und „normal“.")
            } else {
                format!("“{v}” is not a valid confidence; use “low” or “normal”.")
            }
        }
        P::BadSourceKind(v) => {
            if de {
                format!(
                    "„{v}“ ist keine Quellenart; erlaubt: official, press, third_party, community."
                )
            } else {
                format!(
                    "“{v}” is not a source kind; use official, press, third_party or community."
                )
            }
        }
        P::NoSources => pick(
            de,
            "Eine Bewertung braucht mindestens eine Quelle.",
            "A score needs at least one source.",
        )
        .into(),
        P::NoSourceDate => pick(
            de,
            "Die Quelle braucht ein Datum („date“) oder ein Abrufdatum („accessed“).",
            "The source needs a date (“date”) or an access date (“accessed”).",
        )
        .into(),
        P::GroupWithoutCriteria => pick(
            de,
            "Zu dieser Gruppe gehört kein Kriterium.",
            "No criterion belongs to this group.",
        )
        .into(),
        P::More(n) => {
            if de {
                format!("… und {n} weitere Probleme.")
            } else {
                format!("… and {n} more problems.")
            }
        }
    }
}

fn syntax_detail(lang: Lang, what: SyntaxKind) -> &'static str {
    let de = lang == Lang::De;
    match what {
        SyntaxKind::UnexpectedEnd => pick(
            de,
            "die Datei endet mitten im Inhalt",
            "the file ends too early",
        ),
        SyntaxKind::UnexpectedChar => pick(
            de,
            "unerwartetes Zeichen (fehlt ein Komma, eine Klammer oder ein Anführungszeichen?)",
            "unexpected character (a missing comma, bracket or quote?)",
        ),
        SyntaxKind::BadEscape => pick(
            de,
            "ungültige Escape-Sequenz mit \\",
            "invalid escape sequence with \\",
        ),
        SyntaxKind::ControlInString => pick(
            de,
            "Steuerzeichen (etwa ein Zeilenumbruch) in einem Text; als \\n schreiben",
            "control character (such as a line break) inside a string; write it as \\n",
        ),
        SyntaxKind::BadNumber => pick(de, "ungültige Zahl", "invalid number"),
        SyntaxKind::TooDeep => pick(de, "zu tief verschachtelt", "nested too deeply"),
        SyntaxKind::DuplicateKey => pick(
            de,
            "derselbe Schlüssel kommt zweimal vor",
            "the same key appears twice",
        ),
        SyntaxKind::TrailingChars => pick(
            de,
            "nach dem Ende der Daten folgt noch Text",
            "there is more text after the data",
        ),
    }
}

fn pick(de: bool, de_text: &'static str, en_text: &'static str) -> &'static str {
    if de {
        de_text
    } else {
        en_text
    }
}

/// `what_de` carries its own article ending ("Unbekannte Gruppe", "Unbekanntes Kriterium").
fn unknown_ref(de: bool, id: &str, what_de: &str, what_en: &str) -> String {
    if de {
        format!("{what_de} „{id}“.")
    } else {
        format!("Unknown {what_en} “{id}”.")
    }
}

fn expected_name(lang: Lang, expected: Expected) -> &'static str {
    let de = lang == Lang::De;
    match expected {
        Expected::Object => pick(de, "ein Objekt { … }", "an object { … }"),
        Expected::List => pick(de, "eine Liste [ … ]", "a list [ … ]"),
        Expected::String => pick(de, "ein Text in Anführungszeichen", "a string in quotes"),
        Expected::Number => pick(de, "eine Zahl", "a number"),
        Expected::Text => pick(
            de,
            "ein Text oder ein Objekt mit einem Text je Sprache",
            "a string, or an object with one string per language",
        ),
        Expected::Score => pick(
            de,
            "eine Zahl von 0 bis 5 oder \"unknown\"",
            "a number 0 to 5 or \"unknown\"",
        ),
    }
}

pub fn url_problem(lang: Lang, problem: UrlProblem) -> String {
    let de = lang == Lang::De;
    let msg = match problem {
        UrlProblem::Empty => pick(de, "Die Adresse ist leer.", "The address is empty."),
        UrlProblem::TooLong => pick(de, "Die Adresse ist zu lang.", "The address is too long."),
        UrlProblem::Whitespace => pick(
            de,
            "Die Adresse enthält Leer- oder Steuerzeichen.",
            "The address contains spaces or control characters.",
        ),
        UrlProblem::NotAscii => pick(
            de,
            "Die Adresse enthält Sonderzeichen; sie müssen %-kodiert sein.",
            "The address contains special characters; they must be %-encoded.",
        ),
        UrlProblem::Scheme => pick(
            de,
            "Nur Adressen mit http:// oder https:// sind erlaubt.",
            "Only addresses starting with http:// or https:// are allowed.",
        ),
        UrlProblem::Host => pick(
            de,
            "Die Adresse hat keinen gültigen Host.",
            "The address has no valid host.",
        ),
        UrlProblem::Credentials => pick(
            de,
            "Die Adresse enthält „@“ vor dem Host und könnte täuschen.",
            "The address has “@” before the host and could mislead.",
        ),
        UrlProblem::Backslash => pick(
            de,
            "Die Adresse enthält „\\“ und könnte anderswohin führen, als sie aussieht.",
            "The address contains “\\” and could lead elsewhere than it reads.",
        ),
    };
    msg.to_owned()
}

/// "Telekom zum Vergleich auswählen": the label of a row's checkbox.
pub fn pick_for_comparison(lang: Lang, name: &str) -> String {
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

/// One item of the notice about a link or the page's settings.
pub fn link_issue(lang: Lang, issue: &crate::share::LinkIssue) -> String {
    use crate::share::{Field, LinkIssue};
    match (lang, issue) {
        (Lang::De, LinkIssue::TooLong) => "Der Link ist zu lang; er wurde nicht gelesen.".to_owned(),
        (Lang::En, LinkIssue::TooLong) => "The link is too long; it was not read.".to_owned(),
        (Lang::De, LinkIssue::NewerVersion(v)) => format!(
            "Der Link stammt aus einer neueren Version (Format {v}); übernommen ist, was diese Version kennt."
        ),
        (Lang::En, LinkIssue::NewerVersion(v)) => format!(
            "The link comes from a newer version (format {v}); what this version knows is used."
        ),
        (Lang::De, LinkIssue::Unreadable(part)) => format!("Nicht lesbar: „{part}“"),
        (Lang::En, LinkIssue::Unreadable(part)) => format!("Not readable: “{part}”"),
        (_, LinkIssue::UnknownId { field, id }) => {
            // What the field's ids name; fields that hold no ids cannot report one, but the match
            // stays exhaustive so that a new field must say what it names.
            let de = lang == Lang::De;
            let thing = match field {
                Field::Type => pick(de, "Die Anbieterart", "The provider type"),
                Field::Preset => pick(de, "Die Voreinstellung", "The preset"),
                Field::Weights | Field::Minimums => pick(de, "Die Pflicht", "The duty"),
                Field::GroupWeights | Field::Order | Field::Sort => {
                    pick(de, "Die Pflichtgruppe", "The duty group")
                }
                Field::KnockoutsOff => pick(de, "Die Abwertungsregel", "The knock-out rule"),
                Field::Detail | Field::Pair | Field::Compare => pick(de, "Der Anbieter", "The provider"),
                Field::Method
                | Field::Judgements
                | Field::UnknownAsZero
                | Field::AllRows
                | Field::Lang => pick(de, "Der Eintrag", "The entry"),
            };
            match lang {
                Lang::De => format!("{thing} „{id}“ gibt es hier nicht."),
                Lang::En => format!("{thing} “{id}” does not exist here."),
            }
        }
        (Lang::De, LinkIssue::BadSetting { attribute, value }) => {
            format!("Die Einstellung {attribute}=„{value}“ ist unbekannt; es gilt der Standard.")
        }
        (Lang::En, LinkIssue::BadSetting { attribute, value }) => {
            format!("The setting {attribute}=“{value}” is not known; the default applies.")
        }
    }
}

/// The file name of an export, e.g. `provider-vergleich-email.csv`.
pub fn export_file_name(lang: Lang, kind: &str, extension: &str) -> String {
    match lang {
        Lang::De => format!("provider-vergleich-{kind}.{extension}"),
        Lang::En => format!("provider-comparison-{kind}.{extension}"),
    }
}

/// How one weight is named in sentences: a criterion by its name, a group as "die Gruppe „…“".
pub fn param_label(
    lang: Lang,
    d: &crate::dataset::Dataset,
    param: crate::sensitivity::Param,
) -> String {
    use crate::sensitivity::Param;
    match param {
        Param::Criterion(c) => d
            .criteria
            .get(c)
            .map(|c| c.name.get(lang).to_owned())
            .unwrap_or_default(),
        Param::Group(g) => weight_name(
            lang,
            d.groups
                .get(g)
                .map(|g| g.name.get(lang))
                .unwrap_or_default(),
            true,
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

/// The pair comparison in one sentence: what swaps providers `a` and `b`, or that nothing can.
pub fn pair_sentence(
    lang: Lang,
    d: &crate::dataset::Dataset,
    verdict: &crate::sensitivity::PairVerdict,
    a: usize,
    b: usize,
) -> String {
    use crate::sensitivity::PairVerdict;
    let name = |p: usize| {
        d.providers
            .get(p)
            .map(|p| p.name.get(lang))
            .unwrap_or_default()
    };
    match verdict {
        PairVerdict::Flip {
            ahead,
            behind,
            flip,
        } => flip_sentence(
            lang,
            name(*ahead),
            name(*behind),
            &param_label(lang, d, flip.param),
            flip.from,
            flip.threshold,
            flip.upward,
        ),
        PairVerdict::Fixed { ahead, behind } => no_flip(lang, name(*ahead), name(*behind)),
        PairVerdict::Tied => tied(lang, name(a), name(b)),
        PairVerdict::Unranked(p) => unranked(lang, name(*p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(decimal(Lang::De, 72.44, 1), "72,4");
        assert_eq!(decimal(Lang::En, 72.45, 1), "72.5");
        assert_eq!(percent(Lang::De, 0.916), "92 %");
        assert_eq!(percent(Lang::En, 1.0), "100%");
        assert_eq!(decimal(Lang::De, 0.05, 1), "0,1");
        assert_eq!(decimal(Lang::En, 99.96, 1), "100.0");
        assert_eq!(decimal(Lang::En, -2.25, 1), "-2.3");
        assert_eq!(decimal(Lang::De, 65.0, 0), "65");
        assert_eq!(decimal(Lang::En, 1.23456, 2), "1.23");
        assert_eq!(decimal(Lang::En, f64::NAN, 1), "0.0");
    }

    #[test]
    fn leader_messages() {
        assert_eq!(leaders_changed(Lang::De, &["A1"]), "Neu an der Spitze: A1.");
        assert_eq!(
            leaders_changed(Lang::En, &["A1", "Telekom", "Vodafone"]),
            "Tied for first place: A1, Telekom and Vodafone."
        );
        assert_eq!(
            leaders_changed(Lang::De, &[]),
            "Keine Rangliste: Es ist nichts gewichtet."
        );
    }

    #[test]
    fn decision_sentences() {
        assert_eq!(
            flip_sentence(Lang::De, "Proton Mail", "Gmail", "Support", 5.0, 7.0, true),
            "Proton Mail bleibt vor Gmail, solange Support weniger als 7,0 von 10 zählt."
        );
        assert_eq!(
            flip_sentence(Lang::En, "A", "B", "the group “Legal”", 5.0, 3.25, false),
            "A stays ahead of B as long as the group “Legal” counts more than 3.3 out of 10."
        );
        assert_eq!(
            leader_span(Lang::De, "A1", 0.0, 10.0, false),
            "A1 bleibt bei jedem Gewicht vorn"
        );
        assert_eq!(
            leader_span(Lang::De, "A1", 0.0, 10.0, true),
            "A1 bleibt vorn, solange dieser Regler nicht auf 0 steht"
        );
        assert_eq!(
            leader_span(Lang::En, "A1", 3.24, 10.0, false),
            "A1 stays first from 3.2"
        );
        assert_eq!(
            leader_span(Lang::En, "A1", 3.24, 6.5, false),
            "A1 stays first at 3.2–6.5"
        );
        assert_eq!(
            judgement_text(Lang::De, "Technik", "Recht", 4),
            "Technik ist 5-mal so wichtig wie Recht"
        );
        assert_eq!(
            judgement_text(Lang::En, "T", "L", -2),
            "L is 3 times as important as T"
        );
        assert_eq!(
            stability_sentence(
                Lang::De,
                true,
                Some(("die Gruppe „Technik“", 3.58, false, "Beta"))
            ),
            "Ergebnis: knapp – fällt die Gruppe „Technik“ unter 3,6, liegt Beta vorn."
        );
        assert_eq!(
            unmet_reason(Lang::De, "Zugangskontrolle", None, 3),
            "Zugangskontrolle: unbekannt statt mindestens 3"
        );
    }

    #[test]
    fn every_weight_has_words() {
        for lang in Lang::ALL {
            for w in 0..=10 {
                assert!(!weight_words(lang, w).is_empty());
                assert!(weight_value_text(lang, w).starts_with(&w.to_string()));
            }
        }
        assert_eq!(weight_words(Lang::De, 10), "entscheidend");
        assert_eq!(weight_words(Lang::En, 0), "not counted");
    }

    #[test]
    fn no_fixed_string_is_empty_or_untranslated() {
        // Walks the two tables field by field through their Debug-free layout: compare by index.
        let de = all(strings(Lang::De));
        let en = all(strings(Lang::En));
        assert_eq!(de.len(), en.len());
        for (d, e) in de.iter().zip(&en) {
            assert!(!d.trim().is_empty() && !e.trim().is_empty());
        }
        let differing = de.iter().zip(&en).filter(|(d, e)| d != e).count();
        // Only symbols such as "–" and words like "Website" may read the same in both.
        assert!(
            differing + 2 >= de.len(),
            "{differing} of {} differ",
            de.len()
        );
    }

    fn all(s: &Strings) -> Vec<&'static str> {
        vec![
            s.widget_label,
            s.loading,
            s.language,
            s.provider_kind,
            s.weights_heading,
            s.weights_intro,
            s.reset_weights,
            s.weights_are_default,
            s.unknown_as_zero,
            s.unknown_as_zero_hint,
            s.what_does_it_mean,
            s.col_rank,
            s.col_provider,
            s.col_total,
            s.col_coverage,
            s.coverage_explained,
            s.ascending,
            s.descending,
            s.no_value,
            s.no_weight,
            s.no_known_scores,
            s.all_weights_zero,
            s.no_providers,
            s.close,
            s.website,
            s.new_tab,
            s.unknown,
            s.unknown_explained,
            s.unknown_counts_zero,
            s.low_confidence,
            s.sources,
            s.not_applicable,
            s.method_heading,
            s.method,
            s.error_heading,
            s.error_invalid,
            s.error_hint,
            s.retry,
            s.whole_file,
            s.crashed,
            s.table_scroll_hint,
            s.how_to_weigh,
            s.method_sliders,
            s.method_presets,
            s.method_ranking,
            s.method_pairwise,
            s.group_weight,
            s.effective_weight,
            s.custom_weights,
            s.presets_intro,
            s.ranking_intro,
            s.move_up,
            s.move_down,
            s.pairwise_intro,
            s.consistency,
            s.knockouts_heading,
            s.knockouts_intro,
            s.minimums_heading,
            s.minimums_intro,
            s.no_minimum,
            s.capped,
            s.excluded,
            s.compare_heading,
            s.provider_a,
            s.provider_b,
            s.separating,
            s.contribution_heading,
            s.result_label,
            s.stable,
            s.close_result,
            s.sensitivity_hint,
        ]
    }
}
