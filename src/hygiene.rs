//! Source hygiene: the rules of `data/README.md` ("Source hygiene") that a valid dataset can still
//! break, and the counts a dataset's editors report (`check-dataset`).
//!
//! A rule broken here is a warning, not a problem: the widget shows such a dataset as it is (and
//! marks weak and old sources itself); `check-dataset --strict` fails on warnings, and the shipped
//! dataset passes it. Pure: it reads a validated [`Dataset`] and returns typed values in file order
//! (provider, then criterion, then source); the i18n module words them.
//!
//! Time is measured from the dataset's `checked` date, never from a clock, so the same file gets
//! the same verdict on every machine and day.
//!
//! The duties' legal references ([`review_legal`]) follow their own rule: a link to anything but
//! an official publication of the law is an error for `check-dataset` (the loader accepts it),
//! an explanation without any legal reference a warning.

use crate::dataset::{Dataset, Provider, Rating, Source, SourceKind, OFFICIAL_LEGAL_HOSTS};
use crate::json;

/// Sources dated this many years or more before the check count as old ("Quelle von 2016").
pub const OLD_AFTER_YEARS: u16 = 3;
/// A source may support this many duties of one provider without a reason for each.
pub const MAX_DUTIES_PER_SOURCE: usize = 2;

/// How much of one provider's applicable duties the dataset scores (`check-dataset --coverage`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProviderCoverage {
    pub provider: usize,
    /// Duties that apply to the provider's type.
    pub applicable: usize,
    pub scored: usize,
    pub unknown: usize,
    /// Scores of low confidence (set in the file, or resting only on weak sources).
    pub low_confidence: usize,
}

impl ProviderCoverage {
    /// Scored share of the applicable duties, 0–1 (0 where none applies).
    pub fn share(&self) -> f64 {
        if self.applicable == 0 {
            0.0
        } else {
            self.scored as f64 / self.applicable as f64
        }
    }
}

/// Per provider, in file order: applicable duties, scored, unknown, low confidence.
pub fn coverage(d: &Dataset) -> Vec<ProviderCoverage> {
    d.providers
        .iter()
        .enumerate()
        .map(|(p, provider)| {
            let mut c = ProviderCoverage {
                provider: p,
                ..ProviderCoverage::default()
            };
            for rating in &provider.ratings {
                match rating {
                    Rating::NotApplicable => {}
                    Rating::Unknown { .. } => {
                        c.applicable += 1;
                        c.unknown += 1;
                    }
                    Rating::Scored(s) => {
                        c.applicable += 1;
                        c.scored += 1;
                        c.low_confidence += usize::from(s.low_confidence);
                    }
                }
            }
            c
        })
        .collect()
}

/// One broken rule, and where: the provider, the criterion (rating) and the source, where the
/// rule concerns one. A source without a criterion is one of the provider's `data_location`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub provider: usize,
    pub criterion: Option<usize>,
    pub source: Option<usize>,
    pub kind: WarningKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    /// Only an access date, and no word on why the source shows none (`undated`).
    SourceUndated,
    /// The kind is not said, or is format 1's `official`: say `provider` or `authority`.
    SourceKindUnclear,
    /// A score of 0 or 5 that rests only on third-party or community sources.
    WeakExtreme { score: u8 },
    /// A source of kind `provider` whose host is not one of the provider's own.
    ProviderOffSite { host: String },
    /// The same address supports more than [`MAX_DUTIES_PER_SOURCE`] duties of the provider, and
    /// this rating gives no `reuse` reason; `duties` is how many it supports.
    SourceReused { duties: usize },
    /// A rubric check without a finding (it counts as not met).
    FindingMissing { check: usize },
    /// A rating that does not say when and how it was last checked.
    RatingUnchecked,
    /// A score set by hand for a duty that has a rubric.
    PlainScore,
    /// A `data_location` that names no country and says nothing about what was looked for.
    LocationUnexplained,
}

impl WarningKind {
    /// A stable machine-readable name (`check-dataset --format json`); never changed or reused.
    pub fn code(&self) -> &'static str {
        match self {
            WarningKind::SourceUndated => "source-undated",
            WarningKind::SourceKindUnclear => "source-kind",
            WarningKind::WeakExtreme { .. } => "weak-extreme",
            WarningKind::ProviderOffSite { .. } => "provider-off-site",
            WarningKind::SourceReused { .. } => "source-reused",
            WarningKind::FindingMissing { .. } => "finding-missing",
            WarningKind::RatingUnchecked => "rating-unchecked",
            WarningKind::PlainScore => "plain-score",
            WarningKind::LocationUnexplained => "location-unexplained",
        }
    }
}

/// Whether `host` is one of the provider's own: its website's host (without `www.`) or one of
/// its `domains`, or a subdomain of one.
pub fn own_host(provider: &Provider, host: &str) -> bool {
    let site = provider.website.host();
    let site = site.strip_prefix("www.").unwrap_or(site);
    std::iter::once(site)
        .chain(provider.domains.iter().map(String::as_str))
        .any(|d| host == d || host.strip_suffix(d).is_some_and(|rest| rest.ends_with('.')))
}

