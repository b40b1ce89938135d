//! The words of the classroom mode: the projector view's switch, the duties explained (what a
//! duty means, why it matters, an example, the legal basis) and the roles for class.
//!
//! Invariant: every string exists in both languages (the fixed ones are fields of [`Teaching`],
//! so a missing translation is a compile error); names set into a sentence are isolated
//! ([`super::isolate`]). The duties' explanations and the roles themselves are dataset text.

use super::isolate;
use crate::date::PartialDate;
use crate::text::Lang;

/// Fixed strings of the classroom mode.
pub struct Teaching {
    /// The switch for the projector view (a toggle button).
    pub projector: &'static str,
    /// Shown in the projector view where the duties' own sliders are folded away.
    pub duties_folded: &'static str,
    /// The button and heading of the duties explained.
    pub duties_heading: &'static str,
    pub duties_intro: &'static str,
    pub meaning: &'static str,
    pub why: &'static str,
    pub legal_basis: &'static str,
    /// A duty without an explanation in the dataset.
    pub no_explanation: &'static str,
    /// The button and heading of the roles.
    pub roles_heading: &'static str,
    pub roles_intro: &'static str,
    pub scenario: &'static str,
    pub task: &'static str,
    /// Picks the role (weights start equal).
    pub take_role: &'static str,
    pub leave_role: &'static str,
    pub close: &'static str,
    /// What the effective-weight percentages are, as text in the projector view.
    pub effective_weight_note: &'static str,
}

const DE: Teaching = Teaching {
    projector: "Beamer-Ansicht",
    duties_folded: "Die Regler der einzelnen Pflichten sind eingeklappt; die normale Ansicht zeigt sie.",
    duties_heading: "Die Pflichten erklärt",
    duties_intro: "Alle Pflichten auf einen Blick, nach Gruppen: was sie bedeuten, warum sie für Kundinnen und Kunden zählen, ein Beispiel für die gewählte Anbieterart und die Rechtsgrundlage mit Link zum amtlichen Text.",
    meaning: "Was sie bedeutet",
    why: "Warum sie zählt",
    legal_basis: "Rechtsgrundlage",
    no_explanation: "Noch keine Erklärung im Datensatz.",
    roles_heading: "Rollen für den Unterricht",
    roles_intro: "Öffne eine Rolle, lies die Ausgangslage und übernimm sie: Die Gewichte beginnen dann alle gleich, und du gewichtest so, wie es für diese Rolle wichtig ist. Gib danach deinen Link ab.",
    scenario: "Ausgangslage",
    task: "Aufgabe",
    take_role: "Diese Rolle übernehmen",
    leave_role: "Rolle ablegen",
    close: "Schließen",
    effective_weight_note: "Prozent: der Anteil der Gruppe an der Gesamtwertung.",
};

const EN: Teaching = Teaching {
    projector: "Projector view",
    duties_folded: "The sliders of the single duties are folded away; the normal view shows them.",
    duties_heading: "The duties explained",
    duties_intro: "All duties at a glance, by group: what they mean, why they matter to customers, an example for the chosen provider type and the legal basis with a link to the official text.",
    meaning: "What it means",
    why: "Why it matters",
    legal_basis: "Legal basis",
    no_explanation: "No explanation in the dataset yet.",
    roles_heading: "Roles for class",
    roles_intro: "Open a role, read the scenario and take it: the weights then all start equal, and you weight as it matters for this role. Then hand in your link.",
    scenario: "Scenario",
    task: "Task",
    take_role: "Take this role",
    leave_role: "Leave the role",
    close: "Close",
    effective_weight_note: "Percent: the group's share of the total.",
};

pub fn teaching(lang: Lang) -> &'static Teaching {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

/// The heading of a duty's example: "Beispiel: Internetanbieter".
pub fn example_for(lang: Lang, type_name: &str) -> String {
    match lang {
        Lang::De => format!("Beispiel: {}", isolate(type_name)),
        Lang::En => format!("Example: {}", isolate(type_name)),
    }
}

/// Which provider types a legal reference applies to: "gilt für: ISP, E-Mail".
pub fn applies_to(lang: Lang, type_names: &[&str]) -> String {
    let list: Vec<String> = type_names.iter().map(|n| isolate(n)).collect();
    match lang {
        Lang::De => format!("gilt für: {}", list.join(", ")),
        Lang::En => format!("applies to: {}", list.join(", ")),
    }
}

/// When a reference was checked against the legal text.
pub fn checked(lang: Lang, date: &PartialDate) -> String {
    match lang {
        Lang::De => format!("geprüft am {}", date.format(lang)),
        Lang::En => format!("checked on {}", date.format(lang)),
    }
}

/// The chosen role, above the weights: "Deine Rolle: Familie mit Kindern".
pub fn your_role(lang: Lang, name: &str) -> String {
    match lang {
        Lang::De => format!("Deine Rolle: {}", isolate(name)),
        Lang::En => format!("Your role: {}", isolate(name)),
    }
}

/// Shown with the chosen role's task: where the weights started.
pub fn role_start_note(lang: Lang, weight: u8) -> String {
    match lang {
        Lang::De => format!(
            "Alle Gewichte standen zu Beginn gleich ({weight}). Der Link zum Teilen nennt deine Rolle."
        ),
        Lang::En => format!("All weights started equal ({weight}). The share link names your role."),
    }
}

/// The link to a reference's official text (for screen readers, with the reference).
pub fn official_text(lang: Lang, reference: &str) -> String {
    match lang {
        Lang::De => format!("Amtlicher Text: {}", isolate(reference)),
        Lang::En => format!("Official text: {}", isolate(reference)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_say_something() {
        for lang in [Lang::De, Lang::En] {
            let t = teaching(lang);
            assert!(!t.projector.is_empty() && !t.no_explanation.is_empty());
            assert!(your_role(lang, "X").contains('X'));
            assert!(applies_to(lang, &["a", "b"]).contains(", "));
        }
        assert_eq!(teaching(Lang::De).duties_heading, "Die Pflichten erklärt");
        assert_eq!(teaching(Lang::En).roles_heading, "Roles for class");
    }
}
