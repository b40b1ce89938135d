//! The dataset: duty groups, criteria, provider types, providers and their sourced ratings.
//!
//! These types are only built by [`crate::validate::parse_dataset`], which guarantees the
//! invariants the rest of the code relies on, so scoring and rendering never re-check them:
//! - every index (`Criterion::group`, `Provider::kind`) points into its list;
//! - `Provider::ratings` has exactly one entry per criterion, in criterion order, and it is
//!   [`Rating::NotApplicable`] exactly where the criterion does not apply to the provider's type;
//! - scores are whole numbers 0–5, weights 0–10; every score has at least one source, and every
//!   source a date or an access date;
//! - every URL is a [`SafeUrl`]; ids are unique within their list;
//! - presets hold one weight per group and per criterion; knock-out rules point at a criterion.
//! - a criterion's [`Explain`] names only known type ids (in `examples` and a legal reference's
//!   `applies_to`), each at most once; a legal reference's `url` is https; role ids are unique.
//! - a rating with findings (format 2) has at most one finding per rubric check, each pointing at
//!   a check of its criterion's rubric and at sources of its own rating; its `score` is what
//!   [`Rubric::score`] gives for those findings, or the override's score where an editor
//!   overrode the rubric (and then `overridden` keeps the rubric's result and the reason).

use std::rc::Rc;

use crate::date::PartialDate;
use crate::text::{Lang, Text};
use crate::url::SafeUrl;

/// The highest score the rubric gives (0 = duty neglected, 5 = exemplary).
pub const MAX_SCORE: u8 = 5;
/// The highest weight a person can give a criterion or a group.
pub const MAX_WEIGHT: u8 = 10;

#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub format_version: u32,
    pub title: Text,
    /// Optional: what the dataset is and who compiled it.
    pub description: Option<Text>,
    /// When the data was last checked ("Stand").
    pub checked: PartialDate,
    /// Languages every text must be available in (texts may also be language-neutral).
    pub languages: Vec<String>,
    pub groups: Vec<Group>,
    pub criteria: Vec<Criterion>,
    pub types: Vec<ProviderType>,
    pub providers: Vec<Provider>,
    /// Named weightings to start from ("Datenschutz zuerst", …); may be empty.
    pub presets: Vec<Preset>,
    /// Expert minimums ("Abwertung"): a low score in one duty caps the total; may be empty.
    pub knockouts: Vec<Knockout>,
    /// Roles for class (scenario and task), if the dataset has any.
    pub roles: Vec<Role>,
    /// Where the complete dataset is, relative to this file (format 2), when this file is its
    /// core: the same dataset without the evidence (justifications, sources, findings, check
    /// records, rubrics), so that the ranking draws from a small file and the evidence follows.
    /// `None` for a complete dataset.
    pub evidence: Option<String>,
    /// Where the evidence of each provider type is, when a core's evidence is also split by type
    /// (format 2): one entry per type of [`Dataset::types`], a path relative to this file or
    /// `None` where that type has no part (its evidence is then in the complete file). Empty for a
    /// core without parts and for a complete dataset. A part is the complete dataset with only
    /// that type's providers ([`Dataset::completed_for`]).
    pub evidence_parts: Vec<Option<String>>,
}

/// A role for the classroom: who you are, and what to do with the duties' weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub id: String,
    pub name: Text,
    /// Who this is, in 2–3 sentences.
    pub scenario: Text,
    /// What the class is asked to do in this role.
    pub task: Text,
}

/// A duty explained for a class: what it means, why it matters, an example per provider type
/// and the legal rules behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Explain {
    pub meaning: Text,
    pub why: Text,
    /// An example per provider type, keyed by type id, in file order.
    pub examples: Vec<(String, Text)>,
    pub legal: Vec<LegalRef>,
}

/// One legal rule behind a duty, with a link to its official text.
#[derive(Clone, Debug, PartialEq)]
pub struct LegalRef {
    pub jurisdiction: Jurisdiction,
    /// The citation ("Art. 32 Abs. 1 lit. b DSGVO" / "Art. 32(1)(b) GDPR").
    pub reference: Text,
    /// The official text (https; `check-dataset` checks the host against [`OFFICIAL_LEGAL_HOSTS`]).
    pub url: SafeUrl,
    /// The rule in one plain sentence.
    pub summary: Text,
    /// The provider type ids it applies to; `None` for all types.
    pub applies_to: Option<Vec<String>>,
    /// When it was checked against the text.
    pub checked: Option<PartialDate>,
}

