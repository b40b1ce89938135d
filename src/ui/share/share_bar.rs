//! Share and export: a link to this exact view, CSV and JSON downloads, printing, and the embed
//! code. Exports are computed when asked for, never on every slider step.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::share::EmbedPanel;
use crate::ui::{use_dataset, use_dispatch, use_ids, use_lang};

use crate::export::{csv, json, ExportInput};
use crate::i18n;
use crate::ranking::Ranked;
use crate::scoring::Options;
use crate::state::{Action, Sheet};
use crate::ui::browser::{address_with, copy_or_select, download};
use crate::ui::share::EmbedSettings;
use crate::weighting::Weights;

#[derive(Properties, PartialEq)]
pub(crate) struct ShareBarProps {
    pub kind: usize,
    /// The providers in ranking order, as the exports write them.
    pub ranked: Rc<Vec<Ranked>>,
    pub weights: Weights,
    pub effective: Rc<Vec<f64>>,
    pub options: Options,
    /// This view as a share link (the fragment value).
    pub link: AttrValue,

    /// How the widget sits on its page (for the link and the embed code).
    pub settings: EmbedSettings,
}

/// The outcome of the last copy, for the live region; a failed copy keeps the address to show.
#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed(String),
}

#[component]
pub(crate) fn ShareBar(props: &ShareBarProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let copied = use_state(|| Copied::Not);
    let text_open = use_state(|| false);
    let embed_open = use_state(|| false);
    let link_field = use_node_ref();

    // The address is read when asked for (it depends on the page's fragment, which other
    // widgets may change), not on every render.
    let copy = {
        let copied = copied.clone();
        let (key, link) = (props.settings.share_key.clone(), props.link.clone());
        let field = link_field.clone();
        move |_| {
            let copied = copied.clone();
            let address = address_with(&key, &link);
            let shown = address.clone();
            copy_or_select(address, field.clone(), move |ok| {
                copied.set(if ok {
                    Copied::Done
                } else {
                    Copied::Failed(shown.clone())
                });
            });
        }
    };

    // The export, built on demand from the same scoring the table uses.
    let export = {
        let d = dataset.clone();
        let (ranked, kind, weights, options, effective, link) = (
            props.ranked.clone(),
            props.kind,
            props.weights.clone(),
            props.options.clone(),
            props.effective.clone(),
            props.link.clone(),
        );
        move |as_json: bool| {
            let input = ExportInput {
                dataset: &d,
                kind,
                rows: &ranked,
                weights: &weights,
                effective: &effective,
                options: &options,
                lang,
                link: &link,
            };
            if as_json {
                json(&input)
            } else {
                csv(&input)
            }
        }
    };
    let kind_id = dataset
        .types
        .get(props.kind)
        .map(|t| t.id.clone())
        .unwrap_or_default();
    let download_button = |as_json: bool| {
        let export = export.clone();
        let name = i18n::export_file_name(lang, &kind_id, if as_json { "json" } else { "csv" });
        let onclick = move |_| {
            let text = export(as_json);
            let mime = if as_json {
                "application/json;charset=utf-8"
            } else {
                "text/csv;charset=utf-8"
            };
            download(&text, &name, mime);
        };
        html! {
            <button type="button" class="pc-button" {onclick}>
                { if as_json { s.download_json } else { s.download_csv } }
            </button>
        }
    };
    let print = {
        let dispatch = dispatch.clone();
        move |_| {
            // Printed with the sources: once the evidence is there (the reducer waits for it).
            dispatch.dispatch(Action::Print);
        }
    };
    let print_sheet = |sheet: Sheet| {
        let dispatch = dispatch.clone();
        move |_| dispatch.dispatch(Action::PrintSheet(sheet))
    };
    let on_text_toggle = {
        let text_open = text_open.clone();
        move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            text_open.set(el.open());
        }
    };
    let on_embed_toggle = {
        let embed_open = embed_open.clone();
        move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            embed_open.set(el.open());
        }
    };
    let feedback = match *copied {
        Copied::Not => "",
        Copied::Done => s.link_copied,
        Copied::Failed(_) => s.link_copy_failed,
    };

    html! {
        <section class="pc-sharebar" aria-labelledby={ids.id("share-title")}>
            <h3 id={ids.id("share-title")}>{ s.share_heading }</h3>
            <div class="pc-share-actions">
                <button type="button" class="pc-button" onclick={copy}>{ s.copy_link }</button>
                { download_button(false) }
                { download_button(true) }
                <button type="button" class="pc-button" onclick={print}>{ s.print }</button>
                <button type="button" class="pc-button" onclick={print_sheet(Sheet::Tasks)}>{ i18n::worksheet::print_button(lang, false) }</button>
                <button type="button" class="pc-button" onclick={print_sheet(Sheet::Answers)}>{ i18n::worksheet::print_button(lang, true) }</button>
            </div>
            <p class="pc-hint" aria-live="polite">{ feedback }</p>
            if let Copied::Failed(address) = &*copied {
                <label class="pc-field">
                    <span>{ s.link_field }</span>
                    <input ref={link_field} type="text" readonly=true value={address.clone()} />
                </label>
            }
            <details class="pc-export-text" ontoggle={on_text_toggle}>
                <summary>{ s.export_as_text }</summary>
                if *text_open {
                    <label class="pc-field">
                        <span>{ "CSV" }</span>
                        <textarea readonly=true rows="6" value={export(false)} />
                    </label>
                    <label class="pc-field">
                        <span>{ "JSON" }</span>
                        <textarea readonly=true rows="6" value={export(true)} />
                    </label>
                }
            </details>
            <details class="pc-embed" ontoggle={on_embed_toggle}>
                <summary>{ s.embed_heading }</summary>
                if *embed_open {
                    <EmbedPanel
                        kind={props.kind}
                        link={props.link.clone()}
                        settings={props.settings.clone()}
                    />
                }
            </details>
        </section>
    }
}
