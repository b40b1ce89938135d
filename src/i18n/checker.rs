//! The words of the `check-dataset` command: its verdict per file ("valid – …" with what the
//! dataset holds, "invalid, 2 problems"). Its problems are the validator's, worded in
//! [`super::problems`]; its hygiene warnings and the summary of what the ratings rest on are
//! worded here.
//!
//! Invariant: every count is said with its singular or plural ("1 group", "2 groups"); the
//! numbers are the dataset's own, counted here from the [`Dataset`] the validator returned.

use crate::dataset::{Dataset, Rating, SourceKind};
use crate::hygiene::{
    LegalCount, LegalIssue, LegalIssueKind, Summary, Warning, WarningKind, OLD_AFTER_YEARS,
};
use crate::text::Lang;

/// The verdict on a file the validator rejected: "invalid, 2 problems" / "ungültig, 2 Probleme".
pub fn check_invalid(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "invalid, 1 problem".to_owned(),
        (Lang::En, n) => format!("invalid, {n} problems"),
        (Lang::De, 1) => "ungültig, 1 Problem".to_owned(),
        (Lang::De, n) => format!("ungültig, {n} Probleme"),
    }
}

/// The verdict on a valid file, with what it holds: "valid – “Title”, checked 2026-11-27: 5 groups,
/// 13 criteria, 4 types, 11 providers; 96 scores, 36 unknown, 11 not applicable; 3 presets, …".
pub fn check_valid(lang: Lang, d: &Dataset) -> String {
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
    let n = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
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

/// Where a hygiene warning is, in the validator's path form:
/// `providers[4] (strato) › ratings › sla › sources[0]`.
pub fn warning_path(d: &Dataset, w: &Warning) -> String {
    let mut path = match d.providers.get(w.provider) {
        Some(p) => format!("providers[{}] ({})", w.provider, p.id),
        None => format!("providers[{}]", w.provider),
    };
    match w.criterion {
        Some(c) => {
            if let Some(c) = d.criteria.get(c) {
                path.push_str(" › ratings › ");
                path.push_str(&c.id);
            }
        }
        None if w.source.is_some() || w.kind == WarningKind::LocationUnexplained => {
            path.push_str(" › data_location")
        }
        None => {}
    }
    if let Some(s) = w.source {
        path.push_str(&format!(" › sources[{s}]"));
    }
    path
}

/// A hygiene warning in words (the place is [`warning_path`]).
pub fn warning_message(lang: Lang, d: &Dataset, w: &Warning) -> String {
    let de = lang == Lang::De;
    let check_id = |check: usize| {
        w.criterion
            .and_then(|c| d.criteria.get(c))
            .and_then(|c| c.rubric.as_ref())
            .and_then(|r| r.checks.get(check))
            .map(|c| c.id.clone())
            .unwrap_or_default()
    };
    match &w.kind {
        WarningKind::SourceUndated => if de {
            "Die Quelle hat nur ein Abrufdatum: Veröffentlichungsdatum („date“) nachtragen oder in „undated“ sagen, warum keines bekannt ist."
        } else {
            "The source has only an access date: add its publication date (“date”) or say in “undated” why none is known."
        }
        .to_owned(),
        WarningKind::SourceKindUnclear => if de {
            "Quellenart angeben: provider (Anbieter selbst), authority (Behörde, Gericht), press, third_party oder community."
        } else {
            "Say the source's kind: provider (the provider itself), authority (regulator, court), press, third_party or community."
        }
        .to_owned(),
        WarningKind::WeakExtreme { score } => if de {
            format!("Der Wert {score} ruht nur auf Dritt- oder Forenquellen; 0 und 5 brauchen eine Quelle des Anbieters, einer Behörde oder der Presse.")
        } else {
            format!("The score {score} rests only on third-party or community sources; 0 and 5 need a source from the provider, an authority or the press.")
        },
        WarningKind::ProviderOffSite { host } => if de {
            format!("Als Quelle des Anbieters angegeben, aber „{host}“ gehört nicht zu seinen Domains (Schwestermarke? sonst in „domains“ eintragen).")
        } else {
            format!("Given as the provider's own source, but “{host}” is not one of its domains (a sister brand? otherwise list it in “domains”).")
        },
        WarningKind::SourceReused { duties } => if de {
            format!("Dieselbe Quelle stützt {duties} Pflichten dieses Anbieters; ab der dritten in „reuse“ sagen, warum sie auch hierfür gilt.")
        } else {
            format!("The same source supports {duties} duties of this provider; from the third on, say in “reuse” why it bears on this one too.")
        },
        WarningKind::FindingMissing { check } => {
            let id = check_id(*check);
            if de {
                format!("Kein Befund zur Prüffrage „{id}“: Sie zählt als nicht erfüllt.")
            } else {
                format!("No finding for the check “{id}”: it counts as not met.")
            }
        }
        WarningKind::RatingUnchecked => if de {
            "Die Bewertung sagt nicht, wann und wie sie zuletzt geprüft wurde („checked“)."
        } else {
            "The rating does not say when and how it was last checked (“checked”)."
        }
        .to_owned(),
        WarningKind::PlainScore => if de {
            "Wert von Hand gesetzt, obwohl die Pflicht ein Bewertungsschema hat: Befunde („findings“) angeben."
        } else {
            "A score set by hand although the duty has a rubric: give its findings (“findings”)."
        }
        .to_owned(),
        WarningKind::LocationUnexplained => if de {
            "„data_location“ nennt kein Land und sagt nicht, wonach gesucht wurde: Länder mit Quelle angeben oder in „note“ sagen, was gesucht wurde."
        } else {
            "“data_location” names no country and does not say what was looked for: give the countries with a source, or say in “note” what was searched."
        }
        .to_owned(),
    }
}

/// "2 warnings (check-dataset --strict fails on them)".
pub fn check_warnings(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 warning (--strict fails on it)".to_owned(),
        (Lang::En, n) => format!("{n} warnings (--strict fails on them)"),
        (Lang::De, 1) => "1 Warnung (--strict scheitert daran)".to_owned(),
        (Lang::De, n) => format!("{n} Warnungen (--strict scheitert daran)"),
    }
}

