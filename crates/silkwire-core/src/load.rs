//! Loading `feeds/` from disk into the validated model, with every error located.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;
use url::Url;

use crate::diag::{line_col, Diagnostic, Diagnostics};
use crate::model::{
    Calendar, Channel, Contact, Digits, LocaleFormat, Located, Org, Origin, Outputs, Photo,
    Publication, Release, Update, UpdateKind, Withdrawal,
};
use crate::text::is_forbidden;
use crate::time::{parse_rfc3339, Timestamp};

/// The publication file, relative to the root.
pub const PUBLICATION_FILE: &str = "feeds/silkwire.toml";
/// The folder of release files, relative to the root.
pub const RELEASES_DIR: &str = "feeds/releases";
/// The folder of organisation files, relative to the root.
pub const ORGS_DIR: &str = "feeds/orgs";

/// Everything under `feeds/`: the publication and its releases, validated.
#[derive(Debug, Clone)]
pub struct Project {
    /// The root folder (holding `feeds/` and `locales/`).
    pub root: PathBuf,
    /// `feeds/silkwire.toml`.
    pub publication: Publication,
    /// `feeds/releases/*.toml`, sorted by id.
    pub releases: Vec<Release>,
    /// `feeds/orgs/*.toml`, sorted by id.
    pub orgs: Vec<Org>,
}

impl Project {
    /// The organisation `id`, if it is defined.
    pub fn org(&self, id: &str) -> Option<&Org> {
        self.orgs.iter().find(|o| o.id == id)
    }
}

/// Loads and validates `feeds/` under `root`, reporting every problem found.
pub fn load_project(root: &Path) -> Result<Project, Diagnostics> {
    let mut diags = Diagnostics::default();
    let publication = match load_publication(root) {
        Ok(p) => Some(p),
        Err(d) => {
            diags.0.extend(d.0);
            None
        }
    };
    let releases = match load_releases(root) {
        Ok(r) => r,
        Err(d) => {
            diags.0.extend(d.0);
            Vec::new()
        }
    };
    let orgs = match load_orgs(root) {
        Ok(o) => o,
        Err(d) => {
            diags.0.extend(d.0);
            Vec::new()
        }
    };
    if diags.is_empty() {
        if let Some(p) = &publication {
            check_org_references(root, p, &releases, &orgs, &mut diags);
        }
    }
    match publication {
        Some(publication) if diags.is_empty() => Ok(Project {
            root: root.to_path_buf(),
            publication,
            releases,
            orgs,
        }),
        _ => Err(diags),
    }
}

