//! The roles for class: a list of the dataset's roles (each a disclosure with its scenario and
//! task and a button that takes the role), and above the weights the chosen role's task.
//!
//! Invariant: taking a role only dispatches [`Action::ChooseRole`]; the reducer sets the weights
//! (equal) and the share link names the role.

use yew::prelude::*;

use crate::i18n::teaching::{self, teaching};
use crate::state::{Action, Panel, EQUAL_WEIGHT};
use crate::ui::classroom::projector::panel_id;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

#[derive(Properties, PartialEq)]
pub(crate) struct RolePickerProps {
    /// The chosen role (index into the dataset's roles).
    pub chosen: Option<usize>,
}

#[component]
pub(crate) fn RolePicker(props: &RolePickerProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let ids = use_ids();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let t = teaching(lang);
    let heading = ids.id("roles-title");
    let close = {
        let dispatch = dispatch.clone();
        move |_: MouseEvent| dispatch.dispatch(Action::OpenPanel(None))
    };
    html! {
        <section class="pc-roles" id={panel_id(&ids, Panel::Roles)} aria-labelledby={heading.clone()}>
            <div class="pc-panel-head">
                <h3 id={heading} tabindex="-1">{ t.roles_heading }</h3>
                <button type="button" class="pc-button" onclick={close}>{ t.close }</button>
            </div>
            <p class="pc-hint">{ t.roles_intro }</p>
            <ul class="pc-role-list">
                { for dataset.roles.iter().enumerate().map(|(i, role)| {
                    let dispatch = dispatch.clone();
                    let name = role.name.get(lang);
                    let chosen = props.chosen == Some(i);
                    html! {
                        <li key={role.id.clone()} data-pc-role={role.id.clone()}>
                            <details class="pc-role" open={chosen}>
                                <summary dir="auto">{ name }</summary>
                                <p><strong>{ t.scenario }{ ": " }</strong><span dir="auto">{ role.scenario.get(lang) }</span></p>
                                <p><strong>{ t.task }{ ": " }</strong><span dir="auto">{ role.task.get(lang) }</span></p>
                                <button
                                    type="button"
                                    class="pc-button"
                                    data-pc-take-role={role.id.clone()}
                                    onclick={move |_| dispatch.dispatch(Action::ChooseRole(Some(i)))}
                                >
                                    { t.take_role }
                                    <span class="pc-sr">{ format!(" ({name})") }</span>
                                </button>
                            </details>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct RoleTaskProps {
    pub role: usize,
}

/// The chosen role's name and task, above the weights, with a button to leave the role.
#[component]
pub(crate) fn RoleTask(props: &RoleTaskProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let Some(role) = dataset.roles.get(props.role) else {
        return Html::default();
    };
    let t = teaching(lang);
    let leave = move |_: MouseEvent| dispatch.dispatch(Action::ChooseRole(None));
    html! {
        <aside class="pc-role-task" data-pc-role-task={role.id.clone()}>
            <p class="pc-role-name">{ teaching::your_role(lang, role.name.get(lang)) }</p>
            <p><strong>{ t.task }{ ": " }</strong><span dir="auto">{ role.task.get(lang) }</span></p>
            <p class="pc-hint">{ teaching::role_start_note(lang, EQUAL_WEIGHT) }</p>
            <button type="button" class="pc-button" onclick={leave}>{ t.leave_role }</button>
        </aside>
    }
}
