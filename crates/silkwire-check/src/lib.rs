//! Translators' tools: `silkwire check` and `silkwire status`.
//!
//! [`check`] reads every Fluent file under `locales/` and compares each translation with its
//! reference: `locales/en/` for Silkwire's strings, the release's source locale for a release's text.
//! Each [`Finding`] has a severity, a stable code, a location (`path:line:col`), the message id and a
//! one-line fix. It finds what compare-locales finds (syntax errors, duplicate ids, missing and
//! obsolete messages and attributes) and what it misses: variables dropped or invented per message,
//! attribute and variant, unresolved references and unknown functions, plural variants the locale
//! never selects (with the CLDR 49 rules the build applies), reference messages without a comment,
//! invisible or illegal characters, text left identical to the source, and translations whose source
//! changed since they were reviewed ([`lock`]). The same pass counts, per locale and per release, what
//! `silkwire status` shows ([`StatusRow`]).
//!
//! ```
//! use std::fs;
//! let root = std::env::temp_dir().join(format!("silkwire-check-doc-{}", std::process::id()));
//! fs::create_dir_all(root.join("locales/en")).unwrap();
//! fs::create_dir_all(root.join("locales/th")).unwrap();
//! fs::write(root.join("locales/en/silkwire.ftl"), "# Greeting; $name is the reader.\nhello = Hello { $name }\n").unwrap();
//! fs::write(root.join("locales/th/silkwire.ftl"), "hello = สวัสดี\n").unwrap();
//! let report = silkwire_check::check(&root, &[]).unwrap();
//! let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
//! assert!(codes.contains(&"variable-dropped"));
//! let f = report.findings.iter().find(|f| f.code == "variable-dropped").unwrap();
//! assert_eq!((f.line, f.column, f.message_id.as_str()), (1, 1, "hello"));
//! # fs::remove_dir_all(&root).unwrap();
//! ```
#![deny(missing_docs)]

mod ftl;
pub mod lock;
pub mod render;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use silkwire_core::diag::line_col;
use silkwire_core::text::{describe, is_forbidden};
use silkwire_l10n::locale::{
    base, canonicalize, info_of, plural_categories, release_chain, REFERENCE,
};

use crate::ftl::{FtlFile, Msg, Pat};
use crate::lock::{fingerprint, Lock, LockError};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Must be fixed: the text is broken, missing or would publish wrongly.
    Error,
    /// Worth a look: obsolete, suspicious or unreviewed text.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code, e.g. `variable-dropped` (the README lists them all).
    pub code: &'static str,
    /// The file.
    pub path: PathBuf,
    /// 1-based line, 0 for the whole file.
    pub line: usize,
    /// 1-based column in characters, 0 for the whole file.
    pub column: usize,
    /// How many characters from `column` the finding covers (for the caret).
    pub width: usize,
    /// The locale folder concerned.
    pub locale: String,
    /// The message id (`id` or `id.attribute`), empty when the finding is about the file.
    pub message_id: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, in one line.
    pub fix: String,
    /// The text of the line, for display.
    pub source_line: Option<String>,
}

/// Counts for one locale and one part of the text (Silkwire's strings, or one release).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusRow {
    /// The locale.
    pub locale: String,
    /// `strings` for Silkwire's strings, else the release id.
    pub part: String,
    /// Messages in the reference.
    pub total: usize,
    /// Reference messages the locale has.
    pub translated: usize,
    /// Reference messages the locale lacks.
    pub missing: usize,
    /// Translated messages whose source changed since their review.
    pub outdated: usize,
    /// Translated messages never recorded as reviewed.
    pub unreviewed: usize,
    /// Messages the reference no longer has.
    pub obsolete: usize,
    /// Messages left identical to the source.
    pub identical: usize,
    /// Error findings in the locale's files of this part.
    pub errors: usize,
}

impl StatusRow {
    /// Translated and up to date, as a share of the reference, in whole percent (rounded down).
    pub fn percent(&self) -> usize {
        (self.translated - self.outdated.min(self.translated))
            .saturating_mul(100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

/// Everything `check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Findings, sorted by file, line, column and code.
    pub findings: Vec<Finding>,
    /// Status per translated locale and part.
    pub status: Vec<StatusRow>,
}

impl Report {
    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Why checking could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// `locales/` cannot be listed.
    #[error("{path}: cannot read the folder: {source}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The review lock is unreadable.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// A release file does not say which locale the release is written in.
    #[error("{path}: cannot tell which locale this release is written in: {problem}")]
    Feeds {
        /// The release file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
    },
}

/// The functions Silkwire registers in every bundle.
const FUNCTIONS: [&str; 2] = ["DATETIME", "NUMBER"];
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
/// `dateline` receives the date whole (`$date`) and in parts: either shape carries the date.
const DATE_PARTS: [&str; 3] = ["day", "month", "year"];

/// A locale folder and its parsed files.
struct Folder {
    tag: String,
    /// Top-level files: Silkwire's strings.
    strings: Vec<FtlFile>,
    /// Release id → its file.
    releases: BTreeMap<String, FtlFile>,
}

struct Ctx<'a> {
    root: &'a Path,
    lock: Lock,
    findings: Vec<Finding>,
    /// The glossary's terms: locale → rendering (lowercase), to exempt names that two languages
    /// write the same (brand names, `Beijing`) from `identical-to-source`.
    glossary: Vec<BTreeMap<String, String>>,
    /// Only these releases' text files are read (`None`: all).
    releases: Option<&'a BTreeSet<String>>,
}

impl Ctx<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        file: &FtlFile,
        offset: Option<usize>,
        width: usize,
        locale: &str,
        message_id: &str,
        message: String,
        fix: String,
    ) {
        let (line, column, source_line) = match offset {
            Some(o) => {
                let (l, c) = line_col(&file.text, o);
                (
                    l,
                    c,
                    file.text
                        .lines()
                        .nth(l.saturating_sub(1))
                        .map(str::to_string),
                )
            }
            None => (0, 0, None),
        };
        self.findings.push(Finding {
            severity,
            code,
            path: file.path.clone(),
            line,
            column,
            width: width.max(1),
            locale: locale.to_string(),
            message_id: message_id.to_string(),
            message,
            fix,
            source_line,
        });
    }

    fn at(&self, file: &FtlFile, offset: usize) -> String {
        let (l, c) = line_col(&file.text, offset);
        format!("{}:{l}:{c}", file.path.display())
    }
}

