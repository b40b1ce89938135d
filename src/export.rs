//! Exports of the current ranking with the weights that produced it: CSV for spreadsheets and
//! JSON for programs.
//!
//! CSV follows the reader's language the way spreadsheets expect it: German uses `;` between
//! fields and a decimal comma, English `,` and a decimal point; the file starts with a UTF-8 byte
//! order mark so that spreadsheet programs read umlauts correctly. Fields are quoted as RFC 4180
//! says. A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
//! or carriage return) gets a leading `'`: dataset text is data, never a formula.
//!
//! JSON is written with serde_json from types that derive `Serialize` (below `json`), whose
//! field order is the output's order. Numbers are rounded as the table rounds them and written
//! without trailing zeros; U+2028 and U+2029 are escaped as well, for JavaScript readers.
//!
//! Invariants: both exports list the providers of one type in ranking order, with the same
//! numbers the table shows; the JSON export is valid JSON (RFC 8259) for any dataset text.

use std::io;

use serde::{Serialize, Serializer};

use crate::dataset::{Dataset, Rating};
use crate::i18n::{decimal, export_labels};
use crate::ranking::Ranked;
use crate::scoring::{Options, Unknowns};
use crate::text::Lang;
use crate::weighting::Weights;

/// What an export describes.
pub struct ExportInput<'a> {
    pub dataset: &'a Dataset,
    pub kind: usize,
    /// In ranking order (as [`crate::ranking::rank`] returns them).
    pub rows: &'a [Ranked],
    pub weights: &'a Weights,
    /// Effective weights (0–1) per criterion.
    pub effective: &'a [f64],
    pub options: &'a Options,
    pub lang: Lang,
    /// The share link of this view (the fragment value), so the export says how to get back.
    pub link: &'a str,
}

/// The ranking, then (after an empty line) the weighting, as CSV.
pub fn csv(input: &ExportInput) -> String {
    let d = input.dataset;
    let lang = input.lang;
    let l = export_labels(lang);
    let sep = match lang {
        Lang::De => ';',
        Lang::En => ',',
    };
    let number =
        |v: Option<f64>, places: usize| v.map(|v| decimal(lang, v, places)).unwrap_or_default();
    let criteria: Vec<usize> = (0..d.criteria.len())
        .filter(|&c| d.criteria.get(c).is_some_and(|c| c.applies(input.kind)))
        .collect();
    let mut out = String::from('\u{feff}');
    let mut line = |cells: Vec<String>| csv_line(&mut out, &cells, sep);
    let mut title = vec![
        d.title.get(lang).to_owned(),
        d.type_name(input.kind, lang).to_owned(),
        d.checked.iso(),
        format!("#{}", input.link),
    ];
    // A filtered ranking says so on its first line: the rows are not the whole type.
    if !input.options.scope.is_all() {
        title.push(crate::i18n::scope::summary(lang, &input.options.scope));
    }
    line(title);
    let mut head = vec![
        l.rank.to_owned(),
        l.provider.to_owned(),
        l.total.to_owned(),
        l.uncapped.to_owned(),
        l.worst.to_owned(),
        l.best.to_owned(),
        l.coverage.to_owned(),
    ];
    head.extend(d.groups.iter().map(|g| g.name.get(lang).to_owned()));
    head.extend(
        criteria
            .iter()
            .filter_map(|&c| d.criteria.get(c))
            .map(|c| c.name.get(lang).to_owned()),
    );
    head.push(l.capped_by.to_owned());
    head.push(l.excluded.to_owned());
    line(head);
    for row in input.rows {
        let s = &row.score;
        let Some(p) = d.providers.get(s.provider) else {
            continue;
        };
        let mut cells = vec![
            row.rank.map(|r| r.to_string()).unwrap_or_default(),
            p.name.get(lang).to_owned(),
            number(s.total(), 1),
            number(s.raw_total(), 1),
            number(s.range.worst, 1),
            number(s.range.best, 1),
            number(s.overall.coverage().map(|c| c * 100.0), 0),
        ];
        cells.extend(s.groups.iter().map(|g| number(g.total(), 1)));
        cells.extend(criteria.iter().map(|&c| match p.ratings.get(c) {
            Some(Rating::Scored(r)) => r.score.to_string(),
            Some(Rating::Unknown { .. }) => l.unknown.to_owned(),
            _ => l.not_applicable.to_owned(),
        }));
        cells.push(
            s.caps
                .iter()
                .filter_map(|&k| d.knockouts.get(k))
                .map(|k| k.id.clone())
                .collect::<Vec<_>>()
                .join(" "),
        );
        cells.push(
            s.unmet
                .iter()
                .filter_map(|&c| d.criteria.get(c))
                .map(|c| c.name.get(lang).to_owned())
                .collect::<Vec<_>>()
                .join(", "),
        );
        line(cells);
    }
    line(Vec::new());
    line(vec![
        l.weight.to_owned(),
        l.group.to_owned(),
        l.criterion.to_owned(),
        l.slider.to_owned(),
        l.share.to_owned(),
    ]);
    for (g, group) in d.groups.iter().enumerate() {
        let share: f64 = d
            .criteria_of(g)
            .map(|(c, _)| input.effective.get(c).copied().unwrap_or(0.0))
            .sum();
        line(vec![
            l.group.to_owned(),
            group.name.get(lang).to_owned(),
            String::new(),
            input
                .weights
                .groups
                .get(g)
                .map(u8::to_string)
                .unwrap_or_default(),
            number(Some(share * 100.0), 1),
        ]);
        for (c, criterion) in d.criteria_of(g) {
            if !criterion.applies(input.kind) {
                continue;
            }
            line(vec![
                l.criterion.to_owned(),
                group.name.get(lang).to_owned(),
                criterion.name.get(lang).to_owned(),
                input
                    .weights
                    .criteria
                    .get(c)
                    .map(u8::to_string)
                    .unwrap_or_default(),
                number(input.effective.get(c).map(|e| e * 100.0), 1),
            ]);
        }
    }
    out
}

