//! Two providers side by side: the smallest single weight change that would swap them, in one
//! plain sentence, and the duties that separate them most (difference of contributions).

use std::rc::Rc;

use yew::prelude::*;

use super::{use_ids, Dispatch, PairSelect};
use crate::dataset::SharedDataset;
use crate::i18n;
use crate::scoring::{contributions, Options};
use crate::sensitivity::compared_pair;
use crate::text::Lang;
use crate::weighting::Weights;

#[derive(Properties, PartialEq)]
pub struct PairComparisonProps {
    pub dataset: SharedDataset,
    pub kind: usize,
    /// The reader's choice; unset sides default to first and second at the settled weights.
    pub pair: (Option<usize>, Option<usize>),
    /// The weights as of the last settled change (the pair and verdict are computed for those,
    /// so that dragging a slider does not redo this work on every step).
    pub settled: Weights,
    pub options: Options,
    /// Effective weights now, for the contributions.
    pub effective: Rc<Vec<f64>>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn PairComparison(props: &PairComparisonProps) -> Html {
    let ids = use_ids();
    let lang = props.lang;
    let s = i18n::strings(lang);
    let d = &props.dataset;
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
    let ca = contributions(d, a, &props.effective, props.options.unknown_as_zero);
    let cb = contributions(d, b, &props.effective, props.options.unknown_as_zero);
    let mut diffs: Vec<(usize, f64)> = (0..d.criteria.len())
        .map(|c| {
            let va = ca.get(c).copied().flatten().unwrap_or(0.0);
            let vb = cb.get(c).copied().flatten().unwrap_or(0.0);
            (c, va - vb)
        })
        .filter(|(_, diff)| diff.abs() >= 0.05)
        .collect();
    diffs.sort_unstable_by(super::by_magnitude);
    diffs.truncate(4);

    html! {
        <section class="pc-compare" aria-labelledby={ids.id("compare-title")}>
            <h3 id={ids.id("compare-title")}>{ s.compare_heading }</h3>
            <div class="pc-pair-selects">
                <PairSelect
                    dataset={d.clone()}
                    kind={props.kind}
                    id={ids.id("pair-0")}
                    label={s.provider_a}
                    current={a}
                    other={b}
                    first=true
                    {lang}
                    dispatch={props.dispatch.clone()}
                />
                <PairSelect
                    dataset={d.clone()}
                    kind={props.kind}
                    id={ids.id("pair-1")}
                    label={s.provider_b}
                    current={b}
                    other={a}
                    first=false
                    {lang}
                    dispatch={props.dispatch.clone()}
                />
            </div>
            <p class="pc-flip" aria-live="polite">{ sentence }</p>
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
