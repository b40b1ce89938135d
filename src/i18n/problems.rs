//! What went wrong, in words: the problems of a dataset (with the JSON syntax details and the
//! expected types), unsafe link targets, load errors, the place of a problem ("Zeile 57") and the
//! items of the notice about a share link or the page's settings.
//!
//! Invariants: a message never repeats the place (path and line are shown beside it); every
//! message says what to change where that can be said; values from the file (ids, codes, dates)
//! are quoted as they were found (already cut to a safe length by the validator).

use std::fmt;

use super::decimal;
use crate::date::{DateProblem, YEARS};
use crate::json::{SyntaxKind, MAX_DEPTH};
use crate::text::Lang;
use crate::url::UrlProblem;
use crate::validate::{Expected, Found, Problem, ProblemKind, MAX_DATASET_BYTES};

pub fn error_network(lang: Lang, url: &str, detail: &str) -> String {
    match lang {
        Lang::De => format!(
            "Die Datei „{url}“ war nicht erreichbar ({detail}). Häufigste Ursachen: Liegt sie auf \
             einem anderen Server als die Seite (oder steckt der Vergleich in einem iframe mit \
             sandbox), muss dieser Server den Header Access-Control-Allow-Origin senden; oder die \
             Content-Security-Policy der Seite erlaubt die Adresse nicht (connect-src). Für \
             Website-Betreiber: README, Abschnitt „Wenn nichts erscheint“."
        ),
        Lang::En => format!(
            "The file “{url}” could not be reached ({detail}). Most likely causes: if it is on \
             another server than the page (or the comparison is in a sandboxed iframe), that \
             server must send the Access-Control-Allow-Origin header; or the page’s \
             Content-Security-Policy does not allow the address (connect-src). For site owners: \
             README, section “When nothing appears”."
        ),
    }
}

pub fn error_http(lang: Lang, url: &str, status: u16) -> String {
    match lang {
        Lang::De => format!("Der Server antwortete auf „{url}“ mit dem Status {status}."),
        Lang::En => format!("The server answered “{url}” with status {status}."),
    }
}

/// "Zeile 57" / "line 57": where in the dataset file a problem is.
pub fn line_label(lang: Lang, line: usize) -> String {
    match lang {
        Lang::De => format!("Zeile {line}"),
        Lang::En => format!("line {line}"),
    }
}

pub fn problem_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 1) => "1 Problem:".to_owned(),
        (Lang::De, _) => format!("{n} Probleme:"),
        (Lang::En, 1) => "1 problem:".to_owned(),
        (Lang::En, _) => format!("{n} problems:"),
    }
}

/// A problem with its place on one line, as the checker prints it:
/// `line 53: providers › [0] (mailer) › website: Only addresses starting with http:// …`.
/// The line comes first when it is known, then the path (none for the whole file).
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    let msg = problem_message(lang, &problem.kind);
    let line = problem
        .line
        .map(|l| format!("{}: ", line_label(lang, l)))
        .unwrap_or_default();
    if problem.path.is_empty() {
        format!("{line}{msg}")
    } else {
        format!("{line}{}: {msg}", problem.path)
    }
}

/// English, for logs and test failures; the widget and the checker choose the language through
/// [`problem_text`]. Implemented here rather than in `validate`, so that the validator only finds
/// problems and never words them.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&problem_text(Lang::En, self))
    }
}

