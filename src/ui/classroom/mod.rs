//! The classroom mode's views: the projector switch and the classroom buttons in the header
//! ([`projector`]), the duties explained ([`duties`]), the roles for class at the top of the
//! weights ([`roles`]) and the teacher's class view of the pupils' links ([`group_view`]).
//!
//! Invariant: like every component, these only render state and dispatch actions; dataset text
//! is rendered as text, and links only through [`crate::url::SafeUrl`].

mod duties;
mod group_view;
mod projector;
mod roles;

pub(crate) use duties::{DutiesView, DutiesViewProps};
pub(crate) use group_view::{ClassBody, ClassBodyProps, GroupView};
pub(crate) use projector::{classroom_bar, panel_button};
pub(crate) use roles::{RolePicker, RolePickerProps, RoleTask, RoleTaskProps};
