//! The dataset's presets, each with its one-line rationale; choosing one sets all sliders.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_lang};

use crate::i18n;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub(crate) struct PresetListProps {
    /// The active preset, `None` once any slider was moved.
    pub active: Option<usize>,
}

#[component]
pub(crate) fn PresetList(props: &PresetListProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let s = i18n::strings(lang);
    html! {
        <div class="pc-presets">
            <p class="pc-hint">{ s.presets_intro }</p>
            <ul>
                { for dataset.presets.iter().enumerate().map(|(i, p)| {
                    let dispatch = dispatch.clone();
                    let active = props.active == Some(i);
                    html! {
                        <li key={p.id.clone()}>
                            <button
                                type="button"
                                class={classes!("pc-preset", active.then_some("pc-preset--active"))}
                                aria-pressed={if active { "true" } else { "false" }}
                                onclick={move |_| dispatch.dispatch(Action::ApplyPreset(i))}
                            >
                                <span class="pc-preset-name" dir="auto">{ p.name.get(lang) }</span>
                                <span class="pc-preset-why">{ p.rationale.get(lang) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if props.active.is_none() {
                <p class="pc-hint">{ s.custom_weights }</p>
            }
        </div>
    }
}
