//! The widget's effects and derived data, each in a named hook, so that [`super::App`] reads as
//! the page's outline: loading the dataset, the quiet start (no loading view for a dataset that
//! is there at once), the staged first render, the address-bar state, the window's events, and
//! the results derived from the state.
//!
//! Invariants: every hook recomputes only when what it depends on changes (sensitivity follows
//! the *settled* weights, never each step of a drag); what a released slider leaves to do (the
//! sensitivity analysis, the address bar) runs after the frame is painted, the analysis in slices
//! of a few milliseconds, and a newer change drops what an older one left pending; listeners are
//! removed when the widget goes (gloo's `EventListener` drops them); nothing here changes state
//! except by dispatching an action.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::dataset::{Dataset, SharedDataset};
use crate::ranking::{rank_by, sort_rows, NameKeys, Ranked, Sort};
use crate::scoring::Options;
use crate::scoring::{score_grid, Grid};
use crate::sensitivity::{Overview, OverviewSteps};
use crate::share::{decode, fragment_get};
use crate::state::{Action, AppState, LoadError};
use crate::ui::browser::{current_fragment, replace_fragment};
use crate::ui::Dispatch;
use crate::validate::{parse_dataset_bytes, too_large, MAX_DATASET_BYTES};
use crate::weighting::{effective_weights, Weights};

/// How long the widget waits for its dataset before it says so and offers to try again (a
/// stalled request would otherwise show "wird geladen …" for ever).
pub(crate) const LOAD_TIMEOUT_MS: u32 = 20_000;

/// Fetches and validates a dataset. Never panics: every failure becomes a [`LoadError`].
///
/// The answer is read as bytes and decoded by the same function `check-dataset` uses
/// ([`parse_dataset_bytes`]), so the widget and the checker agree on every file: the browser's
/// own text decoding would silently replace bytes that are not UTF-8. Nothing past
/// [`MAX_DATASET_BYTES`] is read: a `Content-Length` above it is refused before the body, and the
/// body is read in chunks that stop at the limit.
pub(crate) async fn fetch_dataset(url: &str, measure: &str) -> Result<Dataset, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    // Dropped (and so cancelled) when the fetch ends first.
    let _timer = controller.clone().map(|c| {
        let timed_out = timed_out.clone();
        Timeout::new(LOAD_TIMEOUT_MS, move || {
            timed_out.set(true);
            c.abort();
        })
    });
    let failed = |detail: String| {
        if timed_out.get() {
            LoadError::TimedOut {
                seconds: LOAD_TIMEOUT_MS / 1000,
            }
        } else {
            LoadError::Network(detail)
        }
    };
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| failed(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|v| v.trim().parse::<usize>().ok());
    if let Some(bytes) = announced.filter(|&n| n > MAX_DATASET_BYTES) {
        return Err(LoadError::Invalid(vec![too_large(bytes)]));
    }
    let bytes = read_body(response.body(), MAX_DATASET_BYTES)
        .await
        .map_err(|e| match e {
            BodyError::TooLarge(n) => LoadError::Invalid(vec![too_large(n)]),
            BodyError::Failed(detail) => failed(detail),
        })?;
    // Reading and checking the file is timed as a User Timing measure, `measure` (`pc:parse`
    // for the dataset, which the benchmark reads; `pc:evidence` for a file of its evidence), which
    // any page's performance tools show.
    // The body's last chunk arrives in the same task as the one that would check it: start the
    // check in a task of its own.
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    let performance = gloo_utils::window().performance();
    if let Some(p) = &performance {
        let _ = p.mark("pc:parse-start");
    }
    let parsed = parse_dataset_bytes(&bytes);
    drop(bytes);
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(measure, "pc:parse-start");
    }
    parsed.map_err(LoadError::Invalid)
}

enum BodyError {
    /// More than the limit: how much had been read when reading stopped.
    TooLarge(usize),
    Failed(String),
}

/// Reads a response body in chunks, stopping (and cancelling the download) past `limit` bytes.
async fn read_body(
    body: Option<web_sys::ReadableStream>,
    limit: usize,
) -> Result<Vec<u8>, BodyError> {
    let Some(body) = body else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let failed = |e: JsValue| BodyError::Failed(format!("{e:?}"));
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(failed)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(out);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(failed)?;
        let bytes = js_sys::Uint8Array::new(&value);
        let start = out.len();
        let end = start + bytes.length() as usize;
        if end > limit {
            let _ = reader.cancel();
            return Err(BodyError::TooLarge(end));
        }
        out.resize(end, 0);
        if let Some(slot) = out.get_mut(start..end) {
            bytes.copy_to(slot);
        }
    }
}

