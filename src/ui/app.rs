//! The widget: loads the dataset, owns the one reducer, and lays out the parts.
//!
//! Invariant: whatever the dataset URL returns, the widget shows something useful — a loading
//! state, a located error message with a retry where retrying can help, or the comparison.

use std::rc::Rc;

use gloo_net::http::Request;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::{
    Announcer, Ids, KindPicker, LoadErrorView, LoadingView, MethodNote, PairComparison,
    ProviderDetail, RankingTable, WeightPanel,
};
use crate::dataset::SharedDataset;
use crate::ranking::{rank, sort_rows, Ranked};
use crate::scoring::score_type;
use crate::sensitivity::{overview, Overview};
use crate::state::{Action, AppState, Load, LoadError};
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
    let state = use_reducer(|| AppState::new(props.lang));
    let ids = use_memo((), |_| Ids::fresh());

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
                                {lang}
                                dispatch={dispatch.clone()}
                            />
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
                        </div>
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
                    </div>
                    <MethodNote dataset={dataset.clone()} {lang} />
                </>
            }
        }
    };

    html! {
        <ContextProvider<Ids> context={(*ids).clone()}>
            <section class="pc-widget" lang={lang.code()} aria-labelledby={ids.id("title")}>
                { super::widget_header(&ids, state.dataset(), lang, &dispatch) }
                { body }
                <Announcer announcement={state.announcement.clone()} dataset={state.dataset().cloned()} {lang} />
            </section>
        </ContextProvider<Ids>>
    }
}
