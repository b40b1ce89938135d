//! Web addresses that are safe to turn into links.
//!
//! Invariant: a [`SafeUrl`] can only be made by [`SafeUrl::parse`], which accepts nothing but an
//! absolute `http:` or `https:` URL with a plain host, written in printable ASCII. The UI takes a
//! `SafeUrl`, never a string, for every `href`, so `javascript:`, `data:`, `vbscript:` and their
//! disguises (mixed case, leading blanks, control characters, a scheme split by a tab) cannot become
//! a link: they fail here, with a reason the dataset author can act on.

use std::fmt;

/// Longest URL accepted; longer ones are almost certainly not a source citation.
pub const MAX_URL_LEN: usize = 2048;

/// An absolute `http`/`https` URL that passed [`SafeUrl::parse`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SafeUrl(String);

/// Why a string is not accepted as a link target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    Empty,
    TooLong,
    /// Spaces, tabs, line breaks or other control characters anywhere in the string.
    Whitespace,
    /// Characters outside printable ASCII: they must be percent-encoded.
    NotAscii,
    /// Any scheme other than `http:` or `https:` (`javascript:`, `data:`, `ftp:`, no scheme, …).
    Scheme,
    /// No host after `//`, or a host with characters a host name cannot have.
    Host,
    /// `user@host` before the host, a classic way to make one site look like another.
    Credentials,
    /// Backslashes: browsers read them as `/`, so the link would go elsewhere than it reads.
    Backslash,
}

impl SafeUrl {
    pub fn parse(input: &str) -> Result<SafeUrl, UrlProblem> {
        if input.is_empty() {
            return Err(UrlProblem::Empty);
        }
        if input.len() > MAX_URL_LEN {
            return Err(UrlProblem::TooLong);
        }
        if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(UrlProblem::Whitespace);
        }
        if !input.is_ascii() {
            return Err(UrlProblem::NotAscii);
        }
        let rest = strip_prefix_ignore_case(input, "https://")
            .or_else(|| strip_prefix_ignore_case(input, "http://"))
            .ok_or(UrlProblem::Scheme)?;
        if input.contains('\\') {
            return Err(UrlProblem::Backslash);
        }
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        if authority.contains('@') {
            return Err(UrlProblem::Credentials);
        }
        if !valid_authority(authority) {
            return Err(UrlProblem::Host);
        }
        Ok(SafeUrl(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host name, for showing where a link goes (`www.bfdi.bund.de`).
    pub fn host(&self) -> &str {
        let rest = self.0.split_once("//").map_or("", |(_, rest)| rest);
        let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
        authority
            .rsplit_once(':')
            .filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit()))
            .map_or(authority, |(host, _)| host)
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `host[:port]` where host is a DNS name (letters, digits, `-`, `.`) or a bracketed IPv6 address.
fn valid_authority(authority: &str) -> bool {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        match v6.split_once(']') {
            Some((addr, after)) if !addr.is_empty() => {
                if !addr
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
                {
                    return false;
                }
                (addr, after.strip_prefix(':'))
            }
            _ => return false,
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    let host_ok = authority.starts_with('[')
        || (!host.is_empty()
            && !host.starts_with(['.', '-'])
            && !host.contains("..")
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'));
    port_ok && host_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_web_addresses() {
        for ok in [
            "https://www.bfdi.bund.de/SharedDocs/Pressemitteilungen/EN/2025/06_Geldbu%C3%9Fe-Vodafone.html",
            "http://derstandard.at/1310511277392/A1-ist-nicht-A1",
            "HTTPS://EXAMPLE.ORG",
            "https://example.org:8443/path?q=1#frag",
            "https://[2001:db8::1]/",
            "https://verbraucherrecht.at/cms/index.php?id=49&tx_ttnews%5Btt_news%5D=3837",
        ] {
            assert!(SafeUrl::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_script_and_data_schemes_in_every_disguise() {
        for (bad, why) in [
            ("javascript:alert(1)", UrlProblem::Scheme),
            ("JaVaScRiPt:alert(1)", UrlProblem::Scheme),
            (" javascript:alert(1)", UrlProblem::Whitespace),
            ("java\tscript:alert(1)", UrlProblem::Whitespace),
            ("\u{0001}javascript:alert(1)", UrlProblem::Whitespace),
            (
                "data:text/html,<script>alert(1)</script>",
                UrlProblem::Scheme,
            ),
            ("vbscript:msgbox(1)", UrlProblem::Scheme),
            ("https:alert(1)", UrlProblem::Scheme),
            ("//evil.example/", UrlProblem::Scheme),
            ("ftp://example.org/", UrlProblem::Scheme),
            ("https://", UrlProblem::Host),
            ("https://exa mple.org", UrlProblem::Whitespace),
            (
                "https://bank.example@evil.example/",
                UrlProblem::Credentials,
            ),
            (
                "https://evil.example\\@bank.example/",
                UrlProblem::Backslash,
            ),
            ("https://exämple.org/", UrlProblem::NotAscii),
            (
                "https://evil.example\u{202e}gro.elpmaxe",
                UrlProblem::NotAscii,
            ),
            ("https://<script>/", UrlProblem::Host),
            ("", UrlProblem::Empty),
        ] {
            assert_eq!(SafeUrl::parse(bad), Err(why), "{bad:?}");
        }
    }

    #[test]
    fn refuses_overlong_urls() {
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_LEN));
        assert_eq!(SafeUrl::parse(&long), Err(UrlProblem::TooLong));
    }

    #[test]
    fn host_for_display() {
        let u = SafeUrl::parse("https://www.heise.de:443/news/x.html").unwrap();
        assert_eq!(u.host(), "www.heise.de");
        assert_eq!(
            SafeUrl::parse("https://heise.de").unwrap().host(),
            "heise.de"
        );
    }
}
