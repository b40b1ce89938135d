//! The duties explained: all duties at once, grouped by the dataset's groups, each with what it
//! means, why it matters, the example for the provider type on show, and its legal basis (a list
//! of references: jurisdiction, reference, link to the official text, one-sentence summary, the
//! types it applies to if limited, and the date it was checked).
//!
//! Invariants: everything from the dataset is text; a reference's address becomes a link only if
//! it is a [`SafeUrl`] (otherwise the reference is shown without a link); a duty without an
//! explanation shows its description and says that the dataset explains it not yet.

use yew::prelude::*;

use crate::dataset::{Criterion, Dataset, LegalRef};
use crate::i18n::teaching::{self, teaching};
use crate::state::{Action, Evidence, Panel};
use crate::text::Lang;
use crate::ui::classroom::projector::panel_id;
use crate::ui::parts::{evidence_notice, external_link};
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

#[derive(Properties, PartialEq)]
pub(crate) struct DutiesViewProps {
    /// The provider type on show (its examples are shown).
    pub kind: usize,
    /// The explanations come with the complete file: until it is there, say so.
    pub evidence: Evidence,
}

#[component]
pub(crate) fn DutiesView(props: &DutiesViewProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let ids = use_ids();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let t = teaching(lang);
    let d: &Dataset = &dataset;
    let heading = ids.id("duties-title");
    let notice = evidence_notice(lang, &dispatch, &props.evidence);
    let close = move |_: MouseEvent| dispatch.dispatch(Action::OpenPanel(None));
    html! {
        <section class="pc-duties" id={panel_id(&ids, Panel::Duties)} aria-labelledby={heading.clone()}>
            <div class="pc-panel-head">
                <h3 id={heading} tabindex="-1">{ t.duties_heading }</h3>
                <button type="button" class="pc-button" onclick={close}>{ t.close }</button>
            </div>
            <p class="pc-hint">{ t.duties_intro }</p>
            { notice }
            if props.evidence == Evidence::Complete || matches!(props.evidence, Evidence::Failed(_)) {
            <div class="pc-duty-groups">
                { for d.groups.iter().enumerate().map(|(g, group)| html! {
                    <section class="pc-duty-group" key={group.id.clone()} aria-label={group.name.get(lang).to_owned()}>
                        <h4 dir="auto">{ group.name.get(lang) }</h4>
                        { for d.criteria_of(g).map(|(_, c)| duty(d, c, props.kind, lang)) }
                    </section>
                }) }
            </div>
            }
        </section>
    }
}

/// One duty: name, meaning, why, the example for `kind`, the legal basis.
fn duty(d: &Dataset, c: &Criterion, kind: usize, lang: Lang) -> Html {
    let t = teaching(lang);
    let Some(explain) = &c.explain else {
        return html! {
            <article class="pc-duty" key={c.id.clone()} data-pc-duty={c.id.clone()}>
                <h5 dir="auto">{ c.name.get(lang) }</h5>
                <p dir="auto">{ c.description.get(lang) }</p>
                <p class="pc-duty-missing">{ t.no_explanation }</p>
            </article>
        };
    };
    let type_id = d.types.get(kind).map(|t| t.id.as_str()).unwrap_or_default();
    let example = explain
        .examples
        .iter()
        .find(|(id, _)| id == type_id)
        .map(|(_, text)| text);
    html! {
        <article class="pc-duty" key={c.id.clone()} data-pc-duty={c.id.clone()}>
            <h5 dir="auto">{ c.name.get(lang) }</h5>
            <dl class="pc-duty-facts">
                <dt>{ t.meaning }</dt>
                <dd dir="auto">{ explain.meaning.get(lang) }</dd>
                <dt>{ t.why }</dt>
                <dd dir="auto">{ explain.why.get(lang) }</dd>
                if let Some(example) = example {
                    <dt>{ teaching::example_for(lang, d.type_name(kind, lang)) }</dt>
                    <dd dir="auto">{ example.get(lang) }</dd>
                }
                if !explain.legal.is_empty() {
                    <dt>{ t.legal_basis }</dt>
                    <dd>
                        <ul class="pc-legal">
                            { for explain.legal.iter().map(|r| legal(d, r, lang)) }
                        </ul>
                    </dd>
                }
            </dl>
        </article>
    }
}

/// One legal reference as a list item.
fn legal(d: &Dataset, r: &LegalRef, lang: Lang) -> Html {
    let reference = r.reference.get(lang);
    let types: Option<Vec<&str>> = r.applies_to.as_ref().map(|ids| {
        ids.iter()
            .map(|id| {
                d.types
                    .iter()
                    .find(|t| &t.id == id)
                    .map_or(id.as_str(), |t| t.name.get(lang))
            })
            .collect()
    });
    html! {
        <li class="pc-legal-ref">
            <span class="pc-jurisdiction">{ r.jurisdiction.code() }</span>
            { " " }
            { external_link(lang, &r.url, classes!("pc-legal-link"), html! {
                <>
                    <span dir="auto">{ reference }</span>
                    <span class="pc-sr">{ format!(" – {}", teaching::official_text(lang, reference)) }</span>
                </>
            }) }
            <span class="pc-legal-summary" dir="auto">{ r.summary.get(lang) }</span>
            if let Some(types) = types {
                <span class="pc-legal-meta">{ teaching::applies_to(lang, &types) }</span>
            }
            if let Some(date) = &r.checked {
                <span class="pc-legal-meta">{ teaching::checked(lang, date) }</span>
            }
        </li>
    }
}
