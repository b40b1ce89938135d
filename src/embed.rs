//! How a host page configures a widget: the `data-` attributes of its mount element, read into an
//! [`EmbedConfig`], and the view the widget starts with.
//!
//! | attribute | values | default |
//! |---|---|---|
//! | `data-dataset` | URL of the dataset (relative to the page) | `data/providers.json` beside the widget |
//! | `data-lang` | `de`, `en` | `de` |
//! | `data-type` | a provider type id of the dataset | the first type with providers |
//! | `data-preset` | a preset id of the dataset | the dataset's default weights |
//! | `data-layout` | `full`, `compact` | `full` |
//! | `data-url-state` | `on`: keep the address bar's fragment in step with the view | `off` |
//! | `data-share-key` | the fragment key for this widget's share links | `pc`, then `pc2`, `pc3`, … |
//! | `data-view` | a whole view in the share-link format (what the embed code writes) | none |
//! | `data-mode` | `normal`, `projector` (large text, ranking beside the group weights, for class) | `normal` |
//! | `data-country` | a country code the dataset's providers are offered in (`DE`, `AT`, `CH`), or `all` | `all` |
//! | `data-text-only` | `on`: only the providers the teaching text names | `off` |
//!
//! Invariants: parsing never fails; a value that is not understood is reported as a
//! [`LinkIssue::BadSetting`] and its default is used. A share link in the address overrides the
//! page's settings, because it describes the exact view a reader shared.

use crate::dataset::valid_id;
use crate::share::{country_code, decode, encode, LinkIssue, SharedView, DEFAULT_KEY};
use crate::text::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    /// As written on the page; `None` means the dataset beside the widget.
    pub dataset_url: Option<String>,
    pub lang: Lang,
    /// Provider type id to start with.
    pub kind: Option<String>,
    /// Preset id to start with.
    pub preset: Option<String>,
    pub compact: bool,
    /// Whether the widget writes its view into the address bar (only where it owns the page).
    pub url_state: bool,
    pub share_key: String,
    /// A view in the share-link format to start with (`data-view`).
    pub view: Option<String>,
    /// Start in the projector view (`data-mode="projector"`).
    pub projector: bool,
    /// Start with the providers offered in this country (`data-country`, upper case).
    pub country: Option<String>,
    /// Start with only the teaching text's providers (`data-text-only="on"`).
    pub text_only: bool,
}

/// Reads the configuration of the `index`-th widget on a page (counting from 0) from its
/// attributes, given as a lookup by attribute name.
pub fn parse_config(
    attribute: &dyn Fn(&str) -> Option<String>,
    index: usize,
) -> (EmbedConfig, Vec<LinkIssue>) {
    let mut issues = Vec::new();
    let mut bad = |attribute: &'static str, value: &str| {
        issues.push(LinkIssue::BadSetting {
            attribute,
            value: crate::text::quote(value, 40),
        });
    };
    let get = |name: &str| {
        attribute(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let lang = match get("data-lang") {
        Some(code) => Lang::from_code(&code).unwrap_or_else(|| {
            bad("data-lang", &code);
            Lang::default()
        }),
        None => Lang::default(),
    };
    let mut id = |name: &'static str| match get(name) {
        Some(v) if valid_id(&v) => Some(v),
        Some(v) => {
            bad(name, &v);
            None
        }
        None => None,
    };
    let kind = id("data-type");
    let preset = id("data-preset");
    let default_key = if index == 0 {
        DEFAULT_KEY.to_owned()
    } else {
        format!("{DEFAULT_KEY}{}", index + 1)
    };
    let share_key = id("data-share-key").unwrap_or(default_key);
    let country = match get("data-country") {
        None => None,
        Some(v) if v.eq_ignore_ascii_case("all") => None,
        Some(v) => country_code(&v).or_else(|| {
            bad("data-country", &v);
            None
        }),
    };
    // An attribute that switches something on: its "off" word (or no attribute) and its "on"
    // word; anything else is reported and counts as off.
    let mut switch = |name: &'static str, off: &str, on: &str| match get(name) {
        None => false,
        Some(v) if v == off => false,
        Some(v) if v == on => true,
        Some(other) => {
            bad(name, &other);
            false
        }
    };
    let compact = switch("data-layout", "full", "compact");
    let url_state = switch("data-url-state", "off", "on");
    let projector = switch("data-mode", "normal", "projector");
    let text_only = switch("data-text-only", "off", "on");
    (
        EmbedConfig {
            projector,
            country,
            text_only,
            view: get("data-view"),
            dataset_url: get("data-dataset"),
            lang,
            kind,
            preset,
            compact,
            url_state,
            share_key,
        },
        issues,
    )
}

