//! The sources behind a rating, numbered as findings cite them (from 1): title as a safe link, the
//! host it leads to, its date, its kind (with a caution for third-party and forum sources), and
//! "Quelle von 2016" for one dated three or more years before the dataset's check.

use yew::prelude::*;

use crate::ui::parts::ExternalLink;
use crate::ui::{use_dataset, use_lang};

use crate::dataset::Source;
use crate::i18n;

#[derive(Properties, PartialEq)]
pub(crate) struct SourceListProps {
    pub sources: Vec<Source>,
}

#[component]
pub(crate) fn SourceList(props: &SourceListProps) -> Html {
    let lang = use_lang();
    let dataset = use_dataset();
    if props.sources.is_empty() {
        return Html::default();
    }
    html! {
        <div class="pc-sources">
            <span class="pc-sources-label">{ i18n::strings(lang).sources }{ ":" }</span>
            <ol>
                { for props.sources.iter().enumerate().map(|(i, src)| {
                    let date = match (&src.date, &src.accessed) {
                        (Some(d), _) => d.format(lang),
                        (None, Some(a)) => i18n::source_accessed(lang, a),
                        (None, None) => String::new(),
                    };
                    let caution = src.kind.weak();
                    let old = dataset
                        .as_ref()
                        .is_some_and(|d| crate::hygiene::is_old(src, d));
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
                            if let (true, Some(date)) = (old, src.date) {
                                <span class="pc-tag pc-tag--caution">{ i18n::findings::old_source(lang, date.year) }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
