//! Web addresses that are safe to turn into links.
//!
//! Invariant: a [`SafeUrl`] can only be made by [`SafeUrl::parse`], which accepts nothing but an
//! absolute `http:` or `https:` URL with a plain host, written in printable ASCII. The UI takes a
//! `SafeUrl`, never a string, for every `href`, so `javascript:`, `data:`, `vbscript:` and their
//! disguises (mixed case, leading blanks, control characters, a scheme split by a tab) cannot become
//! a link: they fail here, with a reason the dataset author can act on.
//!
//! Whether an address is usable at all is decided as the WHATWG URL standard (the one browsers
//! follow) decides it for `http` and `https`: the host parser (percent-decoding, forbidden code
//! points, IPv4 numbers with the rules for a numeric last label, IPv6 in brackets) and ports
//! 0–65535. Everything the standard refuses is refused here (checked against the
//! web-platform-tests data in `tests/url_standard.rs`). On top of that the project is stricter,
//! for addresses a reader should be able to read where they lead; each of these is refused
//! although the standard reads it:
//! - anything but printable ASCII, spaces and control characters anywhere (the standard strips or
//!   removes some); non-ASCII hosts too, because IDNA (UTS 46) is not implemented: write them in
//!   punycode (`xn--…`), whose labels are checked to decode, and to hold nothing invisible and
//!   none of the upper-case and compatibility characters UTS 46 maps (an approximation);
//! - backslashes, and anything but exactly `//` after the scheme (`https:example.org`);
//! - user names and passwords (`user@host`);
//! - hosts with characters a DNS name does not have (only letters, digits, `-`, `_`, `.`), empty
//!   labels (`a..b`, `.a`) or a leading `-`;
//! - hosts that are written so as to hide where they go: percent-encoded (`%65xample.org`) or an
//!   IPv4 address in anything but `a.b.c.d` decimal (`0x7f.1`, `2130706433`, `0177.0.0.1`).

use std::fmt;

use crate::text;

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
    /// Characters outside printable ASCII: they must be percent-encoded (in a host: punycode).
    NotAscii,
    /// Any scheme other than `http:` or `https:` (`javascript:`, `data:`, `ftp:`, no scheme, …),
    /// or not followed by exactly `//`.
    Scheme,
    /// No host after `//`, or a host with characters or labels a host name cannot have.
    Host,
    /// A port that is not a number from 0 to 65535 (`:99999`, `:80a`).
    Port,
    /// A host that is meant as an IP address but is none (`999.999.999.999`, `[1::2::3]`).
    IpAddress,
    /// A host the standard reads, written so that it hides where the link goes: percent-encoded
    /// (`%65xample.org`), or an IPv4 address in another form than `a.b.c.d` (`0x7f.1`).
    UnusualHost,
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
        check_authority(authority)?;
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

