//! The state ⇄ share-link translation: [`AppState::shared_view`] writes the current view by dataset
//! id, [`AppState::restore`] applies a [`SharedView`] to a freshly loaded state.
//!
//! Invariants: only what differs from a fresh start is written (type and language always are);
//! restoring resolves every id against the dataset, applies what it can, clamps values by the same
//! rules as the actions (no link can break an invariant of [`AppState`]) and reports every id it
//! could not resolve as a [`LinkIssue::UnknownId`] naming its [`Field`]; a pair that names one
//! provider twice is repaired (the second side follows the ranking) and reported as a
//! [`LinkIssue::Duplicate`].

use super::{equal_weights, AppState, MAX_COMPARED};
use crate::dataset::{MAX_SCORE, MAX_WEIGHT};
use crate::ranking::Sort;
use crate::share::{Field, LinkIssue, SharedView};
use crate::weighting::{Method, Weights};

impl AppState {
    /// The current view, by id, as a share link writes it (`None` until a dataset is loaded).
    /// Only what differs from a fresh start is written, except type and language.
    pub fn shared_view(&self) -> Option<SharedView> {
        let d = self.dataset()?;
        let w = &self.weighting;
        let id_of_provider = |p: usize| d.providers.get(p).map(|p| p.id.clone());
        let criterion_id = |i: usize| d.criteria.get(i).map(|c| c.id.clone());
        let group_id = |i: usize| d.groups.get(i).map(|g| g.id.clone());
        let preset = w.preset.and_then(|i| d.presets.get(i));
        let role = self.role.and_then(|i| d.roles.get(i));
        // The weights are written as differences from where they started: a preset, else a
        // role's equal weights, else the defaults.
        let base = match (preset, role) {
            (Some(p), _) => Weights::from(p),
            (None, Some(_)) => equal_weights(d),
            (None, None) => Weights::defaults(d),
        };
        let diff = |now: &[u8], base: &[u8], id: &dyn Fn(usize) -> Option<String>| {
            now.iter()
                .zip(base)
                .enumerate()
                .filter(|(_, (a, b))| a != b)
                .filter_map(|(i, (&a, _))| id(i).map(|id| (id, a)))
                .collect::<Vec<_>>()
        };
        let identity: Vec<usize> = (0..d.groups.len()).collect();
        let table = &self.table;
        Some(SharedView {
            kind: d.types.get(self.kind).map(|t| t.id.clone()),
            preset: preset.map(|p| p.id.clone()),
            weights: diff(&w.weights.criteria, &base.criteria, &criterion_id),
            group_weights: diff(&w.weights.groups, &base.groups, &group_id),
            method: (w.method != Method::Sliders).then_some(w.method),
            order: if w.method == Method::Ranking || w.order != identity {
                w.order.iter().filter_map(|&g| group_id(g)).collect()
            } else {
                Vec::new()
            },
            judgements: if w.judgements.iter().any(|&j| j != 0) {
                w.judgements.clone()
            } else {
                Vec::new()
            },
            unknowns: self.options.unknowns,
            knockouts_off: d
                .knockouts
                .iter()
                .zip(&self.options.knockouts)
                .filter(|(_, on)| !**on)
                .map(|(k, _)| k.id.clone())
                .collect(),
            minimums: self
                .options
                .minimums
                .iter()
                .enumerate()
                .filter(|(_, m)| **m > 0)
                .filter_map(|(c, &m)| criterion_id(c).map(|id| (id, m)))
                .collect(),
            sort: (table.sort != Sort::default())
                .then(|| {
                    table
                        .sort
                        .column
                        .map_group(group_id)
                        .map(|c| (c, table.sort.dir))
                })
                .flatten(),
            selected: table.selected.and_then(id_of_provider),
            pair: (
                self.comparison.pair.0.and_then(id_of_provider),
                self.comparison.pair.1.and_then(id_of_provider),
            ),
            compare: self
                .comparison
                .side_by_side
                .iter()
                .filter_map(|&p| id_of_provider(p))
                .collect(),
            show_all: table.show_all,
            lang: Some(self.lang),
            projector: self.projector,
            role: role.map(|r| r.id.clone()),
            country: self.options.scope.country.clone(),
            text_only: self.options.scope.named_in_text,
        })
    }

