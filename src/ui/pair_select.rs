//! One of the two provider pickers of the pair comparison.
//!
//! Its own component so that it re-renders only when its choice changes: with a large dataset
//! the option list is long, and it must not be rebuilt on every slider step.

use yew::prelude::*;

use super::Dispatch;
use crate::dataset::SharedDataset;
use crate::state::Action;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct PairSelectProps {
    pub dataset: SharedDataset,
    pub kind: usize,
    /// The element id (for the label).
    pub id: AttrValue,
    pub label: AttrValue,
    /// The provider shown here, and the one shown in the other picker (kept when this changes).
    pub current: usize,
    pub other: usize,
    /// Whether this is the first picker ("A") or the second.
    pub first: bool,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn PairSelect(props: &PairSelectProps) -> Html {
    let onchange = {
        let dispatch = props.dispatch.clone();
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
                { for props.dataset.providers_of(props.kind).map(|(p, provider)| html! {
                    <option key={provider.id.clone()} value={p.to_string()} selected={p == props.current}>
                        { provider.name.get(props.lang) }
                    </option>
                }) }
            </select>
        </div>
    }
}
