//! The words of the exports: file names and the column titles of the CSV.
//!
//! Invariant: the machine-readable parts of an export (JSON keys, ids, `"unknown"`) are not here;
//! they stay the same in every language so that programs can read them.

use super::strings;
use crate::text::Lang;

/// The file name of an export, e.g. `provider-vergleich-email.csv`.
pub fn export_file_name(lang: Lang, kind: &str, extension: &str) -> String {
    match lang {
        Lang::De => format!("provider-vergleich-{kind}.{extension}"),
        Lang::En => format!("provider-comparison-{kind}.{extension}"),
    }
}

/// Column titles and cell words of the CSV export, in the export's language.
pub struct ExportLabels {
    pub rank: &'static str,
    pub provider: &'static str,
    pub total: &'static str,
    pub uncapped: &'static str,
    pub worst: &'static str,
    pub best: &'static str,
    pub coverage: &'static str,
    pub excluded: &'static str,
    pub capped_by: &'static str,
    pub weight: &'static str,
    pub group: &'static str,
    pub criterion: &'static str,
    pub slider: &'static str,
    pub share: &'static str,
    pub unknown: &'static str,
    pub not_applicable: &'static str,
}

/// The CSV's words. Where the table on screen has the same word (rank, provider, total, duty,
/// unknown), it is taken from [`strings`], so that the file and the screen cannot drift apart;
/// the rest is the export's own (a spreadsheet column says its unit, "Datenbasis %").
pub fn export_labels(lang: Lang) -> ExportLabels {
    let s = strings(lang);
    let (rank, provider, total, criterion, unknown) =
        (s.col_rank, s.col_provider, s.col_total, s.duty, s.unknown);
    match lang {
        Lang::De => ExportLabels {
            rank,
            provider,
            total,
            uncapped: "Gesamt ohne Abwertung",
            worst: "Gesamt, ungünstigster Fall",
            best: "Gesamt, günstigster Fall",
            coverage: "Datenbasis %",
            excluded: "Ausgeschlossen wegen",
            capped_by: "Abgewertet durch",
            weight: "Gewichtung",
            group: "Gruppe",
            criterion,
            slider: "Regler (0–10)",
            share: "Anteil %",
            unknown,
            not_applicable: "entfällt",
        },
        Lang::En => ExportLabels {
            rank,
            provider,
            total,
            uncapped: "Total before knock-outs",
            worst: "Total, worst case",
            best: "Total, best case",
            coverage: "Coverage %",
            excluded: "Excluded for",
            capped_by: "Capped by",
            weight: "Weighting",
            group: "Group",
            criterion,
            slider: "Slider (0–10)",
            share: "Share %",
            unknown,
            not_applicable: "n/a",
        },
    }
}
