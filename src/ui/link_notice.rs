//! A notice about what in a share link (or in the host page's `data-` settings) could not be
//! used. Everything else of the link is applied; the notice says what was not, until dismissed.

use yew::prelude::*;

use crate::ui::{use_dispatch, use_lang};

use crate::i18n;
use crate::share::LinkIssue;
use crate::state::Action;

/// How many issues the notice lists one by one; the rest are counted.
const SHOWN: usize = 10;

#[derive(Properties, PartialEq)]
pub(crate) struct LinkNoticeProps {
    pub issues: Vec<LinkIssue>,
}

#[component]
pub(crate) fn LinkNotice(props: &LinkNoticeProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    if props.issues.is_empty() {
        return Html::default();
    }
    let s = i18n::strings(lang);
    let dismiss = {
        let dispatch = dispatch.clone();
        move |_| dispatch.dispatch(Action::DismissLinkIssues)
    };
    html! {
        <div class="pc-notice pc-link-notice" role="status">
            <p>{ s.notice_heading }</p>
            <ul>
                { for props.issues.iter().take(SHOWN).enumerate().map(|(i, issue)| html! {
                    <li key={i}>{ i18n::link_issue(lang, issue) }</li>
                }) }
                // Nothing is left out without a word: past the first few, a count.
                if props.issues.len() > SHOWN {
                    <li key="more">{ i18n::and_more(lang, props.issues.len() - SHOWN) }</li>
                }
            </ul>
            <button type="button" class="pc-button" onclick={dismiss}>{ s.close }</button>
        </div>
    }
}
