//! The words of "Warum 3 von 5?": how a score follows from its findings by the duty's rubric,
//! an editor's override, when a rating was last checked, and the age of a source.
//!
//! Invariant: every sentence exists in German and English; numbers are the core's (the rubric's
//! points and caps, the rating's score), never recomputed here.

use crate::date::PartialDate;
use crate::text::Lang;

/// The summary of the findings' disclosure: "Warum 3 von 5?".
pub fn why_score(lang: Lang, score: u8) -> String {
    match lang {
        Lang::De => format!("Warum {score} von 5?"),
        Lang::En => format!("Why {score} out of 5?"),
    }
}

/// What was found for a check: met, not met, or not looked at (no finding).
pub fn check_state(lang: Lang, met: Option<bool>) -> &'static str {
    match (lang, met) {
        (Lang::De, Some(true)) => "erfüllt",
        (Lang::De, Some(false)) => "nicht erfüllt",
        (Lang::De, None) => "kein Befund (zählt als nicht erfüllt)",
        (Lang::En, Some(true)) => "met",
        (Lang::En, Some(false)) => "not met",
        (Lang::En, None) => "no finding (counts as not met)",
    }
}

/// What a check is worth: "+2 Punkte", "begrenzt auf höchstens 1", both, or nothing.
pub fn check_worth(lang: Lang, points: u8, cap: Option<u8>) -> String {
    let points = match (lang, points) {
        (_, 0) => String::new(),
        (Lang::De, 1) => "+1 Punkt".to_owned(),
        (Lang::De, n) => format!("+{n} Punkte"),
        (Lang::En, 1) => "+1 point".to_owned(),
        (Lang::En, n) => format!("+{n} points"),
    };
    let cap = cap.map(|c| match lang {
        Lang::De => format!("wenn erfüllt: höchstens {c}"),
        Lang::En => format!("if met: at most {c}"),
    });
    match (points.is_empty(), cap) {
        (true, Some(c)) => c,
        (false, Some(c)) => format!("{points}, {c}"),
        (_, None) => points,
    }
}

/// How the rubric's result comes about: "Erfüllte Punkte: 1 + 1 + 1 = 3 (höchstens 5)." and,
/// where a met check caps it, "Begrenzt auf 1." `points` are the met checks' points.
pub fn rubric_sum(lang: Lang, points: &[u8], cap: Option<u8>, result: u8) -> String {
    let sum: u32 = points.iter().map(|p| u32::from(*p)).sum();
    let terms = if points.len() > 1 {
        let list: Vec<String> = points.iter().map(u8::to_string).collect();
        format!("{} = {sum}", list.join(" + "))
    } else {
        sum.to_string()
    };
    let capped = cap.filter(|c| u32::from(*c) < sum.min(5));
    match (lang, capped) {
        (Lang::De, None) => format!("Punkte der erfüllten Prüffragen: {terms} (höchstens 5) – ergibt {result}."),
        (Lang::En, None) => format!("Points of the checks met: {terms} (at most 5) – gives {result}."),
        (Lang::De, Some(c)) => format!("Punkte der erfüllten Prüffragen: {terms}, aber eine erfüllte Prüffrage begrenzt auf {c} – ergibt {result}."),
        (Lang::En, Some(c)) => format!("Points of the checks met: {terms}, but a check that is met limits it to {c} – gives {result}."),
    }
}

/// "Die Redaktion weicht vom Bewertungsschema ab: Nach den Befunden wären es 1, vergeben ist 2."
pub fn override_note(lang: Lang, rubric_score: u8, score: u8) -> String {
    match lang {
        Lang::De => format!("Die Redaktion weicht vom Bewertungsschema ab: Nach den Befunden wären es {rubric_score}, vergeben ist {score}. Begründung:"),
        Lang::En => format!("The editors depart from the rubric: by the findings it would be {rubric_score}, the score given is {score}. Reason:"),
    }
}

/// "Zuletzt geprüft am 2. Dezember 2026:" (followed by how).
pub fn last_checked(lang: Lang, date: &PartialDate) -> String {
    match lang {
        Lang::De => format!("Zuletzt geprüft {}:", on(lang, date)),
        Lang::En => format!("Last checked {}:", on(lang, date)),
    }
}

fn on(lang: Lang, date: &PartialDate) -> String {
    let text = date.format(lang);
    match (lang, date.day) {
        (Lang::De, Some(_)) => format!("am {text}"),
        (Lang::De, None) => format!("im {text}"),
        (Lang::En, Some(_)) => format!("on {text}"),
        (Lang::En, None) => format!("in {text}"),
    }
}

/// Which sources a finding rests on, numbered as the source list numbers them (from 1):
/// "Quelle 1", "Quellen 1, 3".
pub fn source_refs(lang: Lang, indices: &[usize]) -> String {
    let list: Vec<String> = indices.iter().map(|i| (i + 1).to_string()).collect();
    match (lang, indices.len()) {
        (_, 0) => String::new(),
        (Lang::De, 1) => format!("Quelle {}", list.join(", ")),
        (Lang::De, _) => format!("Quellen {}", list.join(", ")),
        (Lang::En, 1) => format!("source {}", list.join(", ")),
        (Lang::En, _) => format!("sources {}", list.join(", ")),
    }
}

/// The mark of a source dated three or more years before the check: "Quelle von 2016".
pub fn old_source(lang: Lang, year: u16) -> String {
    match lang {
        Lang::De => format!("Quelle von {year}"),
        Lang::En => format!("source from {year}"),
    }
}

/// Why a score is marked low confidence when every source is third-party or community.
pub fn weak_sources_only(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "geringe Sicherheit: nur Dritt- oder Forenquellen",
        Lang::En => "low confidence: third-party or forum sources only",
    }
}

/// The heading of the checks list: "Geprüft nach dem Bewertungsschema".
pub fn rubric_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Prüffragen des Bewertungsschemas und Befunde",
        Lang::En => "The rubric's checks and the findings",
    }
}

/// While the evidence of a core dataset is on its way.
pub fn evidence_loading(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Begründungen, Befunde und Quellen werden geladen …",
        Lang::En => "Loading the justifications, findings and sources …",
    }
}

/// When it could not be loaded; the scores and the ranking are not affected.
pub fn evidence_failed(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Begründungen, Befunde und Quellen konnten nicht geladen werden. Die Werte und die Rangliste gelten trotzdem.",
        Lang::En => "The justifications, findings and sources could not be loaded. The scores and the ranking stand all the same.",
    }
}
