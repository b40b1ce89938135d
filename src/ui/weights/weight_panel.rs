//! The weight panel: how to set the weights (method), the group and criterion sliders with their
//! effective shares and sensitivity (with what it assumes about unknown scores), the choice of how
//! unknown values count (a radio group), the reset, the knock-out rules and the reader's minimums.
//!
//! Where the ranking is not beside the weights (one column: a phone, the compact layout), a short
//! summary of first place stays in view while weighting ("Jetzt vorn: Telekom (58,9)"), with a
//! link back to the ranking; screen readers hear a change of first place from the announcer.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::app::{jump_link, ranking_targets};
use crate::ui::extras::lazy_panel;
use crate::ui::weights::GroupOrderProps;
use crate::ui::weights::KnockoutList;
use crate::ui::weights::MethodPicker;
use crate::ui::weights::MinimumList;
use crate::ui::weights::PairwisePanelProps;
use crate::ui::weights::PresetList;
use crate::ui::weights::WeightSlider;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang, use_lazy};

use crate::i18n;
use crate::scoring::{Options, Unknowns};
use crate::sensitivity::{Overview, Param};
use crate::state::Weighting;
use crate::state::{Action, MAX_AHP_GROUPS};
use crate::weighting::Method;

#[derive(Properties, PartialEq)]
pub(crate) struct WeightPanelProps {
    /// The sliders and the other methods' inputs.
    pub weighting: Weighting,
    /// Unknowns, knock-outs and minimums.
    pub options: Options,
    /// Effective weight per criterion for the type being compared.
    pub effective: Rc<Vec<f64>>,
    /// Sensitivity as of the last settled change.
    pub overview: Rc<Overview>,
    pub kind: usize,
    /// Whether the weights differ from the defaults (enables the reset).
    pub changed: bool,
    /// The providers sharing first place as the weights stand now, and their total.
    pub leaders: Vec<usize>,
    pub top_total: Option<f64>,
}

