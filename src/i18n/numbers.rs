//! Numbers in words and digits: decimals with the language's decimal mark, percentages, points,
//! list places, the words for a slider's weight, and counts ("11 Anbieter", "3 von 5").
//!
//! Invariants: every function gives the same digits in both languages, only the decimal mark, the
//! space before "%" and the words differ; no float is formatted with Rust's `{}` machinery
//! ([`decimal`] does it with integers, see there), so the WebAssembly bundle stays small.

use crate::text::Lang;

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
    percent_decimals(lang, share, 0)
}

/// A share 0–1 as a percentage with `decimals` decimals (`12,5 %` / `12.5%`), for the printout,
/// where the weights of many duties would otherwise round to the same whole number.
pub fn percent_decimals(lang: Lang, share: f64, decimals: usize) -> String {
    let pct = decimal(lang, share * 100.0, decimals);
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

pub fn provider_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, _) => format!("{n} Anbieter"),
        (Lang::En, 1) => "1 provider".to_owned(),
        (Lang::En, _) => format!("{n} providers"),
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

pub fn points(lang: Lang, value: f64) -> String {
    match lang {
        Lang::De => format!("{} Punkte", decimal(lang, value, 1)),
        Lang::En => format!("{} points", decimal(lang, value, 1)),
    }
}

/// "wichtigste" / "5." for the ranking method's list positions.
pub fn place(lang: Lang, n: usize) -> String {
    match lang {
        Lang::De => format!("{n}."),
        Lang::En => format!("#{n}"),
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
    fn percentages_with_decimals() {
        assert_eq!(percent_decimals(Lang::De, 0.125, 1), "12,5 %");
        assert_eq!(percent_decimals(Lang::En, 0.125, 1), "12.5%");
        assert_eq!(
            percent_decimals(Lang::De, 0.916, 0),
            percent(Lang::De, 0.916)
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
}
