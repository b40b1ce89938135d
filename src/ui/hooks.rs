//! The widget's effects and derived data, each in a named hook, so that [`super::App`] reads as
//! the page's outline: loading the dataset, the staged first render, the address-bar state,
//! the window's events, and the results derived from the state.
//!
//! Invariants: every hook recomputes only when what it depends on changes (sensitivity follows
//! the *settled* weights, never each step of a drag); listeners are removed when the widget
//! goes (gloo's `EventListener` drops them); nothing here changes state except by dispatching an
//! action.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::dataset::SharedDataset;
use crate::ranking::{rank, sort_rows, Ranked, Sort};
use crate::scoring::score_type;
use crate::sensitivity::{overview, Overview};
use crate::share::{decode, fragment_get};
use crate::state::{Action, AppState, LoadError};
use crate::ui::browser::{current_fragment, replace_fragment};
use crate::ui::Dispatch;
use crate::validate::parse_dataset;
use crate::weighting::effective_weights;

/// Fetches and validates a dataset. Never panics: every failure becomes a [`LoadError`].
pub(crate) async fn fetch_dataset(url: &str) -> Result<SharedDataset, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    parse_dataset(&text)
        .map(|d| SharedDataset(Rc::new(d)))
        .map_err(LoadError::Invalid)
}

/// Loads the dataset at `url`, again whenever `attempt` changes (the reader's "retry").
#[hook]
pub(crate) fn use_dataset_loader(url: AttrValue, attempt: u32, dispatch: Dispatch) {
    use_effect_with((url, attempt), move |(url, _)| {
        let url = url.clone();
        spawn_local(async move {
            dispatch.dispatch(Action::Loaded(fetch_dataset(&url).await));
        });
    });
}

/// How much of the loaded widget to draw: the ranking first, then the rest of the results, then
/// the weights, each in a task of its own. On a slow phone one long task would otherwise block
/// input for the whole first render. Each stage only adds below what is there (or in the weights
/// column, whose width is fixed), so nothing on screen moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Stage {
    Ranking,
    Results,
    Everything,
}

#[hook]
pub(crate) fn use_staged_render(ready: bool) -> Stage {
    let stage = use_state(|| Stage::Ranking);
    {
        let stage = stage.clone();
        use_effect_with((ready, *stage), move |(ready, current)| {
            let next = match current {
                Stage::Ranking => Some(Stage::Results),
                Stage::Results => Some(Stage::Everything),
                Stage::Everything => None,
            };
            // Cancelled if the widget goes before it fires.
            let timer = match (*ready, next) {
                (true, Some(next)) => Some(Timeout::new(0, move || stage.set(next))),
                _ => None,
            };
            move || drop(timer)
        });
    }
    *stage
}

/// Keeps the address bar's fragment (under `key`) in step with the view's share `link`, when the
/// widget owns the page (`enabled`). While a slider is dragged the address is left alone
/// (browsers throttle pages that rewrite it on every step); it follows when the slider is
/// released. Returns the value last written, so that the widget's own writes are not read back
/// as a link pasted into the address bar.
#[hook]
pub(crate) fn use_url_state(
    enabled: bool,
    key: AttrValue,
    link: String,
    dragging: bool,
) -> Rc<RefCell<String>> {
    let written = use_mut_ref(String::new);
    let first = use_mut_ref(|| None::<String>);
    {
        let written = written.clone();
        use_effect_with((link, dragging), move |(link, dragging)| {
            if enabled && !*dragging && !link.is_empty() {
                // A plain address stays plain until the reader changes something.
                let first = first
                    .borrow_mut()
                    .get_or_insert_with(|| link.clone())
                    .clone();
                if *link != first || fragment_get(&current_fragment(), &key).is_some() {
                    replace_fragment(&key, link);
                }
                *written.borrow_mut() = link.clone();
            }
        });
    }
    written
}

/// The window's events the widget follows: a link pasted into the address bar of an open page
/// (only the fragment changes: show that view), and printing (render the print-only parts before
/// the browser lays the page out for paper).
#[hook]
pub(crate) fn use_window_events(key: AttrValue, written: Rc<RefCell<String>>, dispatch: Dispatch) {
    use_effect_with((), move |_| {
        let window = gloo_utils::window();
        let on_hash = {
            let dispatch = dispatch.clone();
            EventListener::new(&window, "hashchange", move |_| {
                if let Some(value) = fragment_get(&current_fragment(), &key) {
                    if *written.borrow() != value {
                        let (view, issues) = decode(value);
                        dispatch.dispatch(Action::Restore(Box::new(view), issues));
                    }
                }
            })
        };
        let before_print = {
            let dispatch = dispatch.clone();
            EventListener::new(&window, "beforeprint", move |_| {
                dispatch.dispatch(Action::SetPrinting(true));
            })
        };
        let after_print = EventListener::new(&window, "afterprint", move |_| {
            dispatch.dispatch(Action::SetPrinting(false));
        });
        // Dropping the listeners removes them.
        move || drop((on_hash, before_print, after_print))
    });
}

/// What the components show, derived from the state.
#[derive(Clone, PartialEq)]
pub(crate) struct Results {
    /// The providers of the current type in ranking order (what the exports write).
    pub ranked: Rc<Vec<Ranked>>,
    /// The same rows in the table's sort order.
    pub rows: Rc<Vec<Ranked>>,
    /// Each criterion's effective weight for the current type and weights.
    pub effective: Rc<Vec<f64>>,
    /// Sensitivity at the settled weights.
    pub overview: Rc<Overview>,
}

/// The derived results, each recomputed only when what it depends on changes.
#[hook]
pub(crate) fn use_results(state: &AppState) -> Results {
    let dataset = state.dataset().cloned();
    let w = &state.weighting;
    let ranked: Rc<Vec<Ranked>> = use_memo(
        (
            dataset.clone(),
            state.kind,
            w.weights.clone(),
            state.options.clone(),
            state.lang,
        ),
        |(dataset, kind, weights, options, lang)| match dataset {
            Some(d) => rank(d, score_type(d, *kind, &weights.to_real(), options), *lang),
            None => Vec::new(),
        },
    );
    // In ranking order the table shows the ranking itself (no copy); another sort copies it once.
    let rows: Rc<Vec<Ranked>> = {
        let sorted = use_memo(
            (
                ranked.clone(),
                dataset.clone(),
                state.table.sort,
                state.lang,
            ),
            |(ranked, dataset, sort, lang)| match dataset {
                Some(d) if *sort != Sort::default() => {
                    let mut rows = (**ranked).clone();
                    sort_rows(&mut rows, d, *sort, *lang);
                    Some(Rc::new(rows))
                }
                _ => None,
            },
        );
        (*sorted).clone().unwrap_or_else(|| ranked.clone())
    };
    let effective: Rc<Vec<f64>> = use_memo(
        (dataset.clone(), state.kind, w.weights.clone()),
        |(dataset, kind, weights)| {
            dataset
                .as_ref()
                .map(|d| effective_weights(d, *kind, &weights.to_real()))
                .unwrap_or_default()
        },
    );
    let overview: Rc<Overview> = use_memo(
        (
            dataset,
            state.kind,
            w.settled.clone(),
            state.options.clone(),
        ),
        |(dataset, kind, weights, options)| {
            dataset
                .as_ref()
                .map(|d| overview(d, *kind, weights, options))
                .unwrap_or_default()
        },
    );
    Results {
        ranked,
        rows,
        effective,
        overview,
    }
}