/// What `feeds/` says about the text: each release's source locale and the target locales.
#[derive(Debug, Default)]
struct Feeds {
    /// Release id → its source locale (canonical).
    sources: BTreeMap<String, String>,
    /// Release files whose source locale could not be read: (path, what is wrong).
    unreadable: Vec<(PathBuf, String)>,
    /// The publication's target locales (canonical), when `feeds/silkwire.toml` says.
    targets: Vec<String>,
}

/// Reads only what checking needs from `feeds/`: `id` and `source_locale` of each release, and the
/// publication's `locales`. The rest of `feeds/` is `silkwire build`'s to check.
fn read_feeds(root: &Path) -> Feeds {
    #[derive(serde::Deserialize)]
    struct Release {
        id: String,
        source_locale: String,
    }
    #[derive(serde::Deserialize)]
    struct Publication {
        #[serde(default)]
        locales: Vec<String>,
    }
    let mut feeds = Feeds::default();
    if let Ok(text) = fs::read_to_string(root.join("feeds/silkwire.toml")) {
        if let Ok(p) = toml::from_str::<Publication>(&text) {
            feeds.targets = p
                .locales
                .iter()
                .filter_map(|l| canonicalize(l).ok())
                .collect();
        }
    }
    let dir = root.join("feeds/releases");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        let parsed = fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str::<Release>(&t).map_err(|e| e.message().to_string()));
        match parsed {
            Ok(r) => match canonicalize(&r.source_locale) {
                Ok(tag) => {
                    feeds.sources.insert(r.id, tag);
                }
                Err(e) => feeds.unreadable.push((path, format!("source_locale: {e}"))),
            },
            Err(e) => feeds.unreadable.push((path, e)),
        }
    }
    feeds
}

fn read_folder(ctx: &mut Ctx<'_>, dir: &Path, tag: &str) -> Result<Folder, CheckError> {
    let list = |d: &Path| -> Result<Vec<PathBuf>, CheckError> {
        let mut files: Vec<PathBuf> = match fs::read_dir(d) {
            Ok(entries) => entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ftl"))
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(source) => {
                return Err(CheckError::Folder {
                    path: d.to_path_buf(),
                    source,
                })
            }
        };
        files.sort();
        Ok(files)
    };
    let read = |ctx: &mut Ctx<'_>, path: PathBuf, rel: String| -> Option<FtlFile> {
        match fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Some(ftl::parse(path, rel, text)),
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    // Located in the file as it is on disk.
                    let mut file = FtlFile::unreadable(path, rel);
                    file.text = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
                    ctx.push(
                        Severity::Error,
                        "encoding",
                        &file,
                        Some(offset),
                        1,
                        tag,
                        "",
                        "the file is not valid UTF-8 here".into(),
                        "save the file as UTF-8".into(),
                    );
                    file.text.clear();
                    Some(file)
                }
            },
            Err(e) => {
                let file = FtlFile::unreadable(path, rel);
                ctx.push(
                    Severity::Error,
                    "encoding",
                    &file,
                    None,
                    1,
                    tag,
                    "",
                    format!("cannot read the file: {e}"),
                    "check that it is a readable file".into(),
                );
                Some(file)
            }
        }
    };
    let mut strings = Vec::new();
    for path in list(dir)? {
        let rel = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        strings.extend(read(ctx, path, rel));
    }
    let mut releases = BTreeMap::new();
    let files = match ctx.releases {
        Some(ids) => ids
            .iter()
            .map(|id| dir.join("releases").join(format!("{id}.ftl")))
            .filter(|p| p.is_file())
            .collect(),
        None => list(&dir.join("releases"))?,
    };
    for path in files {
        let id = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rel = format!("releases/{id}.ftl");
        if let Some(f) = read(ctx, path, rel) {
            releases.insert(id, f);
        }
    }
    Ok(Folder {
        tag: tag.to_string(),
        strings,
        releases,
    })
}

/// Checks every Fluent file under `root/locales/`. `only` limits the findings to these locales
/// (canonical tags; empty for all). The reference locale's own findings (comments) are included when
/// `only` is empty or contains it.
pub fn check(root: &Path, only: &[String]) -> Result<Report, CheckError> {
    check_releases(root, only, None)
}

