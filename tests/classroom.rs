//! The teacher's group view (`classroom`): a hand-computed class of three pupils and four duties,
//! the reasons lines are skipped and the CSV (the properties of Kendall's W are in
//! `tests/properties/classroom.rs`).

use std::rc::Rc;

mod common;

use provider_compare::classroom::{evaluate, SkipReason};
use provider_compare::dataset::SharedDataset;
use provider_compare::export::class_csv;
use provider_compare::share::Field;
use provider_compare::text::Lang;
use serde_json::json;

/// One group, four duties a–d (all default 5, all for `mail`), two mail providers and one ISP:
/// X is strong in a and b, Y in c and d.
fn class_dataset() -> SharedDataset {
    let src = json!([{ "url": "https://s.example/1", "title": "Quelle", "date": "2025-01-02" }]);
    let rating =
        |score: u8| json!({ "score": score, "why": { "de": "so", "en": "so" }, "sources": src });
    let duty = |id: &str| {
        json!({ "id": id, "group": "g", "name": { "de": id.to_uppercase(), "en": id.to_uppercase() },
                "description": { "de": "d", "en": "d" }, "applies_to": ["isp", "mail"], "default_weight": 5 })
    };
    let v = json!({
        "format_version": 1,
        "title": { "de": "Klasse", "en": "Class" },
        "checked": "2026-12-01",
        "languages": ["de", "en"],
        "groups": [ { "id": "g", "name": { "de": "Gruppe", "en": "Group" } } ],
        "types": [
            { "id": "isp", "name": { "de": "Zugang", "en": "Access" } },
            { "id": "mail", "name": { "de": "E-Mail", "en": "E-mail" } }
        ],
        "criteria": [duty("a"), duty("b"), duty("c"), duty("d")],
        "providers": [
            { "id": "x", "name": "Xmail", "type": "mail", "website": "https://x.example/",
              "ratings": { "a": rating(5), "b": rating(5), "c": rating(0), "d": rating(0) } },
            { "id": "y", "name": "Ymail", "type": "mail", "website": "https://y.example/",
              "ratings": { "a": rating(0), "b": rating(0), "c": rating(5), "d": rating(5) } },
            { "id": "z", "name": "Znet", "type": "isp", "website": "https://z.example/",
              "ratings": { "a": rating(3), "b": rating(3), "c": rating(3), "d": rating(3) } }
        ]
    });
    SharedDataset(Rc::new(common::parse(&v).unwrap()))
}

