//! Dates in the reader's convention, and the sentences that carry one ("Stand: Okt. 2019").
//!
//! Invariant: a date is shown at the precision the dataset gives it (year, month or day), never
//! more precise than what was written.

use crate::date::PartialDate;
use crate::text::Lang;

// An inherent method defined here rather than in `date`: the callers keep writing
// `date.format(lang)`, and the date module stays free of words.
impl PartialDate {
    /// The date in the reader's convention: `27.11.2026`, `Okt. 2019` / `27 Nov 2026`, `Oct 2019`.
    pub fn format(&self, lang: Lang) -> String {
        const DE: [&str; 12] = [
            "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
            "Dez.",
        ];
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let y = self.year;
        // The fields are public, so a hand-built date may hold month 0 or 13: show it as a number.
        let name = |names: &[&'static str; 12], m: u8| -> String {
            names
                .get(usize::from(m).wrapping_sub(1))
                .map_or_else(|| m.to_string(), |n| (*n).to_owned())
        };
        match (self.month, self.day, lang) {
            (None, _, _) => y.to_string(),
            (Some(m), None, Lang::De) => format!("{} {y}", name(&DE, m)),
            (Some(m), None, Lang::En) => format!("{} {y}", name(&EN, m)),
            (Some(m), Some(d), Lang::De) => format!("{d}.{m}.{y}"),
            (Some(m), Some(d), Lang::En) => format!("{d} {} {y}", name(&EN, m)),
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_per_language() {
        let day = PartialDate::parse("2026-11-27").unwrap();
        assert_eq!(day.format(Lang::De), "27.11.2026");
        assert_eq!(day.format(Lang::En), "27 Nov 2026");
        let month = PartialDate::parse("2019-10").unwrap();
        assert_eq!(month.format(Lang::De), "Okt. 2019");
        assert_eq!(month.format(Lang::En), "Oct 2019");
        assert_eq!(PartialDate::parse("2014").unwrap().format(Lang::En), "2014");
    }
}