/// [`check`], reading only the text files of `releases` (`None`: every release's): what the
/// review state of an incremental build needs. Findings about the files it does not read (a
/// missing translation of another release) are not reliable.
fn check_releases(
    root: &Path,
    only: &[String],
    releases: Option<&BTreeSet<String>>,
) -> Result<Report, CheckError> {
    let locales_dir = root.join("locales");
    let mut ctx = Ctx {
        root,
        lock: Lock::default(),
        findings: Vec::new(),
        glossary: glossary_terms(root),
        releases,
    };
    match Lock::load(root) {
        Ok(lock) => ctx.lock = lock,
        Err(LockError::Parse {
            path,
            message,
            offset,
            text,
        }) => {
            // Reported, and every translation counts as unreviewed until the lock is repaired.
            let mut file = FtlFile::unreadable(path, lock::LOCK_FILE.into());
            file.text = text;
            ctx.push(
                Severity::Error,
                "lock-file",
                &file,
                offset,
                1,
                "",
                "",
                format!("the review lock is not valid: {message}"),
                "resolve the merge conflict or the typo (keep the fingerprints of both sides), or delete the file and accept each locale again".into(),
            );
        }
        Err(e) => return Err(e.into()),
    }
    let feeds = read_feeds(root);
    let sources = &feeds.sources;
    for (path, problem) in &feeds.unreadable {
        let file = FtlFile::unreadable(path.clone(), String::new());
        ctx.push(
            Severity::Error,
            "release-file",
            &file,
            None,
            1,
            "",
            "",
            format!("cannot tell which locale this release is written in: {problem}"),
            "correct the file (`silkwire build` says more); until then its translations are not checked".into(),
        );
    }
    let mut names: Vec<String> = match fs::read_dir(&locales_dir) {
        Ok(entries) => entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(source) => {
            return Err(CheckError::Folder {
                path: locales_dir,
                source,
            })
        }
    };
    names.sort();
    let mut folders: BTreeMap<String, Folder> = BTreeMap::new();
    for name in names {
        let dir = locales_dir.join(&name);
        let stub = ftl::parse(dir.clone(), String::new(), String::new());
        match canonicalize(&name) {
            Ok(tag) if info_of(&tag).is_some_and(|i| i.pseudo.is_some()) => ctx.push(
                Severity::Error,
                "locale-folder",
                &stub,
                None,
                1,
                &name,
                "",
                format!("{name} is a pseudo-locale, built from en; it has no folder"),
                format!("remove {}", dir.display()),
            ),
            Ok(tag) if tag != name => ctx.push(
                Severity::Error,
                "locale-folder",
                &stub,
                None,
                1,
                &name,
                "",
                format!("\"{name}\" is not a canonical locale tag; Silkwire looks for {tag}"),
                format!("rename the folder to {tag}"),
            ),
            Ok(tag) => {
                let folder = read_folder(&mut ctx, &dir, &tag)?;
                folders.insert(tag, folder);
            }
            Err(e) => ctx.push(
                Severity::Error,
                "locale-folder",
                &stub,
                None,
                1,
                &name,
                "",
                format!("the folder name {e}"),
                e.fix(),
            ),
        }
    }

    // The reference and every target the publication lists need their folder.
    let mut needed: Vec<&str> = vec![REFERENCE];
    needed.extend(feeds.targets.iter().map(|t| folder_tag(t)));
    needed.dedup();
    for tag in needed {
        if !folders.contains_key(tag) {
            let dir = locales_dir.join(tag);
            let stub = FtlFile::unreadable(dir.clone(), String::new());
            ctx.push(
                Severity::Error,
                "missing-locale",
                &stub,
                None,
                1,
                tag,
                "",
                format!("{tag} has no folder, but feeds/silkwire.toml publishes it (or it is the reference)"),
                format!("create {} with the files of {}", dir.display(), locales_dir.join(REFERENCE).display()),
            );
        }
    }

    let mut status = Vec::new();
    // Every file on its own.
    for folder in folders.values() {
        let strings: Vec<&FtlFile> = folder.strings.iter().collect();
        check_bundle(&mut ctx, &folder.tag, &strings);
        for file in folder.releases.values() {
            check_bundle(&mut ctx, &folder.tag, &[file]);
        }
    }
    // The references: every message has a comment for translators.
    if let Some(en) = folders.get(REFERENCE) {
        for f in &en.strings {
            check_comments(&mut ctx, REFERENCE, f);
        }
    }
    let release_ids: BTreeSet<&String> = folders
        .values()
        .flat_map(|f| f.releases.keys())
        .chain(sources.keys())
        .collect();
    let unknown: BTreeSet<String> = feeds
        .unreadable
        .iter()
        .filter_map(|(p, _)| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    for id in &release_ids {
        let source = sources.get(*id).map_or(REFERENCE, String::as_str);
        match source_file(&folders, source, id) {
            Some(f) => check_comments(&mut ctx, source, f),
            None if sources.contains_key(*id) => {
                let path = locales_dir
                    .join(source)
                    .join("releases")
                    .join(format!("{id}.ftl"));
                let stub = FtlFile::unreadable(path.clone(), format!("releases/{id}.ftl"));
                ctx.push(
                    Severity::Error,
                    "missing-file",
                    &stub,
                    None,
                    1,
                    source,
                    "",
                    format!("release {id} is written in {source}, but has no {source} text"),
                    format!("create {}", path.display()),
                );
            }
            None => {}
        }
    }
    // Every translation against its reference.
    let empty = Folder {
        tag: REFERENCE.into(),
        strings: vec![],
        releases: BTreeMap::new(),
    };
    let reference = folders.get(REFERENCE).unwrap_or(&empty);
    for folder in folders.values() {
        let regional = base(&folder.tag) != folder.tag;
        if folder.tag != REFERENCE {
            let row = compare_part(
                &mut ctx,
                folder,
                &reference.strings,
                &folder.strings,
                regional,
                "strings",
            );
            if !regional {
                status.push(row);
            }
        }
        for id in &release_ids {
            if unknown.contains(id.as_str()) {
                continue;
            }
            let source_tag = sources.get(*id).map_or(REFERENCE, String::as_str);
            if base(source_tag) == base(&folder.tag) {
                continue;
            }
            let Some(source) = source_file(&folders, source_tag, id) else {
                if let Some(t) = folder.releases.get(*id) {
                    ctx.push(
                        Severity::Warning,
                        "obsolete-file",
                        t,
                        None,
                        1,
                        &folder.tag,
                        "",
                        format!(
                            "{} has no source text: locales/{source_tag}/{} does not exist",
                            t.rel, t.rel
                        ),
                        "remove the file if the release is gone, or restore its source text".into(),
                    );
                }
                continue;
            };
            if !sources.contains_key(*id) && !folder.releases.contains_key(*id) {
                continue;
            }
            let theirs = folder
                .releases
                .get(*id)
                .map_or(&[][..], std::slice::from_ref);
            let row = compare_part(
                &mut ctx,
                folder,
                std::slice::from_ref(source),
                theirs,
                regional,
                id,
            );
            if !regional {
                status.push(row);
            }
        }
    }
    let mut findings = ctx.findings;
    if !only.is_empty() {
        findings.retain(|f| only.contains(&f.locale));
    }
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.code, &a.message_id).cmp(&(
            &b.path,
            b.line,
            b.column,
            b.code,
            &b.message_id,
        ))
    });
    findings.dedup();
    if !only.is_empty() {
        status.retain(|r| only.contains(&r.locale));
    }
    // Errors and identical texts per file, counted once.
    let mut per_file: std::collections::HashMap<&Path, (usize, usize)> = Default::default();
    for f in &findings {
        let entry = per_file.entry(f.path.as_path()).or_default();
        if f.severity == Severity::Error {
            entry.0 += 1;
        }
        if f.code == "identical-to-source" {
            entry.1 += 1;
        }
    }
    for row in &mut status {
        let folder = locales_dir.join(&row.locale);
        let files: Vec<PathBuf> = if row.part == "strings" {
            folders
                .get(&row.locale)
                .map(|f| f.strings.iter().map(|s| s.path.clone()).collect())
                .unwrap_or_default()
        } else {
            vec![folder.join("releases").join(format!("{}.ftl", row.part))]
        };
        for file in &files {
            if let Some((errors, identical)) = per_file.get(file.as_path()) {
                row.errors += errors;
                row.identical += identical;
            }
        }
    }
    Ok(Report { findings, status })
}

