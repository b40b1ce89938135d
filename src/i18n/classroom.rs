//! The words of the teacher's group view ([`crate::classroom`]): its labels, the agreement
//! sentence, the reasons a pasted line is skipped, and the column titles of its CSV export.
//!
//! Invariant: every string exists in German and English (fields of [`ClassStrings`], or functions
//! that `match` on [`Lang`]); names from the dataset are passed in, never translated here.

use super::{decimal, isolate, link_issue};
use crate::classroom::{SkipReason, MAX_PUPILS};
use crate::share::LinkIssue;
use crate::text::Lang;

/// Fixed strings of the group view.
pub struct ClassStrings {
    pub disclosure: &'static str,
    pub intro: &'static str,
    pub links_label: &'static str,
    pub links_hint: &'static str,
    pub type_label: &'static str,
    pub type_most_used: &'static str,
    pub evaluate: &'static str,
    pub privacy_note: &'static str,
    pub pupils_heading: &'static str,
    pub col_line: &'static str,
    pub col_leader: &'static str,
    pub col_top: &'static str,
    pub mean_heading: &'static str,
    pub ranking_heading: &'static str,
    pub agreement_heading: &'static str,
    pub w_explained: &'static str,
    pub w_undefined: &'static str,
    pub disagreement_heading: &'static str,
    pub disagreement_intro: &'static str,
    pub skipped_heading: &'static str,
    pub download_csv: &'static str,
    pub no_pupils: &'static str,
    pub nobody_first: &'static str,
}

pub fn class_strings(lang: Lang) -> ClassStrings {
    match lang {
        Lang::De => ClassStrings {
            disclosure: "Klassenansicht (für Lehrkräfte)",
            intro: "Die Schülerinnen und Schüler kopieren ihren Link zu ihrer Ansicht; hier werden sie gemeinsam ausgewertet.",
            links_label: "Links der Klasse (ein Link pro Zeile)",
            links_hint: "Links aus der eigenständigen Seite und aus eingebetteten Widgets funktionieren beide. Leere Zeilen werden übergangen.",
            type_label: "Anbieterart",
            type_most_used: "wie in den meisten Links",
            evaluate: "Auswerten",
            privacy_note: "Die Auswertung läuft nur in diesem Browser; nichts wird gesendet.",
            pupils_heading: "Die Gewichtungen der Klasse",
            col_line: "Zeile",
            col_leader: "Platz 1",
            col_top: "Wichtigste drei Pflichten",
            mean_heading: "Durchschnittliche Gewichtung der Klasse",
            ranking_heading: "Rangfolge mit der Gewichtung der Klasse",
            agreement_heading: "Wie einig ist sich die Klasse?",
            w_explained: "Kendalls W misst, wie einig sich die Klasse in der Reihenfolge der Pflichten ist: 0 = gar nicht, 1 = völlig.",
            w_undefined: "Kendalls W braucht mindestens zwei Links und zwei Pflichten.",
            disagreement_heading: "Darüber lohnt sich die Diskussion",
            disagreement_intro: "Die Pflichten, bei denen die Gewichte am weitesten auseinanderliegen (Standardabweichung der Anteile), zuerst:",
            skipped_heading: "Übergangene Zeilen",
            download_csv: "Auswertung als CSV",
            no_pupils: "Keine auswertbaren Links.",
            nobody_first: "–",
        },
        Lang::En => ClassStrings {
            disclosure: "Class view (for teachers)",
            intro: "Pupils copy the link to their view; here they are evaluated together.",
            links_label: "The class's links (one link per line)",
            links_hint: "Links from the standalone page and from embedded widgets both work. Empty lines are ignored.",
            type_label: "Provider type",
            type_most_used: "as in most links",
            evaluate: "Evaluate",
            privacy_note: "The evaluation runs in this browser only; nothing is sent.",
            pupils_heading: "The class's weightings",
            col_line: "Line",
            col_leader: "First place",
            col_top: "Top three duties",
            mean_heading: "The class's average weighting",
            ranking_heading: "Ranking with the class's weighting",
            agreement_heading: "How far does the class agree?",
            w_explained: "Kendall's W measures how far the class agrees on the order of the duties: 0 = not at all, 1 = completely.",
            w_undefined: "Kendall's W needs at least two links and two duties.",
            disagreement_heading: "Worth discussing",
            disagreement_intro: "The duties whose weights lie furthest apart (standard deviation of the shares), first:",
            skipped_heading: "Skipped lines",
            download_csv: "Evaluation as CSV",
            no_pupils: "No links to evaluate.",
            nobody_first: "–",
        },
    }
}

/// "7 von 9 setzen Proton Mail auf Platz 1".
pub fn leader_agreement(lang: Lang, count: usize, of: usize, provider: &str) -> String {
    let p = isolate(provider);
    match lang {
        Lang::De if of == 1 => format!("{count} von 1 setzt {p} auf Platz 1"),
        Lang::De => format!("{count} von {of} setzen {p} auf Platz 1"),
        Lang::En if of == 1 => format!("{count} of 1 puts {p} first"),
        Lang::En => format!("{count} of {of} put {p} first"),
    }
}

/// "Kendalls W = 0,54".
pub fn kendall_value(lang: Lang, w: f64) -> String {
    match lang {
        Lang::De => format!("Kendalls W = {}", decimal(lang, w, 2)),
        Lang::En => format!("Kendall's W = {}", decimal(lang, w, 2)),
    }
}

