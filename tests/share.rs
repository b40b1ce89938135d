//! Share links: the fragment codec (golden links that must keep opening, garbled and hostile
//! input) and the state ⇄ link round trip on the shipped dataset. The property tests of the codec
//! (round trips of any view and any state) are in `tests/properties/share_links.rs`.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{load, shipped};
use provider_compare::dataset::SharedDataset;
use provider_compare::ranking::{rank, SortColumn, SortDir};
use provider_compare::scoring::{score_type, Unknowns};
use provider_compare::share::{
    decode, encode, fragment_get, fragment_set, Field, LinkIssue, SharedColumn, SharedView,
    MAX_ENTRIES, MAX_LINK_CHARS,
};
use provider_compare::state::{Action, AppState};
use provider_compare::text::Lang;
use provider_compare::weighting::Method;

fn id(s: &str) -> String {
    s.to_owned()
}

/// Links written by version 1. They are public once shared, so they must open the same view in
/// every later version: change this test only by adding cases.
#[test]
fn version_1_links_keep_opening() {
    let (v, issues) = decode("1~t.email~l.en");
    assert!(issues.is_empty());
    assert_eq!(
        v,
        SharedView {
            kind: Some(id("email")),
            lang: Some(Lang::En),
            ..SharedView::default()
        }
    );
    let (v, issues) = decode(
        "1~t.cloud~p.reliability~w.support:3,sla:10~g.legal:9~m.a~o.legal,security,technical\
         ~j.0,3,-2,0,0,0,0,0,0,8~u.1~k.privacy-failing,access-failing~n.access_control:3\
         ~s.g:security,d~d.aws~c.aws,~x.aws,azure~a.1~l.de",
    );
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        v,
        SharedView {
            kind: Some(id("cloud")),
            preset: Some(id("reliability")),
            weights: vec![(id("support"), 3), (id("sla"), 10)],
            group_weights: vec![(id("legal"), 9)],
            method: Some(Method::Pairwise),
            order: vec![id("legal"), id("security"), id("technical")],
            judgements: vec![0, 3, -2, 0, 0, 0, 0, 0, 0, 8],
            unknowns: Unknowns::Worst,
            knockouts_off: vec![id("privacy-failing"), id("access-failing")],
            minimums: vec![(id("access_control"), 3)],
            sort: Some((SharedColumn::Group(id("security")), SortDir::Descending)),
            selected: Some(id("aws")),
            pair: (Some(id("aws")), None),
            compare: vec![id("aws"), id("azure")],
            show_all: true,
            lang: Some(Lang::De),
            projector: false,
            role: None,
            country: None,
            text_only: false,
        }
    );
}

/// The filter fields (`f` country, `i` the teaching text's providers only) came within version
/// 1: read in either case, written in lower case, and an older widget's link without them shows
/// every provider.
#[test]
fn filter_fields_round_trip() {
    let (v, issues) = decode("1~t.email~f.CH~i.1");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(v.country.as_deref(), Some("CH"));
    assert!(v.text_only);
    assert_eq!(encode(&v), "1~t.email~f.ch~i.1");
    let (v, issues) = decode("1~t.email~f.schweiz~i.2");
    assert_eq!((v.country, v.text_only), (None, false));
    assert_eq!(issues.len(), 2, "{issues:?}");
    let (v, _) = decode("1~t.email");
    assert_eq!((v.country, v.text_only), (None, false));
}

/// The classroom fields (`v` projector view, `r` role) came within version 1: read, written, and
/// an older link without them opens the normal view without a role.
#[test]
fn classroom_fields_round_trip() {
    let (v, issues) = decode("1~t.isp~l.de~v.p~r.family");
    assert!(issues.is_empty(), "{issues:?}");
    assert!(v.projector);
    assert_eq!(v.role, Some(id("family")));
    assert_eq!(encode(&v), "1~t.isp~l.de~v.p~r.family");
    let (v, issues) = decode("1~v.x~r.Bad!");
    assert!(!v.projector && v.role.is_none());
    assert_eq!(issues.len(), 2, "{issues:?}");
}

#[test]
fn a_garbled_part_is_reported_and_the_rest_is_used() {
    let (v, issues) = decode("1~t.email~w.privacy:99~x~s.total,up~l.en~q.1");
    assert_eq!(v.kind.as_deref(), Some("email"));
    assert_eq!(v.lang, Some(Lang::En));
    assert!(
        v.weights.is_empty(),
        "a list with a bad entry is dropped whole"
    );
    assert_eq!(v.sort, None);
    assert_eq!(
        issues,
        vec![
            LinkIssue::Unreadable(id("w.privacy:99")),
            LinkIssue::Unreadable(id("x")),
            LinkIssue::Unreadable(id("s.total,up")),
            LinkIssue::Unreadable(id("q.1")),
        ]
    );
}