/// The folder a target's text starts from: its base language (regional folders are optional).
fn folder_tag(target: &str) -> &str {
    base(target)
}

/// A release's text in its source locale, along the source locale's release chain.
fn source_file<'a>(
    folders: &'a BTreeMap<String, Folder>,
    source: &str,
    id: &str,
) -> Option<&'a FtlFile> {
    release_chain(source)
        .iter()
        .find_map(|l| folders.get(l).and_then(|f| f.releases.get(id)))
}

/// The glossary's terms (`locales/glossary.toml`), each as locale → rendering in lower case.
fn glossary_terms(root: &Path) -> Vec<BTreeMap<String, String>> {
    #[derive(serde::Deserialize)]
    struct Glossary {
        #[serde(default)]
        term: Vec<Term>,
    }
    #[derive(serde::Deserialize)]
    struct Term {
        text: BTreeMap<String, String>,
    }
    let Ok(text) = fs::read_to_string(root.join("locales/glossary.toml")) else {
        return Vec::new();
    };
    let Ok(g) = toml::from_str::<Glossary>(&text) else {
        return Vec::new();
    };
    g.term
        .into_iter()
        .map(|t| {
            t.text
                .into_iter()
                .map(|(l, r)| (l, r.to_lowercase()))
                .collect()
        })
        .collect()
}