/// Every organisation a file refers to must have its `feeds/orgs/<id>.toml`.
fn check_org_references(
    root: &Path,
    p: &Publication,
    releases: &[Release],
    orgs: &[Org],
    diags: &mut Diagnostics,
) {
    let mut refs: Vec<(&Located<String>, &str)> =
        vec![(&p.provider, "provider"), (&p.publisher, "publisher")];
    for c in &p.channels {
        refs.extend(c.issuers.iter().map(|i| (i, "channels.issuers")));
    }
    for r in releases {
        refs.push((&r.issuer, "issuer"));
        refs.push((&r.distributor, "distributor"));
        refs.extend(r.photos.iter().map(|ph| (&ph.credit, "photos.credit")));
    }
    for (id, field) in refs {
        if orgs.iter().any(|o| o.id == id.value) {
            continue;
        }
        let file = root.join(ORGS_DIR).join(format!("{}.toml", id.value));
        diags.push(Diagnostic {
            path: id.origin.path.clone(),
            line: id.origin.line,
            column: id.origin.column,
            field: field.to_string(),
            message: format!("unknown organisation \"{}\"", id.value),
            fix: format!(
                "define it in {} (and name it `org-{}` in locales/<locale>/orgs.ftl), or fix the id",
                file.display(),
                id.value
            ),
        });
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrg {
    url: Option<Spanned<String>>,
    #[serde(default)]
    contacts: Vec<RawContact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    name: Spanned<String>,
    email: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
}

/// Loads every `feeds/orgs/*.toml` under `root`, sorted by id.
pub fn load_orgs(root: &Path) -> Result<Vec<Org>, Diagnostics> {
    let (paths, mut diags) = toml_files(
        &root.join(ORGS_DIR),
        "organisations folder",
        "create feeds/orgs/ with one <org-id>.toml per issuer, distributor and publisher",
        "feeds/orgs/ holds only organisation files, named <id>.toml",
        "rename it to end in .toml (lower case) if it is an organisation, or move it elsewhere",
    )?;
    let mut orgs = Vec::new();
    for p in paths {
        match load_org(&p) {
            Ok(o) => orgs.push(o),
            Err(d) => diags.0.extend(d.0),
        }
    }
    diags.into_result(orgs)
}

/// The `.toml` files of `dir`, sorted, and a diagnostic for each other file. Sub-folders, hidden
/// files and editor backups are skipped.
fn toml_files(
    dir: &Path,
    what: &str,
    create: &str,
    only: &str,
    rename: &str,
) -> Result<(Vec<PathBuf>, Diagnostics), Diagnostics> {
    let entries = fs::read_dir(dir)
        .map_err(|e| Diagnostic::file(dir, "", format!("cannot read the {what}: {e}"), create))?;
    let mut paths = Vec::new();
    let mut diags = Diagnostics::default();
    for entry in entries {
        let entry = entry
            .map_err(|e| Diagnostic::file(dir, "", format!("cannot list the folder: {e}"), ""))?;
        let p = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if p.is_dir() || name.starts_with('.') || name.ends_with('~') {
            continue;
        }
        if p.extension().is_some_and(|x| x == "toml") {
            paths.push(p);
        } else {
            diags.push(Diagnostic::file(&p, "", only, rename));
        }
    }
    paths.sort();
    diags.0.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((paths, diags))
}

/// Loads and validates one organisation file.
pub fn load_org(path: &Path) -> Result<Org, Diagnostics> {
    let text = read(path)?;
    let src = Source { path, text: &text };
    let raw: RawOrg = toml::from_str(&text).map_err(|e| src.toml_error(&e))?;
    let mut diags = Diagnostics::default();
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    if !is_slug(&id) {
        diags.push(Diagnostic::file(
            path,
            "",
            format!("\"{id}\" is not an organisation id"),
            format!(
                "name the file after the organisation in lower-case letters, digits and hyphens, e.g. {}.toml",
                slug_example("org", &id)
            ),
        ));
    }
    let url = raw
        .url
        .as_ref()
        .and_then(|u| absolute_url(&src, u, "url", &mut diags));
    let mut contacts = Vec::new();
    for c in &raw.contacts {
        for (v, field) in [
            Some((&c.name, "contacts.name")),
            c.email.as_ref().map(|e| (e, "contacts.email")),
            c.phone.as_ref().map(|p| (p, "contacts.phone")),
        ]
        .into_iter()
        .flatten()
        {
            plain_field(&src, v, field, &mut diags);
        }
        if let Some(e) = &c.email {
            let ok = e.get_ref().split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && host.contains('.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
                    && !e
                        .get_ref()
                        .chars()
                        .any(|ch| ch.is_whitespace() || ch == '<' || ch == '>')
            });
            if !ok {
                diags.push(src.diag(
                    e,
                    "contacts.email",
                    format!("\"{}\" is not an e-mail address", e.get_ref()),
                    "write the address alone, e.g. press@example.com",
                ));
            }
        }
        if let Some(ph) = &c.phone {
            let ok = ph.get_ref().starts_with('+')
                && ph
                    .get_ref()
                    .chars()
                    .skip(1)
                    .all(|ch| ch.is_ascii_digit() || matches!(ch, ' ' | '-' | '(' | ')'))
                && ph.get_ref().chars().filter(char::is_ascii_digit).count() >= 6;
            if !ok {
                diags.push(src.diag(
                    ph,
                    "contacts.phone",
                    format!("\"{}\" is not an international telephone number", ph.get_ref()),
                    "write + and the country code, then the number: digits, spaces, hyphens and brackets only, e.g. +86 10 6307 0000",
                ));
            }
        }
        contacts.push(Contact {
            name: c.name.get_ref().trim().to_string(),
            email: c.email.as_ref().map(|e| e.get_ref().clone()),
            phone: c.phone.as_ref().map(|p| p.get_ref().clone()),
        });
    }
    diags.into_result(Org {
        path: path.to_path_buf(),
        id,
        url,
        contacts,
    })
}

/// A one-line text field: not empty, and no character that outputs may not contain.
fn plain_field(src: &Source<'_>, v: &Spanned<String>, field: &str, diags: &mut Diagnostics) {
    let s = v.get_ref();
    if s.trim().is_empty() {
        diags.push(src.diag(
            v,
            field,
            "the value is empty",
            "write the value, or remove the key",
        ));
    } else if let Some(c) = s
        .chars()
        .find(|&c| is_forbidden(c) || c == '\n' || c == '\r')
    {
        diags.push(src.diag(
            v,
            field,
            format!("the value holds {}", crate::text::describe(c)),
            "remove it: the value is one line of plain text",
        ));
    }
}

/// A parsed TOML file: its path and text, for locating errors.
struct Source<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Source<'_> {
    fn origin(&self, offset: usize) -> Origin {
        let (line, column) = line_col(self.text, offset);
        Origin {
            path: self.path.to_path_buf(),
            line,
            column,
        }
    }

    fn located<T: Clone>(&self, v: &Spanned<T>) -> Located<T> {
        Located {
            value: v.get_ref().clone(),
            origin: self.origin(v.span().start),
        }
    }

    fn diag<T>(
        &self,
        at: &Spanned<T>,
        field: &str,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at_offset(self.path, self.text, at.span().start, field, message, fix)
    }

    fn toml_error(&self, e: &toml::de::Error) -> Diagnostic {
        let offset = e.span().map_or(0, |s| s.start);
        let mut message = e.message().trim().to_string();
        let (field, fix) = if let Some(rest) = message.strip_prefix("missing field `") {
            let name = rest.split('`').next().unwrap_or_default().to_string();
            let fix = format!(
                "add `{name} = ...` to the table that starts here (README.md lists every field)"
            );
            message = "this required field is missing".to_string();
            (name, fix)
        } else if message.starts_with("unknown field") {
            (
                key_at(self.text, offset),
                "remove or rename the key; the message lists the keys this table accepts"
                    .to_string(),
            )
        } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
            let key = key_at(self.text, offset);
            let fix = format!(
                "give `{key}` a value of the kind the message names (README.md lists every field)"
            );
            (key, fix)
        } else {
            (
                String::new(),
                "correct the TOML syntax at this position".to_string(),
            )
        };
        Diagnostic::at_offset(self.path, self.text, offset, field, message, fix)
    }
}