impl EmbedConfig {
    /// The view to start with, and what in it could not be read: the share link's if there is
    /// one, else the page's `data-view`, else the page's type and preset. A view fills in only
    /// the page's type and language where it names none; a page's `data-view` also takes the
    /// page's country and teaching-text filter where it names none (a reader's link does not:
    /// it carries its own filter, "every provider" included).
    pub fn start_view(&self, link: Option<SharedView>) -> (Option<SharedView>, Vec<LinkIssue>) {
        let mut issues = Vec::new();
        // A reader's link says the whole filter: no `f` is "every country", no `i` is "every
        // provider", so the page's filter must not creep back in. A page's `data-view` is the
        // page's own setting, completed by its other attributes.
        let from_link = link.is_some();
        let view = link.or_else(|| {
            self.view.as_deref().map(|v| {
                let (view, found) = decode(v);
                issues.extend(found);
                view
            })
        });
        let view = match view {
            Some(mut view) => {
                if view.kind.is_none() {
                    view.kind = self.kind.clone();
                }
                if view.lang.is_none() {
                    view.lang = Some(self.lang);
                }
                if !from_link {
                    if view.country.is_none() {
                        view.country = self.country.clone();
                    }
                    view.text_only |= self.text_only;
                }
                // The page's projector setting holds for every view it starts with.
                view.projector |= self.projector;
                Some(view)
            }
            None if self.kind.is_some()
                || self.preset.is_some()
                || self.projector
                || self.country.is_some()
                || self.text_only =>
            {
                Some(SharedView {
                    kind: self.kind.clone(),
                    preset: self.preset.clone(),
                    projector: self.projector,
                    country: self.country.clone(),
                    text_only: self.text_only,
                    ..SharedView::default()
                })
            }
            None => None,
        };
        (view, issues)
    }
}

/// What the embed code panel writes into a snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetSettings {
    /// Where the widget's files are, ending with `/` (absolute for a snippet that works anywhere).
    pub base: String,
    /// The dataset, as an absolute URL; `None` for the one beside the widget.
    pub dataset_url: Option<String>,
    pub lang: Lang,
    /// The current view in the share-link format (weights, type, …), if it is to be kept.
    pub view: Option<String>,
    /// Otherwise: the type and preset to start with.
    pub kind: Option<String>,
    pub preset: Option<String>,
    /// And the country filter and the teaching text's providers only, as the reader set them.
    pub country: Option<String>,
    pub text_only: bool,
    pub compact: bool,
    /// The iframe's accessible name.
    pub title: String,
    /// The words of the fallback link inside a marker (shown until, or unless, the loader runs).
    pub open_label: String,
}

/// The fragment that opens the standalone widget on the snippet's view: `#pc=…`.
fn start_fragment(s: &SnippetSettings) -> String {
    match &s.view {
        Some(view) => format!("#{DEFAULT_KEY}={view}"),
        None => {
            let start = SharedView {
                kind: s.kind.clone(),
                preset: s.preset.clone(),
                country: s.country.clone(),
                text_only: s.text_only,
                lang: Some(s.lang),
                ..SharedView::default()
            };
            format!("#{DEFAULT_KEY}={}", encode(&start))
        }
    }
}

/// The height a snippet reserves before the widget is drawn, so the host page does not shift.
const RESERVED_HEIGHT: &str = "1400px";

