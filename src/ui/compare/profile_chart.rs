//! The profiles of the providers side by side: per duty group, one bar per provider (sub-total
//! 0–100), each labelled with its value and the provider's name, so nothing rests on colour alone.
//! The same numbers are in the comparison table below the chart. A bar whose group has weighted
//! duties with unknown scores is named below the chart: "IONOS, Sicherheit: unbekannt bei …".

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::{use_dataset, use_ids, use_lang};

use crate::i18n;
use crate::ranking::Ranked;
use crate::scoring::unknown_duties;

#[derive(Properties, PartialEq)]
pub(crate) struct ProfileChartProps {
    /// The groups shown (those that apply to the type), in order.
    pub groups: Vec<usize>,
    /// The providers' rows, in the order of the comparison.
    pub rows: Vec<Ranked>,
    /// Effective weights, to name the weighted duties with unknown scores.
    pub effective: Rc<Vec<f64>>,
}

// Whole SVG units: integer formatting keeps the float formatter out of the bundle.
const WIDTH: u32 = 640;
const BAR_MAX: u32 = 420;
const BAR: u32 = 14;
const STEP: u32 = 19;
const LABEL: u32 = 22;
const GAP: u32 = 12;

#[component]
pub(crate) fn ProfileChart(props: &ProfileChartProps) -> Html {
    let lang = use_lang();
    let Some(dataset) = use_dataset() else {
        return Html::default();
    };
    let ids = use_ids();
    let s = i18n::strings(lang);
    let d = &dataset;
    let n = props.rows.len() as u32;
    let block = LABEL + n * STEP + GAP;
    let height = block * props.groups.len() as u32;
    let caption_id = ids.id("profile-caption");
    // Per provider, its weighted duties with unknown scores, with their group.
    let unknown: Vec<String> = props
        .rows
        .iter()
        .filter_map(|row| {
            let duties = unknown_duties(d, row.score.provider, &props.effective);
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
        <figure class="pc-profile">
            <svg
                viewBox={format!("0 0 {WIDTH} {height}")}
                role="img"
                aria-labelledby={caption_id.clone()}
                preserveAspectRatio="xMinYMin meet"
            >
                { for props.groups.iter().enumerate().filter_map(|(i, &g)| {
                    let group = d.groups.get(g)?;
                    let top = i as u32 * block;
                    Some(html! {
                        <g key={group.id.clone()}>
                            <text class="pc-profile-group" x="0" y={(top + 15).to_string()}>
                                { group.name.get(lang) }
                            </text>
                            { for props.rows.iter().enumerate().map(|(k, row)| {
                                let y = top + LABEL + k as u32 * STEP;
                                let name = d.providers.get(row.score.provider).map(|p| p.name.get(lang)).unwrap_or_default();
                                let value = row.score.groups.get(g).and_then(|p| p.total());
                                let width = value.map_or(0, |v| (v / 100.0 * f64::from(BAR_MAX)).round().clamp(0.0, f64::from(BAR_MAX)) as u32);
                                let label = match value {
                                    Some(v) => format!("{} · {name}", i18n::decimal(lang, v, 0)),
                                    None => format!("{} · {name}", s.no_value),
                                };
                                html! {
                                    <g key={k}>
                                        <rect class="pc-profile-track" x="0" y={y.to_string()} width={BAR_MAX.to_string()} height={BAR.to_string()} rx="3" />
                                        <rect class={format!("pc-profile-bar pc-series-{k}")} x="0" y={y.to_string()} width={width.to_string()} height={BAR.to_string()} rx="3" />
                                        <text class="pc-profile-value" x={(BAR_MAX + 8).to_string()} y={(y + BAR - 2).to_string()}>
                                            { label }
                                        </text>
                                    </g>
                                }
                            }) }
                        </g>
                    })
                }) }
            </svg>
            <figcaption id={caption_id} class="pc-hint">{ s.profile_caption }</figcaption>
            if !unknown.is_empty() {
                <ul class="pc-hint pc-profile-unknown">
                    { for unknown.into_iter().enumerate().map(|(i, line)| html! { <li key={i}>{ line }</li> }) }
                </ul>
            }
        </figure>
    }
}
