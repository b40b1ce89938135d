//! A link out of the widget. It takes a [`SafeUrl`], so only `http`/`https` addresses can become
//! links, and it opens in a new tab without giving the target page a handle on the host page.

use yew::prelude::*;

use crate::ui::use_lang;

use crate::i18n;
use crate::url::SafeUrl;

#[derive(Properties, PartialEq)]
pub(crate) struct ExternalLinkProps {
    pub url: SafeUrl,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[component]
pub(crate) fn ExternalLink(props: &ExternalLinkProps) -> Html {
    let lang = use_lang();
    html! {
        <a
            class={props.class.clone()}
            href={props.url.as_str().to_owned()}
            target="_blank"
            rel="noopener noreferrer"
        >
            { props.children.clone() }
            <span class="pc-sr">{ " " }{ i18n::strings(lang).new_tab }</span>
        </a>
    }
}
