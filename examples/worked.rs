//! A worked example on the shipped dataset, for the classroom and for checking the maths by hand:
//! effective weights, totals, knock-outs, the leader's safe ranges and the smallest flips.
//!
//! `cargo run --example worked [isp|hosting|cloud|email] [preset id]`

use provider_compare::i18n;
use provider_compare::ranking::rank;
use provider_compare::scoring::{score_type, Options};
use provider_compare::sensitivity::{leader_interval, pair_verdict, params, stability};
use provider_compare::text::Lang;
use provider_compare::validate::parse_dataset;
use provider_compare::weighting::{effective_weights, Weights};

fn main() {
    let kind_id = std::env::args().nth(1).unwrap_or_else(|| "isp".to_owned());
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/providers.json"))
        .expect("data/providers.json");
    let d = match parse_dataset(&text) {
        Ok(d) => d,
        Err(p) => {
            eprintln!("dataset invalid: {}", p[0]);
            std::process::exit(1);
        }
    };
    let Some(kind) = d.types.iter().position(|t| t.id == kind_id) else {
        eprintln!("unknown type {kind_id}");
        std::process::exit(2);
    };
    let preset = std::env::args().nth(2);
    let (w, weighting) = match preset.as_deref() {
        None => (Weights::defaults(&d), "default weights".to_owned()),
        Some(id) => {
            let Some(p) = d.presets.iter().find(|p| p.id == id) else {
                eprintln!("unknown preset {id}");
                std::process::exit(2);
            };
            let w = Weights {
                criteria: p.weights.clone(),
                groups: p.group_weights.clone(),
            };
            (w, format!("preset “{}”", p.name.get(Lang::De)))
        }
    };
    let o = Options::default();
    println!(
        "Type: {} — {weighting}, knock-outs on\n",
        d.types[kind].name.get(Lang::De)
    );
    println!("Group weights:");
    for (g, group) in d.groups.iter().enumerate() {
        println!("  {:<32} {:>2}", group.name.get(Lang::De), w.groups[g]);
    }
    println!("\nEffective weights (group share × share within group):");
    let eff = effective_weights(&d, kind, &w.to_real());
    for (c, criterion) in d.criteria.iter().enumerate() {
        if criterion.applies(kind) {
            println!(
                "  {:<55} slider {:>2}  → {:>5.1} %",
                criterion.name.get(Lang::De),
                w.criteria[c],
                eff[c] * 100.0
            );
        }
    }
    println!("\nRanking:");
    let ranked = rank(&d, score_type(&d, kind, &w.to_real(), &o), Lang::De);
    for r in &ranked {
        let s = &r.score;
        let rank = r.rank.map_or("–".to_owned(), |r| r.to_string());
        let cap = if s.capped() {
            format!(
                " (capped from {:.1} by a knock-out)",
                s.raw_total().unwrap_or(0.0)
            )
        } else {
            String::new()
        };
        println!(
            "  {rank:>2}. {:<22} {:>5.1}{cap}   coverage {:>3.0} %",
            d.providers[s.provider].name.get(Lang::De),
            s.total().unwrap_or(f64::NAN),
            s.overall.coverage().unwrap_or(0.0) * 100.0
        );
    }
    let Some(st) = stability(&d, kind, &w, &o) else {
        return;
    };
    let leader = st.leader;
    println!(
        "\nWhere {} stays first as one weight moves (all others fixed):",
        d.providers[leader].name.get(Lang::De)
    );
    let mut any = false;
    for p in params(&d, kind) {
        if let Some(i) = leader_interval(&d, kind, &w, &o, leader, p) {
            if i.lo > 0.0 || i.hi < 10.0 {
                any = true;
                println!(
                    "  {:<55} {:>6.3} – {:>6.3}",
                    i18n::param_label(Lang::De, &d, p),
                    i.lo,
                    i.hi
                );
            }
        }
    }
    if !any {
        println!("  every weight, over the whole range 0–10");
    }
    // The sentences exactly as the widget shows them.
    println!();
    for lang in [Lang::De, Lang::En] {
        let flip = st.closest.map(|(f, who)| {
            (
                i18n::param_label(lang, &d, f.param),
                f.threshold,
                f.upward,
                d.providers[who].name.get(lang).to_owned(),
            )
        });
        println!(
            "  {}",
            i18n::stability_sentence(
                lang,
                st.close(),
                flip.as_ref()
                    .map(|(what, t, up, who)| (what.as_str(), *t, *up, who.as_str())),
                None
            )
        );
    }
    if let Some((f, _)) = st.closest {
        println!(
            "  (threshold {:.6}, {} from the current {})",
            f.threshold,
            if f.upward { "above" } else { "below" },
            f.from
        );
    }
    if let [first, second, ..] = ranked.as_slice() {
        let (a, b) = (first.score.provider, second.score.provider);
        let verdict = pair_verdict(&d, kind, &w, &o, a, b);
        println!("\nThe first two:");
        for lang in [Lang::De, Lang::En] {
            let sentence = i18n::pair_sentence(lang, &d, &verdict, a, b);
            println!("  {sentence}");
        }
    }
}
