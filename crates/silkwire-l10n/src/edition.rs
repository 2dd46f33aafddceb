//! Localized data handed to the emitters: plain strings, already resolved for one locale.
//!
//! Emitters never see Fluent. They receive a [`LocaleBuild`] per target locale: the publication's
//! strings in that language and one [`Edition`] per release.

use std::sync::Arc;

use chrono::Datelike;
use fluent::{FluentArgs, FluentValue};
use silkwire_core::{Diagnostic, Diagnostics, Located, Project, Release};

use crate::catalog::{Catalog, ReleaseText, Target, Unresolved, LOCALES_DIR};
use crate::icu::FluentDate;
use crate::locale::{base, canonicalize, format_locale, parse_supported, LocaleError};

/// The publication's strings in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationText {
    /// The language's name in itself (`English`, `简体中文`).
    pub language_name: String,
    /// The publisher's name.
    pub publisher: String,
    /// The provider's name (NewsML).
    pub provider: String,
    /// Description of every feed.
    pub feed_description: String,
    /// Rights statement of every feed.
    pub feed_rights: String,
    /// Every channel with its feed title, `all` first.
    pub channels: Vec<ChannelText>,
    /// Label before the link to the original release.
    pub label_original_link: String,
    /// Heading of the list of other-language editions.
    pub label_other_languages: String,
    /// Heading of the list of feeds.
    pub label_feeds: String,
    /// Heading of the list of the other languages' home pages.
    pub label_languages: String,
    /// Heading of the list of releases on a home page.
    pub label_releases: String,
    /// How many releases a home page lists (`3 press releases`), with the locale's plural rules.
    pub release_count: String,
}

/// A channel and its feed title in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelText {
    /// The channel id.
    pub id: String,
    /// The feed title.
    pub title: String,
}

/// A photo's text in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoText {
    /// The caption.
    pub caption: String,
    /// The text alternative.
    pub alt: String,
    /// The credited organisation's name.
    pub credit: String,
    /// The credit line printed under the photo (`Photo: Xinhua Silk Road`).
    pub credit_line: String,
}

/// An IPTC Media Topic and its name in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// The qcode, e.g. `medtop:20000296`.
    pub qcode: String,
    /// The topic's name.
    pub label: String,
}

/// Another language edition of the same release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sibling {
    /// Its locale tag.
    pub locale: String,
    /// Its language's name in itself.
    pub language_name: String,
    /// Its headline.
    pub headline: String,
    /// Its version (its NewsML item's `version`).
    pub version: u32,
}

/// One release in one language: everything an emitter writes, already localized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// The release's language-neutral data (ids, dates, photos, links).
    pub release: Arc<Release>,
    /// The locale tag of this edition.
    pub locale: String,
    /// Headline.
    pub headline: String,
    /// One-sentence summary.
    pub summary: String,
    /// The dateline place's name.
    pub place: String,
    /// The full dateline, e.g. `BEIJING, Sept. 18, 2023 /PRNewswire/`.
    pub dateline: String,
    /// What separates the dateline from the first paragraph's text.
    pub dateline_separator: String,
    /// Body paragraphs, in order.
    pub paragraphs: Vec<String>,
    /// Text of each photo, in the order of `release.photos`.
    pub photos: Vec<PhotoText>,
    /// Keywords, in the order of the release file.
    pub keywords: Vec<String>,
    /// Subjects, in the order of the release file.
    pub subjects: Vec<Subject>,
    /// The issuer's name.
    pub issuer: String,
    /// The distributor's name.
    pub distributor: String,
    /// Credit line, e.g. `Xinhua Silk Road via PR Newswire`.
    pub creditline: String,
    /// Copyright notice.
    pub copyright_notice: String,
    /// Usage terms.
    pub usage_terms: String,
    /// The other language editions of this release, in the publication's locale order.
    pub siblings: Vec<Sibling>,
    /// The updates, corrections and withdrawal this edition carries, oldest first: those whose note
    /// is translated into its language.
    pub notices: Vec<Notice>,
    /// The release was withdrawn: the edition leaves the feeds and goes out as a canceled wire item.
    pub withdrawn: bool,
    /// The edition's version: 1, plus one per notice it carries.
    pub version: u32,
    /// When the edition last changed: its latest notice, else its publication.
    pub modified: silkwire_core::time::Timestamp,
    /// For a release under embargo, the editorial note partners receive with it.
    pub embargo_note: Option<String>,
    /// For an edition in another language than the release's own: the notice that the original
    /// text governs, with the link to it.
    pub translation: Option<TranslationNotice>,
    /// The closing sections every release of its issuer carries: "About", media contacts and
    /// disclaimers.
    pub boilerplate: Boilerplate,
}

/// The notice on a translated edition that the original-language text governs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationNotice {
    /// The notice (`This is a translation. … the original text prevails:`), followed by the link.
    pub text: String,
    /// The link's text: the original language's name in itself (`English`), or the URL.
    pub link_text: String,
    /// The original: its edition in this publication, else the release's original link.
    pub href: String,
    /// The original edition's locale, if it is one of this publication's editions.
    pub hreflang: Option<String>,
}

/// The closing sections of an edition, from its issuer's and distributor's files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Boilerplate {
    /// "About" sections: (heading, text), the issuer's first.
    pub about: Vec<(String, String)>,
    /// The media contacts heading and the issuer's contacts (none: no section).
    pub contacts: Option<(String, Vec<silkwire_core::Contact>)>,
    /// Disclaimers: the issuer's, then the distributor's.
    pub disclaimers: Vec<String>,
}

