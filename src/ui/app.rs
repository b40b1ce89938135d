//! The widget: loads the dataset, owns the one reducer, and lays out the parts.
//!
//! Invariant: whatever the dataset URL returns, the widget shows something useful — a loading
//! state, a located error message with a retry where retrying can help, or the comparison.

use std::rc::Rc;

use gloo_net::http::Request;
use yew::platform::spawn_local;
use yew::prelude::*;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{current_fragment, replace_fragment};
use super::{
    Announcer, Ids, KindPicker, LinkNotice, LoadErrorView, LoadingView, MethodNote, PairComparison,
    PrintSummary, ProviderDetail, RankingTable, ShareBar, SideBySide, WeightPanel,
};
use crate::dataset::SharedDataset;
use crate::ranking::{rank, sort_rows, Ranked};
use crate::scoring::score_type;
use crate::sensitivity::{overview, Overview};
use crate::share::{decode, encode, fragment_get, LinkIssue, SharedView, DEFAULT_KEY};
use crate::state::{rows_shown, Action, AppState, Load, LoadError};
use crate::text::Lang;
use crate::validate::parse_dataset;
use crate::weighting::effective_weights;

/// Where the dataset is fetched from unless the page says otherwise (relative to the page).
pub const DEFAULT_DATASET_URL: &str = "data/providers.json";

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The dataset to fetch: a URL relative to the page or absolute.
    #[prop_or(AttrValue::Static(DEFAULT_DATASET_URL))]
    pub dataset_url: AttrValue,
    /// The language to start in.
    #[prop_or_default]
    pub lang: Lang,
    /// The view to start with (from a share link or the page's settings).
    #[prop_or_default]
    pub start: Option<Rc<SharedView>>,
    /// What in the link or the page's settings could not be used.
    #[prop_or_default]
    pub issues: Rc<Vec<LinkIssue>>,
    #[prop_or_default]
    pub compact: bool,
    /// Keep the address bar's fragment in step with the view.
    #[prop_or_default]
    pub url_state: bool,
    /// This widget's key in the fragment.
    #[prop_or(AttrValue::Static(DEFAULT_KEY))]
    pub share_key: AttrValue,
    /// Where the widget's files are (ends with `/`; empty: relative to the page).
    #[prop_or_default]
    pub base: AttrValue,
}

