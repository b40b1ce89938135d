//! `check-dataset`: validates dataset files with exactly the checks the widget runs when it loads
//! one, and lists every problem with its place (path through the file and line).
//!
//! ```text
//! cargo run --bin check-dataset -- [--strict] [--coverage] [--lang de|en] [--format text|json] FILE...
//! ```
//!
//! Exit status: 0 if every file is valid, 1 if any is not (with `--strict`: or has a hygiene
//! warning, see `hygiene`), 2 for a usage error or a file that cannot be read. A valid file's
//! verdict is followed by what its ratings rest on (cells scored, from findings, overrides, low
//! confidence, sources per kind, old and undated sources) and its hygiene warnings; with
//! `--coverage` (text output only, in the `--lang` language), by a table per provider and per
//! type of the duties scored. The default output is plain text, one problem per line, for people and for CI
//! logs. `--format json` writes one JSON document instead, for programs:
//!
//! ```text
//! { "format": "provider-compare-check", "version": 1, "lang": "en", "valid": false,
//!   "files": [ { "file": "x.json", "readable": true, "valid": false, "error": null,
//!     "problems": [ { "path": "providers › [0] (mailer) › website", "line": 53, "column": 18,
//!                     "kind": "bad-url", "message": "Only addresses starting with …" } ],
//!     "summary": null, "warnings": [], "parts": [] } ] }
//! ```
//!
//! For a valid file `summary` is `{ "format_version", "scored", "unknown", "not_applicable",
//! "from_findings", "overrides", "low_confidence", "sources", "sources_by_kind": { "press": 74,
//! … }, "old_sources", "undated_sources" }` and `warnings` lists `{ "path", "kind", "message" }`
//! (`kind` from `hygiene::WarningKind::code`); `"strict"` at the top says whether warnings fail.
//! `summary` also has `"legal": { "references", "hosts" }`: how many legal references the duties'
//! explanations cite, on how many distinct official hosts (the text says "26 legal references to
//! 4 official hosts").
//!
//! The duties' legal references (`hygiene::review_legal`): a link that is not https or not on an
//! official host of the law (`dataset::OFFICIAL_LEGAL_HOSTS`) makes the file invalid (kind
//! `"unofficial-legal-host"`, with its line), although the widget would load it: a teacher's
//! dataset must not cite an unofficial copy as the law. A duty explained without any legal
//! reference is a warning (kind `"explain-without-legal"`).
//!
//! ```text
//! ```
//!
//! `path` is empty for a problem of the whole file; `line` and `column` (1-based, the column in
//! characters) are `null` where the place is not known, never guessed; `kind` is the stable name
//! from `validate::ProblemKind::code`; `message` is in the `--lang` language.
//!
//! Nothing from a file or the command line reaches the terminal raw: every control and direction
//! character in what is printed (text and report alike) is written as `\uXXXX`, so that a
//! dataset cannot move the cursor and overwrite its own verdict in a CI log.
//!
//! A core (a file with `evidence`) is checked together with its complete file, beside it: that
//! file must be valid and complete the core, and the summary and warnings are its. Where the core
//! names parts (`evidence_parts`), each must be there, valid, complete the core for its type and
//! be exactly the complete file with only that type's providers (kind `"part-mismatch"`
//! otherwise); `parts` lists the ids of the types whose parts passed (empty for any other file).
//!
//! A file is read as bytes and checked by `validate::parse_dataset_bytes`, the function the widget
//! runs on the bytes it downloads: the same verdict on an empty file, UTF-16, bytes that are not
//! UTF-8 or an HTML page as on any other fault. A file that cannot be read has `"readable": false` and
//! the reason in `error` (also written to stderr).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use provider_compare::dataset::{Dataset, SourceKind};
    use provider_compare::hygiene::{self, LegalIssue, Warning};
    use provider_compare::i18n;
    use provider_compare::text::{escape_controls, Lang};
    use provider_compare::validate::{decode_text, parse_dataset_bytes, Problem, ProblemKind};
    use serde::Serialize;

    const USAGE: &str =
        "usage: check-dataset [--strict] [--coverage] [--lang de|en] [--format text|json] FILE...";

    #[derive(Clone, Copy, PartialEq)]
    enum Format {
        Text,
        Json,
    }

    /// What checking one file found.
    enum Checked {
        Unreadable(std::io::Error),
        /// Valid, with its hygiene warnings and its legal-reference warnings (found once, for the
        /// status and both reports), and for a core the ids of the types whose parts were checked.
        Valid(Box<Dataset>, Vec<Warning>, Vec<LegalIssue>, Vec<String>),
        Invalid(Vec<Problem>),
    }

    impl Checked {
        fn status(&self, strict: bool) -> i32 {
            match self {
                Checked::Unreadable(_) => 2,
                Checked::Invalid(_) => 1,
                Checked::Valid(_, warnings, legal, _)
                    if strict && (!warnings.is_empty() || !legal.is_empty()) =>
                {
                    1
                }
                Checked::Valid(..) => 0,
            }
        }
    }

    pub fn run(args: Vec<String>) -> i32 {
        let mut lang = Lang::En;
        let mut format = Format::Text;
        let mut strict = false;
        let mut coverage = false;
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
                "--strict" => strict = true,
                "--coverage" => coverage = true,
                "--lang" => match args.next().as_deref().and_then(Lang::from_code) {
                    Some(l) => lang = l,
                    None => {
                        eprintln!("{USAGE}");
                        return 2;
                    }
                },
                "--format" => match args.next().as_deref() {
                    Some("text") => format = Format::Text,
                    Some("json") => format = Format::Json,
                    _ => {
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
        if coverage && format == Format::Json {
            // The table is for people; a program computes it from the file itself.
            eprintln!("{USAGE}\n--coverage writes a table with the text output only.");
            return 2;
        }
        let mut status = 0;
        let mut reports = Vec::new();
        for file in &files {
            let checked = check(file);
            status = status.max(checked.status(strict));
            if let Checked::Unreadable(e) = &checked {
                // On stderr in both formats: stdout stays the report.
                eprintln!(
                    "{}: cannot read: {}",
                    escape_controls(file),
                    escape_controls(&e.to_string())
                );
            }
            match format {
                Format::Text => {
                    print_text(file, &checked, lang);
                    if let (true, Checked::Valid(d, ..)) = (coverage, &checked) {
                        print_coverage(d, lang);
                    }
                }
                Format::Json => reports.push(file_report(file, &checked, lang)),
            }
        }
        if format == Format::Json {
            let report = Report {
                format: "provider-compare-check",
                version: 1,
                lang: lang.code(),
                strict,
                valid: status == 0,
                files: reports,
            };
            match serde_json::to_string_pretty(&report) {
                Ok(text) => println!("{text}"),
                // Cannot happen (every key is a string); said rather than printed half.
                Err(e) => {
                    eprintln!("check-dataset: cannot write the report: {e}");
                    return 2;
                }
            }
        }
        status
    }

    /// A valid dataset with its hygiene warnings, or invalid for a legal reference that does not
    /// link to an official text (located in `bytes`, the file that holds the references).
    fn valid(d: Dataset, bytes: &[u8], prefix: &str) -> Checked {
        let (errors, legal): (Vec<LegalIssue>, Vec<LegalIssue>) = hygiene::review_legal(&d)
            .into_iter()
            .partition(|i| i.kind.is_error());
        if !errors.is_empty() {
            let places = legal_places(bytes, &errors);
            return Checked::Invalid(
                errors
                    .iter()
                    .zip(places)
                    .map(|(issue, place)| Problem {
                        path: format!("{prefix}{}", i18n::legal_issue_path(&d, issue)),
                        line: place.map(|p| p.0),
                        column: place.map(|p| p.1),
                        kind: match &issue.kind {
                            hygiene::LegalIssueKind::UnofficialHost { host } => {
                                ProblemKind::UnofficialLegalHost(host.clone())
                            }
                            hygiene::LegalIssueKind::ExplainWithoutLegal => ProblemKind::Missing,
                        },
                    })
                    .collect(),
            );
        }
        let warnings = hygiene::review(&d);
        Checked::Valid(Box::new(d), warnings, legal, Vec::new())
    }

    /// The line and column of each issue's `url` in the file (`None` where it cannot be found).
    fn legal_places(bytes: &[u8], issues: &[LegalIssue]) -> Vec<Option<(usize, usize)>> {
        let text = decode_text(bytes).ok();
        let root = text.and_then(|t| provider_compare::json::parse(t).ok());
        issues
            .iter()
            .map(|issue| {
                let (text, root) = (text?, root.as_ref()?);
                let url = root
                    .get("criteria")?
                    .value
                    .as_array()?
                    .get(issue.criterion)?
                    .get("explain")?
                    .get("legal")?
                    .value
                    .as_array()?
                    .get(issue.legal?)?
                    .get("url")?;
                Some(provider_compare::json::line_col(text, url.offset))
            })
            .collect()
    }

    fn check(file: &str) -> Checked {
        match std::fs::read(file) {
            Ok(bytes) => match parse_dataset_bytes(&bytes) {
                Ok(d) => match &d.evidence {
                    Some(evidence) => match check_complete(file, &d, evidence) {
                        Checked::Valid(full, warnings, legal, _) => {
                            check_parts(file, &d, *full, warnings, legal)
                        }
                        other => other,
                    },
                    None => valid(d, &bytes, ""),
                },
                Err(problems) => Checked::Invalid(problems),
            },
            Err(e) => Checked::Unreadable(e),
        }
    }

    /// A core is checked with its complete file (`evidence`, beside it): that file must be
    /// valid and complete this core; the summary and the hygiene rules are the complete file's.
    fn check_complete(file: &str, core: &Dataset, evidence: &str) -> Checked {
        let path = std::path::Path::new(file)
            .parent()
            .unwrap_or(std::path::Path::new(""))
            .join(evidence);
        let problem = |path: String, kind| Problem {
            path,
            line: None,
            column: None,
            kind,
        };
        match std::fs::read(&path) {
            Err(e) => Checked::Unreadable(std::io::Error::new(
                e.kind(),
                format!("{}: {e}", path.display()),
            )),
            Ok(bytes) => match parse_dataset_bytes(&bytes) {
                Err(problems) => Checked::Invalid(
                    problems
                        .into_iter()
                        .map(|p| Problem {
                            path: format!("evidence ({evidence}) › {}", p.path),
                            ..p
                        })
                        .collect(),
                ),
                Ok(full) if core.completed_by(&full) => {
                    valid(full, &bytes, &format!("evidence ({evidence}) › "))
                }
                Ok(_) => Checked::Invalid(vec![problem(
                    "evidence".into(),
                    provider_compare::validate::ProblemKind::EvidenceMismatch,
                )]),
            },
        }
    }

    /// The parts of a core (`evidence_parts`, beside it), once its complete file `full` is valid
    /// and completes it: each must be readable, valid, complete the core for its type and be
    /// the complete file with only that type's providers (so that no evidence differs between
    /// the two). A missing part cannot be read, like a missing complete file: the widget would
    /// fail to load it.
    fn check_parts(
        file: &str,
        core: &Dataset,
        full: Dataset,
        warnings: Vec<Warning>,
        legal: Vec<LegalIssue>,
    ) -> Checked {
        let dir = std::path::Path::new(file)
            .parent()
            .unwrap_or(std::path::Path::new(""));
        let mut problems = Vec::new();
        let mut checked = Vec::new();
        for (t, kind) in core.types.iter().enumerate() {
            let Some(part) = core.evidence_part(t) else {
                continue;
            };
            let path = dir.join(part);
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(e) => {
                    return Checked::Unreadable(std::io::Error::new(
                        e.kind(),
                        format!("{}: {e}", path.display()),
                    ))
                }
            };
            let at = format!("evidence_parts › {} ({part})", kind.id);
            match parse_dataset_bytes(&bytes) {
                Err(found) => problems.extend(found.into_iter().map(|p| Problem {
                    path: format!("{at} › {}", p.path),
                    ..p
                })),
                Ok(p) if core.completed_for(t, &p) && p == only_type(&full, t) => {
                    checked.push(kind.id.clone())
                }
                Ok(_) => problems.push(Problem {
                    path: at,
                    line: None,
                    column: None,
                    kind: ProblemKind::PartMismatch,
                }),
            }
        }
        if problems.is_empty() {
            Checked::Valid(Box::new(full), warnings, legal, checked)
        } else {
            Checked::Invalid(problems)
        }
    }

    /// The complete dataset `full` with only the providers of type `t`: what its part must be.
    fn only_type(full: &Dataset, t: usize) -> Dataset {
        Dataset {
            providers: full.providers_of(t).map(|(_, p)| p.clone()).collect(),
            ..full.clone()
        }
    }

    fn print_text(file: &str, checked: &Checked, lang: Lang) {
        match checked {
            Checked::Unreadable(_) => {}
            Checked::Valid(d, warnings, legal, parts) => {
                say(&format!("{file}: {}", i18n::check_valid(lang, d)));
                let summary = hygiene::summarize(d);
                say(&format!("  {}", i18n::check_summary(lang, d, &summary)));
                say(&format!(
                    "  {}",
                    i18n::check_legal(lang, hygiene::count_legal(d))
                ));
                if !parts.is_empty() {
                    say(&format!("  {}", i18n::check_parts(lang, parts)));
                }
                let n = warnings.len() + legal.len();
                if n > 0 {
                    say(&format!("  {}", i18n::check_warnings(lang, n)));
                }
                for w in warnings {
                    say(&format!(
                        "  {}: {}",
                        i18n::warning_path(d, w),
                        i18n::warning_message(lang, d, w)
                    ));
                }
                for issue in legal {
                    say(&format!(
                        "  {}: {}",
                        i18n::legal_issue_path(d, issue),
                        i18n::legal_warning_message(lang, issue)
                    ));
                }
            }
            Checked::Invalid(problems) => {
                say(&format!(
                    "{file}: {}",
                    i18n::check_invalid(lang, problems.len())
                ));
                for p in problems {
                    say(&format!("  {}", i18n::problem_text(lang, p)));
                }
            }
        }
    }

    /// Per provider: type, where it is offered, applicable duties, scored, unknown, low
    /// confidence and the scored share, as a Markdown table (for editors' notes), then the same
    /// per type.
    fn print_coverage(d: &Dataset, lang: Lang) {
        let words = i18n::coverage_words(lang);
        say("");
        say(&format!("| {} |", words.provider_columns.join(" | ")));
        say("|---|---|---|---:|---:|---:|---:|---:|");
        let rows = hygiene::coverage(d);
        let percent = |scored: usize, applicable: usize| {
            if applicable == 0 {
                "–".to_owned()
            } else {
                format!("{:.0} %", 100.0 * scored as f64 / applicable as f64)
            }
        };
        for c in &rows {
            let Some(p) = d.providers.get(c.provider) else {
                continue;
            };
            let kind = d.types.get(p.kind).map_or("", |t| t.id.as_str());
            let mark = if p.named_in_text { words.text_mark } else { "" };
            say(&format!(
                "| {}{mark} | {kind} | {} | {} | {} | {} | {} | {} |",
                p.id,
                p.serves.join(", "),
                c.applicable,
                c.scored,
                c.unknown,
                c.low_confidence,
                percent(c.scored, c.applicable)
            ));
        }
        say("");
        say(&format!("| {} |", words.type_columns.join(" | ")));
        say("|---|---:|---:|---:|---:|---:|---:|");
        for (t, kind) in d.types.iter().enumerate() {
            let of: Vec<&hygiene::ProviderCoverage> = rows
                .iter()
                .filter(|c| d.providers.get(c.provider).is_some_and(|p| p.kind == t))
                .collect();
            let sum =
                |f: fn(&hygiene::ProviderCoverage) -> usize| of.iter().map(|c| f(c)).sum::<usize>();
            let (applicable, scored) = (sum(|c| c.applicable), sum(|c| c.scored));
            say(&format!(
                "| {} | {} | {applicable} | {scored} | {} | {} | {} |",
                kind.id,
                of.len(),
                sum(|c| c.unknown),
                sum(|c| c.low_confidence),
                percent(scored, applicable)
            ));
        }
    }

    /// One line of the text output, with control and direction characters written out.
    fn say(line: &str) {
        use std::io::Write;
        // A closed pipe (`check-dataset … | head`) ends the output quietly instead of panicking.
        let _ = writeln!(std::io::stdout().lock(), "{}", escape_controls(line));
    }

    // The JSON report. Field order is output order; the fields are documented at the top. Its
    // strings are escaped like the text, so that the report read in a terminal is as safe.

    #[derive(Serialize)]
    struct Report {
        format: &'static str,
        version: u32,
        lang: &'static str,
        /// Whether hygiene warnings fail the check.
        strict: bool,
        /// Every file readable and valid, and without warnings under `strict` (exit status 0).
        valid: bool,
        files: Vec<FileReport>,
    }

    #[derive(Serialize)]
    struct FileReport {
        file: String,
        readable: bool,
        valid: bool,
        /// Why the file could not be read; `null` when it could.
        error: Option<String>,
        problems: Vec<ProblemReport>,
        summary: Option<SummaryReport>,
        warnings: Vec<WarningReport>,
        /// For a valid core: the ids of the types whose parts were checked.
        parts: Vec<String>,
    }

    #[derive(Serialize)]
    struct SummaryReport {
        format_version: u32,
        scored: usize,
        unknown: usize,
        not_applicable: usize,
        from_findings: usize,
        overrides: usize,
        low_confidence: usize,
        sources: usize,
        sources_by_kind: std::collections::BTreeMap<&'static str, usize>,
        old_sources: usize,
        undated_sources: usize,
        legal: LegalReport,
    }

    #[derive(Serialize)]
    struct LegalReport {
        references: usize,
        hosts: usize,
    }

    #[derive(Serialize)]
    struct WarningReport {
        path: String,
        kind: &'static str,
        message: String,
    }

    fn summary_report(d: &Dataset) -> SummaryReport {
        let s = hygiene::summarize(d);
        SummaryReport {
            format_version: d.format_version,
            scored: s.scored,
            unknown: s.unknown,
            not_applicable: s.not_applicable,
            from_findings: s.from_findings,
            overrides: s.overrides,
            low_confidence: s.low_confidence,
            sources: s.sources,
            sources_by_kind: SourceKind::ALL
                .iter()
                .zip(s.by_kind)
                .map(|(k, n)| (k.id(), n))
                .collect(),
            old_sources: s.old,
            undated_sources: s.undated,
            legal: {
                let l = hygiene::count_legal(d);
                LegalReport {
                    references: l.references,
                    hosts: l.hosts,
                }
            },
        }
    }

    fn warning_report(d: &Dataset, w: &Warning, lang: Lang) -> WarningReport {
        WarningReport {
            path: escape_controls(&i18n::warning_path(d, w)),
            kind: w.kind.code(),
            message: escape_controls(&i18n::warning_message(lang, d, w)),
        }
    }

    #[derive(Serialize)]
    struct ProblemReport {
        path: String,
        line: Option<usize>,
        column: Option<usize>,
        kind: &'static str,
        message: String,
    }

    fn file_report(file: &str, checked: &Checked, lang: Lang) -> FileReport {
        let problems = match checked {
            Checked::Unreadable(_) | Checked::Valid(..) => Vec::new(),
            Checked::Invalid(problems) => {
                problems.iter().map(|p| problem_report(p, lang)).collect()
            }
        };
        FileReport {
            file: escape_controls(file),
            readable: !matches!(checked, Checked::Unreadable(_)),
            valid: matches!(checked, Checked::Valid(..)),
            error: match checked {
                Checked::Unreadable(e) => Some(escape_controls(&e.to_string())),
                _ => None,
            },
            problems,
            summary: match checked {
                Checked::Valid(d, ..) => Some(summary_report(d)),
                _ => None,
            },
            parts: match checked {
                Checked::Valid(.., parts) => parts.iter().map(|p| escape_controls(p)).collect(),
                _ => Vec::new(),
            },
            warnings: match checked {
                Checked::Valid(d, warnings, legal, _) => warnings
                    .iter()
                    .map(|w| warning_report(d, w, lang))
                    .chain(legal.iter().map(|issue| WarningReport {
                        path: escape_controls(&i18n::legal_issue_path(d, issue)),
                        kind: issue.kind.code(),
                        message: escape_controls(&i18n::legal_warning_message(lang, issue)),
                    }))
                    .collect(),
                _ => Vec::new(),
            },
        }
    }

    fn problem_report(p: &Problem, lang: Lang) -> ProblemReport {
        // A syntax error or a byte that is not UTF-8 concerns the whole file (no path, no line
        // of a value), but its place is known exactly: that is the place to report.
        let (line, column) = match p.kind.place() {
            Some((line, column)) => (Some(line), Some(column)),
            None => (p.line, p.column),
        };
        ProblemReport {
            path: escape_controls(&p.path),
            line,
            column,
            kind: p.kind.code(),
            message: escape_controls(&i18n::problem_message(lang, &p.kind)),
        }
    }
}