/// Loads the dataset at `url`, again whenever `attempt` changes (the reader's "retry").
#[hook]
pub(crate) fn use_dataset_loader(url: AttrValue, attempt: u32, dispatch: Dispatch) {
    use_effect_with((url, attempt), move |(url, _)| {
        let url = url.clone();
        spawn_local(async move {
            let loaded = fetch_dataset(&url, "pc:parse")
                .await
                .map(|d| SharedDataset(Rc::new(d)));
            // Checking the file and drawing the first ranking are each a long piece of work on a
            // slow phone: a task boundary between them keeps input responsive in between.
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
            dispatch.dispatch(Action::Loaded(loaded));
        });
    });
}

/// How long the widget's first load may take before the widget shows that it is loading.
const QUIET_START_MS: u32 = 400;

/// Whether the widget is in its quiet start: loading its dataset (`loading`) for the first time,
/// for less than [`QUIET_START_MS`]. Meanwhile it draws nothing of its own (see [`super::App`]).
///
/// Why: the dataset is preloaded by the page and is usually there before the WebAssembly is, so
/// it is read a few tasks after the widget starts. Drawing the loading view first only to replace
/// it a moment later cost a frame of layout and paint and the loading view's own rendering on the
/// way to the first ranking row (with the CPU 4× slower, about 100 ms of main-thread time before
/// the first row, measured by traces), and showed a spinner for the blink of an eye. A load that
/// takes longer shows the loading view as before; a retry shows it at once.
#[hook]
pub(crate) fn use_quiet_start(loading: bool) -> bool {
    let quiet = use_state(|| true);
    {
        let quiet = quiet.clone();
        // Cancelled when the dataset (or an error) arrives first: then nothing re-renders.
        use_effect_with(loading, move |&loading| {
            let timer = loading.then(|| Timeout::new(QUIET_START_MS, move || quiet.set(false)));
            move || drop(timer)
        });
    }
    *quiet
}

/// Fetches the files of a core's evidence that the state asks for
/// ([`AppState::evidence_requests`]): the current type's part, or the complete file where the
/// type has none, each resolved against the dataset's own address (itself resolved against the
/// page), each fetched once however often the requests change while it is on its way. The
/// reducer checks that a file completes the core before it shows it.
#[hook]
pub(crate) fn use_evidence_loader(
    dataset_url: AttrValue,
    requests: Vec<(Option<usize>, String)>,
    dispatch: Dispatch,
) {
    let in_flight = use_mut_ref(Vec::<String>::new);
    use_effect_with((dataset_url, requests), move |(url, requests)| {
        for (part, path) in requests {
            if in_flight.borrow().contains(path) {
                continue;
            }
            in_flight.borrow_mut().push(path.clone());
            let (url, part, path) = (url.clone(), *part, path.clone());
            let (in_flight, dispatch) = (in_flight.clone(), dispatch.clone());
            spawn_local(async move {
                let loaded = match evidence_address(&url, &path) {
                    Some(address) => fetch_dataset(&address, "pc:evidence").await,
                    None => Err(LoadError::Network(format!("{url} → {path}"))),
                };
                in_flight.borrow_mut().retain(|p| *p != path);
                dispatch.dispatch(match part {
                    Some(kind) => Action::PartLoaded {
                        kind,
                        loaded: loaded.map(Box::new),
                    },
                    None => Action::EvidenceLoaded(loaded.map(|d| SharedDataset(Rc::new(d)))),
                });
            });
        }
    });
}

/// The address of `evidence` relative to the dataset at `dataset_url` (relative to the page).
fn evidence_address(dataset_url: &str, evidence: &str) -> Option<String> {
    let base = gloo_utils::document().base_uri().ok().flatten()?;
    let dataset = web_sys::Url::new_with_base(dataset_url, &base).ok()?;
    let address = web_sys::Url::new_with_base(evidence, &dataset.href()).ok()?;
    // The validator allows only plain relative paths; the origin must not change all the same.
    (address.origin() == dataset.origin()).then(|| address.href())
}

