//! Browser tests: the whole widget mounted into a fresh element in headless Chromium, driven
//! through real DOM events, asserting on what a reader sees. Expected orders are computed with
//! the functional core, so these tests check that the UI shows what the scores say.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use provider_compare::dataset::Dataset;
use provider_compare::ranking::rank;
use provider_compare::scoring::{score_type, Options, Unknowns};
use provider_compare::text::Lang;
use provider_compare::ui::{App, AppProps};
use provider_compare::validate::parse_dataset;
use provider_compare::weighting::Weights;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

const SHIPPED: &str = include_str!("../data/providers.json");

fn shipped() -> Dataset {
    parse_dataset(SHIPPED).expect("the shipped dataset is valid")
}

fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        js_sys::encode_uri_component(json)
    )
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the widget into a new element at the end of the body.
fn mount(dataset_url: String, lang: Lang) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        yew::props!(AppProps {
            dataset_url: yew::AttrValue::from(dataset_url),
            lang,
        }),
    )
    .render();
    root
}

async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if let Some(el) = root.query_selector(selector).unwrap() {
            return el;
        }
        sleep(Duration::from_millis(25)).await;
    }
    panic!("{selector} did not appear in: {}", root.outer_html());
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.dyn_into::<Element>().unwrap())
        .collect()
}

/// The text as read: dataset text inside the widget's sentences sits between invisible isolates
/// (U+2068…U+2069), which the assertions leave out.
fn text(el: &Element) -> String {
    el.text_content()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in: {}", root.outer_html()))
}