/// Where the official texts of the law are published; a legal reference must link there.
pub const OFFICIAL_LEGAL_HOSTS: [&str; 4] = [
    "eur-lex.europa.eu",
    "www.gesetze-im-internet.de",
    "www.ris.bka.gv.at",
    "www.fedlex.admin.ch",
];

/// Whose law a legal reference is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jurisdiction {
    Eu,
    De,
    At,
    Ch,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 4] = [
        Jurisdiction::Eu,
        Jurisdiction::De,
        Jurisdiction::At,
        Jurisdiction::Ch,
    ];

    /// The code in the file (`"EU"`, `"DE"`, `"AT"`, `"CH"`).
    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Eu => "EU",
            Jurisdiction::De => "DE",
            Jurisdiction::At => "AT",
            Jurisdiction::Ch => "CH",
        }
    }

    pub fn from_code(s: &str) -> Option<Jurisdiction> {
        Jurisdiction::ALL.into_iter().find(|j| j.code() == s)
    }
}

impl LegalRef {
    /// Whether it applies to provider type `type_id` (absent `applies_to`: to all).
    pub fn applies(&self, type_id: &str) -> bool {
        self.applies_to
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|t| t == type_id))
    }
}

/// A named set of slider values with a one-line rationale.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    pub id: String,
    pub name: Text,
    pub rationale: Text,
    /// One value per group / criterion, complete (the validator fills in the defaults).
    pub group_weights: Vec<u8>,
    pub weights: Vec<u8>,
}

/// "A score of `at_most` or less in `criterion` caps the total at `cap`."
#[derive(Clone, Debug, PartialEq)]
pub struct Knockout {
    pub id: String,
    /// Index into [`Dataset::criteria`].
    pub criterion: usize,
    pub at_most: u8,
    /// 0–100, on the scale of totals.
    pub cap: u8,
    pub reason: Text,
}

/// One of the duty groups of the teaching text ("Technische Aufgaben", …).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    pub name: Text,
    /// A short label for narrow table headers; falls back to `name`.
    pub short_name: Option<Text>,
    /// The group's weight 0–10 to start with.
    pub default_weight: u8,
}

/// A duty a provider owes its customers.
#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    pub id: String,
    /// Index into [`Dataset::groups`].
    pub group: usize,
    pub name: Text,
    pub description: Text,
    /// `applies_to[t]` tells whether the duty applies to [`Dataset::types`]`[t]`.
    pub applies_to: Vec<bool>,
    pub default_weight: u8,
    /// How findings become a score (format 2); `None` where scores are set by hand.
    pub rubric: Option<Rubric>,
    /// The duty explained for a class (classroom mode); `None` where the file gives none.
    pub explain: Option<Explain>,
}

/// What is checked for a duty and how the findings map to a score 0–5, in the manner of
/// Ranking Digital Rights' indicators and their elements: the points of the checks found met
/// are added up (at most [`MAX_SCORE`]), and a check found met that carries a `cap` (a ruling,
/// a breach) limits the score to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Rubric {
    pub checks: Vec<Check>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub id: String,
    /// What is checked, as a statement that is true or not ("Eine öffentliche Statusseite.").
    pub text: Text,
    /// Added to the score when the check is met.
    pub points: u8,
    /// When the check is met, the score is at most this.
    pub cap: Option<u8>,
}

impl Rubric {
    /// The score that the checks found met give: the sum of their points, at most
    /// [`MAX_SCORE`], and at most the lowest cap among them. `met` is indexed like `checks`;
    /// a check without an entry counts as not met.
    pub fn score(&self, met: &[bool]) -> u8 {
        let (points, cap) = self.parts(met);
        let sum: u32 = points.iter().map(|p| u32::from(*p)).sum();
        (sum.min(u32::from(MAX_SCORE)) as u8).min(cap.unwrap_or(MAX_SCORE))
    }

