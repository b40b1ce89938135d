//! Dates in the reader's convention, and the sentences that carry one ("Stand: Okt. 2019").
//!
//! Invariant: a date is shown at the precision the dataset gives it (year, month or day), never
//! more precise than what was written.

use crate::date::PartialDate;
use crate::text::Lang;

pub fn checked_on(lang: Lang, date: &PartialDate) -> String {
    match lang {
        Lang::De => format!("Stand: {}", date.format(lang)),
        Lang::En => format!("Last checked: {}", date.format(lang)),
    }
}

pub fn source_accessed(lang: Lang, date: &PartialDate) -> String {
    match lang {
        Lang::De => format!("undatiert, abgerufen {}", date.format(lang)),
        Lang::En => format!("undated, accessed {}", date.format(lang)),
    }
}
