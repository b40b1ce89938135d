//! The widget's state with a core whose evidence is split by provider type: the part of the type
//! on show is fetched alone, merged also when it arrives late, and printing and the duties'
//! explanations wait for what they need; a core without parts fetches the complete file as before.

use std::rc::Rc;

use provider_compare::dataset::{Dataset, Rating, SharedDataset};
use provider_compare::share::decode;
use provider_compare::state::{Action, AppState, Evidence, Load, LoadError, Panel};
use provider_compare::text::Lang;
use provider_compare::validate::{parse_dataset, ProblemKind};

fn read(path: &str) -> Dataset {
    let text = std::fs::read_to_string(format!("{}/data/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("data/{path}: {e}"));
    parse_dataset(&text).unwrap_or_else(|p| panic!("data/{path}: {p:#?}"))
}

fn kind_of(d: &Dataset, id: &str) -> usize {
    d.types.iter().position(|t| t.id == id).unwrap()
}

fn shared(d: Dataset) -> SharedDataset {
    SharedDataset(Rc::new(d))
}

struct Files {
    core: SharedDataset,
    full: SharedDataset,
    parts: Vec<SharedDataset>,
    isp: usize,
    email: usize,
}

fn files() -> Files {
    let core = read("providers.core.json");
    let parts: Vec<Dataset> = (0..core.types.len())
        .map(|t| read(core.evidence_part(t).unwrap()))
        .collect();
    let full = read("providers.json");
    let (isp, email) = (kind_of(&core, "isp"), kind_of(&core, "email"));
    Files {
        core: shared(core),
        full: shared(full),
        parts: parts.into_iter().map(shared).collect(),
        isp,
        email,
    }
}

/// The state with `core` loaded, showing type `kind`.
fn showing(core: &SharedDataset, kind: usize) -> AppState {
    AppState::new(Lang::De)
        .reduce(Action::Loaded(Ok(core.clone())))
        .reduce(Action::SetKind(kind))
}

/// A part as the loader hands it over: a dataset of its own.
fn owned(d: &SharedDataset) -> Box<Dataset> {
    Box::new((**d).clone())
}

fn first_of(s: &AppState, kind: usize) -> usize {
    s.dataset().unwrap().providers_of(kind).next().unwrap().0
}

fn has_sources(s: &AppState, p: usize) -> bool {
    s.dataset().unwrap().providers[p]
        .ratings
        .iter()
        .any(|r| matches!(r, Rating::Scored(x) if !x.sources.is_empty()))
}

#[test]
fn with_parts_the_evidence_of_the_type_on_show_is_fetched_alone() {
    let f = files();
    let s = showing(&f.core, f.isp);
    assert_eq!(s.evidence, Evidence::Idle);
    assert!(s.evidence_requests().is_empty(), "nothing for the ranking");
    let p = first_of(&s, f.isp);
    let s = s.reduce(Action::Select(Some(p)));
    assert_eq!(s.evidence, Evidence::Loading);
    assert_eq!(
        s.evidence_requests(),
        [(Some(f.isp), "evidence/isp.json".to_owned())],
        "the ISPs' part, not the complete file"
    );
    let s = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.isp])),
    });
    assert_eq!(s.evidence, Evidence::Complete);
    assert!(s.evidence_requests().is_empty());
    assert!(
        matches!(&s.load, Load::Ready(d) if d.is_core()),
        "still a core"
    );
    assert_eq!(s.table.selected, Some(p), "the detail stays open");
    assert!(has_sources(&s, p));
    // Another type: its evidence is not there yet, and is fetched when a detail needs it.
    let s = s.reduce(Action::SetKind(f.email));
    assert_eq!(s.evidence, Evidence::Idle);
    let e = first_of(&s, f.email);
    assert!(!has_sources(&s, e));
    let s = s.reduce(Action::ToggleCompare(e));
    assert_eq!(s.evidence, Evidence::Loading);
    assert_eq!(
        s.evidence_requests(),
        [(Some(f.email), "evidence/email.json".to_owned())]
    );
    let s = s.reduce(Action::PartLoaded {
        kind: f.email,
        loaded: Ok(owned(&f.parts[f.email])),
    });
    assert_eq!(s.evidence, Evidence::Complete);
    assert!(
        has_sources(&s, e) && has_sources(&s, p),
        "both types' evidence"
    );
    // Back to the ISPs: complete at once, nothing fetched.
    let s = s.reduce(Action::SetKind(f.isp));
    assert_eq!(s.evidence, Evidence::Complete);
    assert!(s.evidence_requests().is_empty());
}

