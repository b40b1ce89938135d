//! The pairwise method (AHP): compare the duty groups two at a time on Saaty's 1–9 scale; the group
//! sliders follow the principal eigenvector, and inconsistent judgements get a plain warning that
//! names the comparison to reconsider first and what the other judgements say about it.
//!
//! Invariants: each group shows the share and the slider value the judgements give, and a line
//! says whether the sliders follow them yet (with a button to apply them when they do not);
//! consistency is judged only once enough judgements are given ([`consistency_judged`]), before
//! that the panel says how many are needed. Slider ids are `ahp-k`, a role of their own.

use yew::prelude::*;

use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::i18n;
use crate::state::{consistency_judged, implied_judgement, judgements_needed, Action};
use crate::weighting::{ahp, comparison_matrix, pairs, to_sliders, Judgement, CR_LIMIT};

#[derive(Properties, PartialEq)]
pub(crate) struct PairwisePanelProps {
    pub judgements: Vec<Judgement>,
    /// Whether the group sliders follow the judgements now.
    pub applied: bool,
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
    let judged = consistency_judged(&props.judgements, n);
    let given = props.judgements.iter().filter(|&&j| j != 0).count();
    let status_id = ids.id("ahp-status");
    let apply = {
        let dispatch = dispatch.clone();
        move |_: MouseEvent| dispatch.dispatch(Action::ApplyJudgements)
    };
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
                    { for r.weights.iter().zip(to_sliders(&r.weights)).enumerate().map(|(g, (w, slider))| html! {
                        <li key={g}>
                            <span class="pc-ahp-name" dir="auto">{ name(g) }</span>
                            { " " }
                            <span class="pc-ahp-share">{ i18n::method_share(lang, *w, slider) }</span>
                        </li>
                    }) }
                </ul>
                <div class={classes!("pc-method-status", (!props.applied).then_some("pc-method-status--pending"))}>
                    <p id={status_id.clone()}>{ if props.applied { s.judgements_applied } else { s.judgements_not_applied } }</p>
                    if !props.applied {
                        <button type="button" class="pc-button" aria-describedby={status_id} onclick={apply}>{ s.apply_judgements }</button>
                    }
                </div>
                if !judged {
                    if n >= 3 {
                        <p class="pc-hint">{ i18n::consistency_pending(lang, given, judgements_needed(n)) }</p>
                    }
                } else if let Some(cr) = r.cr {
                    if cr > CR_LIMIT {
                        <p class="pc-notice" role="status">
                            { match r.worst_pair {
                                Some((a, b)) => i18n::consistency_warning(lang, cr, name(a), name(b), implied_judgement(&r.weights, a, b)),
                                None => i18n::consistency_warning(lang, cr, "", "", 0),
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
