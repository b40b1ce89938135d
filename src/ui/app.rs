//! The widget, as the page's outline: the header, the notices, and — once the dataset is there —
//! the type picker, the results (ranking, details, comparisons, sharing) beside the weights, and
//! the notes below. Loading, the address bar, window events and derived results are hooks
//! ([`super::hooks`]); language, dataset and dispatch reach the components by context
//! ([`super::context`]). The panels a first visit does not open are rendered through
//! [`super::extras`], whose code a release build loads on demand.
//!
//! Keyboard and reading order: the results come first in the document (on a phone they are the
//! answer people came for), while wide screens show the weighting on their left; two skip links at
//! the top of the widget ("Zur Gewichtung", "Zur Rangliste"), visible when focused, jump between
//! the two.
//!
//! Invariant: whatever the dataset URL returns, the widget shows something useful — a loading
//! state, a located error message with a retry where retrying can help, or the comparison. The
//! loading state waits a moment first ([`super::hooks::use_quiet_start`]): the dataset is
//! usually there a few tasks after the widget starts, and then the ranking is the first thing
//! drawn, without a loading view drawn (and laid out) only to be replaced. Only a
//! widget that owns its page (`owns_page`) changes anything outside its element: the page's title
//! and language.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::SharedDataset;
use crate::i18n;
use crate::ranking::{unsettled_first, Ranked};
use crate::share::{encode, LinkIssue, SharedView, DEFAULT_KEY};
use crate::state::{rows_shown, Action, AppState, Evidence, Load, Panel};
use crate::text::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::browser;
use crate::ui::classroom::{
    classroom_bar, panel_button, DutiesViewProps, GroupView, RolePickerProps, RoleTaskProps,
};
use crate::ui::compare::{PairComparison, SideBySideProps};
use crate::ui::context::{Dispatch, Ids, Widget};
use crate::ui::extras::{lazy_panel, use_extras, ExtrasLoad};
use crate::ui::header::widget_header;
use crate::ui::hooks::{
    use_dataset_loader, use_evidence_loader, use_held, use_print_requests, use_quiet_start,
    use_results, use_staged_render, use_url_state, use_window_events, Results, Stage,
};
use crate::ui::kind_picker::KindPicker;
use crate::ui::link_notice::LinkNotice;
use crate::ui::load_error_view::LoadErrorView;
use crate::ui::loading_view::loading_view;
use crate::ui::results::{MethodNote, ProviderDetailProps, RankingTable};
use crate::ui::scope_picker::ScopePicker;
use crate::ui::share::{EmbedSettings, PrintSummary, ShareBar, WorksheetView};
use crate::ui::weights::WeightPanel;
use crate::weighting::{Method, Weights};

/// Where the dataset is fetched from unless the page says otherwise (relative to the page): the
/// core of the shipped dataset, whose evidence follows type by type when first needed (the
/// type's part in `evidence/`, or the complete file `providers.json` for a core without parts).
pub const DEFAULT_DATASET_URL: &str = "data/providers.core.json";

/// The controls whose hover or focus says a reader is about to want the evidence (see `intent`).
const EVIDENCE_INTENT: &str = ".pc-name, .pc-pick, .pc-share-actions, [data-pc-panel]";

