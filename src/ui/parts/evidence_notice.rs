//! Says that the evidence of a core dataset (justifications, findings, sources) is on its way,
//! or could not be loaded with a button to try again; nothing once it is there. Shown where the
//! evidence would be: a provider's detail, the side-by-side comparison, the print view.
//!
//! A plain function, not a component: it has neither state nor effects (see `score_badge`).

use yew::prelude::*;

use crate::i18n;
use crate::state::{Action, Evidence};
use crate::text::Lang;
use crate::ui::Dispatch;

/// The notice for the state of the `evidence`, in `lang`; its retry button sends through
/// `dispatch`.
pub(crate) fn evidence_notice(lang: Lang, dispatch: &Dispatch, evidence: &Evidence) -> Html {
    match evidence {
        Evidence::Complete => Html::default(),
        Evidence::Idle | Evidence::Loading => html! {
            <p class="pc-hint pc-evidence-note" role="status">{ i18n::findings::evidence_loading(lang) }</p>
        },
        Evidence::Failed(_) => {
            let dispatch = dispatch.clone();
            let retry = move |_| dispatch.dispatch(Action::WantEvidence);
            html! {
                <p class="pc-flag pc-evidence-note" role="status">
                    { i18n::findings::evidence_failed(lang) }{ " " }
                    <button type="button" class="pc-button" onclick={retry}>{ i18n::strings(lang).retry }</button>
                </p>
            }
        }
    }
}
