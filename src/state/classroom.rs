//! The classroom state: the projector view, the open classroom panel (the duties explained, the
//! roles for class) and the role the weights are set for, with the reducer steps for their
//! actions.
//!
//! Invariants: `role` indexes an existing role of the loaded dataset (or is `None`); choosing a
//! role sets every criterion and group weight to [`EQUAL_WEIGHT`] (a role starts from the
//! scenario, not from finished weights) and clears the preset; the projector view and the open
//! panel change nothing about the ranking.

use super::AppState;
use crate::dataset::Dataset;
use crate::weighting::Weights;

/// The weight every duty and group gets when a role is chosen: the middle of 0–10.
pub const EQUAL_WEIGHT: u8 = 5;

/// The classroom panel opened from the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// All duties at once with their meaning, examples and legal basis.
    Duties,
    /// The roles for class.
    Roles,
}

/// Equal weights for every criterion and group of `d`: where a role starts.
pub fn equal_weights(d: &Dataset) -> Weights {
    Weights {
        criteria: vec![EQUAL_WEIGHT; d.criteria.len()],
        groups: vec![EQUAL_WEIGHT; d.groups.len()],
    }
}

impl AppState {
    /// Chooses role `i` (weights from equal weights) or, for `None`, leaves the role (the weights
    /// stay). A role the dataset does not have is ignored.
    pub(super) fn choose_role(&mut self, role: Option<usize>) {
        match role {
            None => self.role = None,
            Some(i) => {
                let Some(d) = self.dataset().filter(|d| i < d.roles.len()) else {
                    return;
                };
                self.weighting.weights = equal_weights(d);
                self.weighting.preset = None;
                self.role = Some(i);
                self.panel = None;
                self.settle_choice();
            }
        }
    }
}
