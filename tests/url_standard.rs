//! `SafeUrl::parse` against the WHATWG URL standard's own test data (web-platform-tests'
//! `urltestdata.json`, kept in `../shared/peer-tests/wpt-url/`, see its README): every absolute
//! `http`/`https` address the standard refuses is refused; one it accepts is refused only for a
//! reason of the project's stricter policy (listed in `src/url.rs`), and the test checks that the
//! reason really applies. It prints how many entries it checked and skipped, and why.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

use provider_compare::url::{SafeUrl, UrlProblem};
use serde_json::Value;

fn data() -> Option<Value> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-tests/wpt-url/urltestdata.json");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(serde_json::from_str(&text).expect("urltestdata.json is JSON")),
        Err(e) if std::env::var_os("CI").is_some() => {
            panic!(
                "{}: {e} (the WHATWG URL test data is required in CI)",
                path.display()
            )
        }
        Err(e) => {
            eprintln!(
                "SKIPPED: {}: {e}; the URL standard test did not run",
                path.display()
            );
            None
        }
    }
}

/// The standard's first steps on an input: leading and trailing C0 controls and spaces go, tabs
/// and line breaks anywhere go.
fn prepared(input: &str) -> String {
    input
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// `http` or `https`, if the prepared input starts with one of them and a colon.
fn http_scheme(prepared: &str) -> Option<&'static str> {
    let lower = prepared.get(..6).unwrap_or(prepared).to_ascii_lowercase();
    if lower.starts_with("https:") {
        Some("https")
    } else if lower.starts_with("http:") {
        Some("http")
    } else {
        None
    }
}