/// A dataset problem in words. The place is shown separately.
pub fn problem_message(lang: Lang, kind: &ProblemKind) -> String {
    use ProblemKind as P;
    let de = lang == Lang::De;
    match kind {
        P::Syntax { line, column, what } => {
            let what = syntax_detail(lang, *what);
            if de {
                format!("Kein gültiges JSON: Zeile {line}, Spalte {column}: {what}.")
            } else {
                format!("Not valid JSON: line {line}, column {column}: {what}.")
            }
        }
        P::TooLarge { bytes } => {
            // Rounded up, so that a file just over the limit never reads as the limit itself.
            let tenths = (*bytes as f64 / 104_857.6).ceil();
            let mb = decimal(lang, tenths / 10.0, 1);
            let max = MAX_DATASET_BYTES / 1_048_576;
            if de {
                format!("Die Datei ist mit {mb} MB zu groß; erlaubt sind höchstens {max} MB. Lange Texte kürzen oder den Datensatz aufteilen.")
            } else {
                format!("The file is too large at {mb} MB; at most {max} MB are allowed. Shorten long texts or split the dataset.")
            }
        }
        P::EmptyFile => pick(
            de,
            "Die Datei ist leer; erwartet wird ein Datensatz im JSON-Format, der mit „{“ beginnt. Bitte prüfen, ob sie vollständig gespeichert und hochgeladen wurde.",
            "The file is empty; a dataset in JSON format, starting with “{”, is expected. Please check that it was saved and uploaded completely.",
        )
        .into(),
        P::WrongEncoding(encoding) => {
            let name = encoding.name();
            if de {
                format!("Die Datei ist {name} kodiert; bitte als UTF-8 speichern (im Editor: „Speichern unter“, Kodierung „UTF-8“).")
            } else {
                format!("The file is encoded as {name}; please save it as UTF-8 (in the editor: “Save as”, encoding “UTF-8”).")
            }
        }
        P::NotUtf8 { line, column, byte } => {
            if de {
                format!("Die Datei ist kein gültiges UTF-8: Zeile {line}, Spalte {column} (Byte 0x{byte:02X}). Vermutlich wurde sie in einer anderen Kodierung gespeichert, etwa Windows-1252 oder ISO-8859-1; bitte als UTF-8 speichern.")
            } else {
                format!("The file is not valid UTF-8: line {line}, column {column} (byte 0x{byte:02X}). It was probably saved in another encoding, such as Windows-1252 or ISO-8859-1; please save it as UTF-8.")
            }
        }
        P::Html => pick(
            de,
            "Unter dieser Adresse liegt eine Webseite (HTML), keine JSON-Datei – meist die Fehlerseite des Servers, weil der Datensatz dort nicht liegt. Bitte die Adresse des Datensatzes prüfen.",
            "There is a web page (HTML) at this address, not a JSON file – usually the server's error page, because the dataset is not there. Please check the dataset's address.",
        )
        .into(),
        P::Missing => pick(de, "Pflichtfeld fehlt.", "Required field is missing.").into(),
        P::Null => pick(
            de,
            "Hier steht null; dieses Pflichtfeld braucht einen Wert.",
            "This is null; this required field needs a value.",
        )
        .into(),
        P::WrongType(expected, found) => {
            let what = expected_name(lang, *expected);
            let here = found_name(lang, *found);
            let hint = type_hint(de, *expected, *found);
            if de {
                format!("Falscher Typ: erwartet wird {what}, hier steht {here}.{hint}")
            } else {
                format!("Wrong type: expected {what}, found {here}.{hint}")
            }
        }
        P::UnknownField => pick(
            de,
            "Unbekanntes Feld (Tippfehler?). Kommentare beginnen mit „_“.",
            "Unknown field (a typo?). Comments start with “_”.",
        )
        .into(),
        P::UnsupportedVersion { found } => {
            if de {
                format!(
                    "Formatversion {found} wird nicht unterstützt; dieses Widget liest die Versionen 1 und 2."
                )
            } else {
                format!("Format version {found} is not supported; this widget reads versions 1 and 2.")
            }
        }
        P::EmptyList => pick(
            de,
            "Die Liste ist leer; sie braucht mindestens einen Eintrag (ein freiwilliges Feld kann auch ganz entfallen).",
            "The list is empty; it needs at least one entry (an optional field may also be left out).",
        )
        .into(),
        P::EmptyText => pick(
            de,
            "Der Text ist leer; bitte einen Text eintragen (ein freiwilliges Feld kann auch ganz entfallen).",
            "The text is empty; please enter a text (an optional field may also be left out).",
        )
        .into(),
        P::ControlCharacter { found, at } => {
            let code = code_point(*found);
            match (found, de) {
                ('\n' | '\r' | '\u{2028}' | '\u{2029}', true) => format!("An Zeichen {at} steht ein Zeilenumbruch ({code}); ein Name steht auf einer Zeile. Bitte durch ein Leerzeichen ersetzen."),
                ('\n' | '\r' | '\u{2028}' | '\u{2029}', false) => format!("There is a line break ({code}) at character {at}; a name stays on one line. Please replace it with a space."),
                ('\t', true) => format!("An Zeichen {at} steht ein Tabulator ({code}); ein Name steht auf einer Zeile. Bitte durch ein Leerzeichen ersetzen."),
                ('\t', false) => format!("There is a tab ({code}) at character {at}; a name stays on one line. Please replace it with a space."),
                (_, true) => format!("An Zeichen {at} steht ein unsichtbares Steuerzeichen ({code}); bitte entfernen."),
                (_, false) => format!("There is an invisible control character ({code}) at character {at}; please remove it."),
            }
        }
        P::DirectionControl { found, at } => {
            let code = code_point(*found);
            if de {
                format!("An Zeichen {at} steht ein unsichtbares Zeichen, das die Schreibrichtung umschaltet ({code}); es könnte den Text um diesen herum umstellen. Bitte entfernen.")
            } else {
                format!("There is an invisible character that switches the writing direction ({code}) at character {at}; it could rearrange the text around this one. Please remove it.")
            }
        }
        P::NothingVisible => pick(
            de,
            "Der Text enthält kein sichtbares Zeichen, nur unsichtbare wie Leerzeichen ohne Breite (U+200B). Bitte einen lesbaren Text eintragen.",
            "The text has no visible character, only invisible ones such as zero-width spaces (U+200B). Please enter a readable text.",
        )
        .into(),
        P::TooLong { max } => {
            if de {
                format!("Der Text ist zu lang (höchstens {max} Zeichen); bitte kürzen.")
            } else {
                format!("The text is too long (at most {max} characters); please shorten it.")
            }
        }
        P::TooMany { max } => {
            if de {
                format!("Zu viele Einträge: höchstens {max} sind erlaubt.")
            } else {
                format!("Too many entries: at most {max} are allowed.")
            }
        }
        P::BadId(id) => {
            if de {
                format!(
                    "Ungültige Kennung „{id}“: erlaubt sind 1–64 Zeichen aus a–z (klein), 0–9, _ und -, am Anfang ein Buchstabe oder eine Ziffer."
                )
            } else {
                format!("Invalid id “{id}”: use 1–64 characters from a–z (lower case), 0–9, _ and -, starting with a letter or digit.")
            }
        }
        P::DuplicateId(id) => {
            if de {
                format!("Die Kennung „{id}“ kommt mehrfach vor; jede darf in ihrer Liste nur einmal stehen.")
            } else {
                format!("The id “{id}” is used more than once; each may appear only once in its list.")
            }
        }
        P::UnknownGroup(id) => unknown_ref(de, id, "Unbekannte Gruppe", "group", "groups"),
        P::UnknownType(id) => {
            unknown_ref(de, id, "Unbekannte Anbieterart", "provider type", "types")
        }
        P::UnknownCriterion(id) => {
            unknown_ref(de, id, "Unbekanntes Kriterium", "criterion", "criteria")
        }
        P::NotWholeNumber { min, max } if min == max => {
            if de {
                format!("Erwartet wird die ganze Zahl {min}, ohne Nachkommastellen.")
            } else {
                format!("Expected the whole number {min}, without decimals.")
            }
        }
        P::NotWholeNumber { min, max } => {
            if de {
                format!("Erwartet wird eine ganze Zahl von {min} bis {max}, ohne Nachkommastellen.")
            } else {
                format!("Expected a whole number from {min} to {max}, without decimals.")
            }
        }
        P::OutOfRange { min, max } => {
            if de {
                format!("Der Wert muss zwischen {min} und {max} liegen.")
            } else {
                format!("The value must be between {min} and {max}.")
            }
        }
        P::MissingLanguage(code) => {
            if de {
                format!("Die Übersetzung für „{code}“ fehlt (siehe „languages“).")
            } else {
                format!("The translation for “{code}” is missing (see “languages”).")
            }
        }
        P::DuplicateLanguage(code) => {
            if de {
                format!("Die Sprache „{code}“ steht zweimal in diesem Text (Groß- und Kleinschreibung zählen nicht: „de“ und „DE“ sind dieselbe Sprache). Bitte eine der beiden Übersetzungen entfernen.")
            } else {
                format!("The language “{code}” appears twice in this text (case does not count: “de” and “DE” are the same language). Please remove one of the two translations.")
            }
        }
        P::BadLanguageCode(code) => {
            if de {
                format!("„{code}“ ist kein Sprachcode wie „de“ oder „en“.")
            } else {
                format!("“{code}” is not a language code such as “de” or “en”.")
            }
        }
        P::BadUrl(problem) => url_problem(lang, *problem),
        P::BadDate { value, why } => match (why, de) {
            (DateProblem::Form, true) => format!("„{value}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT (etwa 2025-06-03)."),
            (DateProblem::Form, false) => format!("“{value}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (such as 2025-06-03)."),
            (DateProblem::Year, true) => format!("„{value}“: das Jahr muss zwischen {} und {} liegen.", YEARS.start(), YEARS.end()),
            (DateProblem::Year, false) => format!("“{value}”: the year must be between {} and {}.", YEARS.start(), YEARS.end()),
            (DateProblem::Month, true) => format!("„{value}“: den Monat gibt es nicht; Monate gehen von 01 bis 12."),
            (DateProblem::Month, false) => format!("“{value}”: there is no such month; months go from 01 to 12."),
            (DateProblem::Day { days }, true) => format!("„{value}“: den Tag gibt es nicht; dieser Monat hat {days} Tage."),
            (DateProblem::Day { days }, false) => format!("“{value}”: there is no such day; this month has {days} days."),
        },
        P::DateAfterCheck => pick(
            de,
            "Das Datum liegt nach dem Prüfdatum des Datensatzes („checked“); bitte das Datum prüfen oder „checked“ anpassen.",
            "The date is later than the dataset's check date (“checked”); please correct the date or update “checked”.",
        )
        .into(),
        P::MissingRating(id) => {
            if de {
                format!("Bewertung für „{id}“ fehlt. Ist nichts bekannt, \"score\": \"unknown\" eintragen.")
            } else {
                format!("Rating for “{id}” is missing. If nothing is known, write \"score\": \"unknown\".")
            }
        }
        P::RatingNotApplicable(kind) => {
            if de {
                format!("Dieses Kriterium gilt nicht für die Anbieterart „{kind}“ (siehe „applies_to“).")
            } else {
                format!("This criterion does not apply to the provider type “{kind}” (see “applies_to”).")
            }
        }
        P::BadConfidence(v) => {
            if de {
                format!("„{v}“ ist keine zulässige Sicherheit; erlaubt sind „low“ und „normal“.")
            } else {
                format!("“{v}” is not a valid confidence; use “low” or “normal”.")
            }
        }
        P::BadSourceKind(v) => {
            if de {
                format!(
                    "„{v}“ ist keine Quellenart; erlaubt: provider, authority, press, third_party, community (Format 1: official)."
                )
            } else {
                format!(
                    "“{v}” is not a source kind; use provider, authority, press, third_party or community (format 1: official)."
                )
            }
        }
        P::NeedsFormat2 => pick(
            de,
            "Dieses Feld gibt es erst in Format 2: „format_version“: 2 setzen.",
            "This field exists only in format 2: set “format_version” to 2.",
        )
        .into(),
        P::NoRubric => pick(
            de,
            "Befunde brauchen ein Bewertungsschema („rubric“) bei der Pflicht.",
            "Findings need a rubric (“rubric”) on the criterion.",
        )
        .into(),
        P::UnknownCheck(id) => {
            if de {
                format!("Das Bewertungsschema dieser Pflicht hat keine Prüffrage „{id}“.")
            } else {
                format!("This criterion's rubric has no check “{id}”.")
            }
        }
        P::FindingWithoutSource => pick(
            de,
            "Ein erfüllter Befund („met“: true) braucht mindestens eine Quelle („sources“).",
            "A finding that is met (“met”: true) needs at least one source (“sources”).",
        )
        .into(),
        P::NoSuchSource { index, count } => {
            if de {
                format!("Quelle {index} gibt es nicht: Die Bewertung hat {count} Quellen, gezählt ab 0.")
            } else {
                format!("There is no source {index}: the rating has {count} sources, counted from 0.")
            }
        }
        P::ScoreNotFromFindings { given, result } => {
            if de {
                format!("Hier steht {given}, aus den Befunden folgt nach dem Bewertungsschema aber {result}. Wert anpassen oder eine Abweichung („override“) mit Grund angeben.")
            } else {
                format!("This says {given}, but by the rubric the findings give {result}. Correct it, or record an override (“override”) with its reason.")
            }
        }
        P::OverrideWithoutFindings => pick(
            de,
            "Eine Abweichung vom Bewertungsschema braucht Befunde („findings“), von denen sie abweicht.",
            "An override needs findings (“findings”) to depart from.",
        )
        .into(),
        P::BadEvidencePath(v) => {
            if de {
                format!("„{v}“ ist kein zulässiger Pfad zu einer Datei mit den Belegen: ein relativer Pfad zu einer .json-Datei neben dieser oder in einem Ordner darunter, ohne „..“ und ohne Adresse.")
            } else {
                format!("“{v}” is not a valid path to a file with the evidence: a relative path to a .json file beside this one or in a folder below it, without “..” or an address.")
            }
        }
        // One arm for the three (the words differ, the code need not): each arm of this match
        // costs the bundle its own copy of the code that makes a String.
        P::EvidenceMismatch | P::PartsWithoutCore | P::PartMismatch => {
            let (de_text, en_text) = match kind {
                P::PartsWithoutCore => (
                    "Teile der Belege („evidence_parts“) gibt es nur in einem Kern, der seine vollständige Datei nennt („evidence“).",
                    "Parts of the evidence (“evidence_parts”) are only allowed in a core that names its complete file (“evidence”).",
                ),
                P::PartMismatch => (
                    "Dieser Teil passt nicht zum Kern: Er muss die vollständige Datei mit genau den Anbietern seiner Art sein, in derselben Reihenfolge, mit denselben Werten und derselben Sicherheit. Kern und Teile neu zusammen erzeugen (split-dataset).",
                    "This part does not match the core: it must be the complete file with exactly the providers of its type, in the same order, with the same scores and confidence. Write the core and its parts again together (split-dataset).",
                ),
                _ => (
                    "Die vollständige Datei passt nicht zu diesem Kern (andere Kennungen, Werte oder Sicherheit): beide neu zusammen erzeugen (split-dataset).",
                    "The complete file does not match this core (other ids, scores or confidence): write both again together (split-dataset).",
                ),
            };
            pick(de, de_text, en_text).into()
        }
        P::BadDomain(v) => {
            if de {
                format!("„{v}“ ist kein Hostname wie „example.com“ (Kleinbuchstaben, Ziffern, „-“, Punkte).")
            } else {
                format!("“{v}” is not a host name such as “example.com” (lower-case letters, digits, “-”, dots).")
            }
        }
        P::BadCountryCode(v) => {
            if de {
                format!("„{v}“ ist kein Ländercode wie „DE“ (zwei Großbuchstaben nach ISO 3166-1).")
            } else {
                format!("“{v}” is not a country code such as “DE” (two capital letters, ISO 3166-1).")
            }
        }
        P::DuplicateCountry(v) => {
            if de {
                format!("Das Land „{v}“ steht zweimal in der Liste.")
            } else {
                format!("The country “{v}” is listed twice.")
            }
        }
        P::LocationWithoutSource => pick(
            de,
            "Wo die Daten liegen, braucht eine Quelle („sources“), sobald ein Land genannt ist.",
            "Where the data is held needs a source (“sources”) once a country is named.",
        )
        .into(),
        P::BadJurisdiction(v) => {
            if de {
                format!("„{v}“ ist keine Rechtsordnung; erlaubt: EU, DE, AT, CH.")
            } else {
                format!("“{v}” is not a jurisdiction; allowed: EU, DE, AT, CH.")
            }
        }
        P::NotHttps => pick(
            de,
            "Eine Rechtsvorschrift wird mit einer https://-Adresse ihres amtlichen Textes verlinkt.",
            "A legal reference links to its official text with an https:// address.",
        )
        .into(),
        P::UnofficialLegalHost(host) => {
            let hosts = crate::dataset::OFFICIAL_LEGAL_HOSTS.join(", ");
            if de {
                format!("„{host}“ ist keine amtliche Veröffentlichung des Rechts: den amtlichen Text verlinken ({hosts}).")
            } else {
                format!("“{host}” is not an official publication of the law; link to the official text ({hosts}).")
            }
        }
        P::NoSources => pick(
            de,
            "Eine Bewertung braucht mindestens eine Quelle.",
            "A score needs at least one source.",
        )
        .into(),
        P::NoSourceDate => pick(
            de,
            "Die Quelle braucht ein Datum („date“) oder ein Abrufdatum („accessed“).",
            "The source needs a date (“date”) or an access date (“accessed”).",
        )
        .into(),
        P::GroupWithoutCriteria => pick(
            de,
            "Zu dieser Gruppe gehört kein Kriterium; bitte eines zuordnen („group“ eines Kriteriums) oder die Gruppe entfernen.",
            "No criterion belongs to this group; please assign one (a criterion's “group”) or remove the group.",
        )
        .into(),
        P::More(n) => {
            if de {
                format!("… und {n} weitere Probleme.")
            } else {
                format!("… and {n} more problems.")
            }
        }
    }
}

