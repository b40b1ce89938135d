//! The widget's title line: the dataset's title, its "Stand" date and size, and the language switch;
//! below it, once a dataset is loaded, the classroom buttons (`extra`).
//!
//! A plain function rather than a component, on purpose: it is rendered within the widget's own
//! render pass, so the title and the body that depends on the same data always reach the screen
//! in the same frame. As a separate component its update could land a frame later, after the
//! body was painted, and push everything down (a layout shift Lighthouse measured at 0.30).

use yew::prelude::*;

use crate::ui::language_switch::LanguageSwitch;
use crate::ui::Ids;

use crate::dataset::SharedDataset;
use crate::i18n;
use crate::text::Lang;

/// `dataset` is `None` while loading or after a failure: the widget's own name stands in.
pub(crate) fn widget_header(
    ids: &Ids,
    dataset: Option<&SharedDataset>,
    lang: Lang,
    extra: Html,
) -> Html {
    let title = dataset.map_or(i18n::strings(lang).widget_label, |d| d.title.get(lang));
    html! {
        <header class="pc-header">
            <div class="pc-heading">
                <h2 class="pc-title" id={ids.id("title")}>{ title }</h2>
                if let Some(d) = dataset {
                    <p class="pc-meta">
                        <span>{ i18n::checked_on(lang, &d.checked) }</span>
                        <span aria-hidden="true">{ " · " }</span>
                        <span>{ i18n::provider_count(lang, d.providers.len()) }</span>
                    </p>
                }
            </div>
            <LanguageSwitch />
            { extra }
        </header>
    }
}