const P1: &str = "https://example.org/vergleich/index.html#pc=1~t.mail~w.a:4,b:3,c:2,d:1~l.de";
const P2: &str = "https://example.org/blog/post.html#top&pc2=1~t.mail~w.a:4,b:2,c:3,d:1";
const P3: &str = "pc=1~t.mail~w.a:2,b:2,c:4,d:2~u.1";

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_class_of_three_by_hand() {
    let d = class_dataset();
    let text = format!("{P1}\n\n   \n{P2}\n{P3}\n");
    let class = evaluate(&d, None, &text, Lang::De);
    assert_eq!(class.kind, 1, "most links are for mail");
    assert!(!class.picked);
    assert!(class.skipped.is_empty(), "{:?}", class.skipped);
    let lines: Vec<usize> = class.pupils.iter().map(|p| p.line).collect();
    assert_eq!(
        lines,
        vec![1, 4, 5],
        "empty lines are ignored, numbers kept"
    );

    // One group, so each share is w_c / Σ w:
    //   P1: 4,3,2,1 → .4 .3 .2 .1    P2: 4,2,3,1 → .4 .2 .3 .1    P3: 2,2,4,2 → .2 .2 .4 .2
    let shares = [
        [0.4, 0.3, 0.2, 0.1],
        [0.4, 0.2, 0.3, 0.1],
        [0.2, 0.2, 0.4, 0.2],
    ];
    for (p, want) in class.pupils.iter().zip(shares) {
        for (got, want) in p.weights.iter().zip(want) {
            assert!(close(*got, want), "{got} vs {want}");
        }
    }
    // Mean: a = 1.0/3, b = 0.7/3, c = 0.9/3 = 0.3, d = 0.4/3; they sum to 1.
    let mean = [1.0 / 3.0, 0.7 / 3.0, 0.3, 0.4 / 3.0];
    for (got, want) in class.mean.iter().zip(mean) {
        assert!(close(*got, want), "{got} vs {want}");
    }
    assert!(close(class.mean.iter().sum(), 1.0));

    // Leaders: X scores a+b, Y c+d (5 = 100 points). P1: X 70, Y 30; P2: X 60, Y 40;
    // P3: X 40, Y 60. So X is first for 2 of 3, Y for 1.
    let x = 0;
    let y = 1;
    assert_eq!(class.pupils[0].leaders, vec![x]);
    assert_eq!(class.pupils[1].leaders, vec![x]);
    assert_eq!(class.pupils[2].leaders, vec![y]);
    assert_eq!(class.leaders, vec![(x, 2), (y, 1)]);
    assert_eq!(class.top_leader(), Some((x, 2, 3)));
    assert!(close(class.top_leader_share().unwrap(), 2.0 / 3.0));
    // The class ranking under the mean: X = (1.0 + 0.7)/3 · 100 = 56.67, Y = 43.33.
    let ranking: Vec<(usize, f64)> = class
        .ranking
        .iter()
        .map(|r| (r.score.provider, r.score.total().unwrap()))
        .collect();
    assert_eq!(ranking.len(), 2);
    assert_eq!(ranking[0].0, x);
    assert!((ranking[0].1 - 170.0 / 3.0).abs() < 1e-6, "{ranking:?}");
    assert!((ranking[1].1 - 130.0 / 3.0).abs() < 1e-6, "{ranking:?}");
    // The class counts unknowns as most pupils do (two leave them out).
    assert_eq!(class.options.unknowns, Default::default());

    // Kendall's W, m = 3 pupils, n = 4 duties, rank 1 = largest weight:
    //   P1 ranks a..d: 1 2 3 4          T1 = 0
    //   P2 ranks a..d: 1 3 2 4          T2 = 0
    //   P3 ranks a..d: 3 3 1 3 (a, b, d tie for places 2–4: average 3)   T3 = 3³ − 3 = 24
    //   R = (5, 8, 6, 11), R̄ = m(n+1)/2 = 7.5
    //   S = 2.5² + 0.5² + 1.5² + 3.5² = 6.25 + 0.25 + 2.25 + 12.25 = 21
    //   W = 12 · 21 / (3² · (4³ − 4) − 3 · 24) = 252 / (540 − 72) = 252 / 468 = 7/13 ≈ 0.538
    assert!(
        close(class.agreement.unwrap(), 7.0 / 13.0),
        "{:?}",
        class.agreement
    );

    // Disagreement (population SD of the shares):
    //   a: .4 .4 .2, mean 1/3 → Σ dev² = 2·(1/15)² + (2/15)² = 6/225 → SD = √(2/225) ≈ 0.0943
    //   b: .3 .2 .2 → SD = √(0.02/3 · 1/3)… = √(1/450) ≈ 0.0471
    //   c: .2 .3 .4 → Σ dev² = 0.02 → SD = √(0.02/3) ≈ 0.0816
    //   d: .1 .1 .2 → same spread as b ≈ 0.0471
    //   order: a, c, then b and d tie (dataset order).
    let order: Vec<usize> = class.disagreement.iter().map(|&(c, _)| c).collect();
    assert_eq!(order, vec![0, 2, 1, 3]);
    let sd: Vec<f64> = class.disagreement.iter().map(|&(_, s)| s).collect();
    assert!(close(sd[0], (2.0_f64 / 225.0).sqrt()));
    assert!(close(sd[1], (0.02_f64 / 3.0).sqrt()));
    assert!(close(sd[2], (1.0_f64 / 450.0).sqrt()));
    assert!(close(sd[3], (1.0_f64 / 450.0).sqrt()));

    assert_eq!(class.pupils[2].top(3), vec![2, 0, 1]);
}

