//! Small pieces several areas use: score bars and badges, source lists and external links, and
//! the note on evidence still loading.

mod evidence_notice;
mod external_link;
mod score_badge;
mod score_bar;
mod source_list;

pub(crate) use evidence_notice::evidence_notice;
pub(crate) use external_link::external_link;
pub(crate) use score_badge::score_badge;
pub(crate) use score_bar::score_bar;
pub(crate) use source_list::source_list;