/// Whether a source's own date lies [`OLD_AFTER_YEARS`] or more before the dataset's check.
pub fn is_old(source: &Source, d: &Dataset) -> bool {
    source
        .date
        .is_some_and(|date| date.older_than(OLD_AFTER_YEARS, d.checked))
}

/// The sources of a rating (scored or unknown).
fn sources_of(r: &Rating) -> &[Source] {
    match r {
        Rating::Scored(s) => &s.sources,
        Rating::Unknown { sources, .. } => sources,
        Rating::NotApplicable => &[],
    }
}

/// Every broken hygiene rule of a valid dataset, in file order.
pub fn review(d: &Dataset) -> Vec<Warning> {
    let mut out = Vec::new();
    for (p, provider) in d.providers.iter().enumerate() {
        // How many of this provider's duties each address supports, counted once per duty.
        let mut urls: Vec<(&str, usize)> = provider
            .ratings
            .iter()
            .flat_map(|r| {
                let mut here: Vec<&str> = sources_of(r).iter().map(|s| s.url.as_str()).collect();
                json::sort_by(&mut here, &|a, b| a.cmp(b));
                here.dedup();
                here
            })
            .map(|u| (u, 1))
            .collect();
        json::sort_by(&mut urls, &|a, b| a.0.cmp(b.0));
        urls.dedup_by(|later, first| {
            let same = later.0 == first.0;
            if same {
                first.1 += 1;
            }
            same
        });
        let duties = |url: &str| {
            urls.binary_search_by(|(u, _)| (*u).cmp(url))
                .ok()
                .and_then(|i| urls.get(i))
                .map_or(0, |(_, n)| *n)
        };
        for (c, rating) in provider.ratings.iter().enumerate() {
            if matches!(rating, Rating::NotApplicable) {
                continue;
            }
            let at = |kind| Warning {
                provider: p,
                criterion: Some(c),
                source: None,
                kind,
            };
            let rubric = d.criteria.get(c).and_then(|c| c.rubric.as_ref());
            let checked = match rating {
                Rating::Scored(s) => s.checked.is_some(),
                Rating::Unknown { checked, .. } => checked.is_some(),
                Rating::NotApplicable => true,
            };
            if !checked {
                out.push(at(WarningKind::RatingUnchecked));
            }
            if let Rating::Scored(s) = rating {
                match rubric {
                    Some(_) if s.findings.is_empty() => out.push(at(WarningKind::PlainScore)),
                    Some(rubric) => {
                        for check in 0..rubric.checks.len() {
                            if !s.findings.iter().any(|f| f.check == check) {
                                out.push(at(WarningKind::FindingMissing { check }));
                            }
                        }
                    }
                    None => {}
                }
                if (s.score == 0 || s.score == crate::dataset::MAX_SCORE) && s.weak_sources_only() {
                    out.push(at(WarningKind::WeakExtreme { score: s.score }));
                }
            }
            let mut seen: Vec<&str> = Vec::new();
            for (i, source) in sources_of(rating).iter().enumerate() {
                let at = |kind| Warning {
                    provider: p,
                    criterion: Some(c),
                    source: Some(i),
                    kind,
                };
                out.extend(source_rules(provider, source).map(at));
                let url = source.url.as_str();
                let n = duties(url);
                if n > MAX_DUTIES_PER_SOURCE && source.reuse.is_none() && !seen.contains(&url) {
                    out.push(at(WarningKind::SourceReused { duties: n }));
                }
                seen.push(url);
            }
        }
        if let Some(l) = &provider.data_location {
            if l.countries.is_empty() && l.note.is_none() {
                out.push(Warning {
                    provider: p,
                    criterion: None,
                    source: None,
                    kind: WarningKind::LocationUnexplained,
                });
            }
        }
        // The sources of where the data is held follow the same rules on dates, kinds and
        // where a provider's own page is (not the reuse rule, which is about duties).
        let located = provider.data_location.iter().flat_map(|l| &l.sources);
        for (i, source) in located.enumerate() {
            let at = |kind| Warning {
                provider: p,
                criterion: None,
                source: Some(i),
                kind,
            };
            out.extend(source_rules(provider, source).map(at));
        }
    }
    out
}

/// The rules every source of a provider keeps, wherever it is cited: a publication date or a
/// reason why none is known, a kind, and a `provider` source on the provider's own domains.
fn source_rules(provider: &Provider, source: &Source) -> impl Iterator<Item = WarningKind> {
    let undated = source.date.is_none() && source.undated.is_none();
    let unclear = !source.kind_given || source.kind == SourceKind::Official;
    let off_site = (source.kind == SourceKind::Provider && !own_host(provider, source.url.host()))
        .then(|| WarningKind::ProviderOffSite {
            host: source.url.host().to_owned(),
        });
    [
        undated.then_some(WarningKind::SourceUndated),
        unclear.then_some(WarningKind::SourceKindUnclear),
        off_site,
    ]
    .into_iter()
    .flatten()
}