impl Boilerplate {
    /// True if there is nothing to print.
    pub fn is_empty(&self) -> bool {
        self.about.is_empty() && self.contacts.is_none() && self.disclaimers.is_empty()
    }
}

/// What a notice announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// New information.
    Update,
    /// A mistake put right.
    Correction,
    /// The release was withdrawn.
    Withdrawal,
}

/// An update, correction or withdrawal notice, localized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// When.
    pub time: silkwire_core::time::Timestamp,
    /// What.
    pub kind: NoticeKind,
    /// The notice as the edition prints it (`Correction, 19 September 2023: …`).
    pub text: String,
}

/// Everything for one target locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleBuild {
    /// The locale tag.
    pub locale: String,
    /// The publication's strings.
    pub text: PublicationText,
    /// One edition per release, newest first (ties broken by id).
    pub editions: Vec<Edition>,
}

/// The localized publication: one [`LocaleBuild`] per target locale, in the order the publication lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// Per-locale data.
    pub locales: Vec<LocaleBuild>,
    /// Non-fatal findings, e.g. a Silkwire string taken from the fallback locale.
    pub warnings: Vec<Warning>,
    /// Editions left out because their translation has gaps (never with a strict policy).
    pub skipped: Vec<Skipped>,
}

/// The locales a build must load, as canonical tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeededLocales {
    /// The publication's target locales, in order, with their format locales.
    pub targets: Vec<Target>,
    /// Source locales of releases that are not targets.
    pub sources: Vec<Target>,
}

/// The locales a build must load: the targets and the releases' other source locales.
pub fn needed_locales(project: &Project) -> Result<NeededLocales, Diagnostics> {
    let mut diags = Diagnostics::default();
    let targets = target_locales(project, &mut diags);
    let mut sources: Vec<Target> = Vec::new();
    for r in &project.releases {
        match parse_supported(&r.source_locale.value).and_then(|tag| Target::new(&tag)) {
            Ok(t) => {
                if !targets.iter().any(|x| x.tag == t.tag) && !sources.contains(&t) {
                    sources.push(t);
                }
            }
            Err(e) => diags.push(located(
                &r.source_locale,
                "source_locale",
                e.to_string(),
                &e.fix(),
            )),
        }
    }
    diags.into_result(NeededLocales { targets, sources })
}

/// The publication's target locales as canonical tags, in order, with the format locale that its
/// `[formats]` settings give each; problems go to `diags`.
fn target_locales(project: &Project, diags: &mut Diagnostics) -> Vec<Target> {
    resolve_targets(project, &project.publication.locales, true, diags)
}

/// Canonical targets for `locales`, with the format locale the publication's `[formats]` gives each.
/// With `every_section`, a `[formats]` section that matches no target is an error.
fn resolve_targets(
    project: &Project,
    locales: &[Located<String>],
    every_section: bool,
    diags: &mut Diagnostics,
) -> Vec<Target> {
    let mut tags: Vec<(String, &Located<String>)> = Vec::new();
    for l in locales {
        match canonicalize(&l.value) {
            Ok(tag) => {
                if tags.iter().any(|(t, _)| *t == tag) {
                    diags.push(located(
                        l,
                        "locales",
                        format!("\"{}\" is {tag}, which is already listed", l.value),
                        "list each locale once",
                    ));
                } else {
                    tags.push((tag, l));
                }
            }
            Err(e) => diags.push(located(l, "locales", e.to_string(), &e.fix())),
        }
    }
    // [formats.<tag>] applies to that target, and to the regional targets of a base tag that have no
    // entry of their own.
    let mut formats: Vec<(String, &silkwire_core::LocaleFormat)> = Vec::new();
    for f in &project.publication.formats {
        match canonicalize(&f.locale.value) {
            Ok(tag) if formats.iter().any(|(t, _)| *t == tag) => diags.push(located(
                &f.locale,
                "formats",
                format!(
                    "[formats.{}] is {tag} again, which has its own section",
                    f.locale.value
                ),
                "merge the two sections into one",
            )),
            Ok(tag) if tags.iter().any(|(t, _)| *t == tag || base(t) == tag) => {
                formats.push((tag, f))
            }
            Ok(_) if !every_section => {}
            Ok(tag) => diags.push(located(
                &f.locale,
                "formats",
                format!(
                    "[formats.{}] is for {tag}, which is not a target locale",
                    f.locale.value
                ),
                "add the locale to `locales`, or remove the section",
            )),
            Err(e) => diags.push(located(&f.locale, "formats", e.to_string(), &e.fix())),
        }
    }
    let mut out = Vec::new();
    for (tag, written) in tags {
        let setting = formats
            .iter()
            .find(|(t, _)| *t == tag)
            .or_else(|| formats.iter().find(|(t, _)| t == base(&tag)))
            .map(|(_, f)| *f);
        let result = format_locale(
            &tag,
            setting.and_then(|f| f.format_locale.as_ref().map(|l| l.value.as_str())),
            setting.and_then(|f| f.calendar.as_ref().map(|c| c.value)),
            setting.and_then(|f| f.digits.as_ref().map(|d| d.value)),
        );
        match result {
            Ok(format_locale) => out.push(Target { tag, format_locale }),
            Err(e) => {
                // The setting that caused it, else the tag as the publication lists it.
                let origin = match (&e, setting) {
                    (LocaleError::Format(_), Some(f)) => {
                        f.digits.as_ref().map(|d| d.origin.clone())
                    }
                    (LocaleError::FormatLocale(_) | LocaleError::Malformed(_), Some(f)) => {
                        f.format_locale.as_ref().map(|l| l.origin.clone())
                    }
                    _ => None,
                }
                .or_else(|| setting.map(|f| f.locale.origin.clone()))
                .unwrap_or_else(|| written.origin.clone());
                diags.push(located(
                    &Located { value: (), origin },
                    "formats",
                    e.to_string(),
                    &e.fix(),
                ));
            }
        }
    }
    out
}

