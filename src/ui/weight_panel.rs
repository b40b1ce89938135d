//! The weight panel: the duty groups with a slider per criterion, the switch for unknown values,
//! and the reset to the dataset's default weights.

use yew::prelude::*;

use super::{use_ids, Dispatch, WeightSlider};
use crate::dataset::SharedDataset;
use crate::i18n;
use crate::state::Action;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct WeightPanelProps {
    pub dataset: SharedDataset,
    pub weights: Vec<u8>,
    /// The provider type being compared: criteria that do not apply to it are marked.
    pub kind: usize,
    pub unknown_as_zero: bool,
    /// Whether the weights differ from the defaults (enables the reset).
    pub changed: bool,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn WeightPanel(props: &WeightPanelProps) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let s = i18n::strings(lang);
    let d = &props.dataset;
    let kind_name = d.type_name(props.kind, lang);

    let on_unknown = {
        let dispatch = props.dispatch.clone();
        move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetUnknownAsZero(input.checked()));
        }
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        move |_| dispatch.dispatch(Action::ResetWeights)
    };

    html! {
        <section class="pc-weights" aria-labelledby={ids.id("weights-title")}>
            <h3 id={ids.id("weights-title")}>{ s.weights_heading }</h3>
            <p class="pc-hint">{ s.weights_intro }</p>
            { for d.groups.iter().enumerate().map(|(g, group)| html! {
                <fieldset class="pc-group" key={group.id.clone()}>
                    <legend>{ group.name.get(lang) }</legend>
                    { for d.criteria_of(g).map(|(c, criterion)| html! {
                        <WeightSlider
                            key={criterion.id.clone()}
                            criterion={c}
                            dataset={d.clone()}
                            weight={props.weights.get(c).copied().unwrap_or(0)}
                            applies={criterion.applies(props.kind)}
                            kind_name={AttrValue::from(kind_name.to_owned())}
                            {lang}
                            dispatch={props.dispatch.clone()}
                        />
                    }) }
                </fieldset>
            }) }
            <div class="pc-options">
                <div class="pc-switch">
                    <input
                        type="checkbox"
                        role="switch"
                        id={ids.id("unknown-zero")}
                        checked={props.unknown_as_zero}
                        aria-describedby={ids.id("unknown-zero-hint")}
                        onchange={on_unknown}
                    />
                    <label for={ids.id("unknown-zero")}>{ s.unknown_as_zero }</label>
                </div>
                <p class="pc-hint" id={ids.id("unknown-zero-hint")}>{ s.unknown_as_zero_hint }</p>
                <button
                    type="button"
                    class="pc-button"
                    disabled={!props.changed}
                    aria-describedby={(!props.changed).then(|| ids.id("reset-hint"))}
                    onclick={on_reset}
                >
                    { s.reset_weights }
                </button>
                if !props.changed {
                    <p class="pc-hint" id={ids.id("reset-hint")}>{ s.weights_are_default }</p>
                }
            </div>
        </section>
    }
}
