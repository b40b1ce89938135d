//! Why a provider stands where it does: each duty's contribution to its total (effective weight ×
//! score), as a stacked bar coloured by duty group and, for everyone, as a list with the numbers.
//!
//! A plain function, not a component: it has neither state nor effects (see `parts::score_badge`).

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::i18n;
use crate::scoring::{by_magnitude, positive_contributions};
use crate::text::Lang;

/// The bar and the list for `contributions`, points per criterion of `d` (see
/// `scoring::contributions`; `None` where not counted), in `lang`.
pub(crate) fn contribution_bar(lang: Lang, d: &Dataset, contributions: &[Option<f64>]) -> Html {
    let mut parts = positive_contributions(contributions);
    if parts.is_empty() {
        return Html::default();
    }
    // The bar in dataset order (groups stay together); the list by size.
    let mut x = 0.0;
    let segments: Vec<Html> = parts
        .iter()
        .map(|&(c, v)| {
            let group = d.criteria.get(c).map_or(0, |c| c.group);
            let seg = html! {
                <rect
                    key={c}
                    class={format!("pc-seg pc-seg-{}", group % 6)}
                    x={i18n::decimal(Lang::En, x, 3)}
                    y="0"
                    width={i18n::decimal(Lang::En, v, 3)}
                    height="10"
                />
            };
            x += v;
            seg
        })
        .collect();
    crate::json::sort_by(&mut parts, &by_magnitude);
    html! {
        <div class="pc-contrib">
            <svg class="pc-contrib-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="pc-bar-track" x="0" y="0" width="100" height="10" />
                { for segments }
            </svg>
            <ol class="pc-contrib-list">
                { for parts.iter().map(|&(c, v)| {
                    let criterion = d.criteria.get(c);
                    let group = criterion.map_or(0, |c| c.group);
                    html! {
                        <li key={c}>
                            <span class={format!("pc-swatch pc-seg-{}", group % 6)} aria-hidden="true"></span>
                            <span dir="auto">{ criterion.map(|c| c.name.get(lang)).unwrap_or_default() }</span>
                            <span class="pc-contrib-value">{ i18n::points(lang, v) }</span>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
