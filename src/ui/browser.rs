//! The few browser facilities the widget uses beyond rendering: the clipboard, downloads, the
//! address bar, printing, moving the focus to a part of the widget, the page's title and
//! language where the widget owns the page, and running work after the next frame. Each fails quietly (returns `false` or does nothing) where the page
//! forbids it, as a sandboxed iframe may; the callers then offer a fallback.

use wasm_bindgen::JsCast;

use yew::NodeRef;

use crate::share::fragment_set;

/// Copies `text` to the clipboard. `false` where the clipboard is not available (no secure
/// context, a sandbox without permission, or the reader refused).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // `navigator.clipboard` is undefined outside secure contexts; check before calling into it.
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Copies `text`, then reports the outcome to `done`. Where the clipboard is refused, the field
/// `field` (an input or text area showing the same text, possibly rendered because of `done`) is
/// focused and its text selected a moment later, so the reader can copy it by hand.
pub fn copy_or_select(text: String, field: NodeRef, done: impl Fn(bool) + 'static) {
    yew::platform::spawn_local(async move {
        let ok = copy_text(&text).await;
        done(ok);
        if ok {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        } else if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
            let _ = area.focus();
            area.select();
        }
    });
}

/// Offers `text` as a file download. Blocked silently in a sandbox without `allow-downloads`,
/// which is why the export is also available as text.
pub fn download(text: &str, file_name: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    // Revoked a moment later: revoking at once can cancel the download in some browsers.
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_secs(10)).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

/// The address's fragment, without `#`.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The address of this page with `key` in its fragment set to `link`, other parts kept.
pub fn address_with(key: &str, link: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let href = location.href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    format!(
        "{page}#{}",
        fragment_set(&current_fragment(), key, Some(link))
    )
}

/// Writes `key=link` into the address bar's fragment without a new history entry (and without
/// scrolling or a `hashchange`).
pub fn replace_fragment(key: &str, link: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = address_with(key, link);
    if let Ok(history) = window.history() {
        if url != window.location().href().unwrap_or_default() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Opens the browser's print dialog, after pending renders (the print-only parts) are done.
pub fn print_soon() {
    gloo_timers::callback::Timeout::new(50, || {
        let _ = gloo_utils::window().print();
    })
    .forget();
}

/// Moves the focus to the first element of `ids` that exists (made focusable by script, not by
/// the tab order) and scrolls it into view. For the widget's jump links: their `href` would write
/// the element's id into the address bar's fragment, where the share link lives.
pub fn focus_first(ids: &[String]) {
    let Some(el) = ids.iter().find_map(|id| element_by_id(id)) else {
        return;
    };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
}

/// The widget's element with the id `id`, in the page or in the shadow root a widget lives in
/// (where `document.getElementById` does not look).
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    // The widgets' shadow roots first: a host page's element with the same id must not win.
    crate::ui::widget_roots()
        .into_iter()
        .filter_map(|root| root.dyn_into::<web_sys::ShadowRoot>().ok())
        .find_map(|root| root.get_element_by_id(id))
        .or_else(|| web_sys::window()?.document()?.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Fires `provider-compare-drawn` from the widget's root element: it bubbles out of a shadow
/// root to the marker, where the loader frees the height the snippet reserved.
pub fn announce_drawn(root: &NodeRef) {
    let Some(el) = root.cast::<web_sys::Element>() else {
        return;
    };
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("provider-compare-drawn", &init) {
        let _ = el.dispatch_event(&event);
    }
}

/// The element with the keyboard focus as seen from inside `within`'s tree: in a shadow root,
/// the document only knows the shadow host as focused.
pub fn focused_element(within: &web_sys::Element) -> Option<web_sys::Element> {
    match within.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(root) => root.active_element(),
        Err(_) => web_sys::window()?.document()?.active_element(),
    }
}

/// Where the widget owns the page (its own `index.html`, also inside an iframe), the page's
/// title, its `<html lang>` and the elements marked `data-pc-page-title` follow the reader's
/// language. Never called for a widget mounted into a host page.
pub fn set_page_language(code: &str, title: &str, heading: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(title);
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", code);
    }
    if let Ok(list) = document.query_selector_all("[data-pc-page-title]") {
        for i in 0..list.length() {
            if let Some(node) = list.item(i) {
                node.set_text_content(Some(heading));
            }
        }
    }
}

/// Runs `f` once the next frame has been painted: in a task after the next animation frame, so
/// that work a change leaves for later (the sensitivity analysis, the address bar) does not delay
/// what the reader sees. Hidden pages get no animation frames; a timer runs it there instead
/// (whichever comes first runs it, once).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let job = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f) as Box<dyn FnOnce()>)));
    let run = {
        let job = job.clone();
        move || {
            if let Some(f) = job.take() {
                f();
            }
        }
    };
    let after_frame = {
        let run = run.clone();
        wasm_bindgen::closure::Closure::once_into_js(move || {
            gloo_timers::callback::Timeout::new(0, run).forget();
        })
    };
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    }
    gloo_timers::callback::Timeout::new(AFTER_PAINT_FALLBACK_MS, run).forget();
}

/// How long [`after_paint`] waits for a frame before it runs its work anyway.
const AFTER_PAINT_FALLBACK_MS: u32 = 200;

/// Milliseconds on the page's clock (`performance.now()`), for work that measures its slices.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
