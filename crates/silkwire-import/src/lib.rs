//! From plain text to a Silkwire release: `silkwire import` and `silkwire new`.
//!
//! Releases reach a PR desk as plain text, the way wires print them:
//!
//! ```text
//! Xinhua Silk Road: ASEAN-oriented NEV industry cluster takes shape in Qingxiu, Nanning
//!
//! BEIJING, Sept. 18, 2023 /PRNewswire/ — In recent years, Qingxiu District …
//!
//! The photo shows an NEV production site at Lingli Industrial Park, …
//!
//! The district is turning into a production hub …
//!
//! Original link: https://…
//! ```
//!
//! [`import`] reads such a text: the source prefix of the headline (`Xinhua Silk Road:`) names the
//! issuer, the dateline line gives place, date and distributor and starts the first paragraph, a
//! paragraph that describes the photo (`The photo shows …`) becomes its caption, and trailers
//! (`Original link:`, `View original content:`, `SOURCE …`) fill in the release file. What it cannot
//! place (media contacts, "About" sections, unknown trailers) is kept as a Fluent comment and reported
//! with its line number. The Fluent text is written through fluent-syntax, with braces and line-start
//! syntax quoted, so every paragraph reads back exactly.
//!
//! [`scaffold`] writes an empty release with a comment on every message, for `silkwire new`.
//!
//! ```
//! use silkwire_import::{import, KnownOrg, Options};
//!
//! let text = "Acme: Acme opens a plant in {Hanoi}\n\n\
//!             HANOI, March 4, 2024 /PRNewswire/ -- Acme opened its plant today.\n\n\
//!             * It employs 300 people.\n";
//! let orgs = [KnownOrg { id: "acme".into(), names: vec!["Acme".into()] }];
//! let release = import(text, &Options::new("en"), &orgs).unwrap();
//! assert_eq!(release.id, "acme-opens-a-plant-in-hanoi");
//! assert!(release.toml.contains("issuer = \"acme\""));
//! assert!(release.toml.contains("published = 2024-03-04T12:00:00Z"));
//! // Braces and a leading `*` are quoted so that Fluent gives back the text as written.
//! assert!(release.ftl.contains("headline = Acme opens a plant in { \"{\" }Hanoi{ \"}\" }"));
//! assert!(release.ftl.contains("body-2 = { \"*\" } It employs 300 people."));
//! // PR Newswire is not defined yet: it is created, and the desk is told.
//! assert_eq!(release.new_orgs[0].id, "prnewswire");
//! ```
#![deny(missing_docs)]

use std::fmt::Write as _;

use chrono::NaiveDate;
use silkwire_core::time::Timestamp;

pub mod ftl;

use ftl::Entry;

/// How to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The release id (default: from the headline, for Latin-script headlines).
    pub id: Option<String>,
    /// The canonical tag of the text's language.
    pub locale: String,
    /// The publication time (default: the dateline's date at 12:00 UTC, reported as an assumption).
    pub published: Option<Timestamp>,
    /// The issuer's organisation id, when the text does not name it.
    pub issuer: Option<String>,
}

impl Options {
    /// Defaults for text in `locale` (a canonical tag).
    pub fn new(locale: &str) -> Self {
        Options {
            id: None,
            locale: locale.to_string(),
            published: None,
            issuer: None,
        }
    }
}

/// An organisation the project already defines, with the names it goes by in the text's language
/// (`org-<id>` and its `.dateline`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownOrg {
    /// Its id.
    pub id: String,
    /// Its names.
    pub names: Vec<String>,
}

/// An organisation the text names that the project does not define yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrg {
    /// The id made from its name.
    pub id: String,
    /// Its name as the text gives it.
    pub name: String,
    /// The line it was found on.
    pub line: usize,
}

/// Something the import assumed, or text it could not place, at a line of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// 1-based line of the input.
    pub line: usize,
    /// What happened, and what to do.
    pub message: String,
}

/// The imported release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// Its id.
    pub id: String,
    /// `feeds/releases/<id>.toml`.
    pub toml: String,
    /// `locales/<locale>/releases/<id>.ftl`.
    pub ftl: String,
    /// Organisations to define.
    pub new_orgs: Vec<NewOrg>,
    /// Assumptions and unplaced text.
    pub notes: Vec<Note>,
}

/// Why a text cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct ImportError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

fn error(line: usize, message: impl Into<String>, fix: impl Into<String>) -> ImportError {
    ImportError {
        line,
        column: 1,
        message: message.into(),
        fix: fix.into(),
    }
}

/// A paragraph of the input: its lines joined, and the line it starts on.
#[derive(Debug, Clone)]
struct Block {
    line: usize,
    text: String,
    /// The lines as written.
    raw: Vec<String>,
}

