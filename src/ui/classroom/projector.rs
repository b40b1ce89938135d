//! The classroom buttons in the widget's header: the projector view's switch (a toggle button
//! with `aria-pressed`) and the button that opens the duties explained below the header; and the
//! disclosure button (`aria-expanded`) that opens a classroom panel, also used for the roles for
//! class at the top of the weights.
//!
//! A plain function, like the header it sits in, so it reaches the screen in the same frame.

use yew::prelude::*;

use crate::i18n::teaching::teaching;
use crate::state::{Action, Panel};
use crate::text::Lang;
use crate::ui::{Dispatch, Ids};

/// The id of a panel's section (the target of its button's `aria-controls`).
pub(crate) fn panel_id(ids: &Ids, panel: Panel) -> String {
    ids.id(match panel {
        Panel::Duties => "duties",
        Panel::Roles => "roles",
    })
}

/// The switch and the button of the duties explained.
pub(crate) fn classroom_bar(
    ids: &Ids,
    lang: Lang,
    dispatch: &Dispatch,
    projector: bool,
    open: Option<Panel>,
) -> Html {
    let t = teaching(lang);
    let toggle = {
        let dispatch = dispatch.clone();
        move |_: MouseEvent| dispatch.dispatch(Action::SetProjector(!projector))
    };
    html! {
        <div class="pc-classbar">
            <button
                type="button"
                class="pc-button pc-class-button pc-projector-switch"
                aria-pressed={projector.to_string()}
                data-pc-projector=""
                onclick={toggle}
            >
                { t.projector }
            </button>
            { panel_button(ids, dispatch, open, Panel::Duties, t.duties_heading) }
        </div>
    }
}

/// A disclosure button that opens `panel` (and closes whichever is open), or closes it.
pub(crate) fn panel_button(
    ids: &Ids,
    dispatch: &Dispatch,
    open: Option<Panel>,
    panel: Panel,
    label: &'static str,
) -> Html {
    let expanded = open == Some(panel);
    let dispatch = dispatch.clone();
    let onclick =
        move |_: MouseEvent| dispatch.dispatch(Action::OpenPanel((!expanded).then_some(panel)));
    let hook = match panel {
        Panel::Duties => "duties",
        Panel::Roles => "roles",
    };
    html! {
        <button
            type="button"
            class="pc-button pc-class-button"
            aria-expanded={expanded.to_string()}
            aria-controls={panel_id(ids, panel)}
            data-pc-panel={hook}
            {onclick}
        >
            { label }
        </button>
    }
}