#[component]
pub(crate) fn WeightPanel(props: &WeightPanelProps) -> Html {
    let lang = use_lang();
    let lazy = use_lazy();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    let kind_name = AttrValue::from(d.type_name(props.kind, lang).to_owned());
    let leader_name = props
        .overview
        .leader
        .and_then(|p| d.providers.get(p))
        .map(|p| AttrValue::from(p.name.get(lang).to_owned()));
    let span = |param: Param| -> Option<(crate::sensitivity::Interval, AttrValue)> {
        let interval = match param {
            Param::Criterion(c) => props.overview.criteria.get(c).copied().flatten(),
            Param::Group(g) => props.overview.groups.get(g).copied().flatten(),
        }?;
        Some((interval, leader_name.clone()?))
    };

    html! {
        <section class="pc-weights" aria-labelledby={ids.id("weights-title")}>
            <h3 id={ids.id("weights-title")} tabindex="-1">{ s.weights_heading }</h3>
            <p class="pc-hint">{ s.weights_intro }</p>
            <MethodPicker
                method={props.weighting.method}
                has_presets={!d.presets.is_empty()}
                pairwise_possible={(2..=MAX_AHP_GROUPS).contains(&d.groups.len())}
            />
            <div class="pc-leader-bar">
                <p>{ i18n::now_leading(
                    lang,
                    &props.leaders.iter().filter_map(|&p| d.providers.get(p)).map(|p| p.name.get(lang)).collect::<Vec<_>>(),
                    props.top_total,
                ) }</p>
                { jump_link(&ranking_targets(&ids), s.skip_to_ranking, "pc-leader-jump") }
            </div>
            { match props.weighting.method {
                Method::Sliders => html! {
                    <p class="pc-hint">
                        { s.sensitivity_hint }
                        { " " }
                        { i18n::unknowns::sensitivity_assumption(lang, props.options.unknowns) }
                    </p>
                },
                Method::Presets => html! {
                    <PresetList active={props.weighting.preset} />
                },
                // Loaded on demand (`ui::extras`), like the other panels a first visit does not open.
                Method::Ranking => lazy_panel(lang, &lazy, |x| (x.group_order)(GroupOrderProps {
                    order: props.weighting.order.clone(),
                    applied: props.weighting.order_applied(),
                })),
                Method::Pairwise => lazy_panel(lang, &lazy, |x| (x.pairwise)(PairwisePanelProps {
                    judgements: props.weighting.judgements.clone(),
                    applied: props.weighting.judgements_applied(),
                })),
            } }
            { for d.groups.iter().enumerate().map(|(g, group)| {
                let applies = d.criteria_of(g).any(|(_, c)| c.applies(props.kind));
                let group_share: f64 = d.criteria_of(g).map(|(c, _)| props.effective.get(c).copied().unwrap_or(0.0)).sum();
                html! {
                    <fieldset class="pc-group" key={group.id.clone()}>
                        <legend dir="auto">{ group.name.get(lang) }</legend>
                        <WeightSlider
                            param={Param::Group(g)}
                            key_id={AttrValue::from(group.id.clone())}
                            label={AttrValue::Static(s.group_weight)}
                            description={None::<AttrValue>}
                            weight={props.weighting.weights.groups.get(g).copied().unwrap_or(0)}
                            share={applies.then_some(group_share)}
                            span={span(Param::Group(g))}
                            not_applicable={(!applies).then(|| kind_name.clone())}
                        />
                        { for d.criteria_of(g).map(|(c, criterion)| {
                            let applies = criterion.applies(props.kind);
                            html! {
                                <WeightSlider
                                    key={criterion.id.clone()}
                                    param={Param::Criterion(c)}
                                    key_id={AttrValue::from(criterion.id.clone())}
                                    label={AttrValue::from(criterion.name.get(lang).to_owned())}
                                    description={Some(AttrValue::from(criterion.description.get(lang).to_owned()))}
                                    weight={props.weighting.weights.criteria.get(c).copied().unwrap_or(0)}
                                    share={applies.then(|| props.effective.get(c).copied().unwrap_or(0.0))}
                                    span={span(Param::Criterion(c))}
                                    not_applicable={(!applies).then(|| kind_name.clone())}
                                />
                            }
                        }) }
                    </fieldset>
                }
            }) }
            <WeightOptions unknowns={props.options.unknowns} changed={props.changed} />
            <KnockoutList on={props.options.knockouts.clone()} />
            <MinimumList kind={props.kind} minimums={props.options.minimums.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct WeightOptionsProps {
    unknowns: Unknowns,
    /// Whether the weights differ from the defaults (enables the reset).
    changed: bool,
}

/// How unknown values count, and the reset: a component of its own, so that the steps of a
/// slider drag (which change neither) do not render it again.
#[component]
fn WeightOptions(props: &WeightOptionsProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let ids = use_ids();
    let s = i18n::strings(lang);
    let on_reset = {
        let dispatch = dispatch.clone();
        move |_| dispatch.dispatch(Action::ResetWeights)
    };
    html! {
            <div class="pc-options">
                <fieldset class="pc-unknowns" aria-describedby={ids.id("unknowns-hint")}>
                    <legend>{ i18n::unknowns::legend(lang) }</legend>
                    { for Unknowns::ALL.into_iter().map(|choice| {
                        let id = ids.item("unknowns", code(choice));
                        let dispatch = dispatch.clone();
                        html! {
                            <div class="pc-radio" key={code(choice)}>
                                <input
                                    type="radio"
                                    id={id.clone()}
                                    name={ids.id("unknowns")}
                                    value={code(choice)}
                                    data-pc-unknowns={code(choice)}
                                    checked={props.unknowns == choice}
                                    onchange={move |_| dispatch.dispatch(Action::SetUnknowns(choice))}
                                />
                                <label for={id}>{ i18n::unknowns::choice(lang, choice) }</label>
                            </div>
                        }
                    }) }
                    <p class="pc-hint" id={ids.id("unknowns-hint")}>{ s.unknown_as_zero_hint }</p>
                </fieldset>
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
    }
}

/// The value of a choice in the radio group and its test hook (`data-pc-unknowns`).
fn code(choice: Unknowns) -> &'static str {
    match choice {
        Unknowns::LeaveOut => "leave-out",
        Unknowns::Worst => "worst",
        Unknowns::Best => "best",
    }
}