async fn click(el: &Element) {
    el.clone().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// Moves a slider the way a pointer or keyboard does: new value, then a bubbling `input` event.
async fn set_slider(root: &Element, criterion: &str, value: u8) {
    let input: HtmlInputElement = one(root, &format!("[data-pc-weight='{criterion}']"))
        .dyn_into()
        .unwrap();
    input.set_value(&value.to_string());
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// Releases a slider: the `change` event that follows a drag or a key press.
async fn release_slider(root: &Element, criterion: &str) {
    let input = one(root, &format!("[data-pc-weight='{criterion}']"));
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn row_names(root: &Element) -> Vec<String> {
    all(root, ".pc-table tbody .pc-name")
        .iter()
        .map(text)
        .collect()
}

fn row_ranks(root: &Element) -> Vec<String> {
    all(root, ".pc-table tbody td.pc-col-rank")
        .iter()
        .map(text)
        .collect()
}

/// The order the core says the table must show (knock-outs on, no minimums).
fn expected_order(d: &Dataset, kind: &str, weights: &Weights, unknowns: Unknowns) -> Vec<String> {
    let t = d.types.iter().position(|t| t.id == kind).unwrap();
    let options = Options {
        unknowns,
        ..Options::default()
    };
    let rows = rank(d, score_type(d, t, &weights.to_real(), &options), Lang::De);
    rows.iter()
        .map(|r| d.providers[r.score.provider].name.get(Lang::De).to_owned())
        .collect()
}

async fn choose_kind(root: &Element, kind: &str) {
    click(&one(root, &format!("input[type=radio][value='{kind}']"))).await;
}

/// The quiet start: a dataset that is there at once is the widget's first render, without a
/// loading view drawn only to be replaced. (The loading view of a slow dataset, after the quiet
/// start, is checked end to end in tests/e2e/a11y.test.mjs, where the request can be held.)
#[wasm_bindgen_test]
async fn a_dataset_there_at_once_is_drawn_without_a_loading_view_first() {
    let root = mount(data_url(SHIPPED), Lang::De);
    yew::scheduler::flush().await;
    assert!(root.query_selector(".pc-loading").unwrap().is_none());
    wait_for(&root, ".pc-weights").await;
    assert!(root.query_selector(".pc-loading").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_table_lists_the_providers_of_each_type_in_score_order() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    let w = Weights::defaults(&d);
    assert_eq!(
        row_names(&root),
        expected_order(&d, "isp", &w, Unknowns::LeaveOut)
    );
    let count_of = |kind: &str| {
        d.providers
            .iter()
            .filter(|p| d.types[p.kind].id == kind)
            .count()
    };
    assert_eq!(row_names(&root).len(), count_of("isp"));
    for kind in ["hosting", "cloud", "email", "isp"] {
        let count = count_of(kind);
        choose_kind(&root, kind).await;
        let names = row_names(&root);
        assert_eq!(names.len(), count, "{kind}");
        assert_eq!(
            names,
            expected_order(&d, kind, &w, Unknowns::LeaveOut),
            "{kind}"
        );
    }
    // The heading names the type; the Stand date is shown.
    assert!(text(&one(&root, ".pc-ranking h3")).contains("Internetzugang"));
    assert!(text(&one(&root, ".pc-header"))
        .contains(&provider_compare::i18n::checked_on(Lang::De, &d.checked)));
}

#[wasm_bindgen_test]
async fn moving_sliders_changes_the_order_as_the_scores_say() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    let before = row_names(&root);
    // Weight only security: A1 (4) leads Telekom (3) and Vodafone (2).
    let mut w = Weights::defaults(&d);
    w.criteria = vec![0; d.criteria.len()];
    for c in &d.criteria {
        let v = if c.id == "security" { 10 } else { 0 };
        set_slider(&root, &c.id, v).await;
    }
    let security = d.criteria.iter().position(|c| c.id == "security").unwrap();
    w.criteria[security] = 10;
    let after = row_names(&root);
    assert_eq!(after, expected_order(&d, "isp", &w, Unknowns::LeaveOut));
    assert_eq!(after[0], "A1");
    assert_ne!(before, after, "the order must change");
    // The slider tells its value in words, to the eye and to assistive technology.
    let slider = one(&root, "[data-pc-weight='security']");
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("10 von 10, entscheidend; Anteil an der Gesamtwertung 100 %")
    );
    // Reset brings the defaults and the original order back.
    click(&one(&root, ".pc-options .pc-button")).await;
    assert_eq!(row_names(&root), before);
}

#[wasm_bindgen_test]
async fn a_new_first_place_is_announced_politely_once_the_slider_is_released() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    let live = one(&root, ".pc-announcer");
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(text(&live), "");
    // Drag: many input events, no announcement while the order changes under the pointer.
    for c in d.criteria.iter().filter(|c| c.id != "security") {
        set_slider(&root, &c.id, 0).await;
    }
    set_slider(&root, "security", 10).await;
    assert_eq!(row_names(&root)[0], "A1");
    assert_eq!(text(&live), "");
    release_slider(&root, "security").await;
    assert_eq!(text(&live), "Neu an der Spitze: A1.");
    // Another release without a new leader says nothing new.
    set_slider(&root, "security", 9).await;
    release_slider(&root, "security").await;
    assert_eq!(text(&live), "Neu an der Spitze: A1.");
}

#[wasm_bindgen_test]
async fn all_weights_zero_shows_a_message_instead_of_a_ranking() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    for c in &d.criteria {
        set_slider(&root, &c.id, 0).await;
    }
    let notice = one(&root, ".pc-ranking .pc-notice");
    assert!(text(&notice).contains("Alle Gewichte stehen auf 0"));
    assert!(row_ranks(&root).iter().all(|r| r == "–"));
}

#[wasm_bindgen_test]
async fn how_unknowns_count_is_a_radio_group_that_changes_totals_of_providers_with_gaps() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    choose_kind(&root, "hosting").await;
    let totals = |root: &Element| -> Vec<String> {
        all(root, ".pc-table tbody tr")
            .iter()
            .map(|tr| tr.get_attribute("data-pc-total").unwrap_or_default())
            .collect()
    };
    // A fieldset with a legend and three radios, the default checked.
    let legend = text(&one(&root, ".pc-unknowns legend"));
    assert_eq!(legend, "Unbekannte Werte");
    let radio = |code: &str| -> HtmlInputElement {
        one(
            &root,
            &format!("input[type=radio][data-pc-unknowns='{code}']"),
        )
        .dyn_into()
        .unwrap()
    };
    assert!(radio("leave-out").checked());
    // Rows whose total unknowns can move show their range, in words for screen readers too.
    let ranged = all(&root, ".pc-table tbody tr[data-pc-worst]");
    for tr in &ranged {
        assert!(text(&one(tr, ".pc-range")).contains('–'));
        assert!(text(tr).contains("je nach fehlenden Werten"));
    }
    let before = totals(&root);
    for (code, unknowns) in [("worst", Unknowns::Worst), ("best", Unknowns::Best)] {
        click(&radio(code)).await;
        assert!(radio(code).checked());
        if !ranged.is_empty() {
            assert_ne!(before, totals(&root), "{code}");
        }
        assert_eq!(
            row_names(&root),
            expected_order(&d, "hosting", &Weights::defaults(&d), unknowns)
        );
    }
}