/// The controls whose hover or focus says a reader is about to open a panel loaded on demand:
/// those of the evidence, the weighting methods, and the class evaluation's disclosure.
const EXTRAS_INTENT: &str =
    ".pc-name, .pc-pick, .pc-share-actions, [data-pc-panel], .pc-methods, .pc-classview";

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
    /// The page is the widget's own (its `index.html`): its title and `<html lang>` follow the
    /// reader's language. Never for a widget mounted into a host page.
    #[prop_or_default]
    pub owns_page: bool,
    /// What the loader showed in the widget's place until the widget started (its note on a host
    /// page), kept on show during the quiet start (see [`use_quiet_start`]).
    #[prop_or_default]
    pub boot_note: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Actions that change nothing do not re-render.
    let state = use_reducer_eq(|| {
        AppState::starting_with(
            props.lang,
            props.start.as_deref().cloned(),
            (*props.issues).clone(),
        )
    });
    let ids = use_memo((), |_| Ids::fresh());
    let dispatch = use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| Dispatch::new(dispatcher)
    });
    let dispatch = (*dispatch).clone();
    let lang = state.lang;

    use_dataset_loader(props.dataset_url.clone(), state.attempt, dispatch.clone());
    use_evidence_loader(
        props.dataset_url.clone(),
        state.evidence_requests(),
        dispatch.clone(),
    );
    use_print_requests(state.print_requests);
    let stage = use_staged_render(matches!(state.load, Load::Ready(_)));
    let link = state.shared_view().map(|v| encode(&v)).unwrap_or_default();
    let written = use_url_state(
        props.url_state,
        props.share_key.clone(),
        link.clone(),
        state.weighting.dragging(),
    );
    use_window_events(props.share_key.clone(), written, dispatch.clone());
    let results = use_results(&state);
    // The panels a first visit does not open come in a file of their own (release builds): asked
    // for when one is wanted, or earlier, on the reader's intent (below).
    let lazy = use_extras();
    let wants_extras = state.table.selected.is_some()
        || !state.comparison.side_by_side.is_empty()
        || matches!(state.panel, Some(Panel::Duties | Panel::Roles))
        || state.role.is_some()
        || matches!(state.weighting.method, Method::Ranking | Method::Pairwise);
    {
        let start = lazy.start.clone();
        use_effect_with(wants_extras, move |&wanted| {
            if wanted {
                start.emit(());
            }
        });
    }
    let shared: Shared = use_held(
        state.weighting.dragging(),
        (
            results.ranked.clone(),
            state.weighting.weights.clone(),
            results.effective.clone(),
            AttrValue::from(link.clone()),
        ),
    );
    // The whole widget (or an error) is on screen: an iframe's parent may size the frame now.
    // Not at the first ranking: the staged render is shorter than the widget until it is done.
    let drawn = match state.load {
        Load::Loading => false,
        Load::Failed(_) => true,
        Load::Ready(_) => stage == Stage::Everything,
    };
    let section = use_node_ref();
    {
        let section = section.clone();
        let owns_page = props.owns_page;
        use_effect_with(drawn, move |&drawn| {
            if drawn {
                // Tells the loader (which frees the marker's reserved height) across the shadow
                // root; on the widget's own page inside an iframe, the parent learns the height.
                browser::announce_drawn(&section);
                if owns_page {
                    crate::ui::report_ready();
                }
            }
        });
    }
    use_effect_with((props.owns_page, lang), |&(owns, lang)| {
        if owns {
            let s = i18n::strings(lang);
            browser::set_page_language(lang.code(), s.page_title, s.widget_label);
        }
    });

    // The first load's first moments: nothing of the widget's own yet (see `use_quiet_start`).
    let loading = matches!(state.load, Load::Loading);
    let quiet = use_quiet_start(loading);
    if quiet && loading && state.attempt == 0 {
        return match &props.boot_note {
            Some(text) => html! { <div class="pc-boot" lang={lang.code()}>{ text.clone() }</div> },
            None => html! {},
        };
    }

    let widget = Widget {
        lang,
        dispatch: dispatch.clone(),
        ids: (*ids).clone(),
        lazy: lazy.clone(),
    };
    let body = match &state.load {
        Load::Loading => loading_view(lang),
        Load::Failed(error) => html! {
            <LoadErrorView error={error.clone()} url={props.dataset_url.clone()} />
        },
        Load::Ready(dataset) => html! {
            <ContextProvider<SharedDataset> context={dataset.clone()}>
                { comparison(&state, &results, stage, props, shared, &widget) }
            </ContextProvider<SharedDataset>>
        },
    };

    // The reader shows intent towards the evidence (a pointer over or focus on a provider's name,
    // a comparison pick, the sharing and printing controls or the classroom panels): fetch the
    // evidence of the type on show now (its part, or the complete file), so that a detail or
    // printing has it at once; and towards a panel loaded on demand (the same controls, the
    // weighting methods, the class evaluation): fetch its code. Not before, and not for a pointer
    // merely crossing the widget: a part of the shipped market is 112–144 KB gzip (the complete
    // file 444 KB) and takes a task of 20–40 ms to read, and the panels are about 57 KB gzip,
    // which a host page's visitor who never opens a detail must not pay.
    let intent = (state.evidence == Evidence::Idle || lazy.load == ExtrasLoad::Idle).then(|| {
        let dispatch = dispatch.clone();
        let load_extras = lazy.start.clone();
        Callback::from(move |e: web_sys::Event| {
            let Some(el) = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            else {
                return;
            };
            let within = |selector: &str| el.closest(selector).ok().flatten().is_some();
            if within(EVIDENCE_INTENT) {
                dispatch.dispatch(Action::WantEvidence);
            }
            if within(EXTRAS_INTENT) {
                load_extras.emit(());
            }
        })
    });
    let evidence_hook = match &state.evidence {
        Evidence::Complete => "complete",
        Evidence::Idle => "idle",
        Evidence::Loading => "loading",
        Evidence::Failed(_) => "failed",
    };
    let classroom = state
        .dataset()
        .map(|_| classroom_bar(&ids, lang, &dispatch, state.projector, state.panel))
        .unwrap_or_default();
    html! {
        <ContextProvider<Widget> context={widget}>
            <section
                ref={section}
                class={classes!(
                    "pc-widget",
                    props.compact.then_some("pc-compact"),
                    (state.printing && state.sheet.is_some()).then_some("pc-sheet-printing"),
                    state.projector.then_some("pc-projector"),
                )}
                lang={lang.code()}
                dir="ltr"
                aria-labelledby={ids.id("title")}
                data-pc-evidence={evidence_hook}
                onpointerover={intent.clone().map(|c| c.reform(|e: PointerEvent| e.into()))}
                onfocusin={intent.map(|c| c.reform(|e: FocusEvent| e.into()))}
            >
                if state.dataset().is_some() {
                    { skip_links(&ids, lang) }
                }
                { widget_header(&ids, state.dataset(), lang, classroom) }
                <LinkNotice issues={state.link_issues.clone()} />
                { body }
                <Announcer announcement={state.announcement.clone()} dataset={state.dataset().cloned()} />
            </section>
        </ContextProvider<Widget>>
    }
}