/// An iframe of the widget's own page, sized by `frame.js`, on one line (a CMS that turns line
/// breaks into `<p>`/`<br>` cannot break it). The iframe shows the dataset of the folder it is
/// served from (a page address cannot point it at another, so no link can make the widget show
/// somebody else's data under the site's name). `display:block` lets a theme centre and size it;
/// `clipboard-write` lets "copy link" work inside it.
pub fn iframe_snippet(s: &SnippetSettings) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" data-provider-compare-frame \
         sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads\" \
         allow=\"clipboard-write\" \
         style=\"display:block;width:100%;height:{RESERVED_HEIGHT};border:0\" loading=\"lazy\"></iframe>\
         <script src=\"{frame}\" defer></script>",
        src = attr(&format!("{}index.html{}", s.base, start_fragment(s))),
        title = attr(&s.title),
        frame = attr(&format!("{}frame.js", s.base)),
    )
}

/// A marker for a page that loads `widget.js` already (once for a whole site), on one line: the
/// `data-` attributes the widget reads, a reserved height, and a link to the standalone widget on
/// the same view, which readers see until the loader starts (or if it is missing).
pub fn marker_snippet(s: &SnippetSettings) -> String {
    let mut attrs = String::new();
    let mut add = |name: &str, value: &str| {
        attrs.push_str(&format!(" {name}=\"{}\"", attr(value)));
    };
    if let Some(url) = &s.dataset_url {
        add("data-dataset", url);
    }
    add("data-lang", s.lang.code());
    match &s.view {
        Some(view) => add("data-view", view),
        None => {
            if let Some(kind) = &s.kind {
                add("data-type", kind);
            }
            if let Some(preset) = &s.preset {
                add("data-preset", preset);
            }
            if let Some(country) = &s.country {
                add("data-country", country);
            }
            if s.text_only {
                add("data-text-only", "on");
            }
        }
    }
    if s.compact {
        add("data-layout", "compact");
    }
    format!(
        "<div data-provider-compare{attrs} style=\"min-height:{RESERVED_HEIGHT}\">\
         <a href=\"{href}\">{label}</a></div>",
        href = attr(&format!("{}index.html{}", s.base, start_fragment(s))),
        label = text(&s.open_label),
    )
}

/// A marker plus the widget's loader (a classic script), on one line.
pub fn mount_snippet(s: &SnippetSettings) -> String {
    format!(
        "{}<script src=\"{}\" defer></script>",
        marker_snippet(s),
        attr(&format!("{}widget.js", s.base))
    )
}

/// Text for an element's content, on one line.
fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace(['\r', '\n'], " ")
}

