//! The widget's polite live region: tells screen-reader users what changed out of sight — a new
//! first place after a weight change (or that it stayed, after a preset, an order or a
//! judgement was applied), or a new sort order — and nothing else.
//!
//! The region is always in the page (a live region added together with its text is often not
//! read), and its text only changes when the state's announcement does.

use yew::prelude::*;

use crate::ui::use_lang;

use crate::dataset::SharedDataset;
use crate::i18n;
use crate::ranking::SortDir;
use crate::state::Announcement;

#[derive(Properties, PartialEq)]
pub(crate) struct AnnouncerProps {
    pub announcement: Option<Announcement>,
    pub dataset: Option<SharedDataset>,
}

#[component]
pub(crate) fn Announcer(props: &AnnouncerProps) -> Html {
    let lang = use_lang();
    let text = match (&props.announcement, &props.dataset) {
        (Some(Announcement::Leaders(leaders)), Some(d)) => {
            let names: Vec<&str> = leaders
                .iter()
                .filter_map(|&p| d.providers.get(p))
                .map(|p| p.name.get(lang))
                .collect();
            i18n::leaders_changed(lang, &names)
        }
        (Some(Announcement::StillLeading(leaders)), Some(d)) => {
            let names: Vec<&str> = leaders
                .iter()
                .filter_map(|&p| d.providers.get(p))
                .map(|p| p.name.get(lang))
                .collect();
            i18n::still_leading(lang, &names)
        }
        (Some(Announcement::Sorted(sort)), Some(d)) => {
            let column = i18n::column_name(lang, d, sort.column);
            i18n::sorted_by(lang, &column, sort.dir == SortDir::Descending)
        }
        _ => String::new(),
    };
    html! {
        <p class="pc-sr pc-announcer" aria-live="polite" aria-atomic="true">{ text }</p>
    }
}
