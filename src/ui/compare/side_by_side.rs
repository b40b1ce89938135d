//! Two to four providers side by side: one column each, one row per duty with score,
//! justification and sources, the group sub-totals, and their profiles as a chart. Totals that
//! unknown scores can move get their range, and each provider's unknown duties are named.
//!
//! Layout (CSS, "Side by side"): where the section is wide, a table of fixed layout whose columns
//! share the width (nothing scrolls sideways, no column is cut); where it is narrow, each duty is a
//! block with one entry per provider below it, each entry labelled with the provider's marker and
//! name (`data-label`, drawn by CSS as generated text that screen readers skip: they hear the
//! column header). Providers are
//! told apart by their marker and name (see `profile_chart::marker`), never by a duty group's
//! colour. Explicit table roles keep the semantics when the narrow layout restyles the table.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::compare::profile_chart::{marker, profile_chart};
use crate::ui::parts::score_badge;
use crate::ui::parts::{evidence_notice, source_list};
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::dataset::Rating;
use crate::i18n;
use crate::ranking::Ranked;
use crate::scoring::unknown_duties;
use crate::state::{Action, Evidence};

#[derive(Properties, PartialEq)]
pub(crate) struct SideBySideProps {
    pub kind: usize,
    /// The providers picked, in the order picked.
    pub compare: Vec<usize>,
    /// The current ranking (for totals and sub-totals).
    pub rows: Rc<Vec<Ranked>>,
    /// Effective weights, to name the weighted duties with unknown scores.
    pub effective: Rc<Vec<f64>>,
    /// Whether the justifications and sources are there (a core dataset loads them later).
    pub evidence: Evidence,
}