fn syntax_detail(lang: Lang, what: SyntaxKind) -> String {
    let de = lang == Lang::De;
    let detail = match what {
        SyntaxKind::UnexpectedEnd => pick(
            de,
            "die Datei endet mitten im Inhalt",
            "the file ends too early",
        ),
        SyntaxKind::UnexpectedChar => pick(
            de,
            "unerwartetes Zeichen (fehlt ein Komma, eine Klammer oder ein Anführungszeichen?)",
            "unexpected character (a missing comma, bracket or quote?)",
        ),
        SyntaxKind::BadEscape => pick(
            de,
            "ungültige Escape-Sequenz mit \\ (erlaubt sind \\\" \\\\ \\/ \\b \\f \\n \\r \\t und \\u mit vier Hex-Ziffern; ein einzelnes \\ als \\\\ schreiben)",
            "invalid escape sequence with \\ (allowed are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits; write a single \\ as \\\\)",
        ),
        SyntaxKind::ControlInString => pick(
            de,
            "Steuerzeichen (etwa ein Zeilenumbruch) in einem Text; als \\n schreiben",
            "control character (such as a line break) inside a string; write it as \\n",
        ),
        SyntaxKind::BadNumber => pick(
            de,
            "ungültige Zahl (Zahlen schreiben wie 3, -1, 2.5 oder 1e3: mit Punkt, ohne führende Null und ohne +)",
            "invalid number (write numbers like 3, -1, 2.5 or 1e3: with a point, no leading zero and no +)",
        ),
        SyntaxKind::TooDeep if de => {
            return format!("zu tief verschachtelt (höchstens {MAX_DEPTH} Ebenen)")
        }
        SyntaxKind::TooDeep => return format!("nested too deeply (at most {MAX_DEPTH} levels)"),
        SyntaxKind::DuplicateKey => pick(
            de,
            "derselbe Schlüssel kommt zweimal vor; einen davon entfernen oder umbenennen",
            "the same key appears twice; remove or rename one of them",
        ),
        SyntaxKind::TrailingChars => pick(
            de,
            "nach dem Ende der Daten folgt noch Text",
            "there is more text after the data",
        ),
    };
    detail.to_owned()
}

