//! Two providers side by side: the smallest single weight change that would swap them, in one
//! plain sentence, and the duties that separate them most (difference of contributions).

use std::rc::Rc;

use yew::prelude::*;

use super::{param_label, use_ids, Dispatch};
use crate::dataset::SharedDataset;
use crate::i18n;
use crate::ranking::Ranked;
use crate::scoring::{contributions, Options};
use crate::sensitivity::{pair_verdict, PairVerdict};
use crate::state::Action;
use crate::text::Lang;
use crate::weighting::Weights;

#[derive(Properties, PartialEq)]
pub struct PairComparisonProps {
    pub dataset: SharedDataset,
    pub kind: usize,
    /// The ranking, for the default pair (first and second).
    pub rows: Rc<Vec<Ranked>>,
    pub pair: (Option<usize>, Option<usize>),
    /// The weights as of the last settled change (the verdict is computed for those).
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
    // Default pair: the first two of the ranking (by total, not by the table's sort).
    let mut by_rank: Vec<usize> = props
        .rows
        .iter()
        .filter(|r| r.rank.is_some())
        .map(|r| r.score.provider)
        .collect();
    by_rank.extend(
        props
            .rows
            .iter()
            .filter(|r| r.rank.is_none())
            .map(|r| r.score.provider),
    );
    let a = props.pair.0.or(by_rank.first().copied());
    let b = props
        .pair
        .1
        .or(by_rank.iter().copied().find(|&p| Some(p) != a));
    let verdict = use_memo(
        (
            d.clone(),
            props.kind,
            props.settled.clone(),
            props.options.clone(),
            a,
            b,
        ),
        |(d, kind, w, o, a, b)| match (a, b) {
            (Some(a), Some(b)) if a != b => Some(pair_verdict(d, *kind, w, o, *a, *b)),
            _ => None,
        },
    );
    let (Some(a), Some(b)) = (a, b) else {
        return Html::default();
    };
    if a == b {
        return Html::default();
    }
    let name = |p: usize| {
        d.providers
            .get(p)
            .map(|p| p.name.get(lang))
            .unwrap_or_default()
    };
    let sentence = match &*verdict {
        Some(PairVerdict::Flip {
            ahead,
            behind,
            flip,
        }) => i18n::flip_sentence(
            lang,
            name(*ahead),
            name(*behind),
            &param_label(d, flip.param, lang),
            flip.from,
            flip.threshold,
            flip.upward,
        ),
        Some(PairVerdict::Fixed { ahead, behind }) => {
            i18n::no_flip(lang, name(*ahead), name(*behind))
        }
        Some(PairVerdict::Tied) => i18n::tied(lang, name(a), name(b)),
        Some(PairVerdict::Unranked(p)) => i18n::unranked(lang, name(*p)),
        None => String::new(),
    };
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

    let select = |which: usize, current: usize, label: &'static str| {
        let id = ids.id(&format!("pair-{which}"));
        let dispatch = props.dispatch.clone();
        let other = if which == 0 { b } else { a };
        let onchange = move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(p) = el.value().parse::<usize>() {
                dispatch.dispatch(if which == 0 {
                    Action::SetPair(Some(p), Some(other))
                } else {
                    Action::SetPair(Some(other), Some(p))
                });
            }
        };
        html! {
            <div class="pc-pair-select">
                <label for={id.clone()}>{ label }</label>
                <select id={id} {onchange}>
                    { for d.providers_of(props.kind).map(|(p, provider)| html! {
                        <option key={provider.id.clone()} value={p.to_string()} selected={p == current}>
                            { provider.name.get(lang) }
                        </option>
                    }) }
                </select>
            </div>
        }
    };

    html! {
        <section class="pc-compare" aria-labelledby={ids.id("compare-title")}>
            <h3 id={ids.id("compare-title")}>{ s.compare_heading }</h3>
            <div class="pc-pair-selects">
                { select(0, a, s.provider_a) }
                { select(1, b, s.provider_b) }
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
