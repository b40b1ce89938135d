//! Share links: the view a reader sees, written into the URL fragment and read back.
//!
//! A link names things by their dataset **ids**, never by position, so a link keeps working when
//! a dataset gains or reorders entries; what no longer exists is reported and skipped. Weights are
//! written as differences from the dataset's defaults (or from a named preset), so typical links
//! stay short. The format, version 1, is a `~`-separated list after the version number:
//!
//! ```text
//! #pc=1~t.email~p.privacy-first~w.support:3,sla:9~g.legal:10~m.r~o.legal,security,technical
//!      ~j.0,3,-2~u.1~k.privacy-failing~n.access_control:3~s.total,d~d.proton~c.gmail,proton
//!      ~x.gmail,outlook,proton~a.1~l.en~f.ch~i.1
//! ```
//!
//! | field | meaning |
//! |---|---|
//! | `t` | provider type id |
//! | `p` | preset id: the weights start from it instead of the defaults |
//! | `w`, `g` | criterion / group weights (0–10) that differ from that start, as `id:value` |
//! | `m` | weighting method: `s` sliders, `p` presets, `r` ranking, `a` pairwise (AHP) |
//! | `o` | the ranking method's group order, most important first |
//! | `j` | the pairwise judgements (−8…8), one per pair of groups in dataset order |
//! | `u` | how unknown scores count: `1` as 0 (the worst case), `b` as 5 (the best case); absent or `0`: left out |
//! | `k` | knock-out rules switched off |
//! | `n` | the reader's minimums (1–5), as `id:value` |
//! | `s` | table sort: `rank`, `name`, `total`, `coverage` or `g:`group id, then `a` or `d` |
//! | `d` | the provider whose details are open |
//! | `c` | the two providers of the pair comparison (either may be empty) |
//! | `x` | the providers in the side-by-side comparison (2–4) |
//! | `a` | `1`: the table shows every row |
//! | `l` | language code |
//! | `v` | `p`: projector view (large text, ranking beside the group weights) |
//! | `r` | the role for class the weights were set for (they start from equal weights) |
//! | `f` | the country filter: only providers offered there (ISO code, lower case: `f.ch`) |
//! | `i` | `1`: only the providers the teaching text names |
//!
//! Ids are `[a-z0-9_-]`, so none of the separators (`~ . , :`) ever needs escaping, and the
//! fragment is left readable.
//!
//! Invariants: [`decode`] never panics and never fails: whatever it can read is used and every
//! part it cannot is reported as a [`LinkIssue`]; `decode(encode(v)) == v` for every view whose
//! ids are valid; input is bounded ([`MAX_LINK_CHARS`], [`MAX_ENTRIES`]) so a hostile link costs
//! no more than a long one. Nothing here knows about a dataset: resolving ids is
//! [`crate::state::AppState::restore`]'s job.

use crate::dataset::valid_id;
use crate::ranking::{Column, SortDir};
use crate::scoring::Unknowns;
use crate::text::Lang;
use crate::weighting::Method;

/// The format written by this version.
pub const VERSION: u32 = 1;

/// The fragment key the widget's state lives under (`#pc=…`); a page with several widgets gives
/// each its own key (`data-share-key`).
pub const DEFAULT_KEY: &str = "pc";

/// Longer links are not read at all (a real one is a few hundred characters).
pub const MAX_LINK_CHARS: usize = 8192;

/// At most this many entries per list field are read.
pub const MAX_ENTRIES: usize = 256;

/// The fields of a link, each written as one letter before a dot (`t.email`). The letters are the
/// format: they never change meaning, and a new field takes a new letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `t`: provider type id.
    Type,
    /// `p`: preset id.
    Preset,
    /// `w`: criterion weights that differ from the start.
    Weights,
    /// `g`: group weights that differ from the start.
    GroupWeights,
    /// `m`: weighting method.
    Method,
    /// `o`: the ranking method's group order.
    Order,
    /// `j`: the pairwise judgements.
    Judgements,
    /// `u`: how unknown scores count. Version 1 wrote only `1` (as 0) and `0` (left out); `b` (as 5,
    /// the best case) came later within version 1: an older widget reports it as unreadable and
    /// leaves unknowns out, and every older link keeps its meaning.
    Unknowns,
    /// `k`: knock-out rules switched off.
    KnockoutsOff,
    /// `n`: the reader's minimums.
    Minimums,
    /// `s`: table sort.
    Sort,
    /// `d`: the provider whose details are open.
    Detail,
    /// `c`: the two providers of the pair comparison.
    Pair,
    /// `x`: the providers side by side.
    Compare,
    /// `a`: the table shows every row.
    AllRows,
    /// `l`: language code.
    Lang,
    /// `v`: view mode; `p` is the projector view (added within version 1: an older widget
    /// reports it as unreadable and shows the normal view).
    Mode,
    /// `r`: the role for class (added within version 1, like `v`).
    Role,
    /// `f`: the country filter (added within version 1: an older widget reports it as
    /// unreadable and shows every provider).
    Country,
    /// `i`: only the providers the teaching text names (added within version 1, like `f`).
    TextOnly,
}

