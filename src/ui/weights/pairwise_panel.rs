//! The pairwise method (AHP): compare the duty groups two at a time on Saaty's 1–9 scale; the group
//! sliders follow the principal eigenvector, and inconsistent judgements get a plain warning that
//! names the comparison to reconsider first.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::state::Action;
use crate::weighting::{ahp, comparison_matrix, pairs, Judgement, CR_LIMIT};

#[derive(Properties, PartialEq)]
pub(crate) struct PairwisePanelProps {
    pub judgements: Vec<Judgement>,
    pub group_weights: Vec<u8>,
}

#[component]
pub(crate) fn PairwisePanel(props: &PairwisePanelProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    let n = d.groups.len();
    let name = |g: usize| {
        d.groups
            .get(g)
            .map(|g| g.name.get(lang))
            .unwrap_or_default()
    };
    let short = |g: usize| {
        d.groups
            .get(g)
            .map(|g| g.short_name.as_ref().unwrap_or(&g.name).get(lang))
            .unwrap_or_default()
    };
    let result = ahp(&comparison_matrix(n, &props.judgements));
    html! {
        <div class="pc-pairwise">
            <p class="pc-hint">{ s.pairwise_intro }</p>
            <ul class="pc-pairs">
                { for pairs(n).into_iter().enumerate().map(|(k, (a, b))| {
                    let value = props.judgements.get(k).copied().unwrap_or(0);
                    let id = ids.id(&format!("ahp-{k}"));
                    let dispatch = dispatch.clone();
                    // The slider runs from "a much more important" (left) to "b much more
                    // important" (right); the judgement counts in favour of a.
                    let oninput = move |e: InputEvent| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        if let Ok(v) = input.value().parse::<i8>() {
                            dispatch.dispatch(Action::SetJudgement { pair: k, value: -v });
                        }
                    };
                    let text = i18n::judgement_text(lang, name(a), name(b), value);
                    html! {
                        <li class="pc-pair" key={k}>
                            <label for={id.clone()} class="pc-sr">{ format!("{} – {}", name(a), name(b)) }</label>
                            <div class="pc-pair-ends" aria-hidden="true">
                                <span>{ short(a) }</span>
                                <span>{ short(b) }</span>
                            </div>
                            <input
                                type="range"
                                id={id}
                                min="-8"
                                max="8"
                                step="1"
                                value={(-i16::from(value)).to_string()}
                                aria-valuetext={text.clone()}
                                {oninput}
                            />
                            <p class="pc-hint" aria-hidden="true">{ text }</p>
                        </li>
                    }
                }) }
            </ul>
            if let Some(r) = result {
                <ul class="pc-ahp-weights">
                    { for r.weights.iter().enumerate().map(|(g, w)| html! {
                        <li key={g}>
                            <span>{ name(g) }</span>
                            <span>{ format!("{} → {}", i18n::percent(lang, *w), props.group_weights.get(g).copied().unwrap_or(0)) }</span>
                        </li>
                    }) }
                </ul>
                if let Some(cr) = r.cr {
                    if cr > CR_LIMIT {
                        <p class="pc-notice" role="status">
                            { match r.worst_pair {
                                Some((a, b)) => i18n::consistency_warning(lang, cr, name(a), name(b)),
                                None => i18n::consistency_warning(lang, cr, "", ""),
                            } }
                        </p>
                    } else {
                        <p class="pc-hint">{ i18n::consistency_ok(lang, cr) }</p>
                    }
                }
            }
        </div>
    }
}