#[test]
fn links_from_a_newer_version_are_read_as_far_as_possible() {
    let (v, issues) = decode("7~t.isp~z.new-thing");
    assert_eq!(v.kind.as_deref(), Some("isp"));
    assert_eq!(
        issues,
        vec![
            LinkIssue::NewerVersion(7),
            LinkIssue::Unreadable(id("z.new-thing"))
        ]
    );
    let (_, issues) = decode("x~t.isp");
    assert_eq!(issues, vec![LinkIssue::Unreadable(id("x"))]);
}

#[test]
fn hostile_links_are_bounded_and_never_become_ids() {
    let (v, issues) = decode(&"1~t.isp".repeat(MAX_LINK_CHARS));
    assert_eq!(v, SharedView::default());
    assert_eq!(issues, vec![LinkIssue::TooLong]);
    for bad in [
        "1~t.<script>",
        "1~d.javascript:alert(1)",
        "1~t.ISP",
        "1~t.",
        "1~c.a",
        "1~j.9",
        "1~j.1,,2",
        "1~n.privacy:0",
        "1~l.fr",
        "1~m.x",
        "1~u.yes",
    ] {
        let (v, issues) = decode(bad);
        assert_eq!(v, SharedView::default(), "{bad}");
        assert_eq!(issues.len(), 1, "{bad}: {issues:?}");
    }
    // Lists are cut at MAX_ENTRIES entries.
    let long = format!("1~x.{}", vec!["a"; MAX_ENTRIES + 50].join(","));
    assert_eq!(decode(&long).0.compare.len(), MAX_ENTRIES);
    // Percent-encoding from a mail program is undone; an unreadable part is shortened for the notice.
    assert_eq!(decode("1%7Et.isp").0.kind.as_deref(), Some("isp"));
    let (_, issues) = decode(&format!("1~{}", "y".repeat(100)));
    assert_eq!(
        issues,
        vec![LinkIssue::Unreadable(format!("{}…", "y".repeat(40)))]
    );
}

#[test]
fn the_fragment_keeps_other_widgets_and_anchors() {
    let f = fragment_set("#pc2=1~t.isp", "pc", Some("1~t.email"));
    assert_eq!(f, "pc2=1~t.isp&pc=1~t.email");
    assert_eq!(fragment_get(&f, "pc"), Some("1~t.email"));
    assert_eq!(fragment_get(&f, "pc2"), Some("1~t.isp"));
    assert_eq!(fragment_get(&f, "pc3"), None);
}

/// Every state reached by actions survives the trip through a link: same view, same ranking.
#[test]
fn a_shared_view_restores_the_same_ranking_in_a_fresh_widget() {
    let d = shipped();
    let t = |id: &str| d.types.iter().position(|t| t.id == id).unwrap();
    let c = |id: &str| d.criteria.iter().position(|c| c.id == id).unwrap();
    let p = |id: &str| d.providers.iter().position(|p| p.id == id).unwrap();
    let mut s = load(None, Vec::new());
    for action in [
        Action::SetKind(t("email")),
        Action::ApplyPreset(1),
        Action::SetWeight {
            criterion: c("support"),
            weight: 9,
        },
        Action::SetGroupWeight {
            group: 2,
            weight: 1,
        },
        Action::SetMethod(Method::Ranking),
        Action::MoveGroup { from: 4, to: 0 },
        Action::SetKnockout { rule: 0, on: false },
        Action::SetMinimum {
            criterion: c("access_control"),
            minimum: 2,
        },
        Action::SetUnknowns(Unknowns::Worst),
        Action::SortBy(SortColumn::Group(3)),
        Action::Select(Some(p("gmail"))),
        Action::SetPair(Some(p("gmail")), None),
        Action::ToggleCompare(p("proton-mail")),
        Action::ToggleCompare(p("gmail")),
        Action::SetLang(Lang::En),
    ] {
        s = s.reduce(action);
    }
    let link = encode(&s.shared_view().unwrap());
    let (view, issues) = decode(&link);
    assert!(issues.is_empty(), "{link}: {issues:?}");
    let r = load(Some(view), issues);
    assert!(r.link_issues.is_empty());
    assert_eq!(r.lang, Lang::En);
    assert_eq!(r.kind, s.kind);
    assert_eq!(r.weighting.weights, s.weighting.weights);
    assert_eq!(r.weighting.preset, s.weighting.preset);
    assert_eq!(r.weighting.method, s.weighting.method);
    assert_eq!(r.weighting.order, s.weighting.order);
    assert_eq!(r.weighting.judgements, s.weighting.judgements);
    assert_eq!(r.options, s.options);
    assert_eq!(r.table.sort, s.table.sort);
    assert_eq!(r.table.selected, s.table.selected);
    assert_eq!(r.comparison.pair, s.comparison.pair);
    assert_eq!(r.comparison.side_by_side, s.comparison.side_by_side);
    let ranking = |s: &AppState| {
        rank(
            &d,
            score_type(&d, s.kind, &s.weighting.weights.to_real(), &s.options),
            Lang::De,
        )
    };
    assert_eq!(ranking(&r), ranking(&s));
    assert_eq!(r.shared_view(), s.shared_view(), "and the link is the same");
}

