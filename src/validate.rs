//! Reads a dataset from the bytes of a file and checks it completely, reporting every problem with
//! its place.
//!
//! [`parse_dataset_bytes`] is the one entrance for a file, used by the widget (on the raw response
//! body) and by `check-dataset` alike, so that both agree on every file: [`decode_text`] first
//! refuses what is not a UTF-8 JSON text at all (an empty body, UTF-16 or UTF-32, bytes that are
//! not UTF-8, an HTML page, a file over [`MAX_DATASET_BYTES`]), each with its own [`ProblemKind`];
//! a UTF-8 byte-order mark, which Windows editors write, is skipped (RFC 8259 allows a reader to
//! ignore it), and lines and columns count from after it, as editors show them.
//!
//! The JSON is parsed into a generic value and walked by hand rather than derived with serde:
//! that way one pass collects *all* problems (not just the first), each with a path such as
//! `providers[4] (strato) › ratings › sla › sources[0] › url`. A problem is data (a path, a line and
//! a [`ProblemKind`]), not text: the messages are worded in the reader's language by the i18n
//! module, which also implements `Display` for [`Problem`] (in English).
//!
//! Invariants: this function never panics, whatever the input (fuzzed by property tests); on success
//! the [`Dataset`] keeps every invariant listed in [`crate::dataset`]; on failure the problem list is
//! non-empty, ordered as the format lists its fields, and capped at [`MAX_PROBLEMS`] (plus a count).

use crate::json::{self, Node, SyntaxKind, Value};

use crate::dataset::{
    valid_id, Check, CheckRecord, Criterion, DataLocation, Dataset, Explain, Finding, Group,
    Jurisdiction, Knockout, LegalRef, Override, Preset, Provider, ProviderType, Rating, Role,
    Rubric, Scored, Source, SourceKind, MAX_SCORE, MAX_WEIGHT,
};
use crate::date::{DateProblem, PartialDate};
use crate::text::{self, Text};
use crate::url::{SafeUrl, UrlProblem};

/// The newest dataset format this widget reads (`format_version` in the file). Format 2 added
/// rubrics, findings, overrides, check records and the source fields of the hygiene rules; every
/// format-1 file is read as before.
pub const FORMAT_VERSION: i64 = 2;
/// The oldest format still read.
pub const OLDEST_FORMAT_VERSION: i64 = 1;
/// Larger inputs are refused before parsing: a dataset of 1,000 providers fits in a few MB.
pub const MAX_DATASET_BYTES: usize = 16 * 1024 * 1024;
/// After this many problems the rest are summarised: nobody reads a thousand messages.
pub const MAX_PROBLEMS: usize = 100;
/// A group's weight when the dataset gives none: all groups count alike.
pub const DEFAULT_GROUP_WEIGHT: u8 = 5;
/// Names and titles.
pub const MAX_NAME_CHARS: usize = 300;
/// Descriptions, justifications and notes.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Languages one text may be given in.
pub const MAX_TRANSLATIONS: usize = 50;

/// The longest lists each part of the format may have: far above any real dataset, and small
/// enough that a file at every limit is still read in well under a second.
pub const MAX_LANGUAGES: usize = 20;
pub const MAX_GROUPS: usize = 50;
pub const MAX_TYPES: usize = 50;
pub const MAX_CRITERIA: usize = 500;
pub const MAX_PROVIDERS: usize = 10_000;
pub const MAX_PRESETS: usize = 50;
pub const MAX_KNOCKOUTS: usize = 100;
/// Sources of one rating.
pub const MAX_SOURCES: usize = 50;
/// Entries of one criterion's `applies_to`.
pub const MAX_APPLIES_TO: usize = 50;
/// Checks of one rubric, and findings of one rating.
pub const MAX_CHECKS: usize = 30;
/// A provider's own host names besides its website's.
pub const MAX_DOMAINS: usize = 20;
/// Countries a provider serves or holds data in.
pub const MAX_COUNTRIES: usize = 60;
/// Roles a class can take (classroom mode).
pub const MAX_ROLES: usize = 50;
/// Legal references of one duty.
pub const MAX_LEGAL: usize = 50;

/// What a text of the dataset may hold besides visible characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TextRule {
    /// Names, titles and labels (`name`, `short_name`, `title`, `legal_name`, `country`): one
    /// line of at most [`MAX_NAME_CHARS`], no control character (no tab, no line break) and no
    /// direction control: the widget sets names inside its own sentences.
    Name,
    /// Descriptions, justifications, notes, rationales and reasons: at most [`MAX_TEXT_CHARS`];
    /// line breaks and tabs allowed, no other control character; direction marks allowed (right-
    /// to-left prose needs them), but nothing that changes the direction up to the paragraph's end.
    Prose,
}

impl TextRule {
    fn max_chars(self) -> usize {
        match self {
            TextRule::Name => MAX_NAME_CHARS,
            TextRule::Prose => MAX_TEXT_CHARS,
        }
    }
}

/// One thing wrong with a dataset, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file, e.g. `providers[4] (strato) › ratings › sla`; empty for the whole file.
    pub path: String,
    /// The 1-based line of the value concerned (for a missing field: of the object that lacks
    /// it); `None` when the problem concerns the whole file.
    pub line: Option<usize>,
    /// The 1-based column (in characters) where that value starts on its line; `None` exactly
    /// when `line` is. A syntax error carries its own line and column in [`ProblemKind::Syntax`].
    pub column: Option<usize>,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not JSON; `line` and `column` (1-based, in characters) say where reading stopped.
    Syntax {
        line: usize,
        column: usize,
        what: SyntaxKind,
    },
    /// Larger than [`MAX_DATASET_BYTES`].
    TooLarge {
        bytes: usize,
    },
    /// Nothing in the file, or only spaces and line breaks.
    EmptyFile,
    /// Saved as UTF-16 or UTF-32 (with or without a byte-order mark), not as UTF-8.
    WrongEncoding(WideEncoding),
    /// Bytes that are not UTF-8 (a Latin-1 `ü`, an overlong form, a surrogate): the line and
    /// column (1-based, in characters) where the first one is, and its value.
    NotUtf8 {
        line: usize,
        column: usize,
        byte: u8,
    },
    /// A web page where the dataset was expected: the text starts with `<` (`<!doctype html>`,
    /// `<html>`), typically a server's "not found" page or a site's catch-all page.
    Html,
    /// A required field that is not there (the place is the object that lacks it).
    Missing,
    /// A required field whose value is `null` (an optional one may be `null`: absent).
    Null,
    /// A value of another kind than expected: what was expected, and what was found.
    WrongType(Expected, Found),
    /// A field this format does not have (likely a typo); fields starting with `_` are comments.
    UnknownField,
    UnsupportedVersion {
        found: String,
    },
    EmptyList,
    /// Blank: nothing, or only spaces.
    EmptyText,
    /// A control character in a text (any in a name; other than tab and line break in a longer
    /// text): which one, and at which character of the string (1-based).
    ControlCharacter {
        found: char,
        at: usize,
    },
    /// A character that changes the writing direction around it (in a name, also the direction
    /// marks): which one, and where in the string (1-based, in characters).
    DirectionControl {
        found: char,
        at: usize,
    },
    /// Not blank, but nothing a reader would see: only zero-width or other invisible characters.
    NothingVisible,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    /// Ids are 1–64 characters of `a–z`, `0–9`, `_` and `-`, starting with a letter or digit.
    BadId(String),
    DuplicateId(String),
    UnknownGroup(String),
    UnknownType(String),
    UnknownCriterion(String),
    /// A number with a fraction where a whole number from `min` to `max` is expected.
    NotWholeNumber {
        min: u8,
        max: u8,
    },
    OutOfRange {
        min: u8,
        max: u8,
    },
    MissingLanguage(String),
    /// A language given twice in one text, written differently (`de` and `DE`: tags compare
    /// without regard to case); at the second.
    DuplicateLanguage(String),
    BadLanguageCode(String),
    BadUrl(UrlProblem),
    /// Not a date, and why (quoting the value).
    BadDate {
        value: String,
        why: DateProblem,
    },
    /// A source dated after the dataset's `checked` date.
    DateAfterCheck,
    /// An applicable criterion has no rating (write `"score": "unknown"` if nothing is known).
    MissingRating(String),
    /// A rating for a criterion that does not apply to the provider's type.
    RatingNotApplicable(String),
    BadConfidence(String),
    BadSourceKind(String),
    /// A field that only format 2 has, in a format-1 file.
    NeedsFormat2,
    /// Findings for a criterion that has no rubric to score them by.
    NoRubric,
    /// A finding for a check the criterion's rubric does not have.
    UnknownCheck(String),
    /// A finding that says a check is met without naming a source for it.
    FindingWithoutSource,
    /// A finding pointing at a source the rating does not have (0-based `index`; `count` sources).
    NoSuchSource {
        index: usize,
        count: usize,
    },
    /// The `score` written is not what the findings give by the rubric (nor an override's).
    ScoreNotFromFindings {
        given: u8,
        result: u8,
    },
    /// An override without findings: there is no rubric result to override.
    OverrideWithoutFindings,
    /// Not a host name (`example.com`): lower-case letters, digits, `-` and dots.
    BadDomain(String),
    /// Not an ISO 3166-1 code such as `DE` (two capital letters).
    BadCountryCode(String),
    /// A country named twice in one list.
    DuplicateCountry(String),
    /// `data_location` names countries but no source for them.
    LocationWithoutSource,
    /// `evidence` must be a plain relative path to a `.json` file beside this one (letters,
    /// digits, `-`, `_`, `.` and `/`; no `..`, no scheme, no host).
    BadEvidencePath(String),
    /// The complete file that a core names in `evidence` is not its complete dataset (other
    /// ids, scores or confidence): the two were not written together.
    EvidenceMismatch,
    /// `evidence_parts` in a file that is no core (has no `evidence`).
    PartsWithoutCore,
    /// A part that a core names in `evidence_parts` (the path says for which type) is not the
    /// complete dataset with exactly the core's providers of that type: not written together.
    PartMismatch,
    NoSources,
    /// A legal reference's jurisdiction other than `EU`, `DE`, `AT` or `CH` (quoted).
    BadJurisdiction(String),
    /// A legal reference's `url` that is not `https://`: the law is cited from its official,
    /// encrypted source.
    NotHttps,
    /// A legal reference that links somewhere else than the official publication hosts
    /// ([`crate::dataset::OFFICIAL_LEGAL_HOSTS`]): found by `check-dataset`, not by the loader.
    UnofficialLegalHost(String),
    /// A source with neither `date` nor `accessed`.
    NoSourceDate,
    GroupWithoutCriteria,
    /// More problems were found than are listed.
    More(usize),
}

