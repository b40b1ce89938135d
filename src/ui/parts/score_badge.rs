//! A criterion's score for one provider: "3 von 5" with five pips, or "unbekannt".
//!
//! A plain function, not a component: it has neither state nor effects, and a component of its
//! own costs the bundle Yew's machinery for one more component type (measured with the other
//! leaf parts made functions in issue 15's third round).

use yew::prelude::*;

use crate::dataset::MAX_SCORE;
use crate::i18n;
use crate::text::Lang;

/// The badge for `score` in `lang`; `None` is an unknown score.
pub(crate) fn score_badge(lang: Lang, score: Option<u8>) -> Html {
    match score {
        Some(score) => {
            let pips: String = (1..=MAX_SCORE)
                .map(|i| if i <= score { '●' } else { '○' })
                .collect();
            html! {
                <span class={classes!("pc-badge", format!("pc-badge--{score}"))}>
                    <span class="pc-pips" aria-hidden="true">{ pips }</span>
                    <span class="pc-badge-text">{ i18n::score_of(lang, score) }</span>
                </span>
            }
        }
        None => html! {
            <span class="pc-badge pc-badge--unknown">{ i18n::strings(lang).unknown }</span>
        },
    }
}