fn located<T>(l: &Located<T>, field: &str, message: String, fix: &str) -> Diagnostic {
    Diagnostic {
        path: l.origin.path.clone(),
        line: l.origin.line,
        column: l.origin.column,
        field: field.to_string(),
        message,
        fix: fix.to_string(),
    }
}

/// A non-fatal finding, and the target locale it concerns (`None`: the whole publication).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Warning {
    /// The target locale whose output it concerns, if only one.
    pub locale: Option<String>,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl Warning {
    /// A warning about the output of `locale`.
    pub fn locale(locale: &str, message: String) -> Self {
        Warning {
            locale: Some(locale.to_string()),
            message,
        }
    }

    /// A warning about the whole publication.
    pub fn general(message: String) -> Self {
        Warning {
            locale: None,
            message,
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

struct Ctx<'a> {
    catalog: &'a Catalog,
    orgs: &'a [silkwire_core::Org],
    diags: Diagnostics,
    warnings: Vec<Warning>,
    /// Problems of the edition being built that are translation gaps (a translation's release text
    /// missing or unresolvable), not input errors.
    gaps: Vec<Diagnostic>,
}

impl Ctx<'_> {
    /// Records a warning once.
    fn warn(&mut self, warning: Warning) {
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// One of Silkwire's strings, with fallback (recorded as a warning).
    fn lookup(
        &mut self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, Diagnostic> {
        let (s, from) = self.catalog.string(locale, id, args)?;
        // A regional folder (zh-Hant-HK) that leaves a message to its base (zh-Hant) is normal;
        // text from another language is worth a warning.
        if base(&from) != base(locale) {
            let msg = id.split('.').next().unwrap_or(id);
            let at = self
                .catalog
                .strings(locale)
                .iter()
                .find(|t| t.locale() == from)
                .and_then(|t| t.location(msg))
                .unwrap_or_default();
            self.warn(Warning::locale(
                locale,
                format!(
                    "{}: `{id}` is missing; using the {from} text from {at}",
                    self.catalog
                        .root()
                        .join(LOCALES_DIR)
                        .join(base(locale))
                        .display()
                ),
            ));
        }
        Ok(s)
    }

    /// One of Silkwire's strings, with fallback; `None` (and a diagnostic) when unresolved.
    fn string(&mut self, locale: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        match self.lookup(locale, id, args) {
            Ok(s) => Some(s),
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }

    /// True if `id` (a message) is defined in any locale of `locale`'s chain.
    fn defined(&self, locale: &str, id: &str) -> bool {
        self.catalog.strings(locale).iter().any(|t| t.has(id))
    }

    /// A Silkwire string named after a value of `feeds/` (an organisation, a subject): when no locale
    /// defines it, the error points at the value in `feeds/`.
    fn named(
        &mut self,
        locale: &str,
        id: &str,
        value: &Located<String>,
        field: &str,
        what: &str,
        fix: &str,
    ) -> Option<String> {
        if !self.defined(locale, id) {
            self.diags
                .push(located(value, field, what.to_string(), fix));
            return None;
        }
        self.string(locale, id, None)
    }

    /// The name of an organisation (`org-<id>`), reporting an unknown id at the place it was written.
    fn org(&mut self, locale: &str, org: &Located<String>, field: &str) -> Option<String> {
        let id = format!("org-{}", org.value);
        self.named(
            locale,
            &id,
            org,
            field,
            &format!("unknown organisation \"{}\"", org.value),
            &format!("define `{id} = …` in locales/en/orgs.ftl (and translate it), or fix the id"),
        )
    }

    /// An organisation's name as datelines print it: `.dateline` of `org-<id>` in the first locale of
    /// the chain that defines the organisation, else its name there.
    fn org_dateline(&mut self, locale: &str, org: &Located<String>) -> Option<String> {
        let id = format!("org-{}", org.value);
        let texts = self.catalog.strings(locale).iter().find(|t| t.has(&id))?;
        let attr = format!("{id}.dateline");
        let key = if texts.has(&attr) { attr } else { id };
        match texts.format(&key, None) {
            Ok(s) => Some(s),
            Err(Unresolved::Broken(d)) => {
                self.diags.push(d);
                None
            }
            Err(Unresolved::Missing) => None,
        }
    }

    /// A release message in one locale: no fallback, a missing message is an error.
    fn release_text(
        &mut self,
        texts: ReleaseText<'_>,
        source: Option<ReleaseText<'_>>,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        match texts.format(id, args) {
            Ok(s) if s.trim().is_empty() => {
                let msg = id.split('.').next().unwrap_or(id);
                let d = texts.diagnostic(
                    msg,
                    id,
                    format!("`{id}` is empty: the edition would publish nothing there"),
                    "write the text",
                );
                self.problem(texts, source, d);
                None
            }
            Ok(s) => Some(s),
            Err(Unresolved::Missing) => {
                let msg = id.split('.').next().unwrap_or(id);
                let fix = match source
                    .filter(|s| s.locale() != texts.locale())
                    .and_then(|s| s.location(msg))
                {
                    Some(at) => format!("add `{id}`, translated from the source text at {at}"),
                    None => format!("add `{id}` to this file"),
                };
                let d = texts.diagnostic(
                    msg,
                    id,
                    format!("the {} text of this release has no `{id}`", texts.locale()),
                    &fix,
                );
                self.problem(texts, source, d);
                None
            }
            Err(Unresolved::Broken(d)) => {
                self.problem(texts, source, d);
                None
            }
        }
    }

    /// Records a problem of a release text: a gap when the text is a translation, else an error.
    fn problem(&mut self, texts: ReleaseText<'_>, source: Option<ReleaseText<'_>>, d: Diagnostic) {
        if source.is_some_and(|s| base(s.locale()) != base(texts.locale())) {
            self.gaps.push(d);
        } else {
            self.diags.push(d);
        }
    }
}

/// The numbers N of the `body-N` messages of a release text, sorted.
fn body_numbers(texts: ReleaseText<'_>) -> Vec<usize> {
    let mut numbers: Vec<usize> = texts
        .message_ids()
        .into_iter()
        .filter_map(|id| id.strip_prefix("body-"))
        .filter_map(body_number)
        .collect();
    numbers.sort_unstable();
    numbers
}

/// N for a `body-N` suffix: a positive number written without a leading zero.
fn body_number(suffix: &str) -> Option<usize> {
    let n: usize = suffix.parse().ok()?;
    (n > 0 && !suffix.starts_with('0') && suffix.bytes().all(|b| b.is_ascii_digit())).then_some(n)
}

/// Reports `body-…` ids that are not `body-N` (`body-0`, `body-01`, `body-8b`): they would never be used.
fn check_body_ids(ctx: &mut Ctx<'_>, texts: ReleaseText<'_>, source: Option<ReleaseText<'_>>) {
    for id in texts.message_ids() {
        if let Some(suffix) = id.strip_prefix("body-") {
            if body_number(suffix).is_none() {
                let d = texts.diagnostic(
                    id,
                    id,
                    format!("`{id}` is not a paragraph id: paragraphs are body-1, body-2, …"),
                    "number it like the others (no zero, no leading zero, digits only), or rename it",
                );
                ctx.problem(texts, source, d);
            }
        }
    }
}

/// The length, in characters, of a summary derived from a release's first paragraph.
pub const SUMMARY_MAX_CHARS: usize = 200;

/// How a build treats translation gaps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Gaps are errors instead of skipped editions.
    pub strict: bool,
    /// Leave out the warning about channel keywords no release has (the caller checks it against
    /// every release, when it localizes only some of them).
    pub skip_keyword_check: bool,
}

/// Warnings for channel keywords that no release of `project` has: such a filter is likely a typo.
pub fn unused_channel_keywords(project: &Project) -> Vec<String> {
    let mut out = Vec::new();
    for c in &project.publication.channels {
        for k in &c.keywords {
            let used = project
                .releases
                .iter()
                .any(|r| r.keywords.iter().any(|rk| rk.value == k.value));
            if !used {
                out.push(format!(
                    "{}:{}:{}: channel `{}`: no release has the keyword `{}`, so this filter matches nothing yet",
                    k.origin.path.display(),
                    k.origin.line,
                    k.origin.column,
                    c.id,
                    k.value
                ));
            }
        }
    }
    out
}

/// An edition left out of the build because its translation has gaps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The target locale.
    pub locale: String,
    /// The release id.
    pub release: String,
    /// What is missing or broken in its text.
    pub problems: Vec<Diagnostic>,
}

/// The home page's count line (`release-count`) of `locale` for `count` listed releases, as
/// [`localize_with`] writes it into [`PublicationText::release_count`].
pub fn release_count(catalog: &Catalog, locale: &str, count: usize) -> Result<String, Diagnostic> {
    let mut args = FluentArgs::new();
    args.set("count", count);
    catalog
        .string(locale, "release-count", Some(&args))
        .map(|(s, _)| s)
}

/// Resolves every text of the project in every target locale, with the default [`Policy`]:
/// an edition whose translation has gaps is skipped (see [`Localized::skipped`]).
pub fn localize(project: &Project, catalog: &Catalog) -> Result<Localized, Diagnostics> {
    localize_with(project, catalog, Policy::default())
}

/// Loads the text `project` needs from its `locales/` ([`needed_locales`], [`Catalog::load`]) and
/// resolves it ([`localize_with`]).
pub fn load_and_localize(project: &Project, policy: Policy) -> Result<Localized, Diagnostics> {
    let needed = needed_locales(project)?;
    let ids: Vec<&str> = project.releases.iter().map(|r| r.id.as_str()).collect();
    let catalog = Catalog::load(&project.root, &needed.targets, &needed.sources, &ids)?;
    localize_with(project, &catalog, policy)
}

/// Resolves every text of the project in every target locale.
///
/// Input errors (a broken Silkwire string, a source text without paragraphs, an unknown
/// organisation, …) are all collected and make the result an error. Translation gaps (a
/// translation's release text missing or unresolvable) skip that edition, or are errors too with
/// `policy.strict`.
pub fn localize_with(
    project: &Project,
    catalog: &Catalog,
    policy: Policy,
) -> Result<Localized, Diagnostics> {
    let mut ctx = Ctx {
        catalog,
        orgs: &project.orgs,
        diags: Diagnostics::default(),
        warnings: Vec::new(),
        gaps: Vec::new(),
    };
    let targets = target_locales(project, &mut ctx.diags);

    let mut releases: Vec<Arc<Release>> = project.releases.iter().cloned().map(Arc::new).collect();
    releases.sort_by(|a, b| Release::newest_first(a, b));

    // Paragraph count of each release, from its source-locale text.
    let mut body_counts = Vec::new();
    for r in &releases {
        let source = parse_supported(&r.source_locale.value)
            .map(|l| l.to_string())
            .unwrap_or_default();
        match catalog.release(&source, &r.id) {
            Some(texts) => {
                check_body_ids(&mut ctx, texts, None);
                let numbers = body_numbers(texts);
                let n = numbers.len();
                let mut valid = n > 0;
                if n == 0 {
                    ctx.diags.push(texts.diagnostic(
                        "body-1",
                        "body-1",
                        "the source text has no body paragraphs".into(),
                        "add body-1, body-2, … in order",
                    ));
                }
                // Paragraphs are body-1 … body-n with no gap: a gap would silently drop the rest.
                if let Some((expected, found)) = (1..).zip(&numbers).find(|(i, m)| *i != **m) {
                    let id = format!("body-{found}");
                    ctx.diags.push(texts.diagnostic(
                        &id,
                        &id,
                        format!("body-{expected} is missing: paragraphs must be numbered body-1, body-2, … without gaps"),
                        &format!("add body-{expected}, or renumber the paragraphs from here on"),
                    ));
                    valid = false;
                }
                for p in &r.photos {
                    if *p.after_paragraph > n && n > 0 {
                        ctx.diags.push(located(
                            &p.after_paragraph,
                            "photos.after_paragraph",
                            format!(
                                "photo \"{}\" follows paragraph {}, but the release has {n}",
                                p.id, p.after_paragraph.value
                            ),
                            &format!("use a number from 1 to {n}"),
                        ));
                    }
                }
                body_counts.push(valid.then_some(n));
            }
            None => {
                ctx.diags.push(located(
                    &r.source_locale,
                    "source_locale",
                    format!(
                        "release \"{}\" has no text in its source locale {source}",
                        r.id
                    ),
                    &format!(
                        "create {}",
                        catalog
                            .root()
                            .join(LOCALES_DIR)
                            .join(&source)
                            .join("releases")
                            .join(format!("{}.ftl", r.id))
                            .display()
                    ),
                ));
                body_counts.push(None);
            }
        }
    }

    // Channel filters: issuers must be known organisations; a keyword no release has is likely a typo.
    for c in &project.publication.channels {
        for locale in targets.iter().map(|t| &t.tag) {
            for i in &c.issuers {
                ctx.org(locale, i, "channels.issuers");
            }
        }
    }
    if !policy.skip_keyword_check {
        for w in unused_channel_keywords(project) {
            ctx.warn(Warning::general(w));
        }
    }

    let mut locales = Vec::new();
    let mut skipped = Vec::new();
    for locale in targets.iter().map(|t| &t.tag) {
        let text = publication_text(&mut ctx, project, locale);
        let mut editions = Vec::new();
        for (r, n) in releases.iter().zip(&body_counts) {
            // A release whose source text is unusable is reported once, above, not per locale.
            let Some(n) = *n else { continue };
            let built = edition(&mut ctx, r, locale, n);
            if !ctx.gaps.is_empty() {
                let problems: Vec<Diagnostic> = std::mem::take(&mut ctx.gaps);
                if policy.strict {
                    ctx.diags.0.extend(problems);
                } else {
                    skipped.push(Skipped {
                        locale: locale.clone(),
                        release: r.id.clone(),
                        problems,
                    });
                }
                continue;
            }
            editions.extend(built);
        }
        let mut args = FluentArgs::new();
        // Withdrawn editions are not listed.
        args.set("count", editions.iter().filter(|e| !e.withdrawn).count());
        let count = ctx.string(locale, "release-count", Some(&args));
        if let (Some(mut text), Some(count)) = (text, count) {
            text.release_count = count;
            locales.push(LocaleBuild {
                locale: locale.clone(),
                text,
                editions,
            });
        }
    }

    // Siblings: every other locale's edition of the same release, in the publication's locale order.
    // Grouped by release (in locale order within each), so each edition finds its siblings
    // without scanning every edition of the archive.
    let mut all: std::collections::HashMap<String, Vec<Sibling>> = std::collections::HashMap::new();
    for lb in &locales {
        for e in &lb.editions {
            all.entry(e.release.id.clone()).or_default().push(Sibling {
                locale: lb.locale.clone(),
                language_name: lb.text.language_name.clone(),
                headline: e.headline.clone(),
                version: e.version,
            });
        }
    }
    let p = &project.publication;
    for lb in &mut locales {
        for e in &mut lb.editions {
            e.siblings = all
                .get(&e.release.id)
                .map(|list| {
                    list.iter()
                        .filter(|s| s.locale != lb.locale)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            // A translation says that the original governs, and links to it.
            let source = parse_supported(&e.release.source_locale.value)
                .map(|l| l.to_string())
                .unwrap_or_default();
            if base(&source) == base(&lb.locale) {
                continue;
            }
            let Some(text) = ctx.string(&lb.locale, "notice-translation", None) else {
                continue;
            };
            let original = e
                .siblings
                .iter()
                .find(|s| s.locale == source)
                .or_else(|| e.siblings.iter().find(|s| base(&s.locale) == base(&source)));
            e.translation = Some(match original {
                Some(s) => TranslationNotice {
                    text,
                    link_text: s.language_name.clone(),
                    href: p.url(&p.edition_path(&s.locale, &e.release.id)).to_string(),
                    hreflang: Some(s.locale.clone()),
                },
                None => TranslationNotice {
                    text,
                    link_text: e.release.original_link.to_string(),
                    href: e.release.original_link.to_string(),
                    hreflang: None,
                },
            });
        }
    }

    let Ctx {
        diags, warnings, ..
    } = ctx;
    diags.into_result(Localized {
        locales,
        warnings,
        skipped,
    })
}

fn publication_text(ctx: &mut Ctx<'_>, project: &Project, locale: &str) -> Option<PublicationText> {
    let p = &project.publication;
    let publisher = ctx.org(locale, &p.publisher, "publisher");
    let provider = ctx.org(locale, &p.provider, "provider");
    let mut channels = Vec::new();
    for c in &p.channels {
        let mut args = FluentArgs::new();
        args.set("publisher", publisher.clone().unwrap_or_default());
        let title = if c.id == silkwire_core::Channel::ALL {
            ctx.string(locale, "feed-title", Some(&args))
        } else {
            let id = format!("channel-{}", c.id);
            let name = match &c.origin {
                Some(origin) => ctx.named(
                    locale,
                    &id,
                    &Located {
                        value: c.id.clone(),
                        origin: origin.clone(),
                    },
                    "channels.id",
                    &format!("channel \"{}\" has no name", c.id),
                    &format!("add `{id} = …` to locales/en/silkwire.ftl and translate it"),
                ),
                None => ctx.string(locale, &id, None),
            };
            args.set("channel", name.unwrap_or_default());
            ctx.string(locale, "feed-title-channel", Some(&args))
        };
        channels.push(ChannelText {
            id: c.id.clone(),
            title: title.unwrap_or_default(),
        });
    }
    Some(PublicationText {
        language_name: ctx.string(locale, "language-name", None)?,
        publisher: publisher?,
        provider: provider?,
        feed_description: ctx.string(locale, "feed-description", None)?,
        feed_rights: ctx.string(locale, "feed-rights", None)?,
        channels,
        label_original_link: ctx.string(locale, "label-original-link", None)?,
        label_other_languages: ctx.string(locale, "label-other-languages", None)?,
        label_feeds: ctx.string(locale, "label-feeds", None)?,
        label_languages: ctx.string(locale, "label-languages", None)?,
        label_releases: ctx.string(locale, "label-releases", None)?,
        release_count: String::new(),
    })
}

/// A number written without thousands separators (a year, a day), in the locale's digits.
fn ungrouped(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::Number(fluent::types::FluentNumber::new(
        n.into(),
        fluent::types::FluentNumberOptions {
            use_grouping: false,
            ..Default::default()
        },
    ))
}

/// The dateline of release `r` for `locale`, given its place as datelines print it.
fn dateline(
    ctx: &mut Ctx<'_>,
    r: &Release,
    locale: &str,
    place_dateline: Option<String>,
) -> Option<String> {
    let distributor_dateline = ctx.org_dateline(locale, &r.distributor);
    let date = r.published.date_naive();
    let mut args = FluentArgs::new();
    args.set("place", place_dateline.unwrap_or_default());
    args.set("date", FluentValue::Custom(Box::new(FluentDate(date))));
    args.set("month", date.month());
    args.set("day", ungrouped(date.day()));
    args.set("year", ungrouped(date.year()));
    args.set("distributor", distributor_dateline.unwrap_or_default());
    ctx.string(locale, "dateline", Some(&args))
}

/// The dateline the build prints for release `r` in each target (the Silkwire string `dateline` with
/// the release's place, date and distributor), or the first problem that prevents it.
pub fn dateline_samples(
    catalog: &Catalog,
    r: &Release,
    targets: &[Target],
) -> Vec<Result<String, Diagnostic>> {
    targets
        .iter()
        .map(|t| {
            let mut ctx = Ctx {
                catalog,
                orgs: &[],
                diags: Diagnostics::default(),
                warnings: Vec::new(),
                gaps: Vec::new(),
            };
            let Some(texts) = catalog.release(&t.tag, &r.id) else {
                return Err(Diagnostic::file(
                    &r.path,
                    "",
                    format!("release \"{}\" has no {} text", r.id, t.tag),
                    "",
                ));
            };
            let id = if texts.has("place.dateline") {
                "place.dateline"
            } else {
                "place"
            };
            let place = ctx.release_text(texts, None, id, None);
            let line = dateline(&mut ctx, r, &t.tag, place);
            match (line, ctx.diags.0.into_iter().next()) {
                (Some(line), None) => Ok(line),
                (_, Some(d)) => Err(d),
                (None, None) => Err(Diagnostic::file(
                    &r.path,
                    "",
                    format!("release \"{}\" has no {} text", r.id, t.tag),
                    "",
                )),
            }
        })
        .collect()
}

/// Every supported locale, then the publication's regional targets, as build targets with the
/// publication's `[formats]` settings applied.
pub fn all_targets(project: &Project) -> Result<Vec<Target>, Diagnostics> {
    let mut diags = Diagnostics::default();
    let origin = silkwire_core::Origin {
        path: project.publication.path.clone(),
        line: 0,
        column: 0,
    };
    let mut tags: Vec<Located<String>> = crate::locale::LOCALES
        .iter()
        .map(|i| Located {
            value: i.tag.to_string(),
            origin: origin.clone(),
        })
        .collect();
    for l in &project.publication.locales {
        if let Ok(tag) = canonicalize(&l.value) {
            if !tags.iter().any(|t| t.value == tag) {
                tags.push(Located {
                    value: tag,
                    origin: l.origin.clone(),
                });
            }
        }
    }
    let targets = resolve_targets(project, &tags, false, &mut diags);
    diags.into_result(targets)
}

fn edition(
    ctx: &mut Ctx<'_>,
    r: &Arc<Release>,
    locale: &str,
    body_count: usize,
) -> Option<Edition> {
    let catalog = ctx.catalog;
    let source = parse_supported(&r.source_locale.value)
        .ok()
        .and_then(|l| catalog.release(&l, &r.id));
    let Some(texts) = catalog.release(locale, &r.id) else {
        ctx.gaps.push(Diagnostic::file(
            &r.path,
            "",
            format!("release \"{}\" has no {locale} text", r.id),
            format!(
                "create locales/{}/releases/{}.ftl, translated from the {} file",
                base(locale),
                r.id,
                r.source_locale.value
            ),
        ));
        return None;
    };
    let headline = ctx.release_text(texts, source, "headline", None);
    // A release written without a summary gets one derived from its first paragraph, cut between
    // words (a real segmenter for Thai, Lao, Khmer and Burmese), never inside a character.
    let derive = !texts.has("summary") && !source.unwrap_or(texts).has("summary");
    let summary = if derive {
        ctx.release_text(texts, source, "body-1", None)
            .map(|p| crate::cut::cut(&p, SUMMARY_MAX_CHARS))
    } else {
        ctx.release_text(texts, source, "summary", None)
    };
    let place = ctx.release_text(texts, source, "place", None);
    let place_dateline = if texts.has("place.dateline") {
        ctx.release_text(texts, source, "place.dateline", None)
    } else {
        place.clone()
    };
    let mut paragraphs = Vec::new();
    for i in 1..=body_count {
        paragraphs.push(ctx.release_text(texts, source, &format!("body-{i}"), None));
    }
    check_body_ids(ctx, texts, source);
    for m in body_numbers(texts).into_iter().filter(|m| *m > body_count) {
        let id = format!("body-{m}");
        let d = texts.diagnostic(
            &id,
            &id,
            format!("the source text has {body_count} paragraphs; {id} has no counterpart in it"),
            "remove it, or add the paragraph to the source text first",
        );
        ctx.problem(texts, source, d);
    }
    let issuer = ctx.org(locale, &r.issuer, "issuer");
    let distributor = ctx.org(locale, &r.distributor, "distributor");
    let dateline = dateline(ctx, r, locale, place_dateline);
    let date = r.published.date_naive();
    let dateline_separator = ctx.string(locale, "dateline-separator", None);

    let mut args = FluentArgs::new();
    args.set("issuer", issuer.clone().unwrap_or_default());
    args.set("distributor", distributor.clone().unwrap_or_default());
    let creditline = ctx.string(locale, "creditline", Some(&args));
    let mut args = FluentArgs::new();
    args.set("year", ungrouped(date.year()));
    args.set("holder", issuer.clone().unwrap_or_default());
    args.set("distributor", distributor.clone().unwrap_or_default());
    let copyright_notice = ctx.string(locale, "copyright-notice", Some(&args));
    let usage_terms = ctx.string(locale, "usage-terms", None);

    let mut photos = Vec::new();
    for p in &r.photos {
        let caption = ctx.release_text(texts, source, &format!("photo-{}", p.id), None);
        let alt = ctx.release_text(texts, source, &format!("photo-{}.alt", p.id), None);
        let credit = ctx.org(locale, &p.credit, "photos.credit");
        let mut args = FluentArgs::new();
        args.set("credit", credit.clone().unwrap_or_default());
        let credit_line = ctx.string(locale, "label-photo-credit", Some(&args));
        photos.push(match (caption, alt, credit, credit_line) {
            (Some(caption), Some(alt), Some(credit), Some(credit_line)) => Some(PhotoText {
                caption,
                alt,
                credit,
                credit_line,
            }),
            _ => None,
        });
    }
    let mut keywords = Vec::new();
    for k in &r.keywords {
        let text = ctx.release_text(texts, source, &format!("keyword-{}", k.value), None);
        keywords.push(text);
    }
    let mut subjects = Vec::new();
    for s in &r.subjects {
        let id = s.value.replace(':', "-");
        let label = ctx.named(
            locale,
            &id,
            s,
            "subjects",
            &format!("the Media Topic {} has no name in locales/{locale}/subjects.ftl", s.value),
            &format!("add `{id} = …` with IPTC's name for the topic to locales/en/subjects.ftl and translate it"),
        );
        subjects.push(label.map(|label| Subject {
            qcode: s.value.clone(),
            label,
        }));
    }

    let (notices, withdrawn) = notices(ctx, r, locale, texts, source);
    let embargo_note = r.embargo.and_then(|until| {
        let mut args = FluentArgs::new();
        args.set("time", until.format("%Y-%m-%d %H:%M UTC%:z").to_string());
        ctx.string(locale, "note-embargo", Some(&args))
    });
    let version = 1 + u32::try_from(notices.len()).unwrap_or(u32::MAX - 1);
    let modified = notices.last().map_or(r.published, |n| n.time);
    let boilerplate = boilerplate(ctx, r, locale, issuer.as_deref().unwrap_or_default());

    Some(Edition {
        release: r.clone(),
        locale: locale.to_string(),
        headline: headline?,
        summary: summary?,
        place: place?,
        dateline: dateline?,
        dateline_separator: dateline_separator?,
        paragraphs: paragraphs.into_iter().collect::<Option<_>>()?,
        photos: photos.into_iter().collect::<Option<_>>()?,
        keywords: keywords.into_iter().collect::<Option<_>>()?,
        subjects: subjects.into_iter().collect::<Option<_>>()?,
        issuer: issuer?,
        distributor: distributor?,
        creditline: creditline?,
        copyright_notice: copyright_notice?,
        usage_terms: usage_terms?,
        siblings: Vec::new(),
        notices,
        withdrawn,
        version,
        modified,
        embargo_note,
        translation: None,
        boilerplate: boilerplate?,
    })
}

/// The closing sections of release `r` in `locale`: the issuer's "About" (`org-<id>-about`) and media
/// contacts, and the issuer's and distributor's disclaimers (`org-<id>-disclaimer`), where defined.
fn boilerplate(ctx: &mut Ctx<'_>, r: &Release, locale: &str, issuer: &str) -> Option<Boilerplate> {
    let mut b = Boilerplate::default();
    let mut ok = true;
    let about = format!("org-{}-about", r.issuer.value);
    if ctx.defined(locale, &about) {
        let mut args = FluentArgs::new();
        args.set("org", issuer.to_string());
        let heading = ctx.string(locale, "label-about", Some(&args));
        let text = ctx.string(locale, &about, None);
        match (heading, text) {
            (Some(h), Some(t)) => b.about.push((h, t)),
            _ => ok = false,
        }
    }
    let contacts = ctx
        .orgs
        .iter()
        .find(|o| o.id == r.issuer.value)
        .map(|o| o.contacts.clone())
        .unwrap_or_default();
    if !contacts.is_empty() {
        match ctx.string(locale, "label-media-contact", None) {
            Some(h) => b.contacts = Some((h, contacts)),
            None => ok = false,
        }
    }
    let mut orgs = vec![&r.issuer.value];
    if r.distributor.value != r.issuer.value {
        orgs.push(&r.distributor.value);
    }
    for org in orgs {
        let id = format!("org-{org}-disclaimer");
        if ctx.defined(locale, &id) {
            match ctx.string(locale, &id, None) {
                Some(t) => b.disclaimers.push(t),
                None => ok = false,
            }
        }
    }
    ok.then_some(b)
}

/// The notices of release `r` for `locale`: each update or correction whose note is translated
/// into the edition's language (one not translated yet is reported, and the edition goes out
/// without it), then the withdrawal (always carried: a withdrawn release is never republished; its
/// note falls back to the source text if untranslated).
fn notices(
    ctx: &mut Ctx<'_>,
    r: &Release,
    locale: &str,
    texts: ReleaseText<'_>,
    source: Option<ReleaseText<'_>>,
) -> (Vec<Notice>, bool) {
    let translation = source.is_some_and(|s| base(s.locale()) != base(texts.locale()));
    let mut out = Vec::new();
    let note = |ctx: &mut Ctx<'_>, id: &Located<String>, what: &str| -> Option<String> {
        match texts.format(&id.value, None) {
            Ok(s) => Some(s),
            Err(Unresolved::Missing) if translation => {
                let at = source
                    .and_then(|s| s.location(&id.value))
                    .unwrap_or_default();
                ctx.warn(Warning::locale(locale, format!(
                    "{}:{}:{}: the {what} note `{}` of {} is not translated into {locale} yet (source at {at})",
                    id.origin.path.display(),
                    id.origin.line,
                    id.origin.column,
                    id.value,
                    r.id
                )));
                None
            }
            Err(Unresolved::Missing) => {
                ctx.diags.push(located(
                    id,
                    "note",
                    format!(
                        "the release's {} text has no `{}`",
                        texts.locale(),
                        id.value
                    ),
                    &format!(
                        "add `{} = …` saying what changed to the release's .ftl file",
                        id.value
                    ),
                ));
                None
            }
            Err(Unresolved::Broken(d)) => {
                ctx.diags.push(d);
                None
            }
        }
    };
    for u in &r.updates {
        let (kind, message, what) = match u.kind {
            silkwire_core::UpdateKind::Update => (NoticeKind::Update, "notice-update", "update"),
            silkwire_core::UpdateKind::Correction => {
                (NoticeKind::Correction, "notice-correction", "correction")
            }
        };
        let Some(text) = note(ctx, &u.note, what) else {
            continue;
        };
        let mut args = FluentArgs::new();
        args.set(
            "date",
            FluentValue::Custom(Box::new(FluentDate(u.time.date_naive()))),
        );
        args.set("note", text);
        if let Some(notice) = ctx.string(locale, message, Some(&args)) {
            out.push(Notice {
                time: u.time,
                kind,
                text: notice,
            });
        }
    }
    let mut withdrawn = false;
    if let Some(w) = &r.withdrawn {
        withdrawn = true;
        let text = note(ctx, &w.note, "withdrawal")
            .or_else(|| source.and_then(|s| s.format(&w.note.value, None).ok()));
        let mut args = FluentArgs::new();
        args.set(
            "date",
            FluentValue::Custom(Box::new(FluentDate(w.time.date_naive()))),
        );
        args.set("note", text.unwrap_or_default());
        if let Some(notice) = ctx.string(locale, "notice-withdrawn", Some(&args)) {
            out.push(Notice {
                time: w.time,
                kind: NoticeKind::Withdrawal,
                text: notice,
            });
        }
    }
    (out, withdrawn)
}
