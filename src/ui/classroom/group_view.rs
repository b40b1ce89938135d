//! The teacher's group view: a disclosure below the share bar with a field to paste the class's
//! share links (one per line), a button to evaluate them and the result — each pupil's first
//! place and top duties, the class's average weighting and its ranking, how far the class agrees
//! (the most common first place, Kendall's W explained in one sentence), the duties with the most
//! disagreement, the skipped lines with their reasons, and a CSV download.
//!
//! The disclosure is in the first download; what it holds ([`ClassBody`]) comes with the panels
//! loaded on demand ([`crate::ui::extras`]), asked for when the disclosure is opened.
//!
//! Invariants: the pasted text is local component state (it is not part of the share link; it is
//! kept in the disclosure, so it survives closing and opening it) and nothing is dispatched to
//! the reducer; nothing leaves the browser (the evaluation is
//! [`crate::classroom::evaluate`], run on click); pasted text is shown only as text. The result
//! carries test hooks by dataset id (`data-pc-class-*`, README "Test hooks").

use std::rc::Rc;

use yew::prelude::*;

use crate::classroom::{evaluate, ClassView, SkipReason};
use crate::export::class_csv;
use crate::i18n;
use crate::i18n::classroom::{
    class_file_name, class_strings, counted, kendall_value, leader_agreement, skip_reason, spread,
};
use crate::ui::browser::download;
use crate::ui::extras::lazy_panel;
use crate::ui::parts::score_bar;
use crate::ui::{use_dataset, use_ids, use_lang, use_lazy};

/// A share 0–1 as the test hooks write it: three decimals, `.` as decimal mark.
fn hook(value: f64) -> String {
    i18n::decimal(crate::text::Lang::En, value, 3)
}

#[component]
pub(crate) fn GroupView() -> Html {
    let lang = use_lang();
    let lazy = use_lazy();
    let ids = use_ids();
    let s = class_strings(lang);
    let open = use_state(|| false);
    let text = use_state(String::new);
    // `None`: the type most links use; `Some(t)`: the teacher's pick.
    let picked = use_state(|| None::<usize>);
    let result = use_state(|| None::<Rc<ClassView>>);

    let on_toggle = {
        let (open, load) = (open.clone(), lazy.start.clone());
        move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            if el.open() {
                load.emit(());
            }
            open.set(el.open());
        }
    };
    let heading_id = ids.id("class-title");
    html! {
        <section class="pc-sharebar pc-classview" aria-labelledby={heading_id.clone()}>
            <details ontoggle={on_toggle}>
                <summary id={heading_id}>{ s.disclosure }</summary>
                if *open {
                    { lazy_panel(lang, &lazy, |x| (x.class_body)(ClassBodyProps { text, picked, result })) }
                }
            </details>
        </section>
    }
}

/// The disclosure's state, kept by [`GroupView`] while its content comes and goes.
#[derive(Properties, PartialEq)]
pub(crate) struct ClassBodyProps {
    pub text: UseStateHandle<String>,
    pub picked: UseStateHandle<Option<usize>>,
    pub result: UseStateHandle<Option<Rc<ClassView>>>,
}

