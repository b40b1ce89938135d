//! The ranking table: rank, provider, total with bar, data coverage and a sub-total per duty group.
//! Column headers are sort buttons; the sorted column says so (`aria-sort`) and each sort is
//! announced in a polite live region.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::results::RankingRow;
use crate::ui::results::StabilityNote;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::ranking::{Ranked, SortColumn, SortDir};
use crate::sensitivity::Stability;
use crate::state::{rows_shown, Action, Table, MAX_COMPARED, TABLE_ROWS};

#[derive(Properties, PartialEq)]
pub(crate) struct RankingTableProps {
    /// Ranked and already sorted for display.
    pub rows: Rc<Vec<Ranked>>,
    pub kind: usize,
    /// Sort, open detail and how many rows to show.
    pub table: Table,
    pub all_weights_zero: bool,
    pub minimums: Vec<u8>,
    pub stability: Option<Stability>,
    /// The providers in the side-by-side comparison.
    pub compare: Vec<usize>,
}

#[component]
pub(crate) fn RankingTable(props: &RankingTableProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    let kind_name = d.type_name(props.kind, lang);
    let heading_id = ids.id("ranking-title");

    // Only groups with a criterion that applies to this type get a column.
    let groups: Vec<usize> = (0..d.groups.len())
        .filter(|&g| d.criteria_of(g).any(|(_, c)| c.applies(props.kind)))
        .collect();

    let column_name = |column: SortColumn| i18n::column_name(lang, d, column);
    let header = |column: SortColumn, visible: Html, class: &'static str| {
        let sorted = props.table.sort.column == column;
        let aria_sort = sorted.then_some(match props.table.sort.dir {
            SortDir::Ascending => "ascending",
            SortDir::Descending => "descending",
        });
        let arrow = match (sorted, props.table.sort.dir) {
            (false, _) => "↕",
            (true, SortDir::Ascending) => "▲",
            (true, SortDir::Descending) => "▼",
        };
        let dispatch = dispatch.clone();
        html! {
            <th key={format!("{column:?}")} scope="col" class={class} aria-sort={aria_sort}>
                <button
                    type="button"
                    class="pc-sort"
                    title={i18n::sort_by(lang, &column_name(column))}
                    onclick={move |_| dispatch.dispatch(Action::SortBy(column))}
                >
                    { visible }
                    <span class={classes!("pc-sort-arrow", sorted.then_some("pc-sort-arrow--on"))} aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };

    let total = props.rows.len();
    let shown = rows_shown(total, props.table.show_all);
    let toggle_rows = (total > TABLE_ROWS).then(|| {
        let dispatch = dispatch.clone();
        let all = !props.table.show_all;
        let label = if all {
            i18n::show_all_rows(lang, total)
        } else {
            i18n::show_first_rows(lang, TABLE_ROWS)
        };
        html! {
            <div class="pc-more">
                <span class="pc-hint">{ i18n::showing_rows(lang, shown, total) }</span>
                <button type="button" class="pc-button" onclick={move |_| dispatch.dispatch(Action::ShowAllRows(all))}>
                    { label }
                </button>
            </div>
        }
    });

    html! {
        <section class="pc-ranking" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id.clone()}>{ i18n::ranking_heading(lang, kind_name) }</h3>
            <StabilityNote stability={props.stability.clone()} />
            if props.all_weights_zero {
                <p class="pc-notice" role="status">{ s.all_weights_zero }</p>
            }
            if props.rows.is_empty() {
                <p class="pc-notice">{ s.no_providers }</p>
            } else {
                <div class="pc-table-wrap" role="region" tabindex="0" aria-label={s.table_scroll_hint}>
                    <table class="pc-table" aria-labelledby={heading_id}>
                        <thead>
                            <tr>
                                { header(SortColumn::Rank, html! { s.col_rank }, "pc-col-rank") }
                                { header(SortColumn::Name, html! { s.col_provider }, "pc-col-name") }
                                { header(SortColumn::Total, html! { s.col_total }, "pc-col-total") }
                                { header(SortColumn::Coverage, html! { s.col_coverage }, "pc-col-coverage") }
                                { for groups.iter().filter_map(|&g| d.groups.get(g).map(|group| (g, group))).map(|(g, group)| {
                                    let full = group.name.get(lang);
                                    let short = group.short_name.as_ref().map_or(full, |t| t.get(lang));
                                    // The short label is visible and part of the name (for speech
                                    // control); the full name follows for screen readers.
                                    header(SortColumn::Group(g), html! {
                                        <>
                                            { short }
                                            if short != full {
                                                <span class="pc-sr">{ format!(" – {full}") }</span>
                                            }
                                        </>
                                    }, "pc-col-group")
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for props.rows.iter().take(shown).map(|row| html! {
                                <RankingRow
                                    key={d.providers.get(row.score.provider).map_or_else(String::new, |p| p.id.clone())}
                                    row={row.clone()}
                                    groups={groups.clone()}
                                    selected={props.table.selected == Some(row.score.provider)}
                                    minimums={props.minimums.clone()}
                                    compared={props.compare.contains(&row.score.provider)}
                                    compare_full={props.compare.len() >= MAX_COMPARED}
                                />
                            }) }
                        </tbody>
                    </table>
                </div>
                { toggle_rows.unwrap_or_default() }
                <p class="pc-hint pc-compare-hint">{ s.compare_hint }</p>
            }
        </section>
    }
}