    /// What the score is made of: the points of the checks found met that add any (in rubric
    /// order), and the lowest cap among them. "Warum 3 von 5?" shows these.
    pub fn parts(&self, met: &[bool]) -> (Vec<u8>, Option<u8>) {
        let mut points = Vec::new();
        let mut cap: Option<u8> = None;
        for (check, _) in self.checks.iter().zip(met).filter(|(_, m)| **m) {
            if check.points > 0 {
                points.push(check.points);
            }
            if let Some(c) = check.cap {
                cap = Some(cap.map_or(c, |k| k.min(c)));
            }
        }
        (points, cap)
    }

    /// Which checks the findings say are met, indexed like `checks` (no finding: not met).
    pub fn met(&self, findings: &[Finding]) -> Vec<bool> {
        let mut met = vec![false; self.checks.len()];
        for f in findings {
            if let Some(m) = met.get_mut(f.check) {
                *m = f.met;
            }
        }
        met
    }

    /// The score for a rating's findings (checks without a finding count as not met).
    pub fn score_of(&self, findings: &[Finding]) -> u8 {
        self.score(&self.met(findings))
    }
}

/// A kind of provider: internet access, web hosting, cloud, e-mail.
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderType {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Provider {
    pub id: String,
    pub name: Text,
    /// Index into [`Dataset::types`].
    pub kind: usize,
    pub website: SafeUrl,
    /// The company behind the brand, e.g. "Telekom Deutschland GmbH".
    pub legal_name: Option<Text>,
    /// Where the company is based (ISO 3166 code or name).
    pub country: Option<Text>,
    /// What exactly was rated, e.g. "the free consumer mailbox".
    pub note: Option<Text>,
    /// Host names that are the provider's own besides its website's (subdomains included):
    /// where a source of kind [`SourceKind::Provider`] is expected to be.
    pub domains: Vec<String>,
    /// The countries (ISO 3166-1 codes such as `DE`) a customer can buy the rated product in;
    /// empty where the dataset does not say. The country filter reads this.
    pub serves: Vec<String>,
    /// Where the customer's data is held for the rated product, where the dataset says.
    pub data_location: Option<DataLocation>,
    /// Whether the teaching text the dataset accompanies names this provider.
    pub named_in_text: bool,
    /// One per criterion, in criterion order.
    pub ratings: Vec<Rating>,
}

/// Where a provider holds its customers' data (e-mail, hosting, cloud), with its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct DataLocation {
    /// ISO 3166-1 codes; empty where it is not known (the note says what was looked for).
    pub countries: Vec<String>,
    /// E.g. "region chosen by the customer", or what was searched where nothing was found.
    pub note: Option<Text>,
    /// Required where `countries` is not empty.
    pub sources: Vec<Source>,
}

/// Whether `s` is an ISO 3166-1 alpha-2 code as the dataset writes it: two capital letters.
pub fn valid_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rating {
    /// The duty does not apply to this type of provider (net neutrality for a web hoster).
    NotApplicable,
    /// The duty applies, but no sourced fact supports a score: never shown or counted as a number.
    /// `note` and `sources` may tell what was found and why it is too thin to score.
    Unknown {
        note: Option<Text>,
        sources: Vec<Source>,
        /// What was found, too little to score (format 2).
        findings: Vec<Finding>,
        checked: Option<CheckRecord>,
    },
    Scored(Scored),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    /// 0–5 on the dataset's rubric.
    pub score: u8,
    /// Why this score, in a sentence or two.
    pub why: Text,
    /// At least one.
    pub sources: Vec<Source>,
    /// The score rests on a single or weak source: set in the file, or because every source is
    /// third-party or community.
    pub low_confidence: bool,
    /// One per rubric check that was looked at (format 2); empty for a score set by hand.
    pub findings: Vec<Finding>,
    /// Where an editor set another score than the rubric gives.
    pub overridden: Option<Override>,
    /// When and how the rating was last checked.
    pub checked: Option<CheckRecord>,
}

