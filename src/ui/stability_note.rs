//! One line under the ranking's heading: is the result stable, or would a small change of one
//! weight put someone else first — and which change, and who?

use yew::prelude::*;

use crate::dataset::SharedDataset;
use crate::i18n;
use crate::sensitivity::Stability;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct StabilityNoteProps {
    pub dataset: SharedDataset,
    pub stability: Option<Stability>,
    pub lang: Lang,
}

#[component]
pub fn StabilityNote(props: &StabilityNoteProps) -> Html {
    let lang = props.lang;
    let d = &props.dataset;
    let Some(stability) = &props.stability else {
        return Html::default();
    };
    let flip = stability.closest.and_then(|(flip, who)| {
        let who = d.providers.get(who)?.name.get(lang);
        Some((
            i18n::param_label(lang, d, flip.param),
            flip.threshold,
            flip.upward,
            who,
        ))
    });
    let text = i18n::stability_sentence(
        lang,
        stability.close(),
        flip.as_ref()
            .map(|(what, t, up, who)| (what.as_str(), *t, *up, *who)),
    );
    html! {
        <p class={classes!("pc-stability", stability.close().then_some("pc-stability--close"))}>{ text }</p>
    }
}