/// Fetches and validates a dataset. Never panics: every failure becomes a [`LoadError`].
pub async fn fetch_dataset(url: &str) -> Result<SharedDataset, LoadError> {
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

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        AppState::starting_with(
            props.lang,
            props.start.as_deref().cloned(),
            (*props.issues).clone(),
        )
    });
    let ids = use_memo((), |_| Ids::fresh());

    // The ranking is drawn first, then the rest of the results column, then the weights, each in a
    // task of its own: on a slow phone one long task would otherwise block input for the whole
    // first render. Each stage only adds below what is there (or in the weights column, whose
    // width is fixed), so nothing on screen moves.
    let stage = use_state(|| 0u8);
    {
        let stage = stage.clone();
        let ready = matches!(state.load, Load::Ready(_));
        use_effect_with((ready, *stage), move |(ready, current)| {
            if *ready && *current < 2 {
                let next = current + 1;
                spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::ZERO).await;
                    stage.set(next);
                });
            }
        });
    }
    let results_shown = *stage >= 1;
    let weights_shown = *stage >= 2;

    // The view as a share link. While a slider is dragged the address is left alone (browsers
    // throttle pages that rewrite it on every step); it follows when the slider is released.
    let link = state.shared_view().map(|v| encode(&v)).unwrap_or_default();
    let dragging = state.weights != state.settled;
    let written = use_mut_ref(String::new);
    let first = use_mut_ref(|| None::<String>);
    {
        let written = written.clone();
        let key = props.share_key.clone();
        let url_state = props.url_state;
        use_effect_with((link.clone(), dragging), move |(link, dragging)| {
            if url_state && !*dragging && !link.is_empty() {
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
    // A link pasted into the address bar of an open page only changes the fragment: show it.
    // Print: render the print-only parts before the browser lays the page out for paper.
    {
        let dispatch = state.dispatcher();
        let key = props.share_key.clone();
        use_effect_with((), move |_| {
            let on_hash = {
                let dispatch = dispatch.clone();
                Closure::<dyn Fn()>::new(move || {
                    let fragment = current_fragment();
                    if let Some(value) = fragment_get(&fragment, &key) {
                        if *written.borrow() != value {
                            let (view, issues) = decode(value);
                            dispatch.dispatch(Action::Restore(Box::new(view), issues));
                        }
                    }
                })
            };
            let before_print = {
                let dispatch = dispatch.clone();
                Closure::<dyn Fn()>::new(move || dispatch.dispatch(Action::SetPrinting(true)))
            };
            let after_print =
                Closure::<dyn Fn()>::new(move || dispatch.dispatch(Action::SetPrinting(false)));
            let window = web_sys::window();
            let listeners = [
                ("hashchange", on_hash),
                ("beforeprint", before_print),
                ("afterprint", after_print),
            ];
            if let Some(w) = &window {
                for (event, f) in &listeners {
                    let _ = w.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
                }
            }
            move || {
                if let Some(w) = &window {
                    for (event, f) in &listeners {
                        let _ = w
                            .remove_event_listener_with_callback(event, f.as_ref().unchecked_ref());
                    }
                }
            }
        });
    }

    {
        let dispatch = state.dispatcher();
        use_effect_with(
            (props.dataset_url.clone(), state.attempt),
            move |(url, _)| {
                let url = url.clone();
                spawn_local(async move {
                    dispatch.dispatch(Action::Loaded(fetch_dataset(&url).await));
                });
            },
        );
    }

    // Derived data, each recomputed only when what it depends on changes.
    let options = state.options();
    let rows: Rc<Vec<Ranked>> = use_memo(
        (
            state.dataset().cloned(),
            state.kind,
            state.weights.clone(),
            options.clone(),
            state.sort,
            state.lang,
        ),
        |(dataset, kind, weights, options, sort, lang)| match dataset {
            Some(d) => {
                let mut rows = rank(d, score_type(d, *kind, &weights.to_real(), options), *lang);
                sort_rows(&mut rows, d, *sort, *lang);
                rows
            }
            None => Vec::new(),
        },
    );
    let effective: Rc<Vec<f64>> = use_memo(
        (state.dataset().cloned(), state.kind, state.weights.clone()),
        |(dataset, kind, weights)| {
            dataset
                .as_ref()
                .map(|d| effective_weights(d, *kind, &weights.to_real()))
                .unwrap_or_default()
        },
    );
    // Sensitivity follows the settled weights: not recomputed on every step of a drag.
    let overview: Rc<Overview> = use_memo(
        (
            state.dataset().cloned(),
            state.kind,
            state.settled.clone(),
            options.clone(),
        ),
        |(dataset, kind, weights, options)| {
            dataset
                .as_ref()
                .map(|d| overview(d, *kind, weights, options))
                .unwrap_or_default()
        },
    );

    let dispatch = state.dispatcher();
    let lang = state.lang;
    let body = match &state.load {
        Load::Loading => html! { <LoadingView {lang} /> },
        Load::Failed(error) => html! {
            <LoadErrorView {lang} error={error.clone()} url={props.dataset_url.clone()} dispatch={dispatch.clone()} />
        },
        Load::Ready(dataset) => {
            let selected = state.selected.and_then(|p| {
                rows.iter()
                    .find(|r| r.score.provider == p)
                    .map(|r| (p, r.score.clone()))
            });
            html! {
                <>
                    <KindPicker dataset={dataset.clone()} kind={state.kind} {lang} dispatch={dispatch.clone()} />
                    // The ranking comes first: on a phone it is the answer people came for, and
                    // the weights follow right below it. Wide screens show the weights beside it.
                    <div class="pc-main">
                        <div class="pc-results">
                            <RankingTable
                                dataset={dataset.clone()}
                                rows={rows.clone()}
                                kind={state.kind}
                                sort={state.sort}
                                selected={state.selected}
                                all_weights_zero={state.all_weights_zero()}
                                show_all={state.show_all}
                                minimums={state.minimums.clone()}
                                stability={overview.stability.clone()}
                                compare={state.compare.clone()}
                                {lang}
                                dispatch={dispatch.clone()}
                            />
                            if results_shown {
                            if let Some((provider, score)) = selected {
                                <ProviderDetail
                                    dataset={dataset.clone()}
                                    {provider}
                                    {score}
                                    weights={state.weights.criteria.clone()}
                                    effective={effective.clone()}
                                    minimums={state.minimums.clone()}
                                    unknown_as_zero={state.unknown_as_zero}
                                    {lang}
                                    dispatch={dispatch.clone()}
                                />
                            }
                            <SideBySide
                                dataset={dataset.clone()}
                                kind={state.kind}
                                compare={state.compare.clone()}
                                rows={rows.clone()}
                                {lang}
                                dispatch={dispatch.clone()}
                            />
                            <PairComparison
                                dataset={dataset.clone()}
                                kind={state.kind}
                                pair={state.pair}
                                settled={state.settled.clone()}
                                options={options.clone()}
                                effective={effective.clone()}
                                {lang}
                                dispatch={dispatch.clone()}
                            />
                            <ShareBar
                                dataset={dataset.clone()}
                                kind={state.kind}
                                weights={state.weights.clone()}
                                effective={effective.clone()}
                                options={options.clone()}
                                link={AttrValue::from(link.clone())}
                                share_key={props.share_key.clone()}
                                base={props.base.clone()}
                                dataset_url={props.dataset_url.clone()}
                                compact={props.compact}
                                {lang}
                                dispatch={dispatch.clone()}
                            />
                            }
                        </div>
                        if weights_shown {
                        <WeightPanel
                            dataset={dataset.clone()}
                            weights={state.weights.clone()}
                            effective={effective.clone()}
                            overview={overview.clone()}
                            kind={state.kind}
                            method={state.method}
                            preset={state.preset}
                            order={state.order.clone()}
                            judgements={state.judgements.clone()}
                            unknown_as_zero={state.unknown_as_zero}
                            knockouts={state.knockouts.clone()}
                            minimums={state.minimums.clone()}
                            changed={state.weights_changed()}
                            {lang}
                            dispatch={dispatch.clone()}
                        />
                        } else {
                            // An empty slot in the weights column, so the results keep their place.
                            <div class="pc-weights-slot" aria-hidden="true"></div>
                        }
                    </div>
                    if weights_shown {
                    <MethodNote dataset={dataset.clone()} {lang} />
                    <PrintSummary
                        dataset={dataset.clone()}
                        kind={state.kind}
                        weights={state.weights.clone()}
                        effective={effective.clone()}
                        rows={rows.clone()}
                        shown={rows_shown(rows.len(), state.show_all)}
                        printing={state.printing}
                        {lang}
                    />
                    }
                </>
            }
        }
    };

    html! {
        <ContextProvider<Ids> context={(*ids).clone()}>
            <section
                class={classes!("pc-widget", props.compact.then_some("pc-compact"))}
                lang={lang.code()}
                aria-labelledby={ids.id("title")}
            >
                { super::widget_header(&ids, state.dataset(), lang, &dispatch) }
                <LinkNotice issues={state.link_issues.clone()} {lang} dispatch={dispatch.clone()} />
                { body }
                <Announcer announcement={state.announcement.clone()} dataset={state.dataset().cloned()} {lang} />
            </section>
        </ContextProvider<Ids>>
    }
}
