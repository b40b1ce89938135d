//! The classroom worksheet's content for the shipped dataset: every task complete and answerable,
//! the same on every run, and the answers consistent with the dataset.

mod common;

use provider_compare::worksheet::{Worksheet, PAIR_DIFFERENCES};

#[test]
fn every_type_gets_a_complete_worksheet_whose_answers_follow_from_the_dataset() {
    let d = common::shipped();
    for (kind, t) in d.types.iter().enumerate() {
        let ranking: Vec<usize> = (0..d.providers.len())
            .filter(|&p| d.providers[p].kind == kind)
            .collect();
        let sheet = Worksheet::new(&d, kind, &ranking);
        // Task 1: exactly the duties that apply to the type, each once, not in the dataset's order.
        let mut sorted = sheet.sort_duties.clone();
        sorted.sort_unstable();
        let applies: Vec<usize> = (0..d.criteria.len())
            .filter(|&c| d.criteria[c].applies(kind))
            .collect();
        assert_eq!(sorted, applies, "{}", t.id);
        assert_ne!(sheet.sort_duties, applies, "{}: the duties are mixed", t.id);
        // Task 2: one reference per duty listed, each applying to the type, letters unique.
        assert_eq!(sheet.match_duties.len(), sheet.match_refs.len());
        assert!(
            sheet.match_duties.len() >= 10,
            "{}: {} duties with a legal reference",
            t.id,
            sheet.match_duties.len()
        );
        for &c in &sheet.match_duties {
            let letter = sheet.letter_of(c).unwrap();
            let (rc, r) = sheet.match_refs[letter];
            assert_eq!(rc, c);
            let legal = &d.criteria[c].explain.as_ref().unwrap().legal[r];
            assert!(
                legal.applies(&t.id),
                "{}: {} applies",
                t.id,
                legal.reference.get(provider_compare::text::Lang::De)
            );
        }
        // Task 3: the first two of the ranking; differences real, largest first, at most three.
        assert_eq!(sheet.pair, Some((ranking[0], ranking[1])), "{}", t.id);
        assert!(sheet.differences.len() <= PAIR_DIFFERENCES);
        let gaps: Vec<u8> = sheet
            .differences
            .iter()
            .map(|x| x.scores.0.abs_diff(x.scores.1))
            .collect();
        assert!(gaps.windows(2).all(|w| w[0] >= w[1]), "{gaps:?}");
        for x in &sheet.differences {
            let (a, b) = sheet.pair.unwrap();
            assert_eq!(
                d.providers[a].ratings[x.criterion].score(),
                Some(x.scores.0)
            );
            assert_eq!(
                d.providers[b].ratings[x.criterion].score(),
                Some(x.scores.1)
            );
            assert_ne!(x.scores.0, x.scores.1);
        }
        // The same sheet every time (worksheet and answer sheet are printed separately).
        assert_eq!(sheet, Worksheet::new(&d, kind, &ranking));
    }
}

#[test]
fn a_type_with_one_provider_has_no_comparison_and_a_dataset_without_explanations_no_legal_task() {
    let d = common::tiny_dataset();
    let sheet = Worksheet::new(&d, 0, &[0]);
    assert_eq!(sheet.pair, None);
    assert!(sheet.differences.is_empty());
    assert!(sheet.match_duties.is_empty() && sheet.match_refs.is_empty());
}

#[test]
fn the_shipped_e_mail_sheet_gives_the_answers_a_teacher_expects() {
    use provider_compare::text::Lang;
    let d = common::shipped();
    let kind = d.types.iter().position(|t| t.id == "email").unwrap();
    let providers: Vec<usize> = (0..d.providers.len())
        .filter(|&p| d.providers[p].kind == kind)
        .collect();
    let sheet = Worksheet::new(&d, kind, &providers);
    let privacy = d.criteria.iter().position(|c| c.id == "privacy").unwrap();
    let (c, r) = sheet.match_refs[sheet.letter_of(privacy).unwrap()];
    let reference = d.criteria[c].explain.as_ref().unwrap().legal[r]
        .reference
        .get(Lang::De);
    // The EU rule first; for data protection the principle of integrity and confidentiality.
    assert_eq!(reference, "Art. 5 Abs. 1 lit. f DSGVO");
    // Task 1's answer is the duty's own group.
    assert_eq!(d.groups[d.criteria[privacy].group].id, "legal");
}