/// Whether a host name (as the standard gives it) breaks the project's rules for names.
fn breaks_name_rules(hostname: &str) -> bool {
    hostname.starts_with(['.', '-'])
        || hostname.contains("..")
        || !hostname
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

#[test]
fn every_address_the_url_standard_refuses_is_refused() {
    let Some(data) = data() else {
        return;
    };
    let entries = data.as_array().expect("a list");
    let mut checked = 0;
    let mut refused_as_standard = 0;
    let mut accepted = 0;
    let mut skipped: BTreeMap<&str, usize> = BTreeMap::new();
    let mut stricter: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in entries {
        let Some(input) = entry["input"].as_str() else {
            *skipped.entry("a comment, not a test").or_default() += 1;
            continue;
        };
        let prepared = prepared(input);
        let Some(scheme) = http_scheme(&prepared) else {
            *skipped.entry("not an http(s) address").or_default() += 1;
            continue;
        };
        // A base of the same scheme makes `http:foo` relative to it: the base matters then.
        let after_scheme = &prepared[scheme.len() + 1..];
        let base_scheme = entry["base"]
            .as_str()
            .and_then(|b| b.split_once(':'))
            .map(|(s, _)| s.to_ascii_lowercase());
        if base_scheme.as_deref() == Some(scheme) && !after_scheme.starts_with("//") {
            *skipped
                .entry("relative to its base (the widget reads absolute addresses only)")
                .or_default() += 1;
            continue;
        }
        checked += 1;
        let ours = SafeUrl::parse(input);
        if entry["failure"].as_bool() == Some(true) {
            assert!(
                ours.is_err(),
                "the standard refuses {input:?}, we accept it"
            );
            refused_as_standard += 1;
            continue;
        }
        let hostname = entry["hostname"].as_str().expect("a hostname");
        match ours {
            Ok(url) => {
                accepted += 1;
                if !hostname.starts_with('[') {
                    assert_eq!(url.host().to_ascii_lowercase(), hostname, "{input:?}: host");
                }
            }
            Err(problem) => {
                // Refused although the standard reads it: only for a reason of the policy, and
                // only where that reason applies.
                let reason = match problem {
                    UrlProblem::Whitespace => {
                        assert!(input.chars().any(|c| c.is_whitespace() || c.is_control()));
                        "spaces or control characters"
                    }
                    UrlProblem::NotAscii => {
                        assert!(!input.is_ascii() || !hostname.is_ascii() || input.contains('%'));
                        "not ASCII (IDNA is not implemented)"
                    }
                    UrlProblem::Scheme => {
                        assert!(!after_scheme.starts_with("//") || after_scheme.starts_with("///"));
                        "not exactly // after the scheme"
                    }
                    UrlProblem::Backslash => {
                        assert!(input.contains('\\'));
                        "a backslash"
                    }
                    UrlProblem::Credentials => {
                        assert!(
                            !entry["username"].as_str().unwrap_or_default().is_empty()
                                || !entry["password"].as_str().unwrap_or_default().is_empty()
                                || input.contains('@')
                        );
                        "user name or password"
                    }
                    UrlProblem::Host => {
                        assert!(
                            breaks_name_rules(hostname) || after_scheme.starts_with("///"),
                            "{input:?} refused as a host, but {hostname:?} is a plain name"
                        );
                        "host with characters or labels no DNS name has"
                    }
                    UrlProblem::UnusualHost => {
                        let written = after_scheme
                            .trim_start_matches('/')
                            .split(['/', '?', '#', ':'])
                            .next()
                            .unwrap_or_default()
                            .to_ascii_lowercase();
                        assert_ne!(
                            written, hostname,
                            "{input:?}: written as the standard reads it"
                        );
                        "host percent-encoded or an IPv4 address not in a.b.c.d form"
                    }
                    other => panic!("{input:?}: the standard accepts it, we say {other:?}"),
                };
                *stricter.entry(reason).or_default() += 1;
            }
        }
    }
    let skipped_total: usize = skipped.values().sum();
    eprintln!(
        "URL standard: {} entries; checked {checked} absolute http(s) addresses: {refused_as_standard} refused as the standard refuses them, {accepted} accepted, {} refused by the stricter policy; skipped {skipped_total}",
        entries.len(),
        checked - refused_as_standard - accepted,
    );
    for (reason, n) in &stricter {
        eprintln!("  stricter: {n:>3} {reason}");
    }
    for (reason, n) in &skipped {
        eprintln!("  skipped:  {n:>3} {reason}");
    }
    assert!(checked > 300, "only {checked} entries checked");
    assert!(accepted > 20, "only {accepted} accepted");
}

#[test]
fn hosts_ports_and_ip_addresses_as_the_standard_reads_them() {
    for (url, result) in [
        ("https://example.org:65535/", Ok(())),
        ("https://example.org:0/", Ok(())),
        ("https://example.org:/", Ok(())),
        ("https://example.org:0080/", Ok(())),
        ("https://x:99999/", Err(UrlProblem::Port)),
        ("https://x:65536/", Err(UrlProblem::Port)),
        ("https://x:8o/", Err(UrlProblem::Port)),
        ("https://x:-1/", Err(UrlProblem::Port)),
        ("https://192.168.0.1/", Ok(())),
        ("https://255.255.255.255/", Ok(())),
        ("https://999.999.999.999/", Err(UrlProblem::IpAddress)),
        ("https://256.0.0.1/", Err(UrlProblem::IpAddress)),
        ("https://1.2.3.4.5/", Err(UrlProblem::IpAddress)),
        ("https://example.08/", Err(UrlProblem::IpAddress)),
        ("https://example.0x/", Err(UrlProblem::IpAddress)),
        ("https://4294967296/", Err(UrlProblem::IpAddress)),
        ("https://0x7f.1/", Err(UrlProblem::UnusualHost)),
        ("https://2130706433/", Err(UrlProblem::UnusualHost)),
        ("https://0177.0.0.1/", Err(UrlProblem::UnusualHost)),
        ("https://1.2.3.4./", Err(UrlProblem::UnusualHost)),
        ("https://%65xample.org/", Err(UrlProblem::UnusualHost)),
        ("https://%31.2.3.4/", Err(UrlProblem::UnusualHost)),
        ("https://ex%00ample.org/", Err(UrlProblem::Host)),
        ("https://ex%25ample.org/", Err(UrlProblem::Host)),
        ("https://%C3%A4.example/", Err(UrlProblem::NotAscii)),
        ("https://[2001:db8::1]/", Ok(())),
        ("https://[2001:db8::1]:443/", Ok(())),
        ("https://[::ffff:192.168.0.1]/", Ok(())),
        ("https://[::]/", Ok(())),
        ("https://[1:2:3:4:5:6:7:8]/", Ok(())),
        ("https://[1:2:3:4:5:6:7:8:9]/", Err(UrlProblem::IpAddress)),
        ("https://[1::2::3]/", Err(UrlProblem::IpAddress)),
        ("https://[::1.2.3.256]/", Err(UrlProblem::IpAddress)),
        ("https://[::1]x/", Err(UrlProblem::IpAddress)),
        ("https://[::1/", Err(UrlProblem::IpAddress)),
        ("https://[g::1]/", Err(UrlProblem::IpAddress)),
        ("https://a_b.example/", Ok(())),
        ("https://example.org./", Ok(())),
        ("https://xn--mnchen-3ya.de/", Ok(())),
        ("https://xn--pokxncvks.example/", Err(UrlProblem::Host)),
        ("https://xn--bung-zra.example/", Ok(())),
        ("https://xn--wgv71a.example/", Ok(())),
        ("https://xn--n3h.example/", Ok(())),
        ("https://xn--bung-fna.example/", Err(UrlProblem::Host)),
        ("https://xn--x-28o.example/", Err(UrlProblem::Host)),
        ("https://xn--mi7chab1aes7c/", Err(UrlProblem::Host)),
        ("https://xn--abc.example/", Err(UrlProblem::Host)),
        ("https://xn--/", Err(UrlProblem::Host)),
        ("https://a..b/", Err(UrlProblem::Host)),
        ("https://a<b/", Err(UrlProblem::Host)),
        ("https://a^b/", Err(UrlProblem::Host)),
        ("https://:443/", Err(UrlProblem::Host)),
    ] {
        assert_eq!(SafeUrl::parse(url).map(|_| ()), result, "{url}");
    }
}
