//! The choice of provider type to compare: a radio group (arrow keys move within it), one option
//! per type in the dataset, each with its number of providers (in the reader's scope), and the chosen type's description
//! from the dataset below it.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::dataset::Scope;
use crate::i18n;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub(crate) struct KindPickerProps {
    pub kind: usize,
    /// The counts are of the providers in this scope.
    pub scope: Scope,
}

#[component]
pub(crate) fn KindPicker(props: &KindPickerProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let name = ids.id("kind");
    html! {
        <fieldset class="pc-kinds">
            <legend>{ i18n::strings(lang).provider_kind }</legend>
            <div class="pc-kind-options">
                { for dataset.types.iter().enumerate().map(|(t, kind)| {
                    let dispatch = dispatch.clone();
                    let count = dataset.providers_in(t, &props.scope).count();
                    let id = ids.item("kind", &kind.id);
                    html! {
                        <div class="pc-kind" key={kind.id.clone()}>
                            <input
                                type="radio"
                                id={id.clone()}
                                name={name.clone()}
                                value={kind.id.clone()}
                                data-pc-type={kind.id.clone()}
                                checked={t == props.kind}
                                onchange={move |_| dispatch.dispatch(Action::SetKind(t))}
                            />
                            <label for={id}>
                                <span class="pc-kind-name" dir="auto">{ kind.name.get(lang) }</span>
                                <span class="pc-kind-count">
                                    <span aria-hidden="true">{ count }</span>
                                    <span class="pc-sr">{ format!(", {}", i18n::provider_count(lang, count)) }</span>
                                </span>
                            </label>
                        </div>
                    }
                }) }
            </div>
            // What the chosen type covers, from the dataset (one sentence under the choice).
            if let Some(description) = dataset.types.get(props.kind).and_then(|t| t.description.as_ref()) {
                <p class="pc-hint pc-kind-desc" dir="auto">{ description.get(lang) }</p>
            }
        </fieldset>
    }
}
