//! A worked example on the shipped dataset, for the classroom and for checking the maths by hand:
//! effective weights, totals, knock-outs, the leader's safe ranges and the smallest flips.
//!
//! `cargo run --example worked [isp|hosting|cloud|email]`

use provider_compare::dataset::Dataset;
use provider_compare::ranking::rank;
use provider_compare::scoring::{score_type, Options};
use provider_compare::sensitivity::{
    leader_interval, pair_verdict, params, stability, PairVerdict, Param,
};
use provider_compare::text::Lang;
use provider_compare::validate::parse_dataset;
use provider_compare::weighting::{effective_weights, Weights};

fn name(d: &Dataset, p: Param) -> String {
    match p {
        Param::Criterion(c) => d.criteria[c].name.get(Lang::De).to_owned(),
        Param::Group(g) => format!("Gruppe {}", d.groups[g].name.get(Lang::De)),
    }
}

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
    let w = Weights::defaults(&d);
    let o = Options::default();
    println!(
        "Type: {} — default weights, knock-outs on\n",
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
        "\nLeader {}: stays first while one weight moves within",
        d.providers[leader].name.get(Lang::De)
    );
    for p in params(&d, kind) {
        if let Some(i) = leader_interval(&d, kind, &w, &o, leader, p) {
            if i.lo > 0.0 || i.hi < 10.0 {
                println!("  {:<55} {:>5.2} – {:>5.2}", name(&d, p), i.lo, i.hi);
            }
        }
    }
    match st.closest {
        Some((f, who)) => println!(
            "Closest flip: {} from {} {} {:.3} puts {} first ({})",
            name(&d, f.param),
            f.from,
            if f.upward { "above" } else { "below" },
            f.threshold,
            d.providers[who].name.get(Lang::De),
            if st.close() { "close" } else { "stable" }
        ),
        None => println!("No single weight change puts anyone else first (stable)."),
    }
    if let [first, second, ..] = ranked.as_slice() {
        let v = pair_verdict(
            &d,
            kind,
            &w,
            &o,
            first.score.provider,
            second.score.provider,
        );
        match v {
            PairVerdict::Flip {
                ahead,
                behind,
                flip,
            } => println!(
                "{} stays ahead of {} while {} stays {} {:.3} (now {})",
                d.providers[ahead].name.get(Lang::De),
                d.providers[behind].name.get(Lang::De),
                name(&d, flip.param),
                if flip.upward { "below" } else { "above" },
                flip.threshold,
                flip.from
            ),
            other => println!("First two: {other:?}"),
        }
    }
}
