//! The ranking table: rank, provider, total with bar, data coverage and a sub-total per duty group.
//! Column headers are sort buttons; the sorted column says so (`aria-sort`) and each sort is
//! announced in a polite live region.
//!
//! Rows are keyed by their place in the table, not by provider: when a slider re-orders the
//! ranking, each row's texts and attributes change where they are instead of whole rows moving
//! (moving rows was the largest part of a slider step with fifty rows). The keyboard focus
//! follows its provider ([`use_focus_follows_provider`]), and the test hooks are each row's own.
//!
//! A long table (from [`WINDOWED_FROM`] rows on, when the reader asked for every row) renders
//! only the rows near the visible part of the page, with spacer rows standing in for the rest, so
//! a slider move costs the same for a thousand providers as for a hundred. The table still says
//! how many rows it has (`aria-rowcount`, `aria-rowindex`), and printing renders every row.
//!
//! Layout (CSS, `styles/widget.css`, "Ranking"): where the section is narrow, each row is a card
//! and nothing scrolls; where it is wide, a table whose rank, name and total columns stay in place
//! (sticky) while the coverage and group columns scroll. Invariant: the name and the total are
//! always visible; whenever the table is wider than its place, a fade at the hidden edge and a
//! written hint say that it scrolls (measured here after every render, on resize and on scroll,
//! because headless and touch browsers hide scrollbars), and only then is the scroll container a
//! tab stop. A legend right under the table explains the coverage, "–" and the knock-out marks.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::results::RankingRow;
use crate::ui::results::StabilityNote;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::ranking::{Ranked, Sort, SortColumn, SortDir};
use crate::scoring::{Unknowns, Unsettled};
use crate::sensitivity::Stability;
use crate::state::{
    including, rows_in_view, rows_shown, Action, Table, MAX_COMPARED, TABLE_ROWS, WINDOWED_FROM,
};

#[derive(Properties, PartialEq)]
pub(crate) struct RankingTableProps {
    /// Ranked and already sorted for display.
    pub rows: Rc<Vec<Ranked>>,
    pub kind: usize,
    /// Sort, open detail and how many rows to show.
    pub table: Table,
    pub all_weights_zero: bool,
    /// Whether the reader's filter (a country, the teaching text's) leaves providers out: an
    /// empty ranking then says to change the filter, not that the dataset has none.
    pub filtered: bool,
    pub minimums: Vec<u8>,
    pub stability: Option<Stability>,
    /// How unknown scores count (for the note beside the table and the stability label).
    pub unknowns: Unknowns,
    /// First place, if the known data do not settle it (see `ranking::unsettled_first`).
    pub unsettled: Option<Unsettled>,
    /// The providers in the side-by-side comparison.
    pub compare: Vec<usize>,
    /// The page is being printed: every row is rendered.
    pub printing: bool,
}

/// Rows rendered beyond the visible ones on each side, and the step the window moves in.
const BUFFER_ROWS: usize = 30;
const WINDOW_STEP: usize = 10;
/// A row's height until one is measured (CSS pixels).
const ROW_HEIGHT: f64 = 44.0;