impl Field {
    /// Every field, in the order [`encode`] writes them.
    pub const ALL: [Field; 20] = [
        Field::Type,
        Field::Preset,
        Field::Weights,
        Field::GroupWeights,
        Field::Method,
        Field::Order,
        Field::Judgements,
        Field::Unknowns,
        Field::KnockoutsOff,
        Field::Minimums,
        Field::Sort,
        Field::Detail,
        Field::Pair,
        Field::Compare,
        Field::AllRows,
        Field::Lang,
        Field::Mode,
        Field::Role,
        Field::Country,
        Field::TextOnly,
    ];

    /// The field's letter in a link.
    pub fn letter(self) -> char {
        match self {
            Field::Type => 't',
            Field::Preset => 'p',
            Field::Weights => 'w',
            Field::GroupWeights => 'g',
            Field::Method => 'm',
            Field::Order => 'o',
            Field::Judgements => 'j',
            Field::Unknowns => 'u',
            Field::KnockoutsOff => 'k',
            Field::Minimums => 'n',
            Field::Sort => 's',
            Field::Detail => 'd',
            Field::Pair => 'c',
            Field::Compare => 'x',
            Field::AllRows => 'a',
            Field::Lang => 'l',
            Field::Mode => 'v',
            Field::Role => 'r',
            Field::Country => 'f',
            Field::TextOnly => 'i',
        }
    }

    /// The field a letter stands for, if any.
    pub fn from_letter(letter: char) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.letter() == letter)
    }
}

/// A sort column, its group by id.
pub type SharedColumn = Column<String>;

/// Everything a link can say, by id. Empty lists and `None` mean "as the widget starts".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedView {
    pub kind: Option<String>,
    pub preset: Option<String>,
    pub weights: Vec<(String, u8)>,
    pub group_weights: Vec<(String, u8)>,
    pub method: Option<Method>,
    pub order: Vec<String>,
    pub judgements: Vec<i8>,
    pub unknowns: Unknowns,
    pub knockouts_off: Vec<String>,
    pub minimums: Vec<(String, u8)>,
    pub sort: Option<(SharedColumn, SortDir)>,
    pub selected: Option<String>,
    pub pair: (Option<String>, Option<String>),
    pub compare: Vec<String>,
    pub show_all: bool,
    pub lang: Option<Lang>,
    /// The projector view is on.
    pub projector: bool,
    /// The role for class, by id.
    pub role: Option<String>,
    /// The country filter: an ISO 3166-1 code, upper case (`CH`).
    pub country: Option<String>,
    /// Only the providers the teaching text names.
    pub text_only: bool,
}

/// Something in a link that could not be used. The rest of the link still is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkIssue {
    /// The link is longer than [`MAX_LINK_CHARS`]; none of it was read.
    TooLong,
    /// Written by a newer version of the widget: read as far as this version understands it.
    NewerVersion(u32),
    /// A part that is not in the format (shown shortened).
    Unreadable(String),
    /// An id the dataset does not have (any more), and the field that named it.
    UnknownId { field: Field, id: String },
    /// The same id twice in one field: the first entry counts.
    Duplicate { field: Field, id: String },
    /// More entries in one field than it takes: the first `max` are used, `extra` more are not.
    TooMany {
        field: Field,
        max: usize,
        extra: usize,
    },
    /// A setting of the host page (a `data-` attribute) that is not understood.
    BadSetting {
        attribute: &'static str,
        value: String,
    },
}

