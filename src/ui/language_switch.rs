//! The visible switch between German and English: two toggle buttons, each named in its own language.

use yew::prelude::*;

use crate::ui::{use_dispatch, use_lang};

use crate::i18n;
use crate::state::Action;
use crate::text::Lang;

#[component]
pub(crate) fn LanguageSwitch() -> Html {
    let current = use_lang();
    let dispatch = use_dispatch();
    html! {
        <div class="pc-lang" role="group" aria-label={i18n::strings(current).language}>
            { for Lang::ALL.into_iter().map(|lang| {
                let dispatch = dispatch.clone();
                let pressed = lang == current;
                html! {
                    <button
                        key={lang.code()}
                        type="button"
                        class="pc-lang-button"
                        lang={lang.code()}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        onclick={move |_| dispatch.dispatch(Action::SetLang(lang))}
                    >
                        // The visible "DE" stays part of the name, so speech control can use it.
                        { lang.code().to_ascii_uppercase() }
                        <span class="pc-sr">{ format!(" – {}", i18n::language_name(lang)) }</span>
                    </button>
                }
            }) }
        </div>
    }
}
