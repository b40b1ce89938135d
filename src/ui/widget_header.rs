//! The widget's title line: the dataset's title, its "Stand" date and size, and the language switch.

use yew::prelude::*;

use super::{use_ids, Dispatch, LanguageSwitch};
use crate::dataset::SharedDataset;
use crate::i18n;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct WidgetHeaderProps {
    /// `None` while loading or after a failure: the widget's own name stands in for the title.
    pub dataset: Option<SharedDataset>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn WidgetHeader(props: &WidgetHeaderProps) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let title = props
        .dataset
        .as_ref()
        .map_or(i18n::strings(lang).widget_label, |d| d.title.get(lang));
    html! {
        <header class="pc-header">
            <div class="pc-heading">
                <h2 class="pc-title" id={ids.id("title")}>{ title }</h2>
                if let Some(d) = &props.dataset {
                    <p class="pc-meta">
                        <span>{ i18n::checked_on(lang, &d.checked) }</span>
                        <span aria-hidden="true">{ " · " }</span>
                        <span>{ i18n::provider_count(lang, d.providers.len()) }</span>
                    </p>
                }
            </div>
            <LanguageSwitch {lang} dispatch={props.dispatch.clone()} />
        </header>
    }
}
