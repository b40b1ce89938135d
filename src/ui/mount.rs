//! Putting the widget into a page, and keeping the page informed if the widget ever fails.
//!
//! The loader (`widget.js`, written by `scripts/externalize-loader.mjs`) decides where widgets
//! go: only into elements marked `data-provider-compare`, also ones added to the page later, and
//! it loads nothing at all on a page without one. For each marker it calls [`mount`] with the
//! element to render into: the marker itself on the widget's own page, or a container in a
//! shadow root attached to the marker on a host page (so that the host's styles cannot reach the
//! widget and the widget's cannot reach the host). The marker's `data-` attributes configure the
//! widget (see [`crate::embed`]); a share link in the address (`#pc=…`) overrides them. Inside an
//! iframe, the widget tells the parent page its height (`{type: "provider-compare:height",
//! height}`), which `frame.js` on the parent uses to size the iframe — from the moment the first
//! ranking (or an error) is shown, never the loading view's.
//!
//! Invariant: nothing outside the widgets' own elements is changed, except the address bar's
//! fragment for a widget that was told to keep it (`data-url-state="on"`), and — only on a page
//! that says the widget owns it (`<html data-provider-compare-page>`, as the widget's own
//! `index.html` does, also in an iframe) — the page's title and language, which follow the
//! first widget's. A host page keeps its own.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::app::{App, AppProps, DEFAULT_DATASET_URL};

use crate::embed::parse_config;
use crate::i18n;
use crate::share::{decode, fragment_get};
use crate::text::Lang;
use crate::ui::browser::current_fragment;

/// On `<html>`: the page is the widget's own (its title and language may follow the widget's).
const PAGE_MARKER: &str = "data-provider-compare-page";

thread_local! {
    /// The elements widgets render into, in mounting order: for the panic notice, and (their
    /// root nodes) for finding the widget's elements by id inside shadow roots.
    static MOUNTED: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    /// Whether the height is reported to a parent page yet (see [`report_ready`]).
    static REPORTING: RefCell<bool> = const { RefCell::new(false) };
}

/// Where the widget's files are, as the loader recorded it (ends with `/`), or "" when the
/// widget was started some other way (tests): then paths are relative to the page.
pub fn widget_base() -> String {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &JsValue::from_str("__providerCompare"))
        .and_then(|o| js_sys::Reflect::get(&o, &JsValue::from_str("base")))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The root nodes (the document, or shadow roots) the widgets live in.
pub(crate) fn widget_roots() -> Vec<web_sys::Node> {
    MOUNTED.with(|m| {
        m.try_borrow()
            .map(|list| list.iter().map(|el| el.get_root_node()).collect())
            .unwrap_or_default()
    })
}

/// Mounts one widget, configured by the marker `host`, into `target` (the marker itself, or a
/// container in the marker's shadow root). A marker is mounted once; `false` if it already was.
pub fn mount(host: &web_sys::Element, target: web_sys::Element) -> bool {
    if host.has_attribute("data-pc-mounted") {
        return false;
    }
    let _ = host.set_attribute("data-pc-mounted", "");
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let index = MOUNTED.with(|m| {
        m.try_borrow_mut().map_or(0, |mut list| {
            list.push(target.clone());
            list.len() - 1
        })
    });
    #[cfg(feature = "crash-test")]
    crash_test(host);
    let base = widget_base();
    let fragment = current_fragment();
    let owned = document
        .document_element()
        .is_some_and(|html| html.has_attribute(PAGE_MARKER));
    let (config, mut issues) = parse_config(&|name| host.get_attribute(name), index);
    let link = fragment_get(&fragment, &config.share_key).map(|value| {
        let (view, link_issues) = decode(value);
        issues.extend(link_issues);
        view
    });
    let (start, view_issues) = config.start_view(link);
    issues.extend(view_issues);
    let dataset_url = match &config.dataset_url {
        Some(url) => AttrValue::from(url.clone()),
        None if !base.is_empty() => AttrValue::from(format!("{base}{DEFAULT_DATASET_URL}")),
        None => AttrValue::Static(DEFAULT_DATASET_URL),
    };
    let props = AppProps {
        dataset_url,
        lang: config.lang,
        start: start.map(Rc::new),
        issues: Rc::new(issues),
        compact: config.compact,
        url_state: config.url_state,
        share_key: AttrValue::from(config.share_key.clone()),
        base: AttrValue::from(base),
        owns_page: owned && index == 0,
        boot_note: boot_note(&target),
    };
    // What the loader or the page showed until now (a loading note, a fallback link) makes way;
    // the loader's note comes back as the widget's first render (`boot_note`), so that it stays
    // on show while the widget waits quietly for its dataset.
    target.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(target, props).render();
    true
}

/// The loader's note in `target` (a host page's widget: "… wird geladen …"): the widget keeps it
/// on show while it waits quietly for its dataset.
fn boot_note(target: &web_sys::Element) -> Option<AttrValue> {
    let note = target.query_selector(":scope > .pc-boot").ok().flatten()?;
    note.text_content().map(AttrValue::from)
}

/// Called by a widget once it shows its first ranking or an error: from now on, inside an
/// iframe, the page's height goes to the parent. Not before: the loading view is short, and a
/// parent that sized its iframe to it would shift its own page twice.
pub(crate) fn report_ready() {
    let first = REPORTING.with(|r| {
        r.try_borrow_mut()
            .is_ok_and(|mut r| !std::mem::replace(&mut *r, true))
    });
    if first {
        report_height_to_parent();
    }
}

/// In an iframe: posts the page's height to the parent whenever it changes, so the parent can
/// size the iframe to fit (no scrollbar inside, no gap below).
fn report_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(html) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = html.clone();
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"provider-compare:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // The height is no secret, and a sandboxed frame cannot know its parent's origin.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&html);
        // Both live as long as the page.
        std::mem::forget(observer);
        post.forget();
    }
}

/// Panics on purpose, a moment after mounting, in a widget marked `data-crash-test`.
#[cfg(feature = "crash-test")]
#[allow(
    clippy::panic,
    reason = "the point of the crash-test feature is to panic"
)]
fn crash_test(root: &web_sys::Element) {
    if root.has_attribute("data-crash-test") {
        gloo_timers::callback::Timeout::new(300, || panic!("crash test: a deliberate panic"))
            .forget();
    }
}

/// A panic in wasm stops the widget for good. Instead of leaving a frozen or blank area, replace
/// each widget with a short readable note (as text), and log the details for developers. The
/// host page is not touched outside the widget's element.
pub fn install_panic_notice() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("provider-compare: {info}").into());
        let targets = MOUNTED.with(|m| m.try_borrow().map(|l| l.clone()).unwrap_or_default());
        for el in targets {
            let lang = el
                .query_selector(".pc-widget")
                .ok()
                .flatten()
                .and_then(|w| w.get_attribute("lang"))
                .and_then(|code| Lang::from_code(&code))
                .unwrap_or_default();
            el.set_text_content(Some(i18n::strings(lang).crashed));
            let _ = el.set_attribute("role", "alert");
            let _ = el.class_list().add_1("pc-crashed");
        }
    }));
}
