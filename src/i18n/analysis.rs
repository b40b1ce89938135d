//! The decision aids in sentences: how a weight is named, the range in which the leader stays
//! first, what swaps two providers (or that nothing can, or that they are level), how stable the
//! result is, pairwise judgements and their consistency, minimums, knock-outs, and what separates
//! two providers.
//!
//! Invariants: the numbers in a sentence are the ones the analysis computed, rounded only for
//! display (one decimal for weights, two for the consistency ratio); a threshold that rounds to an
//! end of the 0–10 scale is said in words rather than as "0,0" or "10,0".

use super::{decimal, isolate, strings};
use crate::text::Lang;

/// How a single weight is named in sentences: a criterion by its name, a group as such.
pub fn weight_name(lang: Lang, name: &str, is_group: bool) -> String {
    let name = isolate(name);
    match (lang, is_group) {
        (_, false) => name,
        (Lang::De, true) => format!("die Gruppe „{name}“"),
        (Lang::En, true) => format!("the group “{name}”"),
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
            .map(|c| isolate(c.name.get(lang)))
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

/// "A1 bleibt vorn bei 3,2–10": where the leader stays first as one weight moves. `lo_open`:
/// the leader is not first exactly at `lo` (e.g. at 0, where the weight stops counting).
pub fn leader_span(lang: Lang, leader: &str, lo: f64, hi: f64, lo_open: bool) -> String {
    let leader = &isolate(leader);
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
    let ahead = &isolate(ahead);
    let behind = &isolate(behind);
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
    let ahead = &isolate(ahead);
    let behind = &isolate(behind);
    match lang {
        Lang::De => format!("Keine einzelne Gewichtsänderung bringt {behind} vor {ahead}."),
        Lang::En => format!("No single change of one weight puts {behind} ahead of {ahead}."),
    }
}

pub fn tied(lang: Lang, a: &str, b: &str) -> String {
    let a = &isolate(a);
    let b = &isolate(b);
    match lang {
        Lang::De => format!("{a} und {b} liegen gleichauf."),
        Lang::En => format!("{a} and {b} are level."),
    }
}

pub fn unranked(lang: Lang, name: &str) -> String {
    let name = &isolate(name);
    match lang {
        Lang::De => format!("{name} hat keinen Gesamtwert (ausgeschlossen oder ohne Daten); es gibt keine Reihenfolge zu vergleichen."),
        Lang::En => format!("{name} has no total (excluded or without data), so there is no order to compare."),
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

/// "Ergebnis: knapp – fällt die Gruppe „Technik“ unter 3,6, liegt Beta vorn." With unknown scores
/// among the providers, `assumption` says what the label assumes about them ("Ergebnis: stabil,
/// solange unbekannte Werte außen vor bleiben – …"; see [`super::unknowns::assumption`]).
pub fn stability_sentence(
    lang: Lang,
    close: bool,
    flip: Option<(&str, f64, bool, &str)>,
    assumption: Option<&str>,
) -> String {
    let s = strings(lang);
    let label = if close { s.close_result } else { s.stable };
    let flip = flip.map(|(what, t, up, who)| (what, t, up, isolate(who)));
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
    match assumption {
        Some(a) => format!("{}: {label}, {a} – {detail}", s.result_label),
        None => format!("{}: {label} – {detail}", s.result_label),
    }
}

/// A slider position of the pairwise comparison in words.
pub fn judgement_text(lang: Lang, a: &str, b: &str, value: i8) -> String {
    let a = &isolate(a);
    let b = &isolate(b);
    let factor = i32::from(value.unsigned_abs()) + 1;
    let (more, less) = if value >= 0 { (a, b) } else { (b, a) };
    match (lang, value) {
        (Lang::De, 0) => format!("{a} und {b} sind gleich wichtig"),
        (Lang::En, 0) => format!("{a} and {b} are equally important"),
        (Lang::De, _) => format!("{more} ist {factor}-mal so wichtig wie {less}"),
        (Lang::En, _) => format!("{more} is {factor} times as important as {less}"),
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
    let criterion = &isolate(criterion);
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
    let criterion = &isolate(criterion);
    match lang {
        Lang::De => format!("{criterion} höchstens {at_most} → Gesamtwert höchstens {cap}"),
        Lang::En => format!("{criterion} at most {at_most} → total at most {cap}"),
    }
}

/// "Datenschutz: +12,3 Punkte für Proton Mail".
pub fn separation(lang: Lang, criterion: &str, diff: f64, for_whom: &str) -> String {
    let criterion = &isolate(criterion);
    let for_whom = &isolate(for_whom);
    let v = decimal(lang, diff.abs(), 1);
    match lang {
        Lang::De => format!("{criterion}: {v} Punkte mehr für {for_whom}"),
        Lang::En => format!("{criterion}: {v} points more for {for_whom}"),
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
    fn decision_sentences() {
        assert_eq!(
            plain(flip_sentence(
                Lang::De,
                "Proton Mail",
                "Gmail",
                "Support",
                5.0,
                7.0,
                true
            )),
            "Proton Mail bleibt vor Gmail, solange Support weniger als 7,0 von 10 zählt."
        );
        assert_eq!(
            plain(flip_sentence(
                Lang::En,
                "A",
                "B",
                "the group “Legal”",
                5.0,
                3.25,
                false
            )),
            "A stays ahead of B as long as the group “Legal” counts more than 3.3 out of 10."
        );
        assert_eq!(
            plain(leader_span(Lang::De, "A1", 0.0, 10.0, false)),
            "A1 bleibt bei jedem Gewicht vorn"
        );
        assert_eq!(
            plain(leader_span(Lang::De, "A1", 0.0, 10.0, true)),
            "A1 bleibt vorn, solange dieser Regler nicht auf 0 steht"
        );
        assert_eq!(
            plain(leader_span(Lang::En, "A1", 3.24, 10.0, false)),
            "A1 stays first from 3.2"
        );
        assert_eq!(
            plain(leader_span(Lang::En, "A1", 3.24, 6.5, false)),
            "A1 stays first at 3.2–6.5"
        );
        assert_eq!(
            plain(judgement_text(Lang::De, "Technik", "Recht", 4)),
            "Technik ist 5-mal so wichtig wie Recht"
        );
        assert_eq!(
            plain(judgement_text(Lang::En, "T", "L", -2)),
            "L is 3 times as important as T"
        );
        assert_eq!(
            plain(stability_sentence(
                Lang::De,
                true,
                Some(("die Gruppe „Technik“", 3.58, false, "Beta")),
                None
            )),
            "Ergebnis: knapp – fällt die Gruppe „Technik“ unter 3,6, liegt Beta vorn."
        );
        assert_eq!(
            plain(stability_sentence(
                Lang::De,
                false,
                None,
                Some("solange unbekannte Werte außen vor bleiben")
            )),
            "Ergebnis: stabil, solange unbekannte Werte außen vor bleiben – keine einzelne Gewichtsänderung bringt jemand anderen nach vorn."
        );
        assert_eq!(
            plain(unmet_reason(Lang::De, "Zugangskontrolle", None, 3)),
            "Zugangskontrolle: unbekannt statt mindestens 3"
        );
    }

    #[test]
    fn dataset_text_is_isolated_in_every_sentence() {
        // A right-to-left name cannot pull the widget's words around it into its direction.
        let s = flip_sentence(Lang::De, "شركة", "Gmail", "Support", 5.0, 7.0, true);
        assert!(s.starts_with("\u{2068}شركة\u{2069} bleibt vor \u{2068}Gmail\u{2069}"));
        assert!(unmet_reason(Lang::En, "Privacy", Some(1), 3).contains("\u{2068}Privacy\u{2069}"));
        assert!(separation(Lang::De, "A", 2.0, "B").contains("\u{2068}B\u{2069}"));
    }
}
