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
    use provider_compare::i18n;
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
                    println!("{file}: {}", i18n::check_invalid(lang, 1));
                    println!("  {}", i18n::check_not_utf8(lang, at));
                    continue;
                }
                Err(e) => {
                    eprintln!("{file}: cannot read: {e}");
                    status = 2;
                    continue;
                }
            };
            match parse_dataset(&text) {
                Ok(d) => println!("{file}: {}", i18n::check_valid(lang, &d)),
                Err(problems) => {
                    status = status.max(1);
                    println!("{file}: {}", i18n::check_invalid(lang, problems.len()));
                    for p in &problems {
                        println!("  {}", i18n::problem_text(lang, p));
                    }
                }
            }
        }
        status
    }
}
