//! The dataset's knock-out rules ("Abwertung"), each switchable, with its reason.

use yew::prelude::*;

use super::{use_ids, Dispatch};
use crate::dataset::SharedDataset;
use crate::i18n;
use crate::state::Action;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct KnockoutListProps {
    pub dataset: SharedDataset,
    pub on: Vec<bool>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn KnockoutList(props: &KnockoutListProps) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let s = i18n::strings(lang);
    let d = &props.dataset;
    if d.knockouts.is_empty() {
        return Html::default();
    }
    html! {
        <fieldset class="pc-rules">
            <legend>{ s.knockouts_heading }</legend>
            <p class="pc-hint">{ s.knockouts_intro }</p>
            { for d.knockouts.iter().enumerate().map(|(r, rule)| {
                let id = ids.id(&format!("ko-{}", rule.id));
                let reason_id = ids.id(&format!("ko-{}-why", rule.id));
                let dispatch = props.dispatch.clone();
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
