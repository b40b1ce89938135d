//! Ranking providers by total, and ordering the table by any column.
//!
//! Invariants: the ranking is a pure function of the scores and names, so the same inputs give the
//! same order on every machine. Higher totals rank first; equal totals (compared on the grid of
//! [`crate::scoring::total_key`]) share a rank ("1, 2, 2, 4") and are listed by name; providers
//! without a total come last and have no rank — first those without data, then those excluded by a
//! minimum. Column sorting keeps ties in ranking order, and rows without a value stay at the bottom
//! in both directions.

use std::cmp::Ordering;

use crate::dataset::Dataset;
use crate::scoring::{cmp_optional, unsettled_lead, Part, ProviderScore, Unsettled};
use crate::text::Lang;

/// A provider's place in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub score: ProviderScore,
    /// 1-based; shared by equal totals; `None` without a total.
    pub rank: Option<usize>,
}

/// Orders `scores` into a ranking.
pub fn rank(dataset: &Dataset, scores: Vec<ProviderScore>, lang: Lang) -> Vec<Ranked> {
    rank_by(scores, &NameKeys::new(dataset, lang))
}

/// Orders `scores` into a ranking, ties by `names` (see [`NameKeys`]): what [`rank`] does, for a
/// caller that keeps the folded names of its dataset and language (the widget ranks on every step
/// of a slider, and folding a thousand names each time was half of the ranking's work).
pub fn rank_by(scores: Vec<ProviderScore>, names: &NameKeys) -> Vec<Ranked> {
    let mut out: Vec<Ranked> = scores
        .into_iter()
        .map(|score| Ranked { score, rank: None })
        .collect();
    sort_with(&mut out, &|a, b| {
        cmp_optional(b.score.total(), a.score.total())
            .then_with(|| a.score.excluded().cmp(&b.score.excluded()))
            .then_with(|| names.cmp(a, b))
    });
    let mut previous: Option<(usize, Option<f64>)> = None;
    for (i, row) in out.iter_mut().enumerate() {
        let total = row.score.total();
        row.rank = total.map(|_| match previous {
            Some((r, t)) if cmp_optional(t, total) == Ordering::Equal => r,
            _ => i + 1,
        });
        if let Some(r) = row.rank {
            previous = Some((r, total));
        }
    }
    out
}

/// Whether the known data settle first place of a ranking (see [`unsettled_lead`]): `None` if
/// they do or nobody is ranked, else the leader (the first row) and who would lead in its worst
/// case.
pub fn unsettled_first(ranked: &[Ranked]) -> Option<Unsettled> {
    let leader = ranked.first().filter(|r| r.rank == Some(1))?;
    unsettled_lead(&leader.score, ranked.iter().map(|r| &r.score))
}

/// The one place rows are sorted. Every ordering goes through this single instantiation of the
/// sort (a `dyn` comparator), which keeps the WebAssembly bundle small; comparators end in a
/// total tie-break, so an unstable sort is still deterministic.
fn sort_with(rows: &mut [Ranked], cmp: &dyn Fn(&Ranked, &Ranked) -> Ordering) {
    rows.sort_unstable_by(|a, b| cmp(a, b));
}

/// Folded provider names ([`name_key`]) by provider index: worked out once per dataset and
/// language, compared on every sort.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameKeys(Vec<String>);

impl NameKeys {
    pub fn new(dataset: &Dataset, lang: Lang) -> NameKeys {
        NameKeys(
            (0..dataset.providers.len())
                .map(|p| name_key(dataset, p, lang))
                .collect(),
        )
    }

    /// By folded name, then by provider index: a total order.
    fn cmp(&self, a: &Ranked, b: &Ranked) -> Ordering {
        let key = |r: &Ranked| self.0.get(r.score.provider).map_or("", String::as_str);
        key(a)
            .cmp(key(b))
            .then_with(|| a.score.provider.cmp(&b.score.provider))
    }
}

/// A column of the ranking table. `G` names a duty group: an index into [`Dataset::groups`] in the
/// widget ([`SortColumn`]), its id in a share link ([`crate::share::SharedColumn`]); one
/// [`Column::map_group`] translates between the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Column<G> {
    #[default]
    Rank,
    Name,
    Total,
    Coverage,
    /// A duty group's sub-total.
    Group(G),
}

