//! One weight — a criterion's or a duty group's: a labelled range input whose value is also given
//! in words, its effective share of the weighting, where the current leader stays first as this
//! one weight moves, and (for a criterion) the duty's description one click away.

use yew::prelude::*;

use crate::ui::{use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::sensitivity::{Interval, Param};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub(crate) struct WeightSliderProps {
    pub param: Param,
    /// Part of the element ids: the criterion's or group's id.
    pub key_id: AttrValue,
    pub label: AttrValue,
    pub description: Option<AttrValue>,
    pub weight: u8,
    /// Effective share of the whole weighting, 0–1 (`None` when it does not apply).
    pub share: Option<f64>,
    /// Where the leader stays first as this weight moves, and the leader's name.
    pub span: Option<(Interval, AttrValue)>,
    /// `Some(type name)` when the weight does not apply to the type being compared.
    pub not_applicable: Option<AttrValue>,
}

#[component]
pub(crate) fn WeightSlider(props: &WeightSliderProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let ids = use_ids();
    let s = i18n::strings(lang);
    let role = match props.param {
        Param::Criterion(_) => "weight",
        Param::Group(_) => "group",
    };
    let id = ids.item(role, &props.key_id);
    let desc_id = ids.item(&format!("{role}-desc"), &props.key_id);
    let note_id = ids.item(&format!("{role}-note"), &props.key_id);
    let param = props.param;
    // The test hook names what the input weights, by dataset id (README, "Test hooks").
    let (hook_criterion, hook_group) = match param {
        Param::Criterion(_) => (Some(props.key_id.clone()), None),
        Param::Group(_) => (None, Some(props.key_id.clone())),
    };
    let oninput = {
        let dispatch = dispatch.clone();
        move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(weight) = input.value().parse::<u8>() {
                dispatch.dispatch(match param {
                    Param::Criterion(criterion) => Action::SetWeight { criterion, weight },
                    Param::Group(group) => Action::SetGroupWeight { group, weight },
                });
            }
        }
    };
    // `input` fires on every step of a drag; `change` once the value is set. Only the latter may
    // trigger an announcement or a new sensitivity analysis.
    let onchange = {
        let dispatch = dispatch.clone();
        move |_: Event| dispatch.dispatch(Action::WeightsSettled)
    };
    let note = match (&props.not_applicable, &props.span) {
        (Some(kind), _) => Some(i18n::does_not_apply_to(lang, kind)),
        // Only a limited range is worth a line; "stays first at any weight" would repeat on every
        // slider (the stability note above the ranking says it once).
        (None, Some((span, leader))) if !span.whole() => Some(i18n::leader_span(
            lang,
            leader,
            span.lo,
            span.hi,
            !span.lo_included,
        )),
        _ => None,
    };
    let described_by = [
        note.as_ref().map(|_| note_id.clone()),
        props.description.as_ref().map(|_| desc_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let label = props.label.as_str();
    html! {
        <div class={classes!(
            "pc-weight",
            matches!(props.param, Param::Group(_)).then_some("pc-weight--group"),
            props.not_applicable.is_some().then_some("pc-weight--na"),
        )}>
            <div class="pc-weight-head">
                <label for={id.clone()} dir="auto">{ label }</label>
                <output for={id.clone()} aria-hidden="true">
                    <span class="pc-weight-value">{ props.weight }</span>
                    { " " }{ i18n::weight_words(lang, props.weight) }
                    if let Some(share) = props.share {
                        <span class="pc-share" title={s.effective_weight}>{ format!(" · {}", i18n::percent(lang, share)) }</span>
                    }
                </output>
            </div>
            <input
                type="range"
                id={id}
                data-pc-weight={hook_criterion}
                data-pc-group-weight={hook_group}
                min="0"
                max="10"
                step="1"
                value={props.weight.to_string()}
                aria-valuetext={match props.share {
                    Some(share) => format!("{}; {} {}", i18n::weight_value_text(lang, props.weight), s.effective_weight, i18n::percent(lang, share)),
                    None => i18n::weight_value_text(lang, props.weight),
                }}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                {oninput}
                {onchange}
            />
            if let Some(note) = note {
                <p class="pc-hint pc-span" id={note_id}>{ note }</p>
            }
            if let Some(description) = &props.description {
                <details class="pc-desc">
                    <summary>
                        { s.what_does_it_mean }
                        <span class="pc-sr">{ format!(" ({label})") }</span>
                    </summary>
                    <p id={desc_id}>{ description.as_str() }</p>
                </details>
            }
        </div>
    }
}