/// Appends one CSV line of `cells` to `out`: each cell defused and quoted as needed, joined by
/// `sep`, ended by CRLF (what spreadsheets expect).
fn csv_line(out: &mut String, cells: &[String], sep: char) {
    let cells: Vec<String> = cells.iter().map(|c| csv_cell(c, sep)).collect();
    out.push_str(&cells.join(&sep.to_string()));
    out.push_str("\r\n");
}

/// One CSV field: quoted when it holds the separator, a quote or a line break; defused when a
/// spreadsheet would take it for a formula.
fn csv_cell(value: &str, sep: char) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Decimals of the shares 0–1 (effective weights, coverage) in the JSON export. Three, as the
/// export has always written them (the hand-written writer before serde asked for four, which
/// [`decimal`] caps at three); totals get two.
const SHARE_PLACES: u32 = 3;

/// The format version of the JSON export: 2 added `options.unknowns` (instead of the flag
/// `unknown_as_zero`) and each row's `total_worst` and `total_best`; `options.country` and
/// `options.text_only` (the reader's filter) came later within version 2, as additions.
pub const JSON_VERSION: u32 = 2;

/// The same as JSON: `{ "format": "provider-compare-export", "version": 2, … }`.
pub fn json(input: &ExportInput) -> String {
    let d = input.dataset;
    let lang = input.lang;
    let options = input.options;
    let slider = |weights: &[u8], i: usize| weights.get(i).copied().unwrap_or(0);
    let export = JsonExport {
        format: "provider-compare-export",
        version: JSON_VERSION,
        dataset: JsonDataset {
            title: d.title.get(lang),
            checked: d.checked.iso(),
        },
        kind: d.types.get(input.kind).map_or("", |t| t.id.as_str()),
        lang: lang.code(),
        link: format!("#{}", input.link),
        options: JsonOptions {
            unknowns: match options.unknowns {
                Unknowns::LeaveOut => "leave-out",
                Unknowns::Worst => "worst",
                Unknowns::Best => "best",
            },
            knockouts: d
                .knockouts
                .iter()
                .enumerate()
                .map(|(k, rule)| JsonSwitch {
                    id: &rule.id,
                    on: options.knockout_on(k),
                })
                .collect(),
            minimums: Ordered(
                d.criteria
                    .iter()
                    .enumerate()
                    .map(|(c, criterion)| (criterion.id.as_str(), options.minimum(c)))
                    .filter(|&(_, m)| m > 0)
                    .collect(),
            ),
            country: options.scope.country.as_deref(),
            text_only: options.scope.named_in_text,
        },
        weights: JsonWeights {
            groups: d
                .groups
                .iter()
                .enumerate()
                .map(|(g, group)| JsonGroup {
                    id: &group.id,
                    name: group.name.get(lang),
                    slider: slider(&input.weights.groups, g),
                })
                .collect(),
            criteria: d
                .criteria
                .iter()
                .enumerate()
                .filter(|(_, criterion)| criterion.applies(input.kind))
                .map(|(c, criterion)| JsonCriterion {
                    id: &criterion.id,
                    group: d.groups.get(criterion.group).map_or("", |g| g.id.as_str()),
                    name: criterion.name.get(lang),
                    slider: slider(&input.weights.criteria, c),
                    effective: Fixed::new(
                        input.effective.get(c).copied().unwrap_or(0.0),
                        SHARE_PLACES,
                    ),
                })
                .collect(),
        },
        ranking: input
            .rows
            .iter()
            .filter_map(|row| Some((row, d.providers.get(row.score.provider)?)))
            .map(|(row, p)| {
                let s = &row.score;
                JsonRow {
                    rank: row.rank,
                    id: &p.id,
                    name: p.name.get(lang),
                    total: Fixed::optional(s.total(), 2),
                    total_before_knockouts: Fixed::optional(s.raw_total(), 2),
                    total_worst: Fixed::optional(s.range.worst, 2),
                    total_best: Fixed::optional(s.range.best, 2),
                    coverage: Fixed::optional(s.overall.coverage(), SHARE_PLACES),
                    groups: Ordered(
                        s.groups
                            .iter()
                            .zip(&d.groups)
                            .map(|(part, group)| {
                                (group.id.as_str(), Fixed::optional(part.total(), 2))
                            })
                            .collect(),
                    ),
                    scores: Ordered(
                        d.criteria
                            .iter()
                            .zip(&p.ratings)
                            .filter_map(|(criterion, rating)| {
                                let score = match rating {
                                    Rating::Scored(r) => JsonScore::Score(r.score),
                                    Rating::Unknown { .. } => JsonScore::Unknown,
                                    Rating::NotApplicable => return None,
                                };
                                Some((criterion.id.as_str(), score))
                            })
                            .collect(),
                    ),
                    capped_by: s
                        .caps
                        .iter()
                        .filter_map(|&k| d.knockouts.get(k))
                        .map(|rule| rule.id.as_str())
                        .collect(),
                    excluded_for: s
                        .unmet
                        .iter()
                        .filter_map(|&c| d.criteria.get(c))
                        .map(|criterion| criterion.id.as_str())
                        .collect(),
                }
            })
            .collect(),
    };
    let mut out = to_json(&export);
    out.push('\n');
    out
}

