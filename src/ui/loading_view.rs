//! What the widget shows while the dataset is on its way.

use yew::prelude::*;

use crate::i18n;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct LoadingViewProps {
    pub lang: Lang,
}

#[component]
pub fn LoadingView(props: &LoadingViewProps) -> Html {
    html! {
        <div class="pc-loading" role="status">
            <span class="pc-spinner" aria-hidden="true"></span>
            { i18n::strings(props.lang).loading }
        </div>
    }
}
