//! A criterion's score for one provider: "3 von 5" with five pips, or "unbekannt".

use yew::prelude::*;

use crate::ui::use_lang;

use crate::dataset::MAX_SCORE;
use crate::i18n;

#[derive(Properties, PartialEq)]
pub(crate) struct ScoreBadgeProps {
    /// `None` for an unknown score.
    pub score: Option<u8>,
}

#[component]
pub(crate) fn ScoreBadge(props: &ScoreBadgeProps) -> Html {
    let lang = use_lang();
    match props.score {
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