/// A character by its code point, as Unicode charts name it (`U+202E`).
fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

fn pick(de: bool, de_text: &'static str, en_text: &'static str) -> &'static str {
    if de {
        de_text
    } else {
        en_text
    }
}

/// `what_de` carries its own article ending ("Unbekannte Gruppe", "Unbekanntes Kriterium");
/// `list` is the field of the dataset where the ids are.
fn unknown_ref(de: bool, id: &str, what_de: &str, what_en: &str, list: &str) -> String {
    if de {
        format!("{what_de} „{id}“: in „{list}“ gibt es keinen Eintrag mit dieser Kennung.")
    } else {
        format!("Unknown {what_en} “{id}”: “{list}” has no entry with this id.")
    }
}

fn found_name(lang: Lang, found: Found) -> &'static str {
    let de = lang == Lang::De;
    match found {
        Found::Null => pick(de, "null", "null"),
        Found::Bool => pick(de, "true oder false", "true or false"),
        Found::Number => pick(de, "eine Zahl", "a number"),
        Found::String => pick(de, "ein Text in Anführungszeichen", "a string in quotes"),
        Found::List => pick(de, "eine Liste [ … ]", "a list [ … ]"),
        Found::Object => pick(de, "ein Objekt { … }", "an object { … }"),
    }
}