/// What a dataset holds, for its editors' notes: cells by state, sources by kind and age.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub scored: usize,
    pub unknown: usize,
    pub not_applicable: usize,
    pub low_confidence: usize,
    /// Scores that follow from findings (format 2).
    pub from_findings: usize,
    pub overrides: usize,
    /// Sources of all ratings, counted once per rating that cites them, and of where the data
    /// is held.
    pub sources: usize,
    /// Indexed like [`SourceKind::ALL`].
    pub by_kind: [usize; 6],
    /// Dated [`OLD_AFTER_YEARS`] or more before the check.
    pub old: usize,
    /// With only an access date.
    pub undated: usize,
}

pub fn summarize(d: &Dataset) -> Summary {
    let mut s = Summary::default();
    let count = |s: &mut Summary, source: &Source| {
        s.sources += 1;
        if let Some(k) = SourceKind::ALL.iter().position(|k| *k == source.kind) {
            s.by_kind[k] += 1;
        }
        s.old += usize::from(is_old(source, d));
        s.undated += usize::from(source.date.is_none());
    };
    for l in d.providers.iter().filter_map(|p| p.data_location.as_ref()) {
        for source in &l.sources {
            count(&mut s, source);
        }
    }
    for rating in d.providers.iter().flat_map(|p| &p.ratings) {
        match rating {
            Rating::NotApplicable => s.not_applicable += 1,
            Rating::Unknown { .. } => s.unknown += 1,
            Rating::Scored(r) => {
                s.scored += 1;
                s.low_confidence += usize::from(r.low_confidence);
                s.from_findings += usize::from(!r.findings.is_empty());
                s.overrides += usize::from(r.overridden.is_some());
            }
        }
        for source in sources_of(rating) {
            count(&mut s, source);
        }
    }
    s
}

/// One thing wrong with the legal references of a duty's explanation: where (the criterion, and
/// the reference where it concerns one) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegalIssue {
    pub criterion: usize,
    /// Index into the criterion's `explain.legal`.
    pub legal: Option<usize>,
    pub kind: LegalIssueKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LegalIssueKind {
    /// An error: the reference links to a host that is not an official publication of the law
    /// ([`OFFICIAL_LEGAL_HOSTS`]); a teacher's dataset must not cite an unofficial copy as the law.
    UnofficialHost { host: String },
    /// A warning: the duty is explained without any legal reference.
    ExplainWithoutLegal,
}

impl LegalIssueKind {
    /// Whether `check-dataset` rejects the file for it (otherwise a warning, fatal under
    /// `--strict`).
    pub fn is_error(&self) -> bool {
        matches!(self, LegalIssueKind::UnofficialHost { .. })
    }

    /// A stable machine-readable name (`check-dataset --format json`); never changed or reused.
    pub fn code(&self) -> &'static str {
        match self {
            LegalIssueKind::UnofficialHost { .. } => "unofficial-legal-host",
            LegalIssueKind::ExplainWithoutLegal => "explain-without-legal",
        }
    }
}

/// Whether `host` is one of the official publication hosts of the law (exactly; no subdomain).
pub fn official_legal_host(host: &str) -> bool {
    OFFICIAL_LEGAL_HOSTS.contains(&host)
}

/// Every issue of the duties' legal references, in file order (criterion, then reference).
pub fn review_legal(d: &Dataset) -> Vec<LegalIssue> {
    let mut out = Vec::new();
    for (c, criterion) in d.criteria.iter().enumerate() {
        let Some(explain) = &criterion.explain else {
            continue;
        };
        if explain.legal.is_empty() {
            out.push(LegalIssue {
                criterion: c,
                legal: None,
                kind: LegalIssueKind::ExplainWithoutLegal,
            });
        }
        for (i, r) in explain.legal.iter().enumerate() {
            let host = r.url.host();
            if !r.url.as_str().starts_with("https://") || !official_legal_host(host) {
                out.push(LegalIssue {
                    criterion: c,
                    legal: Some(i),
                    kind: LegalIssueKind::UnofficialHost {
                        host: host.to_owned(),
                    },
                });
            }
        }
    }
    out
}

/// How many legal references the duties cite, and on how many distinct hosts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LegalCount {
    pub references: usize,
    pub hosts: usize,
}

pub fn count_legal(d: &Dataset) -> LegalCount {
    let mut hosts: Vec<&str> = Vec::new();
    let mut references = 0;
    for r in d
        .criteria
        .iter()
        .filter_map(|c| c.explain.as_ref())
        .flat_map(|e| &e.legal)
    {
        references += 1;
        if !hosts.contains(&r.url.host()) {
            hosts.push(r.url.host());
        }
    }
    LegalCount {
        references,
        hosts: hosts.len(),
    }
}
