//! What the widget shows while the dataset is on its way. A plain function, not a component: it
//! has neither state nor effects (see `parts::score_badge`).

use yew::prelude::*;

use crate::i18n;
use crate::text::Lang;

/// The loading view in `lang`.
pub(crate) fn loading_view(lang: Lang) -> Html {
    html! {
        <div class="pc-loading" role="status">
            <span class="pc-spinner" aria-hidden="true"></span>
            { i18n::strings(lang).loading }
        </div>
    }
}
