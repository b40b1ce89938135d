//! Which providers the reader looks at, in words: the country filter and its choices, the
//! teaching text's providers, how many providers a choice leaves, and where a provider is based,
//! offered and holds its data (the detail).
//!
//! Invariants: a country is named by its code where this table does not know it, so a dataset
//! with any ISO code still reads; the sentence about what a filter leaves out always says how
//! many providers are left out because the dataset does not say where they are offered (missing
//! data never hides a provider silently).

use crate::dataset::Scope;
use crate::text::Lang;

/// The fieldset's legend.
pub fn legend(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Welche Anbieter?",
        Lang::En => "Which providers?",
    }
}

/// The country select's label.
pub fn country_label(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Angeboten in",
        Lang::En => "Offered in",
    }
}

/// The choice that filters nothing.
pub fn all_countries(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "allen Ländern",
        Lang::En => "all countries",
    }
}

/// The check box that keeps only the providers the teaching text names.
pub fn text_only(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Nur Anbieter aus dem Unterrichtstext",
        Lang::En => "Only the teaching text's providers",
    }
}

/// The mark beside a provider the teaching text names.
pub fn named_in_text(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "im Unterrichtstext genannt",
        Lang::En => "named in the teaching text",
    }
}

/// A country's name from its ISO 3166-1 code, or the code where the table does not know it.
pub fn country_name(lang: Lang, code: &str) -> String {
    let de = lang == Lang::De;
    let name = match code {
        "DE" => Some(("Deutschland", "Germany")),
        "AT" => Some(("Österreich", "Austria")),
        "CH" => Some(("Schweiz", "Switzerland")),
        "LI" => Some(("Liechtenstein", "Liechtenstein")),
        "LU" => Some(("Luxemburg", "Luxembourg")),
        "BE" => Some(("Belgien", "Belgium")),
        "BG" => Some(("Bulgarien", "Bulgaria")),
        "NL" => Some(("Niederlande", "Netherlands")),
        "FR" => Some(("Frankreich", "France")),
        "IT" => Some(("Italien", "Italy")),
        "ES" => Some(("Spanien", "Spain")),
        "IE" => Some(("Irland", "Ireland")),
        "GB" => Some(("Vereinigtes Königreich", "United Kingdom")),
        "FI" => Some(("Finnland", "Finland")),
        "SE" => Some(("Schweden", "Sweden")),
        "NO" => Some(("Norwegen", "Norway")),
        "DK" => Some(("Dänemark", "Denmark")),
        "PL" => Some(("Polen", "Poland")),
        "CZ" => Some(("Tschechien", "Czechia")),
        "LT" => Some(("Litauen", "Lithuania")),
        "CY" => Some(("Zypern", "Cyprus")),
        "US" => Some(("USA", "United States")),
        "CA" => Some(("Kanada", "Canada")),
        "IN" => Some(("Indien", "India")),
        "SG" => Some(("Singapur", "Singapore")),
        _ => None,
    };
    match name {
        Some((de_name, en_name)) => (if de { de_name } else { en_name }).to_owned(),
        None => code.to_owned(),
    }
}

/// Several countries by name, in the given order: "Deutschland, Österreich".
pub fn country_list(lang: Lang, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| country_name(lang, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a scope leaves of a type's providers: "4 von 13 Anbietern dieser Art." and, where some
/// are left out only because the dataset does not say where they are offered, how many.
pub fn shown(lang: Lang, shown: usize, total: usize, unstated: usize) -> String {
    let mut out = match lang {
        Lang::De => format!("{shown} von {total} Anbietern dieser Art."),
        Lang::En => format!("{shown} of {total} providers of this type."),
    };
    if unstated > 0 {
        out.push(' ');
        out.push_str(&match (lang, unstated) {
            (Lang::De, 1) => {
                "1 Anbieter ist ausgeblendet, weil der Datensatz nicht sagt, wo er angeboten wird."
                    .to_owned()
            }
            (Lang::De, n) => format!(
                "{n} Anbieter sind ausgeblendet, weil der Datensatz nicht sagt, wo sie angeboten werden."
            ),
            (Lang::En, 1) => {
                "1 provider is hidden because the dataset does not say where it is offered."
                    .to_owned()
            }
            (Lang::En, n) => format!(
                "{n} providers are hidden because the dataset does not say where they are offered."
            ),
        });
    }
    out
}

/// The scope in one sentence, for paper (where the controls are not printed): "Angeboten in:
/// Schweiz. Nur Anbieter aus dem Unterrichtstext."
pub fn summary(lang: Lang, scope: &Scope) -> String {
    let mut out = String::new();
    if let Some(c) = &scope.country {
        out.push_str(&format!(
            "{}: {}.",
            country_label(lang),
            country_name(lang, c)
        ));
    }
    if scope.named_in_text {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(text_only(lang));
        out.push('.');
    }
    out
}

/// When the scope leaves no provider of the type.
pub fn none_left(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Für diese Auswahl enthält der Datensatz keinen Anbieter dieser Art. Wählen Sie ein anderes Land, „allen Ländern“ oder eine andere Anbieterart.",
        Lang::En => "The dataset has no provider of this type for this choice. Choose another country, “all countries” or another type of provider.",
    }
}

/// The detail's labels: where the company is based, where the product is offered, where the
/// data is held.
pub fn based_in(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Sitz",
        Lang::En => "Based in",
    }
}

pub fn offered_in(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Angeboten in",
        Lang::En => "Offered in",
    }
}

pub fn data_held_in(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Daten gespeichert in",
        Lang::En => "Data held in",
    }
}

/// Where the dataset names no country for the data.
pub fn not_known(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "nicht bekannt",
        Lang::En => "not known",
    }
}

/// A country as the dataset writes it: a code is named, anything else (a name written out by an
/// older dataset) is shown as it is.
pub fn country_or_name(lang: Lang, value: &str) -> String {
    if crate::dataset::valid_country_code(value) {
        country_name(lang, value)
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_named_and_unknown_codes_kept() {
        assert_eq!(country_name(Lang::De, "CH"), "Schweiz");
        assert_eq!(country_name(Lang::En, "AT"), "Austria");
        assert_eq!(country_name(Lang::De, "ZZ"), "ZZ");
        assert_eq!(
            country_list(Lang::De, &["DE".into(), "AT".into()]),
            "Deutschland, Österreich"
        );
        assert_eq!(country_or_name(Lang::En, "Deutschland"), "Deutschland");
    }

    #[test]
    fn the_scope_is_said_in_one_sentence() {
        let scope = Scope {
            country: Some("CH".into()),
            named_in_text: true,
        };
        assert_eq!(
            summary(Lang::De, &scope),
            "Angeboten in: Schweiz. Nur Anbieter aus dem Unterrichtstext."
        );
        assert_eq!(summary(Lang::En, &Scope::default()), "");
    }

    #[test]
    fn hidden_providers_are_counted_in_words() {
        assert_eq!(shown(Lang::De, 4, 13, 0), "4 von 13 Anbietern dieser Art.");
        assert!(shown(Lang::De, 4, 13, 2).ends_with(
            "2 Anbieter sind ausgeblendet, weil der Datensatz nicht sagt, wo sie angeboten werden."
        ));
        assert!(shown(Lang::En, 1, 3, 1).contains("1 provider is hidden"));
    }
}
