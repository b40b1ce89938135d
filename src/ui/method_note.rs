//! How the totals are computed and what the dataset is, folded away below the comparison.

use yew::prelude::*;

use crate::dataset::SharedDataset;
use crate::i18n;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct MethodNoteProps {
    pub dataset: SharedDataset,
    pub lang: Lang,
}

#[component]
pub fn MethodNote(props: &MethodNoteProps) -> Html {
    let lang = props.lang;
    let s = i18n::strings(lang);
    html! {
        <details class="pc-method">
            <summary>{ s.method_heading }</summary>
            <p>{ s.method }</p>
            <p>{ s.coverage_explained }</p>
            if let Some(description) = &props.dataset.description {
                <p>{ description.get(lang) }</p>
            }
        </details>
    }
}