/// A column of the widget's table, its group by index.
pub type SortColumn = Column<usize>;

impl<G> Column<G> {
    /// The same column with its group named another way; `None` if `f` knows no such group.
    pub fn map_group<H>(self, f: impl FnOnce(G) -> Option<H>) -> Option<Column<H>> {
        Some(match self {
            Column::Rank => Column::Rank,
            Column::Name => Column::Name,
            Column::Total => Column::Total,
            Column::Coverage => Column::Coverage,
            Column::Group(g) => Column::Group(f(g)?),
        })
    }
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

/// Orders a ranking (as returned by [`rank`]) by a table column, names by `names` (the dataset's
/// [`NameKeys`] in the reader's language, made once per dataset). Ties keep the ranking order.
pub fn sort_rows(rows: &mut [Ranked], dataset: &Dataset, sort: Sort, names: &NameKeys) {
    let flip = |o: Ordering| match sort.dir {
        SortDir::Ascending => o,
        SortDir::Descending => o.reverse(),
    };
    // Position in the ranking, the final tie-break (and the whole order for the rank column).
    let position: Vec<usize> = {
        let mut pos = vec![0; dataset.providers.len()];
        for (i, r) in rows.iter().enumerate() {
            if let Some(slot) = pos.get_mut(r.score.provider) {
                *slot = i;
            }
        }
        pos
    };
    let by_position = |a: &Ranked, b: &Ranked| {
        let p = |r: &Ranked| {
            position
                .get(r.score.provider)
                .copied()
                .unwrap_or(usize::MAX)
        };
        p(a).cmp(&p(b))
    };
    let empty = Part::default();
    let group = |r: &Ranked, g: usize| *r.score.groups.get(g).unwrap_or(&empty);
    // Compares values with "no value" kept at the bottom whatever the direction.
    let valued = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(_), Some(_)) => flip(cmp_optional(a, b)),
        _ => b.is_some().cmp(&a.is_some()),
    };
    match sort.column {
        SortColumn::Rank => sort_with(rows, &|a, b| match (a.rank.is_some(), b.rank.is_some()) {
            (true, true) => flip(by_position(a, b)),
            _ => by_position(a, b),
        }),
        SortColumn::Name => sort_with(rows, &|a, b| flip(names.cmp(a, b))),
        SortColumn::Total => sort_with(rows, &|a, b| {
            valued(a.score.total(), b.score.total()).then_with(|| by_position(a, b))
        }),
        SortColumn::Coverage => sort_with(rows, &|a, b| {
            valued(a.score.overall.coverage(), b.score.overall.coverage())
                .then_with(|| by_position(a, b))
        }),
        SortColumn::Group(g) => sort_with(rows, &|a, b| {
            valued(group(a, g).total(), group(b, g).total()).then_with(|| by_position(a, b))
        }),
    }
}

/// A name for ordering: case-insensitive, with German umlauts and common accents folded
/// (so "Ö" sorts with "O", as German dictionaries do), then the id to make it total.
///
/// Only Latin letters are folded by hand: the full Unicode case tables would add about 10 KB to
/// the WebAssembly bundle for names that a comparison of providers does not have.
fn name_key(dataset: &Dataset, provider: usize, lang: Lang) -> String {
    let Some(p) = dataset.providers.get(provider) else {
        return String::new();
    };
    let mut key = String::new();
    for c in p.name.get(lang).chars() {
        match c {
            'A'..='Z' => key.push(c.to_ascii_lowercase()),
            'ä' | 'à' | 'á' | 'â' | 'å' | 'Ä' | 'À' | 'Á' | 'Â' | 'Å' => key.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'Ö' | 'Ò' | 'Ó' | 'Ô' => key.push('o'),
            'ü' | 'ù' | 'ú' | 'û' | 'Ü' | 'Ù' | 'Ú' | 'Û' => key.push('u'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => key.push('e'),
            'ß' => key.push_str("ss"),
            c => key.push(c),
        }
    }
    key.push('\u{0}');
    key.push_str(&p.id);
    key
}
