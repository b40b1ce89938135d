//! The dataset's knock-out rules ("Abwertung"), each switchable, with its reason.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub(crate) struct KnockoutListProps {
    pub on: Vec<bool>,
}

#[component]
pub(crate) fn KnockoutList(props: &KnockoutListProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    if d.knockouts.is_empty() {
        return Html::default();
    }
    html! {
        <fieldset class="pc-rules">
            <legend>{ s.knockouts_heading }</legend>
            <p class="pc-hint">{ s.knockouts_intro }</p>
            { for d.knockouts.iter().enumerate().map(|(r, rule)| {
                let id = ids.item("ko", &rule.id);
                let reason_id = ids.item("ko-why", &rule.id);
                let dispatch = dispatch.clone();
                let criterion = d.criteria.get(rule.criterion).map(|c| c.name.get(lang)).unwrap_or_default();
                let onchange = move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    dispatch.dispatch(Action::SetKnockout { rule: r, on: input.checked() });
                };
                html! {
                    <div class="pc-rule" key={rule.id.clone()}>
                        <input
                            type="checkbox"
                            id={id.clone()}
                            checked={props.on.get(r).copied().unwrap_or(true)}
                            aria-describedby={reason_id.clone()}
                            {onchange}
                        />
                        <label for={id}>{ i18n::knockout_rule(lang, criterion, rule.at_most, rule.cap) }</label>
                        <p class="pc-hint" id={reason_id}>{ rule.reason.get(lang) }</p>
                    </div>
                }
            }) }
        </fieldset>
    }
}
