//! Ranking providers by total, and ordering the table by any column.
//!
//! Invariants: the ranking is a pure function of the scores and names, so the same inputs give the
//! same order on every machine. Higher totals rank first; equal totals (compared exactly, see
//! [`Part::cmp_total`]) share a rank ("1, 2, 2, 4") and are listed by name; providers without a total
//! come last and have no rank. Column sorting is stable on top of the ranking, and rows without a
//! value stay at the bottom in both directions.

use std::cmp::Ordering;

use crate::dataset::Dataset;
use crate::scoring::{Part, ProviderScore};
use crate::text::Lang;

/// A provider's place in the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub score: ProviderScore,
    /// 1-based; shared by equal totals; `None` without a total.
    pub rank: Option<usize>,
}

/// Orders `scores` into a ranking.
pub fn rank(dataset: &Dataset, scores: Vec<ProviderScore>, lang: Lang) -> Vec<Ranked> {
    let mut keyed: Vec<(String, ProviderScore)> = scores
        .into_iter()
        .map(|s| (name_key(dataset, s.provider, lang), s))
        .collect();
    keyed.sort_by(|(na, a), (nb, b)| {
        b.overall
            .cmp_total(&a.overall)
            .then_with(|| na.cmp(nb))
            .then_with(|| a.provider.cmp(&b.provider))
    });
    let mut out: Vec<Ranked> = Vec::with_capacity(keyed.len());
    for (i, (_, score)) in keyed.into_iter().enumerate() {
        let rank = score.overall.total().map(|_| match out.last() {
            Some(prev) if prev.score.overall.cmp_total(&score.overall) == Ordering::Equal => {
                prev.rank.unwrap_or(i + 1)
            }
            _ => i + 1,
        });
        out.push(Ranked { score, rank });
    }
    out
}

/// A column of the ranking table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortColumn {
    #[default]
    Rank,
    Name,
    Total,
    Coverage,
    /// A duty group's sub-total, by index into [`Dataset::groups`].
    Group(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortDir {
    #[default]
    Ascending,
    Descending,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Sort {
    pub column: SortColumn,
    pub dir: SortDir,
}

impl Sort {
    /// The sort after a click on `column`: the same column flips direction; a new one starts in the
    /// direction a reader expects (rank and name A→Z, values best first).
    pub fn toggled(self, column: SortColumn) -> Sort {
        if self.column == column {
            let dir = match self.dir {
                SortDir::Ascending => SortDir::Descending,
                SortDir::Descending => SortDir::Ascending,
            };
            Sort { column, dir }
        } else {
            let dir = match column {
                SortColumn::Rank | SortColumn::Name => SortDir::Ascending,
                _ => SortDir::Descending,
            };
            Sort { column, dir }
        }
    }
}

/// Orders a ranking (as returned by [`rank`]) by a table column.
pub fn sort_rows(rows: &mut [Ranked], dataset: &Dataset, sort: Sort, lang: Lang) {
    let flip = |o: Ordering| match sort.dir {
        SortDir::Ascending => o,
        SortDir::Descending => o.reverse(),
    };
    // Compares two parts with "no value" at the bottom whatever the direction.
    let by_value = |a: &Part,
                    b: &Part,
                    has: fn(&Part) -> bool,
                    cmp: fn(&Part, &Part) -> Ordering| match (has(a), has(b)) {
        (true, true) => flip(cmp(a, b)),
        (a_has, b_has) => b_has.cmp(&a_has),
    };
    let has_total: fn(&Part) -> bool = |p| p.counted_weight > 0;
    let has_coverage: fn(&Part) -> bool = |p| p.applicable_weight > 0;
    match sort.column {
        SortColumn::Rank => {
            // `rows` are in rank order already; only the direction can change (unranked stay last).
            if sort.dir == SortDir::Descending {
                let ranked = rows.iter().take_while(|r| r.rank.is_some()).count();
                rows[..ranked].reverse();
            }
        }
        SortColumn::Name => {
            rows.sort_by_cached_key(|r| name_key(dataset, r.score.provider, lang));
            if sort.dir == SortDir::Descending {
                rows.reverse();
            }
        }
        SortColumn::Total => rows.sort_by(|a, b| {
            by_value(
                &a.score.overall,
                &b.score.overall,
                has_total,
                Part::cmp_total,
            )
        }),
        SortColumn::Coverage => rows.sort_by(|a, b| {
            by_value(
                &a.score.overall,
                &b.score.overall,
                has_coverage,
                Part::cmp_coverage,
            )
        }),
        SortColumn::Group(g) => {
            let empty = Part::default();
            rows.sort_by(|a, b| {
                let pa = a.score.groups.get(g).unwrap_or(&empty);
                let pb = b.score.groups.get(g).unwrap_or(&empty);
                by_value(pa, pb, has_total, Part::cmp_total)
            })
        }
    }
}

/// A name for ordering: case-insensitive, with German umlauts and common accents folded
/// (so "Ö" sorts with "O", as German dictionaries do), then the id to make it total.
fn name_key(dataset: &Dataset, provider: usize, lang: Lang) -> String {
    let Some(p) = dataset.providers.get(provider) else {
        return String::new();
    };
    let mut key = String::new();
    for c in p.name.get(lang).chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'å' => key.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' => key.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => key.push('u'),
            'é' | 'è' | 'ê' | 'ë' => key.push('e'),
            'ß' => key.push_str("ss"),
            c => key.push(c),
        }
    }
    key.push('\u{0}');
    key.push_str(&p.id);
    key
}
