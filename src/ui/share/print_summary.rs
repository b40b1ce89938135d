//! What a printout needs besides the ranking: the weighting behind it, and the sources of every
//! score in the ranking (as written-out addresses, since paper has no links). Never shown on
//! screen, so it is only built while printing (`beforeprint` to `afterprint`), not on every
//! slider step; the sources can be long.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::parts::evidence_notice;
use crate::ui::{use_dataset, use_dispatch, use_lang};

use crate::dataset::Rating;
use crate::i18n;
use crate::ranking::Ranked;
use crate::state::Evidence;
use crate::weighting::Weights;

#[derive(Properties, PartialEq)]
pub(crate) struct PrintSummaryProps {
    pub kind: usize,
    pub weights: Weights,
    pub effective: Rc<Vec<f64>>,
    /// The rows the table shows, in its order.
    pub rows: Rc<Vec<Ranked>>,
    pub shown: usize,
    pub printing: bool,
    /// Whether the sources are there (a core dataset loads them later).
    pub evidence: Evidence,
}

#[component]
pub(crate) fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let s = i18n::strings(lang);
    let d = &dataset;
    if !props.printing {
        return Html::default();
    }
    let share = |e: f64| i18n::percent_decimals(lang, e, 1);
    html! {
        <div class="pc-print-only">
            <h3>{ s.print_weights }</h3>
            <ul class="pc-print-weights">
                { for d.groups.iter().enumerate().filter(|(g, _)| d.criteria_of(*g).any(|(_, c)| c.applies(props.kind))).map(|(g, group)| {
                    let group_share: f64 = d.criteria_of(g).map(|(c, _)| props.effective.get(c).copied().unwrap_or(0.0)).sum();
                    html! {
                        <li key={group.id.clone()}>
                            <strong>{ format!("{}: {} ({})", i18n::isolate(group.name.get(lang)), props.weights.groups.get(g).copied().unwrap_or(0), share(group_share)) }</strong>
                            <ul>
                                { for d.criteria_of(g).filter(|(_, c)| c.applies(props.kind)).map(|(c, criterion)| html! {
                                    <li key={criterion.id.clone()}>
                                        { format!(
                                            "{}: {} ({})",
                                            i18n::isolate(criterion.name.get(lang)),
                                            props.weights.criteria.get(c).copied().unwrap_or(0),
                                            share(props.effective.get(c).copied().unwrap_or(0.0)),
                                        ) }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ul>
            <h3>{ s.print_sources }</h3>
            { evidence_notice(lang, &dispatch, &props.evidence) }
                { for props.rows.iter().take(props.shown).filter_map(|r| d.providers.get(r.score.provider)).map(|p| {
                    // Each source once per provider, in the order of the duties.
                    let mut seen: Vec<&str> = Vec::new();
                    let sources: Vec<Html> = p.ratings.iter().flat_map(|rating| match rating {
                        Rating::Scored(sc) => sc.sources.iter(),
                        Rating::Unknown { sources, .. } => sources.iter(),
                        Rating::NotApplicable => [].iter(),
                    }).filter(|src| {
                        let url = src.url.as_str();
                        let new = !seen.contains(&url);
                        if new { seen.push(url); }
                        new
                    }).map(|src| {
                        let date = match (&src.date, &src.accessed) {
                            (Some(d), _) => d.format(lang),
                            (None, Some(a)) => i18n::source_accessed(lang, a),
                            (None, None) => String::new(),
                        };
                        html! {
                            <li key={src.url.as_str().to_owned()}>
                                { format!("{} – {} ({date})", src.title.get(lang), src.url.as_str()) }
                            </li>
                        }
                    }).collect();
                    html! {
                        <section key={p.id.clone()} class="pc-print-sources">
                            <h4 dir="auto">{ p.name.get(lang) }</h4>
                            <ul>{ sources }</ul>
                        </section>
                    }
                }) }
        </div>
    }
}
