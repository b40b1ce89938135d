//! A horizontal bar for a value 0–100, drawn in SVG so that no inline style is needed (the widget
//! must work under a `style-src 'self'` Content-Security-Policy). Decorative: the number is
//! always shown next to it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct ScoreBarProps {
    /// 0–100; values outside are clamped.
    pub value: f64,
    /// Drawn lighter and hatched: the value rests on little data.
    #[prop_or_default]
    pub faint: bool,
}

#[component]
pub(crate) fn ScoreBar(props: &ScoreBarProps) -> Html {
    let width = if props.value.is_finite() {
        props.value.clamp(0.0, 100.0)
    } else {
        0.0
    };
    html! {
        <svg
            class={classes!("pc-bar", props.faint.then_some("pc-bar--faint"))}
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
