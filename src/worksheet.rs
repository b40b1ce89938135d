//! The classroom worksheet for one provider type, and its answer sheet, as typed content: which
//! duties to sort into which groups, which legal references to match to which duties, which two
//! providers to compare and where they differ most. The i18n layer and the print view turn it
//! into words; nothing here knows a language.
//!
//! Invariants: every index is valid for the dataset it was made from; the mixed orders are the
//! same on every run for the same dataset (a teacher prints the worksheet and the answers at
//! different times, and they must agree), and never the dataset's own order where there is more
//! than one item; a duty appears in the legal task only with a reference that applies to the
//! type.

use crate::dataset::{Dataset, Jurisdiction, LegalRef, Rating, Source};

/// What a worksheet asks and what its answer sheet says.
#[derive(Clone, Debug, PartialEq)]
pub struct Worksheet {
    /// Index into [`Dataset::types`].
    pub kind: usize,
    /// Task 1: the duties that apply to the type, in a mixed order (criterion indices).
    pub sort_duties: Vec<usize>,
    /// Task 2: the duties with a legal reference for the type, in the dataset's order.
    pub match_duties: Vec<usize>,
    /// Task 2: one reference per duty of [`Self::match_duties`], in a mixed order: (criterion,
    /// index into its `explain.legal`). The letter of a reference is its position (A, B, …).
    pub match_refs: Vec<(usize, usize)>,
    /// Task 3: the two providers to compare (the first two of the ranking given).
    pub pair: Option<(usize, usize)>,
    /// Task 3's answer: the duties on which the two differ most, largest difference first (at
    /// most [`PAIR_DIFFERENCES`]); unknown scores are not differences.
    pub differences: Vec<Difference>,
}

/// How many differences the answer sheet names.
pub const PAIR_DIFFERENCES: usize = 3;

/// One duty on which the two providers of task 3 differ.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub criterion: usize,
    pub scores: (u8, u8),
}

impl Worksheet {
    /// The worksheet for type `kind`; `ranking` is the providers (indices) in ranking order, of
    /// which the first two are compared.
    pub fn new(dataset: &Dataset, kind: usize, ranking: &[usize]) -> Worksheet {
        let applies: Vec<usize> = (0..dataset.criteria.len())
            .filter(|&c| dataset.criteria[c].applies(kind))
            .collect();
        let type_id = dataset.types.get(kind).map_or("", |t| t.id.as_str());
        let sort_duties = mixed(&applies, |&c| dataset.criteria[c].id.clone());
        let mut match_duties = Vec::new();
        let mut refs = Vec::new();
        for &c in &applies {
            let Some(explain) = &dataset.criteria[c].explain else {
                continue;
            };
            if let Some(r) = pick_reference(&explain.legal, type_id) {
                match_duties.push(c);
                refs.push((c, r));
            }
        }
        let match_refs = mixed(&refs, |&(c, _)| dataset.criteria[c].id.clone());
        let pair = match ranking {
            [a, b, ..] => Some((*a, *b)),
            _ => None,
        };
        let differences = pair.map_or_else(Vec::new, |(a, b)| differences(dataset, &applies, a, b));
        Worksheet {
            kind,
            sort_duties,
            match_duties,
            match_refs,
            pair,
            differences,
        }
    }

    /// The letter position (0 = A) of duty `criterion`'s reference in task 2.
    pub fn letter_of(&self, criterion: usize) -> Option<usize> {
        self.match_refs.iter().position(|&(c, _)| c == criterion)
    }
}

/// The reference a class can best match: one that applies to the type, the EU's before a
/// country's (it holds in all three), then the dataset's order.
fn pick_reference(legal: &[LegalRef], type_id: &str) -> Option<usize> {
    let rank = |j: Jurisdiction| match j {
        Jurisdiction::Eu => 0,
        Jurisdiction::De => 1,
        Jurisdiction::At => 2,
        Jurisdiction::Ch => 3,
    };
    legal
        .iter()
        .enumerate()
        .filter(|(_, r)| r.applies(type_id))
        .min_by_key(|(i, r)| (rank(r.jurisdiction), *i))
        .map(|(i, _)| i)
}

/// The duties where providers `a` and `b` both have a score and the scores differ, largest
/// difference first (then dataset order), at most [`PAIR_DIFFERENCES`].
fn differences(dataset: &Dataset, applies: &[usize], a: usize, b: usize) -> Vec<Difference> {
    let score = |p: usize, c: usize| {
        dataset
            .providers
            .get(p)
            .and_then(|p| p.ratings.get(c))
            .and_then(Rating::score)
    };
    let out: Vec<Difference> = applies
        .iter()
        .filter_map(|&c| match (score(a, c), score(b, c)) {
            (Some(x), Some(y)) if x != y => Some(Difference {
                criterion: c,
                scores: (x, y),
            }),
            _ => None,
        })
        .collect();
    // Largest difference first, equal ones in the duties' order. Sorted through the crate's one
    // index sort: each generic sort costs the wasm 2–3 KB of code (issue 15).
    let gap = |i: usize| out.get(i).map_or(0, |d| d.scores.0.abs_diff(d.scores.1));
    let mut order: Vec<usize> = (0..out.len()).collect();
    crate::json::sort_indices(&mut order, &|a, b| gap(b).cmp(&gap(a)).then(a.cmp(&b)));
    order.truncate(PAIR_DIFFERENCES);
    order
        .into_iter()
        .filter_map(|i| out.get(i).cloned())
        .collect()
}

/// The letter of the `i`-th rule of task 2 (0 = A), as an `<ol type="A">` numbers it: A–Z,
/// then AA, AB, ….
pub fn letter(i: usize) -> String {
    let mut n = i + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// The sources behind provider `p`'s rating of duty `c` (none for an unknown or a core dataset).
pub fn sources_of(dataset: &Dataset, p: usize, c: usize) -> &[Source] {
    match dataset.providers.get(p).and_then(|p| p.ratings.get(c)) {
        Some(Rating::Scored(s)) => &s.sources,
        _ => &[],
    }
}

/// `items` in a mixed order that depends only on their keys (FNV-1a of each key), so it is the
/// same on every run; if that happens to be the given order, rotated by one.
fn mixed<T: Clone>(items: &[T], key: impl Fn(&T) -> String) -> Vec<T> {
    let hash = |s: &str| {
        s.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let hashes: Vec<u64> = items.iter().map(|i| hash(&key(i))).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Equal hashes keep the given order (the crate's one index sort; see `differences`).
    crate::json::sort_indices(&mut order, &|a, b| {
        hashes[a].cmp(&hashes[b]).then(a.cmp(&b))
    });
    let mut out: Vec<T> = order
        .iter()
        .filter_map(|&i| items.get(i).cloned())
        .collect();
    let same = out.iter().zip(items).all(|(a, b)| key(a) == key(b));
    if same && out.len() > 1 {
        out.rotate_left(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_run_as_an_ordered_list_numbers_them() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
        assert_eq!(letter(701), "ZZ");
        assert_eq!(letter(702), "AAA");
    }

    #[test]
    fn mixed_is_stable_and_never_the_given_order() {
        let items = ["a", "b", "c", "d", "e"];
        let once = mixed(&items, |s| (*s).to_owned());
        assert_eq!(once, mixed(&items, |s| (*s).to_owned()));
        assert_ne!(once, items);
        let mut sorted = once.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, items);
        assert_eq!(mixed(&["x"], |s| (*s).to_owned()), ["x"]);
        assert!(mixed::<&str>(&[], |s| (*s).to_owned()).is_empty());
    }
}
