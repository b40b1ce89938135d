//! Taking the view elsewhere: the share link, CSV/JSON exports, the print summary and the
//! embed code.

mod embed_panel;
mod print_summary;
mod share_bar;
mod worksheet;

pub(crate) use embed_panel::EmbedPanel;
pub(crate) use print_summary::PrintSummary;
pub(crate) use share_bar::ShareBar;
pub(crate) use worksheet::WorksheetView;

use yew::AttrValue;

/// How the widget sits on its page: what the share link and the embed code need to know.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct EmbedSettings {
    /// This widget's key in the fragment.
    pub share_key: AttrValue,
    /// Where the widget's files are (ends with `/`; empty: relative to the page).
    pub base: AttrValue,
    /// The dataset as loaded.
    pub dataset_url: AttrValue,
    pub compact: bool,
}