/// The ids a jump to the ranking focuses: its heading, else the results column.
pub(crate) fn ranking_targets(ids: &Ids) -> [String; 2] {
    [ids.id("ranking-title"), ids.id("results")]
}

/// A link that moves the focus to the first of `targets` (and scrolls it into view) without
/// writing into the address bar's fragment.
pub(crate) fn jump_link(targets: &[String], label: &'static str, class: &'static str) -> Html {
    let href = targets.first().map(|t| format!("#{t}")).unwrap_or_default();
    let targets = targets.to_vec();
    let onclick = move |e: MouseEvent| {
        e.prevent_default();
        browser::focus_first(&targets);
    };
    html! { <a {class} {href} {onclick}>{ label }</a> }
}

/// "Zur Gewichtung" and "Zur Rangliste": the first tab stops of the widget, shown when focused.
fn skip_links(ids: &Ids, lang: Lang) -> Html {
    let s = i18n::strings(lang);
    html! {
        <div class="pc-skip">
            { jump_link(&[ids.id("weights-title")], s.skip_to_weights, "pc-skip-link") }
            { jump_link(&ranking_targets(ids), s.skip_to_ranking, "pc-skip-link") }
        </div>
    }
}

/// What the share bar shows and exports: the ranking, the weights, their effective shares and the
/// share link, held while a slider is dragged (see [`use_held`]).
type Shared = (Rc<Vec<Ranked>>, Weights, Rc<Vec<f64>>, AttrValue);

