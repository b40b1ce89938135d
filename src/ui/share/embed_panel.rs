//! The embed code for the current view, ready to copy, each on one line: an iframe (with
//! `frame.js` to size it), a mount point for the host page itself with the loader `widget.js`, or
//! only the mount point, for a site that loads `widget.js` once for all its pages.

use yew::prelude::*;

use crate::ui::{use_dataset, use_ids, use_lang};

use crate::embed::{iframe_snippet, marker_snippet, mount_snippet, SnippetSettings};
use crate::i18n;
use crate::share::decode;
use crate::ui::browser::copy_or_select;
use crate::ui::share::EmbedSettings;

#[derive(Properties, PartialEq)]
pub(crate) struct EmbedPanelProps {
    pub kind: usize,
    /// The current view as a share link.
    pub link: AttrValue,
    /// Where the widget's files are ("" if unknown: then this page's folder).
    pub settings: EmbedSettings,
}

/// Which code the panel shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Iframe,
    Mount,
    Marker,
}

/// The address relative URLs on this page resolve against (what the widget fetched its files and
/// dataset with).
fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// `url` resolved against `base` by the browser's own URL parser (a relative dataset address in a
/// snippet would resolve against the host page, and in a CMS every permalink is another folder);
/// unchanged where the browser cannot resolve it.
fn absolute_url(url: &str, base: &str) -> String {
    web_sys::Url::new_with_base(url.trim(), base).map_or_else(|_| url.to_owned(), |u| u.href())
}

#[component]
pub(crate) fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let lang = use_lang();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let mode = use_state(|| Mode::Iframe);
    let keep_view = use_state(|| true);
    let compact = use_state(|| props.settings.compact);
    let copied = use_state(|| None::<bool>);
    let code_field = use_node_ref();

    // Both as the widget resolved them: a relative address is relative to this page, which for a
    // widget on its own page is the widget's folder.
    let page = page_address();
    let base = if props.settings.base.is_empty() {
        absolute_url("./", &page)
    } else {
        absolute_url(&props.settings.base, &page)
    };
    let dataset_address = absolute_url(&props.settings.dataset_url, &page);
    let shipped = format!("{base}{}", crate::ui::DEFAULT_DATASET_URL);
    let start = decode(&props.link).0;
    let iframe = *mode == Mode::Iframe;
    let settings = SnippetSettings {
        base,
        dataset_url: (dataset_address != shipped).then_some(dataset_address),
        lang,
        view: keep_view.then(|| props.link.to_string()),
        kind: start.kind,
        preset: start.preset,
        country: start.country,
        text_only: start.text_only,
        compact: *compact,
        title: dataset.title.get(lang).to_owned(),
        open_label: s.embed_open.to_owned(),
    };
    let code = match *mode {
        Mode::Iframe => iframe_snippet(&settings),
        Mode::Mount => mount_snippet(&settings),
        Mode::Marker => marker_snippet(&settings),
    };

    let radio = |value: Mode, label: &'static str, id: String| {
        let state = mode.clone();
        let copied = copied.clone();
        html! {
            <label class="pc-check" for={id.clone()}>
                <input
                    type="radio"
                    id={id}
                    name={ids.id("embed-mode")}
                    checked={*mode == value}
                    onchange={move |_| { state.set(value); copied.set(None); }}
                />
                { label }
            </label>
        }
    };
    let check = |state: &UseStateHandle<bool>,
                 label: &'static str,
                 id: String,
                 disabled: bool,
                 described_by: Option<String>| {
        let handle = state.clone();
        let copied = copied.clone();
        html! {
            <label class="pc-check" for={id.clone()}>
                <input
                    type="checkbox"
                    id={id}
                    checked={**state}
                    {disabled}
                    aria-describedby={described_by}
                    onchange={move |e: Event| {
                        let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                        handle.set(el.checked());
                        copied.set(None);
                    }}
                />
                { label }
            </label>
        }
    };
    let copy = {
        let copied = copied.clone();
        let code = code.clone();
        let field = code_field.clone();
        move |_| {
            let copied = copied.clone();
            copy_or_select(code.clone(), field.clone(), move |ok| copied.set(Some(ok)));
        }
    };
    let feedback = match *copied {
        None => "",
        Some(true) => s.code_copied,
        Some(false) => s.code_copy_failed,
    };

    let compact_hint = ids.id("embed-compact-hint");
    let code_hint = ids.id("embed-code-hint");
    let marker = *mode == Mode::Marker;

    html! {
        <div class="pc-embed-panel">
            <p class="pc-hint">{ s.embed_intro }</p>
            <fieldset class="pc-embed-options">
                <legend class="pc-sr">{ s.embed_heading }</legend>
                { radio(Mode::Iframe, s.embed_iframe, ids.id("embed-iframe")) }
                { radio(Mode::Mount, s.embed_direct, ids.id("embed-direct")) }
                { radio(Mode::Marker, s.embed_marker, ids.id("embed-marker")) }
                { check(&keep_view, s.embed_keep_view, ids.id("embed-view"), false, None) }
                <div class="pc-embed-compact">
                    { check(&compact, s.embed_compact, ids.id("embed-compact"), iframe, iframe.then(|| compact_hint.clone())) }
                    if iframe {
                        <p class="pc-hint" id={compact_hint.clone()}>{ s.embed_compact_iframe }</p>
                    }
                </div>
            </fieldset>
            <label class="pc-field" for={ids.id("embed-code")}>{ s.embed_code }</label>
            if marker {
                <p class="pc-hint" id={code_hint.clone()}>{ s.embed_marker_hint }</p>
            }
            <textarea
                ref={code_field}
                id={ids.id("embed-code")}
                class="pc-code"
                aria-describedby={marker.then_some(code_hint)}
                readonly=true
                rows="6"
                spellcheck="false"
                value={code}
            />
            <button type="button" class="pc-button" onclick={copy}>{ s.copy_code }</button>
            <p class="pc-hint" aria-live="polite">{ feedback }</p>
        </div>
    }
}
