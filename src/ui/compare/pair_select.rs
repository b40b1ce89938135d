//! One of the two provider pickers of the pair comparison.
//!
//! Its own component so that it re-renders only when its choice changes: with a large dataset
//! the option list is long, and it must not be rebuilt on every slider step.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_lang};

use crate::dataset::Scope;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub(crate) struct PairSelectProps {
    pub kind: usize,
    /// Only providers in the reader's scope are offered (the reducer refuses others).
    pub scope: Scope,
    /// The element id (for the label).
    pub id: AttrValue,
    pub label: AttrValue,
    /// The provider shown here, and the one shown in the other picker (kept when this changes).
    pub current: usize,
    pub other: usize,
    /// Whether this is the first picker ("A") or the second.
    pub first: bool,
}

#[component]
pub(crate) fn PairSelect(props: &PairSelectProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let onchange = {
        let dispatch = dispatch.clone();
        let (other, first) = (props.other, props.first);
        move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(p) = el.value().parse::<usize>() {
                dispatch.dispatch(if first {
                    Action::SetPair(Some(p), Some(other))
                } else {
                    Action::SetPair(Some(other), Some(p))
                });
            }
        }
    };
    html! {
        <div class="pc-pair-select">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for dataset.providers_in(props.kind, &props.scope).map(|(p, provider)| html! {
                    <option key={provider.id.clone()} value={p.to_string()} selected={p == props.current} dir="auto">
                        { provider.name.get(lang) }
                    </option>
                }) }
            </select>
        </div>
    }
}
