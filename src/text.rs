//! Languages of the user interface, and localised text from a dataset.
//!
//! The widget's own strings exist in German and English ([`Lang`]); a dataset's texts may carry any
//! languages, as BCP 47 tags (`de`, `en-GB`, `de-AT`), compared without regard to case.
//! [`Text::get`] never fails: it looks the wanted language up ([`lookup_language`]: the exact tag,
//! else a regional one such as `de-AT` for a German reader), falls back to German the same way,
//! then to the first language the text has, so a dataset in one language still renders everywhere.
//! Invariant: a [`Text`] holds at least one entry and no entry is empty (the validator enforces it).
//!
//! Also here, because the validator and everything that prints a value from a file need the same
//! answer: which characters are control characters, which change the writing direction of their
//! surroundings, and which show nothing ([`is_invisible`]), and [`escape_invisible`], which writes
//! all of those as `\uXXXX` so that a quoted value can neither hide nor rearrange anything.

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

    /// The text in `lang`, else German, else the first one given; a regional entry (`de-AT`)
    /// serves its language when the text has no plain one.
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
        let i = lookup_language(self.entries.iter().map(|(c, _)| c.as_str()), code)?;
        self.entries.get(i).map(|(_, text)| text.as_str())
    }
}

/// Which of `codes` (BCP 47 tags, in the order given) serves a reader of `wanted`, compared without
/// regard to case: the tag itself; else the first one that is more specific (`de` finds `de-AT`);
/// else the same for `wanted` cut back one subtag at a time, as BCP 47 lookup does (`de-AT` finds
/// `de`, then `de-CH`). The empty code of a language-neutral text serves every reader. The
/// validator asks the same question of a dataset's declared `languages`, so a text that passes
/// it is found here.
pub fn lookup_language<'a>(
    codes: impl Iterator<Item = &'a str> + Clone,
    wanted: &str,
) -> Option<usize> {
    let mut range = wanted.trim();
    while !range.is_empty() {
        let exact = codes
            .clone()
            .position(|c| c.is_empty() || c.eq_ignore_ascii_case(range));
        let found = exact.or_else(|| codes.clone().position(|c| extends(c, range)));
        if found.is_some() {
            return found;
        }
        // Cut the last subtag, and a single-letter one before it (`de-x-…`: the `x` means
        // nothing alone).
        range = range.rsplit_once('-').map_or("", |(head, _)| head);
        if let Some((head, last)) = range.rsplit_once('-') {
            if last.len() == 1 {
                range = head;
            }
        }
    }
    None
}

/// Whether `code` is a more specific tag of `range` (`de-AT` of `de`, not `den` of `de`).
fn extends(code: &str, range: &str) -> bool {
    code.len() > range.len()
        && code.as_bytes().get(range.len()) == Some(&b'-')
        && code
            .get(..range.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(range))
}