/// Writes a view as the fragment value (without the key), e.g. `1~t.email~w.support:3`.
pub fn encode(view: &SharedView) -> String {
    let mut out = VERSION.to_string();
    let mut field = |key: Field, value: String| {
        out.push('~');
        out.push(key.letter());
        out.push('.');
        out.push_str(&value);
    };
    let pairs = |list: &[(String, u8)]| {
        list.iter()
            .map(|(id, v)| format!("{id}:{v}"))
            .collect::<Vec<_>>()
            .join(",")
    };
    if let Some(t) = &view.kind {
        field(Field::Type, t.clone());
    }
    if let Some(p) = &view.preset {
        field(Field::Preset, p.clone());
    }
    if !view.weights.is_empty() {
        field(Field::Weights, pairs(&view.weights));
    }
    if !view.group_weights.is_empty() {
        field(Field::GroupWeights, pairs(&view.group_weights));
    }
    if let Some(m) = view.method {
        field(Field::Method, method_code(m).to_owned());
    }
    if !view.order.is_empty() {
        field(Field::Order, view.order.join(","));
    }
    if !view.judgements.is_empty() {
        let list: Vec<String> = view.judgements.iter().map(i8::to_string).collect();
        field(Field::Judgements, list.join(","));
    }
    match view.unknowns {
        Unknowns::LeaveOut => {}
        Unknowns::Worst => field(Field::Unknowns, "1".to_owned()),
        Unknowns::Best => field(Field::Unknowns, "b".to_owned()),
    }
    if !view.knockouts_off.is_empty() {
        field(Field::KnockoutsOff, view.knockouts_off.join(","));
    }
    if !view.minimums.is_empty() {
        field(Field::Minimums, pairs(&view.minimums));
    }
    if let Some((column, dir)) = &view.sort {
        let column = match column {
            SharedColumn::Rank => "rank".to_owned(),
            SharedColumn::Name => "name".to_owned(),
            SharedColumn::Total => "total".to_owned(),
            SharedColumn::Coverage => "coverage".to_owned(),
            SharedColumn::Group(id) => format!("g:{id}"),
        };
        let dir = match dir {
            SortDir::Ascending => 'a',
            SortDir::Descending => 'd',
        };
        field(Field::Sort, format!("{column},{dir}"));
    }
    if let Some(d) = &view.selected {
        field(Field::Detail, d.clone());
    }
    if view.pair.0.is_some() || view.pair.1.is_some() {
        let side = |s: &Option<String>| s.clone().unwrap_or_default();
        field(
            Field::Pair,
            format!("{},{}", side(&view.pair.0), side(&view.pair.1)),
        );
    }
    if !view.compare.is_empty() {
        field(Field::Compare, view.compare.join(","));
    }
    if view.show_all {
        field(Field::AllRows, "1".to_owned());
    }
    if let Some(lang) = view.lang {
        field(Field::Lang, lang.code().to_owned());
    }
    if view.projector {
        field(Field::Mode, "p".to_owned());
    }
    if let Some(r) = &view.role {
        field(Field::Role, r.clone());
    }
    if let Some(c) = &view.country {
        field(Field::Country, c.to_ascii_lowercase());
    }
    if view.text_only {
        field(Field::TextOnly, "1".to_owned());
    }
    out
}

fn method_code(m: Method) -> &'static str {
    match m {
        Method::Sliders => "s",
        Method::Presets => "p",
        Method::Ranking => "r",
        Method::Pairwise => "a",
    }
}

/// Reads a fragment value written by [`encode`] (of this or an older version). Never fails: what
/// cannot be read is listed in the issues and left at its default.
pub fn decode(value: &str) -> (SharedView, Vec<LinkIssue>) {
    let mut view = SharedView::default();
    let mut issues = Vec::new();
    if value.len() > MAX_LINK_CHARS {
        issues.push(LinkIssue::TooLong);
        return (view, issues);
    }
    let value = percent_decode(value);
    let mut parts = value.split('~');
    let version = parts.next().unwrap_or_default();
    match version.parse::<u32>() {
        Ok(1) => {}
        // Version 0 never existed; treat it like any unreadable start.
        Ok(v) if v > VERSION => issues.push(LinkIssue::NewerVersion(v)),
        _ => issues.push(LinkIssue::Unreadable(shorten(version))),
    }
    for part in parts {
        if part.is_empty() {
            continue;
        }
        if !read_field(part, &mut view, &mut issues) {
            issues.push(LinkIssue::Unreadable(shorten(part)));
        }
    }
    (view, issues)
}