/// What to change, for the mix-ups that happen when a file is written by hand.
fn type_hint(de: bool, expected: Expected, found: Found) -> &'static str {
    match (expected, found) {
        (Expected::Number, Found::String) => pick(
            de,
            " Zahlen ohne Anführungszeichen schreiben: 1, nicht \"1\".",
            " Write numbers without quotes: 1, not \"1\".",
        ),
        (Expected::Score, Found::String) => pick(
            de,
            " Zahlen ohne Anführungszeichen schreiben; „unknown“ klein.",
            " Write numbers without quotes; “unknown” in lower case.",
        ),
        (Expected::String | Expected::Text, Found::Number | Found::Bool) => pick(
            de,
            " Texte in Anführungszeichen schreiben.",
            " Write texts in quotes.",
        ),
        _ => "",
    }
}

fn expected_name(lang: Lang, expected: Expected) -> &'static str {
    let de = lang == Lang::De;
    match expected {
        Expected::Object => pick(de, "ein Objekt { … }", "an object { … }"),
        Expected::List => pick(de, "eine Liste [ … ]", "a list [ … ]"),
        Expected::String => pick(de, "ein Text in Anführungszeichen", "a string in quotes"),
        Expected::Number => pick(de, "eine Zahl", "a number"),
        Expected::Bool => pick(de, "true oder false", "true or false"),
        Expected::Text => pick(
            de,
            "ein Text oder ein Objekt mit einem Text je Sprache",
            "a string, or an object with one string per language",
        ),
        Expected::Score => pick(
            de,
            "eine Zahl von 0 bis 5 oder \"unknown\"",
            "a number 0 to 5 or \"unknown\"",
        ),
    }
}

