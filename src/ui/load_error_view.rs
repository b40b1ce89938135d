//! The message shown in the widget's place when the dataset cannot be fetched or is invalid: what
//! is wrong and where, in the reader's language, with a retry where retrying can help.

use yew::prelude::*;

use crate::ui::{use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::state::{Action, LoadError};

#[derive(Properties, PartialEq)]
pub(crate) struct LoadErrorViewProps {
    pub error: LoadError,
    /// The dataset address, shown as text so the maintainer knows which file is meant.
    pub url: AttrValue,
}

/// Long addresses (a `data:` URL holds a whole dataset) are cut for display.
fn short_url(url: &str) -> String {
    const MAX: usize = 120;
    if url.chars().count() <= MAX {
        url.to_owned()
    } else {
        url.chars().take(MAX).chain(std::iter::once('…')).collect()
    }
}

#[component]
pub(crate) fn LoadErrorView(props: &LoadErrorViewProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let ids = use_ids();
    let url = short_url(&props.url);
    let s = i18n::strings(lang);
    let retry = {
        let dispatch = dispatch.clone();
        move |_| dispatch.dispatch(Action::Retry)
    };
    let retry_button = html! {
        <button type="button" class="pc-button" onclick={retry}>{ s.retry }</button>
    };
    let details = match &props.error {
        LoadError::Network(detail) => html! {
            <>
                <p>{ i18n::error_network(lang, &url, detail) }</p>
                { retry_button }
            </>
        },
        LoadError::TimedOut { seconds } => html! {
            <>
                <p>{ i18n::error_timeout(lang, &url, *seconds) }</p>
                { retry_button }
            </>
        },
        LoadError::Http(status) => html! {
            <>
                <p>{ i18n::error_http(lang, &url, *status) }</p>
                { retry_button }
            </>
        },
        LoadError::Invalid(problems) => html! {
            <>
                <p>
                    { s.error_invalid }{ " (" }<code>{ url.clone() }</code>{ ") " }
                    { i18n::problem_count(lang, problems.len()) }
                </p>
                <ol class="pc-problems">
                    { for problems.iter().enumerate().map(|(i, p)| html! {
                        <li key={i}>
                            <code class="pc-path">
                                if let Some(line) = p.line {
                                    { i18n::line_label(lang, line) }{ ": " }
                                }
                                { if p.path.is_empty() { s.whole_file } else { p.path.as_str() } }
                            </code>
                            <span>{ i18n::problem_message(lang, &p.kind) }</span>
                        </li>
                    }) }
                </ol>
                <p class="pc-hint">{ s.error_hint }</p>
            </>
        },
    };
    html! {
        <div class="pc-error" role="alert" aria-labelledby={ids.id("error-title")}>
            <h3 id={ids.id("error-title")}>{ s.error_heading }</h3>
            { details }
        </div>
    }
}
