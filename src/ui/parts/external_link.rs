//! A link out of the widget. It takes a [`SafeUrl`], so only `http`/`https` addresses can become
//! links, and it opens in a new tab without giving the target page a handle on the host page.
//!
//! A plain function, not a component: it has neither state nor effects (see `score_badge`).

use yew::prelude::*;

use crate::i18n;
use crate::text::Lang;
use crate::url::SafeUrl;

/// A link to `url` with `class`, showing `children`, and saying (to screen readers, in `lang`)
/// that it opens a new tab.
pub(crate) fn external_link(lang: Lang, url: &SafeUrl, class: Classes, children: Html) -> Html {
    html! {
        <a
            {class}
            href={url.as_str().to_owned()}
            target="_blank"
            rel="noopener noreferrer"
        >
            { children }
            <span class="pc-sr">{ " " }{ i18n::strings(lang).new_tab }</span>
        </a>
    }
}