pub fn url_problem(lang: Lang, problem: UrlProblem) -> String {
    let de = lang == Lang::De;
    let msg = match problem {
        UrlProblem::Empty => pick(de, "Die Adresse ist leer.", "The address is empty."),
        UrlProblem::TooLong => pick(de, "Die Adresse ist zu lang.", "The address is too long."),
        UrlProblem::Whitespace => pick(
            de,
            "Die Adresse enthält Leer- oder Steuerzeichen.",
            "The address contains spaces or control characters.",
        ),
        UrlProblem::NotAscii => pick(
            de,
            "Die Adresse enthält Sonderzeichen; sie müssen %-kodiert sein.",
            "The address contains special characters; they must be %-encoded.",
        ),
        UrlProblem::Scheme => pick(
            de,
            "Nur Adressen mit http:// oder https:// sind erlaubt.",
            "Only addresses starting with http:// or https:// are allowed.",
        ),
        UrlProblem::Host => pick(
            de,
            "Die Adresse hat keinen gültigen Host: nach „//“ muss ein Name wie example.org stehen (Buchstaben, Ziffern, „-“ und Punkte).",
            "The address has no valid host: “//” must be followed by a name such as example.org (letters, digits, “-” and dots).",
        ),
        UrlProblem::Port => pick(
            de,
            "Die Portnummer nach „:“ ist ungültig; erlaubt sind Zahlen von 0 bis 65535 (meist lässt man den Port ganz weg).",
            "The port number after “:” is invalid; use a number from 0 to 65535 (usually the port is left out).",
        ),
        UrlProblem::IpAddress => pick(
            de,
            "Die Adresse nennt eine IP-Adresse, die es nicht geben kann (etwa eine Zahl über 255); bitte den Host prüfen.",
            "The address names an IP address that cannot exist (such as a number over 255); please check the host.",
        ),
        UrlProblem::UnusualHost => pick(
            de,
            "Der Host ist ungewöhnlich geschrieben (%-kodiert oder als IP-Adresse in anderer Form als 1.2.3.4) und verbirgt, wohin der Link führt; bitte in der üblichen Form schreiben.",
            "The host is written in an unusual form (%-encoded, or an IP address in another form than 1.2.3.4) that hides where the link goes; please write it in the usual form.",
        ),
        UrlProblem::Credentials => pick(
            de,
            "Die Adresse enthält „@“ vor dem Host und könnte täuschen.",
            "The address has “@” before the host and could mislead.",
        ),
        UrlProblem::Backslash => pick(
            de,
            "Die Adresse enthält „\\“ und könnte anderswohin führen, als sie aussieht.",
            "The address contains “\\” and could lead elsewhere than it reads.",
        ),
    };
    msg.to_owned()
}

