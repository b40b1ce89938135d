//! One provider in detail: every duty that applies to it, with its score, weight, justification
//! and sources; the duties that do not apply are named at the end.
//!
//! Focus moves here when it opens and back to the provider's row button when it closes, so keyboard
//! users never lose their place.

use yew::prelude::*;

use crate::ui::parts::external_link;
use crate::ui::parts::score_badge;
use crate::ui::parts::{evidence_notice, source_list};
use crate::ui::results::contribution_bar;
use crate::ui::results::rating_findings;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use std::rc::Rc;

use crate::dataset::Rating;
use crate::i18n;
use crate::i18n::scope as words;
use crate::scoring::{contributions, unknown_duties, ProviderScore, Unknowns};
use crate::state::{Action, Evidence};

#[derive(Properties, PartialEq)]
pub(crate) struct ProviderDetailProps {
    /// Index into the dataset's providers.
    pub provider: usize,
    pub score: ProviderScore,
    /// Criterion slider values.
    pub weights: Vec<u8>,
    /// Effective weights for the type, for the contributions.
    pub effective: Rc<Vec<f64>>,
    pub minimums: Vec<u8>,
    /// Whether the justifications and sources are there (a core dataset loads them later).
    pub evidence: Evidence,
    /// How unknown scores count.
    pub unknowns: Unknowns,
}

fn focus_element(id: &str) {
    if let Some(el) = crate::ui::browser::element_by_id(id) {
        // Focus is a courtesy; if the element went away meanwhile there is nothing to do.
        let _ = el.focus();
    }
}

