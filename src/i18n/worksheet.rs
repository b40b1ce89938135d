//! The words of the classroom worksheet and its answer sheet (see [`crate::worksheet`]): the
//! tasks as a teacher would set them for a vocational IT class, in German and English.

use crate::text::Lang;

/// The sheet's title: "Arbeitsblatt: Pflichten von Providern – E-Mail" (the type's name is the
/// dataset's, isolated by the caller).
pub fn title(lang: Lang, type_name: &str, answers: bool) -> String {
    match (lang, answers) {
        (Lang::De, false) => format!("Arbeitsblatt: Pflichten von Providern \u{2013} {type_name}"),
        (Lang::De, true) => {
            format!("Lösungsblatt: Pflichten von Providern \u{2013} {type_name}")
        }
        (Lang::En, false) => {
            format!("Worksheet: what providers owe their customers \u{2013} {type_name}")
        }
        (Lang::En, true) => {
            format!("Answer sheet: what providers owe their customers \u{2013} {type_name}")
        }
    }
}

/// The line for the pupil's name, class and date.
pub fn name_line(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Name: ______________________   Klasse: ________   Datum: ____________",
        Lang::En => "Name: ______________________   Class: ________   Date: ____________",
    }
}

pub fn task_groups(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Aufgabe 1: Ordne jede Pflicht ihrer Gruppe zu. Kreuze in jeder Zeile genau eine Gruppe an.",
        Lang::En => "Task 1: Assign each duty to its group. Tick exactly one group in each row.",
    }
}

pub fn task_legal(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Aufgabe 2: Welche Vorschrift gehört zu welcher Pflicht? Schreibe den Buchstaben der Vorschrift neben die Pflicht.",
        Lang::En => "Task 2: Which rule belongs to which duty? Write the rule's letter next to the duty.",
    }
}

/// Task 3 around the two providers' names (which the sheet sets apart as dataset text):
/// the words before the first, between the two, and after the second.
pub fn task_compare(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::De => (
            "Aufgabe 3: Vergleiche ",
            " und ",
            ". Bei welchen drei Pflichten unterscheiden sie sich am meisten? Erkläre jeden \
             Unterschied mit den Quellen im Vergleich („Warum … von 5?“).",
        ),
        Lang::En => (
            "Task 3: Compare ",
            " and ",
            ". On which three duties do they differ most? Explain each difference with the \
             sources in the comparison (“Why … out of 5?”).",
        ),
    }
}

/// Task 3 where the type has fewer than two providers.
pub fn task_compare_none(lang: Lang) -> &'static str {
    match lang {
        Lang::De => {
            "Aufgabe 3 entfällt: Für diese Anbieterart gibt es keine zwei Anbieter zum Vergleichen."
        }
        Lang::En => "Task 3 is left out: there are not two providers of this type to compare.",
    }
}

pub fn task_weighting(lang: Lang, type_name: &str) -> String {
    match lang {
        Lang::De => format!(
            "Aufgabe 4: Welche drei Pflichten würdest du bei der Wahl eines Anbieters ({type_name}) am \
             stärksten gewichten? Begründe deine Wahl in drei Sätzen."
        ),
        Lang::En => format!(
            "Task 4: Which three duties would you weight most when choosing a provider ({type_name})? \
             Give your reasons in three sentences."
        ),
    }
}

pub fn duty_column(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Pflicht",
        Lang::En => "Duty",
    }
}

pub fn letter_column(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Buchstabe",
        Lang::En => "Letter",
    }
}

pub fn rules_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Die Vorschriften",
        Lang::En => "The rules",
    }
}

pub fn answer(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Lösung:",
        Lang::En => "Answer:",
    }
}

/// A score on the answer sheet: "3 von 5".
pub fn out_of_five(lang: Lang, score: u8) -> String {
    match lang {
        Lang::De => format!("{score} von 5"),
        Lang::En => format!("{score} out of 5"),
    }
}

pub fn no_differences(lang: Lang) -> &'static str {
    match lang {
        Lang::De => {
            "Die beiden haben bei keiner Pflicht mit bekannten Werten unterschiedliche Punkte."
        }
        Lang::En => "The two score the same on every duty where both scores are known.",
    }
}

pub fn sources_label(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Quellen:",
        Lang::En => "Sources:",
    }
}

pub fn weighting_answer(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Es gibt nicht die eine richtige Gewichtung. Eine gute Begründung nennt für jede gewählte \
                     Pflicht, was einem Kunden ohne sie passieren kann, und passt zur Rolle. Beispiele aus den \
                     Voreinstellungen des Datensatzes:",
        Lang::En => "There is no single right weighting. A good answer says for each duty chosen what could happen \
                     to a customer without it, and fits the role. Examples from the dataset's presets:",
    }
}

/// The sheet's footer: where its facts come from.
pub fn footer(lang: Lang, checked: &str) -> String {
    match lang {
        Lang::De => format!("Daten: Provider-Vergleich, Stand {checked}. Rechtsgrundlagen ohne Gewähr, keine Rechtsberatung."),
        Lang::En => format!("Data: provider comparison, as of {checked}. Legal references without warranty; not legal advice."),
    }
}

/// The button that prints the worksheet or the answer sheet.
pub fn print_button(lang: Lang, answers: bool) -> &'static str {
    match (lang, answers) {
        (Lang::De, false) => "Arbeitsblatt drucken",
        (Lang::De, true) => "Lösungsblatt drucken",
        (Lang::En, false) => "Print the worksheet",
        (Lang::En, true) => "Print the answer sheet",
    }
}