#[wasm_bindgen_test]
async fn sorting_by_a_column_says_so_and_is_announced() {
    let root = mount(data_url(SHIPPED), Lang::En);
    wait_for(&root, ".pc-weights").await;
    let header = |label: &str| {
        all(&root, ".pc-table thead th")
            .into_iter()
            .find(|th| text(th).contains(label))
            .unwrap()
    };
    assert_eq!(
        header("Rank").get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    click(&one(&header("Provider"), "button")).await;
    assert_eq!(
        header("Provider").get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    assert_eq!(header("Rank").get_attribute("aria-sort"), None);
    let mut names = row_names(&root);
    let sorted = {
        let mut s = names.clone();
        s.sort();
        s
    };
    assert_eq!(names, sorted);
    click(&one(&header("Provider"), "button")).await;
    assert_eq!(
        header("Provider").get_attribute("aria-sort").as_deref(),
        Some("descending")
    );
    names.reverse();
    assert_eq!(row_names(&root), names);
    let live = one(&root, ".pc-announcer");
    assert_eq!(text(&live), "Sorted by Provider, descending.");
}

#[wasm_bindgen_test]
async fn the_detail_shows_every_duty_with_dated_sources_as_safe_links() {
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    let a1 = all(&root, ".pc-name")
        .into_iter()
        .find(|b| text(b) == "A1")
        .unwrap();
    click(&a1).await;
    let detail = wait_for(&root, ".pc-detail").await;
    assert_eq!(a1.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(text(&one(&detail, "h3")).contains("A1"));
    // 12 duties apply to an ISP (not data backup): each is listed with a score or "unbekannt".
    assert_eq!(all(&detail, ".pc-criterion").len(), 12);
    let d = shipped();
    let a1_unknown = d
        .providers
        .iter()
        .find(|p| p.id == "a1")
        .unwrap()
        .ratings
        .iter()
        .filter(|r| matches!(r, provider_compare::dataset::Rating::Unknown { .. }))
        .count();
    assert!(a1_unknown > 0);
    assert_eq!(all(&detail, ".pc-badge--unknown").len(), a1_unknown);
    assert!(text(&detail).contains("Gilt nicht für diese Anbieterart: Datensicherung"));
    let links = all(&detail, ".pc-sources a");
    assert!(links.len() >= 20, "{} links", links.len());
    for a in &links {
        let href = a.get_attribute("href").unwrap();
        assert!(
            href.starts_with("https://") || href.starts_with("http://"),
            "{href}"
        );
        assert_eq!(
            a.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
        assert_eq!(a.get_attribute("target").as_deref(), Some("_blank"));
    }
    assert!(text(&detail).contains("Die Presse: Die Stunden, da das Festnetz tot war"));
    assert!(text(&detail).contains("Okt. 2019"));
    // Escape closes it and gives focus back to the row.
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key("Escape");
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    detail.dispatch_event(&esc).unwrap();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".pc-detail").unwrap().is_none());
    let active = document().active_element().map(|e| text(&e));
    assert_eq!(active.as_deref(), Some("A1"));
}

#[wasm_bindgen_test]
async fn switching_to_english_translates_the_widget_and_the_data() {
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    click(&one(&root, ".pc-lang-button[lang=en]")).await;
    assert_eq!(
        one(&root, ".pc-widget").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        text(&one(&root, ".pc-ranking h3")),
        "Ranking: Internet access (ISP)"
    );
    assert!(text(&one(&root, ".pc-weights")).contains("Data protection (GDPR)"));
    assert!(
        text(&one(&root, ".pc-header")).contains(&provider_compare::i18n::checked_on(
            Lang::En,
            &shipped().checked
        ))
    );
    assert_eq!(
        one(&root, ".pc-lang-button[lang=en]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn an_invalid_dataset_shows_what_is_wrong_and_where() {
    let broken = SHIPPED.replacen("\"score\": 2", "\"score\": 9", 1);
    let root = mount(data_url(&broken), Lang::De);
    let error = wait_for(&root, ".pc-error").await;
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    let message = text(&error);
    assert!(
        message.contains("Der Datensatz konnte nicht geladen werden"),
        "{message}"
    );
    assert!(
        message.contains("providers › [0] (a1) › ratings ›") && message.contains("› score"),
        "{message}"
    );
    assert!(message.contains("zwischen 0 und 5"), "{message}");
    // The line in the file is named too, as the core computes it.
    let line = parse_dataset(&broken).unwrap_err()[0].line.unwrap();
    assert!(
        message.contains(&format!("Zeile {line}: providers")),
        "{message}"
    );
    // The rest of the widget still works: the language switch translates the message.
    click(&one(&root, ".pc-lang-button[lang=en]")).await;
    assert!(text(&one(&root, ".pc-error")).contains("between 0 and 5"));
}

#[wasm_bindgen_test]
async fn text_that_is_not_json_is_reported_with_its_position() {
    let root = mount(data_url("{\"format_version\": 1,,}"), Lang::En);
    let error = wait_for(&root, ".pc-error").await;
    assert!(
        text(&error).contains("Not valid JSON: line 1, column 22: unexpected character"),
        "{}",
        text(&error)
    );
}

#[wasm_bindgen_test]
async fn a_missing_dataset_shows_the_http_status_and_a_retry() {
    let root = mount("no-such-dataset-here.json".to_owned(), Lang::De);
    let error = wait_for(&root, ".pc-error").await;
    assert!(text(&error).contains("Status 404"), "{}", text(&error));
    click(&one(&error, "button")).await;
    // Retrying the same missing file fails the same way, without breaking anything.
    let error = wait_for(&root, ".pc-error").await;
    assert!(text(&error).contains("404"));
}

#[wasm_bindgen_test]
async fn markup_in_the_dataset_stays_text() {
    let hostile = SHIPPED.replacen(
        "\"name\": \"A1\"",
        "\"name\": \"<img src=x onerror=\\\"window.__pwned=1\\\"><b>A1</b>\"",
        1,
    );
    let root = mount(data_url(&hostile), Lang::De);
    wait_for(&root, ".pc-weights").await;
    assert!(root.query_selector("img, b").unwrap().is_none());
    assert!(row_names(&root).iter().any(|n| n.starts_with("<img src=x")));
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn a_script_url_is_refused_not_linked() {
    let hostile = SHIPPED.replacen(
        "\"website\": \"https://www.a1.net/\"",
        "\"website\": \"javascript:alert(1)\"",
        1,
    );
    let root = mount(data_url(&hostile), Lang::En);
    let error = wait_for(&root, ".pc-error").await;
    assert!(text(&error).contains("providers › [0] (a1) › website"));
    assert!(text(&error).contains("Only addresses starting with http:// or https://"));
    assert!(root
        .query_selector("a[href^='javascript']")
        .unwrap()
        .is_none());
}

/// The email type with its ranking and the named rows' totals.
async fn email(root: &Element) {
    choose_kind(root, "email").await;
}

#[wasm_bindgen_test]
async fn a_knock_out_marks_the_provider_with_its_reason_and_can_be_switched_off() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    email(&root).await;
    // Gmail scores 1 in data protection: the rule caps it at 40.
    let gmail = all(&root, ".pc-table tbody tr")
        .into_iter()
        .find(|tr| text(tr).contains("Gmail"))
        .unwrap();
    let cell = text(&one(&gmail, ".pc-col-total"));
    assert!(cell.starts_with("40,0"), "{cell}");
    assert!(
        cell.contains("abgewertet") && cell.contains("auf 40 gedeckelt"),
        "{cell}"
    );
    // The detail names the rule's reason.
    click(&one(&gmail, ".pc-name")).await;
    let detail = wait_for(&root, ".pc-detail").await;
    assert!(
        text(&detail).contains("Gravierende Datenschutzmängel"),
        "{}",
        text(&detail)
    );
    // Switched off, Gmail's own total counts again, and the order is what the core says.
    let rule = all(&root, ".pc-rule input[type=checkbox]")
        .into_iter()
        .next()
        .unwrap();
    click(&rule).await;
    let mut options = Options {
        knockouts: vec![false, true, true],
        ..Options::default()
    };
    let t = d.types.iter().position(|t| t.id == "email").unwrap();
    let expected: Vec<String> = rank(
        &d,
        score_type(&d, t, &Weights::defaults(&d).to_real(), &options),
        Lang::De,
    )
    .iter()
    .map(|r| d.providers[r.score.provider].name.get(Lang::De).to_owned())
    .collect();
    assert_eq!(row_names(&root), expected);
    options.knockouts = vec![true; 3];
    let gmail = all(&root, ".pc-table tbody tr")
        .into_iter()
        .find(|tr| text(tr).contains("Gmail"))
        .unwrap();
    assert!(!text(&gmail).contains("abgewertet"));
}

#[wasm_bindgen_test]
async fn ordering_the_groups_sets_the_group_sliders_and_the_ranking() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    click(&one(&root, "[data-pc-method='ranking']")).await;
    let items = all(&root, ".pc-order-item");
    assert_eq!(items.len(), 5);
    // Move "Kommunikation und Transparenz" (last) up four times: it becomes the most important.
    for _ in 0..4 {
        let last = all(&root, ".pc-order-item")
            .into_iter()
            .find(|li| text(li).contains("Kommunikation"))
            .unwrap();
        click(&one(&last, "button")).await;
    }
    let first = text(&all(&root, ".pc-order-item")[0]);
    assert!(first.contains("Kommunikation"), "{first}");
    // ROC for five: 45.7 %, 25.7 %, 15.7 %, 9 %, 4 % → sliders 10, 6, 3, 2, 1.
    let group_slider = |id: &str| -> String {
        let input: HtmlInputElement = one(&root, &format!("[data-pc-group-weight='{id}']"))
            .dyn_into()
            .unwrap();
        input.value()
    };
    assert_eq!(group_slider("communication"), "10");
    assert_eq!(group_slider("technical"), "6");
    assert_eq!(group_slider("legal"), "3");
    assert_eq!(group_slider("contractual"), "2");
    assert_eq!(group_slider("security"), "1");
    let mut w = Weights::defaults(&d);
    w.groups = vec![6, 3, 2, 1, 10];
    assert_eq!(
        row_names(&root),
        expected_order(&d, "isp", &w, Unknowns::LeaveOut)
    );
}

#[wasm_bindgen_test]
async fn pairwise_comparison_sets_the_group_sliders_and_warns_when_inconsistent() {
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    click(&one(&root, "[data-pc-method='pairwise']")).await;
    let pairs = all(&root, ".pc-pair input[type=range]");
    assert_eq!(pairs.len(), 10);
    // Pair 0 is Technik – Recht; slider to the left means Technik is more important: 5 times.
    let set = |el: &Element, v: i8| {
        let input: HtmlInputElement = el.clone().dyn_into().unwrap();
        input.set_value(&v.to_string());
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    };
    set(&pairs[0], -4);
    yew::scheduler::flush().await;
    assert_eq!(
        pairs[0]
            .get_attribute("aria-valuetext")
            .map(|t| t.replace(['\u{2068}', '\u{2069}'], ""))
            .as_deref(),
        Some("Technische Aufgaben ist 5-mal so wichtig wie Rechtliche Pflichten")
    );
    let tech: HtmlInputElement = one(&root, "[data-pc-group-weight='technical']")
        .dyn_into()
        .unwrap();
    assert_eq!(tech.value(), "10");
    // One judgement of ten is not judged for consistency: the panel says how many it needs.
    let panel = text(&one(&root, ".pc-pairwise"));
    assert!(!panel.contains("Konsistenzquote"), "{panel}");
    assert!(panel.contains("mindestens 5"), "{panel}");
    // Technik ≫ Recht, Recht ≫ Vertrag, but Vertrag ≫ Technik: a contradiction, named once five
    // judgements are given.
    set(&pairs[4], -8); // Recht – Vertrag: Recht 9×
    set(&pairs[1], 8); // Technik – Vertrag: Vertrag 9×
    set(&pairs[7], -2); // Vertrag – Sicherheit: Vertrag 3×
    set(&pairs[9], -2); // Sicherheit – Kommunikation: Sicherheit 3×
    yew::scheduler::flush().await;
    let warning = text(&one(&root, ".pc-pairwise .pc-notice"));
    assert!(warning.contains("widersprechen sich"), "{warning}");
    assert!(warning.contains("Vergleich „"), "{warning}");
    assert!(warning.contains("gilt eher"), "{warning}");
}

#[wasm_bindgen_test]
async fn presets_set_the_sliders_until_one_is_moved() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    click(&one(&root, "[data-pc-method='presets']")).await;
    let privacy_first = all(&root, ".pc-preset")
        .into_iter()
        .find(|b| text(b).contains("Datenschutz zuerst"))
        .unwrap();
    click(&privacy_first).await;
    assert_eq!(
        privacy_first.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let p = d.presets.iter().find(|p| p.id == "privacy-first").unwrap();
    let w = Weights {
        criteria: p.weights.clone(),
        groups: p.group_weights.clone(),
    };
    assert_eq!(
        row_names(&root),
        expected_order(&d, "isp", &w, Unknowns::LeaveOut)
    );
    set_slider(&root, "support", 9).await;
    assert!(text(&one(&root, ".pc-presets")).contains("Eigene Gewichtung"));
    assert_eq!(
        privacy_first.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_minimum_excludes_with_the_reason_instead_of_hiding() {
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    // A minimum in access control above every ISP's known score there: nobody is ranked, and
    // each row says why (its score, or "unbekannt").
    let d = shipped();
    let minimum = d
        .providers
        .iter()
        .filter(|p| d.types[p.kind].id == "isp")
        .filter_map(|p| {
            let c = d.criteria.iter().position(|c| c.id == "access_control")?;
            p.ratings[c].score()
        })
        .max()
        .unwrap_or(0)
        + 1;
    assert!(minimum <= 5);
    click(&one(&root, ".pc-minimums summary")).await;
    wait_for(&root, "[data-pc-minimum='access_control']").await;
    let select: web_sys::HtmlSelectElement = one(&root, "[data-pc-minimum='access_control']")
        .dyn_into()
        .unwrap();
    select.set_value(&minimum.to_string());
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let isps = d
        .providers
        .iter()
        .filter(|p| d.types[p.kind].id == "isp")
        .count();
    assert_eq!(row_names(&root).len(), isps, "nobody is hidden");
    let rows = all(&root, ".pc-table tbody tr[data-pc-provider]");
    for tr in &rows {
        let t = text(tr);
        assert!(t.contains("ausgeschlossen"), "{t}");
        assert!(t.contains("Zugangskontrolle: "), "{t}");
    }
    assert!(rows
        .iter()
        .any(|tr| text(tr).contains(&format!("statt mindestens {minimum}"))));
}

#[wasm_bindgen_test]
async fn the_flip_sentence_names_the_smallest_change() {
    let d = shipped();
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    let sentence = text(&one(&root, ".pc-flip"));
    // Computed by the core for the first two of the ranking, as the widget does.
    let t = d.types.iter().position(|t| t.id == "isp").unwrap();
    let w = Weights::defaults(&d);
    let o = Options::default();
    let rows = rank(&d, score_type(&d, t, &w.to_real(), &o), Lang::De);
    let (a, b) = (rows[0].score.provider, rows[1].score.provider);
    let verdict = provider_compare::sensitivity::pair_verdict(&d, t, &w, &o, a, b);
    match verdict {
        provider_compare::sensitivity::PairVerdict::Flip { .. } => {
            assert!(sentence.contains("solange"), "{sentence}")
        }
        provider_compare::sensitivity::PairVerdict::Fixed { .. } => {
            assert!(
                sentence.starts_with("Keine einzelne Gewichtsänderung"),
                "{sentence}"
            )
        }
        other => panic!("{other:?}"),
    }
    // Another pair: the sentence follows the selection.
    email(&root).await;
    let sentence = text(&one(&root, ".pc-flip"));
    assert!(
        sentence.contains("Proton Mail") || sentence.contains("Outlook.com"),
        "{sentence}"
    );
}

/// Mounts the widget with a view to start from, as `mount` does for a share link.
fn mount_with_view(link: &str) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let (view, issues) = provider_compare::share::decode(link);
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        yew::props!(AppProps {
            dataset_url: yew::AttrValue::from(data_url(SHIPPED)),
            lang: Lang::De,
            start: Some(std::rc::Rc::new(view)),
            issues: std::rc::Rc::new(issues),
        }),
    )
    .render();
    root
}

#[wasm_bindgen_test]
async fn a_share_link_starts_the_widget_in_its_view_and_names_what_it_could_not_use() {
    let d = shipped();
    let root = mount_with_view("1~t.cloud~w.support:0,gone:3~u.1~zz");
    wait_for(&root, ".pc-weights").await;
    let support: HtmlInputElement = one(&root, "[data-pc-weight='support']").dyn_into().unwrap();
    assert_eq!(support.value(), "0");
    let mut w = Weights::defaults(&d);
    let c = d.criteria.iter().position(|c| c.id == "support").unwrap();
    w.criteria[c] = 0;
    assert_eq!(
        row_names(&root),
        expected_order(&d, "cloud", &w, Unknowns::Worst)
    );
    let notice = text(&one(&root, ".pc-link-notice"));
    assert!(notice.contains("Nicht lesbar: „zz“"), "{notice}");
    assert!(
        notice.contains("Die Pflicht „gone“ gibt es hier nicht."),
        "{notice}"
    );
    click(&one(&root, ".pc-link-notice button")).await;
    assert!(root.query_selector(".pc-link-notice").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn ticking_providers_puts_them_side_by_side_and_into_the_link() {
    let root = mount(data_url(SHIPPED), Lang::De);
    wait_for(&root, ".pc-weights").await;
    choose_kind(&root, "email").await;
    let picks = all(&root, ".pc-pick");
    click(&picks[1]).await;
    click(&picks[0]).await;
    let ids: Vec<String> = all(&root, ".pc-table tbody tr[data-pc-provider]")
        .iter()
        .filter_map(|tr| tr.get_attribute("data-pc-provider"))
        .collect();
    let heads: Vec<String> = all(&root, ".pc-side-table thead th")
        .iter()
        .map(text)
        .collect();
    let names = row_names(&root);
    assert_eq!(heads, ["Pflicht", names[1].as_str(), names[0].as_str()]);
    assert_eq!(all(&root, ".pc-profile-bar").len(), 2 * 5);
    // The embed code carries the view, including the picks.
    click(&one(&root, ".pc-embed summary")).await;
    wait_for(&root, ".pc-code").await;
    let code: web_sys::HtmlTextAreaElement = one(&root, ".pc-code").dyn_into().unwrap();
    assert!(
        code.value()
            .contains(&format!("~t.email~x.{},{}~", ids[1], ids[0])),
        "{}",
        code.value()
    );
}

/// An editor's override is shown with the rubric's result, the score given and the reason; the
/// checks list every rubric check with its finding.
#[wasm_bindgen_test]
async fn an_override_is_shown_with_what_the_rubric_gives_and_why() {
    const FORMAT_2: &str = include_str!("fixtures/valid-format2.json");
    let root = mount(data_url(FORMAT_2), Lang::De);
    wait_for(&root, ".pc-weights").await;
    let beta = all(&root, ".pc-name")
        .into_iter()
        .find(|b| text(b) == "Beta")
        .unwrap();
    click(&beta).await;
    let detail = wait_for(&root, ".pc-detail").await;
    let why = one(&detail, ".pc-why");
    assert_eq!(text(&one(&why, "summary")), "Warum 2 von 5?");
    // All five checks, three of them met; the ruling caps the rubric's result at 1.
    assert_eq!(all(&why, ".pc-finding").len(), 5);
    assert_eq!(all(&why, ".pc-finding--met").len(), 3);
    // The marks say what each finding does to the score: the ruling (met, a cap) counts against.
    assert_eq!(all(&why, ".pc-finding--favourable").len(), 2);
    assert_eq!(all(&why, ".pc-finding--unfavourable").len(), 3);
    let sum = text(&one(&why, ".pc-why-sum"));
    assert!(
        sum.contains("begrenzt auf 1") && sum.ends_with("ergibt 1."),
        "{sum}"
    );
    let over = text(&one(&why, ".pc-why-override"));
    assert!(
        over.contains("Nach den Befunden wären es 1, vergeben ist 2")
            && over.contains("alten Tarif"),
        "{over}"
    );
    // The 2019 ruling is more than three years older than the check.
    assert!(
        text(&detail).contains("Quelle von 2019"),
        "{}",
        text(&detail)
    );
    assert!(text(&one(&why, ".pc-checked")).starts_with("Zuletzt geprüft am 30."));
}
