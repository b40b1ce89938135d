//! `check-dataset`: validates dataset files with exactly the checks the widget runs when it loads
//! one, and lists every problem with its place (path through the file and line).
//!
//! ```text
//! cargo run --bin check-dataset -- [--lang de|en] FILE...
//! ```
//!
//! Exit status: 0 if every file is valid, 1 if any is not, 2 for a usage error or a file that
//! cannot be read. Output is plain text, one problem per line, for people and for CI logs.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use provider_compare::dataset::{Dataset, Rating};
    use provider_compare::i18n::problem_message;
    use provider_compare::text::Lang;
    use provider_compare::validate::parse_dataset;

    const USAGE: &str = "usage: check-dataset [--lang de|en] FILE...";

    pub fn run(args: Vec<String>) -> i32 {
        let mut lang = Lang::En;
        let mut files = Vec::new();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "-h" | "--help" => {
                    println!(
                        "{USAGE}\nValidates provider-compare dataset files (see data/README.md)."
                    );
                    return 0;
                }
                "--lang" => match args.next().as_deref().and_then(Lang::from_code) {
                    Some(l) => lang = l,
                    None => {
                        eprintln!("{USAGE}");
                        return 2;
                    }
                },
                _ => files.push(arg),
            }
        }
        if files.is_empty() {
            eprintln!("{USAGE}");
            return 2;
        }
        let mut status = 0;
        for file in &files {
            let text = match std::fs::read(file).map(String::from_utf8) {
                Ok(Ok(text)) => text,
                // Not UTF-8: a problem of the file (the widget could not read it either).
                Ok(Err(e)) => {
                    status = status.max(1);
                    let at = e.utf8_error().valid_up_to();
                    println!("{file}: {}", count(1, lang));
                    match lang {
                        Lang::En => println!("  the file is not UTF-8 text (byte {at})"),
                        Lang::De => println!("  die Datei ist kein UTF-8-Text (Byte {at})"),
                    }
                    continue;
                }
                Err(e) => {
                    eprintln!("{file}: cannot read: {e}");
                    status = 2;
                    continue;
                }
            };
            match parse_dataset(&text) {
                Ok(d) => println!("{file}: {}", summary(&d, lang)),
                Err(problems) => {
                    status = status.max(1);
                    println!("{file}: {}", count(problems.len(), lang));
                    for p in &problems {
                        let line = match (lang, p.line) {
                            (Lang::En, Some(l)) => format!("line {l}: "),
                            (Lang::De, Some(l)) => format!("Zeile {l}: "),
                            (_, None) => String::new(),
                        };
                        let msg = problem_message(lang, &p.kind);
                        if p.path.is_empty() {
                            println!("  {line}{msg}");
                        } else {
                            println!("  {line}{}: {msg}", p.path);
                        }
                    }
                }
            }
        }
        status
    }

    fn count(n: usize, lang: Lang) -> String {
        match (lang, n) {
            (Lang::En, 1) => "invalid, 1 problem".to_owned(),
            (Lang::En, n) => format!("invalid, {n} problems"),
            (Lang::De, 1) => "ungültig, 1 Problem".to_owned(),
            (Lang::De, n) => format!("ungültig, {n} Probleme"),
        }
    }

    fn summary(d: &Dataset, lang: Lang) -> String {
        let cells = d.providers.iter().flat_map(|p| p.ratings.iter());
        let (mut scored, mut unknown, mut na) = (0, 0, 0);
        for r in cells {
            match r {
                Rating::Scored(_) => scored += 1,
                Rating::Unknown { .. } => unknown += 1,
                Rating::NotApplicable => na += 1,
            }
        }
        let (g, c, t, p) = (
            d.groups.len(),
            d.criteria.len(),
            d.types.len(),
            d.providers.len(),
        );
        let (presets, rules) = (d.presets.len(), d.knockouts.len());
        // "1 group", "2 groups": singular and plural for every count.
        let n =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        match lang {
            Lang::En => format!(
                "valid – “{}”, checked {}: {}, {}, {}, {}; {}, {unknown} unknown, {na} not applicable; {}, {}",
                d.title.get(lang),
                d.checked.iso(),
                n(g, "group", "groups"),
                n(c, "criterion", "criteria"),
                n(t, "type", "types"),
                n(p, "provider", "providers"),
                n(scored, "score", "scores"),
                n(presets, "preset", "presets"),
                n(rules, "knock-out rule", "knock-out rules"),
            ),
            Lang::De => format!(
                "gültig – „{}“, Stand {}: {}, {}, {}, {}; {}, {unknown} unbekannt, {na} entfallen; {}, {}",
                d.title.get(lang),
                d.checked.iso(),
                n(g, "Gruppe", "Gruppen"),
                n(c, "Pflicht", "Pflichten"),
                n(t, "Anbieterart", "Anbieterarten"),
                n(p, "Anbieter", "Anbieter"),
                n(scored, "Bewertung", "Bewertungen"),
                n(presets, "Voreinstellung", "Voreinstellungen"),
                n(rules, "Abwertungsregel", "Abwertungsregeln"),
            ),
        }
    }
}
