//! How the totals are computed and what the dataset is, folded away below the comparison.

use yew::prelude::*;

use crate::ui::{use_dataset, use_lang};

use crate::i18n;

#[component]
pub(crate) fn MethodNote() -> Html {
    let lang = use_lang();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let s = i18n::strings(lang);
    html! {
        <details class="pc-method">
            <summary>{ s.method_heading }</summary>
            <p>{ s.method }</p>
            <p>{ s.coverage_explained }</p>
            if let Some(description) = &dataset.description {
                <p>{ description.get(lang) }</p>
            }
        </details>
    }
}
