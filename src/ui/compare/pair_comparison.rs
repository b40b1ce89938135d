//! Two providers side by side: the smallest single weight change that would swap them, in one
//! plain sentence, and the duties that separate them most (difference of contributions). Duties
//! where either score is unknown get no difference in points: they are named, with whether the
//! known data settle the order of the two (their ranges do not overlap).

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::compare::PairSelect;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::scoring::{
    contributions, order_settled, score_provider, separating, unknown_in_either, Options,
};
use crate::sensitivity::compared_pair;
use crate::weighting::Weights;

#[derive(Properties, PartialEq)]
pub(crate) struct PairComparisonProps {
    pub kind: usize,
    /// The reader's choice; unset sides default to first and second at the settled weights.
    pub pair: (Option<usize>, Option<usize>),
    /// The weights as of the last settled change (the pair and verdict are computed for those,
    /// so that dragging a slider does not redo this work on every step).
    pub settled: Weights,
    pub options: Options,
    /// Effective weights now, for the contributions.
    pub effective: Rc<Vec<f64>>,
}

#[component]
pub(crate) fn PairComparison(props: &PairComparisonProps) -> Html {
    let lang = use_lang();
    let _dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    let compared = use_memo(
        (
            d.clone(),
            props.kind,
            props.settled.clone(),
            props.options.clone(),
            props.pair,
        ),
        |(d, kind, w, o, pair)| compared_pair(d, *kind, w, o, *pair),
    );
    let Some((a, b, verdict)) = &*compared else {
        return Html::default();
    };
    let (a, b) = (*a, *b);
    let name = |p: usize| {
        d.providers
            .get(p)
            .map(|p| p.name.get(lang))
            .unwrap_or_default()
    };
    let sentence = i18n::pair_sentence(lang, d, verdict, a, b);
    let ca = contributions(d, a, &props.effective, props.options.unknowns);
    let cb = contributions(d, b, &props.effective, props.options.unknowns);
    let unknown_at: Vec<&str> = unknown_in_either(d, a, b, &props.effective)
        .into_iter()
        .filter_map(|c| d.criteria.get(c).map(|c| c.name.get(lang)))
        .collect();
    let unknown_note = (!unknown_at.is_empty()).then(|| {
        let range = |p: usize| score_provider(d, p, &props.effective, &props.options).range;
        let settled = order_settled(&range(a), &range(b));
        i18n::unknowns::pair_note(lang, settled, &unknown_at, props.options.unknowns)
    });
    // Differences under 0.05 points would show as "0,0" and say nothing.
    let diffs = separating(&ca, &cb, 0.05, 4);

    html! {
        <section class="pc-compare" aria-labelledby={ids.id("compare-title")}>
            <h3 id={ids.id("compare-title")}>{ s.compare_heading }</h3>
            <div class="pc-pair-selects">
                <PairSelect
                    kind={props.kind}
                    scope={props.options.scope.clone()}
                    id={ids.id("pair-0")}
                    label={s.provider_a}
                    current={a}
                    other={b}
                    first=true
                />
                <PairSelect
                    kind={props.kind}
                    scope={props.options.scope.clone()}
                    id={ids.id("pair-1")}
                    label={s.provider_b}
                    current={b}
                    other={a}
                    first=false
                />
            </div>
            <p class="pc-flip" aria-live="polite">{ sentence }</p>
            if let Some(note) = unknown_note {
                <p class="pc-hint pc-pair-unknown">{ note }</p>
            }
            if !diffs.is_empty() {
                <h4>{ s.separating }</h4>
                <ul class="pc-separating">
                    { for diffs.iter().map(|&(c, diff)| html! {
                        <li key={c}>
                            { i18n::separation(
                                lang,
                                d.criteria.get(c).map(|c| c.name.get(lang)).unwrap_or_default(),
                                diff,
                                if diff > 0.0 { name(a) } else { name(b) },
                            ) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
