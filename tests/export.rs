//! CSV and JSON exports: the numbers the table shows, in a form spreadsheets and programs read
//! correctly, whatever text the dataset holds.

mod common;

use common::{parse, shipped_json, tiny};
use provider_compare::dataset::Dataset;
use provider_compare::export::{csv, json, ExportInput};
use provider_compare::ranking::rank;
use provider_compare::scoring::{score_type, Options};
use provider_compare::text::{Lang, Text};
use provider_compare::validate::parse_dataset;
use provider_compare::weighting::{effective_weights, Weights};
use serde_json::Value;

/// Exports of type `kind` at default weights with `options`.
fn export(d: &Dataset, kind: usize, options: &Options, lang: Lang) -> (String, String) {
    let w = Weights::defaults(d);
    let eff = effective_weights(d, kind, &w.to_real());
    let rows = rank(d, score_type(d, kind, &w.to_real(), options), lang);
    let input = ExportInput {
        dataset: d,
        kind,
        rows: &rows,
        weights: &w,
        effective: &eff,
        options,
        lang,
        link: "1~t.x",
    };
    (csv(&input), json(&input))
}

/// A small RFC 4180 reader for the checks (quotes, doubled quotes, CRLF).
fn read_csv(text: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, c) if c == sep => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn the_csv_holds_the_ranking_then_the_weighting_in_the_readers_format() {
    let d = parse_dataset(&shipped_json()).unwrap();
    let email = d.types.iter().position(|t| t.id == "email").unwrap();
    let (text, _) = export(&d, email, &Options::default(), Lang::De);
    assert!(
        text.starts_with('\u{feff}'),
        "a BOM for spreadsheet programs"
    );
    let rows = read_csv(&text, ';');
    assert_eq!(
        rows[1][..7],
        [
            "Rang",
            "Anbieter",
            "Gesamt",
            "Gesamt ohne Abwertung",
            "Gesamt, ungünstigster Fall",
            "Gesamt, günstigster Fall",
            "Datenbasis %"
        ]
    );
    // Every total lies within its range (worst ≤ total ≤ best, before knock-outs aside).
    let num = |s: &str| s.replace(',', ".").parse::<f64>().ok();
    for r in rows[2..].iter().take_while(|r| r.len() > 6) {
        if let (Some(t), Some(w), Some(b)) = (num(&r[2]), num(&r[4]), num(&r[5])) {
            assert!(w <= t + 0.05 && t <= b + 0.05, "{r:?}");
        }
    }
    // The numbers of the table are the scoring's, with one decimal in the reader's format; a
    // knocked-out provider shows its capped total, the total before, and the rule.
    let w = Weights::defaults(&d);
    let scores = score_type(&d, email, &w.to_real(), &Options::default());
    let ranked = rank(&d, scores, Lang::De);
    let first = &d.providers[ranked[0].score.provider];
    let one = |x: f64| format!("{x:.1}");
    let first_total = one(ranked[0].score.total().unwrap());
    assert_eq!(
        rows[2][..3],
        [
            "1",
            first.name.get(Lang::De),
            first_total.replace('.', ",").as_str()
        ]
    );
    for r in &ranked {
        let Some(&knockout) = r.score.caps.first() else {
            continue;
        };
        let p = &d.providers[r.score.provider];
        let row = rows
            .iter()
            .find(|row| row.get(1).map(String::as_str) == Some(p.name.get(Lang::De)))
            .unwrap();
        assert_eq!(row[2], one(r.score.total().unwrap()).replace('.', ","));
        assert_eq!(row[row.len() - 2], d.knockouts[knockout].id);
    }
    // Every row of the ranking has as many cells as the header.
    for r in &rows[2..5] {
        assert_eq!(r.len(), rows[1].len());
    }
    // After an empty line: the weighting, whose shares add up to 100 % per group rows.
    let start = rows.iter().position(|r| r == &vec![String::new()]).unwrap();
    assert_eq!(rows[start + 1][0], "Gewichtung");
    let group_shares: f64 = rows[start + 2..]
        .iter()
        .filter(|r| r[0] == "Gruppe")
        .map(|r| r[4].replace(',', ".").parse::<f64>().unwrap())
        .sum();
    assert!((group_shares - 100.0).abs() < 0.2, "{group_shares}");

    let (text, _) = export(&d, email, &Options::default(), Lang::En);
    let rows = read_csv(&text, ',');
    assert_eq!(
        rows[2][..3],
        ["1", first.name.get(Lang::En), first_total.as_str()]
    );
}

