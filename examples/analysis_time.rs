//! Prints how long the pure core takes for one dataset, per provider type: scoring and ranking,
//! the sensitivity overview (leader's ranges and closest flip) and the default pair's verdict.
//! Numbers only; the browser benchmark (`scripts/bench.sh`) measures what a reader waits for.
//!
//! `cargo run --release --example analysis_time [dataset.json]` (default: the shipped dataset)

use std::time::{Duration, Instant};

use provider_compare::ranking::rank;
use provider_compare::scoring::{score_type, Options};
use provider_compare::sensitivity::{compared_pair, overview};
use provider_compare::text::Lang;
use provider_compare::validate::parse_dataset;
use provider_compare::weighting::Weights;

fn time<T>(runs: u32, mut f: impl FnMut() -> T) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    best
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/providers.json").to_owned());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let t = Instant::now();
    let d = match parse_dataset(&text) {
        Ok(d) => d,
        Err(p) => {
            eprintln!("dataset invalid: {}", p[0]);
            std::process::exit(1);
        }
    };
    println!(
        "parse + validate: {:.2} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let w = Weights::defaults(&d);
    let o = Options::default();
    println!("| type | providers | score + rank | overview | default pair |");
    println!("|---|---:|---:|---:|---:|");
    for (kind, ty) in d.types.iter().enumerate() {
        let n = d.providers_of(kind).count();
        if n == 0 {
            continue;
        }
        let ms = |t: Duration| format!("{:.2} ms", t.as_secs_f64() * 1e3);
        let ranked = time(5, || {
            rank(&d, score_type(&d, kind, &w.to_real(), &o), Lang::De)
        });
        let ov = time(3, || overview(&d, kind, &w, &o));
        let pair = time(3, || compared_pair(&d, kind, &w, &o, (None, None)));
        println!(
            "| {} | {n} | {} | {} | {} |",
            ty.id,
            ms(ranked),
            ms(ov),
            ms(pair)
        );
    }
}