    /// Applies a shared view to a freshly loaded state, resolving its ids against the dataset.
    /// Returns the ids it could not resolve; everything else is applied.
    pub(super) fn restore(&mut self, view: &SharedView) -> Vec<LinkIssue> {
        let Some(d) = self.dataset().cloned() else {
            return Vec::new();
        };
        let mut unresolved = Vec::new();
        let issues = &mut unresolved;
        let types = || d.types.iter().map(|t| t.id.as_str());
        let presets = || d.presets.iter().map(|p| p.id.as_str());
        let criteria = || d.criteria.iter().map(|c| c.id.as_str());
        let groups = || d.groups.iter().map(|g| g.id.as_str());
        let knockouts = || d.knockouts.iter().map(|k| k.id.as_str());

        if let Some(lang) = view.lang {
            self.lang = lang;
        }
        if let Some(t) = &view.kind {
            if let Some(k) = find(issues, Field::Type, types(), t) {
                self.kind = k;
            }
        }
        self.projector = view.projector;
        if let Some(r) = &view.role {
            // A role link writes its weights as changes from equal weights: start from those
            // even where the role itself is unknown here, or the changes would land on the
            // dataset's defaults and give other weights than the pupil set.
            self.weighting.weights = equal_weights(&d);
            let roles = d.roles.iter().map(|r| r.id.as_str());
            if let Some(i) = find(issues, Field::Role, roles, r) {
                self.role = Some(i);
            }
        }
        if let Some(p) = &view.preset {
            if let Some(i) = find(issues, Field::Preset, presets(), p) {
                self.apply_preset(i);
            }
        }
        let w = &mut self.weighting;
        let mut seen = Seen::new(d.criteria.len());
        for (id, value) in &view.weights {
            if let Some(slot) = find(issues, Field::Weights, criteria(), id)
                .filter(|&c| seen.first(c, issues, Field::Weights, id))
                .and_then(|c| w.weights.criteria.get_mut(c))
            {
                *slot = (*value).min(MAX_WEIGHT);
                w.preset = None;
            }
        }
        let mut seen = Seen::new(d.groups.len());
        for (id, value) in &view.group_weights {
            if let Some(slot) = find(issues, Field::GroupWeights, groups(), id)
                .filter(|&g| seen.first(g, issues, Field::GroupWeights, id))
                .and_then(|g| w.weights.groups.get_mut(g))
            {
                *slot = (*value).min(MAX_WEIGHT);
                w.preset = None;
            }
        }
        if let Some(m) = view.method {
            w.method = m;
        }
        if !view.order.is_empty() {
            // Known groups in the link's order, then any the link does not name, as they come.
            let mut order: Vec<usize> = Vec::new();
            let mut seen = Seen::new(d.groups.len());
            for id in &view.order {
                if let Some(g) = find(issues, Field::Order, groups(), id)
                    .filter(|&g| seen.first(g, issues, Field::Order, id))
                {
                    order.push(g);
                }
            }
            let missing: Vec<usize> = (0..d.groups.len()).filter(|&g| !seen.has(g)).collect();
            order.extend(missing);
            w.order = order;
        }
        if !view.judgements.is_empty() {
            if view.judgements.len() == w.judgements.len() {
                w.judgements = view.judgements.iter().map(|j| (*j).clamp(-8, 8)).collect();
            } else {
                // The groups changed since the link was made: the pairs no longer line up.
                issues.push(LinkIssue::Unreadable(format!(
                    "j: {} ≠ {}",
                    view.judgements.len(),
                    w.judgements.len()
                )));
            }
        }
        let options = &mut self.options;
        options.unknowns = view.unknowns;
        let mut seen = Seen::new(d.knockouts.len());
        for id in &view.knockouts_off {
            if let Some(on) = find(issues, Field::KnockoutsOff, knockouts(), id)
                .filter(|&k| seen.first(k, issues, Field::KnockoutsOff, id))
                .and_then(|k| options.knockouts.get_mut(k))
            {
                *on = false;
            }
        }
        let mut seen = Seen::new(d.criteria.len());
        for (id, m) in &view.minimums {
            if let Some(slot) = find(issues, Field::Minimums, criteria(), id)
                .filter(|&c| seen.first(c, issues, Field::Minimums, id))
                .and_then(|c| options.minimums.get_mut(c))
            {
                *slot = (*m).min(MAX_SCORE);
            }
        }
        if let Some((column, dir)) = &view.sort {
            let column = column
                .clone()
                .map_group(|id| find(issues, Field::Sort, groups(), &id));
            if let Some(column) = column {
                self.table.sort = Sort { column, dir: *dir };
            }
        }
        // The scope comes before the providers, which must be in it.
        if let Some(c) = &view.country {
            if d.countries().contains(c) {
                options.scope.country = Some(c.clone());
            } else {
                issues.push(LinkIssue::UnknownId {
                    field: Field::Country,
                    id: c.to_ascii_lowercase(),
                });
            }
        }
        if view.text_only {
            if d.has_text_providers() {
                options.scope.named_in_text = true;
            } else {
                issues.push(LinkIssue::UnknownId {
                    field: Field::TextOnly,
                    id: "1".to_owned(),
                });
            }
        }
        // Providers must be of the type shown and in the scope; others are reported like
        // unknown ids.
        let kind = self.kind;
        let scope = self.options.scope.clone();
        let provider = |issues: &mut Vec<LinkIssue>, field: Field, id: &str| {
            let current = d.providers.iter().map(|p| {
                if p.kind == kind && scope.admits(p) {
                    p.id.as_str()
                } else {
                    ""
                }
            });
            find(issues, field, current, id)
        };
        self.table.selected = view
            .selected
            .as_deref()
            .and_then(|id| provider(issues, Field::Detail, id));
        self.comparison.pair = (
            view.pair
                .0
                .as_deref()
                .and_then(|id| provider(issues, Field::Pair, id)),
            view.pair
                .1
                .as_deref()
                .and_then(|id| provider(issues, Field::Pair, id)),
        );
        // The same provider on both sides is no comparison: the second side falls back to the
        // ranking (the best other provider).
        if let (Some(a), Some(b)) = self.comparison.pair {
            if a == b {
                self.comparison.pair.1 = None;
                if let Some(id) = &view.pair.1 {
                    issues.push(LinkIssue::Duplicate {
                        field: Field::Pair,
                        id: id.clone(),
                    });
                }
            }
        }
        let mut side_by_side = Vec::new();
        let mut extra = 0;
        let mut seen = Seen::new(d.providers.len());
        for id in &view.compare {
            if let Some(p) = provider(issues, Field::Compare, id) {
                if !seen.first(p, issues, Field::Compare, id) {
                    continue;
                }
                if side_by_side.len() < MAX_COMPARED {
                    side_by_side.push(p);
                } else {
                    extra += 1;
                }
            }
        }
        if extra > 0 {
            issues.push(LinkIssue::TooMany {
                field: Field::Compare,
                max: MAX_COMPARED,
                extra,
            });
        }
        self.comparison.side_by_side = side_by_side;
        self.table.show_all = view.show_all;
        unresolved
    }
}

/// Which entries of one list field were already applied, to report an id given twice.
struct Seen(Vec<bool>);

impl Seen {
    fn new(n: usize) -> Seen {
        Seen(vec![false; n])
    }

    fn has(&self, i: usize) -> bool {
        self.0.get(i).copied().unwrap_or(false)
    }

    /// True the first time `i` is seen; later times report `id` as a duplicate in `field` (the
    /// first entry is the one applied).
    fn first(&mut self, i: usize, issues: &mut Vec<LinkIssue>, field: Field, id: &str) -> bool {
        match self.0.get_mut(i) {
            Some(true) => {
                issues.push(LinkIssue::Duplicate {
                    field,
                    id: id.to_owned(),
                });
                false
            }
            Some(slot) => {
                *slot = true;
                true
            }
            None => false,
        }
    }
}

/// Where `id` is among `ids`, or `None` after reporting it as unknown in `field`.
fn find<'a>(
    issues: &mut Vec<LinkIssue>,
    field: Field,
    mut ids: impl Iterator<Item = &'a str>,
    id: &str,
) -> Option<usize> {
    let found = ids.position(|x| x == id);
    if found.is_none() {
        issues.push(LinkIssue::UnknownId {
            field,
            id: id.to_owned(),
        });
    }
    found
}
