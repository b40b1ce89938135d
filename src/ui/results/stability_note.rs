//! One line under the ranking's heading: is the result stable, or would a small change of one
//! weight put someone else first — and which change, and who? Where unknown scores are among the
//! providers, it says what it assumes about them.

use yew::prelude::*;

use crate::ui::{use_dataset, use_lang};

use crate::i18n;
use crate::scoring::Unknowns;
use crate::sensitivity::Stability;

#[derive(Properties, PartialEq)]
pub(crate) struct StabilityNoteProps {
    pub stability: Option<Stability>,
    /// How unknowns count, when some provider of the type has any (the label then says so).
    pub unknowns: Option<Unknowns>,
}

#[component]
pub(crate) fn StabilityNote(props: &StabilityNoteProps) -> Html {
    let lang = use_lang();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let d = &dataset;
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
        props.unknowns.map(|u| i18n::unknowns::assumption(lang, u)),
    );
    html! {
        <p class={classes!("pc-stability", stability.close().then_some("pc-stability--close"))}>{ text }</p>
    }
}