// The JSON export's shape. Field order is output order: programs that read the export (and
// tests/export.rs) see the same fields in the same places as before the switch to serde.

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    version: u32,
    dataset: JsonDataset<'a>,
    #[serde(rename = "type")]
    kind: &'a str,
    lang: &'static str,
    link: String,
    options: JsonOptions<'a>,
    weights: JsonWeights<'a>,
    ranking: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct JsonDataset<'a> {
    title: &'a str,
    checked: String,
}

#[derive(Serialize)]
struct JsonOptions<'a> {
    /// `"leave-out"`, `"worst"` (as 0) or `"best"` (as 5).
    unknowns: &'static str,
    knockouts: Vec<JsonSwitch<'a>>,
    /// Criterion id → minimum score, only for criteria that have one.
    minimums: Ordered<'a, u8>,
    /// The country filter (an ISO code), `null` for every country.
    country: Option<&'a str>,
    /// Only the providers the teaching text names.
    text_only: bool,
}

#[derive(Serialize)]
struct JsonSwitch<'a> {
    id: &'a str,
    on: bool,
}

#[derive(Serialize)]
struct JsonWeights<'a> {
    groups: Vec<JsonGroup<'a>>,
    /// Only the criteria that apply to the exported type.
    criteria: Vec<JsonCriterion<'a>>,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    id: &'a str,
    name: &'a str,
    slider: u8,
}

#[derive(Serialize)]
struct JsonCriterion<'a> {
    id: &'a str,
    group: &'a str,
    name: &'a str,
    slider: u8,
    /// The criterion's share of the whole weighting, 0–1.
    effective: Fixed,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    /// `null` for a provider that is not ranked (excluded, or nothing known).
    rank: Option<usize>,
    id: &'a str,
    name: &'a str,
    total: Option<Fixed>,
    total_before_knockouts: Option<Fixed>,
    /// The total with every unknown score as 0, and as 5 (equal to `total` without unknowns).
    total_worst: Option<Fixed>,
    total_best: Option<Fixed>,
    coverage: Option<Fixed>,
    /// Group id → sub-total.
    groups: Ordered<'a, Option<Fixed>>,
    /// Criterion id → score or `"unknown"`; criteria that do not apply are left out.
    scores: Ordered<'a, JsonScore>,
    capped_by: Vec<&'a str>,
    excluded_for: Vec<&'a str>,
}