#[test]
fn a_part_arriving_after_the_reader_turned_to_another_type_is_still_merged() {
    let f = files();
    let s = showing(&f.core, f.isp);
    let p = first_of(&s, f.isp);
    let s = s
        .reduce(Action::Select(Some(p)))
        .reduce(Action::SetKind(f.email));
    assert_eq!(
        s.evidence,
        Evidence::Idle,
        "the e-mail part is not asked for"
    );
    assert_eq!(
        s.evidence_requests().len(),
        1,
        "the ISPs' part is still on its way"
    );
    let s = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.isp])),
    });
    assert_eq!(s.evidence, Evidence::Idle);
    assert_eq!(s.evidence_of(f.isp), Evidence::Complete);
    assert!(has_sources(&s, p));
    let s = s.reduce(Action::SetKind(f.isp));
    assert_eq!(s.evidence, Evidence::Complete);
    // The same part arriving twice (fetched twice) changes nothing.
    let again = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.isp])),
    });
    assert_eq!(again, s);
}

#[test]
fn a_part_that_fails_or_does_not_match_is_said_and_can_be_retried() {
    let f = files();
    let s = showing(&f.core, f.isp).reduce(Action::WantEvidence);
    assert_eq!(s.evidence, Evidence::Loading);
    // Another type's part in place of the ISPs'.
    let wrong = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.email])),
    });
    match &wrong.evidence {
        Evidence::Failed(LoadError::Invalid(problems)) => {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].kind, ProblemKind::EvidenceMismatch);
            assert_eq!(problems[0].path, "evidence_parts › isp");
        }
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(&wrong.load, Load::Ready(d) if Rc::ptr_eq(&d.0, &f.core.0)),
        "the core keeps working"
    );
    let failed = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Err(LoadError::Http(404)),
    });
    assert_eq!(failed.evidence, Evidence::Failed(LoadError::Http(404)));
    let retried = failed.reduce(Action::WantEvidence);
    assert_eq!(retried.evidence, Evidence::Loading);
    assert_eq!(retried.evidence_requests().len(), 1);
    // A part for a type the dataset does not have is ignored.
    assert_eq!(
        s.reduce(Action::PartLoaded {
            kind: 99,
            loaded: Ok(owned(&f.parts[0]))
        }),
        s
    );
}

#[test]
fn printing_waits_for_the_evidence_of_the_type_on_show() {
    let f = files();
    let s = showing(&f.core, f.isp).reduce(Action::Print);
    assert!(s.print_pending && !s.printing && s.print_requests == 0);
    assert_eq!(s.evidence, Evidence::Loading);
    // The reader turns to e-mail meanwhile: its part is asked for, printing still waits.
    let s = s.reduce(Action::SetKind(f.email));
    assert_eq!(s.evidence, Evidence::Loading);
    assert_eq!(s.evidence_requests().len(), 2);
    let s = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.isp])),
    });
    assert!(s.print_pending && !s.printing, "not the type on show");
    let s = s.reduce(Action::PartLoaded {
        kind: f.email,
        loaded: Ok(owned(&f.parts[f.email])),
    });
    assert!(!s.print_pending && s.printing && s.print_requests == 1);
    // With the part there, printing is at once.
    let s = s.reduce(Action::SetPrinting(false)).reduce(Action::Print);
    assert!(s.printing && s.print_requests == 2);
}