/// Reads one `key.value` part into `view`; false if it is not in the format (the view is then
/// unchanged for that field).
fn read_field(part: &str, view: &mut SharedView, issues: &mut Vec<LinkIssue>) -> bool {
    let Some((key, value)) = part.split_once('.') else {
        return false;
    };
    let mut chars = key.chars();
    let (Some(letter), None) = (chars.next(), chars.next()) else {
        return false;
    };
    let Some(field) = Field::from_letter(letter) else {
        return false;
    };
    // A list longer than any view needs is read as far as MAX_ENTRIES, and the rest is named.
    let list = matches!(
        field,
        Field::Weights
            | Field::GroupWeights
            | Field::Minimums
            | Field::Order
            | Field::KnockoutsOff
            | Field::Compare
            | Field::Judgements
    );
    let entries = value.split(',').count();
    if list && entries > MAX_ENTRIES {
        issues.push(LinkIssue::TooMany {
            field,
            max: MAX_ENTRIES,
            extra: entries - MAX_ENTRIES,
        });
    }
    match field {
        Field::Type => set_id(value, &mut view.kind),
        Field::Preset => set_id(value, &mut view.preset),
        Field::Detail => set_id(value, &mut view.selected),
        Field::Weights => set_pairs(value, 0, 10, &mut view.weights),
        Field::GroupWeights => set_pairs(value, 0, 10, &mut view.group_weights),
        Field::Minimums => set_pairs(value, 1, 5, &mut view.minimums),
        Field::Order => set_ids(value, &mut view.order),
        Field::KnockoutsOff => set_ids(value, &mut view.knockouts_off),
        Field::Compare => set_ids(value, &mut view.compare),
        Field::Method => {
            view.method = match value {
                "s" => Some(Method::Sliders),
                "p" => Some(Method::Presets),
                "r" => Some(Method::Ranking),
                "a" => Some(Method::Pairwise),
                _ => return false,
            };
            true
        }
        Field::Judgements => {
            let list: Option<Vec<i8>> = bounded(value)
                .map(|v| v.parse::<i8>().ok().filter(|j| (-8..=8).contains(j)))
                .collect();
            match list {
                Some(list) => {
                    view.judgements = list;
                    true
                }
                None => false,
            }
        }
        Field::Unknowns => {
            view.unknowns = match value {
                "0" => Unknowns::LeaveOut,
                "1" => Unknowns::Worst,
                "b" => Unknowns::Best,
                _ => return false,
            };
            true
        }
        Field::AllRows => set_flag(value, &mut view.show_all),
        Field::Sort => {
            let Some((column, dir)) = value.split_once(',') else {
                return false;
            };
            let dir = match dir {
                "a" => SortDir::Ascending,
                "d" => SortDir::Descending,
                _ => return false,
            };
            let column = match column {
                "rank" => SharedColumn::Rank,
                "name" => SharedColumn::Name,
                "total" => SharedColumn::Total,
                "coverage" => SharedColumn::Coverage,
                other => match other.strip_prefix("g:") {
                    Some(id) if valid_id(id) => SharedColumn::Group(id.to_owned()),
                    _ => return false,
                },
            };
            view.sort = Some((column, dir));
            true
        }
        Field::Pair => {
            let Some((a, b)) = value.split_once(',') else {
                return false;
            };
            let side = |s: &str| -> Result<Option<String>, ()> {
                match s {
                    "" => Ok(None),
                    s if valid_id(s) => Ok(Some(s.to_owned())),
                    _ => Err(()),
                }
            };
            match (side(a), side(b)) {
                (Ok(a), Ok(b)) => {
                    view.pair = (a, b);
                    true
                }
                _ => false,
            }
        }
        Field::Mode => match value {
            "p" => {
                view.projector = true;
                true
            }
            _ => false,
        },
        Field::Role => set_id(value, &mut view.role),
        Field::Country => match country_code(value) {
            Some(code) => {
                view.country = Some(code);
                true
            }
            None => false,
        },
        Field::TextOnly => set_flag(value, &mut view.text_only),
        Field::Lang => match Lang::from_code(value) {
            Some(lang) => {
                view.lang = Some(lang);
                true
            }
            None => false,
        },
    }
}

