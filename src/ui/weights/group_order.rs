//! The ranking method ("Reihenfolge", "order"): put the duty groups in order of importance — by
//! dragging with a pointer or with the up/down buttons — and the group sliders follow
//! rank-order-centroid weights.
//!
//! Invariant: each group shows the share and the slider value the order gives (not the slider as
//! it stands), and a line says whether the sliders follow the order yet, with a button to apply it
//! when they do not: nothing on screen suggests an order is in effect before it is.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::state::Action;
use crate::weighting::{roc, to_sliders};

#[derive(Properties, PartialEq)]
pub(crate) struct GroupOrderProps {
    /// Group indices, most important first.
    pub order: Vec<usize>,
    /// Whether the group sliders follow the order now.
    pub applied: bool,
}

#[component]
pub(crate) fn GroupOrder(props: &GroupOrderProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let dragging = use_state(|| None::<usize>);
    // After a move the list is re-ordered; put focus back on the button that was used, and say
    // where the group went.
    let refocus = use_state(|| None::<String>);
    let said = use_state(String::new);
    {
        let refocus = refocus.clone();
        use_effect_with(props.order.clone(), move |_| {
            if let Some(id) = (*refocus).clone() {
                if let Some(el) = crate::ui::browser::element_by_id(&id) {
                    let _ = el.focus();
                }
            }
        });
    }
    let weights = roc(props.order.len());
    let sliders = to_sliders(&weights);
    let status_id = ids.id("order-status");
    let apply = {
        let dispatch = dispatch.clone();
        move |_: MouseEvent| dispatch.dispatch(Action::ApplyOrder)
    };
    let d = &dataset;
    let n = props.order.len();
    let move_to = |from: usize, to: usize, button: Option<String>| {
        let dispatch = dispatch.clone();
        let refocus = refocus.clone();
        let said = said.clone();
        let name = props
            .order
            .get(from)
            .and_then(|&g| d.groups.get(g))
            .map(|g| g.name.get(lang).to_owned())
            .unwrap_or_default();
        move || {
            refocus.set(button.clone());
            said.set(format!("{name}: {}", i18n::place(lang, to + 1)));
            dispatch.dispatch(Action::MoveGroup { from, to });
        }
    };
    html! {
        <div class="pc-order">
            <p class="pc-hint">{ s.ranking_intro }</p>
            <ol class="pc-order-list">
                { for props.order.iter().enumerate().filter_map(|(pos, &g)| d.groups.get(g).map(|group| (pos, group))).map(|(pos, group)| {
                    let name = group.name.get(lang);
                    let up_id = ids.item("order-up", &group.id);
                    let down_id = ids.item("order-down", &group.id);
                    // Focus stays on the button used, unless the group reached the end where that
                    // button is disabled; then it moves to the item's other button.
                    let up = {
                        let to = pos.saturating_sub(1);
                        let focus = if to == 0 { down_id.clone() } else { up_id.clone() };
                        let go = move_to(pos, to, Some(focus));
                        move |_: MouseEvent| go()
                    };
                    let down = {
                        let to = (pos + 1).min(n.saturating_sub(1));
                        let focus = if to + 1 >= n { up_id.clone() } else { down_id.clone() };
                        let go = move_to(pos, to, Some(focus));
                        move |_: MouseEvent| go()
                    };
                    let ondragstart = {
                        let dragging = dragging.clone();
                        move |e: DragEvent| {
                            if let Some(dt) = e.data_transfer() {
                                let _ = dt.set_data("text/plain", &pos.to_string());
                            }
                            dragging.set(Some(pos));
                        }
                    };
                    let ondragover = |e: DragEvent| e.prevent_default();
                    let ondrop = {
                        let dragging = dragging.clone();
                        let dispatch = dispatch.clone();
                        move |e: DragEvent| {
                            e.prevent_default();
                            if let Some(from) = *dragging {
                                dispatch.dispatch(Action::MoveGroup { from, to: pos });
                            }
                            dragging.set(None);
                        }
                    };
                    let share = weights.get(pos).copied().unwrap_or(0.0);
                    let slider = sliders.get(pos).copied().unwrap_or(0);
                    html! {
                        <li
                            key={group.id.clone()}
                            class={classes!("pc-order-item", (*dragging == Some(pos)).then_some("pc-order-item--dragging"))}
                            draggable="true"
                            {ondragstart}
                            {ondragover}
                            {ondrop}
                        >
                            <span class="pc-order-grip" aria-hidden="true">{ "⠿" }</span>
                            <span class="pc-order-name" dir="auto">{ name }</span>
                            <span class="pc-order-weight">
                                { i18n::method_share(lang, share, slider) }
                            </span>
                            <span class="pc-order-buttons">
                                <button type="button" class="pc-icon-button" id={up_id} disabled={pos == 0} onclick={up}>
                                    <span aria-hidden="true">{ "▲" }</span>
                                    <span class="pc-sr">{ format!("{name} {}", s.move_up) }</span>
                                </button>
                                <button type="button" class="pc-icon-button" id={down_id} disabled={pos + 1 >= n} onclick={down}>
                                    <span aria-hidden="true">{ "▼" }</span>
                                    <span class="pc-sr">{ format!("{name} {}", s.move_down) }</span>
                                </button>
                            </span>
                        </li>
                    }
                }) }
            </ol>
            <div class={classes!("pc-method-status", (!props.applied).then_some("pc-method-status--pending"))}>
                <p id={status_id.clone()}>{ if props.applied { s.order_applied } else { s.order_not_applied } }</p>
                if !props.applied {
                    <button type="button" class="pc-button" aria-describedby={status_id} onclick={apply}>{ s.apply_order }</button>
                }
            </div>
            <p class="pc-sr" aria-live="polite">{ (*said).clone() }</p>
        </div>
    }
}
