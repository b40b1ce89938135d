//! The panels a first visit does not open — a provider's details, the side-by-side comparison,
//! the duties explained, the teacher's class evaluation, the roles, and the order and pairwise
//! weighting methods — and how they are loaded.
//!
//! In a release build their code is not in the first download: [`load`] is a split point
//! (`wasm_split_helpers`), and the release build's hook (`scripts/split-wasm.mjs`) moves every
//! function only these panels reach into a second wasm file, fetched the first time one of them
//! is wanted, or earlier, when the reader shows the intent (a pointer over or focus on a control
//! that opens one: see `EXTRAS_INTENT` in [`super::app`]). A debug build (`trunk serve`, the
//! browser tests) has one wasm file and [`load`] answers at once. The switch is
//! `debug_assertions`, not a cargo feature: Trunk has no features per profile, and an unsplit
//! module with a split point would import a loader module that only the split writes.
//!
//! Invariants: the panels are reached only through [`Extras`], never named elsewhere in the
//! shell (a direct use would pull their code back into the first download); a failed load is a
//! state with a message and a retry ([`lazy_panel`]), never a panic (`fallible`: the split
//! point's loader returns an error, and a later call tries again); the loaded table of panels is
//! shared by every widget on the page.

use std::cell::Cell;

use yew::prelude::*;

use crate::i18n;
use crate::text::Lang;
use crate::ui::classroom::{
    ClassBody, ClassBodyProps, DutiesView, DutiesViewProps, RolePicker, RolePickerProps, RoleTask,
    RoleTaskProps,
};
use crate::ui::compare::{SideBySide, SideBySideProps};
use crate::ui::results::{ProviderDetail, ProviderDetailProps};
use crate::ui::weights::{GroupOrder, GroupOrderProps, PairwisePanel, PairwisePanelProps};

/// The panels that are loaded on demand, as functions that render them.
pub(crate) struct Extras {
    pub detail: fn(ProviderDetailProps) -> Html,
    pub side_by_side: fn(SideBySideProps) -> Html,
    pub duties: fn(DutiesViewProps) -> Html,
    pub class_body: fn(ClassBodyProps) -> Html,
    pub role_picker: fn(RolePickerProps) -> Html,
    pub role_task: fn(RoleTaskProps) -> Html,
    pub group_order: fn(GroupOrderProps) -> Html,
    pub pairwise: fn(PairwisePanelProps) -> Html,
}

/// The one place that names the panels' components.
static EXTRAS: Extras = Extras {
    detail: |p| html! { <ProviderDetail ..p /> },
    side_by_side: |p| html! { <SideBySide ..p /> },
    duties: |p| html! { <DutiesView ..p /> },
    class_body: |p| html! { <ClassBody ..p /> },
    role_picker: |p| html! { <RolePicker ..p /> },
    role_task: |p| html! { <RoleTask ..p /> },
    group_order: |p| html! { <GroupOrder ..p /> },
    pairwise: |p| html! { <PairwisePanel ..p /> },
};

/// Where loading the panels stands, for one widget.
#[derive(Clone, Copy, Default)]
pub(crate) enum ExtrasLoad {
    /// Not asked for yet.
    #[default]
    Idle,
    Loading,
    Ready(&'static Extras),
    /// The file could not be fetched (offline, say); asking again tries again.
    Failed,
}

impl PartialEq for ExtrasLoad {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Ready(a), Self::Ready(b)) => std::ptr::eq(*a, *b),
            (Self::Idle, Self::Idle)
            | (Self::Loading, Self::Loading)
            | (Self::Failed, Self::Failed) => true,
            _ => false,
        }
    }
}

/// The release build's split point: everything only [`EXTRAS`] reaches goes into the second
/// file. Its body runs once that file is there.
#[cfg(not(debug_assertions))]
#[wasm_split_helpers::wasm_split(extras, fallible)]
fn split_extras() -> Result<&'static Extras, wasm_split_helpers::SplitLoaderError> {
    Ok(&EXTRAS)
}

/// The panels, loading their file first where the build split it off.
async fn load() -> Option<&'static Extras> {
    #[cfg(not(debug_assertions))]
    {
        split_extras().await.ok()
    }
    #[cfg(debug_assertions)]
    {
        Some(&EXTRAS)
    }
}

thread_local! {
    /// Loaded once per page: a widget mounted later starts with the panels at hand.
    static LOADED: Cell<Option<&'static Extras>> = const { Cell::new(None) };
}

/// The panels as one widget sees them: where loading stands, and a callback that starts it
/// (again, after a failure); asking while they load or once they are there does nothing. The
/// widget's context carries it to the parts that show a panel ([`super::context::use_lazy`]).
#[derive(Clone, PartialEq, Default)]
pub(crate) struct Lazy {
    pub load: ExtrasLoad,
    pub start: Callback<()>,
}

/// This widget's [`Lazy`], kept by [`super::App`].
#[hook]
pub(crate) fn use_extras() -> Lazy {
    let state = use_state(|| {
        LOADED
            .with(Cell::get)
            .map_or(ExtrasLoad::Idle, ExtrasLoad::Ready)
    });
    let start = {
        let state = state.clone();
        use_callback(*state, move |(), current| {
            if matches!(current, ExtrasLoad::Idle | ExtrasLoad::Failed) {
                state.set(ExtrasLoad::Loading);
                let state = state.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match load().await {
                        Some(extras) => {
                            LOADED.with(|c| c.set(Some(extras)));
                            state.set(ExtrasLoad::Ready(extras));
                        }
                        None => state.set(ExtrasLoad::Failed),
                    }
                });
            }
        })
    };
    Lazy {
        load: *state,
        start,
    }
}

/// A panel from [`Extras`] where it is to be shown: the panel once its code is there; until
/// then a line that says it is loading; after a failed load, what happened and a button that
/// tries again.
pub(crate) fn lazy_panel(
    lang: Lang,
    lazy: &Lazy,
    render: impl FnOnce(&'static Extras) -> Html,
) -> Html {
    let s = i18n::strings(lang);
    match lazy.load {
        ExtrasLoad::Ready(extras) => render(extras),
        // Worded and styled like the evidence's notices (`parts::evidence_notice`).
        ExtrasLoad::Idle | ExtrasLoad::Loading => html! {
            <p class="pc-hint pc-lazy" role="status" data-pc-lazy="loading">{ s.extras_loading }</p>
        },
        ExtrasLoad::Failed => {
            let onclick = lazy.start.reform(|_: MouseEvent| ());
            html! {
                <p class="pc-flag pc-lazy" role="status" data-pc-lazy="failed">
                    { s.extras_failed }{ " " }
                    <button type="button" class="pc-button" {onclick}>{ s.retry }</button>
                </p>
            }
        }
    }
}