/// Text with its lines normalized: no byte-order mark, `\n` line ends, NFC, no character outputs
/// may not contain.
fn clean(text: &str) -> Result<String, ImportError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.split('\n').enumerate() {
        if let Some((at, c)) = silkwire_core::text::first_forbidden(line) {
            if c == '\t' {
                continue;
            }
            return Err(ImportError {
                line: i + 1,
                column: line[..at].chars().count() + 1,
                message: format!("the text holds {}", silkwire_core::text::describe(c)),
                fix: "remove it (it cannot appear in feeds or wire items), then import again"
                    .into(),
            });
        }
    }
    let nfc = icu::normalizer::ComposingNormalizerBorrowed::new_nfc();
    Ok(nfc.normalize(&text).into_owned().replace('\t', " "))
}

/// Characters written without spaces between them (Chinese, Japanese): a line broken between two
/// of them joins without a space.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}')
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_matches(|c: char| c.is_whitespace() && c != '\u{A0}');
        let line = line.trim_end();
        if line.is_empty() {
            out.extend(current.take());
            continue;
        }
        match &mut current {
            None => {
                current = Some(Block {
                    line: i + 1,
                    text: line.to_string(),
                    raw: vec![line.to_string()],
                })
            }
            Some(b) => {
                b.raw.push(line.to_string());
                let joined_without_space = b.text.chars().last().is_some_and(is_unspaced)
                    && line.chars().next().is_some_and(is_unspaced);
                if !joined_without_space {
                    b.text.push(' ');
                }
                b.text.push_str(line);
            }
        }
    }
    out.extend(current);
    out
}

/// A slug from text: lower-case ASCII letters and digits, words joined by hyphens, at most
/// `words` words; empty when the text has no Latin letters or digits.
pub fn slug(text: &str, words: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "District's" → "districts".
        } else if !word.is_empty() {
            parts.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        parts.push(word);
    }
    parts.truncate(words);
    let mut s = parts.join("-");
    // Ids start with a letter.
    while s.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        s.remove(0);
    }
    s
}

const MONTHS: [(&str, u32); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

/// A dateline date: `Sept. 18, 2023`, `September 18, 2023`, `18 September 2023`, `2023-09-18`,
/// `2023年9月18日`.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim().trim_end_matches(',');
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Some((y, rest)) = s.split_once('年') {
        let (m, rest) = rest.split_once('月')?;
        let d = rest.strip_suffix('日')?;
        return NaiveDate::from_ymd_opt(
            y.trim().parse().ok()?,
            m.trim().parse().ok()?,
            d.trim().parse().ok()?,
        );
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [m, d, y] if month(m).is_some() => {
            NaiveDate::from_ymd_opt(y.parse().ok()?, month(m)?, d.parse().ok()?)
        }
        [d, m, y] if month(m).is_some() => {
            NaiveDate::from_ymd_opt(y.parse().ok()?, month(m)?, d.parse().ok()?)
        }
        _ => None,
    }
}