/// A score cell: the number, or the word `"unknown"` (the dataset's own spelling, in every
/// language).
enum JsonScore {
    Score(u8),
    Unknown,
}

impl Serialize for JsonScore {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            JsonScore::Score(v) => s.serialize_u8(*v),
            JsonScore::Unknown => s.serialize_str("unknown"),
        }
    }
}

/// A JSON object keyed by dataset ids, in the dataset's order. (A `BTreeMap` would sort the keys
/// and a `HashMap` shuffle them; the ids are unique, which the validator guarantees.)
struct Ordered<'a, V>(Vec<(&'a str, V)>);

impl<V: Serialize> Serialize for Ordered<'_, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// A number rounded to a fixed count of decimals and written as short as it reads: `40`, `78.7`,
/// `0.125` – the numbers the table shows, not `78.69999999999999`.
#[derive(Clone, Copy)]
struct Fixed {
    /// The value times 10^places, rounded half away from zero (as [`decimal`] rounds).
    scaled: i64,
    places: u32,
}

impl Fixed {
    /// A value that is not finite counts as 0, as [`decimal`] shows it.
    fn new(value: f64, places: u32) -> Fixed {
        let value = if value.is_finite() { value } else { 0.0 };
        let scaled = (value * 10_f64.powi(places as i32)).round() as i64;
        Fixed { scaled, places }
    }

    /// `None` (JSON `null`) for no value, and for a value that is not finite.
    fn optional(value: Option<f64>, places: u32) -> Option<Fixed> {
        value
            .filter(|v| v.is_finite())
            .map(|v| Fixed::new(v, places))
    }
}

impl Serialize for Fixed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let scale = 10_i64.pow(self.places);
        if self.scaled % scale == 0 {
            // Whole numbers as integers: `40`, not `40.0`.
            s.serialize_i64(self.scaled / scale)
        } else {
            // The quotient of two exact integers is the double nearest the decimal, and the
            // shortest text that reads back as that double is the decimal itself.
            s.serialize_f64(self.scaled as f64 / scale as f64)
        }
    }
}

/// Compact JSON as serde_json writes it, with U+2028 and U+2029 escaped too: JSON allows them
/// raw, but older JavaScript ends a line there, so an export pasted into a script would break.
fn to_json<T: Serialize>(value: &T) -> String {
    let mut ser = serde_json::Serializer::with_formatter(Vec::new(), ScriptSafe);
    // Neither can fail: a Vec takes every write, every map key here is a string, and serde_json
    // writes only UTF-8. The empty string is a fallback, not a path.
    if value.serialize(&mut ser).is_err() {
        return String::new();
    }
    String::from_utf8(ser.into_inner()).unwrap_or_default()
}

struct ScriptSafe;

impl serde_json::ser::Formatter for ScriptSafe {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            let escape: &[u8] = match c {
                '\u{2028}' => b"\\u2028",
                '\u{2029}' => b"\\u2029",
                _ => continue,
            };
            writer.write_all(fragment.get(start..i).unwrap_or_default().as_bytes())?;
            writer.write_all(escape)?;
            start = i + c.len_utf8();
        }
        writer.write_all(fragment.get(start..).unwrap_or_default().as_bytes())
    }

    /// Every float this export writes is a [`Fixed`] with at most three decimals, so the widget's
    /// own [`decimal`] writes it exactly (trailing zeros dropped: `78.7`, `0.125`). This keeps
    /// serde_json's general float printer (ryu) out of the WebAssembly bundle.
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        let text = decimal(Lang::En, value, 3);
        let text = match text.contains('.') {
            true => text.trim_end_matches('0').trim_end_matches('.'),
            false => &text,
        };
        writer.write_all(text.as_bytes())
    }
}

