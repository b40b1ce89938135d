//! One provider's row in the ranking table. The name opens the provider's details. A total that
//! unknown scores can move shows its range (worst–best) below it, spoken as a sentence.
//!
//! The same row is a table row on wide screens and a card on narrow ones (CSS only, see
//! `styles/widget.css`, "Ranking"): each sub-total cell carries its column's name (`data-label`),
//! which only the card shows, as generated text that screen readers skip (they hear the header). The reason of
//! a knock-out or an exclusion sits in a disclosure under its mark, so a row stays one line high
//! until the reader asks. Explicit table roles keep the semantics when the card restyles the row.
//! A row has as few elements as its content needs: each costs every slider step its share of
//! the table's layout (a sub-total is bare text; only a missing one says why, for screen readers).
//!
//! The table updates rows in place when the ranking changes (see `ranking_table`): whether a
//! reason is open is the table's state per provider, not the disclosure's own, so that it does
//! not stay open on the provider that takes the row's place.

use yew::prelude::*;

use crate::ui::parts::score_bar;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::ranking::Ranked;
use crate::scoring::Part;
use crate::state::{Action, MAX_COMPARED};
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub(crate) struct RankingRowProps {
    /// Where the row is in the table (0-based), for `aria-rowindex` in a windowed table.
    pub position: usize,
    pub row: Ranked,
    /// The duty groups that have a column, by index.
    pub groups: Vec<usize>,
    pub selected: bool,
    /// The reader's minimums, to explain an exclusion.
    pub minimums: Vec<u8>,
    /// Whether it is in the side-by-side comparison, and whether it could be added.
    pub compared: bool,
    pub compare_full: bool,
    /// Whether the reader opened this provider's reason (a knock-out or an exclusion). Held by
    /// the table per provider: rows are updated in place, so the disclosure's own state would
    /// stay with the row's place when another provider takes it.
    pub reason_open: bool,
    /// Told when the reader opens or closes a reason: the provider and whether it is open.
    pub on_reason: Callback<(usize, bool)>,
}

/// Why a part has no value, in words for screen readers.
fn missing_reason(lang: Lang, part: &Part) -> &'static str {
    let s = i18n::strings(lang);
    if part.applicable_weight <= 0.0 {
        s.no_weight
    } else {
        s.no_known_scores
    }
}

