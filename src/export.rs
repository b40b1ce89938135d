//! Exports of the current ranking with the weights that produced it: CSV for spreadsheets and
//! JSON for programs.
//!
//! CSV follows the reader's language the way spreadsheets expect it: German uses `;` between
//! fields and a decimal comma, English `,` and a decimal point; the file starts with a UTF-8 byte
//! order mark so that spreadsheet programs read umlauts correctly. Fields are quoted as RFC 4180
//! says. A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
//! or carriage return) gets a leading `'`: dataset text is data, never a formula.
//!
//! Invariants: both exports list the providers of one type in ranking order, with the same
//! numbers the table shows; the JSON export is valid JSON (RFC 8259) for any dataset text.

use crate::dataset::{Dataset, Rating};
use crate::i18n::{decimal, export_labels};
use crate::ranking::Ranked;
use crate::scoring::Options;
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
    let mut line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c, sep)).collect();
        out.push_str(&cells.join(&sep.to_string()));
        out.push_str("\r\n");
    };
    line(vec![
        d.title.get(lang).to_owned(),
        d.type_name(input.kind, lang).to_owned(),
        d.checked.iso(),
        format!("#{}", input.link),
    ]);
    let mut head = vec![
        l.rank.to_owned(),
        l.provider.to_owned(),
        l.total.to_owned(),
        l.uncapped.to_owned(),
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

/// The same as JSON: `{ "format": "provider-compare-export", "version": 1, … }`.
pub fn json(input: &ExportInput) -> String {
    let d = input.dataset;
    let lang = input.lang;
    let mut j = Json::default();
    j.open('{');
    j.key("format");
    j.string("provider-compare-export");
    j.key("version");
    j.raw("1");
    j.key("dataset");
    j.open('{');
    j.key("title");
    j.string(d.title.get(lang));
    j.key("checked");
    j.string(&d.checked.iso());
    j.close('}');
    j.key("type");
    j.string(d.types.get(input.kind).map_or("", |t| t.id.as_str()));
    j.key("lang");
    j.string(lang.code());
    j.key("link");
    j.string(&format!("#{}", input.link));
    j.key("options");
    j.open('{');
    j.key("unknown_as_zero");
    j.raw(if input.options.unknown_as_zero {
        "true"
    } else {
        "false"
    });
    j.key("knockouts");
    j.open('[');
    for (k, rule) in d.knockouts.iter().enumerate() {
        j.open('{');
        j.key("id");
        j.string(&rule.id);
        j.key("on");
        j.raw(if input.options.knockout_on(k) {
            "true"
        } else {
            "false"
        });
        j.close('}');
    }
    j.close(']');
    j.key("minimums");
    j.open('{');
    for (c, criterion) in d.criteria.iter().enumerate() {
        let m = input.options.minimum(c);
        if m > 0 {
            j.key(&criterion.id);
            j.raw(&m.to_string());
        }
    }
    j.close('}');
    j.close('}');
    j.key("weights");
    j.open('{');
    j.key("groups");
    j.open('[');
    for (g, group) in d.groups.iter().enumerate() {
        j.open('{');
        j.key("id");
        j.string(&group.id);
        j.key("name");
        j.string(group.name.get(lang));
        j.key("slider");
        j.raw(
            &input
                .weights
                .groups
                .get(g)
                .copied()
                .unwrap_or(0)
                .to_string(),
        );
        j.close('}');
    }
    j.close(']');
    j.key("criteria");
    j.open('[');
    for (c, criterion) in d.criteria.iter().enumerate() {
        if !criterion.applies(input.kind) {
            continue;
        }
        j.open('{');
        j.key("id");
        j.string(&criterion.id);
        j.key("group");
        j.string(d.groups.get(criterion.group).map_or("", |g| g.id.as_str()));
        j.key("name");
        j.string(criterion.name.get(lang));
        j.key("slider");
        j.raw(
            &input
                .weights
                .criteria
                .get(c)
                .copied()
                .unwrap_or(0)
                .to_string(),
        );
        j.key("effective");
        j.number(input.effective.get(c).copied().unwrap_or(0.0), 4);
        j.close('}');
    }
    j.close(']');
    j.close('}');
    j.key("ranking");
    j.open('[');
    for row in input.rows {
        let s = &row.score;
        let Some(p) = d.providers.get(s.provider) else {
            continue;
        };
        j.open('{');
        j.key("rank");
        j.optional(row.rank.map(|r| r as f64), 0);
        j.key("id");
        j.string(&p.id);
        j.key("name");
        j.string(p.name.get(lang));
        j.key("total");
        j.optional(s.total(), 2);
        j.key("total_before_knockouts");
        j.optional(s.raw_total(), 2);
        j.key("coverage");
        j.optional(s.overall.coverage(), 4);
        j.key("groups");
        j.open('{');
        for (g, part) in s.groups.iter().enumerate() {
            if let Some(group) = d.groups.get(g) {
                j.key(&group.id);
                j.optional(part.total(), 2);
            }
        }
        j.close('}');
        j.key("scores");
        j.open('{');
        for (c, criterion) in d.criteria.iter().enumerate() {
            match p.ratings.get(c) {
                Some(Rating::Scored(r)) => {
                    j.key(&criterion.id);
                    j.raw(&r.score.to_string());
                }
                Some(Rating::Unknown { .. }) => {
                    j.key(&criterion.id);
                    j.string("unknown");
                }
                _ => {}
            }
        }
        j.close('}');
        j.key("capped_by");
        j.open('[');
        for rule in s.caps.iter().filter_map(|&k| d.knockouts.get(k)) {
            j.string(&rule.id);
        }
        j.close(']');
        j.key("excluded_for");
        j.open('[');
        for criterion in s.unmet.iter().filter_map(|&c| d.criteria.get(c)) {
            j.string(&criterion.id);
        }
        j.close(']');
        j.close('}');
    }
    j.close(']');
    j.close('}');
    j.out.push('\n');
    j.out
}

/// A minimal JSON writer: commas and escaping are its only jobs.
#[derive(Default)]
struct Json {
    out: String,
    /// Whether the current container already has an entry (a comma goes before the next).
    has_entry: Vec<bool>,
    /// A key was just written; its value needs no comma.
    after_key: bool,
}

impl Json {
    fn entry(&mut self) {
        if self.after_key {
            self.after_key = false;
            return;
        }
        if let Some(has) = self.has_entry.last_mut() {
            if *has {
                self.out.push(',');
            }
            *has = true;
        }
    }

    fn open(&mut self, bracket: char) {
        self.entry();
        self.out.push(bracket);
        self.has_entry.push(false);
    }

    fn close(&mut self, bracket: char) {
        self.has_entry.pop();
        self.out.push(bracket);
    }

    fn key(&mut self, key: &str) {
        self.entry();
        escape_into(&mut self.out, key);
        self.out.push(':');
        self.after_key = true;
    }

    fn string(&mut self, value: &str) {
        self.entry();
        escape_into(&mut self.out, value);
    }

    fn raw(&mut self, value: &str) {
        self.entry();
        self.out.push_str(value);
    }

    /// A finite number with at most `places` decimals, in JSON's notation.
    fn number(&mut self, value: f64, places: usize) {
        let text = decimal(Lang::En, value, places);
        // `decimal` pads the fraction; JSON is happier without needless zeros.
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            text
        };
        self.raw(if text == "-0" { "0" } else { &text });
    }

    fn optional(&mut self, value: Option<f64>, places: usize) {
        match value {
            Some(v) if v.is_finite() => self.number(v, places),
            _ => self.raw("null"),
        }
    }
}

fn escape_into(out: &mut String, s: &str) {
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
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
        let mut s = String::new();
        escape_into(&mut s, "a\"b\\c\nd\u{1}\u{2028}ü");
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\u0001\\u2028ü\"");
    }
}
