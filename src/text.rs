//! Languages of the user interface, and localised text from a dataset.
//!
//! The widget's own strings exist in German and English ([`Lang`]); a dataset's texts may carry any
//! languages. [`Text::get`] never fails: it falls back from the wanted language to German, then to
//! the first language the text has, so a dataset in one language still renders everywhere.
//! Invariant: a [`Text`] holds at least one entry and no entry is empty (the validator enforces it).

/// A language the widget's own strings are available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// German, the default: the teaching text and the audience are German-speaking.
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes and in dataset texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Reads a language code such as `de`, `EN` or `de-AT`; only the primary subtag counts.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("de") {
            Some(Lang::De)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A text from the dataset: either one language-neutral string or one string per language code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// `(language code, text)`; a language-neutral text has the code `""`.
    entries: Vec<(String, String)>,
}

impl Text {
    /// A text that reads the same in every language (a brand name, a title in its own language).
    pub fn neutral(text: impl Into<String>) -> Text {
        Text {
            entries: vec![(String::new(), text.into())],
        }
    }

    /// A text per language code. Returns `None` when `entries` is empty.
    pub fn localized(entries: Vec<(String, String)>) -> Option<Text> {
        if entries.is_empty() {
            None
        } else {
            Some(Text { entries })
        }
    }

    /// The text in `lang`, else German, else the first one given.
    pub fn get(&self, lang: Lang) -> &str {
        self.lookup(lang.code())
            .or_else(|| self.lookup(Lang::De.code()))
            .or_else(|| self.entries.first().map(|(_, text)| text.as_str()))
            .unwrap_or_default()
    }

    /// Whether the text is language-neutral or has an entry for `code`.
    pub fn has(&self, code: &str) -> bool {
        self.is_neutral() || self.lookup(code).is_some()
    }

    pub fn is_neutral(&self) -> bool {
        self.entries.len() == 1 && self.entries[0].0.is_empty()
    }

    /// Every string of this text, in every language (for checks that apply to all of them).
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(_, text)| text.as_str())
    }

    fn lookup(&self, code: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code) || c.is_empty())
            .map(|(_, text)| text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de_en(de: &str, en: &str) -> Text {
        Text::localized(vec![("de".into(), de.into()), ("en".into(), en.into())]).unwrap()
    }

    #[test]
    fn picks_the_wanted_language() {
        let t = de_en("Datenschutz", "Data protection");
        assert_eq!(t.get(Lang::De), "Datenschutz");
        assert_eq!(t.get(Lang::En), "Data protection");
    }

    #[test]
    fn falls_back_to_german_then_first() {
        let only_de = Text::localized(vec![("de".into(), "Nur deutsch".into())]).unwrap();
        assert_eq!(only_de.get(Lang::En), "Nur deutsch");
        let only_fr = Text::localized(vec![("fr".into(), "Protection".into())]).unwrap();
        assert_eq!(only_fr.get(Lang::En), "Protection");
        assert_eq!(only_fr.get(Lang::De), "Protection");
    }

    #[test]
    fn neutral_text_reads_the_same_everywhere() {
        let t = Text::neutral("Proton Mail");
        assert!(t.is_neutral());
        assert!(t.has("en") && t.has("de") && t.has("fr"));
        assert_eq!(t.get(Lang::En), "Proton Mail");
    }

    #[test]
    fn empty_localized_text_is_refused() {
        assert!(Text::localized(vec![]).is_none());
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_code(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }
}