#[component]
pub(crate) fn ProviderDetail(props: &ProviderDetailProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;

    let section_id = ids.id("detail");
    {
        let section_id = section_id.clone();
        use_effect_with(props.provider, move |_| focus_element(&section_id));
    }

    let Some(provider) = d.providers.get(props.provider) else {
        return Html::default();
    };
    let name = provider.name.get(lang);
    let row_button = ids.item("row", &provider.id);
    let on_close = {
        let dispatch = dispatch.clone();
        move |_| {
            dispatch.dispatch(Action::Select(None));
            focus_element(&row_button);
        }
    };
    let onkeydown = {
        let dispatch = dispatch.clone();
        let row_button = ids.item("row", &provider.id);
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatch.dispatch(Action::Select(None));
                focus_element(&row_button);
            }
        }
    };

    let overall = &props.score.overall;
    let not_applicable: Vec<&str> = d
        .criteria
        .iter()
        .zip(&provider.ratings)
        .filter(|(_, r)| !r.applies())
        .map(|(c, _)| c.name.get(lang))
        .collect();
    // Weighted duties without a known score: named instead of given points.
    let unknown_at: Vec<&str> = unknown_duties(d, props.provider, &props.effective)
        .into_iter()
        .filter_map(|c| d.criteria.get(c).map(|c| c.name.get(lang)))
        .collect();
    let based_in = provider
        .country
        .as_ref()
        .map(|c| words::country_or_name(lang, c.get(lang)));

    html! {
        <section
            class="pc-detail"
            id={section_id}
            tabindex="-1"
            aria-labelledby={ids.id("detail-title")}
            {onkeydown}
        >
            <div class="pc-detail-head">
                <h3 id={ids.id("detail-title")} dir="auto">{ name }</h3>
                <button type="button" class="pc-button pc-close" onclick={on_close}>
                    { s.close }<span class="pc-sr">{ format!(": {}", i18n::details_of(lang, name)) }</span>
                </button>
            </div>
            { evidence_notice(lang, &dispatch, &props.evidence) }
            <p class="pc-meta">
                if let Some(legal_name) = &provider.legal_name {
                    <span dir="auto">{ legal_name.get(lang) }</span>
                    <span aria-hidden="true">{ " · " }</span>
                }
                { external_link(lang, &provider.website, Classes::new(), html! { s.website }) }
                if provider.named_in_text {
                    <span aria-hidden="true">{ " · " }</span>
                    <span class="pc-text-mark">{ words::named_in_text(lang) }</span>
                }
            </p>
            // Where the company is, where it sells, where it keeps the data.
            if based_in.is_some() || !provider.serves.is_empty() || provider.data_location.is_some() {
                <dl class="pc-where" data-pc-where="">
                    if let Some(country) = based_in {
                        <div><dt>{ format!("{}: ", words::based_in(lang)) }</dt><dd dir="auto">{ country }</dd></div>
                    }
                    if !provider.serves.is_empty() {
                        <div><dt>{ format!("{}: ", words::offered_in(lang)) }</dt><dd>{ words::country_list(lang, &provider.serves) }</dd></div>
                    }
                    if let Some(location) = &provider.data_location {
                        <div>
                            <dt>{ format!("{}: ", words::data_held_in(lang)) }</dt>
                            <dd>
                                if location.countries.is_empty() {
                                    { words::not_known(lang) }
                                } else {
                                    { words::country_list(lang, &location.countries) }
                                }
                                if let Some(note) = &location.note {
                                    { " – " }<span dir="auto">{ note.get(lang) }</span>
                                }
                                if !location.sources.is_empty() {
                                    { source_list(lang, d, &location.sources) }
                                }
                            </dd>
                        </div>
                    }
                </dl>
            }
            if let Some(note) = &provider.note {
                <p class="pc-note">{ note.get(lang) }</p>
            }
            <p class="pc-detail-total">
                { format!("{}: ", s.col_total) }
                <strong>
                    { overall.total().map_or_else(|| s.no_value.to_owned(), |t| i18n::decimal(lang, t, 1)) }
                </strong>
                { format!(" · {}: ", s.col_coverage) }
                <strong>
                    { overall.coverage().map_or_else(|| s.no_value.to_owned(), |c| i18n::percent(lang, c)) }
                </strong>
                { format!(" ({})", i18n::known_of(lang, overall.known, overall.applicable)) }
            </p>
            if props.score.range.open() {
                <p class="pc-detail-range">{ i18n::unknowns::range_detail(lang, &props.score.range) }</p>
            }
            if props.score.excluded() {
                <p class="pc-notice">
                    { format!("{}: ", s.excluded) }
                    { props.score.unmet.iter().filter_map(|&c| {
                        let criterion = d.criteria.get(c)?;
                        Some(i18n::unmet_reason(lang, criterion.name.get(lang), provider.ratings.get(c).and_then(|r| r.score()), props.minimums.get(c).copied().unwrap_or(0)))
                    }).collect::<Vec<_>>().join("; ") }
                </p>
            }
            if let (true, Some(cap), Some(raw)) = (props.score.capped(), props.score.cap, props.score.raw_total()) {
                <p class="pc-notice">
                    { format!("{} – {}: ", s.capped, i18n::capped_at(lang, cap, raw)) }
                    { props.score.caps.iter().filter_map(|&r| d.knockouts.get(r)).map(|k| k.reason.get(lang)).collect::<Vec<_>>().join("; ") }
                </p>
            }
            <h4>{ s.contribution_heading }</h4>
            { contribution_bar(lang, d, &contributions(d, props.provider, &props.effective, props.unknowns)) }
            if !unknown_at.is_empty() {
                <p class="pc-hint pc-unknown-at">{ i18n::unknowns::unknown_at(lang, &unknown_at) }</p>
            }
            { for d.groups.iter().enumerate().map(|(g, group)| {
                let items: Vec<_> = d
                    .criteria_of(g)
                    .filter(|(c, _)| provider.ratings.get(*c).is_some_and(Rating::applies))
                    .collect();
                if items.is_empty() {
                    return Html::default();
                }
                let part = props.score.groups.get(g).copied().unwrap_or_default();
                html! {
                    <div class="pc-detail-group" key={group.id.clone()}>
                        <h4>
                            { group.name.get(lang) }
                            <span class="pc-group-total">
                                { part.total().map_or_else(|| s.no_value.to_owned(), |t| i18n::decimal(lang, t, 0)) }
                            </span>
                        </h4>
                        <ul class="pc-criteria">
                            { for items.into_iter().map(|(c, criterion)| {
                                let rating = &provider.ratings[c];
                                let weight = props.weights.get(c).copied().unwrap_or(0);
                                html! {
                                    <li class="pc-criterion" key={criterion.id.clone()}>
                                        <div class="pc-criterion-head">
                                            <span class="pc-criterion-name" dir="auto">{ criterion.name.get(lang) }</span>
                                            { score_badge(lang, rating.score()) }
                                            <span class="pc-criterion-weight">{ i18n::weight_label(lang, weight) }</span>
                                        </div>
                                        { match rating {
                                            Rating::Scored(scored) => html! {
                                                <>
                                                    if !scored.why.get(lang).is_empty() {
                                                        <p>{ scored.why.get(lang) }</p>
                                                    }
                                                    if scored.low_confidence {
                                                        <p class="pc-flag">
                                                            { if scored.weak_sources_only() { i18n::findings::weak_sources_only(lang) } else { s.low_confidence } }
                                                        </p>
                                                    }
                                                    { rating_findings(lang, d, props.provider, c) }
                                                    { source_list(lang, d, &scored.sources) }
                                                </>
                                            },
                                            Rating::Unknown { note, sources, .. } => html! {
                                                <>
                                                    <p class="pc-unknown-note">
                                                        { i18n::unknowns::cell(lang, props.unknowns) }
                                                    </p>
                                                    if let Some(note) = note {
                                                        <p>{ note.get(lang) }</p>
                                                    }
                                                    { rating_findings(lang, d, props.provider, c) }
                                                    { source_list(lang, d, sources) }
                                                </>
                                            },
                                            Rating::NotApplicable => Html::default(),
                                        } }
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
            if !not_applicable.is_empty() {
                <p class="pc-hint">{ format!("{}: {}", s.not_applicable, not_applicable.join(", ")) }</p>
            }
        </section>
    }
}