impl ProblemKind {
    /// A stable machine-readable name for the kind of problem (`"duplicate-id"`), for reports
    /// that programs read (`check-dataset --format json`). Part of that report's format: a name,
    /// once published, is never changed or reused; a new kind gets a new name.
    pub fn code(&self) -> &'static str {
        use ProblemKind as P;
        match self {
            P::Syntax { .. } => "syntax",
            P::TooLarge { .. } => "too-large",
            P::EmptyFile => "empty-file",
            P::WrongEncoding(_) => "wrong-encoding",
            P::NotUtf8 { .. } => "not-utf8",
            P::Html => "html",
            P::Missing => "missing",
            P::Null => "null",
            P::WrongType(..) => "wrong-type",
            P::UnknownField => "unknown-field",
            P::UnsupportedVersion { .. } => "unsupported-version",
            P::EmptyList => "empty-list",
            P::EmptyText => "empty-text",
            P::ControlCharacter { .. } => "control-character",
            P::DirectionControl { .. } => "direction-control",
            P::NothingVisible => "nothing-visible",
            P::TooLong { .. } => "too-long",
            P::TooMany { .. } => "too-many",
            P::BadId(_) => "bad-id",
            P::DuplicateId(_) => "duplicate-id",
            P::UnknownGroup(_) => "unknown-group",
            P::UnknownType(_) => "unknown-type",
            P::UnknownCriterion(_) => "unknown-criterion",
            P::NotWholeNumber { .. } => "not-whole-number",
            P::OutOfRange { .. } => "out-of-range",
            P::MissingLanguage(_) => "missing-language",
            P::DuplicateLanguage(_) => "duplicate-language",
            P::BadLanguageCode(_) => "bad-language-code",
            P::BadUrl(_) => "bad-url",
            P::BadDate { .. } => "bad-date",
            P::DateAfterCheck => "date-after-check",
            P::MissingRating(_) => "missing-rating",
            P::RatingNotApplicable(_) => "rating-not-applicable",
            P::BadConfidence(_) => "bad-confidence",
            P::BadSourceKind(_) => "bad-source-kind",
            P::NeedsFormat2 => "needs-format-2",
            P::NoRubric => "no-rubric",
            P::UnknownCheck(_) => "unknown-check",
            P::FindingWithoutSource => "finding-without-source",
            P::NoSuchSource { .. } => "no-such-source",
            P::ScoreNotFromFindings { .. } => "score-not-from-findings",
            P::OverrideWithoutFindings => "override-without-findings",
            P::BadDomain(_) => "bad-domain",
            P::BadCountryCode(_) => "bad-country-code",
            P::DuplicateCountry(_) => "duplicate-country",
            P::LocationWithoutSource => "location-without-source",
            P::BadEvidencePath(_) => "bad-evidence-path",
            P::EvidenceMismatch => "evidence-mismatch",
            P::PartsWithoutCore => "parts-without-core",
            P::PartMismatch => "part-mismatch",
            P::NoSources => "no-sources",
            P::BadJurisdiction(_) => "bad-jurisdiction",
            P::NotHttps => "not-https",
            P::UnofficialLegalHost(_) => "unofficial-legal-host",
            P::NoSourceDate => "no-source-date",
            P::GroupWithoutCriteria => "group-without-criteria",
            P::More(_) => "more",
        }
    }

    /// The line and column that a problem of the whole file carries itself (where reading
    /// stopped, or where the first byte that is not UTF-8 is); `None` for the other kinds, whose
    /// place is the [`Problem`]'s.
    pub fn place(&self) -> Option<(usize, usize)> {
        match self {
            ProblemKind::Syntax { line, column, .. }
            | ProblemKind::NotUtf8 { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// What kind of JSON value was found where another was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool,
    Number,
    String,
    List,
    Object,
}

impl Found {
    pub fn of(node: &Node) -> Found {
        match node.value {
            Value::Null => Found::Null,
            Value::Bool(_) => Found::Bool,
            Value::Number(_) => Found::Number,
            Value::String(_) => Found::String,
            Value::Array(_) => Found::List,
            Value::Object(_) => Found::Object,
        }
    }
}

/// A Unicode encoding other than UTF-8 that a file can be saved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WideEncoding {
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

impl WideEncoding {
    /// The encoding's name as editors show it (`UTF-16 LE`): a technical name, the same in every
    /// language.
    pub fn name(self) -> &'static str {
        match self {
            WideEncoding::Utf16Le => "UTF-16 LE",
            WideEncoding::Utf16Be => "UTF-16 BE",
            WideEncoding::Utf32Le => "UTF-32 LE",
            WideEncoding::Utf32Be => "UTF-32 BE",
        }
    }

    /// The encoding of a file that starts with a UTF-16 or UTF-32 byte-order mark, or without
    /// one, with zero bytes where a JSON text (which starts with an ASCII character) has them in
    /// those encodings.
    fn detect(bytes: &[u8]) -> Option<WideEncoding> {
        match bytes {
            [0xFF, 0xFE, 0, 0, ..] | [1..=255, 0, 0, 0, ..] => Some(WideEncoding::Utf32Le),
            [0, 0, 0xFE, 0xFF, ..] | [0, 0, 0, 1..=255, ..] => Some(WideEncoding::Utf32Be),
            [0xFF, 0xFE, ..] | [1..=255, 0, ..] => Some(WideEncoding::Utf16Le),
            [0xFE, 0xFF, ..] | [0, 1..=255, ..] => Some(WideEncoding::Utf16Be),
            _ => None,
        }
    }
}

/// What kind of JSON value was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    String,
    Number,
    /// `true` or `false`.
    Bool,
    /// A string, or an object of strings keyed by language code.
    Text,
    /// A number 0–5 or the string `"unknown"`.
    Score,
}

/// A problem of the whole file (no path, no line of a value).
fn whole_file(kind: ProblemKind) -> Problem {
    Problem {
        path: String::new(),
        line: None,
        column: None,
        kind,
    }
}

/// The UTF-8 byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text of a dataset file, from its bytes: refuses a file over [`MAX_DATASET_BYTES`], an empty
/// one, UTF-16 and UTF-32, an HTML page and bytes that are not UTF-8, in that order; skips a UTF-8
/// byte-order mark. Cheap: one look at the start, and one UTF-8 check of the whole.
pub fn decode_text(bytes: &[u8]) -> Result<&str, Problem> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(whole_file(ProblemKind::TooLarge { bytes: bytes.len() }));
    }
    if let Some(encoding) = WideEncoding::detect(bytes) {
        return Err(whole_file(ProblemKind::WrongEncoding(encoding)));
    }
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    match body
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        None => return Err(whole_file(ProblemKind::EmptyFile)),
        Some(b'<') => return Err(whole_file(ProblemKind::Html)),
        Some(_) => {}
    }
    std::str::from_utf8(body).map_err(|e| {
        let valid = e.valid_up_to();
        // Everything before the first bad byte is UTF-8, so its lines and characters count.
        let (line, column) = body
            .get(..valid)
            .and_then(|before| std::str::from_utf8(before).ok())
            .map_or((1, 1), |before| json::line_col(before, valid));
        whole_file(ProblemKind::NotUtf8 {
            line,
            column,
            byte: body.get(valid).copied().unwrap_or_default(),
        })
    })
}

/// Reads and validates a dataset file from its bytes: what the widget does with a response body
/// and `check-dataset` with a file.
/// The problem of a file larger than [`MAX_DATASET_BYTES`], for a reader that stops reading at
/// the limit (the widget does, rather than hold a file of any size in memory): `bytes` is how
/// much it had read, or what the server announced.
pub fn too_large(bytes: usize) -> Problem {
    whole_file(ProblemKind::TooLarge { bytes })
}