/// One item of the notice about a link or the page's settings.
pub fn link_issue(lang: Lang, issue: &crate::share::LinkIssue) -> String {
    use crate::share::{Field, LinkIssue};
    match (lang, issue) {
        (Lang::De, LinkIssue::TooLong) => "Der Link ist zu lang; er wurde nicht gelesen.".to_owned(),
        (Lang::En, LinkIssue::TooLong) => "The link is too long; it was not read.".to_owned(),
        (Lang::De, LinkIssue::NewerVersion(v)) => format!(
            "Der Link stammt aus einer neueren Version (Format {v}); übernommen ist, was diese Version kennt."
        ),
        (Lang::En, LinkIssue::NewerVersion(v)) => format!(
            "The link comes from a newer version (format {v}); what this version knows is used."
        ),
        (Lang::De, LinkIssue::Unreadable(part)) => format!("Nicht lesbar: „{part}“"),
        (Lang::En, LinkIssue::Unreadable(part)) => format!("Not readable: “{part}”"),
        (Lang::De, LinkIssue::UnknownId { field: Field::Country, id }) => format!(
            "Kein Anbieter dieses Datensatzes wird im Land „{id}“ angeboten; es werden alle Länder gezeigt."
        ),
        (Lang::En, LinkIssue::UnknownId { field: Field::Country, id }) => format!(
            "No provider of this dataset is offered in the country “{id}”; all countries are shown."
        ),
        (Lang::De, LinkIssue::UnknownId { field: Field::TextOnly, .. }) => "Dieser Datensatz nennt keine Anbieter aus einem Unterrichtstext; es werden alle Anbieter gezeigt.".to_owned(),
        (Lang::En, LinkIssue::UnknownId { field: Field::TextOnly, .. }) => "This dataset marks no providers as named in a teaching text; all providers are shown.".to_owned(),
        (_, LinkIssue::UnknownId { field, id }) => {
            // What the field's ids name; fields that hold no ids cannot report one, but the match
            // stays exhaustive so that a new field must say what it names.
            let de = lang == Lang::De;
            let thing = match field {
                Field::Type => pick(de, "Die Anbieterart", "The provider type"),
                Field::Preset => pick(de, "Die Voreinstellung", "The preset"),
                Field::Weights | Field::Minimums => pick(de, "Die Pflicht", "The duty"),
                Field::GroupWeights | Field::Order | Field::Sort => {
                    pick(de, "Die Pflichtgruppe", "The duty group")
                }
                Field::KnockoutsOff => pick(de, "Die Abwertungsregel", "The knock-out rule"),
                Field::Detail | Field::Pair | Field::Compare => pick(de, "Der Anbieter", "The provider"),
                Field::Method
                | Field::Judgements
                | Field::Unknowns
                | Field::AllRows
                | Field::Mode
                | Field::Lang => pick(de, "Der Eintrag", "The entry"),
                Field::Role => pick(de, "Die Rolle", "The role"),
                Field::Country => pick(de, "Das Land", "The country"),
                Field::TextOnly => pick(de, "Der Eintrag", "The entry"),
            };
            match lang {
                Lang::De => format!("{thing} „{id}“ gibt es hier nicht."),
                Lang::En => format!("{thing} “{id}” does not exist here."),
            }
        }
        (_, LinkIssue::Duplicate { field, id }) => {
            let de = lang == Lang::De;
            match lang {
                Lang::De => format!(
                    "„{id}“ steht zweimal im Feld „{}“ des Links; der erste Eintrag gilt.",
                    field_name(de, *field)
                ),
                Lang::En => format!(
                    "“{id}” appears twice in the link's field “{}”; the first entry counts.",
                    field_name(de, *field)
                ),
            }
        }
        (_, LinkIssue::TooMany { field, max, extra }) => {
            let de = lang == Lang::De;
            match lang {
                Lang::De => format!(
                    "Das Feld „{}“ des Links nimmt höchstens {max} Einträge; {extra} weitere wurden nicht übernommen.",
                    field_name(de, *field)
                ),
                Lang::En => format!(
                    "The link's field “{}” takes at most {max} entries; {extra} more were not used.",
                    field_name(de, *field)
                ),
            }
        }
        (Lang::De, LinkIssue::BadSetting { attribute, value }) => {
            format!("Die Einstellung {attribute}=„{value}“ ist unbekannt; es gilt der Standard.")
        }
        (Lang::En, LinkIssue::BadSetting { attribute, value }) => {
            format!("The setting {attribute}=“{value}” is not known; the default applies.")
        }
    }
}

