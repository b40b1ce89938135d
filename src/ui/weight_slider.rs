//! One criterion's weight: a labelled range input whose value is also given in words, with the
//! duty's description one click away (and always attached to the slider for screen readers).

use yew::prelude::*;

use super::{use_ids, Dispatch};
use crate::dataset::SharedDataset;
use crate::i18n;
use crate::state::Action;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct WeightSliderProps {
    /// Index into the dataset's criteria.
    pub criterion: usize,
    pub dataset: SharedDataset,
    pub weight: u8,
    /// Whether the criterion applies to the provider type being compared.
    pub applies: bool,
    pub kind_name: AttrValue,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn WeightSlider(props: &WeightSliderProps) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let Some(criterion) = props.dataset.criteria.get(props.criterion) else {
        return Html::default();
    };
    let id = ids.id(&format!("weight-{}", criterion.id));
    let desc_id = ids.id(&format!("weight-{}-desc", criterion.id));
    let na_id = ids.id(&format!("weight-{}-na", criterion.id));
    let c = props.criterion;
    let oninput = {
        let dispatch = props.dispatch.clone();
        move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(weight) = input.value().parse::<u8>() {
                dispatch.dispatch(Action::SetWeight {
                    criterion: c,
                    weight,
                });
            }
        }
    };
    // `input` fires on every step of a drag; `change` once the value is set. Only the latter may
    // trigger an announcement.
    let onchange = {
        let dispatch = props.dispatch.clone();
        move |_: Event| dispatch.dispatch(Action::WeightsSettled)
    };
    let described_by = if props.applies {
        desc_id.clone()
    } else {
        format!("{na_id} {desc_id}")
    };
    let name = criterion.name.get(lang);
    html! {
        <div class={classes!("pc-weight", (!props.applies).then_some("pc-weight--na"))}>
            <div class="pc-weight-head">
                <label for={id.clone()}>{ name }</label>
                <output for={id.clone()} aria-hidden="true">
                    <span class="pc-weight-value">{ props.weight }</span>
                    { " " }{ i18n::weight_words(lang, props.weight) }
                </output>
            </div>
            <input
                type="range"
                id={id}
                min="0"
                max="10"
                step="1"
                value={props.weight.to_string()}
                aria-valuetext={i18n::weight_value_text(lang, props.weight)}
                aria-describedby={described_by}
                {oninput}
                {onchange}
            />
            if !props.applies {
                <p class="pc-hint" id={na_id}>{ i18n::does_not_apply_to(lang, &props.kind_name) }</p>
            }
            <details class="pc-desc">
                <summary>
                    { i18n::strings(lang).what_does_it_mean }
                    <span class="pc-sr">{ format!(" ({name})") }</span>
                </summary>
                <p id={desc_id}>{ criterion.description.get(lang) }</p>
            </details>
        </div>
    }
}