/// The open disclosure: the field for the links, the type, the button and the result.
#[component]
pub(crate) fn ClassBody(props: &ClassBodyProps) -> Html {
    let lang = use_lang();
    let ids = use_ids();
    let s = class_strings(lang);
    let (text, picked, result) = (
        props.text.clone(),
        props.picked.clone(),
        props.result.clone(),
    );
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let on_input = {
        let text = text.clone();
        move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        }
    };
    let on_type = {
        let picked = picked.clone();
        move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            picked.set(select.value().parse::<usize>().ok());
        }
    };
    let on_evaluate = {
        let (d, text, picked, result) = (
            dataset.clone(),
            text.clone(),
            picked.clone(),
            result.clone(),
        );
        move |_| {
            result.set(Some(Rc::new(evaluate(&d, *picked, &text, lang))));
        }
    };

    let links_id = ids.id("class-links");
    let hint_id = ids.id("class-links-hint");
    let type_id = ids.id("class-type");
    let type_options = dataset.types.iter().enumerate().map(|(t, ty)| {
        html! {
            <option value={t.to_string()} selected={*picked == Some(t)}>{ ty.name.get(lang) }</option>
        }
    });

    html! {
        <>
            <p class="pc-hint">{ s.intro }</p>
            <div class="pc-field">
                <label for={links_id.clone()}>{ s.links_label }</label>
                <textarea
                    id={links_id}
                    rows="6"
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby={hint_id.clone()}
                    value={(*text).clone()}
                    oninput={on_input}
                />
            </div>
            <p class="pc-hint" id={hint_id}>{ s.links_hint }{ " " }{ s.privacy_note }</p>
            <div class="pc-field">
                <label for={type_id.clone()}>{ s.type_label }</label>
                <select id={type_id} onchange={on_type}>
                    <option value="" selected={picked.is_none()}>{ s.type_most_used }</option>
                    { for type_options }
                </select>
            </div>
            <div class="pc-classview-actions">
                <button type="button" class="pc-button" data-pc-class-evaluate="" onclick={on_evaluate}>
                    { s.evaluate }
                </button>
            </div>
            <div aria-live="polite" class="pc-classview-status">
                if let Some(class) = &*result {
                    <p>{ counted(lang, class.pupils.len(), class.skipped.len()) }</p>
                }
            </div>
            if let Some(class) = &*result {
                { class_result(class, &dataset, lang) }
            }
        </>
    }
}