/// One check of a rubric, looked at for one provider.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Index into the criterion's [`Rubric::checks`].
    pub check: usize,
    pub met: bool,
    pub note: Option<Text>,
    /// Indices into the rating's sources; at least one where `met`.
    pub sources: Vec<usize>,
}

/// An editor's departure from the rubric: the score shown is the rating's, this keeps what the
/// rubric gave and why it was not used.
#[derive(Clone, Debug, PartialEq)]
pub struct Override {
    pub rubric_score: u8,
    pub reason: Text,
}

/// When and how a rating was last checked against its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckRecord {
    pub date: PartialDate,
    pub how: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub url: SafeUrl,
    pub title: Text,
    /// The date the source itself shows, if any.
    pub date: Option<PartialDate>,
    /// When the source was read; required where `date` is missing.
    pub accessed: Option<PartialDate>,
    pub kind: SourceKind,
    /// Whether the file said the kind (format 1 allowed leaving it out for `official`).
    pub kind_given: bool,
    /// Why no publication date is known, where only `accessed` is given.
    pub undated: Option<Text>,
    /// Why this source bears on this duty too, where it supports more than two of a provider's.
    pub reuse: Option<Text>,
}

/// How much a source can be trusted on its own, as the research notes tag it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SourceKind {
    /// Format 1: the provider, a regulator or a court (format 2 says which).
    #[default]
    Official,
    /// The rated provider's own page, terms, blog or status page.
    Provider,
    /// A regulator, court, legislator or official register.
    Authority,
    /// Established press.
    Press,
    /// A third-party copy, summary or explainer: re-check before relying on it.
    ThirdParty,
    /// A forum or community post.
    Community,
}

impl SourceKind {
    pub const ALL: [SourceKind; 6] = [
        SourceKind::Official,
        SourceKind::Provider,
        SourceKind::Authority,
        SourceKind::Press,
        SourceKind::ThirdParty,
        SourceKind::Community,
    ];

    pub fn id(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::Provider => "provider",
            SourceKind::Authority => "authority",
            SourceKind::Press => "press",
            SourceKind::ThirdParty => "third_party",
            SourceKind::Community => "community",
        }
    }
}

impl SourceKind {
    /// Third-party and community sources: re-check before relying on them alone.
    pub fn weak(self) -> bool {
        matches!(self, SourceKind::ThirdParty | SourceKind::Community)
    }
}

impl Source {
    /// The date the source shows, else the one it was read.
    pub fn when(&self) -> Option<PartialDate> {
        self.date.or(self.accessed)
    }
}

impl Scored {
    /// Every source is third-party or community.
    pub fn weak_sources_only(&self) -> bool {
        !self.sources.is_empty() && self.sources.iter().all(|s| s.kind.weak())
    }
}

impl Rating {
    pub fn score(&self) -> Option<u8> {
        match self {
            Rating::Scored(s) => Some(s.score),
            _ => None,
        }
    }

    pub fn applies(&self) -> bool {
        !matches!(self, Rating::NotApplicable)
    }
}

impl Provider {
    /// Whether `other` ranks as this provider does: the same id, type and scope, and the same
    /// scores and confidence (what a core keeps of a provider).
    fn same_ranking(&self, other: &Provider) -> bool {
        let same_rating = |a: &Rating, b: &Rating| match (a, b) {
            (Rating::Scored(x), Rating::Scored(y)) => {
                x.score == y.score && x.low_confidence == y.low_confidence
            }
            (Rating::Unknown { .. }, Rating::Unknown { .. }) => true,
            (Rating::NotApplicable, Rating::NotApplicable) => true,
            _ => false,
        };
        self.id == other.id
            && self.kind == other.kind
            && self.serves == other.serves
            && self.named_in_text == other.named_in_text
            && self.ratings.len() == other.ratings.len()
            && self
                .ratings
                .iter()
                .zip(&other.ratings)
                .all(|(x, y)| same_rating(x, y))
    }
}

impl Criterion {
    /// Whether the duty applies to provider type `kind` (false for an unknown type).
    pub fn applies(&self, kind: usize) -> bool {
        self.applies_to.get(kind).copied().unwrap_or(false)
    }
}

