//! Unknown scores in words: the reader's choice of how they count, what each total's range means,
//! the sentence when first place rests on missing values, what the analyses assume about them, and
//! the duties a comparison names instead of giving points.
//!
//! Invariants: a range is written with the same rounding as the total beside it (one decimal); the
//! words for the choice and for the assumption come from one place each, so the radio group, the
//! note beside the table, the stability label and the pair view always say the same; dataset text
//! (names) is isolated.

use super::{decimal, isolate, strings};
use crate::scoring::{Range, Unknowns};
use crate::text::Lang;

/// The legend of the reader's choice.
pub fn legend(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Unbekannte Werte",
        Lang::En => "Unknown values",
    }
}

/// One option of the choice: "weglassen (Standard)", "als 0 (ungünstigster Fall)", …
pub fn choice(lang: Lang, unknowns: Unknowns) -> &'static str {
    match (lang, unknowns) {
        (Lang::De, Unknowns::LeaveOut) => "weglassen (Standard)",
        (Lang::De, Unknowns::Worst) => "als 0 (ungünstigster Fall)",
        (Lang::De, Unknowns::Best) => "als 5 (günstigster Fall)",
        (Lang::En, Unknowns::LeaveOut) => "leave out (default)",
        (Lang::En, Unknowns::Worst) => "as 0 (worst case)",
        (Lang::En, Unknowns::Best) => "as 5 (best case)",
    }
}

/// The one sentence beside the table: how the totals treat unknowns now, and what the ranges say.
pub fn note(lang: Lang, unknowns: Unknowns) -> &'static str {
    match (lang, unknowns) {
        (Lang::De, Unknowns::LeaveOut) => "Fehlt ein belegter Wert, zählt die Pflicht beim Gesamtwert nicht mit; die Spanne daneben zeigt den Gesamtwert, wenn alle fehlenden Werte 0 (ungünstigster Fall) oder 5 (günstigster Fall) wären.",
        (Lang::De, Unknowns::Worst) => "Fehlende Werte zählen als 0 (ungünstigster Fall); die Spanne neben einem Gesamtwert reicht bis zum Wert, wenn alle fehlenden Werte 5 wären.",
        (Lang::De, Unknowns::Best) => "Fehlende Werte zählen als 5 (günstigster Fall); die Spanne neben einem Gesamtwert reicht bis zum Wert, wenn alle fehlenden Werte 0 wären.",
        (Lang::En, Unknowns::LeaveOut) => "Where no sourced value was found, the duty is left out of the total; the range beside it shows the total if every missing value were 0 (worst case) or 5 (best case).",
        (Lang::En, Unknowns::Worst) => "Missing values count as 0 (worst case); the range beside a total reaches up to the total if every missing value were 5.",
        (Lang::En, Unknowns::Best) => "Missing values count as 5 (best case); the range beside a total reaches down to the total if every missing value were 0.",
    }
}

/// What an analysis assumes about unknowns: "solange unbekannte Werte außen vor bleiben".
pub fn assumption(lang: Lang, unknowns: Unknowns) -> &'static str {
    match (lang, unknowns) {
        (Lang::De, Unknowns::LeaveOut) => "solange unbekannte Werte außen vor bleiben",
        (Lang::De, Unknowns::Worst) => "wenn unbekannte Werte als 0 zählen",
        (Lang::De, Unknowns::Best) => "wenn unbekannte Werte als 5 zählen",
        (Lang::En, Unknowns::LeaveOut) => "as long as unknown values are left out",
        (Lang::En, Unknowns::Worst) => "with unknown values counted as 0",
        (Lang::En, Unknowns::Best) => "with unknown values counted as 5",
    }
}

/// The note on the sensitivity figures beside the sliders: "Diese Angaben gelten, solange …".
pub fn sensitivity_assumption(lang: Lang, unknowns: Unknowns) -> String {
    let a = assumption(lang, unknowns);
    match lang {
        Lang::De => format!("Die Angaben, bis wohin jemand vorn bleibt, gelten, {a}."),
        Lang::En => format!("Where each leader stays first holds {a}."),
    }
}

/// "Microsoft Azure liegt vorn, aber 2 Werte fehlen: im ungünstigsten Fall läge Amazon Web
/// Services vorn."
pub fn unsettled(lang: Lang, leader: &str, challenger: &str, missing: u16) -> String {
    let leader = &isolate(leader);
    let challenger = &isolate(challenger);
    match lang {
        Lang::De => {
            let missing = if missing == 1 {
                "1 Wert fehlt".to_owned()
            } else {
                format!("{missing} Werte fehlen")
            };
            format!("{leader} liegt vorn, aber {missing}: im ungünstigsten Fall läge {challenger} vorn.")
        }
        Lang::En => {
            let missing = if missing == 1 {
                "1 value is missing".to_owned()
            } else {
                format!("{missing} values are missing")
            };
            format!(
                "{leader} is first, but {missing}: in the worst case {challenger} would be first."
            )
        }
    }
}