/// Text for a double-quoted HTML attribute, on one line.
fn attr(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\r', "&#13;")
        .replace('\n', "&#10;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(attrs: &[(&str, &str)], index: usize) -> (EmbedConfig, Vec<LinkIssue>) {
        let lookup = |name: &str| {
            attrs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        };
        parse_config(&lookup, index)
    }

    /// The attributes of the page settings that were not understood, in the order reported.
    fn bad_attributes(issues: &[LinkIssue]) -> Vec<&'static str> {
        issues
            .iter()
            .filter_map(|i| match i {
                LinkIssue::BadSetting { attribute, .. } => Some(*attribute),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_country_and_the_teaching_text_filter_come_from_the_page() {
        let (c, issues) = config(&[("data-country", " ch "), ("data-text-only", "on")], 0);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(c.country.as_deref(), Some("CH"));
        assert!(c.text_only);
        let (view, _) = c.start_view(None);
        let view = view.expect("a start view");
        assert_eq!(view.country.as_deref(), Some("CH"));
        assert!(view.text_only);
        // A reader's link carries its own filter: a country, or none ("every country", which a
        // link writes by leaving the field out) — the page's does not creep back in.
        let link = SharedView {
            country: Some("AT".to_owned()),
            ..SharedView::default()
        };
        let (view, _) = c.start_view(Some(link));
        assert_eq!(view.and_then(|v| v.country).as_deref(), Some("AT"));
        let (view, _) = c.start_view(Some(SharedView::default()));
        let view = view.expect("the link's view");
        assert_eq!((view.country, view.text_only), (None, false));
        // A page's data-view is completed by the page's own filter.
        let (c, _) = config(&[("data-country", "CH"), ("data-view", "1~t.isp")], 0);
        let (view, _) = c.start_view(None);
        assert_eq!(view.and_then(|v| v.country).as_deref(), Some("CH"));

        assert_eq!(config(&[("data-country", "ALL")], 0).0.country, None);
        let (c, issues) = config(&[("data-country", "Schweiz"), ("data-text-only", "yes")], 0);
        assert_eq!((c.country, c.text_only), (None, false));
        let attributes = bad_attributes(&issues);
        assert_eq!(attributes, ["data-country", "data-text-only"]);
    }

    #[test]
    fn a_marker_without_a_view_carries_the_filter() {
        let s = SnippetSettings {
            view: None,
            country: Some("AT".to_owned()),
            text_only: true,
            ..settings()
        };
        let code = marker_snippet(&s);
        assert!(code.contains(" data-country=\"AT\""), "{code}");
        assert!(code.contains(" data-text-only=\"on\""), "{code}");
        assert!(code.contains("~f.at~i.1"), "{code}");
    }

    #[test]
    fn defaults_when_nothing_is_set() {
        let (c, issues) = config(&[], 0);
        assert!(issues.is_empty());
        assert_eq!(
            c,
            EmbedConfig {
                dataset_url: None,
                lang: Lang::De,
                kind: None,
                preset: None,
                compact: false,
                url_state: false,
                share_key: "pc".to_owned(),
                view: None,
                projector: false,
                country: None,
                text_only: false,
            }
        );
        assert_eq!(config(&[], 2).0.share_key, "pc3");
        assert_eq!(c.start_view(None), (None, Vec::new()));
    }

    #[test]
    fn the_projector_mode_is_read_and_holds_for_every_start() {
        let (c, issues) = config(&[("data-mode", "projector")], 0);
        assert!(issues.is_empty() && c.projector);
        let (view, _) = c.start_view(None);
        assert!(view.is_some_and(|v| v.projector));
        let link = SharedView::default();
        let (view, _) = c.start_view(Some(link));
        assert!(view.is_some_and(|v| v.projector));
        let (c, issues) = config(&[("data-mode", "beamer")], 0);
        assert!(!c.projector);
        assert_eq!(issues.len(), 1);
        assert!(!config(&[("data-mode", "normal")], 0).0.projector);
    }

    #[test]
    fn every_attribute_is_read() {
        let (c, issues) = config(
            &[
                ("data-dataset", " schule.json "),
                ("data-lang", "en"),
                ("data-type", "email"),
                ("data-preset", "privacy-first"),
                ("data-layout", "compact"),
                ("data-url-state", "on"),
                ("data-share-key", "vergleich"),
            ],
            1,
        );
        assert!(issues.is_empty());
        assert_eq!(c.dataset_url.as_deref(), Some("schule.json"));
        assert_eq!(c.lang, Lang::En);
        assert!(c.compact && c.url_state);
        assert_eq!(c.share_key, "vergleich");
        let start = c.start_view(None).0.unwrap();
        assert_eq!(start.kind.as_deref(), Some("email"));
        assert_eq!(start.preset.as_deref(), Some("privacy-first"));
    }

    #[test]
    fn values_not_understood_are_reported_and_defaulted() {
        let (c, issues) = config(
            &[
                ("data-lang", "fr"),
                ("data-type", "E-Mail"),
                ("data-layout", "tiny"),
                ("data-url-state", "yes"),
                ("data-share-key", "a b"),
            ],
            0,
        );
        assert_eq!(c.lang, Lang::De);
        assert_eq!(c.kind, None);
        assert!(!c.compact && !c.url_state);
        assert_eq!(c.share_key, "pc");
        let attributes = bad_attributes(&issues);
        assert_eq!(
            attributes,
            [
                "data-lang",
                "data-type",
                "data-share-key",
                "data-layout",
                "data-url-state"
            ]
        );
    }

    #[test]
    fn values_not_understood_are_quoted_short_and_visible() {
        let long = "x".repeat(100);
        let (_, issues) = config(&[("data-lang", "\u{202e}ne"), ("data-layout", &long)], 0);
        assert_eq!(
            issues,
            vec![
                LinkIssue::BadSetting {
                    attribute: "data-lang",
                    value: "\\u202Ene".to_owned()
                },
                LinkIssue::BadSetting {
                    attribute: "data-layout",
                    value: format!("{}…", "x".repeat(40))
                },
            ]
        );
    }

    #[test]
    fn a_share_link_wins_over_the_page_settings() {
        let (c, _) = config(&[("data-type", "email"), ("data-preset", "x")], 0);
        let link = SharedView {
            kind: Some("isp".to_owned()),
            ..SharedView::default()
        };
        let start = c.start_view(Some(link)).0.unwrap();
        assert_eq!(start.kind.as_deref(), Some("isp"));
        assert_eq!(
            start.preset, None,
            "the link's weights, not the page's preset"
        );
        assert_eq!(start.lang, Some(Lang::De));
        let start = c.start_view(Some(SharedView::default())).0.unwrap();
        assert_eq!(start.kind.as_deref(), Some("email"));
    }

    #[test]
    fn data_view_starts_where_the_embed_code_left_off_unless_a_link_says_otherwise() {
        let (c, _) = config(
            &[
                ("data-view", "1~t.cloud~w.support:9~q"),
                ("data-type", "email"),
            ],
            0,
        );
        let (start, issues) = c.start_view(None);
        let start = start.unwrap();
        assert_eq!(start.kind.as_deref(), Some("cloud"));
        assert_eq!(start.weights, vec![("support".to_owned(), 9)]);
        assert_eq!(issues, vec![LinkIssue::Unreadable("q".to_owned())]);
        let link = SharedView {
            kind: Some("isp".to_owned()),
            ..SharedView::default()
        };
        let (start, issues) = c.start_view(Some(link));
        assert_eq!(start.unwrap().kind.as_deref(), Some("isp"));
        assert!(issues.is_empty());
    }

    fn settings() -> SnippetSettings {
        SnippetSettings {
            base: "https://example.org/vergleich/".to_owned(),
            dataset_url: None,
            lang: Lang::De,
            view: Some("1~t.email~w.support:9~l.de".to_owned()),
            kind: Some("email".to_owned()),
            preset: None,
            country: None,
            text_only: false,
            compact: false,
            title: "Provider-Vergleich \"E-Mail\" <neu>".to_owned(),
            open_label: "Provider-Vergleich öffnen".to_owned(),
        }
    }

    #[test]
    fn the_iframe_snippet_carries_the_view_and_the_resizer() {
        let html = iframe_snippet(&settings());
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/vergleich/index.html#pc=1~t.email~w.support:9~l.de\" \
             title=\"Provider-Vergleich &quot;E-Mail&quot; &lt;neu&gt;\" data-provider-compare-frame \
             sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads\" \
             allow=\"clipboard-write\" style=\"display:block;width:100%;height:1400px;border:0\" \
             loading=\"lazy\"></iframe><script src=\"https://example.org/vergleich/frame.js\" defer></script>"
        );
        let plain = SnippetSettings {
            view: None,
            preset: Some("privacy-first".to_owned()),
            ..settings()
        };
        assert!(iframe_snippet(&plain).contains("index.html#pc=1~t.email~p.privacy-first~l.de\""));
    }

    #[test]
    fn the_mount_snippet_writes_only_what_is_set() {
        assert_eq!(
            mount_snippet(&settings()),
            "<div data-provider-compare data-lang=\"de\" data-view=\"1~t.email~w.support:9~l.de\" \
             style=\"min-height:1400px\"><a href=\"https://example.org/vergleich/index.html#pc=1~t.email~w.support:9~l.de\">\
             Provider-Vergleich öffnen</a></div>\
             <script src=\"https://example.org/vergleich/widget.js\" defer></script>"
        );
        let own = SnippetSettings {
            dataset_url: Some("https://schule.example/mail.json?a=1&b=\"2\"".to_owned()),
            view: None,
            preset: Some("privacy-first".to_owned()),
            compact: true,
            lang: Lang::En,
            open_label: "Open the provider comparison".to_owned(),
            ..settings()
        };
        assert_eq!(
            mount_snippet(&own),
            "<div data-provider-compare \
             data-dataset=\"https://schule.example/mail.json?a=1&amp;b=&quot;2&quot;\" \
             data-lang=\"en\" data-type=\"email\" data-preset=\"privacy-first\" data-layout=\"compact\" \
             style=\"min-height:1400px\"><a href=\"https://example.org/vergleich/index.html#pc=1~t.email~p.privacy-first~l.en\">\
             Open the provider comparison</a></div>\
             <script src=\"https://example.org/vergleich/widget.js\" defer></script>"
        );
        // What the snippet says is what the widget reads back.
        let attrs = [
            (
                "data-dataset",
                "https://schule.example/mail.json?a=1&b=\"2\"",
            ),
            ("data-lang", "en"),
            ("data-type", "email"),
            ("data-preset", "privacy-first"),
            ("data-layout", "compact"),
        ];
        let (c, issues) = config(&attrs, 0);
        assert!(issues.is_empty());
        assert_eq!(c.lang, Lang::En);
        assert!(c.compact);
        assert_eq!(c.preset.as_deref(), Some("privacy-first"));
    }

    #[test]
    fn the_marker_snippet_is_the_mount_snippet_without_a_script() {
        let s = settings();
        let marker = marker_snippet(&s);
        assert!(marker.starts_with("<div data-provider-compare "));
        assert!(marker.ends_with("</div>"));
        assert!(!marker.contains("<script"), "{marker}");
        assert!(!marker.contains("widget.js"));
        assert_eq!(
            mount_snippet(&s),
            format!(
                "{marker}<script src=\"https://example.org/vergleich/widget.js\" defer></script>"
            )
        );
    }

    #[test]
    fn every_snippet_is_one_line_with_its_values_escaped() {
        let hostile = SnippetSettings {
            base: "https://example.org/a\"b<c>&d/".to_owned(),
            dataset_url: Some("https://example.org/x.json?\n\"<script>".to_owned()),
            view: Some("1~t.email\n\"><script>alert(1)</script>".to_owned()),
            title: "Titel\nmit \"Zeilen\" & <b>".to_owned(),
            open_label: "Öffnen <b>&</b>\n".to_owned(),
            ..settings()
        };
        for s in [settings(), hostile.clone()] {
            for html in [iframe_snippet(&s), mount_snippet(&s), marker_snippet(&s)] {
                assert!(!html.contains(['\n', '\r']), "one line: {html:?}");
            }
        }
        let iframe = iframe_snippet(&hostile);
        assert!(iframe.contains("title=\"Titel&#10;mit &quot;Zeilen&quot; &amp; &lt;b&gt;\""));
        assert!(iframe.contains("src=\"https://example.org/a&quot;b&lt;c&gt;&amp;d/frame.js\""));
        let mount = mount_snippet(&hostile);
        assert!(mount.contains(
            "data-view=\"1~t.email&#10;&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""
        ));
        assert!(
            mount.contains("data-dataset=\"https://example.org/x.json?&#10;&quot;&lt;script&gt;\"")
        );
        assert!(mount.contains(">Öffnen &lt;b&gt;&amp;&lt;/b&gt; </a>"));
        // Exactly one script element, the loader: nothing from the values became markup.
        assert_eq!(mount.matches("<script").count(), 1);
        assert_eq!(marker_snippet(&hostile).matches('<').count(), 4);
    }
}
