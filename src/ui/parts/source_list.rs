//! The sources behind a rating: title as a safe link, the host it leads to, its date, and a
//! caution for third-party and forum sources.

use yew::prelude::*;

use crate::ui::parts::ExternalLink;
use crate::ui::use_lang;

use crate::dataset::{Source, SourceKind};
use crate::i18n;

#[derive(Properties, PartialEq)]
pub(crate) struct SourceListProps {
    pub sources: Vec<Source>,
}

#[component]
pub(crate) fn SourceList(props: &SourceListProps) -> Html {
    let lang = use_lang();
    if props.sources.is_empty() {
        return Html::default();
    }
    html! {
        <div class="pc-sources">
            <span class="pc-sources-label">{ i18n::strings(lang).sources }{ ":" }</span>
            <ul>
                { for props.sources.iter().enumerate().map(|(i, src)| {
                    let date = match (&src.date, &src.accessed) {
                        (Some(d), _) => d.format(lang),
                        (None, Some(a)) => i18n::source_accessed(lang, a),
                        (None, None) => String::new(),
                    };
                    let caution = matches!(src.kind, SourceKind::ThirdParty | SourceKind::Community);
                    html! {
                        <li key={i}>
                            <ExternalLink url={src.url.clone()}>{ src.title.get(lang) }</ExternalLink>
                            <span class="pc-source-meta">
                                { format!(" — {}", src.url.host()) }
                                if !date.is_empty() { { format!(", {date}") } }
                            </span>
                            <span class={classes!("pc-tag", caution.then_some("pc-tag--caution"))}>
                                { i18n::source_kind(lang, src.kind) }
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