/// A small cloud fixture with one unknown cell (beta's support), so that the numbers do not
/// move when the shipped dataset is corrected.
fn unknowns_cloud() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/unknowns-cloud.json"
    ))
    .unwrap();
    parse_dataset(&text).unwrap()
}

#[test]
fn the_json_export_matches_the_scoring() {
    let d = unknowns_cloud();
    let cloud = 0;
    let mut options = Options {
        minimums: vec![0; d.criteria.len()],
        ..Options::default()
    };
    let support = d.criteria.iter().position(|c| c.id == "support").unwrap();
    options.minimums[support] = 1;
    let (_, text) = export(&d, cloud, &options, Lang::En);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "provider-compare-export");
    assert_eq!(v["version"], 2);
    assert_eq!(v["options"]["unknowns"], "leave-out");
    assert_eq!(v["type"], "cloud");
    assert_eq!(v["link"], "#1~t.x");
    assert_eq!(v["options"]["minimums"]["support"], 1);
    let ranking = v["ranking"].as_array().unwrap();
    // Beta's support is unknown, so the minimum excludes it: alpha and gamma are ranked.
    assert_eq!(ranking[0]["id"], "alpha");
    assert_eq!(ranking[0]["rank"], 1);
    assert_eq!(ranking[1]["id"], "gamma");
    assert_eq!(ranking[2]["id"], "beta");
    assert_eq!(ranking[2]["rank"], Value::Null);
    assert_eq!(ranking[2]["total"], Value::Null);
    assert_eq!(ranking[2]["excluded_for"][0], "support");
    assert_eq!(ranking[2]["scores"]["support"], "unknown");
    // Its worst case misses the minimum too; its best case (support as 5) meets it.
    assert_eq!(ranking[2]["total_worst"], Value::Null);
    assert!(ranking[2]["total_best"].is_number());
    let w = Weights::defaults(&d);
    let scores = score_type(&d, cloud, &w.to_real(), &options);
    let alpha = scores
        .iter()
        .find(|s| d.providers[s.provider].id == "alpha")
        .unwrap();
    let total = ranking[0]["total"].as_f64().unwrap();
    assert!((total - alpha.total().unwrap()).abs() < 0.005, "{total}");
    let effective: f64 = v["weights"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["effective"].as_f64().unwrap())
        .sum();
    assert!((effective - 1.0).abs() < 1e-3, "{effective}");
}

#[test]
fn hostile_text_stays_data_in_both_formats() {
    let mut v = tiny();
    v["title"] = serde_json::json!("=cmd|' /C calc'!A0");
    v["providers"][1]["name"] = serde_json::json!("+49 30 1234");
    let mut d = parse(&v).unwrap();
    // The validator refuses line breaks in names; the export defends itself all the same.
    d.providers[0].name = Text::neutral("@SUM(1+1);\"x\"\n<script>\u{2028}");
    for lang in [Lang::De, Lang::En] {
        let (csv_text, json_text) = export(&d, 0, &Options::default(), lang);
        let sep = if lang == Lang::De { ';' } else { ',' };
        let rows = read_csv(&csv_text, sep);
        assert_eq!(rows[0][0], "'=cmd|' /C calc'!A0");
        let names: Vec<&str> = rows[2..5].iter().map(|r| r[1].as_str()).collect();
        assert!(
            names.contains(&"'@SUM(1+1);\"x\"\n<script>\u{2028}"),
            "{names:?}"
        );
        assert!(names.contains(&"'+49 30 1234"), "{names:?}");
        let parsed: Value = serde_json::from_str(&json_text).unwrap();
        assert_eq!(
            parsed["dataset"]["title"], "=cmd|' /C calc'!A0",
            "JSON keeps text as it is"
        );
        assert!(
            !json_text.contains('\u{2028}'),
            "escaped for JavaScript readers too"
        );
    }
}