/// `host[:port]`, the host a name, an IPv4 address or an IPv6 address in brackets.
fn check_authority(authority: &str) -> Result<(), UrlProblem> {
    // The host ends at the first `:` outside brackets.
    let (host, port) = if authority.starts_with('[') {
        match authority.find(']') {
            Some(end) => {
                let after = &authority[end + 1..];
                match after.strip_prefix(':') {
                    Some(port) => (&authority[..=end], Some(port)),
                    None if after.is_empty() => (authority, None),
                    // `[::1]x`: the standard reads `]x` as part of the host, which then fails.
                    None => return Err(UrlProblem::IpAddress),
                }
            }
            None => return Err(UrlProblem::IpAddress),
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    check_host(host)?;
    match port {
        Some(port) if !valid_port(port) => Err(UrlProblem::Port),
        _ => Ok(()),
    }
}

/// The standard's port: digits (any number of them, `:0080` is 80), a value up to 65535, or
/// nothing at all (`example.org:/`, the default port).
fn valid_port(port: &str) -> bool {
    port.bytes().all(|b| b.is_ascii_digit())
        && port
            .bytes()
            .try_fold(0u32, |n, b| {
                let n = n * 10 + u32::from(b - b'0');
                (n <= 65_535).then_some(n)
            })
            .is_some()
}

/// The standard's host parser for `http`/`https`, then the project's stricter rules.
fn check_host(host: &str) -> Result<(), UrlProblem> {
    if let Some(inside) = host.strip_prefix('[') {
        let address = inside.strip_suffix(']').ok_or(UrlProblem::IpAddress)?;
        return ipv6(address).map(|_| ()).ok_or(UrlProblem::IpAddress);
    }
    if host.is_empty() {
        return Err(UrlProblem::Host);
    }
    let decoded = percent_decode(host);
    // Non-ASCII after decoding would need IDNA (UTS 46) mapping, which is not implemented.
    let Ok(decoded) = String::from_utf8(decoded) else {
        return Err(UrlProblem::NotAscii);
    };
    if !decoded.is_ascii() {
        return Err(UrlProblem::NotAscii);
    }
    // ASCII to ASCII, UTS 46 only lower-cases.
    let domain = decoded.to_ascii_lowercase();
    if domain.bytes().any(forbidden_in_domain) {
        return Err(UrlProblem::Host);
    }
    if !punycode_labels_decode(&domain) {
        return Err(UrlProblem::Host);
    }
    if ends_in_a_number(&domain) {
        ipv4(&domain).ok_or(UrlProblem::IpAddress)?;
        // A valid IPv4 address, but only a.b.c.d in decimal reads as where it goes.
        return if decoded == host && dotted_decimal(&domain) {
            Ok(())
        } else {
            Err(UrlProblem::UnusualHost)
        };
    }
    // The project's rules for names: what DNS can resolve, written as it is.
    let plain = domain
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    let labels_ok = !domain.starts_with(['.', '-']) && !domain.contains("..");
    if !plain || !labels_ok {
        return Err(UrlProblem::Host);
    }
    if decoded != host {
        return Err(UrlProblem::UnusualHost);
    }
    Ok(())
}

/// The standard's forbidden domain code points (ASCII): C0 controls, space, `# % / : < > ? @ [ \ ]
/// ^ |` and DEL.
fn forbidden_in_domain(b: u8) -> bool {
    b <= 0x20
        || b == 0x7F
        || matches!(
            b,
            b'#' | b'%'
                | b'/'
                | b':'
                | b'<'
                | b'>'
                | b'?'
                | b'@'
                | b'['
                | b'\\'
                | b']'
                | b'^'
                | b'|'
        )
}

/// `%XX` escapes decoded to bytes; a `%` not followed by two hex digits stays as it is.
fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|&h| (h as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// The standard's "ends in a number": the last label (before a final dot) is all digits or
/// parses as an IPv4 number (`0x…` too), so the host must be read as an IPv4 address.
fn ends_in_a_number(domain: &str) -> bool {
    let mut labels: Vec<&str> = domain.split('.').collect();
    if labels.last() == Some(&"") {
        if labels.len() == 1 {
            return false;
        }
        labels.pop();
    }
    match labels.last() {
        Some(last) if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) => true,
        Some(last) => ipv4_number(last).is_some(),
        None => false,
    }
}

/// The standard's IPv4 parser: up to four numbers, decimal, octal (`0…`) or hex (`0x…`), the last
/// one filling the bytes the others leave. `None` where the standard fails.
fn ipv4(domain: &str) -> Option<u32> {
    let mut parts: Vec<&str> = domain.split('.').collect();
    if parts.last() == Some(&"") && parts.len() > 1 {
        parts.pop();
    }
    if parts.len() > 4 {
        return None;
    }
    let numbers: Vec<u64> = parts
        .iter()
        .map(|p| ipv4_number(p))
        .collect::<Option<_>>()?;
    let (last, init) = numbers.split_last()?;
    if init.iter().any(|&n| n > 255) || *last >= 256u64.pow(5 - numbers.len() as u32) {
        return None;
    }
    let mut address = *last;
    for (i, &n) in init.iter().enumerate() {
        address += n * 256u64.pow(3 - i as u32);
    }
    u32::try_from(address).ok()
}

/// One number of an IPv4 address (`None` for an empty part or a digit the base lacks). Large
/// values saturate: anything over 2^32 fails the caller's range check all the same.
fn ipv4_number(part: &str) -> Option<u64> {
    if part.is_empty() {
        return None;
    }
    let (digits, radix) =
        if let Some(hex) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
            (hex, 16)
        } else if part.len() > 1 && part.starts_with('0') {
            (&part[1..], 8)
        } else {
            (part, 10)
        };
    digits.chars().try_fold(0u64, |n, c| {
        let d = c.to_digit(radix)?;
        Some((n * u64::from(radix) + u64::from(d)).min(1 << 40))
    })
}

/// Whether an IPv4 host is written as four decimal numbers 0–255 without leading zeros.
fn dotted_decimal(domain: &str) -> bool {
    let parts: Vec<&str> = domain.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

/// The standard's IPv6 parser (the text between the brackets), `None` where it fails.
fn ipv6(input: &str) -> Option<[u16; 8]> {
    let c: Vec<u8> = input.bytes().collect();
    let at = |i: usize| c.get(i).copied();
    let mut address = [0u16; 8];
    let mut piece = 0usize;
    let mut compress: Option<usize> = None;
    let mut p = 0usize;
    if at(0) == Some(b':') {
        if at(1) != Some(b':') {
            return None;
        }
        p = 2;
        piece = 1;
        compress = Some(1);
    }
    while let Some(ch) = at(p) {
        if piece == 8 {
            return None;
        }
        if ch == b':' {
            if compress.is_some() {
                return None;
            }
            p += 1;
            piece += 1;
            compress = Some(piece);
            continue;
        }
        let mut value = 0u16;
        let mut length = 0;
        while length < 4 {
            match at(p).and_then(|h| (h as char).to_digit(16)) {
                Some(d) => {
                    value = value * 16 + d as u16;
                    p += 1;
                    length += 1;
                }
                None => break,
            }
        }
        match at(p) {
            Some(b'.') => {
                if length == 0 || piece > 6 {
                    return None;
                }
                p -= length;
                let mut numbers_seen = 0;
                while at(p).is_some() {
                    if numbers_seen > 0 {
                        if at(p) == Some(b'.') && numbers_seen < 4 {
                            p += 1;
                        } else {
                            return None;
                        }
                    }
                    if !at(p).is_some_and(|d| d.is_ascii_digit()) {
                        return None;
                    }
                    let mut number: Option<u16> = None;
                    while let Some(d) = at(p).filter(u8::is_ascii_digit) {
                        let digit = u16::from(d - b'0');
                        number = match number {
                            None => Some(digit),
                            Some(0) => return None,
                            Some(n) => Some(n * 10 + digit),
                        };
                        if number.is_some_and(|n| n > 255) {
                            return None;
                        }
                        p += 1;
                    }
                    let slot = address.get_mut(piece)?;
                    *slot = *slot * 0x100 + number.unwrap_or(0);
                    numbers_seen += 1;
                    if numbers_seen == 2 || numbers_seen == 4 {
                        piece += 1;
                    }
                }
                if numbers_seen != 4 {
                    return None;
                }
                break;
            }
            Some(b':') => {
                p += 1;
                at(p)?;
            }
            Some(_) => return None,
            None => {}
        }
        *address.get_mut(piece)? = value;
        piece += 1;
    }
    match compress {
        Some(start) => {
            let mut swaps = piece - start;
            let mut i = 7;
            while i != 0 && swaps > 0 {
                address.swap(i, start + swaps - 1);
                i -= 1;
                swaps -= 1;
            }
        }
        None if piece != 8 => return None,
        None => {}
    }
    Some(address)
}

/// Labels in punycode (`xn--…`) must decode (RFC 3492) to a label with something beyond ASCII,
/// and nothing invisible or that UTS 46 would map to another form ([`uts46_maps`]): an
/// approximation of the standard's check, which needs Unicode tables the bundle does without
/// (`xn--pokxncvks`, circled numbers, is refused as the standard refuses it).
fn punycode_labels_decode(domain: &str) -> bool {
    domain
        .split('.')
        .all(|label| match label.strip_prefix("xn--") {
            None => true,
            Some(code) => punycode_decode(code).is_some_and(|decoded| {
                !decoded.iter().all(char::is_ascii)
                    && decoded.iter().all(|&c| {
                        if c.is_ascii() {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_')
                        } else {
                            !text::is_invisible(c) && !uts46_maps(c)
                        }
                    })
            }),
        })
}

/// Characters UTS 46 maps to another form, so that a punycode label holding one is not in its
/// proper form: the upper-case letters of the commonest scripts, and compatibility forms
/// (super- and subscripts, letter-like and number forms, circled, full-width and small forms,
/// ligatures, mathematical letters).
fn uts46_maps(c: char) -> bool {
    matches!(
        c,
        '\u{A8}'
            | '\u{AA}'
            | '\u{AF}'
            | '\u{B2}'..='\u{B5}'
            | '\u{B8}'..='\u{BA}'
            | '\u{BC}'..='\u{BE}'
            | '\u{C0}'..='\u{D6}'
            | '\u{D8}'..='\u{DE}'
            | '\u{386}'
            | '\u{388}'..='\u{38F}'
            | '\u{391}'..='\u{3AB}'
            | '\u{400}'..='\u{42F}'
            | '\u{531}'..='\u{556}'
            | '\u{2070}'..='\u{209F}'
            | '\u{2100}'..='\u{218F}'
            | '\u{2460}'..='\u{24FF}'
            | '\u{3200}'..='\u{33FF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FB00}'..='\u{FB4F}'
            | '\u{FE10}'..='\u{FE1F}'
            | '\u{FE30}'..='\u{FE6F}'
            | '\u{FF00}'..='\u{FFEF}'
            | '\u{1D400}'..='\u{1D7FF}'
            | '\u{1F100}'..='\u{1F2FF}'
    )
}

/// RFC 3492 decoding of the part after `xn--`.
fn punycode_decode(input: &str) -> Option<Vec<char>> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    let (basic, rest) = match input.rfind('-') {
        Some(i) => (&input[..i], &input[i + 1..]),
        None => ("", input),
    };
    let mut output: Vec<char> = basic.chars().collect();
    if !output.iter().all(char::is_ascii) {
        return None;
    }
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = rest.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let digit = match digits.next()? {
                b @ b'a'..=b'z' => u32::from(b - b'a'),
                b @ b'A'..=b'Z' => u32::from(b - b'A'),
                b @ b'0'..=b'9' => u32::from(b - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                T_MIN
            } else if k >= bias + T_MAX {
                T_MAX
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = output.len() as u32 + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(output)
}

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((36 - 1) * 26) / 2 {
        delta /= 36 - 1;
        k += 36;
    }
    k + (36 * delta) / (delta + 38)
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
