//! The choice of how to set the weights: sliders, presets, ranking or pairwise comparison. A radio
//! group (arrow keys move within it); every method ends in the same sliders.

use yew::prelude::*;

use crate::ui::{use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::state::Action;
use crate::weighting::Method;

#[derive(Properties, PartialEq)]
pub(crate) struct MethodPickerProps {
    pub method: Method,
    /// Presets are offered only if the dataset has some.
    pub has_presets: bool,
    /// Pairwise comparison is offered only for a manageable number of groups.
    pub pairwise_possible: bool,
}

#[component]
pub(crate) fn MethodPicker(props: &MethodPickerProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let ids = use_ids();
    let s = i18n::strings(lang);
    let name = ids.id("method");
    let options = [
        (Method::Sliders, s.method_sliders, true),
        (Method::Presets, s.method_presets, props.has_presets),
        (Method::Ranking, s.method_ranking, true),
        (Method::Pairwise, s.method_pairwise, props.pairwise_possible),
    ];
    html! {
        <fieldset class="pc-methods">
            <legend>{ s.how_to_weigh }</legend>
            <div class="pc-method-options">
                { for options.into_iter().filter(|(_, _, offered)| *offered).map(|(method, label, _)| {
                    let dispatch = dispatch.clone();
                    let code = format!("{method:?}").to_ascii_lowercase();
                    let id = ids.id(&format!("method-{code}"));
                    html! {
                        <div class="pc-method-option" key={label}>
                            <input
                                type="radio"
                                id={id.clone()}
                                name={name.clone()}
                                data-pc-method={code}
                                checked={props.method == method}
                                onchange={move |_| dispatch.dispatch(Action::SetMethod(method))}
                            />
                            <label for={id}>{ label }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