/// Checks one bundle (the files that resolve together) on its own.
fn check_bundle(ctx: &mut Ctx<'_>, locale: &str, files: &[&FtlFile]) {
    let mut defined: BTreeMap<String, (&FtlFile, &Msg)> = BTreeMap::new();
    for file in files {
        if file.bom {
            ctx.push(
                Severity::Warning,
                "byte-order-mark",
                file,
                Some(0),
                1,
                locale,
                "",
                "the file starts with a byte order mark, which Silkwire ignores".into(),
                "save the file as UTF-8 without BOM".into(),
            );
        }
        check_characters(ctx, locale, file);
        for e in &file.errors {
            let (code, fix) = if e.missing_default {
                (
                    "missing-default-variant",
                    "mark one variant as the default with `*`, e.g. *[other]".to_string(),
                )
            } else {
                (
                    "syntax-error",
                    "correct the Fluent syntax at this position (guide: https://projectfluent.org/fluent/guide/)"
                        .to_string(),
                )
            };
            ctx.push(
                Severity::Error,
                code,
                file,
                Some(e.offset),
                1,
                locale,
                &e.entry,
                format!("Fluent syntax error: {}", e.message),
                fix,
            );
        }
        for m in &file.messages {
            if let Some((first, at)) = defined.get(&m.id) {
                let first_at = ctx.at(first, at.offset);
                ctx.push(
                    Severity::Error,
                    "duplicate-id",
                    file,
                    Some(m.offset),
                    m.id.trim_start_matches('-').chars().count(),
                    locale,
                    &m.id,
                    format!(
                        "`{}` is defined twice (first at {first_at}); the first one is used",
                        m.id
                    ),
                    "remove one definition or give it another id".into(),
                );
            } else {
                defined.insert(m.id.clone(), (file, m));
            }
        }
    }
    let cardinal = plural_categories(locale, false);
    let ordinal = plural_categories(locale, true);
    for file in files {
        for m in &file.messages {
            for (name, pat) in patterns(m) {
                let id = name
                    .as_deref()
                    .map_or(m.id.clone(), |a| format!("{}.{a}", m.id));
                let offset = name
                    .as_ref()
                    .and_then(|a| m.attributes.get(a))
                    .map_or(m.offset, |(o, _)| *o);
                if silkwire_core::text::is_placeholder(&pat.text) {
                    ctx.push(
                        Severity::Error,
                        "placeholder",
                        file,
                        Some(offset),
                        id.chars().count(),
                        locale,
                        &id,
                        format!(
                            "`{id}` is still a placeholder (TODO): it would be published as is"
                        ),
                        "write the text in place of the TODO placeholder".into(),
                    );
                }
                if pat.empty {
                    ctx.push(
                        Severity::Error,
                        "empty-value",
                        file,
                        Some(offset),
                        id.chars().count(),
                        locale,
                        &id,
                        format!("`{id}` is empty: it would publish nothing"),
                        "write the text, or remove the message if it is not needed".into(),
                    );
                }
                for (f, offset) in &pat.functions {
                    if !FUNCTIONS.contains(&f.as_str()) {
                        ctx.push(
                            Severity::Error,
                            "unknown-function",
                            file,
                            Some(*offset),
                            f.chars().count(),
                            locale,
                            &id,
                            format!("`{id}` calls {f}(), which Silkwire does not provide"),
                            "use DATETIME() or NUMBER()".into(),
                        );
                    }
                }
                for (problem, offset) in &pat.bad_options {
                    ctx.push(
                        Severity::Error,
                        "function-option",
                        file,
                        Some(*offset),
                        1,
                        locale,
                        &id,
                        format!("`{id}`: {problem}"),
                        "NUMBER() takes useGrouping: \"false\" and minimumFractionDigits: N (and type: \"ordinal\" in a selector); DATETIME() takes dateStyle: \"full\", \"long\", \"medium\" or \"short\"".into(),
                    );
                }
                for r in &pat.references {
                    let kind = if r.id.starts_with('-') {
                        "term"
                    } else {
                        "message"
                    };
                    let target = defined.get(&r.id).map(|(_, m)| *m);
                    let named = match &r.attribute {
                        Some(a) => format!("{}.{a}", r.id),
                        None => r.id.clone(),
                    };
                    let problem = match (target, &r.attribute) {
                        (None, _) => Some(format!("which {locale} does not define here")),
                        (Some(t), Some(a)) if !t.attributes.contains_key(a) => {
                            Some(format!("which has no attribute .{a}"))
                        }
                        (Some(t), None) if t.value.is_none() => {
                            Some("which has no value (only attributes)".to_string())
                        }
                        _ => None,
                    };
                    if let Some(problem) = problem {
                        ctx.push(
                            Severity::Error,
                            "unresolved-reference",
                            file,
                            Some(r.offset),
                            r.id.chars().count(),
                            locale,
                            &id,
                            format!("`{id}` refers to the {kind} `{named}`, {problem}"),
                            format!(
                                "define `{named}` in this locale's files, or remove the reference"
                            ),
                        );
                    }
                }
                for (key, offset, is_ordinal) in &pat.plural_keys {
                    let categories = if *is_ordinal { &ordinal } else { &cardinal };
                    if CATEGORIES.contains(&key.as_str()) && !categories.contains(&key.as_str()) {
                        ctx.push(
                            Severity::Warning,
                            "plural-category",
                            file,
                            Some(*offset),
                            key.chars().count(),
                            locale,
                            &id,
                            format!(
                                "`[{key}]` is not a plural category of {locale} (it has: {}), so this variant is never used",
                                categories.join(", ")
                            ),
                            format!("remove the variant, or use the categories {}", categories.join(", ")),
                        );
                    }
                }
            }
        }
    }
}

/// The value (`None`) and each attribute (`Some(name)`) of a message.
fn patterns(m: &Msg) -> Vec<(Option<String>, &Pat)> {
    let mut out: Vec<(Option<String>, &Pat)> = m.value.iter().map(|p| (None, p)).collect();
    out.extend(m.attributes.iter().map(|(a, (_, p))| (Some(a.clone()), p)));
    out
}

/// Characters no output may contain, and byte order marks.
fn check_characters(ctx: &mut Ctx<'_>, locale: &str, file: &FtlFile) {
    let text = file.text.clone();
    for (offset, c) in text.char_indices() {
        // A carriage return left after reading Windows line endings is a lone one.
        let bad =
            is_forbidden(c) || c == '\u{FEFF}' || (c.is_control() && !matches!(c, '\n' | '\t'));
        if bad {
            let what = if c == '\u{FEFF}' {
                "a byte order mark (U+FEFF)".to_string()
            } else {
                describe(c)
            };
            ctx.push(
                Severity::Error,
                "forbidden-character",
                file,
                Some(offset),
                1,
                locale,
                &message_at(file, offset),
                format!("{what} in the file"),
                "delete the invisible character (it often comes with text pasted from Word or PDF)"
                    .into(),
            );
        }
    }
}

/// The id of the message whose definition holds `offset`, if any.
fn message_at(file: &FtlFile, offset: usize) -> String {
    file.messages
        .iter()
        .filter(|m| m.offset <= offset)
        .max_by_key(|m| m.offset)
        .map(|m| m.id.clone())
        .unwrap_or_default()
}

