//! The classroom buttons in the widget's header: the projector view's switch (a toggle button
//! with `aria-pressed`) and the buttons that open the duties explained and the roles for class
//! (disclosure buttons with `aria-expanded`, each controlling its panel below the header).
//!
//! A plain function, like the header it sits in, so it reaches the screen in the same frame.

use yew::prelude::*;

use crate::dataset::SharedDataset;
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

/// The switch and the panel buttons. The roles button only where the dataset has roles.
pub(crate) fn classroom_bar(
    ids: &Ids,
    dataset: &SharedDataset,
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
    let panel_button = |panel: Panel, label: &'static str, hook: &'static str| {
        let expanded = open == Some(panel);
        let dispatch = dispatch.clone();
        let onclick =
            move |_: MouseEvent| dispatch.dispatch(Action::OpenPanel((!expanded).then_some(panel)));
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
            { panel_button(Panel::Duties, t.duties_heading, "duties") }
            if !dataset.roles.is_empty() {
                { panel_button(Panel::Roles, t.roles_heading, "roles") }
            }
        </div>
    }
}