pub fn parse_dataset_bytes(bytes: &[u8]) -> Result<Dataset, Vec<Problem>> {
    let input = decode_text(bytes).map_err(|p| vec![p])?;
    parse_text(input)
}

/// Parses and validates a dataset given as text: the same as [`parse_dataset_bytes`] on its
/// UTF-8 bytes (a leading byte-order mark is skipped here too).
pub fn parse_dataset(input: &str) -> Result<Dataset, Vec<Problem>> {
    parse_dataset_bytes(input.as_bytes())
}

/// Reads and validates the text [`decode_text`] let through.
fn parse_text(input: &str) -> Result<Dataset, Vec<Problem>> {
    let root = json::parse(input).map_err(|e| {
        let (line, column) = json::line_col(input, e.offset);
        vec![whole_file(ProblemKind::Syntax {
            line,
            column,
            what: e.kind,
        })]
    })?;
    let mut walker = Walker {
        // Until the file's version is read (the top level has no format-2 field).
        version: FORMAT_VERSION,
        ..Walker::default()
    };
    let dataset = walker.dataset(&root);
    match dataset {
        Some(d) if walker.problems.is_empty() => Ok(d),
        _ => {
            let mut problems = walker.problems;
            // All places in one pass over the text (one per problem would read a long line
            // once for every problem on it).
            let offsets: Vec<usize> = walker.offsets.iter().map(|o| o.unwrap_or(0)).collect();
            let places = json::line_cols(input, &offsets);
            for ((problem, offset), (line, column)) in
                problems.iter_mut().zip(&walker.offsets).zip(places)
            {
                if offset.is_some() {
                    problem.line = Some(line);
                    problem.column = Some(column);
                }
            }
            if walker.dropped > 0 {
                problems.push(whole_file(ProblemKind::More(walker.dropped)));
            }
            if problems.is_empty() {
                // Unreachable by construction (every `None` records a problem); kept so that a
                // future slip reports an error instead of panicking or accepting bad data.
                problems.push(whole_file(ProblemKind::Missing));
            }
            Err(problems)
        }
    }
}

#[derive(Default)]
struct Walker {
    path: Vec<String>,
    problems: Vec<Problem>,
    /// Byte offset of the value each problem concerns, parallel to `problems`.
    offsets: Vec<Option<usize>>,
    /// Offset of the value being checked, for the next report.
    offset: Option<usize>,
    dropped: usize,
    languages: Vec<String>,
    checked: Option<PartialDate>,
    /// The file's `format_version` (1 until it is read).
    version: i64,
    /// The file is a core whose evidence is elsewhere (`evidence`): a score needs no
    /// justification or source here.
    core: bool,
}

/// The fields of one JSON object, with unknown ones reported.
struct Fields<'v> {
    members: &'v [(String, Node)],
    offset: usize,
}

impl<'v> Fields<'v> {
    /// A field's value; `null` counts as absent.
    fn get(&self, key: &str) -> Option<&'v Node> {
        self.members
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !v.value.is_null())
    }

    /// The field's value if it is there but `null`.
    fn null(&self, key: &str) -> Option<&'v Node> {
        self.members
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| v.value.is_null())
    }
}

/// An entry of a list that others refer to by id.
trait HasId {
    fn id(&self) -> &str;
}

impl HasId for Group {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for ProviderType {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Criterion {
    fn id(&self) -> &str {
        &self.id
    }
}

/// A checked list and its ids sorted once, so that every reference to it is resolved in log
/// time: a file with a million keys that each name a criterion costs a million binary searches,
/// not a million scans of the criteria. A sorted `Vec` rather than a hash map: no hashing code in
/// the bundle, and no hash an input could be built to collide.
struct Known<'a, T> {
    list: &'a [T],
    index: IdIndex<'a>,
}

impl<'a, T: HasId> Known<'a, T> {
    fn new(list: &'a [T]) -> Self {
        Known {
            list,
            index: IdIndex::new(list.iter().map(HasId::id).collect()),
        }
    }

    /// The position of the entry with this id.
    fn find(&self, id: &str) -> Option<usize> {
        self.index.find(id)
    }
}

/// The ids of a list in its order, and their positions sorted by id (not generic, so that the
/// bundle has one copy for groups, types and criteria).
struct IdIndex<'a> {
    ids: Vec<&'a str>,
    by_id: Vec<usize>,
}

impl<'a> IdIndex<'a> {
    fn new(ids: Vec<&'a str>) -> Self {
        let mut by_id: Vec<usize> = (0..ids.len()).collect();
        json::sort_indices(&mut by_id, &|a, b| ids[a].cmp(ids[b]));
        IdIndex { ids, by_id }
    }

    fn find(&self, id: &str) -> Option<usize> {
        let at = self.by_id.binary_search_by(|&i| self.ids[i].cmp(id)).ok()?;
        self.by_id.get(at).copied()
    }
}

/// For each item of a list, whether its `id` (where it has one) repeats the id of an earlier
/// item.
fn repeated_ids(items: &[Node]) -> Vec<bool> {
    let ids: Vec<Option<&str>> = items
        .iter()
        .map(|item| item.get("id")?.value.as_str())
        .collect();
    json::repeats(ids.len(), &|i| ids[i])
}