/// What a link field holds, in words (for messages about one of its entries).
fn field_name(de: bool, field: crate::share::Field) -> &'static str {
    use crate::share::Field;
    match field {
        Field::Type => pick(de, "Anbieterart", "provider type"),
        Field::Preset => pick(de, "Voreinstellung", "preset"),
        Field::Weights => pick(de, "Gewichte", "weights"),
        Field::GroupWeights => pick(de, "Gruppengewichte", "group weights"),
        Field::Method => pick(de, "Methode", "method"),
        Field::Order => pick(de, "Reihenfolge", "order"),
        Field::Judgements => pick(de, "Paarvergleich", "pairwise comparison"),
        Field::Unknowns => pick(de, "Unbekannte Werte", "unknown values"),
        Field::KnockoutsOff => pick(de, "Abwertungsregeln", "knock-out rules"),
        Field::Minimums => pick(de, "Mindestwerte", "minimums"),
        Field::Sort => pick(de, "Sortierung", "sort"),
        Field::Detail => pick(de, "Details", "details"),
        Field::Pair => pick(de, "Zwei Anbieter vergleichen", "compare two providers"),
        Field::Compare => pick(de, "Nebeneinander", "side by side"),
        Field::AllRows => pick(de, "Alle Zeilen", "all rows"),
        Field::Lang => pick(de, "Sprache", "language"),
        Field::Mode => pick(de, "Ansicht", "view"),
        Field::Role => pick(de, "Rolle", "role"),
        Field::Country => pick(de, "Land", "country"),
        Field::TextOnly => pick(
            de,
            "Nur Anbieter aus dem Unterrichtstext",
            "only the teaching text's providers",
        ),
    }
}

/// The last item of a list that shows only its first entries: "und 7 weitere".
pub fn and_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::De => format!("und {n} weitere"),
        Lang::En => format!("and {n} more"),
    }
}
/// The dataset did not arrive in time.
pub fn error_timeout(lang: Lang, url: &str, seconds: u32) -> String {
    match lang {
        Lang::De => format!(
            "Der Datensatz ({url}) kam nach {seconds} Sekunden noch nicht an. Die Verbindung ist langsam oder der Server antwortet nicht; bitte erneut versuchen."
        ),
        Lang::En => format!(
            "The dataset ({url}) had not arrived after {seconds} seconds. The connection is slow or the server does not answer; please try again."
        ),
    }
}
