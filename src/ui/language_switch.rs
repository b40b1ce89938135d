//! The visible switch between German and English: two toggle buttons, each named in its own language.

use yew::prelude::*;

use super::Dispatch;
use crate::i18n;
use crate::state::Action;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    html! {
        <div class="pc-lang" role="group" aria-label={i18n::strings(props.lang).language}>
            { for Lang::ALL.into_iter().map(|lang| {
                let dispatch = props.dispatch.clone();
                let pressed = lang == props.lang;
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