impl Dataset {
    /// Whether this is a core without its evidence (which is at [`Dataset::evidence`]).
    pub fn is_core(&self) -> bool {
        self.evidence.is_some()
    }

    /// Whether `full` is the complete dataset of this core: the same lists with the same ids in
    /// the same order, the same scores, confidence, types and scope (where each provider is
    /// offered, whether the teaching text names it); what the core leaves out may differ. A
    /// complete dataset is the complete dataset of itself.
    pub fn completed_by(&self, full: &Dataset) -> bool {
        self.same_frame(full)
            && self.providers.len() == full.providers.len()
            && self
                .providers
                .iter()
                .zip(&full.providers)
                .all(|(a, b)| a.same_ranking(b))
    }

    /// Whether `part` is the part of this core for provider type `kind`: a complete dataset like
    /// the one [`Dataset::completed_by`] accepts, except that its providers are exactly this
    /// core's providers of type `kind`, in the same order (with the same scores, confidence and
    /// scope).
    pub fn completed_for(&self, kind: usize, part: &Dataset) -> bool {
        kind < self.types.len()
            && self.same_frame(part)
            && part.providers.len() == self.providers_of(kind).count()
            && self
                .providers_of(kind)
                .zip(&part.providers)
                .all(|((_, a), b)| a.same_ranking(b))
    }

    /// This core with the evidence of provider type `kind` from its part: the providers of that
    /// type are the part's, and the criteria (with their rubrics and explanations) and the rest
    /// of the file too, as a complete file replaces its core; `evidence` and `evidence_parts`
    /// stay the core's, and so do the providers of the other types. `None` when `part` is not
    /// this core's part for `kind`. Every provider and criterion keeps its index, so every index
    /// into the dataset stays valid; the result is still a core (its other types keep what they
    /// had). The part is taken, not copied.
    pub fn with_part(&self, kind: usize, part: Dataset) -> Option<Dataset> {
        if !self.completed_for(kind, &part) {
            return None;
        }
        let mut out = Dataset {
            evidence: self.evidence.clone(),
            evidence_parts: self.evidence_parts.clone(),
            ..part
        };
        let mut from_part = std::mem::take(&mut out.providers).into_iter();
        out.providers = self
            .providers
            .iter()
            .map(|p| {
                if p.kind == kind {
                    from_part.next()
                } else {
                    Some(p.clone())
                }
            })
            .collect::<Option<_>>()?;
        Some(out)
    }

    /// The path of provider type `kind`'s part, relative to this core, if it has one.
    pub fn evidence_part(&self, kind: usize) -> Option<&str> {
        self.evidence_parts.get(kind)?.as_deref()
    }

    /// What a core and a file of its evidence (complete, or a part) must share besides the
    /// providers: the version, the date, the lists of groups, types, criteria and roles (ids in
    /// order; each criterion's group and the types it applies to, and its rubric where this file
    /// has one already, from a part merged before), presets and knock-out rules; and the other
    /// file is no core. So a file merged into this one keeps the invariants of the providers it
    /// does not bring (a rating is not applicable exactly where its criterion does not apply, a
    /// finding points at a check of its criterion's rubric).
    fn same_frame(&self, full: &Dataset) -> bool {
        let ids = |a: &[Criterion], b: &[Criterion]| {
            a.len() == b.len()
                && a.iter().zip(b).all(|(x, y)| {
                    x.id == y.id
                        && x.group == y.group
                        && x.applies_to == y.applies_to
                        && (x.rubric.is_none() || x.rubric == y.rubric)
                })
        };
        full.evidence.is_none()
            && full.evidence_parts.is_empty()
            && self.format_version == full.format_version
            && self.checked == full.checked
            && self.groups.len() == full.groups.len()
            && self
                .groups
                .iter()
                .zip(&full.groups)
                .all(|(a, b)| a.id == b.id)
            && self.types.len() == full.types.len()
            && self
                .types
                .iter()
                .zip(&full.types)
                .all(|(a, b)| a.id == b.id)
            && ids(&self.criteria, &full.criteria)
            && self.roles.len() == full.roles.len()
            && self
                .roles
                .iter()
                .zip(&full.roles)
                .all(|(a, b)| a.id == b.id)
            && self.presets == full.presets
            && self.knockouts == full.knockouts
    }

