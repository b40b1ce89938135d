//! The results: the ranking table with its rows and stability note, a provider's details with
//! its contributions and the findings behind each score, and the note on how totals are computed.

mod contribution_bar;
mod method_note;
mod provider_detail;
mod ranking_row;
mod ranking_table;
mod rating_findings;
mod stability_note;

pub(crate) use contribution_bar::contribution_bar;
pub(crate) use method_note::MethodNote;
pub(crate) use provider_detail::{ProviderDetail, ProviderDetailProps};
pub(crate) use ranking_row::RankingRow;
pub(crate) use ranking_table::RankingTable;
pub(crate) use rating_findings::rating_findings;
pub(crate) use stability_note::StabilityNote;