/// The loaded widget: type picker; the results beside the weights; the notes below.
fn comparison(
    state: &AppState,
    results: &Results,
    stage: Stage,
    props: &AppProps,
    shared: Shared,
    widget: &Widget,
) -> Html {
    let Widget {
        ids,
        dispatch,
        lazy,
        ..
    } = widget;
    let kind = state.kind;
    let lang = state.lang;
    let has_roles = state.dataset().is_some_and(|d| !d.roles.is_empty());
    let w = &state.weighting;
    let Results {
        ranked,
        rows,
        effective,
        settled_effective,
        overview,
    } = results.clone();
    let ranked_for_sheet = ranked.clone();
    // First place as it stands (also while a slider moves), for the summary beside the weights.
    let leaders: Vec<usize> = ranked
        .iter()
        .take_while(|r| r.rank == Some(1))
        .map(|r| r.score.provider)
        .collect();
    let top_total = ranked
        .first()
        .filter(|r| r.rank == Some(1))
        .and_then(|r| r.score.total());
    let selected = state.table.selected.and_then(|p| {
        rows.iter()
            .find(|r| r.score.provider == p)
            .map(|r| (p, r.score.clone()))
    });
    let settings = EmbedSettings {
        share_key: props.share_key.clone(),
        base: props.base.clone(),
        dataset_url: props.dataset_url.clone(),
        compact: props.compact,
    };
    let weights = html! {
        <WeightPanel
            weighting={w.clone()}
            options={state.options.clone()}
            effective={effective.clone()}
            overview={overview.clone()}
            {kind}
            changed={state.weights_changed()}
            {leaders}
            {top_total}
        />
    };
    html! {
        <>
            // The duties explained, opened from the header.
            if stage >= Stage::Everything {
                if state.panel == Some(Panel::Duties) {
                    { lazy_panel(lang, lazy, |x| (x.duties)(DutiesViewProps { kind, evidence: state.explanations() })) }
                }
            }
            <KindPicker {kind} scope={state.options.scope.clone()} />
            <ScopePicker {kind} scope={state.options.scope.clone()} />
            // The ranking comes first: on a phone it is the answer people came for, and the
            // weights follow right below it. Wide screens show the weights beside it.
            <div class="pc-main">
                <div class="pc-results" id={ids.id("results")}>
                    <RankingTable
                        rows={rows.clone()}
                        {kind}
                        table={state.table.clone()}
                        all_weights_zero={state.all_weights_zero()}
                        filtered={!state.options.scope.is_all()}
                        minimums={state.options.minimums.clone()}
                        stability={overview.stability.clone()}
                        unknowns={state.options.unknowns}
                        unsettled={unsettled_first(&ranked)}
                        compare={state.comparison.side_by_side.clone()}
                        printing={state.printing}
                    />
                    if stage >= Stage::Results {
                        if let Some((provider, score)) = selected {
                            { lazy_panel(lang, lazy, |x| (x.detail)(ProviderDetailProps {
                                provider,
                                score,
                                weights: w.weights.criteria.clone(),
                                effective: effective.clone(),
                                minimums: state.options.minimums.clone(),
                                unknowns: state.options.unknowns,
                                evidence: state.evidence.clone(),
                            })) }
                        }
                        if !state.comparison.side_by_side.is_empty() {
                            { lazy_panel(lang, lazy, |x| (x.side_by_side)(SideBySideProps {
                                kind,
                                compare: state.comparison.side_by_side.clone(),
                                rows: rows.clone(),
                                effective: effective.clone(),
                                evidence: state.evidence.clone(),
                            })) }
                        }
                        // At the settled weights, like its verdict: it follows a released slider,
                        // not each step of a drag.
                        <PairComparison
                            {kind}
                            pair={state.comparison.pair}
                            settled={w.settled.clone()}
                            options={state.options.clone()}
                            effective={settled_effective}
                        />
                    }
                    if stage >= Stage::Sharing {
                        <ShareBar
                            {kind}
                            ranked={shared.0}
                            weights={shared.1}
                            effective={shared.2}
                            options={state.options.clone()}
                            link={shared.3}
                            {settings}
                        />
                    }
                    if stage >= Stage::Everything {
                        <GroupView />
                    }
                </div>
                if stage >= Stage::Weights {
                    if has_roles || state.role.is_some() || state.projector {
                        // The roles for class and a role's task stand above the weights they ask
                        // for; the projector view says where the duties' own sliders went.
                        <div class="pc-weights-col">
                            if has_roles {
                                <div class="pc-roles-open">
                                    { panel_button(ids, dispatch, state.panel, Panel::Roles, i18n::teaching::teaching(lang).roles_heading) }
                                </div>
                                if state.panel == Some(Panel::Roles) {
                                    { lazy_panel(lang, lazy, |x| (x.role_picker)(RolePickerProps { chosen: state.role })) }
                                }
                            }
                            if let Some(role) = state.role {
                                { lazy_panel(lang, lazy, |x| (x.role_task)(RoleTaskProps { role })) }
                            }
                            { weights }
                            if state.projector {
                                // What the percentages' tooltip says, as text (no information only on hover).
                                <p class="pc-folded-note">
                                    { i18n::teaching::teaching(lang).effective_weight_note }
                                    { " " }
                                    { i18n::teaching::teaching(lang).duties_folded }
                                </p>
                            }
                        </div>
                    } else {
                        { weights }
                    }
                } else {
                    // An empty slot in the weights column, so the results keep their place.
                    <div class="pc-weights-slot" aria-hidden="true"></div>
                }
            </div>
            if stage >= Stage::Everything {
                <MethodNote />
                // Never on screen: rendered only while printing.
                if state.printing {
                    <PrintSummary
                        {kind}
                        evidence={state.evidence.clone()}
                        weights={w.weights.clone()}
                        {effective}
                        {rows}
                        shown={rows_shown(results.rows.len(), state.table.show_all)}
                        printing={state.printing}
                    />
                }
            }
            // A classroom sheet, while it is printed (the print styles hide everything else).
            if let (Some(sheet), true) = (state.sheet, state.printing) {
                <WorksheetView {kind} ranked={ranked_for_sheet} {sheet} scope={state.options.scope.clone()} />
            }
        </>
    }
}
