//! The weighting panel: group and duty sliders and the other ways to set them (presets, order,
//! pairwise comparison), knock-out rules and the reader's minimums.

mod group_order;
mod knockout_list;
mod method_picker;
mod minimum_list;
mod pairwise_panel;
mod preset_list;
mod weight_panel;
mod weight_slider;

pub(crate) use group_order::{GroupOrder, GroupOrderProps};
pub(crate) use knockout_list::KnockoutList;
pub(crate) use method_picker::MethodPicker;
pub(crate) use minimum_list::MinimumList;
pub(crate) use pairwise_panel::{PairwisePanel, PairwisePanelProps};
pub(crate) use preset_list::PresetList;
pub(crate) use weight_panel::WeightPanel;
pub(crate) use weight_slider::WeightSlider;