fn end(lang: Lang, v: Option<f64>) -> String {
    v.map_or_else(
        || strings(lang).excluded.to_owned(),
        |v| decimal(lang, v, 1),
    )
}

/// A range as shown beside a total: "52,3–71,0".
pub fn range(lang: Lang, r: &Range) -> String {
    format!("{}–{}", end(lang, r.worst), end(lang, r.best))
}

/// The same for screen readers and the detail: "je nach fehlenden Werten 52,3 bis 71,0".
pub fn range_spoken(lang: Lang, r: &Range) -> String {
    let (w, b) = (end(lang, r.worst), end(lang, r.best));
    match lang {
        Lang::De => format!("je nach fehlenden Werten {w} bis {b}"),
        Lang::En => format!("depending on missing values {w} to {b}"),
    }
}

/// The range in the detail: "Spanne: 52,3 (fehlende Werte als 0) bis 71,0 (als 5)".
pub fn range_detail(lang: Lang, r: &Range) -> String {
    let (w, b) = (end(lang, r.worst), end(lang, r.best));
    match lang {
        Lang::De => format!("Spanne: {w} (fehlende Werte als 0) bis {b} (als 5)"),
        Lang::En => format!("Range: {w} (missing values as 0) to {b} (as 5)"),
    }
}

/// The label of the range row in the side-by-side view.
pub fn range_label(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Spanne (fehlende Werte als 0 bis 5)",
        Lang::En => "Range (missing values as 0 to 5)",
    }
}

/// "unbekannt bei Support, SLAs": the duties a comparison names instead of a difference in points.
pub fn unknown_at(lang: Lang, duties: &[&str]) -> String {
    let list = duties
        .iter()
        .map(|d| isolate(d))
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::De => format!("unbekannt bei {list}"),
        Lang::En => format!("unknown for {list}"),
    }
}

/// The pair view's note on unknowns: whether the known data settle the order of the two, with the
/// duties where a value is missing (which the list of differences leaves out).
pub fn pair_note(lang: Lang, settled: bool, duties: &[&str], unknowns: Unknowns) -> String {
    let at = unknown_at(lang, duties);
    let a = assumption(lang, unknowns);
    match (lang, settled) {
        (Lang::De, true) => format!("Keine Punktdifferenz, wo ein Wert fehlt ({at}); die fehlenden Werte ändern an der Reihenfolge nichts."),
        (Lang::De, false) => format!("Keine Punktdifferenz, wo ein Wert fehlt ({at}); die Reihenfolge der beiden hängt von diesen Werten ab – der Satz oben gilt, {a}."),
        (Lang::En, true) => format!("No points difference where a value is missing ({at}); the missing values do not change the order."),
        (Lang::En, false) => format!("No points difference where a value is missing ({at}); the order of the two depends on these values – the sentence above holds {a}."),
    }
}

/// How an unknown cell counts now, in the provider's details.
pub fn cell(lang: Lang, unknowns: Unknowns) -> &'static str {
    let s = strings(lang);
    match (lang, unknowns) {
        (_, Unknowns::LeaveOut) => s.unknown_explained,
        (_, Unknowns::Worst) => s.unknown_counts_zero,
        (Lang::De, Unknowns::Best) => "Keine belegte Angabe gefunden – zählt derzeit als 5.",
        (Lang::En, Unknowns::Best) => "No sourced fact found – currently counted as 5.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: String) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn the_unsettled_sentence_reads_as_the_issue_asks() {
        assert_eq!(
            plain(unsettled(Lang::De, "Microsoft Azure", "Amazon Web Services", 2)),
            "Microsoft Azure liegt vorn, aber 2 Werte fehlen: im ungünstigsten Fall läge Amazon Web Services vorn."
        );
        assert_eq!(
            plain(unsettled(Lang::En, "A", "B", 1)),
            "A is first, but 1 value is missing: in the worst case B would be first."
        );
    }

    #[test]
    fn every_choice_has_words_in_both_languages() {
        for u in Unknowns::ALL {
            for lang in [Lang::De, Lang::En] {
                assert!(!choice(lang, u).is_empty());
                assert!(!note(lang, u).is_empty());
                assert!(!assumption(lang, u).is_empty());
                assert!(!cell(lang, u).is_empty());
            }
            assert_ne!(choice(Lang::De, u), choice(Lang::En, u));
            assert_ne!(assumption(Lang::De, u), assumption(Lang::En, u));
        }
        let r = Range {
            worst: Some(52.26),
            best: Some(71.0),
        };
        assert_eq!(range(Lang::De, &r), "52,3–71,0");
        assert_eq!(range(Lang::En, &r), "52.3–71.0");
        assert_eq!(
            plain(unknown_at(Lang::De, &["Support", "SLAs"])),
            "unbekannt bei Support, SLAs"
        );
    }
}