/// Reference messages without a comment for translators.
fn check_comments(ctx: &mut Ctx<'_>, locale: &str, file: &FtlFile) {
    for m in &file.messages {
        if !m.commented {
            ctx.push(
                Severity::Warning,
                "missing-comment",
                file,
                Some(m.offset),
                m.id.trim_start_matches('-').chars().count(),
                locale,
                &m.id,
                format!("`{}` has no comment: translators cannot tell where it appears", m.id),
                "add a `# …` comment above it saying where it appears and what its variables mean (or a `## …` group comment for a run of similar messages)".into(),
            );
        }
    }
}

/// The variables a pattern places in its text, with `dateline`'s date parts counted as `$date`.
fn placed(message: &str, pat: &Pat) -> BTreeSet<String> {
    pat.placed
        .iter()
        .map(|v| normalize_var(message, v))
        .collect()
}

/// The variables of a pattern, with `dateline`'s date parts counted as `$date`.
fn variables(message: &str, pat: &Pat) -> BTreeSet<String> {
    pat.vars
        .iter()
        .map(|(v, _)| normalize_var(message, v))
        .collect()
}

fn normalize_var(message: &str, v: &str) -> String {
    if message == "dateline" && (DATE_PARTS.contains(&v) || v == "date") {
        "date".into()
    } else {
        v.to_string()
    }
}

/// Compares a locale's files of one part (Silkwire's strings, or a release) with the reference files.
fn compare_part(
    ctx: &mut Ctx<'_>,
    folder: &Folder,
    reference: &[FtlFile],
    theirs: &[FtlFile],
    regional: bool,
    part: &str,
) -> StatusRow {
    let locale = folder.tag.as_str();
    let mut row = StatusRow {
        locale: locale.to_string(),
        part: part.to_string(),
        total: reference.iter().map(unique_ids).sum(),
        translated: 0,
        missing: 0,
        outdated: 0,
        unreviewed: 0,
        obsolete: 0,
        identical: 0,
        errors: 0,
    };
    let source_locale = reference
        .first()
        .and_then(|f| f.path.parent())
        .map(|p| {
            if part == "strings" {
                p
            } else {
                p.parent().unwrap_or(p)
            }
        })
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| REFERENCE.into());
    for r in reference {
        if r.unreadable {
            continue;
        }
        let Some(t) = theirs.iter().find(|t| t.rel == r.rel) else {
            row.missing += unique_ids(r);
            if !regional {
                let path = folder_path(ctx.root, locale).join(&r.rel);
                let stub = ftl::parse(path.clone(), r.rel.clone(), String::new());
                ctx.push(
                    Severity::Error,
                    "missing-file",
                    &stub,
                    None,
                    1,
                    locale,
                    "",
                    format!(
                        "{locale} has no {} ({} messages to translate)",
                        r.rel,
                        r.messages.len()
                    ),
                    format!(
                        "create {} translated from {}",
                        path.display(),
                        r.path.display()
                    ),
                );
            }
            continue;
        };
        if t.unreadable {
            continue;
        }
        let mut seen = BTreeSet::new();
        for rm in &r.messages {
            // The first definition is the one in force.
            if !seen.insert(rm.id.as_str()) {
                continue;
            }
            let Some(tm) = t.get(&rm.id) else {
                row.missing += 1;
                // A message broken by a syntax error is reported as such, not as missing too.
                let broken = t.errors.iter().any(|e| e.entry == rm.id);
                if !regional && !broken {
                    let from = ctx.at(r, rm.offset);
                    ctx.push(
                        Severity::Error,
                        "missing-message",
                        t,
                        None,
                        1,
                        locale,
                        &rm.id,
                        format!("`{}` is missing", rm.id),
                        format!("translate `{}` from {from}", rm.id),
                    );
                }
                continue;
            };
            row.translated += 1;
            compare_message(ctx, locale, &source_locale, r, rm, t, tm);
            // Review state.
            let current = fingerprint(&rm.canonical);
            match ctx.lock.get(locale, &t.rel, &rm.id) {
                Some(fp) if fp == current => {}
                Some(_) => {
                    row.outdated += 1;
                    let from = ctx.at(r, rm.offset);
                    ctx.push(
                        Severity::Warning,
                        "outdated",
                        t,
                        Some(tm.offset),
                        tm.id.trim_start_matches('-').chars().count(),
                        locale,
                        &tm.id,
                        format!("the source text of `{}` changed after this translation was reviewed", rm.id),
                        format!("compare with {from}, update the translation, then run `silkwire status --accept {locale}`"),
                    );
                }
                None => {
                    row.unreviewed += 1;
                    ctx.push(
                        Severity::Warning,
                        "unreviewed",
                        t,
                        Some(tm.offset),
                        tm.id.trim_start_matches('-').chars().count(),
                        locale,
                        &tm.id,
                        format!("`{}` has never been recorded as reviewed", tm.id),
                        format!("review it, then run `silkwire status --accept {locale}`"),
                    );
                }
            }
        }
        for tm in &t.messages {
            if r.get(&tm.id).is_none() {
                row.obsolete += 1;
                // A paragraph the source does not have: the build leaves this edition out.
                let paragraph = part != "strings" && tm.id.starts_with("body-");
                if paragraph {
                    ctx.push(
                        Severity::Error,
                        "extra-paragraph",
                        t,
                        Some(tm.offset),
                        tm.id.chars().count(),
                        locale,
                        &tm.id,
                        format!(
                            "`{}` has no counterpart in the source ({}): the build leaves this edition out",
                            tm.id,
                            r.path.display()
                        ),
                        "remove it, or renumber the paragraphs as the source has them".into(),
                    );
                    continue;
                }
                ctx.push(
                    Severity::Warning,
                    "obsolete-message",
                    t,
                    Some(tm.offset),
                    tm.id.trim_start_matches('-').chars().count(),
                    locale,
                    &tm.id,
                    format!(
                        "`{}` is not in the source ({}), so it is never used",
                        tm.id,
                        r.path.display()
                    ),
                    "remove it (or rename it to the id the source uses now)".into(),
                );
            }
        }
    }
    for t in theirs {
        if !reference.iter().any(|r| r.rel == t.rel) {
            row.obsolete += t.messages.len();
            ctx.push(
                Severity::Warning,
                "obsolete-file",
                t,
                None,
                1,
                locale,
                "",
                format!(
                    "{} has no counterpart in the source locale {source_locale}",
                    t.rel
                ),
                "remove the file, or add its source".into(),
            );
        }
    }
    row
}

