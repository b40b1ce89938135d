//! The choice of which providers to look at: the country they are offered in (from the
//! dataset's `serves`, with "all countries" first) and, where the dataset marks them, only the
//! providers the teaching text names. Below it, how many providers of the type that leaves, and
//! how many are hidden only because the dataset does not say where they are offered.
//!
//! Shown only where the dataset has something to filter by (a dataset without `serves` or
//! `named_in_text` gets no empty control).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::dataset::Scope;
use crate::i18n::scope as words;
use crate::state::Action;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

#[derive(Properties, PartialEq)]
pub(crate) struct ScopePickerProps {
    pub kind: usize,
    pub scope: Scope,
}

#[component]
pub(crate) fn ScopePicker(props: &ScopePickerProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let ids = use_ids();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let countries = dataset.countries();
    let text_offered = dataset.has_text_providers();
    if countries.is_empty() && !text_offered {
        return Html::default();
    }
    let total = dataset.providers_of(props.kind).count();
    let shown = dataset.providers_in(props.kind, &props.scope).count();
    // Left out only because their entry says nothing about where they are offered: those the
    // scope without its country would admit.
    let unstated = if props.scope.country.is_some() {
        let any_country = Scope {
            country: None,
            ..props.scope.clone()
        };
        dataset
            .providers_in(props.kind, &any_country)
            .filter(|(_, p)| p.serves.is_empty())
            .count()
    } else {
        0
    };
    let select_id = ids.id("country");
    let check_id = ids.id("text-only");
    let on_country = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::SetCountry((!value.is_empty()).then_some(value)));
        })
    };
    let on_text_only = Callback::from(move |e: Event| {
        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
        dispatch.dispatch(Action::SetTextOnly(on));
    });
    let chosen = props.scope.country.clone().unwrap_or_default();
    html! {
        <fieldset class="pc-scope" data-pc-scope="">
            // The legend is for screen readers: the labels say enough on screen, and on a phone
            // every line above the ranking counts.
            <legend class="pc-sr">{ words::legend(lang) }</legend>
            <div class="pc-scope-controls">
                if !countries.is_empty() {
                    <div class="pc-scope-country">
                        <label for={select_id.clone()}>{ words::country_label(lang) }</label>
                        <select id={select_id} data-pc-country="" onchange={on_country}>
                            <option value="" selected={chosen.is_empty()}>{ words::all_countries(lang) }</option>
                            { for countries.iter().map(|c| html! {
                                <option key={c.clone()} value={c.clone()} selected={*c == chosen}>
                                    { words::country_name(lang, c) }
                                </option>
                            }) }
                        </select>
                    </div>
                }
                if text_offered {
                    <label class="pc-check" for={check_id.clone()}>
                        <input
                            type="checkbox"
                            id={check_id}
                            data-pc-text-only=""
                            checked={props.scope.named_in_text}
                            onchange={on_text_only}
                        />
                        { words::text_only(lang) }
                    </label>
                }
            </div>
            // A persistent live region: screen readers hear how many providers a change leaves.
            <div aria-live="polite">
            if !props.scope.is_all() {
                <p class="pc-hint pc-scope-count" data-pc-scope-count="">
                    // On paper the controls are not printed: say what they are set to.
                    <span class="pc-print-inline">{ words::summary(lang, &props.scope) }{ " " }</span>
                    { words::shown(lang, shown, total, unstated) }
                </p>
            }
            </div>
        </fieldset>
    }
}