#[component]
pub(crate) fn RankingTable(props: &RankingTableProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let total = props.rows.len();
    let shown = rows_shown(total, props.table.show_all);
    let windowed = shown >= WINDOWED_FROM && !props.printing;
    let body_ref = use_node_ref();
    let window = use_window(&body_ref, windowed, shown);
    let wrap_ref = use_node_ref();
    let (overflow, on_scroll) = use_overflow(&wrap_ref);
    use_focus_follows_provider(&body_ref);
    // The providers whose reason (a knock-out's or an exclusion's) the reader opened.
    let open_reasons = use_state(Vec::<usize>::new);
    // The same callback while the list is the same, so that rows whose data did not change
    // are not rendered again.
    let on_reason = {
        let handle = open_reasons.clone();
        use_callback(
            (*open_reasons).clone(),
            move |(provider, open): (usize, bool), list: &Vec<usize>| {
                let mut next = list.clone();
                next.retain(|&p| p != provider);
                if open {
                    next.push(provider);
                }
                if next != *list {
                    handle.set(next);
                }
            },
        )
    };
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    let kind_name = d.type_name(props.kind, lang);
    let heading_id = ids.id("ranking-title");
    // Whether any provider's total can be moved by unknown scores.
    let has_unknowns = props.rows.iter().any(|r| r.score.overall.unknown > 0);
    // What the legend has to explain: a "–" anywhere, a knock-out or exclusion mark.
    let any_dash = props.rows.iter().any(|r| {
        r.score.overall.total().is_none()
            || r.score.overall.coverage().is_none()
            || r.score.groups.iter().any(|p| p.total().is_none())
    });
    let any_flag = props
        .rows
        .iter()
        .any(|r| !r.score.unmet.is_empty() || r.score.capped());

    // Only groups with a criterion that applies to this type get a column.
    let groups: Vec<usize> = (0..d.groups.len())
        .filter(|&g| d.criteria_of(g).any(|(_, c)| c.applies(props.kind)))
        .collect();

    let (start, end, row_height) = if windowed {
        *window
    } else {
        (0, shown, ROW_HEIGHT as u32)
    };
    let ncols = (4 + groups.len()).to_string();
    // Only where rows are left out: an empty spacer would be a row of no height in front of the
    // first provider (tools that wait for the first row to be visible would wait forever). Keyed,
    // like the rows, so that the body's children stay one keyed list when a spacer comes or goes.
    let spacer = |rows: usize, key: &'static str| {
        (rows > 0).then(|| {
            let height = (rows as u64 * u64::from(row_height)).to_string();
            html! {
                <tr class="pc-spacer" aria-hidden="true" key={key}>
                    <td colspan={ncols.clone()} height={height}></td>
                </tr>
            }
        })
    };
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
            if let Some(u) = props.unsettled {
                <p class="pc-unsettled">
                    { i18n::unknowns::unsettled(
                        lang,
                        d.providers.get(u.leader).map(|p| p.name.get(lang)).unwrap_or_default(),
                        d.providers.get(u.challenger).map(|p| p.name.get(lang)).unwrap_or_default(),
                        u.unknown,
                    ) }
                </p>
            }
            <StabilityNote
                stability={props.stability.clone()}
                unknowns={has_unknowns.then_some(props.unknowns)}
            />
            if has_unknowns {
                <p class="pc-hint pc-unknowns-note">{ i18n::unknowns::note(lang, props.unknowns) }</p>
            }
            if props.all_weights_zero {
                <p class="pc-notice" role="status">{ s.all_weights_zero }</p>
            }
            if props.rows.is_empty() {
                <p class="pc-notice">
                    { if props.filtered { crate::i18n::scope::none_left(lang) } else { s.no_providers } }
                </p>
            } else {
                if overflow.0 || overflow.1 {
                    <p class="pc-hint pc-scroll-hint">{ i18n::table::scroll_hint(lang) }</p>
                }
                <div class={classes!(
                    "pc-scroll",
                    overflow.0.then_some("pc-scroll--left"),
                    overflow.1.then_some("pc-scroll--right"),
                )}>
                <div
                    class="pc-table-wrap"
                    role="region"
                    tabindex={(overflow.0 || overflow.1).then_some("0")}
                    aria-label={s.table_scroll_hint}
                    ref={wrap_ref.clone()}
                    onscroll={on_scroll}
                    onfocusin={move |e: FocusEvent| reveal(&wrap_ref, &e)}
                >
                    <table class="pc-table" role="table" aria-labelledby={heading_id} aria-rowcount={(shown + 1).to_string()}>
                        <RankingHead kind={props.kind} sort={props.table.sort} groups={groups.clone()} />
                        <tbody ref={body_ref} role="rowgroup">
                            { for spacer(start, "before").into_iter().chain(props.rows.iter().enumerate().take(end).skip(start).map(|(position, row)| html! {
                                <RankingRow
                                    key={position}
                                    {position}
                                    row={row.clone()}
                                    groups={groups.clone()}
                                    selected={props.table.selected == Some(row.score.provider)}
                                    minimums={props.minimums.clone()}
                                    compared={props.compare.contains(&row.score.provider)}
                                    compare_full={props.compare.len() >= MAX_COMPARED}
                                    reason_open={open_reasons.contains(&row.score.provider)}
                                    on_reason={on_reason.clone()}
                                />
                            })).chain(spacer(shown.saturating_sub(end), "after")) }
                        </tbody>
                    </table>
                </div>
                </div>
                <dl class="pc-legend">
                    <div>
                        <dt>{ s.col_coverage }</dt>
                        <dd>{ i18n::table::legend_coverage(lang) }</dd>
                    </div>
                    if any_dash {
                        <div>
                            <dt>{ s.no_value }</dt>
                            <dd>{ i18n::table::legend_no_value(lang) }</dd>
                        </div>
                    }
                    if any_flag {
                        <div>
                            <dt>{ format!("{}, {}", s.capped, s.excluded) }</dt>
                            <dd>{ i18n::table::legend_flags(lang) }</dd>
                        </div>
                    }
                </dl>
                { toggle_rows.unwrap_or_default() }
                <p class="pc-hint pc-compare-hint">{ s.compare_hint }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RankingHeadProps {
    kind: usize,
    sort: Sort,
    /// The duty groups that have a column.
    groups: Vec<usize>,
}

/// The table's head: a sort button per column. A component of its own, so that the steps of a
/// slider drag (which change no column) do not render it again.
#[component]
fn RankingHead(props: &RankingHeadProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let s = i18n::strings(lang);
    let d = &dataset;
    let groups = &props.groups;
    let column_name = |column: SortColumn| i18n::column_name(lang, d, column);
    let header = |column: SortColumn, visible: Html, class: &'static str| {
        let sorted = props.sort.column == column;
        let aria_sort = sorted.then_some(match props.sort.dir {
            SortDir::Ascending => "ascending",
            SortDir::Descending => "descending",
        });
        let arrow = match (sorted, props.sort.dir) {
            // U+FE0E asks for the text glyph: without it, emoji scripts on host pages (WordPress's)
            // take the arrow for an emoji and swap in an image from a third-party host.
            (false, _) => "↕\u{FE0E}",
            (true, SortDir::Ascending) => "▲",
            (true, SortDir::Descending) => "▼",
        };
        let dispatch = dispatch.clone();
        html! {
            <th key={format!("{column:?}")} scope="col" class={class} aria-sort={aria_sort} role="columnheader">
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

    html! {
                        <thead role="rowgroup">
                            <tr role="row">
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
    }
}

/// The rows of a windowed table near the visible part of the page, as `start..end`; follows
/// scrolling (of the page or any container, caught in the capture phase) and resizing, and
/// changes, re-rendering the table, only when the window moves by a step.
#[hook]
fn use_window(body: &NodeRef, windowed: bool, rows: usize) -> UseStateHandle<(usize, usize, u32)> {
    let window = use_state_eq(|| (0, rows.min(2 * BUFFER_ROWS), ROW_HEIGHT as u32));
    {
        let (body, window) = (body.clone(), window.clone());
        use_effect_with((windowed, rows), move |&(windowed, rows)| {
            let listeners = windowed.then(|| {
                let measure = Rc::new(move || {
                    let Some(el) = body.cast::<web_sys::Element>() else {
                        return;
                    };
                    let top = el.get_bounding_client_rect().top();
                    // The height of a rendered row, so that the spacers match the rows they
                    // stand for and the window follows the real scroll position.
                    let height = el
                        .query_selector("tr[data-pc-provider]")
                        .ok()
                        .flatten()
                        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok())
                        .map(|r| r.offset_height())
                        .filter(|&h| h >= 1)
                        .map_or(ROW_HEIGHT as u32, |h| h.unsigned_abs());
                    let viewport = gloo_utils::window()
                        .inner_height()
                        .ok()
                        .and_then(|h| h.as_f64())
                        .unwrap_or(800.0);
                    // The row with keyboard focus stays rendered: dropping it would send the
                    // focus back to the page.
                    let focused = crate::ui::browser::focused_element(&el)
                        .and_then(|a| a.closest("tr[data-pc-provider]").ok().flatten())
                        .filter(|tr| el.contains(Some(tr)))
                        .and_then(|tr| tr.get_attribute("aria-rowindex"))
                        .and_then(|i| i.parse::<usize>().ok())
                        .map(|i| i.saturating_sub(2));
                    let (start, end) = including(
                        rows_in_view(
                            rows,
                            top,
                            viewport,
                            f64::from(height),
                            BUFFER_ROWS,
                            WINDOW_STEP,
                        ),
                        focused,
                        WINDOW_STEP,
                        rows,
                    );
                    window.set((start, end, height));
                });
                measure();
                let options = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                let on_scroll = {
                    let measure = measure.clone();
                    EventListener::new_with_options(
                        &gloo_utils::document(),
                        "scroll",
                        options,
                        move |_| measure(),
                    )
                };
                let on_resize =
                    EventListener::new(&gloo_utils::window(), "resize", move |_| measure());
                (on_scroll, on_resize)
            });
            move || drop(listeners)
        });
    }
    window
}

/// Keeps the keyboard focus on its provider's control when the rows change in place. Rows are
/// keyed by position, so after a re-ranking the focused element shows another provider: the focus
/// moves to the same control (by class) of the row that now shows the provider it was on. Read
/// at each render, before the rows change; put back after the update. Only when the focus is in a
/// row, so a slider being dragged costs one look at the active element.
#[hook]
fn use_focus_follows_provider(body: &NodeRef) {
    let focused = body.cast::<web_sys::Element>().and_then(|tbody| {
        let el = crate::ui::browser::focused_element(&tbody).filter(|e| tbody.contains(Some(e)))?;
        let provider = el
            .closest("tr[data-pc-provider]")
            .ok()
            .flatten()?
            .get_attribute("data-pc-provider")?;
        let class = el.class_name().split_whitespace().next()?.to_owned();
        Some((tbody, provider, class))
    });
    use_effect(move || {
        let Some((tbody, provider, class)) = focused else {
            return;
        };
        let still = crate::ui::browser::focused_element(&tbody)
            .and_then(|e| e.closest("tr[data-pc-provider]").ok().flatten())
            .and_then(|tr| tr.get_attribute("data-pc-provider"))
            .is_some_and(|p| p == provider);
        if !still {
            // Provider ids are `[a-z0-9-]` (validated), so they need no escaping in a selector.
            let target = tbody
                .query_selector(&format!("tr[data-pc-provider=\"{provider}\"] .{class}"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = target {
                let _ = target.focus();
            }
        }
    });
}

/// Scrolls the table so that the control that just got the focus is wholly in view, clear of
/// the sticky columns (browsers leave a control that is partly in view where it is).
fn reveal(wrap: &NodeRef, e: &FocusEvent) {
    let (Some(wrap), Some(target)) = (
        wrap.cast::<web_sys::Element>(),
        e.target_dyn_into::<web_sys::Element>(),
    ) else {
        return;
    };
    let sticky = ".pc-col-rank, .pc-col-name, .pc-col-total";
    if wrap.scroll_width() <= wrap.client_width() || target.closest(sticky).ok().flatten().is_some()
    {
        return;
    }
    let w = wrap.get_bounding_client_rect();
    let r = target.get_bounding_client_rect();
    // The visible part starts where the last sticky column ends.
    let left = wrap
        .query_selector("thead .pc-col-total")
        .ok()
        .flatten()
        .map_or(w.left(), |th| th.get_bounding_client_rect().right());
    let right = w.left() + f64::from(wrap.client_left() + wrap.client_width());
    let delta = if r.right() > right {
        r.right() - right
    } else if r.left() < left {
        r.left() - left
    } else {
        return;
    };
    let step = if delta > 0.0 {
        delta.ceil()
    } else {
        delta.floor()
    };
    wrap.set_scroll_left(wrap.scroll_left() + step as i32);
}

/// Whether the element of `wrap` hides content to its left and to its right (it scrolls
/// sideways), measured whenever it or its table changes size and through the returned scroll
/// handler.
///
/// Measured from a `ResizeObserver`, which calls back after the browser has laid the page out
/// anyway: reading the sizes right after each render instead forced a layout of the whole page
/// inside the render's task, which on a slow phone made the first render's task the longest of
/// the load.
#[hook]
fn use_overflow(wrap: &NodeRef) -> ((bool, bool), Callback<Event>) {
    let state = use_state_eq(|| (false, false));
    let measure = {
        let (wrap, state) = (wrap.clone(), state.clone());
        Rc::new(move || {
            if let Some(el) = wrap.cast::<web_sys::Element>() {
                let (left, width, inner) = (el.scroll_left(), el.client_width(), el.scroll_width());
                // Right-to-left pages count scrollLeft from 0 down: compare magnitudes.
                let left = left.unsigned_abs();
                let hidden_left = left > 1;
                let hidden_right = left + width.unsigned_abs() + 1 < inner.unsigned_abs();
                state.set((hidden_left, hidden_right));
            }
        })
    };
    {
        let (wrap, measure) = (wrap.clone(), measure.clone());
        use_effect_with((), move |_| {
            let callback = Closure::<dyn Fn()>::new(move || measure());
            let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(el)) = (&observer, wrap.cast::<web_sys::Element>()) {
                observer.observe(&el);
                // The table inside: its width changes with the rows without the frame's doing.
                if let Some(table) = el.first_element_child() {
                    observer.observe(&table);
                }
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(callback);
            }
        });
    }
    (*state, Callback::from(move |_: Event| measure()))
}
