//! Says that the evidence of a core dataset (justifications, findings, sources) is on its way,
//! or could not be loaded with a button to try again; nothing once it is there. Shown where the
//! evidence would be: a provider's detail, the side-by-side comparison, the print view.

use yew::prelude::*;

use crate::ui::{use_dispatch, use_lang};

use crate::i18n;
use crate::state::{Action, Evidence};

#[derive(Properties, PartialEq)]
pub(crate) struct EvidenceNoticeProps {
    pub evidence: Evidence,
}

#[component]
pub(crate) fn EvidenceNotice(props: &EvidenceNoticeProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    match &props.evidence {
        Evidence::Complete => Html::default(),
        Evidence::Idle | Evidence::Loading => html! {
            <p class="pc-hint pc-evidence-note" role="status">{ i18n::findings::evidence_loading(lang) }</p>
        },
        Evidence::Failed(_) => {
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
