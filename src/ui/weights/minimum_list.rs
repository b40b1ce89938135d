//! The reader's own minimums per duty ("at least 3 in access control"). Providers below one stay
//! in the table, marked, but are not ranked. The list of selects is built only while it is open
//! (it starts open when minimums are set): closed, it would cost rendering time for nothing.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::dataset::MAX_SCORE;
use crate::i18n;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub(crate) struct MinimumListProps {
    pub kind: usize,
    pub minimums: Vec<u8>,
}

#[component]
pub(crate) fn MinimumList(props: &MinimumListProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    let open = use_state(|| props.minimums.iter().any(|&m| m > 0));
    let ontoggle = {
        let open = open.clone();
        move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(el.open());
        }
    };
    html! {
        <details class="pc-minimums" open={*open} {ontoggle}>
            <summary>{ s.minimums_heading }</summary>
            <p class="pc-hint">{ s.minimums_intro }</p>
            if *open {
            <div class="pc-minimum-grid">
                { for d.criteria.iter().enumerate().filter(|(_, c)| c.applies(props.kind)).map(|(c, criterion)| {
                    let id = ids.item("min", &criterion.id);
                    let dispatch = dispatch.clone();
                    let current = props.minimums.get(c).copied().unwrap_or(0);
                    let onchange = move |e: Event| {
                        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                        if let Ok(minimum) = select.value().parse::<u8>() {
                            dispatch.dispatch(Action::SetMinimum { criterion: c, minimum });
                        }
                    };
                    html! {
                        <div class="pc-minimum" key={criterion.id.clone()}>
                            <label for={id.clone()} dir="auto">{ criterion.name.get(lang) }</label>
                            <select id={id} data-pc-minimum={criterion.id.clone()} {onchange}>
                                <option value="0" selected={current == 0}>{ s.no_minimum }</option>
                                { for (1..=MAX_SCORE).map(|m| html! {
                                    <option key={m} value={m.to_string()} selected={current == m}>{ i18n::minimum_option(lang, m) }</option>
                                }) }
                            </select>
                        </div>
                    }
                }) }
            </div>
            }
        </details>
    }
}
