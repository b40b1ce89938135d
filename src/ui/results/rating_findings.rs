//! "Warum 3 von 5?": the findings behind one rating, check by check, and how the duty's rubric
//! turns them into the score; an editor's override with its reason; when and how the rating was
//! last checked. Teaching material as much as evidence: a class can argue about a single check.
//!
//! Renders nothing for a score set by hand (format 1) beyond its check record. Numbers come from
//! the dataset's rubric and the validated rating (whose score the validator has already matched
//! against the findings); this part only lays them out.
//!
//! Plain functions, not components: they have neither state nor effects, a detail draws one per
//! duty, and each component type costs Yew's machinery in the bundle (see `parts::score_badge`).

use yew::prelude::*;

use crate::dataset::{CheckRecord, Dataset, Finding, Rating, Rubric};
use crate::i18n;
use crate::text::Lang;

/// The findings behind `provider`'s rating of `criterion` (indices into `d`), in `lang`.
pub(crate) fn rating_findings(lang: Lang, d: &Dataset, provider: usize, criterion: usize) -> Html {
    let rubric = d.criteria.get(criterion).and_then(|c| c.rubric.as_ref());
    let Some(rating) = d
        .providers
        .get(provider)
        .and_then(|p| p.ratings.get(criterion))
    else {
        return Html::default();
    };
    let checked_line = |record: &Option<CheckRecord>| match record {
        Some(r) => html! {
            <p class="pc-checked">
                { i18n::findings::last_checked(lang, &r.date) }{ " " }
                <span dir="auto">{ r.how.get(lang) }</span>
            </p>
        },
        None => Html::default(),
    };
    match (rating, rubric) {
        (Rating::Scored(s), Some(rubric)) if !s.findings.is_empty() => {
            let (met, cap) = rubric.parts(&rubric.met(&s.findings));
            let result = s.overridden.as_ref().map_or(s.score, |o| o.rubric_score);
            html! {
                <details class="pc-why">
                    <summary>{ i18n::findings::why_score(lang, s.score) }</summary>
                    { finding_list(lang, rubric, &s.findings) }
                    <p class="pc-why-sum">{ i18n::findings::rubric_sum(lang, &met, cap, result) }</p>
                    if let Some(o) = &s.overridden {
                        <p class="pc-why-override">
                            { i18n::findings::override_note(lang, o.rubric_score, s.score) }{ " " }
                            <span dir="auto">{ o.reason.get(lang) }</span>
                        </p>
                    }
                    { checked_line(&s.checked) }
                </details>
            }
        }
        (Rating::Scored(s), _) => checked_line(&s.checked),
        (
            Rating::Unknown {
                findings, checked, ..
            },
            Some(rubric),
        ) if !findings.is_empty() => {
            html! {
                <details class="pc-why">
                    <summary>{ i18n::findings::rubric_heading(lang) }</summary>
                    { finding_list(lang, rubric, findings) }
                    { checked_line(checked) }
                </details>
            }
        }
        (Rating::Unknown { checked, .. }, _) => checked_line(checked),
        (Rating::NotApplicable, _) => Html::default(),
    }
}

fn finding_of(findings: &[Finding], check: usize) -> Option<&Finding> {
    findings.iter().find(|f| f.check == check)
}

/// Every check of the rubric with what was found: met, not met, or no finding; the mark beside it
/// says whether that helps the score (✓) or not (✗).
fn finding_list(lang: Lang, rubric: &Rubric, findings: &[Finding]) -> Html {
    html! {
        <>
            <p class="pc-why-heading">{ i18n::findings::rubric_heading(lang) }</p>
            <ul class="pc-findings">
                { for rubric.checks.iter().enumerate().map(|(i, check)| {
                    let finding = finding_of(findings, i);
                    let met = finding.map(|f| f.met);
                    let state = match met {
                        Some(true) => "pc-finding--met",
                        Some(false) => "pc-finding--not-met",
                        None => "pc-finding--none",
                    };
                    let worth = i18n::findings::check_worth(lang, check.points, check.cap);
                    // The mark says what the finding does to the score: a check that only caps
                    // (a ruling, a breach) is good news when it is not met.
                    let only_caps = check.points == 0 && check.cap.is_some();
                    let (mark, effect) = match met.map(|m| m != only_caps) {
                        Some(true) => ("✓\u{FE0E}", "pc-finding--favourable"),
                        Some(false) => ("✗\u{FE0E}", "pc-finding--unfavourable"),
                        None => ("–", ""),
                    };
                    html! {
                        <li class={classes!("pc-finding", state, effect)} key={check.id.clone()}>
                            <span class="pc-finding-mark" aria-hidden="true">{ mark }</span>
                            <span class="pc-finding-body">
                                <span dir="auto">{ check.text.get(lang) }</span>
                                if !worth.is_empty() {
                                    <span class="pc-finding-worth">{ format!(" ({worth})") }</span>
                                }
                                <strong class="pc-finding-state">{ format!(" {}", i18n::findings::check_state(lang, met)) }</strong>
                                if let Some(f) = finding {
                                    if let Some(note) = &f.note {
                                        <span class="pc-finding-note">{ " " }<span dir="auto">{ note.get(lang) }</span></span>
                                    }
                                    if !f.sources.is_empty() {
                                        <span class="pc-finding-refs">{ format!(" ({})", i18n::findings::source_refs(lang, &f.sources)) }</span>
                                    }
                                }
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
