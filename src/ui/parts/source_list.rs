//! The sources behind a rating, numbered as findings cite them (from 1): title as a safe link, the
//! host it leads to, its date, its kind (with a caution for third-party and forum sources), and
//! "Quelle von 2016" for one dated three or more years before the dataset's check.
//!
//! A plain function, not a component: it has neither state nor effects (see `score_badge`).

use yew::prelude::*;

use crate::ui::parts::external_link;

use crate::dataset::{Dataset, Source};
use crate::i18n;
use crate::text::Lang;

/// The list of `sources` in `lang`; nothing for none. The `dataset`'s check date tells which are
/// old.
pub(crate) fn source_list(lang: Lang, dataset: &Dataset, sources: &[Source]) -> Html {
    if sources.is_empty() {
        return Html::default();
    }
    html! {
        <div class="pc-sources">
            <span class="pc-sources-label">{ i18n::strings(lang).sources }{ ":" }</span>
            <ol>
                { for sources.iter().enumerate().map(|(i, src)| {
                    let date = match (&src.date, &src.accessed) {
                        (Some(d), _) => d.format(lang),
                        (None, Some(a)) => i18n::source_accessed(lang, a),
                        (None, None) => String::new(),
                    };
                    let caution = src.kind.weak();
                    let old = crate::hygiene::is_old(src, dataset);
                    html! {
                        <li key={i}>
                            { external_link(lang, &src.url, Classes::new(), html! { src.title.get(lang) }) }
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
