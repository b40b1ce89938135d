//! The Yew shell (wasm32 only): components that render an [`AppState`] and dispatch [`Action`]s.
//!
//! Invariants: no component changes state except through the reducer; no component renders
//! dataset text as HTML (text nodes only) or puts anything but a [`crate::url::SafeUrl`] into an
//! `href`; element ids carry a per-widget prefix ([`Ids`]) so that several widgets on one page
//! never collide.

mod announcer;
mod app;
mod browser;
mod contribution_bar;
mod embed_panel;
mod external_link;
mod group_order;
mod kind_picker;
mod knockout_list;
mod language_switch;
mod link_notice;
mod load_error_view;
mod loading_view;
mod method_note;
mod method_picker;
mod minimum_list;
mod mount;
mod pair_comparison;
mod pair_select;
mod pairwise_panel;
mod preset_list;
mod print_summary;
mod profile_chart;
mod provider_detail;
mod ranking_row;
mod ranking_table;
mod score_badge;
mod score_bar;
mod share_bar;
mod side_by_side;
mod source_list;
mod stability_note;
mod weight_panel;
mod weight_slider;
mod widget_header;

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

pub use announcer::{Announcer, AnnouncerProps};
pub use app::{App, AppProps, DEFAULT_DATASET_URL};
pub use contribution_bar::{ContributionBar, ContributionBarProps};
pub use embed_panel::{EmbedPanel, EmbedPanelProps};
pub use external_link::{ExternalLink, ExternalLinkProps};
pub use group_order::{GroupOrder, GroupOrderProps};
pub use kind_picker::{KindPicker, KindPickerProps};
pub use knockout_list::{KnockoutList, KnockoutListProps};
pub use language_switch::{LanguageSwitch, LanguageSwitchProps};
pub use link_notice::{LinkNotice, LinkNoticeProps};
pub use load_error_view::{LoadErrorView, LoadErrorViewProps};
pub use loading_view::{LoadingView, LoadingViewProps};
pub use method_note::{MethodNote, MethodNoteProps};
pub use method_picker::{MethodPicker, MethodPickerProps};
pub use minimum_list::{MinimumList, MinimumListProps};
pub use mount::{install_panic_notice, mount_all};
pub use pair_comparison::{PairComparison, PairComparisonProps};
pub use pair_select::{PairSelect, PairSelectProps};
pub use pairwise_panel::{PairwisePanel, PairwisePanelProps};
pub use preset_list::{PresetList, PresetListProps};
pub use print_summary::{PrintSummary, PrintSummaryProps};
pub use profile_chart::{ProfileChart, ProfileChartProps};
pub use provider_detail::{ProviderDetail, ProviderDetailProps};
pub use ranking_row::{RankingRow, RankingRowProps};
pub use ranking_table::{RankingTable, RankingTableProps};
pub use score_badge::{ScoreBadge, ScoreBadgeProps};
pub use score_bar::{ScoreBar, ScoreBarProps};
pub use share_bar::{ShareBar, ShareBarProps};
pub use side_by_side::{SideBySide, SideBySideProps};
pub use source_list::{SourceList, SourceListProps};
pub use stability_note::{StabilityNote, StabilityNoteProps};
pub use weight_panel::{WeightPanel, WeightPanelProps};
pub use weight_slider::{WeightSlider, WeightSliderProps};
pub use widget_header::widget_header;

use crate::state::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState::reduce(&self, action))
    }
}

/// How components send actions: stable across renders, so it never forces a re-render.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// The element-id prefix of one widget instance (`pc1`, `pc2`, …), provided as a context.
#[derive(Clone, Debug, PartialEq)]
pub struct Ids(Rc<str>);

impl Ids {
    /// A prefix not used by any other widget on this page.
    pub fn fresh() -> Ids {
        thread_local! {
            static NEXT: Cell<u32> = const { Cell::new(1) };
        }
        let n = NEXT.with(|c| {
            let n = c.get();
            c.set(n.wrapping_add(1));
            n
        });
        Ids(format!("pc{n}").into())
    }

    /// An element id: `pc1-weight-network`. `part` must be id-safe (dataset ids are).
    pub fn id(&self, part: &str) -> String {
        format!("{}-{part}", self.0)
    }
}

/// Orders `(index, value)` pairs by the size of the value, largest first, then by index: the one
/// comparison both the contribution list and the pair comparison sort with (one sort in the
/// bundle instead of two).
pub(crate) fn by_magnitude(a: &(usize, f64), b: &(usize, f64)) -> std::cmp::Ordering {
    b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0))
}

/// The ids of the widget this component is in (a fallback prefix outside of a widget, for tests).
#[hook]
pub fn use_ids() -> Ids {
    use_context::<Ids>().unwrap_or_else(|| Ids("pc0".into()))
}
