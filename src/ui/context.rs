//! The plumbing every component needs, carried by context instead of props: the reader's
//! language, the loaded dataset, the dispatcher of the one reducer, the widget's element-id
//! prefix, and where loading the panels loaded on demand stands. [`super::App`] provides them;
//! components read them with the hooks below.
//!
//! Invariants: the dispatcher is stable across renders (it never forces a re-render); the dataset
//! context exists only around the parts that show a loaded dataset, so a component that needs one
//! renders nothing outside of it instead of failing; element ids always carry the widget's own
//! prefix, so several widgets on one page never collide.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::SharedDataset;
use crate::state::{Action, AppState};
use crate::text::Lang;
use crate::ui::extras::Lazy;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState::reduce(&self, action))
    }
}

/// How components send actions to the reducer. Outside of a widget (a component mounted on its
/// own) it sends nothing.
#[derive(Clone, PartialEq)]
pub(crate) struct Dispatch(Option<UseReducerDispatcher<AppState>>);

impl Dispatch {
    pub(crate) fn new(dispatcher: UseReducerDispatcher<AppState>) -> Dispatch {
        Dispatch(Some(dispatcher))
    }

    pub(crate) fn dispatch(&self, action: Action) {
        if let Some(d) = &self.0 {
            d.dispatch(action);
        }
    }
}

/// The element-id prefix of one widget instance (`pc1`, `pc2`, …).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Ids(Rc<str>);

impl Ids {
    /// A prefix not used by any other widget on this page.
    pub(crate) fn fresh() -> Ids {
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

    /// The id of one of the widget's own elements: `pc1-title`. `part` is a fixed name of the
    /// widget's (never dataset text) and has no `.` in it.
    pub(crate) fn id(&self, part: &str) -> String {
        format!("{}-{part}", self.0)
    }

    /// The id of an element that stands for a dataset entry: `pc1-weight.network`. The entry's
    /// id comes last, after a `.` that neither the widget's parts nor dataset ids contain, so no
    /// dataset id can make two elements share an id (a criterion `c1-desc` beside `c1`'s
    /// description, say) and leave a control without its label.
    pub(crate) fn item(&self, role: &str, dataset_id: &str) -> String {
        format!("{}-{role}.{dataset_id}", self.0)
    }
}

/// What every part of one widget shares: one context rather than four, because each context
/// type costs its own copy of Yew's provider machinery in the bundle, and these change together
/// anyway (only the language changes, and the panels loaded on demand, two or three times in a
/// visit).
#[derive(Clone, PartialEq)]
pub(crate) struct Widget {
    pub lang: Lang,
    pub dispatch: Dispatch,
    pub ids: Ids,
    pub lazy: Lazy,
}

/// The widget this component is in; outside of one (a component mounted on its own) German, a
/// dispatcher that sends nothing, and a fallback id prefix.
#[hook]
fn use_widget() -> Widget {
    use_context::<Widget>().unwrap_or_else(|| Widget {
        lang: Lang::default(),
        dispatch: Dispatch(None),
        ids: Ids("pc0".into()),
        lazy: Lazy::default(),
    })
}

/// The reader's language.
#[hook]
pub(crate) fn use_lang() -> Lang {
    use_widget().lang
}

/// The dispatcher of the widget's reducer.
#[hook]
pub(crate) fn use_dispatch() -> Dispatch {
    use_widget().dispatch
}

/// The loaded dataset; `None` outside the parts that show one.
#[hook]
pub(crate) fn use_dataset() -> Option<SharedDataset> {
    use_context::<SharedDataset>()
}

/// The element-id prefix of the widget this component is in.
#[hook]
pub(crate) fn use_ids() -> Ids {
    use_widget().ids
}

/// The panels loaded on demand ([`crate::ui::extras`]), as the widget this component is in has
/// them.
#[hook]
pub(crate) fn use_lazy() -> Lazy {
    use_widget().lazy
}
