//! The actions: every change the widget can make to its [`super::AppState`], as the components and the
//! loader send them to [`super::AppState::reduce`].
//!
//! Invariant: an action carries plain values (indices, ids, numbers), never a reference into a
//! dataset, so a stale action (from an event that fired before a new dataset loaded) is checked
//! and ignored by the reducer rather than trusted.

use super::LoadError;
use crate::dataset::{Dataset, SharedDataset};
use crate::ranking::SortColumn;
use crate::scoring::Unknowns;
use crate::share::{LinkIssue, SharedView};
use crate::text::Lang;
use crate::weighting::{Judgement, Method};

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Loaded(Result<SharedDataset, LoadError>),
    Retry,
    SetKind(usize),
    SetWeight {
        criterion: usize,
        weight: u8,
    },
    SetGroupWeight {
        group: usize,
        weight: u8,
    },
    ResetWeights,
    ApplyPreset(usize),
    SetMethod(Method),
    /// Ranking method: move the group at position `from` of the order to position `to`.
    MoveGroup {
        from: usize,
        to: usize,
    },
    /// Ranking method: set the group sliders from the order as it stands (nothing changes if
    /// they already follow it).
    ApplyOrder,
    /// Pairwise method: set the group sliders from the judgements as they stand.
    ApplyJudgements,
    /// Pairwise method: the judgement for pair number `pair`.
    SetJudgement {
        pair: usize,
        value: Judgement,
    },
    /// A weight change is complete (the slider was released or a key moved it): the moment to
    /// tell screen-reader users if first place changed. Dragging only sends `SetWeight`.
    WeightsSettled,
    /// How unknown scores count (left out, as 0, as 5).
    SetUnknowns(Unknowns),
    /// Only the providers offered in this country (an ISO code the dataset uses), or all.
    SetCountry(Option<String>),
    /// Only the providers the teaching text names, or all.
    SetTextOnly(bool),
    SetKnockout {
        rule: usize,
        on: bool,
    },
    SetMinimum {
        criterion: usize,
        minimum: u8,
    },
    SortBy(SortColumn),
    Select(Option<usize>),
    ShowAllRows(bool),
    /// The two providers of the pair comparison (`None`: from the ranking). Naming the same
    /// provider twice swaps the pair rather than emptying the comparison.
    SetPair(Option<usize>, Option<usize>),
    /// Adds a provider to the side-by-side comparison, or takes it out.
    ToggleCompare(usize),
    ClearCompare,
    /// Shows the view of a share link (now, or once the dataset is loaded), with what in the link
    /// could not be read.
    Restore(Box<SharedView>, Vec<LinkIssue>),
    DismissLinkIssues,
    SetPrinting(bool),
    /// Print as soon as the evidence (the sources) is there: now if it is, else once it has
    /// loaded or failed to.
    Print,
    /// Print a classroom sheet (the worksheet or its answers) instead of the ranking, as
    /// [`Action::Print`] does: with the sources, once they are there.
    PrintSheet(super::Sheet),
    /// The evidence of the type on show is needed (a detail or comparison shows it).
    WantEvidence,
    /// The complete dataset for the core on show arrived, or could not be loaded.
    EvidenceLoaded(Result<SharedDataset, LoadError>),
    /// The part of the core on show for provider type `kind` (index into `Dataset::types`)
    /// arrived, or could not be loaded. Owned, not shared: it is merged into the core without a
    /// copy.
    PartLoaded {
        kind: usize,
        loaded: Result<Box<Dataset>, LoadError>,
    },
    /// The projector view on or off.
    SetProjector(bool),
    /// Opens a classroom panel below the header (`None`: closes it).
    OpenPanel(Option<super::Panel>),
    /// Chooses a role for class by index: the weights start from equal weights. `None` leaves
    /// the role and keeps the weights.
    ChooseRole(Option<usize>),
}
