//! Classroom mode: the views a teacher runs a lesson from. The group view (a class's share links
//! evaluated together) is here; the projector view, the duties explained and the role cards join
//! it as their own files.

mod group_view;
// Part C: the projector view, the duties explained and the role cards (projector*.rs, duties*.rs,
// roles*.rs) are declared here.

pub(crate) use group_view::GroupView;