#[test]
fn bad_lines_are_skipped_with_their_reason() {
    let d = class_dataset();
    let text = [
        P1,
        "Hallo, hier ist mein Link!",                    // 2: no link
        "https://example.org/#pc=1~t.mail~w.a:4,b:zz",   // 3: garbled
        "https://example.org/#pc=1~t.email~w.privacy:9", // 4: another dataset (type)
        "https://example.org/#pc=1~t.mail~w.network:9",  // 5: another dataset (duty)
        "https://example.org/#pc=1~t.isp~w.a:9",         // 6: another type
        "https://example.org/#pc=1~t.mail~w.a:0,b:0,c:0,d:0", // 7: nothing weighted
        "https://example.org/#pc=7~t.mail",              // 8: newer version
        P2,
        "",
    ]
    .join("\n");
    let class = evaluate(&d, None, &text, Lang::De);
    assert_eq!(class.pupils.len(), 2);
    let reasons: Vec<(usize, SkipReason)> = class
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (2, SkipReason::NotALink),
            (3, SkipReason::Garbled("w.a:4,b:zz".to_owned())),
            (
                4,
                SkipReason::OtherDataset {
                    field: Field::Type,
                    id: "email".to_owned()
                }
            ),
            (
                5,
                SkipReason::OtherDataset {
                    field: Field::Weights,
                    id: "network".to_owned()
                }
            ),
            (6, SkipReason::OtherType(0)),
            (7, SkipReason::NoWeights),
            (8, SkipReason::NewerVersion(7)),
        ]
    );
    // The teacher may pick the type: then the mail links are the other type.
    let isp = evaluate(&d, Some(0), &text, Lang::De);
    assert!(isp.picked);
    assert_eq!(
        isp.pupils.iter().map(|p| p.line).collect::<Vec<_>>(),
        vec![6]
    );
    assert_eq!(isp.agreement, None, "one pupil: W is undefined");
}

#[test]
fn nothing_pasted_gives_an_empty_class() {
    let d = class_dataset();
    let class = evaluate(&d, None, "\n  \n", Lang::En);
    assert!(class.pupils.is_empty() && class.skipped.is_empty());
    assert!(class.ranking.is_empty());
    assert_eq!(class.agreement, None);
    assert!(class.leaders.is_empty());
    assert_eq!(class.top_leader(), None);
    // The starting type of the widget (the first with providers: isp).
    assert_eq!(class.kind, 0);
}

#[test]
fn the_shipped_dataset_reads_links_the_widget_writes() {
    let d = common::shipped_shared();
    let state = common::load(None, Vec::new());
    let link = provider_compare::share::encode(&state.shared_view().unwrap());
    let class = evaluate(&d, None, &format!("https://x.example/#pc={link}"), Lang::De);
    assert_eq!(class.pupils.len(), 1, "{:?}", class.skipped);
    assert_eq!(class.kind, state.kind);
    assert_eq!(class.pupils[0].leaders, state.leaders);
}

#[test]
fn the_csv_has_the_pupils_the_class_and_the_skipped_lines() {
    let d = class_dataset();
    let text = format!("{P1}\n{P2}\n{P3}\nkaputt");
    let class = evaluate(&d, None, &text, Lang::De);
    let csv = class_csv(&d, &class, Lang::De);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "Klasse;E-Mail;2026-12-01");
    assert_eq!(lines[1], "Zeile;Platz 1;A %;B %;C %;D %");
    assert_eq!(lines[2], "1;Xmail;40,0;30,0;20,0;10,0");
    assert_eq!(lines[4], "3;Ymail;20,0;20,0;40,0;20,0");
    assert_eq!(lines[5], "");
    assert_eq!(
        lines[6],
        "Pflicht;Klassenmittel %;Standardabweichung (Prozentpunkte);Uneinigkeit (Platz)"
    );
    assert_eq!(lines[7], "A;33,3;9,4;1");
    assert_eq!(lines[9], "C;30,0;8,2;2");
    assert_eq!(lines[12], "Rang;Anbieter;Gesamt;auf Platz 1 bei");
    assert_eq!(lines[13], "1;Xmail;56,7;2");
    assert_eq!(lines[14], "2;Ymail;43,3;1");
    assert_eq!(lines[16], "Links ausgewertet;3");
    assert_eq!(lines[17], "Kendalls W;0,538");
    assert_eq!(lines[19], "Übergangene Zeile;Grund");
    assert!(lines[20].starts_with("4;Kein Link"), "{}", lines[20]);
    let en = class_csv(&d, &class, Lang::En);
    assert!(en.contains("\r\nKendall's W,0.538\r\n"), "{en}");
}

#[test]
fn a_paste_longer_than_a_class_is_read_as_far_as_the_limit() {
    let d = class_dataset();
    let max = provider_compare::classroom::MAX_PUPILS;
    let text = vec![P1; max + 2].join("\n");
    let class = evaluate(&d, None, &text, Lang::De);
    assert_eq!(class.pupils.len(), max);
    let skipped: Vec<(usize, SkipReason)> = class
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.clone()))
        .collect();
    assert_eq!(
        skipped,
        vec![
            (max + 1, SkipReason::TooMany),
            (max + 2, SkipReason::TooMany)
        ]
    );
}
