//! Comparing providers: side by side (columns and a profile chart) and the pair comparison
//! with the sentence on what would swap them.

mod pair_comparison;
mod pair_select;
mod profile_chart;
mod side_by_side;

pub(crate) use pair_comparison::PairComparison;
pub(crate) use pair_select::PairSelect;
pub(crate) use side_by_side::{SideBySide, SideBySideProps};