/// The evaluated class.
fn class_result(
    class: &Rc<ClassView>,
    d: &crate::dataset::SharedDataset,
    lang: crate::text::Lang,
) -> Html {
    let s = class_strings(lang);
    let provider = |p: usize| {
        d.providers
            .get(p)
            .map(|p| p.name.get(lang).to_owned())
            .unwrap_or_default()
    };
    let duty_name = |c: usize| {
        d.criteria
            .get(c)
            .map(|c| c.name.get(lang).to_owned())
            .unwrap_or_default()
    };
    let duty_id = |c: usize| d.criteria.get(c).map(|c| c.id.clone()).unwrap_or_default();
    let kind_id = d
        .types
        .get(class.kind)
        .map(|t| t.id.clone())
        .unwrap_or_default();

    let csv = {
        let (d, class) = (d.clone(), class.clone());
        let name = class_file_name(lang, &kind_id);
        move |_| {
            download(
                &class_csv(&d, &class, lang),
                &name,
                "text/csv;charset=utf-8",
            )
        }
    };

    let skipped = html! {
        if !class.skipped.is_empty() {
            <h4>{ s.skipped_heading }</h4>
            <ul class="pc-classview-skipped">
                { for class.skipped.iter().map(|sk| {
                    let type_name = match sk.reason {
                        SkipReason::OtherType(k) => d.type_name(k, lang).to_owned(),
                        _ => String::new(),
                    };
                    html! {
                        <li data-pc-class-skipped={sk.line.to_string()}>
                            <strong>{ format!("{} {}: ", s.col_line, sk.line) }</strong>
                            { skip_reason(lang, &sk.reason, &type_name) }
                        </li>
                    }
                }) }
            </ul>
        }
    };
    if class.pupils.is_empty() {
        return html! {
            <div class="pc-classview-result" data-pc-class-kind={kind_id}>
                <p>{ s.no_pupils }</p>
                { skipped }
            </div>
        };
    }

    let max_mean = class.mean.iter().copied().fold(0.0_f64, f64::max);
    let pupils = class.pupils.iter().map(|p| {
        let leaders: Vec<String> = p.leaders.iter().map(|&q| provider(q)).collect();
        let leaders = if leaders.is_empty() {
            s.nobody_first.to_owned()
        } else {
            leaders.join(" / ")
        };
        let top: Vec<String> = p
            .top(3)
            .into_iter()
            .map(|c| {
                format!(
                    "{} ({})",
                    duty_name(c),
                    i18n::percent(lang, p.weights.get(c).copied().unwrap_or(0.0))
                )
            })
            .collect();
        let leader_ids: Vec<String> = p
            .leaders
            .iter()
            .filter_map(|&q| d.providers.get(q).map(|p| p.id.clone()))
            .collect();
        html! {
            <tr data-pc-class-pupil={p.line.to_string()} data-pc-class-leaders={leader_ids.join(",")}>
                <td>{ p.line }</td>
                <td dir="auto">{ leaders }</td>
                <td>{ top.join(", ") }</td>
            </tr>
        }
    });
    let means = class.duties.iter().map(|&c| {
        let share = class.mean.get(c).copied().unwrap_or(0.0);
        let bar = if max_mean > 0.0 {
            share / max_mean * 100.0
        } else {
            0.0
        };
        html! {
            <li data-pc-class-duty={duty_id(c)} data-pc-class-mean={hook(share)}>
                <span class="pc-classview-label">{ duty_name(c) }</span>
                <span class="pc-classview-value">{ i18n::percent_decimals(lang, share, 1) }</span>
                { score_bar(bar, false) }
            </li>
        }
    });
    let ranking = class.ranking.iter().map(|r| {
        let p = r.score.provider;
        let id = d.providers.get(p).map(|p| p.id.clone()).unwrap_or_default();
        let total = r
            .score
            .total()
            .map(|t| i18n::decimal(lang, t, 1))
            .unwrap_or_else(|| s.nobody_first.to_owned());
        let rank = r.rank.map(|x| format!("{x}.")).unwrap_or_default();
        html! {
            <li data-pc-class-rank-provider={id}>
                <span class="pc-classview-rank">{ rank }</span>{ " " }
                <span dir="auto">{ provider(p) }</span>{ " – " }{ total }
            </li>
        }
    });
    let disagreement = class.disagreement.iter().map(|&(c, sd)| {
        html! {
            <li data-pc-class-disagree={duty_id(c)} data-pc-class-sd={hook(sd)}>
                { duty_name(c) }{ ": " }{ spread(lang, sd) }
            </li>
        }
    });
    let agreement_w = class.agreement.map(hook).unwrap_or_default();

    html! {
        <div class="pc-classview-result" data-pc-class-kind={kind_id}>
            <h4>{ s.pupils_heading }</h4>
            <div class="pc-classview-tablewrap">
                <table class="pc-classview-pupils">
                    <thead>
                        <tr>
                            <th scope="col">{ s.col_line }</th>
                            <th scope="col">{ s.col_leader }</th>
                            <th scope="col">{ s.col_top }</th>
                        </tr>
                    </thead>
                    <tbody>{ for pupils }</tbody>
                </table>
            </div>
            <h4>{ s.mean_heading }</h4>
            <ul class="pc-classview-means">{ for means }</ul>
            <h4>{ s.ranking_heading }</h4>
            if !class.options.scope.is_all() {
                <p class="pc-hint" data-pc-class-scope="">{ crate::i18n::scope::summary(lang, &class.options.scope) }</p>
            }
            <ol class="pc-classview-ranking">{ for ranking }</ol>
            <h4>{ s.agreement_heading }</h4>
            if let Some((p, count, of)) = class.top_leader() {
                <p data-pc-class-leader={d.providers.get(p).map(|p| p.id.clone()).unwrap_or_default()} data-pc-class-leader-count={count.to_string()}>
                    { leader_agreement(lang, count, of, &provider(p)) }
                </p>
            }
            <p data-pc-class-w={agreement_w}>
                { match class.agreement {
                    Some(w) => kendall_value(lang, w),
                    None => s.w_undefined.to_owned(),
                } }
            </p>
            <p class="pc-hint">{ s.w_explained }</p>
            <h4>{ s.disagreement_heading }</h4>
            <p>{ s.disagreement_intro }</p>
            <ol class="pc-classview-disagreement">{ for disagreement }</ol>
            { skipped }
            <div class="pc-classview-actions">
                <button type="button" class="pc-button" data-pc-class-csv="" onclick={csv}>{ s.download_csv }</button>
            </div>
        </div>
    }
}