/// The number of distinct message ids of a file.
fn unique_ids(f: &FtlFile) -> usize {
    f.messages
        .iter()
        .map(|m| m.id.as_str())
        .collect::<BTreeSet<_>>()
        .len()
}

#[allow(clippy::too_many_arguments)]
fn compare_message(
    ctx: &mut Ctx<'_>,
    locale: &str,
    source_locale: &str,
    r: &FtlFile,
    rm: &Msg,
    t: &FtlFile,
    tm: &Msg,
) {
    let width = tm.id.trim_start_matches('-').chars().count();
    match (&rm.value, &tm.value) {
        (Some(_), None) => ctx.push(
            Severity::Error,
            "missing-value",
            t,
            Some(tm.offset),
            width,
            locale,
            &tm.id,
            format!(
                "`{}` has attributes but no value; the source has a value",
                tm.id
            ),
            format!("write the value: `{} = …`", tm.id),
        ),
        (None, Some(_)) => ctx.push(
            Severity::Warning,
            "obsolete-value",
            t,
            Some(tm.offset),
            width,
            locale,
            &tm.id,
            format!(
                "`{}` has a value, but the source has only attributes",
                tm.id
            ),
            "remove the value".into(),
        ),
        _ => {}
    }
    for (a, _) in rm.attributes.iter() {
        if !tm.attributes.contains_key(a) {
            let from = ctx.at(r, rm.attributes[a].0);
            ctx.push(
                Severity::Error,
                "missing-attribute",
                t,
                Some(tm.offset),
                width,
                locale,
                &format!("{}.{a}", tm.id),
                format!("`{}.{a}` is missing", tm.id),
                format!("add `.{a} = …` under `{}`, translated from {from}", tm.id),
            );
        }
    }
    for (a, (offset, _)) in &tm.attributes {
        if !rm.attributes.contains_key(a) {
            ctx.push(
                Severity::Warning,
                "obsolete-attribute",
                t,
                Some(*offset),
                a.chars().count(),
                locale,
                &format!("{}.{a}", tm.id),
                format!("`{}.{a}` is not in the source, so it is never used", tm.id),
                format!("remove `.{a}`"),
            );
        }
    }
    // Variables, text identical to the source: per value and per attribute.
    let mut pairs: Vec<(String, usize, &Pat, &Pat)> = Vec::new();
    if let (Some(rp), Some(tp)) = (&rm.value, &tm.value) {
        pairs.push((tm.id.clone(), tm.offset, rp, tp));
    }
    for (a, (_, rp)) in &rm.attributes {
        if let Some((offset, tp)) = tm.attributes.get(a) {
            pairs.push((format!("{}.{a}", tm.id), *offset, rp, tp));
        }
    }
    for (id, offset, rp, tp) in pairs {
        // Every variable the source places in its text must reach the translation's text (being
        // only a selector does not show it); a translation may use no variable the source lacks.
        let wanted = variables(&rm.id, rp);
        let shown = placed(&rm.id, rp);
        let used = placed(&rm.id, tp);
        for v in shown.difference(&used) {
            let shown = if rm.id == "dateline" && v == "date" {
                "{ $date } (or { $day }, { $month } and { $year })".to_string()
            } else {
                format!("{{ ${v} }}")
            };
            ctx.push(
                Severity::Error,
                "variable-dropped",
                t,
                Some(offset),
                id.rsplit('.').next().map_or(1, |s| s.chars().count()),
                locale,
                &id,
                format!("`{id}` drops {shown}, which the {source_locale} text uses"),
                format!("put {shown} where your language needs it"),
            );
        }
        for (v, at) in &tp.vars {
            if !wanted.contains(&normalize_var(&rm.id, v)) {
                ctx.push(
                    Severity::Error,
                    "variable-unknown",
                    t,
                    Some(*at),
                    v.chars().count(),
                    locale,
                    &id,
                    format!("`{id}` uses {{ ${v} }}, which the {source_locale} text does not have"),
                    format!(
                        "use only the variables of the source: {}",
                        list_vars(&wanted)
                    ),
                );
            }
        }
        let exempt = rm.identical_ok || tm.identical_ok || !tp.has_letters || {
            // A name the glossary writes the same in both languages (`Beijing`, a brand).
            let text = tp.text.to_lowercase();
            ctx.glossary.iter().any(|t| {
                t.get(base(locale)) == Some(&text) && t.get(base(source_locale)) == Some(&text)
            })
        };
        if tp.text == rp.text && !exempt && base(locale) != base(source_locale) {
            ctx.push(
                Severity::Warning,
                "identical-to-source",
                t,
                Some(offset),
                id.rsplit('.').next().map_or(1, |s| s.chars().count()),
                locale,
                &id,
                format!("`{id}` is the same as the {source_locale} text: is it translated?"),
                "translate it; if it must stay the same (a brand name), add a comment line `identical-ok: <why>` to the message in the source file".into(),
            );
        }
    }
}