#[component]
pub(crate) fn RankingRow(props: &RankingRowProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let score = &props.row.score;
    let Some(provider) = dataset.providers.get(score.provider) else {
        return Html::default();
    };
    let name = provider.name.get(lang);
    let p = score.provider;
    let onclick = {
        let dispatch = dispatch.clone();
        let selected = props.selected;
        move |_| dispatch.dispatch(Action::Select((!selected).then_some(p)))
    };
    let overall = &score.overall;
    let coverage = overall.coverage();
    let low_coverage = coverage.is_some_and(|c| c < 0.5);
    let d = &dataset;
    // Why the total is not what the weights alone give: minimums missed, or a knock-out cap.
    let unmet: Vec<String> = score
        .unmet
        .iter()
        .filter_map(|&c| {
            let criterion = d.criteria.get(c)?;
            let min = props.minimums.get(c).copied().unwrap_or(0);
            Some(i18n::unmet_reason(
                lang,
                criterion.name.get(lang),
                provider.ratings.get(c).and_then(|r| r.score()),
                min,
            ))
        })
        .collect();
    let cap_note = match (score.capped(), score.cap, score.raw_total()) {
        (true, Some(cap), Some(raw)) => {
            let reasons: Vec<&str> = score
                .caps
                .iter()
                .filter_map(|&r| d.knockouts.get(r))
                .map(|k| k.reason.get(lang))
                .collect();
            Some(format!(
                "{}: {}",
                i18n::capped_at(lang, cap, raw),
                reasons.join("; ")
            ))
        }
        _ => None,
    };

    // Stable hooks for tests, benchmarks and embedders' own checks (README, "Test hooks"): they
    // survive any change of markup or layout.
    // The total hook is exactly the number shown (`.` as decimal mark), empty where none is shown.
    let total_hook = score
        .total()
        .filter(|_| unmet.is_empty())
        .map(|t| i18n::decimal(Lang::En, t, 1))
        .unwrap_or_default();
    let rank_hook = props.row.rank.map(|r| r.to_string()).unwrap_or_default();
    // The range, only where unknowns can move the total (and a total is shown).
    let range = Some(score.range).filter(|r| r.open() && !total_hook.is_empty());
    let range_hook = |v: Option<f64>| v.map(|v| i18n::decimal(Lang::En, v, 1)).unwrap_or_default();
    let on_toggle = {
        let on_reason = props.on_reason.clone();
        move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            on_reason.emit((p, el.open()));
        }
    };
    html! {
        <tr
            role="row"
            class={classes!(props.selected.then_some("pc-row--selected"))}
            aria-rowindex={(props.position + 2).to_string()}
            data-pc-provider={provider.id.clone()}
            data-pc-rank={rank_hook}
            data-pc-total={total_hook}
            data-pc-worst={range.map(|r| range_hook(r.worst))}
            data-pc-best={range.map(|r| range_hook(r.best))}
        >
            <td class="pc-col-rank" role="cell">
                { props.row.rank.map_or_else(|| s.no_value.to_owned(), |r| r.to_string()) }
            </td>
            <th scope="row" class="pc-col-name" role="rowheader">
                <input
                    type="checkbox"
                    class="pc-pick"
                    id={ids.item("pick", &provider.id)}
                    checked={props.compared}
                    disabled={props.compare_full && !props.compared}
                    aria-label={i18n::pick_for_comparison(lang, name)}
                    title={(props.compare_full && !props.compared).then(|| i18n::comparison_full(lang, MAX_COMPARED))}
                    onchange={{
                        let dispatch = dispatch.clone();
                        move |_| dispatch.dispatch(Action::ToggleCompare(p))
                    }}
                />
                <button
                    type="button"
                    class="pc-name"
                    id={ids.item("row", &provider.id)}
                    aria-expanded={if props.selected { "true" } else { "false" }}
                    aria-controls={props.selected.then(|| ids.id("detail"))}
                    title={i18n::details_of(lang, name)}
                    dir="auto"
                    {onclick}
                >
                    { name }
                </button>
            </th>
            <td class="pc-col-total" role="cell">
                if !unmet.is_empty() {
                    <details class="pc-flag-details" open={props.reason_open} ontoggle={on_toggle.clone()}>
                        <summary class="pc-flag-excluded">{ s.excluded }</summary>
                        <ul class="pc-reasons">
                            { for unmet.iter().enumerate().map(|(i, r)| html! { <li key={i}>{ r.clone() }</li> }) }
                        </ul>
                    </details>
                } else if let Some(total) = score.total() {
                    <div class="pc-total">
                        <span class="pc-total-value">{ i18n::decimal(lang, total, 1) }</span>
                        { score_bar(total, low_coverage) }
                    </div>
                    if let Some(r) = range {
                        <span class="pc-range" aria-hidden="true">{ i18n::unknowns::range(lang, &r) }</span>
                        <span class="pc-sr">{ format!(" ({})", i18n::unknowns::range_spoken(lang, &r)) }</span>
                    }
                    if let Some(note) = cap_note {
                        <details class="pc-flag-details" open={props.reason_open} ontoggle={on_toggle}>
                            <summary class="pc-flag-capped">{ s.capped }</summary>
                            <span class="pc-reason">{ note }</span>
                        </details>
                    }
                } else {
                    <span aria-hidden="true">{ s.no_value }</span>
                    <span class="pc-sr">{ missing_reason(lang, overall) }</span>
                }
            </td>
            <td class={classes!("pc-col-coverage", low_coverage.then_some("pc-low"))} role="cell" data-label={s.col_coverage}>
                if let Some(c) = coverage {
                    <span class="pc-coverage-value">{ i18n::percent(lang, c) }</span>
                    <span class="pc-sub" aria-hidden="true">{ format!("{}/{}", overall.known, overall.applicable) }</span>
                    <span class="pc-sr">{ format!(" ({})", i18n::known_of(lang, overall.known, overall.applicable)) }</span>
                } else {
                    <span aria-hidden="true">{ s.no_value }</span>
                    <span class="pc-sr">{ s.no_weight }</span>
                }
            </td>
            { for props.groups.iter().map(|&g| {
                let part = score.groups.get(g).copied().unwrap_or_default();
                let name = d.groups.get(g).map(|group| {
                    group.short_name.as_ref().unwrap_or(&group.name).get(lang).to_owned()
                }).unwrap_or_default();
                // A sub-total is a bare text in its cell: these cells are most of a row's
                // elements, and each element costs every slider step layout time (with fifty
                // rows, bare cells instead of three elements each took a step's layout and paint
                // from 23.1 to 20.9 ms CPU, traced). Only a missing value (no known score, or a
                // weight of 0) adds the two elements that say why.
                html! {
                    <td class="pc-col-group" role="cell" data-label={name}>
                        if let Some(t) = part.total() {
                            { i18n::decimal(lang, t, 0) }
                        } else {
                            <span aria-hidden="true">{ s.no_value }</span>
                            <span class="pc-sr">{ missing_reason(lang, &part) }</span>
                        }
                    </td>
                }
            }) }
        </tr>
    }
}