#[test]
fn every_field_has_its_own_letter_and_reads_back() {
    let mut letters: Vec<char> = Field::ALL.iter().map(|f| f.letter()).collect();
    for f in Field::ALL {
        assert_eq!(Field::from_letter(f.letter()), Some(f));
    }
    letters.sort_unstable();
    letters.dedup();
    assert_eq!(letters.len(), Field::ALL.len(), "no letter used twice");
    assert_eq!(Field::from_letter('z'), None);
}

#[test]
fn an_unknown_id_names_the_field_it_came_from() {
    let (view, issues) = decode(
        "1~t.isp~p.gone-p~g.gone-g:3~o.gone-o~k.gone-k~n.gone-n:2~s.g:gone-s,d~c.gone-c,~l.en",
    );
    assert!(issues.is_empty());
    let r = load(Some(view), issues);
    let fields: Vec<(Field, String)> = r
        .link_issues
        .iter()
        .filter_map(|i| match i {
            LinkIssue::UnknownId { field, id } => Some((*field, id.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        fields,
        vec![
            (Field::Preset, id("gone-p")),
            (Field::GroupWeights, id("gone-g")),
            (Field::Order, id("gone-o")),
            (Field::KnockoutsOff, id("gone-k")),
            (Field::Minimums, id("gone-n")),
            (Field::Sort, id("gone-s")),
            (Field::Pair, id("gone-c")),
        ]
    );
}

#[test]
fn a_preset_link_names_the_preset_and_nothing_else() {
    let mut s = load(None, Vec::new());
    s = s.reduce(Action::ApplyPreset(2));
    let link = encode(&s.shared_view().unwrap());
    assert_eq!(link, "1~t.isp~p.reliability~l.de");
    assert_eq!(
        load(Some(decode(&link).0), Vec::new()).weighting.preset,
        Some(2)
    );
}

#[test]
fn ids_the_dataset_does_not_have_are_reported_and_skipped() {
    let (view, issues) = decode("1~t.email~w.privacy:2,gone:5~d.telekom~x.proton-mail,nobody~l.en");
    assert!(issues.is_empty());
    let r = load(Some(view), issues);
    let d = shipped();
    assert_eq!(d.types[r.kind].id, "email");
    let privacy = d.criteria.iter().position(|c| c.id == "privacy").unwrap();
    assert_eq!(
        r.weighting.weights.criteria[privacy], 2,
        "what is known still applies"
    );
    assert_eq!(r.table.selected, None, "Telekom is not an e-mail provider");
    assert_eq!(r.comparison.side_by_side.len(), 1);
    assert_eq!(
        r.link_issues,
        vec![
            LinkIssue::UnknownId {
                field: Field::Weights,
                id: id("gone")
            },
            LinkIssue::UnknownId {
                field: Field::Detail,
                id: id("telekom")
            },
            LinkIssue::UnknownId {
                field: Field::Compare,
                id: id("nobody")
            },
        ]
    );
    // Judgements for another number of groups do not line up with these pairs.
    let r = load(Some(decode("1~j.1,2,3").0), Vec::new());
    assert!(r.weighting.judgements.iter().all(|&j| j == 0));
    assert_eq!(r.link_issues.len(), 1);
}

#[test]
fn a_link_opened_in_a_running_widget_replaces_the_view() {
    let mut s = load(None, Vec::new());
    s = s.reduce(Action::SetWeight {
        criterion: 0,
        weight: 0,
    });
    let (view, issues) = decode("1~t.hosting~l.en");
    s = s.reduce(Action::Restore(Box::new(view), issues));
    let d = shipped();
    assert_eq!(d.types[s.kind].id, "hosting");
    assert_eq!(s.lang, Lang::En);
    assert_eq!(
        s.weighting.weights.criteria[0], d.criteria[0].default_weight,
        "not kept from before"
    );
    s = s.reduce(Action::Restore(Box::default(), vec![LinkIssue::TooLong]));
    assert_eq!(s.link_issues, vec![LinkIssue::TooLong]);
    s = s.reduce(Action::DismissLinkIssues);
    assert!(s.link_issues.is_empty());
}

#[test]
fn nothing_in_a_link_is_dropped_without_a_word() {
    // Five providers side by side: four are shown, the fifth is named as left out.
    let (view, issues) = decode(
        "1~t.email~x.gmail,outlook,proton-mail,gmail,outlook~w.privacy:2,privacy:9~o.legal,legal~l.de",
    );
    assert!(issues.is_empty());
    let r = load(Some(view), issues);
    let d = shipped();
    let privacy = d.criteria.iter().position(|c| c.id == "privacy").unwrap();
    assert_eq!(
        r.weighting.weights.criteria[privacy], 2,
        "the first entry counts"
    );
    assert_eq!(
        r.comparison.side_by_side.len(),
        3,
        "three distinct e-mail providers"
    );
    assert_eq!(
        r.link_issues,
        vec![
            LinkIssue::Duplicate {
                field: Field::Weights,
                id: id("privacy")
            },
            LinkIssue::Duplicate {
                field: Field::Order,
                id: id("legal")
            },
            LinkIssue::Duplicate {
                field: Field::Compare,
                id: id("gmail")
            },
            LinkIssue::Duplicate {
                field: Field::Compare,
                id: id("outlook")
            },
        ]
    );
    // More providers than fit side by side: a dataset whose five providers are of one type.
    let mut json: serde_json::Value = serde_json::from_str(&common::shipped_json()).unwrap();
    let providers = json["providers"].as_array_mut().unwrap();
    providers.retain(|p| p["type"] == "email" || p["type"] == "hosting");
    for p in providers.iter_mut() {
        p["type"] = "email".into();
    }
    let ids: Vec<String> = providers
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(ids.len() >= 5);
    let five = SharedDataset(std::rc::Rc::new(common::parse(&json).unwrap()));
    let link = format!("1~t.email~x.{}~l.de", ids[..5].join(","));
    let (view, issues) = decode(&link);
    let r = AppState::starting_with(Lang::De, Some(view), issues).reduce(Action::Loaded(Ok(five)));
    assert_eq!(r.comparison.side_by_side.len(), 4);
    assert_eq!(
        r.link_issues,
        vec![LinkIssue::TooMany {
            field: Field::Compare,
            max: 4,
            extra: 1
        }]
    );
    // A list longer than the codec reads: the rest is counted, not dropped silently.
    let long: Vec<String> = (0..MAX_ENTRIES + 7).map(|i| format!("k{i}")).collect();
    let (_, issues) = decode(&format!("1~k.{}", long.join(",")));
    assert_eq!(
        issues,
        vec![LinkIssue::TooMany {
            field: Field::KnockoutsOff,
            max: MAX_ENTRIES,
            extra: 7
        }]
    );
}

#[test]
fn how_unknowns_count_travels_in_the_link_and_old_links_keep_their_meaning() {
    // Version-1 links wrote only `u.1` (unknown as 0): it still means the worst case.
    assert_eq!(decode("1~t.cloud~u.1").0.unknowns, Unknowns::Worst);
    assert_eq!(decode("1~t.cloud~u.0").0.unknowns, Unknowns::LeaveOut);
    assert_eq!(decode("1~t.cloud").0.unknowns, Unknowns::LeaveOut);
    // The best case came later, as `u.b`.
    assert_eq!(decode("1~t.cloud~u.b").0.unknowns, Unknowns::Best);
    // Anything else is named and left at the default.
    let (view, issues) = decode("1~t.cloud~u.5");
    assert_eq!(view.unknowns, Unknowns::LeaveOut);
    assert_eq!(issues, vec![LinkIssue::Unreadable("u.5".to_owned())]);
    // Written back: nothing for the default, `1` for the worst case (which older widgets read
    // the same way), `b` for the best.
    for (u, part) in [
        (Unknowns::LeaveOut, None),
        (Unknowns::Worst, Some("~u.1")),
        (Unknowns::Best, Some("~u.b")),
    ] {
        let view = SharedView {
            unknowns: u,
            ..SharedView::default()
        };
        let link = encode(&view);
        assert_eq!(
            part.is_some_and(|p| link.contains(p)),
            part.is_some(),
            "{link}"
        );
        assert!(!link.contains("~u.") || part.is_some(), "{link}");
        assert_eq!(decode(&link).0, view);
    }
    // Through the state: the choice survives its own link.
    let s = load(None, Vec::new()).reduce(Action::SetUnknowns(Unknowns::Best));
    let view = s.shared_view().unwrap();
    assert_eq!(view.unknowns, Unknowns::Best);
    let restored = load(Some(decode(&encode(&view)).0), Vec::new());
    assert_eq!(restored.options.unknowns, Unknowns::Best);
}
