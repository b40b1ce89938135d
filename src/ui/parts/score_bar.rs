//! A horizontal bar for a value 0–100, drawn in SVG so that no inline style is needed (the widget
//! must work under a `style-src 'self'` Content-Security-Policy). Decorative: the number is
//! always shown next to it.
//!
//! A plain function, not a component: it has no state, and every ranking row draws one, so a
//! component's own update on each slider step (props, scheduling, its render) cost more than the
//! few nodes it returns.

use yew::prelude::*;

/// The bar for `value` (0–100; values outside are clamped, a non-number draws empty), drawn
/// lighter where `faint` (the value rests on little data).
pub(crate) fn score_bar(value: f64, faint: bool) -> Html {
    let width = if value.is_finite() {
        value.clamp(0.0, 100.0)
    } else {
        0.0
    };
    html! {
        <svg
            class={classes!("pc-bar", faint.then_some("pc-bar--faint"))}
            viewBox="0 0 100 8"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
        >
            <rect class="pc-bar-track" x="0" y="0" width="100" height="8" rx="2" />
            <rect class="pc-bar-fill" x="0" y="0" width={crate::i18n::decimal(crate::text::Lang::En, width, 2)} height="8" rx="2" />
        </svg>
    }
}
