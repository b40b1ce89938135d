//! The words of the exports: file names and the column titles of the CSV.
//!
//! Invariant: the machine-readable parts of an export (JSON keys, ids, `"unknown"`) are not here;
//! they stay the same in every language so that programs can read them.

use crate::text::Lang;

/// The file name of an export, e.g. `provider-vergleich-email.csv`.
pub fn export_file_name(lang: Lang, kind: &str, extension: &str) -> String {
    match lang {
        Lang::De => format!("provider-vergleich-{kind}.{extension}"),
        Lang::En => format!("provider-comparison-{kind}.{extension}"),
    }
}