/// A country as a link or a page writes it (`ch`, `CH`), as the dataset writes it (`CH`); `None`
/// for anything but two ASCII letters.
pub fn country_code(value: &str) -> Option<String> {
    let code = value.to_ascii_uppercase();
    crate::dataset::valid_country_code(&code).then_some(code)
}

/// The comma-separated entries of a list, at most [`MAX_ENTRIES`].
fn bounded(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').take(MAX_ENTRIES)
}

fn set_id(value: &str, out: &mut Option<String>) -> bool {
    if valid_id(value) {
        *out = Some(value.to_owned());
        true
    } else {
        false
    }
}

fn set_ids(value: &str, out: &mut Vec<String>) -> bool {
    let list: Option<Vec<String>> = bounded(value)
        .map(|id| valid_id(id).then(|| id.to_owned()))
        .collect();
    match list {
        Some(list) => {
            *out = list;
            true
        }
        None => false,
    }
}

/// `id:value` entries with `lo <= value <= hi`. A list with one bad entry is rejected whole, so
/// that a half-read weighting never passes for the one that was shared.
fn set_pairs(value: &str, lo: u8, hi: u8, out: &mut Vec<(String, u8)>) -> bool {
    let list: Option<Vec<(String, u8)>> = bounded(value)
        .map(|entry| {
            let (id, v) = entry.split_once(':')?;
            let v = v.parse::<u8>().ok().filter(|v| (lo..=hi).contains(v))?;
            valid_id(id).then(|| (id.to_owned(), v))
        })
        .collect();
    match list {
        Some(list) => {
            *out = list;
            true
        }
        None => false,
    }
}

fn set_flag(value: &str, out: &mut bool) -> bool {
    match value {
        "1" => *out = true,
        "0" => *out = false,
        _ => return false,
    }
    true
}

/// At most 40 characters of an unreadable part, for the notice, with anything invisible written
/// out (a link's `%E2%80%AE` must not turn the notice's sentence around).
fn shorten(part: &str) -> String {
    crate::text::quote(part, 40)
}

/// Undoes percent-encoding that a mail or chat program may have applied (`%7E` for `~`). Escapes
/// that do not form valid UTF-8 are kept as they are.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'%'), Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (Some(&b), _, _) => {
                out.push(b);
                i += 1;
            }
            (None, _, _) => break,
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// The value under `key` in a fragment of `&`-separated `key=value` parts (without the leading
/// `#`), e.g. `pc` in `pc=1~t.isp&pc2=1~t.email`.
pub fn fragment_get<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|part| part.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// The fragment with `key` set to `value` (or removed, for `None`), keeping every other part
/// (another widget's key, or a page's own anchor) in place.
pub fn fragment_set(fragment: &str, key: &str, value: Option<&str>) -> String {
    let mut parts: Vec<String> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|part| !part.is_empty())
        .filter(|part| part.split_once('=').is_none_or(|(k, _)| k != key))
        .map(str::to_owned)
        .collect();
    if let Some(value) = value {
        parts.push(format!("{key}={value}"));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_parts_are_quoted_short_and_visible() {
        let (_, issues) = decode("1~%E2%80%AEq~\u{1b}[2K~t.isp");
        assert_eq!(
            issues,
            vec![
                LinkIssue::Unreadable("\\u202Eq".to_owned()),
                LinkIssue::Unreadable("\\u001B[2K".to_owned()),
            ]
        );
        let long = format!("1~{}", "q".repeat(100));
        let (_, issues) = decode(&long);
        assert_eq!(
            issues,
            vec![LinkIssue::Unreadable(format!("{}…", "q".repeat(40)))]
        );
    }

    #[test]
    fn percent_escapes_are_undone_and_bad_ones_kept() {
        assert_eq!(percent_decode("1%7Et.isp"), "1~t.isp");
        assert_eq!(percent_decode("50%"), "50%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%ff"), "%ff");
    }

    #[test]
    fn fragments_keep_other_parts() {
        assert_eq!(fragment_get("#pc=1~t.isp&x=2", "pc"), Some("1~t.isp"));
        assert_eq!(fragment_get("top", "pc"), None);
        assert_eq!(
            fragment_set("#top&pc=1", "pc", Some("1~l.en")),
            "top&pc=1~l.en"
        );
        assert_eq!(fragment_set("pc=1&pc2=1~t.isp", "pc", None), "pc2=1~t.isp");
        assert_eq!(fragment_set("", "pc", Some("1")), "pc=1");
    }
}