    /// The name of provider type `kind` in `lang` (empty for an unknown type).
    pub fn type_name(&self, kind: usize, lang: Lang) -> &str {
        self.types
            .get(kind)
            .map(|t| t.name.get(lang))
            .unwrap_or_default()
    }

    /// The name of provider `p` in `lang` (empty for an unknown index).
    pub fn provider_name(&self, p: usize, lang: Lang) -> &str {
        self.providers
            .get(p)
            .map(|p| p.name.get(lang))
            .unwrap_or_default()
    }

    /// The name of duty `c` in `lang` (empty for an unknown index).
    pub fn criterion_name(&self, c: usize, lang: Lang) -> &str {
        self.criteria
            .get(c)
            .map(|c| c.name.get(lang))
            .unwrap_or_default()
    }

    /// The criteria of group `g`, with their indices, in dataset order.
    pub fn criteria_of(&self, g: usize) -> impl Iterator<Item = (usize, &Criterion)> {
        self.criteria
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.group == g)
    }

    /// The providers of type `t`, with their indices, in dataset order.
    pub fn providers_of(&self, t: usize) -> impl Iterator<Item = (usize, &Provider)> {
        self.providers
            .iter()
            .enumerate()
            .filter(move |(_, p)| p.kind == t)
    }

    /// The providers of type `t` that `scope` admits, with their indices, in dataset order.
    pub fn providers_in<'a>(
        &'a self,
        t: usize,
        scope: &'a Scope,
    ) -> impl Iterator<Item = (usize, &'a Provider)> {
        self.providers_of(t).filter(move |(_, p)| scope.admits(p))
    }

    /// Every country some provider is offered in, in the order of [`COUNTRY_ORDER`] and then
    /// alphabetically: the choices of the country filter.
    pub fn countries(&self) -> Vec<String> {
        // Kept in order while collected (a handful of entries): no sort, whose generic code
        // would cost the bundle more than this loop.
        let rank = |c: &str| {
            let r = COUNTRY_ORDER.iter().position(|o| *o == c);
            (r.unwrap_or(COUNTRY_ORDER.len()), c.to_owned())
        };
        let mut out: Vec<String> = Vec::new();
        for c in self.providers.iter().flat_map(|p| &p.serves) {
            if !out.contains(c) {
                let key = rank(c);
                let at = out.iter().take_while(|o| rank(o) < key).count();
                out.insert(at, c.clone());
            }
        }
        out
    }

    /// Whether any provider is marked as named in the teaching text.
    pub fn has_text_providers(&self) -> bool {
        self.providers.iter().any(|p| p.named_in_text)
    }
}

/// The countries the widget's readers come from, first in the filter; any other follows
/// alphabetically. (Only the order: which countries there are comes from the dataset.)
pub const COUNTRY_ORDER: [&str; 3] = ["DE", "AT", "CH"];

/// Which providers of a type the reader looks at: those offered in one country, and perhaps only
/// those the teaching text names. The default admits every provider.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// An ISO 3166-1 code; `None` for every country. A provider whose dataset entry says
    /// nothing about where it is offered is not admitted once a country is chosen (the widget
    /// says how many that leaves out).
    pub country: Option<String>,
    /// Only the providers the teaching text names.
    pub named_in_text: bool,
}

impl Scope {
    pub fn admits(&self, p: &Provider) -> bool {
        self.country
            .as_ref()
            .is_none_or(|c| p.serves.iter().any(|s| s == c))
            && (!self.named_in_text || p.named_in_text)
    }

    /// Whether the scope leaves any provider out.
    pub fn is_all(&self) -> bool {
        self.country.is_none() && !self.named_in_text
    }
}

/// A shared, immutable dataset that compares by identity, so that Yew's property comparison of a
/// large dataset costs one pointer comparison instead of a deep walk on every render.
#[derive(Clone, Debug)]
pub struct SharedDataset(pub Rc<Dataset>);

impl PartialEq for SharedDataset {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedDataset {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.0
    }
}

/// Ids appear in share links and element ids, so they are kept short and plain.
pub fn valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}