#[component]
pub(crate) fn SideBySide(props: &SideBySideProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    if props.compare.is_empty() {
        return Html::default();
    }
    let picked: Vec<Ranked> = props
        .compare
        .iter()
        .filter_map(|&p| props.rows.iter().find(|r| r.score.provider == p).cloned())
        .collect();
    let groups: Vec<usize> = (0..d.groups.len())
        .filter(|&g| d.criteria_of(g).any(|(_, c)| c.applies(props.kind)))
        .collect();
    let clear = {
        let dispatch = dispatch.clone();
        move |_| dispatch.dispatch(Action::ClearCompare)
    };
    let value =
        |v: Option<f64>| v.map_or_else(|| s.no_value.to_owned(), |v| i18n::decimal(lang, v, 1));
    let heading = ids.id("side-title");
    // Per compared provider (by its place in the comparison): its name, the label of each of
    // its cells in the narrow layout (drawn by CSS with its marker, so it is neither in the text
    // of the cell nor heard twice).
    let names: Vec<String> = picked
        .iter()
        .map(|r| {
            d.providers
                .get(r.score.provider)
                .map(|p| p.name.get(lang).to_owned())
                .unwrap_or_default()
        })
        .collect();
    let label = |k: usize| names.get(k).cloned().unwrap_or_default();
    let any_range = picked.iter().any(|r| r.score.range.open());
    let unknown_at = |p: usize| -> String {
        let names: Vec<&str> = unknown_duties(d, p, &props.effective)
            .into_iter()
            .filter_map(|c| d.criteria.get(c).map(|c| c.name.get(lang)))
            .collect();
        if names.is_empty() {
            s.no_value.to_owned()
        } else {
            i18n::unknowns::unknown_at(lang, &names)
        }
    };

    html! {
        <section class="pc-side" aria-labelledby={heading.clone()}>
            <div class="pc-side-head">
                <h3 id={heading.clone()}>{ s.side_by_side }</h3>
                { evidence_notice(lang, &dispatch, &props.evidence) }
                <button type="button" class="pc-button" onclick={clear}>{ s.clear_compare }</button>
            </div>
            if picked.len() < 2 {
                <p class="pc-hint">{ s.pick_one_more }</p>
            } else {
                { profile_chart(lang, d, &ids, &groups, &picked, &props.effective) }
            }
            <div class="pc-side-wrap">
                <table class="pc-side-table" role="table" aria-labelledby={heading}>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{ s.duty }</th>
                            { for picked.iter().filter_map(|r| d.providers.get(r.score.provider)).enumerate().map(|(k, p)| html! {
                                <th scope="col" role="columnheader" key={p.id.clone()}>
                                    { marker(k) }
                                    <span dir="auto">{ p.name.get(lang) }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        <tr class="pc-side-total pc-side-numbers" role="row">
                            <th scope="row" role="rowheader">{ s.col_total }</th>
                            { for picked.iter().enumerate().map(|(k, r)| html! {
                                <td key={r.score.provider} role="cell" data-label={label(k)}>{ value(r.score.total()) }</td>
                            }) }
                        </tr>
                        if any_range {
                            <tr class="pc-side-range pc-side-numbers" role="row">
                                <th scope="row" role="rowheader">{ i18n::unknowns::range_label(lang) }</th>
                                { for picked.iter().enumerate().map(|(k, r)| html! {
                                    <td key={r.score.provider} role="cell" data-label={label(k)}>
                                        { if r.score.range.open() { i18n::unknowns::range(lang, &r.score.range) } else { s.no_value.to_owned() } }
                                    </td>
                                }) }
                            </tr>
                            <tr class="pc-side-numbers" role="row">
                                <th scope="row" role="rowheader">{ i18n::unknowns::legend(lang) }</th>
                                { for picked.iter().enumerate().map(|(k, r)| html! {
                                    <td key={r.score.provider} role="cell" data-label={label(k)}>{ unknown_at(r.score.provider) }</td>
                                }) }
                            </tr>
                        }
                        <tr class="pc-side-numbers" role="row">
                            <th scope="row" role="rowheader">{ s.col_coverage }</th>
                            { for picked.iter().enumerate().map(|(k, r)| html! {
                                <td key={r.score.provider} role="cell" data-label={label(k)}>
                                    { r.score.overall.coverage().map_or_else(|| s.no_value.to_owned(), |c| i18n::percent(lang, c)) }
                                </td>
                            }) }
                        </tr>
                        { for groups.iter().filter_map(|&g| d.groups.get(g).map(|group| (g, group))).map(|(g, group)| html! {
                            <>
                                <tr class="pc-side-group pc-side-numbers" role="row" key={format!("g-{}", group.id)}>
                                    <th scope="row" role="rowheader" dir="auto">{ group.name.get(lang) }</th>
                                    { for picked.iter().enumerate().map(|(k, r)| html! {
                                        <td key={r.score.provider} role="cell" data-label={label(k)}>
                                            { value(r.score.groups.get(g).and_then(|p| p.total())) }
                                        </td>
                                    }) }
                                </tr>
                                { for d.criteria_of(g).filter(|(_, c)| c.applies(props.kind)).map(|(c, criterion)| html! {
                                    <tr class="pc-side-duties" role="row" key={criterion.id.clone()}>
                                        <th scope="row" role="rowheader" class="pc-side-duty" dir="auto">{ criterion.name.get(lang) }</th>
                                        { for picked.iter().enumerate().map(|(k, r)| {
                                            let rating = d.providers.get(r.score.provider).and_then(|p| p.ratings.get(c));
                                            html! {
                                                <td key={r.score.provider} role="cell" data-label={label(k)}>
                                                    { match rating {
                                                        Some(Rating::Scored(sc)) => html! {
                                                            <>
                                                                { score_badge(lang, Some(sc.score)) }
                                                                <p>{ sc.why.get(lang) }</p>
                                                                { source_list(lang, d, &sc.sources) }
                                                            </>
                                                        },
                                                        Some(Rating::Unknown { note, sources, .. }) => html! {
                                                            <>
                                                                { score_badge(lang, None) }
                                                                if let Some(note) = note {
                                                                    <p>{ note.get(lang) }</p>
                                                                }
                                                                { source_list(lang, d, sources) }
                                                            </>
                                                        },
                                                        _ => html! { <span class="pc-hint">{ s.not_applicable }</span> },
                                                    } }
                                                </td>
                                            }
                                        }) }
                                    </tr>
                                }) }
                            </>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
