//! The embed code for the current view: an iframe (with `frame.js` to size it) or a mount point
//! for the host page itself, ready to copy.

use yew::prelude::*;

use crate::ui::{use_dataset, use_ids, use_lang};

use crate::embed::{iframe_snippet, mount_snippet, SnippetSettings};
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

/// `url` made absolute against this page's address.
fn absolute(url: &str) -> String {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(url, &page)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_owned())
}

#[component]
pub(crate) fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let lang = use_lang();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let iframe = use_state(|| true);
    let keep_view = use_state(|| true);
    let compact = use_state(|| props.settings.compact);
    let copied = use_state(|| None::<bool>);
    let code_field = use_node_ref();

    let base = if props.settings.base.is_empty() {
        absolute("./")
    } else {
        absolute(&props.settings.base)
    };
    let dataset_address = absolute(&props.settings.dataset_url);
    let shipped = format!("{base}{}", crate::ui::DEFAULT_DATASET_URL);
    let start = decode(&props.link).0;
    let settings = SnippetSettings {
        base,
        dataset_url: (dataset_address != shipped).then_some(dataset_address),
        lang,
        view: keep_view.then(|| props.link.to_string()),
        kind: start.kind,
        preset: start.preset,
        compact: *compact,
        title: dataset.title.get(lang).to_owned(),
    };
    let code = if *iframe {
        iframe_snippet(&settings)
    } else {
        mount_snippet(&settings)
    };

    let radio = |value: bool, label: &'static str, id: String| {
        let state = iframe.clone();
        let copied = copied.clone();
        html! {
            <label class="pc-check" for={id.clone()}>
                <input
                    type="radio"
                    id={id}
                    name={ids.id("embed-mode")}
                    checked={*iframe == value}
                    onchange={move |_| { state.set(value); copied.set(None); }}
                />
                { label }
            </label>
        }
    };
    let check = |state: &UseStateHandle<bool>, label: &'static str, id: String, disabled: bool| {
        let handle = state.clone();
        let copied = copied.clone();
        html! {
            <label class="pc-check" for={id.clone()}>
                <input
                    type="checkbox"
                    id={id}
                    checked={**state}
                    {disabled}
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

    html! {
        <div class="pc-embed-panel">
            <p class="pc-hint">{ s.embed_intro }</p>
            <fieldset class="pc-embed-options">
                <legend class="pc-sr">{ s.embed_heading }</legend>
                { radio(true, s.embed_iframe, ids.id("embed-iframe")) }
                { radio(false, s.embed_direct, ids.id("embed-direct")) }
                { check(&keep_view, s.embed_keep_view, ids.id("embed-view"), false) }
                { check(&compact, s.embed_compact, ids.id("embed-compact"), *iframe) }
            </fieldset>
            <label class="pc-field" for={ids.id("embed-code")}>{ s.embed_code }</label>
            <textarea
                ref={code_field}
                id={ids.id("embed-code")}
                class="pc-code"
                readonly=true
                rows="7"
                spellcheck="false"
                value={code}
            />
            <button type="button" class="pc-button" onclick={copy}>{ s.copy_code }</button>
            <p class="pc-hint" aria-live="polite">{ feedback }</p>
        </div>
    }
}