fn list_vars(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "none".into()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn folder_path(root: &Path, locale: &str) -> PathBuf {
    root.join("locales").join(locale)
}

/// Records every message `locale` has translated as reviewed against the current source text, and
/// forgets entries for messages it no longer has. Returns how many messages are recorded.
pub fn accept(root: &Path, locale: &str) -> Result<Accepted, CheckError> {
    let mut lock = Lock::load(root)?;
    let feeds = read_feeds(root);
    if let Some((path, problem)) = feeds.unreadable.first() {
        // Recording against a guessed source would mark the translation reviewed against the wrong text.
        return Err(CheckError::Feeds {
            path: path.clone(),
            problem: problem.clone(),
        });
    }
    let mut ctx = Ctx {
        root,
        lock: Lock::default(),
        findings: Vec::new(),
        glossary: Vec::new(),
        releases: None,
    };
    let mut folders: BTreeMap<String, Folder> = BTreeMap::new();
    let mut wanted: Vec<String> = vec![locale.to_string(), REFERENCE.to_string()];
    for source in feeds.sources.values() {
        wanted.extend(release_chain(source));
    }
    wanted.sort();
    wanted.dedup();
    for tag in wanted {
        let dir = folder_path(root, &tag);
        if dir.is_dir() {
            let folder = read_folder(&mut ctx, &dir, &tag)?;
            folders.insert(tag, folder);
        }
    }
    let empty = Folder {
        tag: locale.to_string(),
        strings: vec![],
        releases: BTreeMap::new(),
    };
    let mine = folders.get(locale).unwrap_or(&empty);
    let mut entries: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut record = |r: &FtlFile, t: &FtlFile| {
        for tm in &t.messages {
            if let Some(rm) = r.get(&tm.id) {
                entries
                    .entry(t.rel.clone())
                    .or_default()
                    .insert(tm.id.clone(), fingerprint(&rm.canonical));
            }
        }
    };
    if locale != REFERENCE {
        if let Some(en) = folders.get(REFERENCE) {
            for t in &mine.strings {
                if let Some(r) = en.strings.iter().find(|r| r.rel == t.rel) {
                    record(r, t);
                }
            }
        }
    }
    for (id, t) in &mine.releases {
        let source = feeds.sources.get(id).map_or(REFERENCE, String::as_str);
        if base(source) == base(locale) {
            continue;
        }
        if let Some(r) = source_file(&folders, source, id) {
            record(r, t);
        }
    }
    let messages = entries.values().map(BTreeMap::len).sum();
    if entries.is_empty() {
        lock.entries.remove(locale);
    } else {
        lock.entries.insert(locale.to_string(), entries);
    }
    lock.save(root)?;
    // What a translator should still look at: the locale's own errors.
    let errors = check(root, &[locale.to_string()])?
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    Ok(Accepted { messages, errors })
}

/// What [`accept`] recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepted {
    /// Messages recorded as reviewed.
    pub messages: usize,
    /// Errors `check` still finds in the locale (accepted all the same; fix them).
    pub errors: usize,
}

/// A translated message whose source changed since its review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outdated {
    /// The locale folder.
    pub locale: String,
    /// The file inside the locale folder (`releases/<id>.ftl` for a release).
    pub file: String,
    /// The message id.
    pub id: String,
    /// The translation's file.
    pub path: PathBuf,
    /// Its line.
    pub line: usize,
    /// Its column.
    pub column: usize,
}

/// The review state of a project's translations, for `silkwire build`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewState {
    /// Every outdated translation.
    pub outdated: Vec<Outdated>,
    /// Why the review lock could not be read, if it could not (then nothing counts as outdated).
    pub lock_problem: Option<String>,
}

/// The outdated translations of the project (see [`lock`]).
pub fn review_state(root: &Path) -> Result<ReviewState, CheckError> {
    review_state_of(root, None)
}

/// [`review_state`] of `releases`' text files only (`None`: every release's), for a build that
/// localizes just those.
pub fn review_state_of(
    root: &Path,
    releases: Option<&BTreeSet<String>>,
) -> Result<ReviewState, CheckError> {
    // Only a translation with a lock entry can be outdated: check just the locales the lock names
    // (none at all for an empty lock). A lock that does not parse is reported by the full check.
    let only: Vec<String> = match Lock::load(root) {
        Ok(lock) if lock.entries.is_empty() => return Ok(ReviewState::default()),
        Ok(lock) => lock.entries.keys().cloned().collect(),
        Err(_) => Vec::new(),
    };
    let report = check_releases(root, &only, releases)?;
    let mut state = ReviewState::default();
    for f in report.findings {
        match f.code {
            "outdated" => {
                let prefix = root.join("locales").join(&f.locale);
                let file = f
                    .path
                    .strip_prefix(&prefix)
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_default();
                state.outdated.push(Outdated {
                    locale: f.locale,
                    file,
                    id: f.message_id,
                    path: f.path,
                    line: f.line,
                    column: f.column,
                });
            }
            "lock-file" => {
                state.lock_problem = Some(format!(
                    "{}:{}:{}: {}",
                    f.path.display(),
                    f.line,
                    f.column,
                    f.message
                ))
            }
            _ => {}
        }
    }
    Ok(state)
}