/// The teacher's group view ([`crate::classroom`]) as CSV, in the same conventions as [`csv`]:
/// the pupils (line, first place, each duty's share in %), then the class (per duty: mean %,
/// standard deviation in percentage points, place in the disagreement order), the class ranking,
/// the agreement figures, and the skipped lines with their reasons.
pub fn class_csv(d: &Dataset, class: &crate::classroom::ClassView, lang: Lang) -> String {
    use crate::i18n::classroom::{class_export_labels, skip_reason};
    let l = class_export_labels(lang);
    let sep = match lang {
        Lang::De => ';',
        Lang::En => ',',
    };
    let pct = |share: f64| decimal(lang, share * 100.0, 1);
    let provider = |p: usize| d.provider_name(p, lang).to_owned();
    let duty = |c: usize| d.criterion_name(c, lang).to_owned();
    let mut out = String::from('\u{feff}');
    let mut line = |cells: Vec<String>| csv_line(&mut out, &cells, sep);
    let mut title = vec![
        d.title.get(lang).to_owned(),
        d.type_name(class.kind, lang).to_owned(),
        d.checked.iso(),
    ];
    // The class ranking below is of the providers most pupils looked at: said where filtered.
    if !class.options.scope.is_all() {
        title.push(crate::i18n::scope::summary(lang, &class.options.scope));
    }
    line(title);
    let mut head = vec![l.line.to_owned(), l.leader.to_owned()];
    head.extend(class.duties.iter().map(|&c| format!("{} %", duty(c))));
    line(head);
    for p in &class.pupils {
        let leaders: Vec<String> = p.leaders.iter().map(|&q| provider(q)).collect();
        let mut row = vec![p.line.to_string(), leaders.join(" / ")];
        row.extend(
            class
                .duties
                .iter()
                .map(|&c| pct(p.weights.get(c).copied().unwrap_or(0.0))),
        );
        line(row);
    }
    line(Vec::new());
    line(vec![
        l.duty.to_owned(),
        l.mean.to_owned(),
        l.sd.to_owned(),
        l.disagreement_rank.to_owned(),
    ]);
    for &c in &class.duties {
        let place = class.disagreement.iter().position(|&(x, _)| x == c);
        let sd = class
            .disagreement
            .iter()
            .find(|&&(x, _)| x == c)
            .map_or(0.0, |&(_, sd)| sd);
        line(vec![
            duty(c),
            pct(class.mean.get(c).copied().unwrap_or(0.0)),
            decimal(lang, sd * 100.0, 1),
            place.map(|i| (i + 1).to_string()).unwrap_or_default(),
        ]);
    }
    line(Vec::new());
    line(vec![
        l.rank.to_owned(),
        l.provider.to_owned(),
        l.total.to_owned(),
        l.first_place.to_owned(),
    ]);
    for r in &class.ranking {
        let p = r.score.provider;
        let first = class
            .leaders
            .iter()
            .find(|&&(q, _)| q == p)
            .map_or(0, |&(_, n)| n);
        line(vec![
            r.rank.map(|x| x.to_string()).unwrap_or_default(),
            provider(p),
            r.score
                .total()
                .map(|t| decimal(lang, t, 1))
                .unwrap_or_default(),
            first.to_string(),
        ]);
    }
    line(Vec::new());
    line(vec![l.pupils.to_owned(), class.pupils.len().to_string()]);
    line(vec![
        l.kendall.to_owned(),
        class
            .agreement
            .map(|w| decimal(lang, w, 3))
            .unwrap_or_default(),
    ]);
    if !class.skipped.is_empty() {
        line(Vec::new());
        line(vec![l.skipped.to_owned(), l.reason.to_owned()]);
        for s in &class.skipped {
            let kind = match s.reason {
                crate::classroom::SkipReason::OtherType(k) => d.type_name(k, lang).to_owned(),
                _ => String::new(),
            };
            line(vec![
                s.line.to_string(),
                skip_reason(lang, &s.reason, &kind),
            ]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("A1", ';'), "A1");
        assert_eq!(csv_cell("a;b", ';'), "\"a;b\"");
        assert_eq!(csv_cell("a,b", ';'), "a,b");
        assert_eq!(csv_cell("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(
            csv_cell("=HYPERLINK(\"x\")", ','),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(csv_cell("-1", ';'), "'-1");
        assert_eq!(csv_cell("two\nlines", ';'), "\"two\nlines\"");
    }

    #[test]
    fn json_strings_are_escaped() {
        let s = to_json(&"a\"b\\c\nd\u{1}\u{2028}ü");
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\u0001\\u2028ü\"");
    }
}