/// Prints whenever the state asks for it (`print_requests` changes), after the print-only
/// parts have rendered.
#[hook]
pub(crate) fn use_print_requests(requests: u32) {
    use_effect_with(requests, |requests| {
        if *requests > 0 {
            crate::ui::browser::print_soon();
        }
    });
}

/// How much of the loaded widget to draw: the ranking first, then the details and comparisons,
/// the share bar, the weights and the notes, each in a task of its own. On a slow phone one long
/// task would otherwise block input for the whole first render (each of these takes 50–120 ms at
/// a quarter of a laptop's speed). Each stage only adds below what is there (or in the weights
/// column, whose width is fixed), so nothing on screen moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Stage {
    Ranking,
    Results,
    Sharing,
    Weights,
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
                Stage::Results => Some(Stage::Sharing),
                Stage::Sharing => Some(Stage::Weights),
                Stage::Weights => Some(Stage::Everything),
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
/// released. Each write waits until the frame is painted: replacing the address makes Chromium
/// lay out the page first, which right after a change re-laid out the whole widget inside the
/// change's task (20–30 ms with a thousand providers) and afterwards costs next to nothing. A
/// newer change drops a write still pending. Returns the value last written, so that the
/// widget's own writes are not read back as a link pasted into the address bar.
#[hook]
pub(crate) fn use_url_state(
    enabled: bool,
    key: AttrValue,
    link: String,
    dragging: bool,
) -> Rc<RefCell<String>> {
    let written = use_mut_ref(String::new);
    let first = use_mut_ref(|| None::<String>);
    // The number of the last write asked for: a pending write that is no longer the last is
    // dropped.
    let generation = use_mut_ref(|| 0_u32);
    {
        let written = written.clone();
        use_effect_with((link, dragging), move |(link, dragging)| {
            let mine = {
                let mut g = generation.borrow_mut();
                *g = g.wrapping_add(1);
                *g
            };
            if enabled && !*dragging && !link.is_empty() {
                // A plain address stays plain until the reader changes something.
                let first = first
                    .borrow_mut()
                    .get_or_insert_with(|| link.clone())
                    .clone();
                let change = *link != first || fragment_get(&current_fragment(), &key).is_some();
                let link = link.clone();
                let write = move || {
                    if *generation.borrow() != mine {
                        return;
                    }
                    if change {
                        replace_fragment(&key, &link);
                    }
                    *written.borrow_mut() = link;
                };
                crate::ui::browser::after_paint(write);
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
    /// The same at the settled weights (for what follows a released slider, not every step).
    pub settled_effective: Rc<Vec<f64>>,
    /// Sensitivity at the settled weights: the last complete analysis (see [`use_overview`]).
    pub overview: Rc<Overview>,
}

/// The derived results, each recomputed only when what it depends on changes.
#[hook]
pub(crate) fn use_results(state: &AppState) -> Results {
    let dataset = state.dataset().cloned();
    let w = &state.weighting;
    // Ties are listed by name: the names' order is worked out once per dataset and language, not
    // on every step of a slider.
    let names = use_memo((dataset.clone(), state.lang), |(dataset, lang)| {
        dataset.as_ref().map(|d| NameKeys::new(d, *lang))
    });
    // What scoring reads of the providers on show, once per type and filter (see `Grid`).
    let grid = use_memo(
        (dataset.clone(), state.kind, state.options.scope.clone()),
        |(dataset, kind, scope)| dataset.as_ref().map(|d| Grid::of_type(d, *kind, scope)),
    );
    let effective: Rc<Vec<f64>> = use_memo(
        (dataset.clone(), state.kind, w.weights.clone()),
        |(dataset, kind, weights)| {
            dataset
                .as_ref()
                .map(|d| effective_weights(d, *kind, &weights.to_real()))
                .unwrap_or_default()
        },
    );
    let ranked: Rc<Vec<Ranked>> = use_memo(
        (
            dataset.clone(),
            grid,
            effective.clone(),
            state.options.clone(),
            names.clone(),
        ),
        |(dataset, grid, effective, options, names)| match (dataset, &**grid, &**names) {
            (Some(d), Some(grid), Some(names)) => {
                rank_by(score_grid(d, grid, effective, options), names)
            }
            _ => Vec::new(),
        },
    );
    // In ranking order the table shows the ranking itself (no copy); another sort copies it once.
    let rows: Rc<Vec<Ranked>> = {
        let sorted = use_memo(
            (ranked.clone(), dataset.clone(), state.table.sort, names),
            |(ranked, dataset, sort, names)| match (dataset, &**names) {
                (Some(d), Some(names)) if *sort != Sort::default() => {
                    let mut rows = (**ranked).clone();
                    // The names' keys of this dataset and language, not folded again per move.
                    sort_rows(&mut rows, d, *sort, names);
                    Some(Rc::new(rows))
                }
                _ => None,
            },
        );
        (*sorted).clone().unwrap_or_else(|| ranked.clone())
    };
    let settled_effective: Rc<Vec<f64>> = use_memo(
        (dataset.clone(), state.kind, w.settled.clone()),
        |(dataset, kind, weights)| {
            dataset
                .as_ref()
                .map(|d| effective_weights(d, *kind, &weights.to_real()))
                .unwrap_or_default()
        },
    );
    let overview = use_overview(
        dataset,
        state.kind,
        w.settled.clone(),
        state.options.clone(),
    );
    Results {
        ranked,
        rows,
        effective,
        settled_effective,
        overview,
    }
}

/// How long one slice of the sensitivity analysis may run before it yields to the browser (at a
/// laptop's speed; a slice is at least one step, a few milliseconds on a thousand providers).
const SLICE_MS: f64 = 6.0;

/// The sensitivity analysis at the settled weights, run after the frame is painted and in slices
/// of about [`SLICE_MS`], one task each, so that releasing a slider never blocks input for long
/// (on a thousand providers and forty duties the whole analysis takes 60 ms and more). Until it
/// completes, the last complete analysis stays on show. A newer change (or the widget going)
/// cancels the slices still pending: each checks the generation it was started for.
#[hook]
fn use_overview(
    dataset: Option<SharedDataset>,
    kind: usize,
    settled: Weights,
    options: Options,
) -> Rc<Overview> {
    let shown = use_state_eq(|| Rc::new(Overview::default()));
    let generation = use_mut_ref(|| 0_u32);
    {
        let shown = shown.clone();
        use_effect_with(
            (dataset, kind, settled, options),
            move |(dataset, kind, settled, options)| {
                let mine = *generation.borrow();
                match dataset.clone() {
                    Some(d) => {
                        let job = Slices {
                            d,
                            kind: *kind,
                            settled: settled.clone(),
                            options: options.clone(),
                            generation: generation.clone(),
                            mine,
                            shown,
                        };
                        crate::ui::browser::after_paint(move || job.run(None));
                    }
                    None => shown.set(Rc::new(Overview::default())),
                }
                move || {
                    let mut g = generation.borrow_mut();
                    *g = g.wrapping_add(1);
                }
            },
        );
    }
    (*shown).clone()
}

/// One run of the sensitivity analysis, spread over tasks (see [`use_overview`]).
struct Slices {
    d: SharedDataset,
    kind: usize,
    settled: Weights,
    options: Options,
    generation: Rc<RefCell<u32>>,
    /// The generation this run belongs to; a newer one means it is stale.
    mine: u32,
    shown: UseStateHandle<Rc<Overview>>,
}

impl Slices {
    fn run(self, steps: Option<OverviewSteps>) {
        if *self.generation.borrow() != self.mine {
            return;
        }
        let start = crate::ui::browser::now_ms();
        let mut steps = steps.unwrap_or_else(|| {
            OverviewSteps::new(&self.d, self.kind, &self.settled, &self.options)
        });
        while crate::ui::browser::now_ms() - start < SLICE_MS {
            if !steps.step(&self.d) {
                self.shown.set(Rc::new(steps.finish()));
                // A User Timing mark per completed analysis (none for one a newer change
                // dropped), for tests and performance tools.
                if let Some(p) = gloo_utils::window().performance() {
                    let _ = p.mark("pc:sensitivity");
                }
                return;
            }
        }
        Timeout::new(0, move || self.run(Some(steps))).forget();
    }
}

/// `value`, except while `hold` is true: then the value it had when `hold` became true. For the
/// parts of the page that need not follow every step of a slider drag (the share bar, whose link
/// and exports are for the view as released): their props stay equal while the reader drags, so
/// Yew skips them.
#[hook]
pub(crate) fn use_held<T: Clone + 'static>(hold: bool, value: T) -> T {
    let kept = use_mut_ref(|| value.clone());
    if !hold {
        *kept.borrow_mut() = value;
    }
    let held = kept.borrow().clone();
    held
}