/// "ausgewertet: 9 Links, 2 übergangen".
pub fn counted(lang: Lang, pupils: usize, skipped: usize) -> String {
    match lang {
        Lang::De => format!(
            "Ausgewertet: {pupils} {}, {skipped} übergangen.",
            if pupils == 1 { "Link" } else { "Links" }
        ),
        Lang::En => format!(
            "Evaluated: {pupils} {}, {skipped} skipped.",
            if pupils == 1 { "link" } else { "links" }
        ),
    }
}

/// The standard deviation of a duty's shares, in percentage points ("± 9,4 Prozentpunkte").
pub fn spread(lang: Lang, sd: f64) -> String {
    let v = decimal(lang, sd * 100.0, 1);
    match lang {
        Lang::De => format!("± {v} Prozentpunkte"),
        Lang::En => format!("± {v} percentage points"),
    }
}

/// Why a line was skipped; `type_name` names the type of [`SkipReason::OtherType`].
pub fn skip_reason(lang: Lang, reason: &SkipReason, type_name: &str) -> String {
    let de = lang == Lang::De;
    match reason {
        SkipReason::NotALink => pick(
            de,
            "Kein Link zu einer Ansicht (kein „pc=…“ gefunden).",
            "Not a link to a view (no “pc=…” found).",
        ),
        SkipReason::Garbled(part) => match lang {
            Lang::De => format!("Beschädigt: „{part}“ ist nicht lesbar."),
            Lang::En => format!("Damaged: “{part}” is not readable."),
        },
        SkipReason::TooLong => link_issue(lang, &LinkIssue::TooLong),
        SkipReason::NewerVersion(v) => match lang {
            Lang::De => format!("Aus einer neueren Version des Widgets (Format {v})."),
            Lang::En => format!("From a newer version of the widget (format {v})."),
        },
        SkipReason::OtherDataset { field, id } => {
            let issue = link_issue(
                lang,
                &LinkIssue::UnknownId {
                    field: *field,
                    id: id.clone(),
                },
            );
            match lang {
                Lang::De => format!("Aus einem anderen Datensatz: {issue}"),
                Lang::En => format!("From another dataset: {issue}"),
            }
        }
        SkipReason::OtherType(_) => {
            let t = isolate(type_name);
            match lang {
                Lang::De => format!("Für eine andere Anbieterart ({t})."),
                Lang::En => format!("For another provider type ({t})."),
            }
        }
        SkipReason::NoWeights => pick(de, "Alle Gewichte sind 0.", "All weights are 0."),
        SkipReason::TooMany => match lang {
            Lang::De => format!("Mehr Zeilen, als ausgewertet werden (höchstens {MAX_PUPILS})."),
            Lang::En => format!("More lines than are evaluated (at most {MAX_PUPILS})."),
        },
    }
}

fn pick(de: bool, german: &str, english: &str) -> String {
    if de { german } else { english }.to_owned()
}

/// The file name of the CSV export, e.g. `klassenansicht-email.csv`.
pub fn class_file_name(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::De => format!("klassenansicht-{kind}.csv"),
        Lang::En => format!("class-view-{kind}.csv"),
    }
}

/// Column titles and row labels of the CSV export.
pub struct ClassExportLabels {
    pub line: &'static str,
    pub leader: &'static str,
    pub duty: &'static str,
    pub mean: &'static str,
    pub sd: &'static str,
    pub disagreement_rank: &'static str,
    pub rank: &'static str,
    pub provider: &'static str,
    pub total: &'static str,
    pub first_place: &'static str,
    pub pupils: &'static str,
    pub kendall: &'static str,
    pub skipped: &'static str,
    pub reason: &'static str,
}

pub fn class_export_labels(lang: Lang) -> ClassExportLabels {
    match lang {
        Lang::De => ClassExportLabels {
            line: "Zeile",
            leader: "Platz 1",
            duty: "Pflicht",
            mean: "Klassenmittel %",
            sd: "Standardabweichung (Prozentpunkte)",
            disagreement_rank: "Uneinigkeit (Platz)",
            rank: "Rang",
            provider: "Anbieter",
            total: "Gesamt",
            first_place: "auf Platz 1 bei",
            pupils: "Links ausgewertet",
            kendall: "Kendalls W",
            skipped: "Übergangene Zeile",
            reason: "Grund",
        },
        Lang::En => ClassExportLabels {
            line: "Line",
            leader: "First place",
            duty: "Duty",
            mean: "Class mean %",
            sd: "Standard deviation (percentage points)",
            disagreement_rank: "Disagreement (place)",
            rank: "Rank",
            provider: "Provider",
            total: "Total",
            first_place: "first for",
            pupils: "Links evaluated",
            kendall: "Kendall's W",
            skipped: "Skipped line",
            reason: "Reason",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_agreement_sentence_reads_well() {
        assert_eq!(
            leader_agreement(Lang::De, 7, 9, "Proton Mail"),
            "7 von 9 setzen \u{2068}Proton Mail\u{2069} auf Platz 1"
        );
        assert_eq!(kendall_value(Lang::De, 7.0 / 13.0), "Kendalls W = 0,54");
        assert_eq!(kendall_value(Lang::En, 7.0 / 13.0), "Kendall's W = 0.54");
    }
}