#[test]
fn a_core_without_parts_fetches_the_complete_file_for_every_type() {
    let f = files();
    let old = shared(Dataset {
        evidence_parts: Vec::new(),
        ..(*f.core).clone()
    });
    let s = showing(&old, f.isp);
    let s = s.reduce(Action::Select(Some(first_of(&s, f.isp))));
    assert_eq!(s.evidence_requests(), [(None, "providers.json".to_owned())]);
    // The reader turns to e-mail: still the one file on its way, not a second fetch.
    let s = s.reduce(Action::SetKind(f.email));
    assert_eq!(s.evidence, Evidence::Loading);
    let s = s.reduce(Action::EvidenceLoaded(Ok(f.full.clone())));
    assert_eq!(s.evidence, Evidence::Complete);
    assert!(matches!(&s.load, Load::Ready(d) if !d.is_core()));
    assert_eq!(
        s.reduce(Action::SetKind(f.isp)).evidence,
        Evidence::Complete
    );
}

#[test]
fn a_type_without_a_part_takes_its_evidence_from_the_complete_file() {
    let f = files();
    let mut parts = vec![None; f.core.types.len()];
    parts[f.isp] = f.core.evidence_part(f.isp).map(str::to_owned);
    let some = shared(Dataset {
        evidence_parts: parts,
        ..(*f.core).clone()
    });
    let s = showing(&some, f.email).reduce(Action::WantEvidence);
    assert_eq!(s.evidence_requests(), [(None, "providers.json".to_owned())]);
    let s = s
        .reduce(Action::SetKind(f.isp))
        .reduce(Action::WantEvidence);
    assert_eq!(
        s.evidence_requests(),
        [
            (None, "providers.json".to_owned()),
            (Some(f.isp), "evidence/isp.json".to_owned())
        ]
    );
    // The complete file completes every type, the ISPs too.
    let s = s.reduce(Action::EvidenceLoaded(Ok(f.full.clone())));
    assert_eq!(s.evidence, Evidence::Complete);
    assert!(s.evidence_requests().is_empty());
    // And a part arriving after it is not needed any more.
    let late = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.isp])),
    });
    assert!(matches!(&late.load, Load::Ready(d) if Rc::ptr_eq(&d.0, &f.full.0)));
}

#[test]
fn the_duties_explanations_come_with_any_part() {
    let f = files();
    let s = showing(&f.core, f.isp).reduce(Action::OpenPanel(Some(Panel::Duties)));
    assert_eq!(s.explanations(), Evidence::Loading);
    let s = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.isp])),
    });
    assert_eq!(s.explanations(), Evidence::Complete);
    assert!(s
        .dataset()
        .unwrap()
        .criteria
        .iter()
        .all(|c| c.explain.is_some()));
    // On e-mail the explanations are there without the e-mail part.
    let s = s.reduce(Action::SetKind(f.email));
    assert_eq!(s.evidence, Evidence::Idle);
    assert_eq!(s.explanations(), Evidence::Complete);
    assert!(s.evidence_requests().is_empty());
    // Turning to a type while the panel is open and nothing is in asks for that type's part.
    let s = showing(&f.core, f.isp)
        .reduce(Action::OpenPanel(Some(Panel::Duties)))
        .reduce(Action::SetKind(f.email));
    assert_eq!(s.evidence, Evidence::Loading);
}

#[test]
fn a_restored_link_keeps_the_parts_already_merged() {
    let f = files();
    let s = showing(&f.core, f.isp).reduce(Action::WantEvidence);
    let s = s.reduce(Action::PartLoaded {
        kind: f.isp,
        loaded: Ok(owned(&f.parts[f.isp])),
    });
    let merged = s.dataset().unwrap().clone();
    let (view, issues) = decode("1~t.isp~l.en");
    let s = s.reduce(Action::Restore(Box::new(view), issues));
    assert_eq!(s.evidence, Evidence::Complete);
    assert!(matches!(&s.load, Load::Ready(d) if *d == merged));
    assert!(s.evidence_requests().is_empty());
}
