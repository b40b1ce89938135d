//! Putting the widget into a page, and keeping the page informed if the widget ever fails.
//!
//! The widget mounts into every element marked `data-provider-compare` (or, failing that, the
//! element with id `provider-compare`, or the body). `data-dataset` and `data-lang` on that element
//! choose the dataset and the starting language.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{App, AppProps, DEFAULT_DATASET_URL};
use crate::i18n;
use crate::text::Lang;

/// The attribute that marks a mount point; also how the panic notice finds the widgets.
const MARKER: &str = "data-provider-compare";

/// Mounts one widget per mount point on the page.
pub fn mount_all() {
    install_panic_notice();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut roots: Vec<web_sys::Element> = Vec::new();
    if let Ok(list) = document.query_selector_all(&format!("[{MARKER}]")) {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                roots.push(el);
            }
        }
    }
    if roots.is_empty() {
        if let Some(el) = document
            .get_element_by_id("provider-compare")
            .or_else(|| document.body().map(Into::into))
        {
            // Marked so the panic notice can find it.
            let _ = el.set_attribute(MARKER, "");
            roots.push(el);
        }
    }
    for root in roots {
        #[cfg(feature = "crash-test")]
        crash_test(&root);
        let props = AppProps {
            dataset_url: root
                .get_attribute("data-dataset")
                .filter(|s| !s.trim().is_empty())
                .map_or(AttrValue::Static(DEFAULT_DATASET_URL), AttrValue::from),
            lang: root
                .get_attribute("data-lang")
                .and_then(|code| Lang::from_code(&code))
                .unwrap_or_default(),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
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
        yew::platform::spawn_local(async {
            yew::platform::time::sleep(std::time::Duration::from_millis(300)).await;
            panic!("crash test: a deliberate panic");
        });
    }
}

/// A panic in wasm stops the widget for good. Instead of leaving a frozen or blank area, replace
/// each widget with a short readable note (as text), and log the details for developers. The
/// host page is not touched outside the widget's element.
pub fn install_panic_notice() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("provider-compare: {info}").into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(list) = document.query_selector_all(&format!("[{MARKER}]")) else {
            return;
        };
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
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