/// What the ratings rest on: "format 2; 120 scores (118 from findings, 2 overrides, 9 low
/// confidence); 250 sources: 120 provider, …; 30 older than 3 years, 40 with only an access date".
pub fn check_summary(lang: Lang, d: &Dataset, s: &Summary) -> String {
    let kinds: Vec<String> = SourceKind::ALL
        .iter()
        .zip(s.by_kind)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {}", k.id()))
        .collect();
    let applicable = s.scored + s.unknown;
    let percent = if applicable == 0 {
        0.0
    } else {
        100.0 * s.scored as f64 / applicable as f64
    };
    let percent = super::numbers::decimal(lang, percent, 1);
    match lang {
        Lang::En => format!(
            "format {}; {} of {applicable} applicable cells scored ({percent} %): {} from findings, {} overrides, {} low confidence; {} sources: {}; {} older than {} years, {} with only an access date",
            d.format_version, s.scored, s.from_findings, s.overrides, s.low_confidence, s.sources,
            kinds.join(", "), s.old, OLD_AFTER_YEARS, s.undated,
        ),
        Lang::De => format!(
            "Format {}; {} von {applicable} zutreffenden Zellen bewertet ({percent} %): {} aus Befunden, {} Abweichungen, {} mit geringer Sicherheit; {} Quellen: {}; {} älter als {} Jahre, {} nur mit Abrufdatum",
            d.format_version, s.scored, s.from_findings, s.overrides, s.low_confidence, s.sources,
            kinds.join(", "), s.old, OLD_AFTER_YEARS, s.undated,
        ),
    }
}