/// The key whose value holds `offset` (`width` in `width = -1`, `locales` for an element on its own
/// line of a multi-line array), or empty.
fn key_at(text: &str, offset: usize) -> String {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let end = text[offset..].find('\n').map_or(text.len(), |e| offset + e);
    for line in text[..end].lines().rev() {
        let line = line.trim_start();
        if line.starts_with('[') && !line.contains('=') {
            // A table header: the value is not in a `key = [ … ]` above it.
            break;
        }
        if let Some((key, _)) = line.split_once('=') {
            let key = key.trim().trim_matches('"');
            let plain = key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if !key.is_empty() && plain {
                return key.to_string();
            }
        }
    }
    String::new()
}

fn read(path: &Path) -> Result<String, Diagnostic> {
    fs::read_to_string(path).map_err(|e| {
        Diagnostic::file(
            path,
            "",
            format!("cannot read the file: {e}"),
            "check that the file exists, is readable and is UTF-8",
        )
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPublication {
    base_url: Spanned<String>,
    id_since: Spanned<toml::value::Datetime>,
    provider: Spanned<String>,
    publisher: Spanned<String>,
    locales: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    channels: Vec<RawChannel>,
    #[serde(default)]
    formats: BTreeMap<Spanned<String>, RawFormat>,
    feed_max_items: Option<Spanned<toml::Value>>,
    feed_max_bytes: Option<Spanned<toml::Value>>,
    websub_hub: Option<Spanned<String>>,
    outputs: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFormat {
    locale: Option<Spanned<String>>,
    calendar: Option<Spanned<String>>,
    digits: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChannel {
    id: Spanned<String>,
    #[serde(default)]
    subjects: Vec<Spanned<String>>,
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
    #[serde(default)]
    issuers: Vec<Spanned<String>>,
}

/// Loads `feeds/silkwire.toml` under `root`.
pub fn load_publication(root: &Path) -> Result<Publication, Diagnostics> {
    let path = root.join(PUBLICATION_FILE);
    let text = read(&path)?;
    let src = Source {
        path: &path,
        text: &text,
    };
    let raw: RawPublication = toml::from_str(&text).map_err(|e| src.toml_error(&e))?;
    let mut diags = Diagnostics::default();

    let base_url = match Url::parse(raw.base_url.get_ref()) {
        Ok(u) if u.scheme() == "https" && u.domain().is_some() => {
            if !u.path().ends_with('/') || u.query().is_some() || u.fragment().is_some() {
                diags.push(src.diag(
                    &raw.base_url,
                    "base_url",
                    format!("\"{u}\" must end with `/` and have no query or fragment"),
                    "write the folder URL that serves dist/, e.g. https://news.example.com/",
                ));
            }
            Some(u)
        }
        Ok(u) => {
            diags.push(src.diag(
                &raw.base_url,
                "base_url",
                format!("\"{u}\" is not an https URL with a domain name"),
                "use an absolute https URL, e.g. https://news.example.com/",
            ));
            None
        }
        Err(e) => {
            diags.push(src.diag(
                &raw.base_url,
                "base_url",
                format!(
                    "\"{}\" is not an absolute URL ({e})",
                    raw.base_url.get_ref()
                ),
                "use an absolute https URL, e.g. https://news.example.com/",
            ));
            None
        }
    };

    let id_since = match toml_date(raw.id_since.get_ref()) {
        Some(d) => Some(d),
        None => {
            diags.push(src.diag(
                &raw.id_since,
                "id_since",
                format!("\"{}\" is not a plain date", raw.id_since.get_ref()),
                "write a date on which you owned the base URL's domain, e.g. id_since = 2023-01-01",
            ));
            None
        }
    };

    let provider = src.located(&raw.provider);
    let publisher = src.located(&raw.publisher);
    for (v, field) in [(&raw.provider, "provider"), (&raw.publisher, "publisher")] {
        check_slug(&src, v, field, &mut diags);
    }

    if raw.locales.get_ref().is_empty() {
        diags.push(src.diag(
            &raw.locales,
            "locales",
            "no target locale is listed",
            "list at least one, e.g. locales = [\"en\", \"zh-Hans\"]",
        ));
    }
    let mut locales: Vec<Located<String>> = Vec::new();
    for l in raw.locales.get_ref() {
        if locales.iter().any(|x| x.value == *l.get_ref()) {
            diags.push(src.diag(
                l,
                "locales",
                format!("\"{}\" is listed twice", l.get_ref()),
                "remove the second entry",
            ));
        } else {
            locales.push(src.located(l));
        }
    }

    let mut channels = vec![Channel {
        id: Channel::ALL.to_string(),
        origin: None,
        subjects: vec![],
        keywords: vec![],
        issuers: vec![],
    }];
    for c in &raw.channels {
        check_slug(&src, &c.id, "channels.id", &mut diags);
        if c.id.get_ref() == Channel::ALL {
            diags.push(src.diag(
                &c.id,
                "channels.id",
                "the channel `all` always exists and cannot be redefined",
                "give this channel another id",
            ));
        } else if channels.iter().any(|x| x.id == *c.id.get_ref()) {
            diags.push(src.diag(
                &c.id,
                "channels.id",
                format!("channel \"{}\" is defined twice", c.id.get_ref()),
                "give each channel a unique id",
            ));
        }
        if c.subjects.is_empty() && c.keywords.is_empty() && c.issuers.is_empty() {
            diags.push(src.diag(
                &c.id,
                "channels",
                format!("channel \"{}\" has no filter", c.id.get_ref()),
                "add subjects, keywords or issuers (the channel `all` already holds every release)",
            ));
        }
        for s in &c.subjects {
            check_qcode(&src, s, "channels.subjects", &mut diags);
        }
        for k in &c.keywords {
            check_slug(&src, k, "channels.keywords", &mut diags);
        }
        for i in &c.issuers {
            check_slug(&src, i, "channels.issuers", &mut diags);
        }
        let located = |v: &[Spanned<String>]| v.iter().map(|s| src.located(s)).collect();
        channels.push(Channel {
            id: c.id.get_ref().clone(),
            origin: Some(src.origin(c.id.span().start)),
            subjects: located(&c.subjects),
            keywords: located(&c.keywords),
            issuers: located(&c.issuers),
        });
    }

    let mut formats = Vec::new();
    for (locale, f) in &raw.formats {
        let calendar = f.calendar.as_ref().and_then(|c| {
            let value = match c.get_ref().as_str() {
                "gregorian" => Calendar::Gregorian,
                "buddhist" => Calendar::Buddhist,
                other => {
                    diags.push(src.diag(
                        c,
                        "formats.calendar",
                        format!("unknown calendar \"{other}\""),
                        "use \"gregorian\" or \"buddhist\"",
                    ));
                    return None;
                }
            };
            Some(Located {
                value,
                origin: src.origin(c.span().start),
            })
        });
        let digits = f.digits.as_ref().and_then(|d| {
            let value = match d.get_ref().as_str() {
                "latin" => Digits::Latin,
                "native" => Digits::Native,
                other => {
                    diags.push(src.diag(
                        d,
                        "formats.digits",
                        format!("unknown digits \"{other}\""),
                        "use \"latin\" (0-9) or \"native\" (the script's own digits)",
                    ));
                    return None;
                }
            };
            Some(Located {
                value,
                origin: src.origin(d.span().start),
            })
        });
        formats.push(LocaleFormat {
            locale: src.located(locale),
            format_locale: f.locale.as_ref().map(|l| src.located(l)),
            calendar,
            digits,
        });
    }

    // In the order the file has them, so a repeated section is the later one.
    formats.sort_by_key(|f| (f.locale.origin.line, f.locale.origin.column));

    let websub_hub = raw.websub_hub.as_ref().and_then(|h| match Url::parse(h.get_ref()) {
        Ok(u) if u.scheme() == "https" && u.host_str().is_some() => Some(u),
        _ => {
            diags.push(src.diag(
                h,
                "websub_hub",
                format!("\"{}\" is not an https URL", h.get_ref()),
                "write the hub's https URL, e.g. websub_hub = \"https://pubsubhubbub.appspot.com/\"",
            ));
            None
        }
    });
    let feed_max_items = limit(
        &src,
        raw.feed_max_items.as_ref(),
        "feed_max_items",
        Publication::DEFAULT_FEED_MAX_ITEMS,
        &mut diags,
    );
    let feed_max_bytes = limit(
        &src,
        raw.feed_max_bytes.as_ref(),
        "feed_max_bytes",
        Publication::DEFAULT_FEED_MAX_BYTES,
        &mut diags,
    );

    let outputs = match &raw.outputs {
        None => Outputs::ALL,
        Some(list) => {
            let mut outputs = Outputs::NONE;
            for o in list.get_ref() {
                if !outputs.enable(o.get_ref()) {
                    diags.push(src.diag(
                        o,
                        "outputs",
                        format!("\"{}\" is not a kind of output", o.get_ref()),
                        format!("use some of: {}", Outputs::NAMES.join(", ")),
                    ));
                }
            }
            if list.get_ref().is_empty() {
                diags.push(src.diag(
                    list,
                    "outputs",
                    "the build would write nothing",
                    format!(
                        "list what to write, from: {} (or remove the key for all of them)",
                        Outputs::NAMES.join(", ")
                    ),
                ));
            }
            outputs
        }
    };

    match (base_url, id_since) {
        (Some(base_url), Some(id_since)) if diags.is_empty() => Ok(Publication {
            outputs,
            path: path.clone(),
            base_url,
            id_since,
            provider,
            publisher,
            locales,
            channels,
            formats,
            feed_max_items,
            feed_max_bytes,
            websub_hub,
        }),
        _ => Err(diags),
    }
}

fn toml_date(d: &toml::value::Datetime) -> Option<NaiveDate> {
    match (d.date, d.time, d.offset) {
        (Some(date), None, None) => {
            NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
        }
        _ => None,
    }
}

/// True for a slug as ids, keys and file names use it: lower-case ASCII letters and digits in
/// parts joined by single hyphens, at most 80 bytes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn check_slug(src: &Source<'_>, v: &Spanned<String>, field: &str, diags: &mut Diagnostics) {
    if !is_slug(v.get_ref()) {
        diags.push(src.diag(
            v,
            field,
            format!(
                "\"{}\" is not a slug (lowercase ASCII letters and digits, words joined by single hyphens)",
                v.get_ref()
            ),
            format!("use a slug such as `{}`", slug_example(field, v.get_ref())),
        ));
    }
}

/// A slug to suggest for `field`: the value made into a slug when that works, else a typical one.
fn slug_example(field: &str, value: &str) -> String {
    let mut slug = String::new();
    for c in value.trim().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if is_slug(&slug) {
        return slug;
    }
    match field {
        "place" => "beijing",
        "keywords" | "channels.keywords" => "new-energy-vehicles",
        "photos.id" => "production-line",
        "channels.id" => "asean-trade",
        "id" => "qingxiu-nev-cluster",
        _ => "xinhua-silk-road",
    }
    .to_string()
}

fn check_qcode(src: &Source<'_>, v: &Spanned<String>, field: &str, diags: &mut Diagnostics) {
    let s = v.get_ref();
    let ok = s
        .strip_prefix("medtop:")
        .is_some_and(|code| code.len() == 8 && code.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        diags.push(src.diag(
            v,
            field,
            format!("\"{s}\" is not an IPTC Media Topic qcode"),
            "write `medtop:` and the eight-digit code, e.g. medtop:20000296 (automotive)",
        ));
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelease {
    id: Spanned<String>,
    source_locale: Spanned<String>,
    published: Spanned<toml::Value>,
    issuer: Spanned<String>,
    distributor: Spanned<String>,
    original_link: Spanned<String>,
    slugline: Spanned<String>,
    place: Spanned<String>,
    subjects: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
    #[serde(default)]
    photos: Vec<RawPhoto>,
    embargo: Option<Spanned<toml::Value>>,
    #[serde(default)]
    updates: Vec<RawUpdate>,
    withdrawn: Option<RawWithdrawal>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUpdate {
    time: Spanned<toml::Value>,
    kind: Spanned<String>,
    note: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWithdrawal {
    time: Spanned<toml::Value>,
    note: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhoto {
    id: Spanned<String>,
    url: Spanned<String>,
    media_type: Spanned<String>,
    width: Spanned<u32>,
    height: Spanned<u32>,
    length: Spanned<u64>,
    credit: Spanned<String>,
    after_paragraph: Spanned<usize>,
}

/// Loads every `feeds/releases/*.toml` under `root`, sorted by id.
pub fn load_releases(root: &Path) -> Result<Vec<Release>, Diagnostics> {
    let (paths, mut diags) = toml_files(
        &root.join(RELEASES_DIR),
        "releases folder",
        "create feeds/releases/ with one <release-id>.toml per release",
        "feeds/releases/ holds only release files, named <id>.toml",
        "rename it to end in .toml (lower case) if it is a release, or move it elsewhere",
    )?;
    let mut releases = Vec::new();
    for p in paths {
        match load_release(&p) {
            Ok(r) => releases.push(r),
            Err(d) => diags.0.extend(d.0),
        }
    }
    diags.into_result(releases)
}

/// Loads and validates one release file.
pub fn load_release(path: &Path) -> Result<Release, Diagnostics> {
    let text = read(path)?;
    let src = Source { path, text: &text };
    let raw: RawRelease = toml::from_str(&text).map_err(|e| src.toml_error(&e))?;
    let mut diags = Diagnostics::default();

    check_slug(&src, &raw.id, "id", &mut diags);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if raw.id.get_ref() != stem {
        diags.push(src.diag(
            &raw.id,
            "id",
            format!(
                "the id \"{}\" differs from the file name \"{stem}.toml\"",
                raw.id.get_ref()
            ),
            if is_slug(stem) {
                format!(
                    "name the file {}.toml, or set id = \"{stem}\"",
                    raw.id.get_ref()
                )
            } else {
                format!(
                    "name the file after the id: {}.toml (ids and file names are slugs)",
                    raw.id.get_ref()
                )
            },
        ));
    }

    let published = timestamp(&src, &raw.published, "published", &mut diags);
    let embargo = raw
        .embargo
        .as_ref()
        .and_then(|e| timestamp(&src, e, "embargo", &mut diags));

    // Updates: after publication, in time order, each with a note in the release's text.
    let mut updates = Vec::new();
    let mut last: Option<(Timestamp, &Spanned<toml::Value>)> = None;
    for u in &raw.updates {
        let time = timestamp(&src, &u.time, "updates.time", &mut diags);
        let kind = match u.kind.get_ref().as_str() {
            "update" => Some(UpdateKind::Update),
            "correction" => Some(UpdateKind::Correction),
            other => {
                diags.push(src.diag(
                    &u.kind,
                    "updates.kind",
                    format!("unknown kind \"{other}\""),
                    "use \"update\" (new information) or \"correction\" (a mistake put right)",
                ));
                None
            }
        };
        check_message_id(&src, &u.note, "updates.note", &mut diags);
        if let Some(t) = time {
            if let Some(p) = published.filter(|p| t <= *p) {
                diags.push(src.diag(
                    &u.time,
                    "updates.time",
                    format!(
                        "{} is not after the release was published ({})",
                        t.to_rfc3339(),
                        p.to_rfc3339()
                    ),
                    "an update comes after publication: correct the time (with its offset)",
                ));
            }
            if let Some((prev, _)) = last.filter(|(prev, _)| t <= *prev) {
                diags.push(src.diag(
                    &u.time,
                    "updates.time",
                    format!(
                        "{} is not after the previous update ({})",
                        t.to_rfc3339(),
                        prev.to_rfc3339()
                    ),
                    "list the updates oldest first, each at its own time",
                ));
            }
            last = Some((t, &u.time));
        }
        if let (Some(time), Some(kind)) = (time, kind) {
            updates.push(Update {
                time,
                kind,
                note: src.located(&u.note),
            });
        }
    }
    let withdrawn = raw.withdrawn.as_ref().and_then(|w| {
        let time = timestamp(&src, &w.time, "withdrawn.time", &mut diags)?;
        check_message_id(&src, &w.note, "withdrawn.note", &mut diags);
        let earliest = last.map(|(t, _)| t).or(published);
        if let Some(e) = earliest.filter(|e| time < *e) {
            diags.push(src.diag(
                &w.time,
                "withdrawn.time",
                format!(
                    "{} is before the release's publication or last update ({})",
                    time.to_rfc3339(),
                    e.to_rfc3339()
                ),
                "a release is withdrawn after it was published and updated: correct the time",
            ));
        }
        if let Some(e) = embargo.filter(|e| time < *e) {
            diags.push(src.diag(
                &w.time,
                "withdrawn.time",
                format!("the release is withdrawn ({}) before its embargo ends ({}): it was never published", time.to_rfc3339(), e.to_rfc3339()),
                "delete the release instead (tell partners who received embargoed copy)",
            ));
        }
        Some(Withdrawal {
            time,
            note: src.located(&w.note),
        })
    });
    if let (Some(e), Some(p), Some(v)) = (embargo, published, raw.embargo.as_ref()) {
        if e > p {
            diags.push(src.diag(
                v,
                "embargo",
                format!("the embargo ends ({}) after the release's date ({}): readers would get it dated in the past, below newer items", e.to_rfc3339(), p.to_rfc3339()),
                "set `published` to the end of the embargo (or later)",
            ));
        }
    }

    for (v, field) in [
        (&raw.issuer, "issuer"),
        (&raw.distributor, "distributor"),
        (&raw.place, "place"),
    ] {
        check_slug(&src, v, field, &mut diags);
    }
    let original_link = absolute_url(&src, &raw.original_link, "original_link", &mut diags);
    let slugline = raw.slugline.get_ref();
    if slugline.is_empty()
        || slugline
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_forbidden(c))
    {
        diags.push(src.diag(
            &raw.slugline,
            "slugline",
            format!(
                "\"{}\" is not a slugline",
                raw.slugline.get_ref().escape_debug()
            ),
            "write words joined by hyphens, e.g. China-Guangxi-NEV-ASEAN",
        ));
    }
    if raw.subjects.get_ref().is_empty() {
        diags.push(src.diag(
            &raw.subjects,
            "subjects",
            "a release needs at least one subject",
            "add an IPTC Media Topic, e.g. subjects = [\"medtop:04000000\"]",
        ));
    }
    for s in raw.subjects.get_ref() {
        check_qcode(&src, s, "subjects", &mut diags);
    }
    for k in &raw.keywords {
        check_slug(&src, k, "keywords", &mut diags);
    }

    let mut photos = Vec::new();
    for p in &raw.photos {
        check_slug(&src, &p.id, "photos.id", &mut diags);
        if photos.iter().any(|x: &Photo| x.id == *p.id.get_ref()) {
            diags.push(src.diag(
                &p.id,
                "photos.id",
                format!("photo \"{}\" is defined twice", p.id.get_ref()),
                "give each photo a unique id",
            ));
        }
        let url = absolute_url(&src, &p.url, "photos.url", &mut diags);
        let mt = p.media_type.get_ref();
        let subtype = mt.strip_prefix("image/").unwrap_or_default();
        let valid_subtype = !subtype.is_empty()
            && subtype
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
        if !valid_subtype {
            diags.push(src.diag(
                &p.media_type,
                "photos.media_type",
                format!("\"{}\" is not an image media type", mt.escape_debug()),
                "write the image's media type, e.g. image/jpeg",
            ));
        }
        for (v, field) in [(&p.width, "photos.width"), (&p.height, "photos.height")] {
            if *v.get_ref() == 0 {
                diags.push(src.diag(v, field, "must be more than 0", "write the size in pixels"));
            }
        }
        if *p.length.get_ref() == 0 {
            diags.push(src.diag(
                &p.length,
                "photos.length",
                "must be more than 0",
                "write the file size in bytes",
            ));
        }
        if *p.after_paragraph.get_ref() == 0 {
            diags.push(src.diag(
                &p.after_paragraph,
                "photos.after_paragraph",
                "paragraphs are numbered from 1",
                "write the number of the body paragraph the photo follows",
            ));
        }
        check_slug(&src, &p.credit, "photos.credit", &mut diags);
        if let Some(url) = url {
            photos.push(Photo {
                id: p.id.get_ref().clone(),
                url,
                media_type: mt.clone(),
                width: *p.width.get_ref(),
                height: *p.height.get_ref(),
                length: *p.length.get_ref(),
                credit: src.located(&p.credit),
                after_paragraph: src.located(&p.after_paragraph),
            });
        }
    }

    match (published, original_link) {
        (Some(published), Some(original_link)) if diags.is_empty() => Ok(Release {
            path: path.to_path_buf(),
            id: raw.id.get_ref().clone(),
            source_locale: src.located(&raw.source_locale),
            published,
            issuer: src.located(&raw.issuer),
            distributor: src.located(&raw.distributor),
            original_link,
            slugline: raw.slugline.get_ref().clone(),
            place: raw.place.get_ref().clone(),
            subjects: raw
                .subjects
                .get_ref()
                .iter()
                .map(|s| src.located(s))
                .collect(),
            keywords: raw.keywords.iter().map(|s| src.located(s)).collect(),
            photos,
            embargo,
            updates,
            withdrawn,
        }),
        _ => Err(diags),
    }
}

/// A limit: a positive integer, or `"unlimited"`; `default` when absent.
fn limit(
    src: &Source<'_>,
    v: Option<&Spanned<toml::Value>>,
    field: &str,
    default: usize,
    diags: &mut Diagnostics,
) -> Option<usize> {
    let Some(v) = v else {
        return Some(default);
    };
    match v.get_ref() {
        toml::Value::String(s) if s == "unlimited" => None,
        toml::Value::Integer(n) if *n > 0 => usize::try_from(*n).ok(),
        _ => {
            diags.push(src.diag(
                v,
                field,
                format!(
                    "expected a positive number or \"unlimited\", found {}",
                    v.get_ref()
                ),
                format!("write e.g. {field} = {default}, or {field} = \"unlimited\""),
            ));
            Some(default)
        }
    }
}

/// A date-time with an explicit offset in field `field`.
fn timestamp(
    src: &Source<'_>,
    v: &Spanned<toml::Value>,
    field: &str,
    diags: &mut Diagnostics,
) -> Option<Timestamp> {
    let text = match v.get_ref() {
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::String(s) => s.clone(),
        other => {
            let key = field.rsplit('.').next().unwrap_or(field);
            diags.push(src.diag(
                v,
                field,
                format!("expected a date-time, found a {}", other.type_str()),
                format!("write e.g. {key} = 2023-09-18T10:00:00+08:00"),
            ));
            return None;
        }
    };
    match parse_rfc3339(&text) {
        Ok(t) => Some(t),
        Err(e) => {
            diags.push(src.diag(v, field, e.to_string(), e.fix()));
            None
        }
    }
}

/// A Fluent message id: a letter, then letters, digits, `-` and `_`.
fn check_message_id(src: &Source<'_>, v: &Spanned<String>, field: &str, diags: &mut Diagnostics) {
    let id = v.get_ref();
    let ok = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok {
        diags.push(src.diag(
            v,
            field,
            format!("\"{id}\" is not a Fluent message id"),
            "name a message of the release's .ftl files, e.g. note = \"correction-figures\"",
        ));
    }
}

fn absolute_url(
    src: &Source<'_>,
    v: &Spanned<String>,
    field: &str,
    diags: &mut Diagnostics,
) -> Option<Url> {
    match Url::parse(v.get_ref()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Some(u),
        Ok(_) => {
            diags.push(src.diag(
                v,
                field,
                format!("\"{}\" is not an http or https URL", v.get_ref()),
                "use an absolute http(s) URL",
            ));
            None
        }
        Err(e) => {
            diags.push(src.diag(
                v,
                field,
                format!("\"{}\" is not an absolute URL ({e})", v.get_ref()),
                "use an absolute URL starting with https://",
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_at_finds_the_key_of_multi_line_arrays() {
        let text = "id = \"x\"\nlocales = [\n    \"en\",\n    7,\n]\n[[photos]]\nwidth = -1\n";
        assert_eq!(key_at(text, text.find('7').unwrap()), "locales");
        assert_eq!(key_at(text, text.find("-1").unwrap()), "width");
        assert_eq!(key_at(text, text.find("[[photos]]").unwrap()), "");
    }

    #[test]
    fn slug_examples_fit_the_field() {
        assert_eq!(slug_example("place", "Qinzhou City"), "qinzhou-city");
        assert_eq!(
            slug_example("keywords", "Shipping lines!"),
            "shipping-lines"
        );
        assert_eq!(slug_example("place", "钦州"), "beijing");
        assert_eq!(slug_example("issuer", ""), "xinhua-silk-road");
    }

    #[test]
    fn slugs() {
        assert!(is_slug("qingxiu-nev-cluster"));
        assert!(is_slug("a1"));
        for bad in ["", "A", "a--b", "-a", "a-", "a_b", "../x", "a/b", "中文"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