impl Walker {
    fn report(&mut self, kind: ProblemKind) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.dropped += 1;
            return;
        }
        self.problems.push(Problem {
            path: self.path.join(" › "),
            line: None,
            column: None,
            kind,
        });
        self.offsets.push(self.offset);
    }

    /// Reports a problem at the member `key` of the current object. Past the cap it is only
    /// counted: neither the path nor the kind (which quote the file) is built, so that a
    /// million unknown keys cost a million comparisons, not a million messages.
    fn report_at(&mut self, key: &str, kind: impl FnOnce() -> ProblemKind) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.dropped += 1;
            return;
        }
        self.at(truncate(key, 40), |w| w.report(kind()));
    }

    /// Makes `node` the value that the next reports concern.
    fn on(&mut self, node: &Node) {
        self.offset = Some(node.offset);
    }

    /// Runs `f` with `seg` appended to the current path.
    fn at<T>(&mut self, seg: impl Into<String>, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push(seg.into());
        let out = f(self);
        self.path.pop();
        out
    }

    fn object<'v>(&mut self, v: &'v Node, allowed: &[&str]) -> Option<Fields<'v>> {
        self.on(v);
        let Some(members) = v.value.as_object() else {
            self.report(ProblemKind::WrongType(Expected::Object, Found::of(v)));
            return None;
        };
        for (key, value) in members {
            if key.starts_with('_') {
                continue;
            }
            let format_2 = fields::FORMAT_2.contains(&key.as_str());
            if !allowed.contains(&key.as_str()) || (format_2 && self.version < 2) {
                self.on(value);
                let kind = if allowed.contains(&key.as_str()) {
                    ProblemKind::NeedsFormat2
                } else {
                    ProblemKind::UnknownField
                };
                self.report_at(key, || kind);
            }
        }
        Some(Fields {
            members,
            offset: v.offset,
        })
    }

    /// A required field; reports it missing.
    fn required<'v, T>(
        &mut self,
        fields: &Fields<'v>,
        key: &str,
        f: impl FnOnce(&mut Self, &'v Node) -> Option<T>,
    ) -> Option<T> {
        self.at(key, |w| match fields.get(key) {
            Some(v) => {
                w.on(v);
                f(w, v)
            }
            None => {
                match fields.null(key) {
                    Some(null) => {
                        w.on(null);
                        w.report(ProblemKind::Null);
                    }
                    None => {
                        w.offset = Some(fields.offset);
                        w.report(ProblemKind::Missing);
                    }
                }
                None
            }
        })
    }

    /// An optional field: `Some(None)` when absent, `None` when present but invalid.
    fn optional<'v, T>(
        &mut self,
        fields: &Fields<'v>,
        key: &str,
        f: impl FnOnce(&mut Self, &'v Node) -> Option<T>,
    ) -> Option<Option<T>> {
        self.at(key, |w| match fields.get(key) {
            Some(v) => {
                w.on(v);
                f(w, v).map(Some)
            }
            None => Some(None),
        })
    }

    fn list<'v>(&mut self, v: &'v Node, max: usize) -> Option<&'v [Node]> {
        self.on(v);
        match v.value.as_array() {
            None => {
                self.report(ProblemKind::WrongType(Expected::List, Found::of(v)));
                None
            }
            Some([]) => {
                self.report(ProblemKind::EmptyList);
                None
            }
            Some(items) if items.len() > max => {
                self.report(ProblemKind::TooMany { max });
                None
            }
            Some(items) => Some(items),
        }
    }

    fn string<'v>(&mut self, v: &'v Node, rule: TextRule) -> Option<&'v str> {
        self.on(v);
        let Some(s) = v.value.as_str() else {
            self.report(ProblemKind::WrongType(Expected::String, Found::of(v)));
            return None;
        };
        self.check_str(s, rule).then_some(s)
    }

    /// One string of a text: not blank, no character the rule forbids, something to see, not
    /// too long; the first thing wrong is reported.
    fn check_str(&mut self, s: &str, rule: TextRule) -> bool {
        let max = rule.max_chars();
        let forbidden = s.chars().enumerate().find(|&(_, c)| match rule {
            TextRule::Name => text::is_control(c) || text::is_direction_control(c),
            TextRule::Prose => {
                (text::is_control(c) && !matches!(c, '\n' | '\r' | '\t'))
                    || text::is_direction_scope(c)
            }
        });
        let problem = if s.trim().is_empty() {
            Some(ProblemKind::EmptyText)
        } else if let Some((i, c)) = forbidden {
            let at = i + 1;
            Some(if text::is_control(c) {
                ProblemKind::ControlCharacter { found: c, at }
            } else {
                ProblemKind::DirectionControl { found: c, at }
            })
        } else if s.chars().all(text::is_invisible) {
            Some(ProblemKind::NothingVisible)
        } else if s.chars().count() > max {
            Some(ProblemKind::TooLong { max })
        } else {
            None
        };
        match problem {
            Some(kind) => {
                self.report(kind);
                false
            }
            None => true,
        }
    }

    fn text(&mut self, v: &Node, rule: TextRule) -> Option<Text> {
        self.on(v);
        match &v.value {
            Value::String(s) => self.check_str(s, rule).then(|| Text::neutral(s.clone())),
            Value::Object(members) => {
                let translations: Vec<&(String, Node)> = members
                    .iter()
                    .filter(|(k, _)| !k.starts_with('_'))
                    .collect();
                if translations.len() > MAX_TRANSLATIONS {
                    self.report(ProblemKind::TooMany {
                        max: MAX_TRANSLATIONS,
                    });
                    return None;
                }
                // Tags compare without regard to case: `DE` repeats `de`. At most
                // MAX_TRANSLATIONS of them, so comparing each with those before is cheap.
                let repeated = translations.iter().enumerate().map(|(i, (code, _))| {
                    translations[..i]
                        .iter()
                        .any(|(earlier, _)| earlier.eq_ignore_ascii_case(code))
                });
                let mut entries = Vec::with_capacity(translations.len());
                let mut ok = true;
                for ((code, value), repeated) in translations.iter().zip(repeated) {
                    ok &= self.at(truncate(code, 20), |w| {
                        w.on(value);
                        if !valid_language_code(code) {
                            w.report(ProblemKind::BadLanguageCode(truncate(code, 20)));
                            return false;
                        }
                        if repeated {
                            w.report(ProblemKind::DuplicateLanguage(truncate(code, 20)));
                            return false;
                        }
                        match w.string(value, rule) {
                            Some(s) => {
                                entries.push((code.clone(), s.to_owned()));
                                true
                            }
                            None => false,
                        }
                    });
                }
                // A declared language is there when a reader of it finds a translation, by the
                // rule the widget shows texts by (`de-AT` serves `de`).
                self.on(v);
                let codes = translations
                    .iter()
                    .map(|(code, _)| code.as_str())
                    .filter(|code| valid_language_code(code));
                let missing: Vec<String> = self
                    .languages
                    .iter()
                    .filter(|lang| text::lookup_language(codes.clone(), lang).is_none())
                    .cloned()
                    .collect();
                for lang in missing {
                    self.report(ProblemKind::MissingLanguage(lang));
                    ok = false;
                }
                if entries.is_empty() && ok {
                    self.report(ProblemKind::EmptyText);
                }
                if ok {
                    Text::localized(entries)
                } else {
                    None
                }
            }
            _ => {
                self.report(ProblemKind::WrongType(Expected::Text, Found::of(v)));
                None
            }
        }
    }

    fn id(&mut self, v: &Node) -> Option<String> {
        self.on(v);
        let s = v.value.as_str().or_else(|| {
            self.report(ProblemKind::WrongType(Expected::String, Found::of(v)));
            None
        })?;
        if valid_id(s) {
            Some(s.to_owned())
        } else {
            self.report(ProblemKind::BadId(truncate(s, 40)));
            None
        }
    }

    /// A whole number in `min..=max` (accepting `3.0`).
    fn whole(&mut self, v: &Node, min: u8, max: u8) -> Option<u8> {
        self.on(v);
        let Value::Number(n) = &v.value else {
            self.report(ProblemKind::WrongType(Expected::Number, Found::of(v)));
            return None;
        };
        // Whole or not is decided on the digits first (1e-400 and 4.0000000000000000001 are not
        // whole, though a float cannot tell them from 0 and 4), then the range.
        if !n.whole {
            self.report(ProblemKind::NotWholeNumber { min, max });
            return None;
        }
        match n.int.and_then(|i| u8::try_from(i).ok()) {
            Some(b) if (min..=max).contains(&b) => Some(b),
            _ => {
                self.report(ProblemKind::OutOfRange { min, max });
                None
            }
        }
    }

    fn date(&mut self, v: &Node) -> Option<PartialDate> {
        self.on(v);
        let s = v.value.as_str().or_else(|| {
            self.report(ProblemKind::WrongType(Expected::String, Found::of(v)));
            None
        })?;
        PartialDate::check(s)
            .map_err(|why| {
                self.report(ProblemKind::BadDate {
                    value: truncate(s, 40),
                    why,
                })
            })
            .ok()
    }

    fn url(&mut self, v: &Node) -> Option<SafeUrl> {
        self.on(v);
        let s = v.value.as_str().or_else(|| {
            self.report(ProblemKind::WrongType(Expected::String, Found::of(v)));
            None
        })?;
        SafeUrl::parse(s)
            .map_err(|p| self.report(ProblemKind::BadUrl(p)))
            .ok()
    }

    /// Reads a list of objects that each carry a unique `id`, labelling paths with the id.
    fn id_list<T>(
        &mut self,
        v: &Node,
        max: usize,
        mut item: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Option<Vec<T>> {
        let items = self.list(v, max)?;
        let mut out = Vec::with_capacity(items.len());
        let repeated = repeated_ids(items);
        let mut ok = true;
        for ((i, value), repeated) in items.iter().enumerate().zip(repeated) {
            let id = value.get("id").and_then(|n| n.value.as_str());
            let seg = match id {
                Some(id) => format!("[{i}] ({})", truncate(id, 40)),
                None => format!("[{i}]"),
            };
            let parsed = self.at(seg, |w| {
                w.on(value);
                if let (Some(id), true) = (id, repeated) {
                    w.at("id", |w| {
                        w.report(ProblemKind::DuplicateId(truncate(id, 40)))
                    });
                    return None;
                }
                item(w, value)
            });
            match parsed {
                Some(t) => out.push(t),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn dataset(&mut self, root: &Node) -> Option<Dataset> {
        let f = self.object(root, fields::DATASET)?;
        // The version decides how to read everything else, so a wrong one stops here.
        let versions = OLDEST_FORMAT_VERSION..=FORMAT_VERSION;
        let format_version = self.required(&f, "format_version", |w, v| match &v.value {
            Value::Number(n) if n.int.is_some_and(|i| versions.contains(&i)) => {
                n.int.map(|i| i as u32)
            }
            Value::Number(n) if !n.whole => {
                w.report(ProblemKind::NotWholeNumber {
                    min: OLDEST_FORMAT_VERSION as u8,
                    max: FORMAT_VERSION as u8,
                });
                None
            }
            Value::Number(n) => {
                // A whole number that is another version (or too large for one).
                let found = match n.int {
                    Some(i) => i.to_string(),
                    None if n.approx > 0.0 => format!("> {}", i64::MAX),
                    None => format!("< {}", i64::MIN),
                };
                w.report(ProblemKind::UnsupportedVersion { found });
                None
            }
            _ => {
                w.report(ProblemKind::WrongType(Expected::Number, Found::of(v)));
                None
            }
        })?;
        self.version = i64::from(format_version);
        let languages = self.optional(&f, "languages", |w, v| {
            let items = w.list(v, MAX_LANGUAGES)?;
            let mut langs: Vec<String> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                w.on(item);
                w.at(format!("[{i}]"), |w| match item.value.as_str() {
                    Some(code) if langs.iter().any(|l| l.eq_ignore_ascii_case(code)) => {
                        w.report(ProblemKind::DuplicateLanguage(truncate(code, 20)))
                    }
                    Some(code) if valid_language_code(code) => langs.push(code.to_owned()),
                    Some(code) => w.report(ProblemKind::BadLanguageCode(truncate(code, 20))),
                    None => w.report(ProblemKind::WrongType(Expected::String, Found::of(item))),
                });
            }
            Some(langs)
        });
        self.languages = languages.flatten().unwrap_or_default();
        let title = self.required(&f, "title", |w, v| w.text(v, TextRule::Name));
        let description = self.optional(&f, "description", |w, v| w.text(v, TextRule::Prose));
        let checked = self.required(&f, "checked", |w, v| w.date(v));
        self.checked = checked;
        let evidence = self.optional(&f, "evidence", |w, v| {
            if w.version < 2 {
                w.report(ProblemKind::NeedsFormat2);
                return None;
            }
            w.evidence_path(v)
        });
        self.core = matches!(evidence, Some(Some(_)));

        let groups = self.required(&f, "groups", |w, v| w.id_list(v, MAX_GROUPS, Walker::group));
        let types = self.required(&f, "types", |w, v| {
            w.id_list(v, MAX_TYPES, Walker::provider_type)
        });
        // Later lists refer to earlier ones. When an earlier list is broken, the later ones are
        // still checked, minus the references, so that one pass reports as much as it can.
        let known_groups = groups.as_deref().map(Known::new);
        let known_types = types.as_deref().map(Known::new);
        let evidence_parts = self.optional(&f, "evidence_parts", |w, v| {
            if w.version < 2 {
                w.report(ProblemKind::NeedsFormat2);
                return None;
            }
            let parts = w.evidence_parts(v, known_types.as_ref());
            // Parts split a core's evidence: a complete file has nothing to split.
            if evidence == Some(None) {
                w.on(v);
                w.report(ProblemKind::PartsWithoutCore);
                return None;
            }
            parts
        });
        let criteria = self.required(&f, "criteria", |w, v| {
            w.id_list(v, MAX_CRITERIA, |w, c| {
                w.criterion(c, known_groups.as_ref(), known_types.as_ref())
            })
        });
        let known_criteria = criteria.as_deref().map(Known::new);
        if let (Some(groups), Some(criteria)) = (&groups, &criteria) {
            let mut has_criteria = vec![false; groups.len()];
            for c in criteria {
                if let Some(has) = has_criteria.get_mut(c.group) {
                    *has = true;
                }
            }
            for (g, group) in groups.iter().enumerate() {
                if !has_criteria[g] {
                    self.offset = root
                        .get("groups")
                        .and_then(|n| n.value.as_array())
                        .and_then(|a| a.get(g))
                        .map(|n| n.offset);
                    self.at("groups", |w| {
                        w.at(format!("[{g}] ({})", group.id), |w| {
                            w.report(ProblemKind::GroupWithoutCriteria)
                        })
                    });
                }
            }
        }
        let providers = self.required(&f, "providers", |w, v| {
            w.id_list(v, MAX_PROVIDERS, |w, p| {
                w.provider(p, known_types.as_ref(), known_criteria.as_ref())
            })
        });

        let presets = match (&known_groups, &known_criteria) {
            (Some(groups), Some(criteria)) => self.optional(&f, "presets", |w, v| {
                w.id_list(v, MAX_PRESETS, |w, p| w.preset(p, groups, criteria))
            }),
            _ => None,
        };
        let knockouts = match &known_criteria {
            Some(criteria) => self.optional(&f, "knockouts", |w, v| {
                w.id_list(v, MAX_KNOCKOUTS, |w, k| w.knockout(k, criteria))
            }),
            None => None,
        };
        let roles = self.optional(&f, "roles", |w, v| {
            // Read before the version was known, like `evidence`.
            if w.version < 2 {
                w.report(ProblemKind::NeedsFormat2);
                return None;
            }
            w.id_list(v, MAX_ROLES, Walker::role)
        });

        Some(Dataset {
            format_version,
            title: title?,
            description: description?,
            checked: checked?,
            languages: self.languages.clone(),
            groups: groups?,
            criteria: criteria?,
            types: types?,
            providers: providers?,
            presets: presets?.unwrap_or_default(),
            knockouts: knockouts?.unwrap_or_default(),
            evidence: evidence?,
            evidence_parts: evidence_parts?.unwrap_or_default(),
            roles: roles?.unwrap_or_default(),
        })
    }

    /// A path to a file of a core's evidence ([`valid_evidence_path`]).
    fn evidence_path(&mut self, v: &Node) -> Option<String> {
        let s = self.string(v, TextRule::Name)?;
        if valid_evidence_path(s) {
            Some(s.to_owned())
        } else {
            self.report(ProblemKind::BadEvidencePath(truncate(s, 60)));
            None
        }
    }

    /// A core's parts (`{"isp": "evidence/isp.json", …}`): keyed by type id, each type at most
    /// once, each a path as `evidence` is; one entry per type (`None` for a type without a part).
    fn evidence_parts(
        &mut self,
        v: &Node,
        types: Option<&Known<'_, ProviderType>>,
    ) -> Option<Vec<Option<String>>> {
        self.on(v);
        let Some(members) = v.value.as_object() else {
            self.report(ProblemKind::WrongType(Expected::Object, Found::of(v)));
            return None;
        };
        let mut out: Vec<Option<String>> = vec![None; types.map_or(0, |t| t.list.len())];
        let mut ok = true;
        for (key, value) in members.iter().filter(|(k, _)| !k.starts_with('_')) {
            self.on(value);
            let Some(slot) = types.and_then(|t| t.find(key)).and_then(|t| out.get_mut(t)) else {
                if types.is_some() {
                    self.report_at(key, || ProblemKind::UnknownType(truncate(key, 40)));
                }
                ok = false;
                continue;
            };
            let path = self.at(key.as_str(), |w| w.evidence_path(value));
            match path {
                Some(path) => *slot = Some(path),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn role(&mut self, v: &Node) -> Option<Role> {
        let f = self.object(v, fields::ROLE)?;
        let id = self.required(&f, "id", Walker::id);
        let name = self.required(&f, "name", |w, v| w.text(v, TextRule::Name));
        let scenario = self.required(&f, "scenario", |w, v| w.text(v, TextRule::Prose));
        let task = self.required(&f, "task", |w, v| w.text(v, TextRule::Prose));
        Some(Role {
            id: id?,
            name: name?,
            scenario: scenario?,
            task: task?,
        })
    }

    /// A duty explained for a class. Type ids are resolved only when the types are valid.
    fn explain(&mut self, v: &Node, types: Option<&Known<'_, ProviderType>>) -> Option<Explain> {
        let f = self.object(v, fields::EXPLAIN)?;
        let meaning = self.required(&f, "meaning", |w, v| w.text(v, TextRule::Prose));
        let why = self.required(&f, "why", |w, v| w.text(v, TextRule::Prose));
        let examples = self.optional(&f, "examples", |w, v| w.examples(v, types));
        let legal = self.optional(&f, "legal", |w, v| {
            let items = w.list(v, MAX_LEGAL)?;
            let mut out = Vec::with_capacity(items.len());
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                match w.at(format!("[{i}]"), |w| w.legal_ref(item, types)) {
                    Some(r) => out.push(r),
                    None => ok = false,
                }
            }
            ok.then_some(out)
        });
        Some(Explain {
            meaning: meaning?,
            why: why?,
            examples: examples?.unwrap_or_default(),
            legal: legal?.unwrap_or_default(),
        })
    }

    /// Examples keyed by provider type id (`{"isp": …}`), each type at most once.
    fn examples(
        &mut self,
        v: &Node,
        types: Option<&Known<'_, ProviderType>>,
    ) -> Option<Vec<(String, Text)>> {
        self.on(v);
        let Some(members) = v.value.as_object() else {
            self.report(ProblemKind::WrongType(Expected::Object, Found::of(v)));
            return None;
        };
        let members: Vec<&(String, Node)> = members
            .iter()
            .filter(|(k, _)| !k.starts_with('_'))
            .collect();
        if members.len() > MAX_TYPES {
            self.report(ProblemKind::TooMany { max: MAX_TYPES });
            return None;
        }
        let mut out: Vec<(String, Text)> = Vec::with_capacity(members.len());
        let mut ok = true;
        for (key, value) in members {
            self.on(value);
            if !valid_id(key) {
                self.report_at(key, || ProblemKind::BadId(truncate(key, 40)));
                ok = false;
                continue;
            }
            if types.is_some_and(|t| t.find(key).is_none()) {
                self.report_at(key, || ProblemKind::UnknownType(truncate(key, 40)));
                ok = false;
                continue;
            }
            if out.iter().any(|(k, _)| k == key) {
                self.report_at(key, || ProblemKind::DuplicateId(truncate(key, 40)));
                ok = false;
                continue;
            }
            match self.at(key.as_str(), |w| w.text(value, TextRule::Prose)) {
                Some(t) => out.push((key.clone(), t)),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn legal_ref(&mut self, v: &Node, types: Option<&Known<'_, ProviderType>>) -> Option<LegalRef> {
        let f = self.object(v, fields::LEGAL)?;
        let jurisdiction = self.required(&f, "jurisdiction", |w, v| {
            let s = v.value.as_str().or_else(|| {
                w.report(ProblemKind::WrongType(Expected::String, Found::of(v)));
                None
            })?;
            Jurisdiction::from_code(s).or_else(|| {
                w.report(ProblemKind::BadJurisdiction(truncate(s, 20)));
                None
            })
        });
        let reference = self.required(&f, "ref", |w, v| w.text(v, TextRule::Name));
        let url = self.required(&f, "url", |w, v| {
            let url = w.url(v)?;
            if url.as_str().starts_with("https://") {
                Some(url)
            } else {
                w.report(ProblemKind::NotHttps);
                None
            }
        });
        let summary = self.required(&f, "summary", |w, v| w.text(v, TextRule::Prose));
        let applies_to = self.optional(&f, "applies_to", |w, v| {
            let items = w.list(v, MAX_TYPES)?;
            let mut ids: Vec<String> = Vec::with_capacity(items.len());
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                ok &= w.at(format!("[{i}]"), |w| {
                    let Some(id) = w.id(item) else {
                        return false;
                    };
                    if types.is_some_and(|t| t.find(&id).is_none()) {
                        w.report(ProblemKind::UnknownType(id));
                        false
                    } else if ids.contains(&id) {
                        w.report(ProblemKind::DuplicateId(id));
                        false
                    } else {
                        ids.push(id);
                        true
                    }
                });
            }
            ok.then_some(ids)
        });
        let checked = self.optional(&f, "checked", |w, v| w.date(v));
        Some(LegalRef {
            jurisdiction: jurisdiction?,
            reference: reference?,
            url: url?,
            summary: summary?,
            applies_to: applies_to?,
            checked: checked?,
        })
    }

    /// Weights keyed by id (`{"privacy": 8}`), completed with `defaults` for ids not given.
    fn keyed_weights(
        &mut self,
        v: &Node,
        ids: &IdIndex<'_>,
        defaults: Vec<u8>,
        unknown: fn(String) -> ProblemKind,
    ) -> Option<Vec<u8>> {
        self.on(v);
        let Some(members) = v.value.as_object() else {
            self.report(ProblemKind::WrongType(Expected::Object, Found::of(v)));
            return None;
        };
        let mut out = defaults;
        let mut ok = true;
        for (key, value) in members.iter().filter(|(k, _)| !k.starts_with('_')) {
            let Some(i) = ids.find(key) else {
                self.on(value);
                self.report_at(key, || unknown(truncate(key, 40)));
                ok = false;
                continue;
            };
            ok &= self.at(key.as_str(), |w| {
                match (w.whole(value, 0, MAX_WEIGHT), out.get_mut(i)) {
                    (Some(x), Some(slot)) => {
                        *slot = x;
                        true
                    }
                    _ => false,
                }
            });
        }
        ok.then_some(out)
    }

    fn preset(
        &mut self,
        v: &Node,
        groups: &Known<'_, Group>,
        criteria: &Known<'_, Criterion>,
    ) -> Option<Preset> {
        let f = self.object(v, fields::PRESET)?;
        let id = self.required(&f, "id", Walker::id);
        let name = self.required(&f, "name", |w, v| w.text(v, TextRule::Name));
        let rationale = self.required(&f, "rationale", |w, v| w.text(v, TextRule::Prose));
        let group_defaults = || groups.list.iter().map(|g| g.default_weight).collect();
        let criterion_defaults = || criteria.list.iter().map(|c| c.default_weight).collect();
        let group_weights = self.optional(&f, "group_weights", |w, v| {
            w.keyed_weights(
                v,
                &groups.index,
                group_defaults(),
                ProblemKind::UnknownGroup,
            )
        });
        let weights = self.optional(&f, "weights", |w, v| {
            w.keyed_weights(
                v,
                &criteria.index,
                criterion_defaults(),
                ProblemKind::UnknownCriterion,
            )
        });
        Some(Preset {
            id: id?,
            name: name?,
            rationale: rationale?,
            group_weights: group_weights?.unwrap_or_else(group_defaults),
            weights: weights?.unwrap_or_else(criterion_defaults),
        })
    }

    fn knockout(&mut self, v: &Node, criteria: &Known<'_, Criterion>) -> Option<Knockout> {
        let f = self.object(v, fields::KNOCKOUT)?;
        let id = self.required(&f, "id", Walker::id);
        let criterion = self.required(&f, "criterion", |w, v| {
            let id = w.id(v)?;
            criteria.find(&id).or_else(|| {
                w.report(ProblemKind::UnknownCriterion(id));
                None
            })
        });
        let at_most = self.required(&f, "at_most", |w, v| w.whole(v, 0, MAX_SCORE));
        let cap = self.required(&f, "cap", |w, v| w.whole(v, 0, 100));
        let reason = self.required(&f, "reason", |w, v| w.text(v, TextRule::Prose));
        Some(Knockout {
            id: id?,
            criterion: criterion?,
            at_most: at_most?,
            cap: cap?,
            reason: reason?,
        })
    }

    fn group(&mut self, v: &Node) -> Option<Group> {
        let f = self.object(v, fields::GROUP)?;
        let id = self.required(&f, "id", Walker::id);
        let name = self.required(&f, "name", |w, v| w.text(v, TextRule::Name));
        let short_name = self.optional(&f, "short_name", |w, v| w.text(v, TextRule::Name));
        let default_weight = self.optional(&f, "default_weight", |w, v| w.whole(v, 0, MAX_WEIGHT));
        Some(Group {
            id: id?,
            name: name?,
            short_name: short_name?,
            default_weight: default_weight?.unwrap_or(DEFAULT_GROUP_WEIGHT),
        })
    }

    fn provider_type(&mut self, v: &Node) -> Option<ProviderType> {
        let f = self.object(v, fields::TYPE)?;
        let id = self.required(&f, "id", Walker::id);
        let name = self.required(&f, "name", |w, v| w.text(v, TextRule::Name));
        let description = self.optional(&f, "description", |w, v| w.text(v, TextRule::Prose));
        Some(ProviderType {
            id: id?,
            name: name?,
            description: description?,
        })
    }

    /// A reference to another list is only resolved when that list is valid (`Some`).
    fn criterion(
        &mut self,
        v: &Node,
        groups: Option<&Known<'_, Group>>,
        types: Option<&Known<'_, ProviderType>>,
    ) -> Option<Criterion> {
        let f = self.object(v, fields::CRITERION)?;
        let id = self.required(&f, "id", Walker::id);
        let group = self.required(&f, "group", |w, v| {
            let id = w.id(v)?;
            groups?.find(&id).or_else(|| {
                w.report(ProblemKind::UnknownGroup(id));
                None
            })
        });
        let name = self.required(&f, "name", |w, v| w.text(v, TextRule::Name));
        let description = self.required(&f, "description", |w, v| w.text(v, TextRule::Prose));
        let applies_to = self.required(&f, "applies_to", |w, v| {
            let items = w.list(v, MAX_APPLIES_TO)?;
            let types = types?;
            let mut applies = vec![false; types.list.len()];
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                ok &= w.at(format!("[{i}]"), |w| {
                    let Some(id) = w.id(item) else {
                        return false;
                    };
                    match types.find(&id) {
                        Some(t) if applies[t] => {
                            w.report(ProblemKind::DuplicateId(id));
                            false
                        }
                        Some(t) => {
                            applies[t] = true;
                            true
                        }
                        None => {
                            w.report(ProblemKind::UnknownType(id));
                            false
                        }
                    }
                });
            }
            ok.then_some(applies)
        });
        let default_weight = self.required(&f, "default_weight", |w, v| w.whole(v, 0, MAX_WEIGHT));
        let rubric = self.optional(&f, "rubric", Walker::rubric);
        let explain = self.optional(&f, "explain", |w, v| w.explain(v, types));
        Some(Criterion {
            id: id?,
            group: group?,
            name: name?,
            description: description?,
            applies_to: applies_to?,
            default_weight: default_weight?,
            rubric: rubric?,
            explain: explain?,
        })
    }

    fn rubric(&mut self, v: &Node) -> Option<Rubric> {
        let f = self.object(v, fields::RUBRIC)?;
        let checks = self.required(&f, "checks", |w, v| w.id_list(v, MAX_CHECKS, Walker::check));
        Some(Rubric { checks: checks? })
    }

    fn check(&mut self, v: &Node) -> Option<Check> {
        let f = self.object(v, fields::CHECK)?;
        let id = self.required(&f, "id", Walker::id);
        let text = self.required(&f, "text", |w, v| w.text(v, TextRule::Prose));
        let points = self.optional(&f, "points", |w, v| w.whole(v, 0, MAX_SCORE));
        let cap = self.optional(&f, "cap", |w, v| w.whole(v, 0, MAX_SCORE));
        Some(Check {
            id: id?,
            text: text?,
            points: points?.unwrap_or(0),
            cap: cap?,
        })
    }

    /// A list of strings, each checked by `problem` against the entries accepted before it:
    /// what `domains` and the country lists are.
    fn strings(
        &mut self,
        items: &[Node],
        problem: impl Fn(&str, &[String]) -> Option<ProblemKind>,
    ) -> Option<Vec<String>> {
        let mut out: Vec<String> = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            ok &= self.at(format!("[{i}]"), |w| {
                w.on(item);
                let Some(s) = item.value.as_str() else {
                    w.report(ProblemKind::WrongType(Expected::String, Found::of(item)));
                    return false;
                };
                match problem(s, &out) {
                    Some(p) => {
                        w.report(p);
                        false
                    }
                    None => {
                        out.push(s.to_owned());
                        true
                    }
                }
            });
        }
        ok.then_some(out)
    }

    /// A provider's own host names: lower-case ASCII labels of letters, digits and `-`, joined
    /// by dots (what a URL's host is after the URL parser lower-cases it).
    fn domains(&mut self, v: &Node) -> Option<Vec<String>> {
        let items = self.list(v, MAX_DOMAINS)?;
        let label_ok = |l: &str| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        self.strings(items, |s, _| {
            let ok = s.len() <= 253 && s.contains('.') && s.split('.').all(label_ok);
            (!ok).then(|| ProblemKind::BadDomain(truncate(s, 40)))
        })
    }

    /// A list of distinct ISO 3166-1 codes (`["DE", "AT"]`); empty only where `may_be_empty`.
    fn countries(&mut self, v: &Node, may_be_empty: bool) -> Option<Vec<String>> {
        self.on(v);
        let items = match v.value.as_array() {
            Some([]) if may_be_empty => return Some(Vec::new()),
            _ => self.list(v, MAX_COUNTRIES)?,
        };
        self.strings(items, |s, before| {
            if !crate::dataset::valid_country_code(s) {
                Some(ProblemKind::BadCountryCode(truncate(s, 20)))
            } else if before.iter().any(|c| c == s) {
                Some(ProblemKind::DuplicateCountry(s.to_owned()))
            } else {
                None
            }
        })
    }

    /// Where a provider holds its data: countries (may be empty: unknown), a note, and sources,
    /// which are required once a country is named.
    fn data_location(&mut self, v: &Node) -> Option<DataLocation> {
        let f = self.object(v, fields::DATA_LOCATION)?;
        let countries = self.required(&f, "countries", |w, v| w.countries(v, true));
        let note = self.optional(&f, "note", |w, v| w.text(v, TextRule::Prose));
        let sources = self.optional(&f, "sources", Walker::sources);
        let (countries, note, sources) = (countries?, note?, sources?.unwrap_or_default());
        if !countries.is_empty() && sources.is_empty() && !self.core {
            self.on(v);
            self.report(ProblemKind::LocationWithoutSource);
            return None;
        }
        Some(DataLocation {
            countries,
            note,
            sources,
        })
    }

    fn boolean(&mut self, v: &Node) -> Option<bool> {
        self.on(v);
        match v.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.report(ProblemKind::WrongType(Expected::Bool, Found::of(v)));
                None
            }
        }
    }

    fn provider(
        &mut self,
        v: &Node,
        types: Option<&Known<'_, ProviderType>>,
        criteria: Option<&Known<'_, Criterion>>,
    ) -> Option<Provider> {
        let f = self.object(v, fields::PROVIDER)?;
        let id = self.required(&f, "id", Walker::id);
        let name = self.required(&f, "name", |w, v| w.text(v, TextRule::Name));
        let kind = self.required(&f, "type", |w, v| {
            let id = w.id(v)?;
            types?.find(&id).or_else(|| {
                w.report(ProblemKind::UnknownType(id));
                None
            })
        });
        let website = self.required(&f, "website", Walker::url);
        let legal_name = self.optional(&f, "legal_name", |w, v| w.text(v, TextRule::Name));
        let country = self.optional(&f, "country", |w, v| w.text(v, TextRule::Name));
        let note = self.optional(&f, "note", |w, v| w.text(v, TextRule::Prose));
        let domains = self.optional(&f, "domains", Walker::domains);
        let serves = self.optional(&f, "serves", |w, v| w.countries(v, false));
        let data_location = self.optional(&f, "data_location", Walker::data_location);
        let named_in_text = self.optional(&f, "named_in_text", Walker::boolean);
        let ratings = match (kind, types, criteria) {
            (Some(kind), Some(types), Some(criteria)) => self.required(&f, "ratings", |w, v| {
                w.ratings(v, kind, types.list, criteria)
            }),
            _ => None,
        };
        Some(Provider {
            id: id?,
            name: name?,
            kind: kind?,
            website: website?,
            legal_name: legal_name?,
            country: country?,
            note: note?,
            domains: domains?.unwrap_or_default(),
            serves: serves?.unwrap_or_default(),
            data_location: data_location?,
            named_in_text: named_in_text?.unwrap_or(false),
            ratings: ratings?,
        })
    }

    fn ratings(
        &mut self,
        v: &Node,
        kind: usize,
        types: &[ProviderType],
        criteria: &Known<'_, Criterion>,
    ) -> Option<Vec<Rating>> {
        self.on(v);
        let Some(members) = v.value.as_object() else {
            self.report(ProblemKind::WrongType(Expected::Object, Found::of(v)));
            return None;
        };
        let mut ok = true;
        // The rating given for each criterion, found in one pass over the keys (which the
        // reader keeps unique).
        let mut given: Vec<Option<&Node>> = vec![None; criteria.list.len()];
        for (key, value) in members.iter().filter(|(k, _)| !k.starts_with('_')) {
            match criteria.find(key).and_then(|c| given.get_mut(c)) {
                Some(slot) => *slot = Some(value),
                None => {
                    self.on(value);
                    self.report_at(key, || ProblemKind::UnknownCriterion(truncate(key, 40)));
                    ok = false;
                }
            }
        }
        let mut ratings = Vec::with_capacity(criteria.list.len());
        for (c, given) in criteria.list.iter().zip(given) {
            let applies = c.applies(kind);
            let rating = match (given, applies) {
                (None, false) => Some(Rating::NotApplicable),
                (None, true) => {
                    self.on(v);
                    self.report(ProblemKind::MissingRating(c.id.clone()));
                    None
                }
                (Some(r), false) => {
                    let type_id = types.get(kind).map(|t| t.id.clone()).unwrap_or_default();
                    self.on(r);
                    self.at(c.id.clone(), |w| {
                        w.report(ProblemKind::RatingNotApplicable(type_id))
                    });
                    None
                }
                (Some(r), true) => self.at(c.id.clone(), |w| w.rating(r, c.rubric.as_ref())),
            };
            match rating {
                Some(r) => ratings.push(r),
                None => ok = false,
            }
        }
        ok.then_some(ratings)
    }

    /// A rating: a score set by hand, a score that follows from findings by the criterion's
    /// rubric (format 2; then `score` may be left out, and if written must agree), or
    /// `"unknown"`; each with its sources.
    fn rating(&mut self, v: &Node, rubric: Option<&Rubric>) -> Option<Rating> {
        /// What the file says in `score`.
        #[derive(Clone, Copy)]
        enum Given {
            /// Left out, which only findings allow.
            Absent,
            Unknown,
            Score(u8),
        }
        let f = self.object(v, fields::RATING)?;
        let given =
            if f.get("score").is_none() && f.null("score").is_none() && f.get("findings").is_some()
            {
                Some(Given::Absent)
            } else {
                self.required(&f, "score", |w, v| match &v.value {
                    Value::String(s) if s == "unknown" => Some(Given::Unknown),
                    Value::Number(_) => w.whole(v, 0, MAX_SCORE).map(Given::Score),
                    _ => {
                        w.report(ProblemKind::WrongType(Expected::Score, Found::of(v)));
                        None
                    }
                })
            };
        let scored = matches!(given, Some(Given::Absent | Given::Score(_)));
        // A score needs a justification and a source; "unknown" (or a broken score, whose
        // other fields are still checked so that one pass reports everything) may have them.
        let (why, sources) = if scored && !self.core {
            let why = self.required(&f, "why", |w, v| w.text(v, TextRule::Prose));
            let sources = self.required(&f, "sources", |w, v| w.sources(v));
            (why.map(Some), sources)
        } else {
            let why = self.optional(&f, "why", |w, v| w.text(v, TextRule::Prose));
            let sources = self.optional(&f, "sources", |w, v| match v.value.as_array() {
                Some([]) => Some(Vec::new()),
                _ => w.sources(v),
            });
            (why, sources.map(Option::unwrap_or_default))
        };
        let low_confidence = self.optional(&f, "confidence", |w, v| match v.value.as_str() {
            Some("low") => Some(true),
            Some("normal") => Some(false),
            Some(other) => {
                w.report(ProblemKind::BadConfidence(truncate(other, 20)));
                None
            }
            None => {
                w.report(ProblemKind::WrongType(Expected::String, Found::of(v)));
                None
            }
        });
        let source_count = sources.as_ref().map(Vec::len);
        let findings = self.optional(&f, "findings", |w, v| w.findings(v, rubric, source_count));
        let override_given = self.optional(&f, "override", Walker::override_score);
        let checked = self.optional(&f, "checked", Walker::check_record);
        let (given, why, sources, findings) = (given?, why?, sources?, findings?);
        // A core's score without its justification (which is in the complete file).
        let why = if self.core && scored {
            Some(why.unwrap_or_else(|| Text::neutral("")))
        } else {
            why
        };
        let (low_confidence, override_given, checked) =
            (low_confidence?, override_given?, checked?);
        let findings = findings.unwrap_or_default();
        if override_given.is_some() && findings.is_empty() {
            self.on(v);
            self.at("override", |w| {
                w.report(ProblemKind::OverrideWithoutFindings)
            });
            return None;
        }
        let (score, overridden) = match (given, rubric) {
            (Given::Unknown, _) => {
                return Some(Rating::Unknown {
                    note: why,
                    sources,
                    findings,
                    checked,
                })
            }
            // Findings without a rubric were reported where they are.
            (Given::Score(n), _) if findings.is_empty() => (n, None),
            (_, Some(rubric)) if !findings.is_empty() => {
                let computed = rubric.score_of(&findings);
                let result = override_given.as_ref().map_or(computed, |(n, _)| *n);
                if let Given::Score(n) = given {
                    if n != result {
                        if let Some(node) = f.get("score") {
                            self.on(node);
                        }
                        self.at("score", |w| {
                            w.report(ProblemKind::ScoreNotFromFindings { given: n, result })
                        });
                        return None;
                    }
                }
                let overridden = override_given.map(|(_, reason)| Override {
                    rubric_score: computed,
                    reason,
                });
                (result, overridden)
            }
            _ => {
                self.on(v);
                self.at("score", |w| w.report(ProblemKind::Missing));
                return None;
            }
        };
        let weak_only = !sources.is_empty() && sources.iter().all(|s| s.kind.weak());
        Some(Rating::Scored(Scored {
            score,
            why: why?,
            sources,
            low_confidence: low_confidence.unwrap_or(false) || weak_only,
            findings,
            overridden,
            checked,
        }))
    }

    /// A rating's findings: at most one per check of `rubric`, each pointing at the rating's
    /// sources (`sources` of them, where they could be read).
    fn findings(
        &mut self,
        v: &Node,
        rubric: Option<&Rubric>,
        sources: Option<usize>,
    ) -> Option<Vec<Finding>> {
        let items = self.list(v, MAX_CHECKS)?;
        let Some(rubric) = rubric else {
            self.on(v);
            self.report(ProblemKind::NoRubric);
            return None;
        };
        let mut seen = vec![false; rubric.checks.len()];
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.at(format!("[{i}]"), |w| {
                w.finding(item, rubric, sources, &mut seen)
            }) {
                Some(finding) => out.push(finding),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn finding(
        &mut self,
        v: &Node,
        rubric: &Rubric,
        sources: Option<usize>,
        seen: &mut [bool],
    ) -> Option<Finding> {
        let f = self.object(v, fields::FINDING)?;
        let check = self.required(&f, "check", |w, v| {
            let id = w.id(v)?;
            match rubric.checks.iter().position(|c| c.id == id) {
                Some(c) if seen.get(c).copied().unwrap_or(false) => {
                    w.report(ProblemKind::DuplicateId(id));
                    None
                }
                Some(c) => {
                    if let Some(s) = seen.get_mut(c) {
                        *s = true;
                    }
                    Some(c)
                }
                None => {
                    w.report(ProblemKind::UnknownCheck(truncate(&id, 40)));
                    None
                }
            }
        });
        let met = self.required(&f, "met", Walker::boolean);
        let note = self.optional(&f, "note", |w, v| w.text(v, TextRule::Prose));
        let indices = self.optional(&f, "sources", |w, v| {
            let items = w.list(v, MAX_SOURCES)?;
            let mut out = Vec::with_capacity(items.len());
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                ok &= w.at(format!("[{i}]"), |w| {
                    let Some(n) = w.whole(item, 0, (MAX_SOURCES - 1) as u8) else {
                        return false;
                    };
                    let index = usize::from(n);
                    match sources {
                        Some(count) if index >= count => {
                            w.report(ProblemKind::NoSuchSource { index, count });
                            false
                        }
                        _ => {
                            out.push(index);
                            true
                        }
                    }
                });
            }
            ok.then_some(out)
        });
        let (check, met, note, indices) = (check?, met?, note?, indices?);
        let indices = indices.unwrap_or_default();
        if met && indices.is_empty() {
            self.on(v);
            self.report(ProblemKind::FindingWithoutSource);
            return None;
        }
        Some(Finding {
            check,
            met,
            note,
            sources: indices,
        })
    }

    /// An editor's override: the score and why.
    fn override_score(&mut self, v: &Node) -> Option<(u8, Text)> {
        let f = self.object(v, fields::OVERRIDE)?;
        let score = self.required(&f, "score", |w, v| w.whole(v, 0, MAX_SCORE));
        let reason = self.required(&f, "reason", |w, v| w.text(v, TextRule::Prose));
        Some((score?, reason?))
    }

    /// When and how a rating was last checked; not after the dataset's `checked` date.
    fn check_record(&mut self, v: &Node) -> Option<CheckRecord> {
        let f = self.object(v, fields::CHECK_RECORD)?;
        let date = self.required(&f, "date", |w, v| {
            let d = w.date(v)?;
            if w.checked.is_some_and(|checked| d > checked) {
                w.report(ProblemKind::DateAfterCheck);
                return None;
            }
            Some(d)
        });
        let how = self.required(&f, "how", |w, v| w.text(v, TextRule::Prose));
        Some(CheckRecord {
            date: date?,
            how: how?,
        })
    }

    fn sources(&mut self, v: &Node) -> Option<Vec<Source>> {
        self.on(v);
        let items = match v.value.as_array() {
            Some([]) => {
                self.report(ProblemKind::NoSources);
                return None;
            }
            _ => self.list(v, MAX_SOURCES)?,
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.at(format!("[{i}]"), |w| w.source(item)) {
                Some(s) => out.push(s),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn source(&mut self, v: &Node) -> Option<Source> {
        let f = self.object(v, fields::SOURCE)?;
        let url = self.required(&f, "url", Walker::url);
        let title = self.required(&f, "title", |w, v| w.text(v, TextRule::Name));
        let date = self.optional(&f, "date", |w, v| w.date(v));
        let accessed = self.optional(&f, "accessed", |w, v| w.date(v));
        let kind = self.optional(&f, "kind", |w, v| {
            let s = v.value.as_str().or_else(|| {
                w.report(ProblemKind::WrongType(Expected::String, Found::of(v)));
                None
            })?;
            SourceKind::ALL
                .into_iter()
                .find(|k| k.id() == s)
                .or_else(|| {
                    w.report(ProblemKind::BadSourceKind(truncate(s, 20)));
                    None
                })
        });
        let undated = self.optional(&f, "undated", |w, v| w.text(v, TextRule::Prose));
        let reuse = self.optional(&f, "reuse", |w, v| w.text(v, TextRule::Prose));
        let (date, accessed, undated, reuse) = (date?, accessed?, undated?, reuse?);
        if date.is_none() && accessed.is_none() {
            self.on(v);
            self.report(ProblemKind::NoSourceDate);
            return None;
        }
        if let Some(checked) = self.checked {
            for (key, d) in [("date", date), ("accessed", accessed)] {
                if d.is_some_and(|d| d > checked) {
                    if let Some(node) = v.get(key) {
                        self.on(node);
                    }
                    self.at(key, |w| w.report(ProblemKind::DateAfterCheck));
                    return None;
                }
            }
        }
        Some(Source {
            url: url?,
            title: title?,
            date,
            accessed,
            kind_given: kind.as_ref().is_some_and(Option::is_some),
            kind: kind?.unwrap_or_default(),
            undated,
            reuse,
        })
    }
}

/// The fields each kind of object may have (besides `_` comments): what the validator accepts,
/// and what `data/schema.json` must list (a test keeps the two in step).
pub mod fields {
    pub const DATASET: &[&str] = &[
        "format_version",
        "title",
        "description",
        "checked",
        "languages",
        "groups",
        "criteria",
        "types",
        "providers",
        "presets",
        "knockouts",
        "evidence",
        "evidence_parts",
        "roles",
    ];
    pub const PRESET: &[&str] = &["id", "name", "rationale", "group_weights", "weights"];
    pub const KNOCKOUT: &[&str] = &["id", "criterion", "at_most", "cap", "reason"];
    pub const GROUP: &[&str] = &["id", "name", "short_name", "default_weight"];
    pub const TYPE: &[&str] = &["id", "name", "description"];
    pub const CRITERION: &[&str] = &[
        "id",
        "group",
        "name",
        "description",
        "applies_to",
        "default_weight",
        "rubric",
        "explain",
    ];
    pub const ROLE: &[&str] = &["id", "name", "scenario", "task"];
    pub const EXPLAIN: &[&str] = &["meaning", "why", "examples", "legal"];
    pub const LEGAL: &[&str] = &[
        "jurisdiction",
        "ref",
        "url",
        "summary",
        "applies_to",
        "checked",
    ];
    pub const PROVIDER: &[&str] = &[
        "id",
        "name",
        "type",
        "website",
        "legal_name",
        "country",
        "note",
        "domains",
        "serves",
        "data_location",
        "named_in_text",
        "ratings",
    ];
    pub const DATA_LOCATION: &[&str] = &["countries", "note", "sources"];
    pub const RATING: &[&str] = &[
        "score",
        "why",
        "sources",
        "confidence",
        "findings",
        "override",
        "checked",
    ];
    pub const SOURCE: &[&str] = &[
        "url", "title", "date", "accessed", "kind", "undated", "reuse",
    ];
    pub const RUBRIC: &[&str] = &["checks"];
    pub const CHECK: &[&str] = &["id", "text", "points", "cap"];
    pub const FINDING: &[&str] = &["check", "met", "note", "sources"];
    pub const OVERRIDE: &[&str] = &["score", "reason"];
    pub const CHECK_RECORD: &[&str] = &["date", "how"];
    /// Fields a format-1 file may not have (objects that only format 2 has are reached through
    /// one of them).
    pub const FORMAT_2: &[&str] = &[
        "rubric",
        "domains",
        "findings",
        "override",
        "checked",
        "undated",
        "reuse",
        "evidence",
        "evidence_parts",
        "explain",
        "roles",
    ];
}

/// A path to a JSON file beside the dataset or below its folder: what a core's `evidence` and
/// each of its `evidence_parts` may be.
/// Nothing that could leave the dataset's folder or origin (`..`, `//`, a scheme, a query).
pub fn valid_evidence_path(s: &str) -> bool {
    s.len() <= 200
        && s.ends_with(".json")
        && !s.starts_with('/')
        && s.split('/').all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        })
}

/// `de`, `en`, `de-AT`, `gsw`: a primary subtag of 2–3 letters and an optional region or script.
fn valid_language_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    primary_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A value from the file as a message quotes it or a path names it ([`text::quote`]).
fn truncate(s: &str, max_chars: usize) -> String {
    text::quote(s, max_chars)
}