/// A control character: C0 (including tab and line breaks), DEL and C1, and the Unicode line and
/// paragraph separators, which break a line like `\n`.
pub fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// A character that changes the writing direction of what follows it, up to the end of the
/// paragraph (embeddings, overrides and isolates, U+202A–U+202E and U+2066–U+2069): one of these
/// in a name could turn the rest of the widget's sentence around it backwards.
pub fn is_direction_scope(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// [`is_direction_scope`] and the invisible direction marks (LRM U+200E, RLM U+200F, ALM U+061C),
/// which reorder the punctuation and digits next to them.
pub fn is_direction_control(c: char) -> bool {
    is_direction_scope(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A character that shows nothing by itself: white space, control and direction characters,
/// zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF), other format characters (soft
/// hyphen U+00AD, invisible operators, tags, …), the Hangul fillers (U+115F, U+1160, U+3164,
/// U+FFA0), the Braille blank (U+2800), and combining marks and variation selectors, which only
/// change the character before them. The combining marks are those of the blocks made for them
/// (U+0300–U+036F and the like), not every script's vowel signs: enough to tell a name that shows
/// nothing from one that does, without the Unicode tables in the bundle.
pub fn is_invisible(c: char) -> bool {
    if c.is_ascii() {
        return c <= ' ' || c == '\u{7F}';
    }
    c.is_whitespace()
        || is_control(c)
        || is_direction_control(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
        || is_combining(c)
}

/// Combining marks of the blocks made for them, and variation selectors.
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{302A}'..='\u{302F}'
            | '\u{3099}'..='\u{309A}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// A value from outside (a dataset, a link, a page's attribute) as a message quotes it: cut to
/// `max_chars` characters (with `…` where cut), and [`escape_invisible`], so that it can neither
/// run on for pages nor hide, move or turn around the words around it.
pub fn quote(s: &str, max_chars: usize) -> String {
    let cut = s.char_indices().nth(max_chars).map(|(at, _)| at);
    let head = s.get(..cut.unwrap_or(s.len())).unwrap_or_default();
    let mut out = if head.chars().any(|c| c != ' ' && is_invisible(c)) {
        escape_invisible(head)
    } else {
        head.to_owned()
    };
    if cut.is_some() {
        out.push('…');
    }
    out
}

/// `s` with every invisible character other than the plain space written as `\uXXXX` (as it could
/// be written in the JSON file), so that a value quoted in a message shows what it holds and
/// cannot move or hide the text around it.
pub fn escape_invisible(s: &str) -> String {
    escape_where(s, |c| c != ' ' && is_invisible(c))
}

/// `s` with every control and direction character written as `\uXXXX`: what a terminal must
/// never receive from a file (an escape sequence could move the cursor and overwrite a verdict,
/// a direction override turn a line around). Other characters, also invisible ones, stay.
pub fn escape_controls(s: &str) -> String {
    escape_where(s, |c| is_control(c) || is_direction_control(c))
}

fn escape_where(s: &str, escape: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if escape(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
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
    fn regional_tags_serve_their_language() {
        let t = |entries: &[(&str, &str)]| {
            Text::localized(
                entries
                    .iter()
                    .map(|(c, t)| ((*c).to_owned(), (*t).to_owned()))
                    .collect(),
            )
            .unwrap()
        };
        let at = t(&[("de-AT", "Jänner"), ("en-GB", "January")]);
        assert_eq!(at.get(Lang::De), "Jänner");
        assert_eq!(at.get(Lang::En), "January");
        // The exact tag first, whatever the order and case.
        let both = t(&[("de-AT", "Jänner"), ("DE", "Januar"), ("en", "January")]);
        assert_eq!(both.get(Lang::De), "Januar");
        // German readers of an English-only text with a regional German… the fallback is German.
        let ch = t(&[("fr", "janvier"), ("de-CH", "Januar")]);
        assert_eq!(ch.get(Lang::En), "Januar");
        assert_eq!(ch.get(Lang::De), "Januar");
        // `den` is not a German tag; only a whole subtag counts.
        let den = t(&[("den", "x"), ("en", "y")]);
        assert_eq!(den.get(Lang::De), "x", "no German: the first entry");
        assert!(!den.has("de"));
    }

    #[test]
    fn language_lookup_follows_bcp47() {
        let codes = ["en-GB", "de-AT", "de", "zh-Hant-TW", "x"];
        let find = |wanted| lookup_language(codes.iter().copied(), wanted);
        assert_eq!(find("de"), Some(2));
        assert_eq!(find("DE-at"), Some(1));
        assert_eq!(find("de-CH"), Some(2), "cut back to de");
        assert_eq!(find("en"), Some(0));
        assert_eq!(find("en-US"), Some(0), "cut back to en, then en-GB");
        assert_eq!(find("zh-Hant-HK"), Some(3), "zh-Hant, then zh-Hant-TW");
        assert_eq!(find("de-x-private"), Some(2));
        assert_eq!(find("fr"), None);
        assert_eq!(find(""), None);
        assert_eq!(lookup_language(["", "de"].into_iter(), "fr"), Some(0));
    }

    #[test]
    fn invisible_characters() {
        for c in [
            ' ',
            '\u{a0}',
            '\u{3000}',
            '\t',
            '\n',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            '\u{9b}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{115f}',
            '\u{1160}',
            '\u{3164}',
            '\u{ffa0}',
            '\u{ad}',
            '\u{2800}',
            '\u{301}',
            '\u{fe0f}',
            '\u{202e}',
            '\u{2066}',
            '\u{200f}',
            '\u{61c}',
            '\u{2028}',
            '\u{e0041}',
        ] {
            assert!(is_invisible(c), "{:04X}", c as u32);
        }
        for c in [
            'a', 'ß', 'é', '€', '😀', 'ا', '中', '\u{fffd}', '\u{e000}', '-', '.',
        ] {
            assert!(!is_invisible(c), "{:04X}", c as u32);
        }
        assert!(is_direction_control('\u{200e}') && !is_direction_scope('\u{200e}'));
        assert!(is_direction_scope('\u{2069}'));
    }

    #[test]
    fn escaping_shows_what_is_hidden() {
        assert_eq!(escape_invisible("a b"), "a b");
        assert_eq!(
            escape_invisible("\u{1b}[2K\rok\u{202e}gpj.exe\u{200b}"),
            "\\u001B[2K\\u000Dok\\u202Egpj.exe\\u200B"
        );
        assert_eq!(escape_invisible("\u{e0041}"), "\\uDB40\\uDC41");
        assert_eq!(escape_invisible("Straße\nNeu"), "Straße\\u000ANeu");
        assert_eq!(
            escape_controls("\u{1b}[1A\u{9b}2J\u{202e}Proton\u{a0}Mail\u{200b}"),
            "\\u001B[1A\\u009B2J\\u202EProton\u{a0}Mail\u{200b}"
        );
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
