//! The profiles of the providers side by side: per duty group, one bar per provider (sub-total
//! 0–100), each labelled with the provider's name and its value, so nothing rests on colour alone.
//! The same numbers are in the comparison table below the chart. A bar whose group has weighted
//! duties with unknown scores is named below the chart: "IONOS, Sicherheit: unbekannt bei …".
//!
//! The labels are HTML text, so they keep their size on a phone (an SVG drawn wide and shrunk
//! made them a few pixels high); only the bars are SVG, each as wide as its place, its length a
//! percentage (no inline style: the widget runs under a `style-src 'self'` policy). Providers have
//! their own visual language, apart from the duty groups' colours (the contribution bar): a
//! marker shape (●, ■, ▲, ◆ by place in the comparison) and a fill texture (solid, stripes,
//! dots, cross-hatch) in one ink colour, the same marker at their name in the comparison table.
//!
//! A plain function, not a component: it has neither state nor effects (see `parts::score_badge`).

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::i18n;
use crate::ranking::Ranked;
use crate::scoring::unknown_duties;
use crate::text::Lang;
use crate::ui::Ids;

/// How many markers and textures there are (the comparison holds at most four providers; more
/// would repeat them).
const SERIES: usize = 4;

/// The marker of the provider at place `k` of the comparison: decorative (the name is always
/// next to it), drawn by CSS so that it is neither in the text nor read out.
pub(super) fn marker(k: usize) -> Html {
    html! { <span class={format!("pc-marker pc-marker-{}", k % SERIES)} aria-hidden="true"></span> }
}

/// The chart of the `groups` shown (those that apply to the type, in order) for the providers'
/// `rows` (in the order of the comparison); `effective` weights name the weighted duties with
/// unknown scores. Ids under `ids`, texts in `lang`.
pub(crate) fn profile_chart(
    lang: Lang,
    d: &Dataset,
    ids: &Ids,
    groups: &[usize],
    rows: &[Ranked],
    effective: &[f64],
) -> Html {
    let s = i18n::strings(lang);
    let caption_id = ids.id("profile-caption");
    let texture = |k: usize| ids.id(&format!("texture-{}", k % SERIES));
    // Per provider, its weighted duties with unknown scores, with their group.
    let unknown: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let duties = unknown_duties(d, row.score.provider, effective);
            if duties.is_empty() {
                return None;
            }
            let names: Vec<&str> = duties
                .iter()
                .filter_map(|&c| d.criteria.get(c).map(|c| c.name.get(lang)))
                .collect();
            let name = d.providers.get(row.score.provider)?.name.get(lang);
            Some(format!(
                "{}: {}",
                i18n::isolate(name),
                i18n::unknowns::unknown_at(lang, &names)
            ))
        })
        .collect();
    html! {
        <figure class="pc-profile" aria-labelledby={caption_id.clone()}>
            <div class="pc-profile-groups">
                { for groups.iter().filter_map(|&g| {
                    let group = d.groups.get(g)?;
                    Some(html! {
                        <div class="pc-profile-group" key={group.id.clone()}>
                            <p class="pc-profile-group-name" dir="auto">{ group.name.get(lang) }</p>
                            <ul class="pc-profile-bars">
                                { for rows.iter().enumerate().map(|(k, row)| {
                                    let name = d.providers.get(row.score.provider).map(|p| p.name.get(lang)).unwrap_or_default();
                                    let value = row.score.groups.get(g).and_then(|p| p.total());
                                    // The length in tenths of a percent (integer formatting keeps
                                    // the float formatter out of the bundle).
                                    let tenths = value.map_or(0, |v| (v * 10.0).round().clamp(0.0, 1000.0) as u32);
                                    let fill = (k % SERIES != 0).then(|| format!("url(#{})", texture(k)));
                                    html! {
                                        <li class="pc-profile-item" key={k}>
                                            <span class="pc-profile-name">
                                                { marker(k) }
                                                <span dir="auto">{ name }</span>
                                            </span>
                                            <svg class="pc-profile-svg" width="100%" height="14" aria-hidden="true" focusable="false">
                                                <rect class="pc-profile-track" x="0" y="0" width="100%" height="14" rx="3" />
                                                <rect
                                                    class={format!("pc-profile-bar pc-series-{}", k % SERIES)}
                                                    x="0.5" y="0.5" height="13" rx="3"
                                                    width={format!("{}.{}%", tenths / 10, tenths % 10)}
                                                    {fill}
                                                />
                                            </svg>
                                            <span class="pc-profile-value">
                                                { value.map_or_else(|| s.no_value.to_owned(), |v| i18n::decimal(lang, v, 0)) }
                                            </span>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </div>
                    })
                }) }
            </div>
            <figcaption id={caption_id} class="pc-hint">{ s.profile_caption }</figcaption>
            if !unknown.is_empty() {
                <ul class="pc-hint pc-profile-unknown">
                    { for unknown.into_iter().enumerate().map(|(i, line)| html! { <li key={i}>{ line }</li> }) }
                </ul>
            }
            // The textures, once per chart (last, so that the first SVG of the chart is a bar); the bars refer to them by (per-widget) id.
            <svg class="pc-profile-defs" width="0" height="0" aria-hidden="true" focusable="false">
                <defs>
                    <pattern id={texture(1)} class="pc-texture" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect class="pc-texture-ground" width="6" height="6" />
                        <rect class="pc-texture-ink" width="3" height="6" />
                    </pattern>
                    <pattern id={texture(2)} class="pc-texture" patternUnits="userSpaceOnUse" width="5" height="5">
                        <rect class="pc-texture-ground" width="5" height="5" />
                        <circle class="pc-texture-ink" cx="2.5" cy="2.5" r="1.6" />
                    </pattern>
                    <pattern id={texture(3)} class="pc-texture" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect class="pc-texture-ground" width="6" height="6" />
                        <rect class="pc-texture-ink" width="2" height="6" />
                        <rect class="pc-texture-ink" width="6" height="2" />
                    </pattern>
                </defs>
            </svg>
        </figure>
    }
}