/// Where a legal-reference issue is, in the validator's path form:
/// `criteria › [4] (privacy) › explain › legal › [2] › url`.
pub fn legal_issue_path(d: &Dataset, issue: &LegalIssue) -> String {
    let mut path = match d.criteria.get(issue.criterion) {
        Some(c) => format!("criteria › [{}] ({}) › explain", issue.criterion, c.id),
        None => format!("criteria › [{}] › explain", issue.criterion),
    };
    match issue.legal {
        Some(i) => path.push_str(&format!(" › legal › [{i}] › url")),
        None => path.push_str(" › legal"),
    }
    path
}

/// A legal-reference warning in words (errors are worded as problems).
pub fn legal_warning_message(lang: Lang, issue: &LegalIssue) -> String {
    match (&issue.kind, lang) {
        (LegalIssueKind::ExplainWithoutLegal, Lang::De) => {
            "Die Pflicht wird erklärt, nennt aber keine Rechtsgrundlage („legal“).".to_owned()
        }
        (LegalIssueKind::ExplainWithoutLegal, Lang::En) => {
            "The duty is explained without any legal reference (“legal”).".to_owned()
        }
        (LegalIssueKind::UnofficialHost { host }, Lang::De) => {
            format!("„{host}“ ist keine amtliche Veröffentlichung des Rechts.")
        }
        (LegalIssueKind::UnofficialHost { host }, Lang::En) => {
            format!("“{host}” is not an official publication of the law.")
        }
    }
}

/// "26 legal references to 4 official hosts" / "26 Rechtsvorschriften auf 4 amtlichen Servern".
pub fn check_legal(lang: Lang, count: LegalCount) -> String {
    let LegalCount { references, hosts } = count;
    match lang {
        Lang::En => format!(
            "{references} legal {} to {hosts} official {}",
            if references == 1 {
                "reference"
            } else {
                "references"
            },
            if hosts == 1 { "host" } else { "hosts" },
        ),
        Lang::De => format!(
            "{references} {} auf {hosts} amtlichen {}",
            if references == 1 {
                "Rechtsvorschrift"
            } else {
                "Rechtsvorschriften"
            },
            if hosts == 1 { "Server" } else { "Servern" },
        ),
    }
}

/// The parts of a core's evidence that were checked against it and its complete file: "4 parts
/// of the evidence match the core and the complete file: isp, hosting, cloud, email".
pub fn check_parts(lang: Lang, types: &[String]) -> String {
    let list = types.join(", ");
    match (lang, types.len()) {
        (Lang::En, 1) => {
            format!("1 part of the evidence matches the core and the complete file: {list}")
        }
        (Lang::En, n) => {
            format!("{n} parts of the evidence match the core and the complete file: {list}")
        }
        (Lang::De, 1) => {
            format!("1 Teil der Belege passt zum Kern und zur vollständigen Datei: {list}")
        }
        (Lang::De, n) => {
            format!("{n} Teile der Belege passen zum Kern und zur vollständigen Datei: {list}")
        }
    }
}

/// The words of `check-dataset --coverage`'s tables.
pub struct CoverageWords {
    pub provider_columns: [&'static str; 8],
    pub type_columns: [&'static str; 7],
    /// After the id of a provider the teaching text names.
    pub text_mark: &'static str,
}

pub fn coverage_words(lang: Lang) -> CoverageWords {
    match lang {
        Lang::De => CoverageWords {
            provider_columns: [
                "Anbieter",
                "Art",
                "angeboten in",
                "zutreffend",
                "bewertet",
                "unbekannt",
                "geringe Sicherheit",
                "Anteil bewertet",
            ],
            type_columns: [
                "Art",
                "Anbieter",
                "zutreffend",
                "bewertet",
                "unbekannt",
                "geringe Sicherheit",
                "Anteil bewertet",
            ],
            text_mark: " (Text)",
        },
        Lang::En => CoverageWords {
            provider_columns: [
                "provider",
                "type",
                "offered in",
                "applicable",
                "scored",
                "unknown",
                "low confidence",
                "scored share",
            ],
            type_columns: [
                "type",
                "providers",
                "applicable",
                "scored",
                "unknown",
                "low confidence",
                "scored share",
            ],
            text_mark: " (text)",
        },
    }
}
