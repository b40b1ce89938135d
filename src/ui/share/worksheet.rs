//! The classroom worksheet and its answer sheet, printed from the widget for the type on show
//! (content from [`crate::worksheet`], words from [`crate::i18n::worksheet`]). Never shown on
//! screen: rendered only while a sheet is being printed, when the print styles hide the rest of
//! the widget. Addresses are written out (paper has no links); dataset text stays text, in a
//! `<bdi>` where it stands inside the widget's own sentences (an element rather than isolate
//! characters, which PDF text extraction breaks words at).

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::{use_dataset, use_lang};

use crate::dataset::Dataset;
use crate::i18n;
use crate::i18n::worksheet as words;
use crate::ranking::Ranked;
use crate::state::Sheet;
use crate::text::Lang;
use crate::worksheet::{sources_of, Worksheet};

#[derive(Properties, PartialEq)]
pub(crate) struct WorksheetProps {
    pub kind: usize,
    /// The providers of the type in ranking order: the first two are compared.
    pub ranked: Rc<Vec<Ranked>>,
    pub sheet: Sheet,
    /// The reader's filter: the sheet says it, since task 3 compares the filtered ranking's two.
    pub scope: crate::dataset::Scope,
}

/// How many sources per rating the answer sheet writes out.
const SOURCES_PER_RATING: usize = 2;

#[component]
pub(crate) fn WorksheetView(props: &WorksheetProps) -> Html {
    let lang = use_lang();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let d: &Dataset = &dataset;
    let order: Vec<usize> = props.ranked.iter().map(|r| r.score.provider).collect();
    let sheet = Worksheet::new(d, props.kind, &order);
    let answers = props.sheet == Sheet::Answers;
    let type_name = d.type_name(props.kind, lang).to_owned();
    let name_of = |p: usize| d.provider_name(p, lang).to_owned();
    let duty = |c: usize| d.criterion_name(c, lang).to_owned();
    let letter = crate::worksheet::letter;

    html! {
        <section class="pc-worksheet" lang={lang.code()}>
            <h2>{ words::title(lang, &i18n::isolate(&type_name), answers) }</h2>
            if !props.scope.is_all() {
                <p class="pc-sheet-scope">{ i18n::scope::summary(lang, &props.scope) }</p>
            }
            if !answers {
                <p class="pc-sheet-name">{ words::name_line(lang) }</p>
            }

            <h3>{ words::task_groups(lang) }</h3>
            <table class="pc-sheet-table">
                <thead>
                    <tr>
                        <th scope="col">{ words::duty_column(lang) }</th>
                        { for d.groups.iter().map(|g| html! { <th scope="col" key={g.id.clone()}>{ g.name.get(lang) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for sheet.sort_duties.iter().filter_map(|&c| d.criteria.get(c).map(|cr| (c, cr))).map(|(c, criterion)| html! {
                        <tr key={criterion.id.clone()}>
                            <th scope="row">{ duty(c) }</th>
                            { for (0..d.groups.len()).map(|g| html! {
                                <td key={g}>
                                    <span class="pc-sheet-box">{ if answers && criterion.group == g { "X" } else { "" } }</span>
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>

            <h3>{ words::task_legal(lang) }</h3>
            <table class="pc-sheet-table">
                <thead>
                    <tr>
                        <th scope="col">{ words::duty_column(lang) }</th>
                        <th scope="col">{ words::letter_column(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for sheet.match_duties.iter().map(|&c| html! {
                        <tr key={c}>
                            <th scope="row">{ duty(c) }</th>
                            <td class="pc-sheet-letter">{ if answers { sheet.letter_of(c).map(letter).unwrap_or_default() } else { String::new() } }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h4>{ words::rules_heading(lang) }</h4>
            <ol class="pc-sheet-rules" type="A">
                { for sheet.match_refs.iter().enumerate().filter_map(|(i, &(c, r))| {
                    let legal = d.criteria.get(c)?.explain.as_ref()?.legal.get(r)?;
                    Some(html! {
                        <li key={i}>
                            // The rule in plain words is what a class can match to a duty (several
                            // citations differ only in a letter); the citation stands beside it.
                            <bdi>{ legal.summary.get(lang) }</bdi>
                            { " (" }<bdi>{ legal.reference.get(lang) }</bdi>{ format!(", {})", legal.jurisdiction.code()) }
                            if answers {
                                { " " }<span class="pc-sheet-url">{ legal.url.as_str() }</span>
                            }
                        </li>
                    })
                }) }
            </ol>

            { compare_task(d, lang, &sheet, answers, &name_of, &duty) }

            <h3>{ words::task_weighting(lang, &i18n::isolate(&type_name)) }</h3>
            if answers {
                <p>{ words::weighting_answer(lang) }</p>
                <ul>
                    { for d.presets.iter().map(|p| html! {
                        <li key={p.id.clone()}>
                            <strong><bdi>{ p.name.get(lang) }</bdi></strong>{ ": " }<bdi>{ p.rationale.get(lang) }</bdi>
                        </li>
                    }) }
                </ul>
            } else {
                <div class="pc-sheet-lines" aria-hidden="true"></div>
            }
            <p class="pc-sheet-footer">{ words::footer(lang, &d.checked.format(lang)) }</p>
        </section>
    }
}

/// Task 3: the two providers to compare and, on the answer sheet, where they differ.
fn compare_task(
    d: &Dataset,
    lang: Lang,
    sheet: &Worksheet,
    answers: bool,
    name_of: &dyn Fn(usize) -> String,
    duty: &dyn Fn(usize) -> String,
) -> Html {
    let Some((a, b)) = sheet.pair else {
        return html! { <h3>{ words::task_compare_none(lang) }</h3> };
    };
    let body = if !answers {
        html! { <div class="pc-sheet-lines" aria-hidden="true"></div> }
    } else if sheet.differences.is_empty() {
        html! { <p>{ words::no_differences(lang) }</p> }
    } else {
        html! {
            <ul class="pc-sheet-answers">
                { for sheet.differences.iter().map(|diff| {
                    let c = diff.criterion;
                    let urls: Vec<String> = [a, b].iter().flat_map(|&p| sources_of(d, p, c).iter().take(SOURCES_PER_RATING)).map(|s| s.url.as_str().to_owned()).collect();
                    html! {
                        <li key={c}>
                            <bdi>{ duty(c) }</bdi>{ ": " }<bdi>{ name_of(a) }</bdi>{ format!(" {}, ", words::out_of_five(lang, diff.scores.0)) }
                            <bdi>{ name_of(b) }</bdi>{ format!(" {}", words::out_of_five(lang, diff.scores.1)) }
                            if !urls.is_empty() {
                                <br />
                                { words::sources_label(lang) }{ " " }
                                { for urls.iter().map(|u| html! { <span class="pc-sheet-url" key={u.clone()}>{ u.clone() }{ " " }</span> }) }
                            }
                        </li>
                    }
                }) }
            </ul>
        }
    };
    let (before, between, after) = words::task_compare(lang);
    html! {
        <>
            <h3>{ before }<bdi>{ name_of(a) }</bdi>{ between }<bdi>{ name_of(b) }</bdi>{ after }</h3>
            { body }
        </>
    }
}