/// The dashes that separate a dateline from the text: `—`, `–`, `--`, `-`.
fn strip_dash(s: &str) -> Option<&str> {
    let s = s.trim_start();
    for dash in ["--", "—", "–", "-", "―"] {
        if let Some(rest) = s.strip_prefix(dash) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// A dateline line: `PLACE, DATE /DISTRIBUTOR/ — text`.
struct Dateline {
    place: String,
    date: Option<NaiveDate>,
    date_text: String,
    distributor: String,
    rest: String,
}

fn parse_dateline(s: &str) -> Option<Dateline> {
    let open = s.find('/')?;
    let close = open + 1 + s[open + 1..].find('/')?;
    let distributor = s[open + 1..close].trim();
    if distributor.is_empty() || distributor.chars().count() > 40 {
        return None;
    }
    let after = &s[close + 1..];
    let rest = if after.trim().is_empty() {
        ""
    } else {
        strip_dash(after)?
    };
    let head = s[..open].trim();
    // `BEIJING, Sept. 18, 2023` or `北京2023年9月18日`.
    let (place, date_text) = match head.split_once(',') {
        Some((p, d)) => (p.trim(), d.trim()),
        None => {
            let at = head.find(|c: char| c.is_ascii_digit())?;
            (head[..at].trim(), head[at..].trim())
        }
    };
    if place.is_empty() || place.chars().count() > 60 {
        return None;
    }
    Some(Dateline {
        place: place.to_string(),
        date: parse_date(date_text),
        date_text: date_text.to_string(),
        distributor: distributor.to_string(),
        rest: rest.to_string(),
    })
}

/// Words that lead a headline without naming a source.
const NOT_SOURCES: &[&str] = &[
    "update",
    "correction",
    "breaking",
    "exclusive",
    "photo",
    "video",
    "media advisory",
    "advisory",
    "embargoed",
    "feature",
    "interview",
    "opinion",
    "press release",
];

/// A paragraph that describes the photo: its caption.
fn is_caption(s: &str) -> bool {
    let lower = s.to_lowercase();
    [
        "the photo shows",
        "this photo shows",
        "the picture shows",
        "this picture shows",
        "photo shows",
        "photo:",
        "caption:",
        "pictured:",
        "图为",
        "圖為",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// What a trailer line is.
enum Trailer {
    /// `Original link: URL` (URL may be missing).
    Link(Option<String>),
    /// `SOURCE Name` / `Source: Name`.
    Source(String),
    /// `###`, `-30-`: the end of the release text.
    End,
    /// A trailer the model has no place for (contacts, an "About" heading): reported, kept as a comment.
    Unplaced(&'static str),
}

fn first_url(s: &str) -> Option<String> {
    let at = s.find("https://").or_else(|| s.find("http://"))?;
    let url: String = s[at..].chars().take_while(|c| !c.is_whitespace()).collect();
    Some(url.trim_end_matches(['.', ',', ')', ';']).to_string())
}

fn trailer(s: &str) -> Option<Trailer> {
    let lower = s.to_lowercase();
    let t = s.trim();
    if matches!(
        t,
        "###" | "-30-" | "- 30 -" | "-END-" | "- END -" | "(END)" | "END"
    ) {
        return Some(Trailer::End);
    }
    for p in [
        "original link",
        "view original content",
        "original content",
        "原文链接",
        "原文鏈接",
        "原文連結",
    ] {
        if lower.starts_with(p) {
            return Some(Trailer::Link(first_url(s)));
        }
    }
    if let Some(name) = s.strip_prefix("SOURCE ") {
        return Some(Trailer::Source(name.trim().to_string()));
    }
    if lower.starts_with("source:") {
        return Some(Trailer::Source(s[7..].trim().to_string()));
    }
    for (p, what) in [
        ("media contact", "media contacts"),
        ("media contacts", "media contacts"),
        ("press contact", "media contacts"),
        ("contact:", "media contacts"),
        ("contacts:", "media contacts"),
        ("for more information", "media contacts"),
        ("about ", "an \"About\" section"),
        ("disclaimer", "a disclaimer"),
    ] {
        if lower.starts_with(p) && (p != "about " || s.chars().count() < 80) {
            return Some(Trailer::Unplaced(what));
        }
    }
    None
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn find_org<'a>(orgs: &'a [KnownOrg], name: &str) -> Option<&'a KnownOrg> {
    let name = name.trim();
    orgs.iter()
        .find(|o| o.id == name || o.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

/// An org id for `name`: a known organisation's, else a new one (recorded in `new_orgs`).
fn org_id(
    orgs: &[KnownOrg],
    new_orgs: &mut Vec<NewOrg>,
    name: &str,
    line: usize,
) -> Option<String> {
    if let Some(o) = find_org(orgs, name) {
        return Some(o.id.clone());
    }
    let id = slug(name, 6);
    if id.is_empty() {
        return None;
    }
    if !new_orgs.iter().any(|o| o.id == id) {
        new_orgs.push(NewOrg {
            id: id.clone(),
            name: name.trim().to_string(),
            line,
        });
    }
    Some(id)
}

/// True if most letters of `s` are Latin.
fn mostly_latin(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    let latin = letters
        .iter()
        .filter(|c| {
            c.is_ascii_alphabetic() || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
        })
        .count();
    latin * 2 >= letters.len()
}

/// The organisations the project at `root` defines (`feeds/orgs/*.toml`), with their names in
/// `locale`'s `orgs.ftl` (then its language's, then English): `org-<id>` and its `.dateline`.
pub fn known_orgs(root: &std::path::Path, locale: &str) -> Vec<KnownOrg> {
    let ids: Vec<String> = silkwire_core::load::load_orgs(root)
        .map(|orgs| orgs.into_iter().map(|o| o.id).collect())
        .unwrap_or_default();
    let mut folders = vec![locale.to_string()];
    for l in [
        silkwire_l10n::locale::base(locale),
        silkwire_l10n::locale::REFERENCE,
    ] {
        if !folders.iter().any(|f| f == l) {
            folders.push(l.to_string());
        }
    }
    let mut names: Vec<(String, String)> = Vec::new();
    for folder in folders {
        let path = root.join("locales").join(folder).join("orgs.ftl");
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let res = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &res.body {
            let fluent_syntax::ast::Entry::Message(m) = entry else {
                continue;
            };
            let Some(id) = m.id.name.strip_prefix("org-") else {
                continue;
            };
            if !ids.iter().any(|i| i == id) {
                continue;
            }
            if let Some(v) = &m.value {
                names.push((id.to_string(), ftl::plain_text(v).trim().to_string()));
            }
            for a in &m.attributes {
                if a.id.name == "dateline" {
                    names.push((id.to_string(), ftl::plain_text(&a.value).trim().to_string()));
                }
            }
        }
    }
    ids.iter()
        .map(|id| KnownOrg {
            id: id.clone(),
            names: names
                .iter()
                .filter(|(i, n)| i == id && !n.is_empty())
                .map(|(_, n)| n.clone())
                .collect(),
        })
        .collect()
}

/// Imports a plain-text release written in `options.locale`.
pub fn import(text: &str, options: &Options, orgs: &[KnownOrg]) -> Result<Imported, ImportError> {
    let text = clean(text)?;
    let blocks = blocks(&text);
    let Some(first) = blocks.first() else {
        return Err(error(
            1,
            "the text is empty",
            "import a release: its headline, a blank line, the dateline and the paragraphs",
        ));
    };
    let latin_locale = matches!(
        silkwire_l10n::locale::base(&options.locale),
        "en" | "id" | "ms" | "vi" | "fil" | "pt" | "tet"
    );
    let all: String = blocks.iter().map(|b| b.text.as_str()).collect();
    if latin_locale != mostly_latin(&all) {
        return Err(error(
            first.line,
            format!(
                "the text does not look like {} (its letters are mostly in {} script)",
                options.locale,
                if latin_locale { "a non-Latin" } else { "Latin" }
            ),
            "pass --locale with the language the text is written in, e.g. --locale zh-Hans",
        ));
    }
    let mut notes = Vec::new();
    let mut new_orgs = Vec::new();

    // The headline, and its source prefix.
    let mut headline = first.text.clone();
    let mut issuer = options.issuer.clone();
    let prefix = headline
        .split_once(": ")
        .or_else(|| headline.split_once('：'))
        .map(|(p, h)| (p.trim().to_string(), h.trim().to_string()));
    if let Some((p, h)) = prefix {
        let known = find_org(orgs, &p);
        let words = p.split_whitespace().count();
        let looks_like_a_name = words <= 5
            && !NOT_SOURCES.contains(&p.to_lowercase().as_str())
            && p.split_whitespace()
                .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
        if !h.is_empty() && (known.is_some() || looks_like_a_name) {
            headline = h;
            if issuer.is_none() {
                issuer = org_id(orgs, &mut new_orgs, &p, first.line);
            }
            notes.push(Note {
                line: first.line,
                message: format!("\"{p}:\" is taken as the source that issues the release"),
            });
        }
    }

    // The dateline: the first paragraph that reads `PLACE, DATE /DISTRIBUTOR/ — text`.
    let Some((at, dl)) = blocks
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(i, b)| parse_dateline(&b.text).map(|dl| (i, dl)))
    else {
        return Err(error(
            blocks.get(1).map_or(first.line, |b| b.line),
            "no dateline: the first paragraph should start `PLACE, DATE /DISTRIBUTOR/ — `",
            "add the dateline, e.g. `BEIJING, Sept. 18, 2023 /PRNewswire/ — ` before the first paragraph",
        ));
    };
    let dl_block = &blocks[at];
    let mut summary = None;
    for b in &blocks[1..at] {
        if summary.is_none() {
            summary = Some(b.text.clone());
            notes.push(Note {
                line: b.line,
                message:
                    "the paragraph between the headline and the dateline is taken as the summary"
                        .into(),
            });
        } else {
            notes.push(Note {
                line: b.line,
                message: "a second paragraph before the dateline could not be placed: it is kept as a comment".into(),
            });
        }
    }
    let published = match (options.published, dl.date) {
        (Some(p), _) => p,
        (None, Some(date)) => {
            notes.push(Note {
                line: dl_block.line,
                message: format!(
                    "the dateline gives the date ({date}) but no time: published = {date}T12:00:00Z; pass --published with the real time and offset"
                ),
            });
            let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default();
            chrono::DateTime::from_naive_utc_and_offset(
                noon,
                chrono::FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!()),
            )
        }
        (None, None) => {
            return Err(ImportError {
                line: dl_block.line,
                column: dl_block.text.find(&dl.date_text).map_or(1, |i| dl_block.text[..i].chars().count() + 1),
                message: format!("the dateline's date \"{}\" is not one silkwire import reads", dl.date_text),
                fix: "write it as Sept. 18, 2023, 18 September 2023, 2023-09-18 or 2023年9月18日, or pass --published 2023-09-18T10:00:00+08:00".into(),
            });
        }
    };
    let distributor = org_id(orgs, &mut new_orgs, &dl.distributor, dl_block.line);

    // The body, the caption and the trailers.
    // The dateline may stand on its own line, the first paragraph after it.
    let mut paragraphs: Vec<String> = if dl.rest.is_empty() {
        Vec::new()
    } else {
        vec![dl.rest.clone()]
    };
    let mut caption: Option<(String, usize, usize)> = None;
    let mut original_link = None;
    let mut unplaced: Vec<&Block> = Vec::new();
    let mut in_trailer: Option<&'static str> = None;
    for b in &blocks[at + 1..] {
        if let Some(t) = trailer(&b.text) {
            match t {
                Trailer::End => {
                    in_trailer = Some("text after the end mark");
                }
                Trailer::Link(url) => {
                    in_trailer = None;
                    match url {
                        Some(u) => original_link = Some(u),
                        None => notes.push(Note {
                            line: b.line,
                            message: "\"Original link:\" gives no URL: original_link is a placeholder to replace".into(),
                        }),
                    }
                }
                Trailer::Source(name) => {
                    in_trailer = None;
                    if issuer.is_none() {
                        issuer = org_id(orgs, &mut new_orgs, &name, b.line);
                    }
                }
                Trailer::Unplaced(what) => {
                    in_trailer = Some(what);
                    notes.push(Note {
                        line: b.line,
                        message: format!("{what} cannot be placed in a release: kept as a comment; put it in the issuer's feeds/orgs file and orgs.ftl"),
                    });
                    unplaced.push(b);
                }
            }
            continue;
        }
        if let Some(what) = in_trailer {
            if what == "text after the end mark" {
                notes.push(Note {
                    line: b.line,
                    message: "text after the end mark (###) is kept as a comment".into(),
                });
            }
            unplaced.push(b);
            continue;
        }
        if caption.is_none() && is_caption(&b.text) {
            caption = Some((b.text.clone(), paragraphs.len(), b.line));
            continue;
        }
        paragraphs.push(b.text.clone());
    }

    if paragraphs.is_empty() {
        return Err(error(
            dl_block.line,
            "the release has no paragraphs after its dateline",
            "add the text of the release after the dateline",
        ));
    }
    let Some(issuer) = issuer else {
        return Err(error(
            first.line,
            "the text does not say who issues the release (no `Source:` before the headline, no `SOURCE` line)",
            "pass --issuer with the organisation's id (feeds/orgs/<id>.toml)",
        ));
    };
    let Some(distributor) = distributor else {
        return Err(error(
            dl_block.line,
            format!(
                "the distributor \"{}\" has no Latin letters to make an id from",
                dl.distributor
            ),
            "define the organisation in feeds/orgs/ and name it in orgs.ftl, then import again",
        ));
    };
    let id = match &options.id {
        Some(id) => id.clone(),
        None => {
            let id = slug(&headline, 6);
            if id.is_empty() {
                return Err(error(
                    first.line,
                    "the headline has no Latin letters to make the release id from",
                    "pass --id with a slug, e.g. --id qingxiu-nev-cluster",
                ));
            }
            id
        }
    };
    let place_key = {
        let s = slug(&dl.place, 4);
        if s.is_empty() {
            "place".to_string()
        } else {
            s
        }
    };
    let slugline = headline_slugline(&headline, &id);

    // The release file.
    let mut t = String::new();
    let _ = writeln!(
        t,
        "# Imported by `silkwire import`: review every value, then `silkwire build`."
    );
    let _ = writeln!(t);
    let _ = writeln!(t, "id = {}", toml_string(&id));
    let _ = writeln!(t, "source_locale = {}", toml_string(&options.locale));
    if options.published.is_none() {
        let _ = writeln!(
            t,
            "# The text gives no time of day: set the real time and offset."
        );
    }
    let _ = writeln!(
        t,
        "published = {}",
        silkwire_core::time::rfc3339(&published)
    );
    let _ = writeln!(t, "issuer = {}", toml_string(&issuer));
    let _ = writeln!(t, "distributor = {}", toml_string(&distributor));
    let link = match original_link {
        Some(u) => u,
        None => {
            let _ = writeln!(
                t,
                "# PLACEHOLDER: the text gives no URL for the original release."
            );
            format!("https://www.example.com/releases/{id}.html")
        }
    };
    let _ = writeln!(t, "original_link = {}", toml_string(&link));
    let _ = writeln!(t, "slugline = {}", toml_string(&slugline));
    let _ = writeln!(t, "place = {}", toml_string(&place_key));
    let _ = writeln!(
        t,
        "# IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/): review this default."
    );
    let _ = writeln!(
        t,
        "subjects = [\"medtop:04000000\"] # economy, business and finance"
    );
    notes.push(Note {
        line: first.line,
        message: "subjects default to medtop:04000000 (economy, business and finance): set the release's IPTC Media Topics".into(),
    });
    if let Some((_, after, line)) = &caption {
        let _ = writeln!(t);
        let _ = writeln!(
            t,
            "# PLACEHOLDER: the text describes a photo but gives no image: set its URL,"
        );
        let _ = writeln!(t, "# size in pixels and bytes, and credit.");
        let _ = writeln!(t, "[[photos]]");
        let _ = writeln!(t, "id = \"photo-1\"");
        let _ = writeln!(
            t,
            "url = {}",
            toml_string(&format!("https://www.example.com/media/{id}.jpg"))
        );
        let _ = writeln!(t, "media_type = \"image/jpeg\"");
        let _ = writeln!(t, "width = 1200");
        let _ = writeln!(t, "height = 800");
        let _ = writeln!(t, "length = 1");
        let _ = writeln!(t, "credit = {}", toml_string(&issuer));
        let _ = writeln!(t, "after_paragraph = {}", (*after).max(1));
        notes.push(Note {
            line: *line,
            message: "this paragraph is taken as the photo's caption; the text gives no image: fill in [[photos]] (URL, size, credit)".into(),
        });
    }

    // The Fluent file.
    let source_name = orgs
        .iter()
        .find(|o| o.id == issuer)
        .and_then(|o| o.names.first().cloned())
        .or_else(|| {
            new_orgs
                .iter()
                .find(|o| o.id == issuer)
                .map(|o| o.name.clone())
        })
        .unwrap_or_else(|| issuer.clone());
    let mut entries = vec![Entry::File(vec![
        format!(
            "Release {id} (feeds/releases/{id}.toml), source locale {}.",
            options.locale
        ),
        format!(
            "{source_name}, {}, {}; imported from plain text by `silkwire import`.",
            dl.place,
            published.date_naive()
        ),
    ])];
    let msg = |comment: &str, id: &str, value: &str| Entry::Message {
        comment: vec![comment.to_string()],
        id: id.to_string(),
        value: value.to_string(),
        attributes: vec![],
    };
    entries.push(msg(
        "Headline: the feed item title, the page's main heading, the NewsML headline.",
        "headline",
        &headline,
    ));
    if let Some(s) = &summary {
        entries.push(msg(
            "One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.",
            "summary",
            s,
        ));
    }
    entries.push(Entry::Message {
        comment: vec![
            "The place the release was issued from. The value is its name (NewsML \"located\");"
                .into(),
            ".dateline is how the dateline prints it.".into(),
        ],
        id: "place".into(),
        value: title_case_place(&dl.place),
        attributes: vec![("dateline".into(), dl.place.clone())],
    });
    entries.push(Entry::Group(vec![
        "Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one."
            .into(),
    ]));
    for (i, p) in paragraphs.iter().enumerate() {
        entries.push(Entry::Message {
            comment: vec![],
            id: format!("body-{}", i + 1),
            value: p.clone(),
            attributes: vec![],
        });
    }
    if let Some((text, _, _)) = &caption {
        entries.push(Entry::Message {
            comment: vec![
                "Caption of the photo \"photo-1\", shown under it; .alt describes the image for screen readers.".into(),
            ],
            id: "photo-photo-1".into(),
            value: text.clone(),
            attributes: vec![("alt".into(), text.clone())],
        });
        notes.push(Note {
            line: caption.as_ref().map_or(0, |c| c.2),
            message:
                "the photo's .alt repeats its caption: describe the image itself for screen readers"
                    .into(),
        });
    }
    if !unplaced.is_empty() {
        let mut lines = vec!["Not placed by silkwire import (input line: text):".to_string()];
        for b in &unplaced {
            for (i, text) in b.raw.iter().enumerate() {
                lines.push(format!("{}: {text}", b.line + i));
            }
        }
        entries.push(Entry::Comment(lines));
    }
    notes.sort_by_key(|n| n.line);
    Ok(Imported {
        id,
        toml: t,
        ftl: ftl::serialize(&entries),
        new_orgs,
        notes,
    })
}

/// The place's name from its dateline form: `BEIJING` → `Beijing`, `KUALA LUMPUR` → `Kuala Lumpur`;
/// other forms are kept.
fn title_case_place(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) || !s.chars().any(|c| c.is_uppercase()) {
        return s.to_string();
    }
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c) => c
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A slugline from the headline's first words (`ASEAN-oriented-NEV-industry-cluster`), else the id.
fn headline_slugline(headline: &str, id: &str) -> String {
    let words: Vec<String> = headline
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_string)
        .collect();
    if words.is_empty() || !mostly_latin(headline) {
        id.to_string()
    } else {
        words.join("-")
    }
}

/// A new release for `silkwire new`: the release file and the source-locale Fluent file, every
/// message commented, placeholders marked `TODO` (listed in the returned placeholders).
pub fn scaffold(id: &str, locale: &str, now: &Timestamp, publisher: &str) -> Scaffold {
    let mut t = String::new();
    let _ = writeln!(
        t,
        "# Release {id}: written with `silkwire new`. Replace every TODO, then run"
    );
    let _ = writeln!(
        t,
        "# `silkwire check` and `silkwire build`. README.md lists every field."
    );
    let _ = writeln!(t);
    let _ = writeln!(t, "id = {}", toml_string(id));
    let _ = writeln!(
        t,
        "# The language the release is written in: the reference for its translations."
    );
    let _ = writeln!(t, "source_locale = {}", toml_string(locale));
    let _ = writeln!(
        t,
        "# When it is (or was) first published, with its offset. Add `embargo = …` to hold it."
    );
    let _ = writeln!(t, "published = {}", silkwire_core::time::rfc3339(now));
    let _ = writeln!(t, "# Organisation ids (feeds/orgs/<id>.toml): who issues it, and the wire that distributes it.");
    let _ = writeln!(t, "issuer = \"todo-issuer\"");
    let _ = writeln!(t, "distributor = {}", toml_string(publisher));
    let _ = writeln!(
        t,
        "# The original release on the issuer's or distributor's site."
    );
    let _ = writeln!(t, "original_link = \"https://www.example.com/TODO\"");
    let _ = writeln!(t, "# Language-neutral slugline: words joined by hyphens.");
    let _ = writeln!(t, "slugline = {}", toml_string(id));
    let _ = writeln!(
        t,
        "# A key for the dateline place (its name is `place` in the .ftl file), e.g. beijing."
    );
    let _ = writeln!(t, "place = \"todo-place\"");
    let _ = writeln!(
        t,
        "# IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/)."
    );
    let _ = writeln!(
        t,
        "subjects = [\"medtop:04000000\"] # economy, business and finance"
    );
    let _ = writeln!(
        t,
        "# Keyword keys, each named by keyword-<key> in the .ftl file."
    );
    let _ = writeln!(t, "keywords = []");
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "# A photo: uncomment and fill in; its caption is photo-<id> in the .ftl file."
    );
    let _ = writeln!(t, "# [[photos]]");
    let _ = writeln!(t, "# id = \"main\"");
    let _ = writeln!(t, "# url = \"https://…/photo.jpg\"");
    let _ = writeln!(t, "# media_type = \"image/jpeg\"");
    let _ = writeln!(t, "# width = 1200");
    let _ = writeln!(t, "# height = 800");
    let _ = writeln!(t, "# length = 245760 # bytes");
    let _ = writeln!(t, "# credit = \"todo-issuer\"");
    let _ = writeln!(t, "# after_paragraph = 1");
    let entries = vec![
        Entry::File(vec![
            format!("Release {id} (feeds/releases/{id}.toml), source locale {locale}."),
            "Replace every TODO. Keep names and figures exact: translators work from this text.".into(),
        ]),
        Entry::Message {
            comment: vec!["Headline: the feed item title, the page's main heading, the NewsML headline.".into()],
            id: "headline".into(),
            value: "TODO the headline".into(),
            attributes: vec![],
        },
        Entry::Message {
            comment: vec!["One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.".into()],
            id: "summary".into(),
            value: "TODO one sentence that sums up the release".into(),
            attributes: vec![],
        },
        Entry::Message {
            comment: vec![
                "The place the release was issued from. The value is its name (NewsML \"located\");".into(),
                ".dateline is how the dateline prints it (English datelines use capitals).".into(),
            ],
            id: "place".into(),
            value: "TODO the place".into(),
            attributes: vec![("dateline".into(), "TODO THE PLACE".into())],
        },
        Entry::Group(vec![
            "Body paragraphs body-1, body-2, … in order, one message each. The dateline is printed".into(),
            "before the first one. Add body-3, body-4, … as needed.".into(),
        ]),
        Entry::Message {
            comment: vec![],
            id: "body-1".into(),
            value: "TODO the first paragraph".into(),
            attributes: vec![],
        },
        Entry::Message {
            comment: vec![],
            id: "body-2".into(),
            value: "TODO the second paragraph".into(),
            attributes: vec![],
        },
    ];
    Scaffold {
        toml: t,
        ftl: ftl::serialize(&entries),
        placeholders: vec![
            (
                "toml",
                "issuer",
                "the issuing organisation's id (define it in feeds/orgs/)",
            ),
            ("toml", "original_link", "the URL of the original release"),
            (
                "toml",
                "place",
                "a key for the dateline place, e.g. beijing",
            ),
            (
                "toml",
                "subjects",
                "the release's IPTC Media Topics (a default is set)",
            ),
            ("ftl", "headline", "the headline"),
            ("ftl", "summary", "a one-sentence summary"),
            (
                "ftl",
                "place",
                "the place's name, and .dateline as datelines print it",
            ),
            ("ftl", "body-1", "the paragraphs, body-1, body-2, …"),
        ],
    }
}

/// What `silkwire new` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scaffold {
    /// `feeds/releases/<id>.toml`.
    pub toml: String,
    /// `locales/<locale>/releases/<id>.ftl`.
    pub ftl: String,
    /// (file: `toml` or `ftl`, field or message, what to write there).
    pub placeholders: Vec<(&'static str, &'static str, &'static str)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_dates() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("Sept. 18, 2023"), d(2023, 9, 18));
        assert_eq!(parse_date("September 18, 2023"), d(2023, 9, 18));
        assert_eq!(parse_date("18 September 2023"), d(2023, 9, 18));
        assert_eq!(parse_date("Jan 2, 2024"), d(2024, 1, 2));
        assert_eq!(parse_date("2023-09-18"), d(2023, 9, 18));
        assert_eq!(parse_date("2023年9月18日"), d(2023, 9, 18));
        assert_eq!(parse_date("Sept. 31, 2023"), None);
        assert_eq!(parse_date("18 กันยายน 2566"), None);
    }

    #[test]
    fn datelines() {
        let dl = parse_dateline("BEIJING, Sept. 18, 2023 /PRNewswire/ — In recent years").unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.distributor.as_str(), dl.rest.as_str()),
            ("BEIJING", "PRNewswire", "In recent years")
        );
        let dl = parse_dateline("北京2023年9月18日 /美通社/ -- 近年来").unwrap();
        assert_eq!((dl.place.as_str(), dl.rest.as_str()), ("北京", "近年来"));
        assert!(parse_dateline("Sales rose 5/6 of the time / says").is_none());
        let dl = parse_dateline("HANOI, March 4, 2024 /PRNewswire/ --").unwrap();
        assert_eq!(dl.rest, "");
        let dl = parse_dateline("HANOI, March 4, 2024 /PRNewswire/").unwrap();
        assert_eq!(dl.rest, "");
    }

    #[test]
    fn a_dateline_on_its_own_line_leads_the_next_paragraph() {
        let text = "Acme: Plant opens\n\nHANOI, March 4, 2024 /PRNewswire/ --\n\nAcme opened a plant.\n\nIt employs 300.\n";
        let orgs = [KnownOrg {
            id: "acme".into(),
            names: vec!["Acme".into()],
        }];
        let r = import(text, &Options::new("en"), &orgs).unwrap();
        assert!(
            r.ftl
                .contains("body-1 = Acme opened a plant.\nbody-2 = It employs 300.\n"),
            "{}",
            r.ftl
        );
    }

    #[test]
    fn every_scaffold_text_is_a_placeholder_check_and_build_refuse() {
        let now = silkwire_core::time::parse_rfc3339("2024-05-01T00:30:00Z").unwrap();
        let s = scaffold("port-opening", "en", &now, "silkwire-newsroom");
        let res = fluent_syntax::parser::parse(s.ftl.as_str()).unwrap();
        let mut values = 0;
        for entry in &res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let texts = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                for p in texts {
                    assert!(
                        silkwire_core::text::is_placeholder(&ftl::plain_text(p)),
                        "{}",
                        m.id.name
                    );
                    values += 1;
                }
            }
        }
        assert_eq!(values, 6);
    }

    #[test]
    fn slugs_and_places() {
        assert_eq!(
            slug("Qingxiu District's NEV cluster, 2023!", 6),
            "qingxiu-districts-nev-cluster-2023"
        );
        assert_eq!(slug("2023: a year", 6), "a-year");
        assert_eq!(slug("青秀区", 6), "");
        assert_eq!(title_case_place("KUALA LUMPUR"), "Kuala Lumpur");
        assert_eq!(title_case_place("Hanoi"), "Hanoi");
    }

    #[test]
    fn hard_wrapped_lines_join_with_a_space_except_between_chinese_characters() {
        let b = blocks("One line\nand the next.\n\n青秀区\n正在打造\n");
        assert_eq!(b[0].text, "One line and the next.");
        assert_eq!(b[1].text, "青秀区正在打造");
        assert_eq!(b[1].line, 4);
    }
}
