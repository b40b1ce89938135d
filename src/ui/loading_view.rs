//! What the widget shows while the dataset is on its way.

use yew::prelude::*;

use crate::ui::use_lang;

use crate::i18n;

#[component]
pub(crate) fn LoadingView() -> Html {
    let lang = use_lang();
    html! {
        <div class="pc-loading" role="status">
            <span class="pc-spinner" aria-hidden="true"></span>
            { i18n::strings(lang).loading }
        </div>
    }
}
