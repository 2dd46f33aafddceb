//! Checks a built tree (`silkwire validate DIR`) so a PR team can gate a deploy on it.
//!
//! The checks run in-process on the files as written: the RSS 2.0 and Atom 1.0 rules that the W3C
//! Feed Validation Service applies (well-formed UTF-8 XML, required elements, RFC 822 and RFC 3339
//! dates with English names and numeric offsets, absolute ASCII URLs in RSS, guids and `tag:` ids,
//! one XHTML `div`, language tags), the JSON Feed 1.1 and NewsML-G2 essentials, and the bug classes
//! feed generators ship that can be seen in output (control and bidi characters, out-of-range
//! character references, BOMs, feeds out of order or too large, ids shared across languages, links
//! to files that do not exist). [`RULES`] lists every rule with its code.
//!
//! ```
//! let dir = std::env::temp_dir().join(format!("silkwire-validate-doc-{}", std::process::id()));
//! std::fs::create_dir_all(dir.join("en")).unwrap();
//! std::fs::write(
//!     dir.join("en/rss.xml"),
//!     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>T</title></channel></rss>\n",
//! ).unwrap();
//! let problems = silkwire_validate::validate(&dir).unwrap();
//! assert!(problems.iter().any(|p| p.rule == "rss-structure" && p.message.contains("description")));
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike};
use roxmltree::{Document, Node, ParsingOptions};
use silkwire_core::text::{describe, is_forbidden};

/// A rule of `silkwire validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Its stable code.
    pub code: &'static str,
    /// What it checks.
    pub summary: &'static str,
}

/// Every rule, in the order they are checked.
pub const RULES: &[Rule] = &[
    Rule { code: "encoding", summary: "XML files are UTF-8 without a byte order mark and start with <?xml version=\"1.0\" encoding=\"utf-8\"?>; pages start with <!DOCTYPE html>" },
    Rule { code: "characters", summary: "no character XML 1.0 forbids, no C1 control, U+FFFD, noncharacter or bidi control, raw or as a character reference" },
    Rule { code: "well-formed", summary: "every XML and HTML file is well-formed XML; every JSON file parses" },
    Rule { code: "rss-structure", summary: "RSS 2.0 with one channel holding title, link, description, language and an atom:link rel=\"self\" to its own URL; every item has title and description, description before content:encoded" },
    Rule { code: "rss-date", summary: "pubDate and lastBuildDate are RFC 822 with English names, a four-digit year, a numeric offset or GMT, and the right day of the week" },
    Rule { code: "guid", summary: "every RSS item has a non-empty guid, unique in its feed; a guid that is not an absolute URL says isPermaLink=\"false\"" },
    Rule { code: "url", summary: "links in feeds and pages are absolute http(s) URLs; RSS URLs are ASCII (IRIs percent-encoded); no spaces or encoded schemes" },
    Rule { code: "language", summary: "every <language>, xml:lang, lang, hreflang and NewsML language is a canonical BCP 47 tag Silkwire supports" },
    Rule { code: "atom-structure", summary: "an Atom feed has id, title, updated, author and a self link; every entry has id, title, updated, and content or an alternate link, no two alternates of the same type and hreflang, and xhtml content in exactly one div" },
    Rule { code: "atom-id", summary: "Atom ids are tag: URIs (authority, date, specific part) or absolute URIs, unique in their feed" },
    Rule { code: "atom-date", summary: "Atom and NewsML dates are RFC 3339 with an upper-case T and an explicit offset" },
    Rule { code: "order", summary: "feed items are newest first" },
    Rule { code: "json-feed", summary: "JSON Feed 1.1: version, title, feed_url, language, and items with unique ids, urls and RFC 3339 dates" },
    Rule { code: "newsml", summary: "NewsML-G2 items have a guid, a positive version, itemClass, provider and versionCreated" },
    Rule { code: "links", summary: "every link under the publication's base URL leads to a file of the tree; every NewsML residref names an item of the tree" },
    Rule { code: "ids-per-language", summary: "an entry id or guid belongs to one language: the same id never appears in two languages' feeds" },
    Rule { code: "size", summary: "feed files are under 2,000,000 bytes" },
];

/// A rule broken somewhere in the tree.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file, relative to the tree.
    pub path: String,
    /// The rule's code.
    pub rule: &'static str,
    /// What is wrong.
    pub message: String,
}

/// Why the tree could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    /// The folder cannot be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The folder or file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

const RSS_MAX_BYTES: usize = 2_000_000;
const ATOM: &str = "http://www.w3.org/2005/Atom";
const CONTENT: &str = "http://purl.org/rss/1.0/modules/content/";
const XHTML: &str = "http://www.w3.org/1999/xhtml";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
const NAR: &str = "http://iptc.org/std/nar/2006-10-01/";

struct Ctx {
    problems: Vec<Problem>,
    /// Every file of the tree, relative.
    files: BTreeSet<String>,
    /// Every NewsML guid of the tree.
    guids: BTreeSet<String>,
    /// Entry id or guid → the language whose feed has it.
    ids: BTreeMap<String, (String, String)>,
    /// The publication's base URL, as the feeds' self links show it.
    base: Option<String>,
}

impl Ctx {
    fn push(&mut self, path: &str, rule: &'static str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            rule,
            message: message.into(),
        });
    }
}

fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), ValidateError> {
    let entries = fs::read_dir(dir).map_err(|source| ValidateError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        let path = e.path();
        if path.is_dir() {
            walk(&path, &rel, out)?;
        } else {
            out.push(rel);
        }
    }
    Ok(())
}

/// Checks every file under `dir` and returns the problems found, sorted by file and rule.
pub fn validate(dir: &Path) -> Result<Vec<Problem>, ValidateError> {
    let mut files = Vec::new();
    walk(dir, "", &mut files)?;
    files.sort();
    let mut ctx = Ctx {
        problems: Vec::new(),
        files: files.iter().cloned().collect(),
        guids: BTreeSet::new(),
        ids: BTreeMap::new(),
        base: None,
    };
    let mut texts: Vec<(String, String)> = Vec::new();
    for rel in &files {
        let bytes = fs::read(dir.join(rel)).map_err(|source| ValidateError::Read {
            path: dir.join(rel),
            source,
        })?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                ctx.push(
                    rel,
                    "encoding",
                    format!("not UTF-8 (at byte {})", e.utf8_error().valid_up_to()),
                );
                continue;
            }
        };
        // The base URL: what an RSS self link says, minus the file's own path.
        if rel.ends_with("rss.xml") && ctx.base.is_none() {
            if let Some(href) = text
                .split("rel=\"self\"")
                .next()
                .and_then(|before| before.rsplit("href=\"").next())
                .and_then(|h| h.split('"').next())
            {
                if let Some(base) = href.strip_suffix(rel.as_str()) {
                    ctx.base = Some(base.to_string());
                }
            }
        }
        texts.push((rel.clone(), text));
    }
    // NewsML guids first, so links between items can be checked in any order.
    for (rel, text) in &texts {
        if rel.starts_with("newsml/") {
            if let Some(g) = text
                .split("guid=\"")
                .nth(1)
                .and_then(|g| g.split('"').next())
            {
                ctx.guids.insert(g.to_string());
            }
        }
    }
    for (rel, text) in &texts {
        check_file(&mut ctx, rel, text);
    }
    let mut problems = ctx.problems;
    problems.sort();
    problems.dedup();
    Ok(problems)
}

fn check_file(ctx: &mut Ctx, rel: &str, text: &str) {
    let xml = rel.ends_with(".xml") || rel.ends_with(".opml");
    let html = rel.ends_with(".html");
    if !(xml || html || rel.ends_with(".json")) {
        return;
    }
    check_characters(ctx, rel, text);
    if text.starts_with('\u{FEFF}') {
        ctx.push(rel, "encoding", "starts with a byte order mark");
    }
    if xml && !text.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>") {
        ctx.push(
            rel,
            "encoding",
            "does not start with <?xml version=\"1.0\" encoding=\"utf-8\"?>",
        );
    }
    if html && !text.starts_with("<!DOCTYPE html>") {
        ctx.push(rel, "encoding", "does not start with <!DOCTYPE html>");
    }
    if rel.ends_with(".json") {
        check_size(ctx, rel, text);
        check_json_feed(ctx, rel, text);
        return;
    }
    let options = ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = match Document::parse_with_options(text, options) {
        Ok(d) => d,
        Err(e) => {
            ctx.push(rel, "well-formed", e.to_string());
            return;
        }
    };
    check_languages(ctx, rel, &doc);
    check_links(ctx, rel, &doc);
    let root = doc.root_element();
    if rel.ends_with("rss.xml") {
        check_size(ctx, rel, text);
        check_rss(ctx, rel, root);
    } else if rel.ends_with("atom.xml") {
        check_size(ctx, rel, text);
        check_atom(ctx, rel, root);
    } else if rel.starts_with("newsml/") {
        check_newsml(ctx, rel, root);
    }
}

fn check_size(ctx: &mut Ctx, rel: &str, text: &str) {
    if text.len() >= RSS_MAX_BYTES {
        ctx.push(
            rel,
            "size",
            format!(
                "{} bytes: partners reject feeds of 2 MB and more",
                text.len()
            ),
        );
    }
}

fn check_characters(ctx: &mut Ctx, rel: &str, text: &str) {
    for (i, c) in text.char_indices() {
        if i == 0 && c == '\u{FEFF}' {
            continue;
        }
        if is_forbidden(c) || c == '\r' {
            ctx.push(rel, "characters", format!("{} at byte {i}", describe(c)));
            return;
        }
    }
    // Character references (`&#NNN;`, `&#xHHH;`) are markup only in XML and HTML.
    if rel.ends_with(".json") {
        return;
    }
    let mut rest = text;
    while let Some(at) = rest.find("&#") {
        rest = &rest[at + 2..];
        let end = rest.find(';').unwrap_or(0);
        let body = &rest[..end];
        let value = match body.strip_prefix('x').or_else(|| body.strip_prefix('X')) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => body.parse::<u32>().ok(),
        };
        match value.and_then(char::from_u32) {
            Some(c) if !is_forbidden(c) => {}
            Some(c) => {
                ctx.push(
                    rel,
                    "characters",
                    format!("&#{body}; refers to {}", describe(c)),
                );
                return;
            }
            None => {
                ctx.push(
                    rel,
                    "characters",
                    format!("&#{body}; is not a valid character reference"),
                );
                return;
            }
        }
    }
}

fn is_tag(tag: &str) -> bool {
    silkwire_l10n::locale::canonicalize(tag).as_deref() == Ok(tag)
}

fn check_languages(ctx: &mut Ctx, rel: &str, doc: &Document<'_>) {
    for n in doc.descendants().filter(|n| n.is_element()) {
        let mut tags: Vec<&str> = ["lang", "hreflang"]
            .iter()
            .filter_map(|a| n.attribute(*a))
            .collect();
        tags.extend(n.attribute((XML_NS, "lang")));
        if n.tag_name().name() == "language" {
            tags.extend(n.text().map(str::trim).filter(|t| !t.is_empty()));
            tags.extend(n.attribute("tag"));
        }
        for t in tags {
            if !is_tag(t) {
                ctx.push(
                    rel,
                    "language",
                    format!("\"{t}\" is not a canonical BCP 47 tag Silkwire supports"),
                );
            }
        }
    }
}

/// `mailto:` with an address, or `tel:` with `+` and digits (RFC 6068, RFC 3966 global numbers).
fn is_contact_link(u: &str) -> bool {
    if let Some(addr) = u.strip_prefix("mailto:") {
        return addr.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !addr.contains([' ', '<', '>'])
        });
    }
    u.strip_prefix("tel:+")
        .is_some_and(|n| n.len() >= 6 && n.chars().all(|c| c.is_ascii_digit()))
}

/// A URL is absolute http(s), without spaces or an encoded scheme; in RSS also ASCII.
fn url_problem(u: &str, ascii: bool) -> Option<String> {
    let lower = u.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Some(format!("\"{u}\" is not an absolute http(s) URL"));
    }
    if u.contains(' ') || lower.contains("%3a//") {
        return Some(format!("\"{u}\" is malformed"));
    }
    if ascii && !u.is_ascii() {
        return Some(format!(
            "\"{u}\" is an IRI: RSS needs ASCII (percent-encode it)"
        ));
    }
    None
}

fn check_links(ctx: &mut Ctx, rel: &str, doc: &Document<'_>) {
    let rss = rel.ends_with("rss.xml");
    for n in doc.descendants().filter(|n| n.is_element()) {
        let mut urls: Vec<&str> = ["href", "src", "url", "xmlUrl", "htmlUrl"]
            .iter()
            .filter_map(|a| n.attribute(*a))
            .collect();
        let plain_link = n.tag_name().name() == "link" && n.tag_name().namespace().is_none();
        if plain_link {
            urls.extend(n.text().map(str::trim));
        }
        if n.has_tag_name("guid") && n.attribute("isPermaLink") != Some("false") {
            urls.extend(n.text().map(str::trim));
        }
        for u in urls {
            // A media contact's address and number, in a text link: absolute URIs readers open.
            if n.tag_name().name() == "a" && is_contact_link(u) {
                continue;
            }
            if let Some(p) = url_problem(u, rss) {
                ctx.push(rel, "url", p);
                continue;
            }
            let resolved = ctx
                .base
                .as_deref()
                .and_then(|b| u.strip_prefix(b))
                .map(|r| {
                    if r.is_empty() || r.ends_with('/') {
                        format!("{r}index.html")
                    } else {
                        r.to_string()
                    }
                });
            if let Some(file) = resolved {
                if !ctx.files.contains(&file) {
                    ctx.push(
                        rel,
                        "links",
                        format!("{u} leads to no file of the tree ({file})"),
                    );
                }
            }
        }
        if let Some(residref) = n
            .attribute("residref")
            .filter(|_| n.has_tag_name((NAR, "link")))
        {
            if !ctx.guids.contains(residref) {
                ctx.push(
                    rel,
                    "links",
                    format!("links the item {residref}, which is not in the tree"),
                );
            }
        }
    }
}

fn child<'a>(n: Node<'a, 'a>, ns: Option<&str>, name: &str) -> Option<Node<'a, 'a>> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == ns)
}

fn text_of<'a>(n: Node<'a, 'a>, ns: Option<&str>, name: &str) -> Option<&'a str> {
    child(n, ns, name)
        .and_then(|c| c.text())
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// An RFC 822 date as the W3C validator accepts it, or why not.
fn rfc822(s: &str) -> Result<DateTime<chrono::FixedOffset>, String> {
    let parts: Vec<&str> = s.split(' ').collect();
    let [day, _, _, year, _, zone] = parts[..] else {
        return Err(format!("\"{s}\" is not Ddd, DD Mon YYYY HH:MM:SS +HHMM"));
    };
    let day = day.strip_suffix(',').unwrap_or("");
    if !DAYS.contains(&day) {
        return Err(format!(
            "\"{s}\": the day of the week must be an English abbreviation"
        ));
    }
    if year.len() != 4 {
        return Err(format!("\"{s}\": the year must have four digits"));
    }
    let numeric = zone.len() == 5
        && zone.starts_with(['+', '-'])
        && zone[1..].bytes().all(|b| b.is_ascii_digit());
    if !(numeric || zone == "GMT") {
        return Err(format!(
            "\"{s}\": the zone must be a numeric offset (+0800) or GMT"
        ));
    }
    // Parsed without its weekday, which is then compared, for a clear message.
    let without_day = s.split_once(", ").map_or(s, |(_, rest)| rest);
    let t = DateTime::parse_from_rfc2822(without_day).map_err(|e| format!("\"{s}\": {e}"))?;
    let actual = DAYS[t.weekday().num_days_from_monday() as usize];
    if actual != day {
        return Err(format!("\"{s}\": that date is a {actual}"));
    }
    Ok(t)
}

/// An RFC 3339 date with an upper-case T and an offset, or why not.
fn rfc3339(s: &str) -> Result<DateTime<chrono::FixedOffset>, String> {
    if !s.contains('T') {
        return Err(format!(
            "\"{s}\" is not RFC 3339 (upper-case T between date and time)"
        ));
    }
    DateTime::parse_from_rfc3339(s)
        .map_err(|e| format!("\"{s}\" is not RFC 3339 with an offset: {e}"))
}

fn check_rss(ctx: &mut Ctx, rel: &str, root: Node<'_, '_>) {
    if !root.has_tag_name("rss") || root.attribute("version") != Some("2.0") {
        ctx.push(
            rel,
            "rss-structure",
            "the root is not <rss version=\"2.0\">",
        );
        return;
    }
    let channels: Vec<_> = root
        .children()
        .filter(|c| c.has_tag_name("channel"))
        .collect();
    let [channel] = channels[..] else {
        ctx.push(rel, "rss-structure", "an RSS feed has exactly one channel");
        return;
    };
    for name in ["title", "link", "description", "language"] {
        if text_of(channel, None, name).is_none() {
            ctx.push(rel, "rss-structure", format!("the channel has no {name}"));
        }
    }
    let locale = text_of(channel, None, "language").unwrap_or("").to_string();
    let selfs: Vec<_> = channel
        .children()
        .filter(|c| c.has_tag_name((ATOM, "link")) && c.attribute("rel") == Some("self"))
        .collect();
    match selfs.first() {
        Some(s) if s.attribute("href").is_some_and(|h| h.ends_with(rel)) => {}
        Some(_) => ctx.push(
            rel,
            "rss-structure",
            "the atom:link rel=\"self\" is not this feed's URL",
        ),
        None => ctx.push(
            rel,
            "rss-structure",
            "the channel has no atom:link rel=\"self\"",
        ),
    }
    for name in ["pubDate", "lastBuildDate"] {
        if let Some(d) = text_of(channel, None, name) {
            if let Err(e) = rfc822(d) {
                ctx.push(rel, "rss-date", e);
            }
        }
    }
    let mut seen = BTreeSet::new();
    let mut previous: Option<DateTime<chrono::FixedOffset>> = None;
    for item in channel.children().filter(|c| c.has_tag_name("item")) {
        for name in ["title", "description"] {
            if text_of(item, None, name).is_none() {
                ctx.push(rel, "rss-structure", format!("an item has no {name}"));
            }
        }
        let kids: Vec<_> = item.children().filter(|c| c.is_element()).collect();
        let desc = kids.iter().position(|c| c.has_tag_name("description"));
        let content = kids
            .iter()
            .position(|c| c.has_tag_name((CONTENT, "encoded")));
        if let (Some(d), Some(c)) = (desc, content) {
            if c < d {
                ctx.push(
                    rel,
                    "rss-structure",
                    "content:encoded comes before description",
                );
            }
        }
        match child(item, None, "guid") {
            Some(g) => {
                let value = g.text().unwrap_or("").trim();
                if value.is_empty() {
                    ctx.push(rel, "guid", "an item has an empty guid");
                } else if !seen.insert(value.to_string()) {
                    ctx.push(rel, "guid", format!("the guid {value} appears twice"));
                } else {
                    let permalink = g.attribute("isPermaLink") != Some("false");
                    if permalink && url_problem(value, true).is_some() {
                        ctx.push(
                            rel,
                            "guid",
                            format!(
                                "the guid {value} is not a URL but lacks isPermaLink=\"false\""
                            ),
                        );
                    }
                    note_id(ctx, rel, value, &locale);
                }
            }
            None => ctx.push(rel, "guid", "an item has no guid"),
        }
        if let Some(d) = text_of(item, None, "pubDate") {
            match rfc822(d) {
                Ok(t) => {
                    if previous.is_some_and(|p| t > p) {
                        ctx.push(
                            rel,
                            "order",
                            format!("the item of {d} comes after an older one"),
                        );
                    }
                    previous = Some(t);
                }
                Err(e) => ctx.push(rel, "rss-date", e),
            }
        }
    }
}

fn note_id(ctx: &mut Ctx, rel: &str, id: &str, locale: &str) {
    match ctx.ids.get(id) {
        Some((other, at)) if other != locale => {
            let message = format!("{id} is also an id in the {other} feed {at}");
            ctx.push(rel, "ids-per-language", message);
        }
        Some(_) => {}
        None => {
            ctx.ids
                .insert(id.to_string(), (locale.to_string(), rel.to_string()));
        }
    }
}

fn valid_atom_id(id: &str) -> bool {
    if let Some(rest) = id.strip_prefix("tag:") {
        // tag:authority,date:specific (RFC 4151)
        let Some((authority, after)) = rest.split_once(',') else {
            return false;
        };
        let Some((date, specific)) = after.split_once(':') else {
            return false;
        };
        let date_ok = date.len() >= 4 && date.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        !authority.is_empty() && date_ok && !specific.is_empty()
    } else {
        id.starts_with("urn:") || id.starts_with("https://") || id.starts_with("http://")
    }
}

fn check_atom(ctx: &mut Ctx, rel: &str, root: Node<'_, '_>) {
    if !root.has_tag_name((ATOM, "feed")) {
        ctx.push(rel, "atom-structure", "the root is not an Atom <feed>");
        return;
    }
    let locale = root.attribute((XML_NS, "lang")).unwrap_or("").to_string();
    if locale.is_empty() {
        ctx.push(rel, "language", "the feed has no xml:lang");
    }
    for name in ["id", "title", "updated"] {
        if text_of(root, Some(ATOM), name).is_none() {
            ctx.push(rel, "atom-structure", format!("the feed has no {name}"));
        }
    }
    let feed_author = child(root, Some(ATOM), "author").is_some();
    let has_self = root.children().any(|c| {
        c.has_tag_name((ATOM, "link"))
            && c.attribute("rel") == Some("self")
            && c.attribute("href").is_some_and(|h| h.ends_with(rel))
    });
    if !has_self {
        ctx.push(
            rel,
            "atom-structure",
            "the feed has no link rel=\"self\" to its own URL",
        );
    }
    if let Some(id) = text_of(root, Some(ATOM), "id") {
        if !valid_atom_id(id) {
            ctx.push(
                rel,
                "atom-id",
                format!("the feed id {id} is not a tag: URI or an absolute URI"),
            );
        }
    }
    if let Some(u) = text_of(root, Some(ATOM), "updated") {
        if let Err(e) = rfc3339(u) {
            ctx.push(rel, "atom-date", e);
        }
    }
    let mut seen = BTreeSet::new();
    let mut previous: Option<DateTime<chrono::FixedOffset>> = None;
    for entry in root.children().filter(|c| c.has_tag_name((ATOM, "entry"))) {
        for name in ["id", "title", "updated"] {
            if text_of(entry, Some(ATOM), name).is_none() {
                ctx.push(rel, "atom-structure", format!("an entry has no {name}"));
            }
        }
        if !feed_author && child(entry, Some(ATOM), "author").is_none() {
            ctx.push(
                rel,
                "atom-structure",
                "an entry has no author and the feed has none",
            );
        }
        let alternates: Vec<(Option<&str>, Option<&str>)> = entry
            .children()
            .filter(|c| {
                c.has_tag_name((ATOM, "link"))
                    && c.attribute("rel").is_none_or(|r| r == "alternate")
            })
            .map(|c| (c.attribute("type"), c.attribute("hreflang")))
            .collect();
        let unique: BTreeSet<_> = alternates.iter().collect();
        if unique.len() != alternates.len() {
            ctx.push(
                rel,
                "atom-structure",
                "an entry has two alternate links of the same type and hreflang",
            );
        }
        let content = child(entry, Some(ATOM), "content");
        if content.is_none() && alternates.is_empty() {
            ctx.push(
                rel,
                "atom-structure",
                "an entry has neither content nor an alternate link",
            );
        }
        if let Some(c) = content.filter(|c| c.attribute("type") == Some("xhtml")) {
            let kids: Vec<_> = c.children().filter(|k| k.is_element()).collect();
            let stray_text = c
                .children()
                .any(|k| k.is_text() && !k.text().unwrap_or("").trim().is_empty());
            if kids.len() != 1 || !kids[0].has_tag_name((XHTML, "div")) || stray_text {
                ctx.push(
                    rel,
                    "atom-structure",
                    "xhtml content is not exactly one XHTML div",
                );
            }
        }
        if let Some(id) = text_of(entry, Some(ATOM), "id") {
            if !valid_atom_id(id) {
                ctx.push(
                    rel,
                    "atom-id",
                    format!("the entry id {id} is not a tag: URI or an absolute URI"),
                );
            } else if !seen.insert(id.to_string()) {
                ctx.push(rel, "atom-id", format!("the entry id {id} appears twice"));
            }
            note_id(ctx, rel, id, &locale);
        }
        for name in ["updated", "published"] {
            if let Some(d) = text_of(entry, Some(ATOM), name) {
                if let Err(e) = rfc3339(d) {
                    ctx.push(rel, "atom-date", e);
                }
            }
        }
        if let Some(t) = text_of(entry, Some(ATOM), "published").and_then(|d| rfc3339(d).ok()) {
            if previous.is_some_and(|p| t > p) {
                ctx.push(rel, "order", "an entry comes after an older one");
            }
            previous = Some(t);
        }
    }
}

fn check_json_feed(ctx: &mut Ctx, rel: &str, text: &str) {
    let v: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            ctx.push(rel, "well-formed", e.to_string());
            return;
        }
    };
    if v["version"] != "https://jsonfeed.org/version/1.1" {
        ctx.push(
            rel,
            "json-feed",
            "version is not https://jsonfeed.org/version/1.1",
        );
    }
    for key in ["title", "feed_url", "language"] {
        if v[key].as_str().is_none_or(str::is_empty) {
            ctx.push(rel, "json-feed", format!("no {key}"));
        }
    }
    if let Some(l) = v["language"].as_str().filter(|l| !is_tag(l)) {
        ctx.push(
            rel,
            "language",
            format!("\"{l}\" is not a canonical BCP 47 tag Silkwire supports"),
        );
    }
    let Some(items) = v["items"].as_array() else {
        ctx.push(rel, "json-feed", "no items array");
        return;
    };
    let locale = v["language"].as_str().unwrap_or("").to_string();
    let mut urls: Vec<String> = ["feed_url", "home_page_url"]
        .iter()
        .filter_map(|k| v[*k].as_str().map(str::to_string))
        .collect();
    if let Some(own) = v["feed_url"].as_str().filter(|u| !u.ends_with(rel)) {
        ctx.push(
            rel,
            "json-feed",
            format!("feed_url {own} is not this feed's URL"),
        );
    }
    let mut seen = BTreeSet::new();
    let mut previous: Option<DateTime<chrono::FixedOffset>> = None;
    for item in items {
        let id = item["id"].as_str().unwrap_or("");
        if id.is_empty() || !seen.insert(id.to_string()) {
            ctx.push(
                rel,
                "json-feed",
                format!("item id \"{id}\" is empty or repeated"),
            );
        } else {
            note_id(ctx, rel, id, &locale);
        }
        if item["content_html"].as_str().is_none() && item["content_text"].as_str().is_none() {
            ctx.push(
                rel,
                "json-feed",
                format!("item {id} has neither content_html nor content_text"),
            );
        }
        urls.extend(item["url"].as_str().map(str::to_string));
        for key in ["date_published", "date_modified"] {
            if let Some(d) = item[key].as_str() {
                match rfc3339(d) {
                    Ok(t) if key == "date_published" => {
                        if previous.is_some_and(|p| t > p) {
                            ctx.push(
                                rel,
                                "order",
                                format!("the item of {d} comes after an older one"),
                            );
                        }
                        previous = Some(t);
                    }
                    Ok(_) => {}
                    Err(e) => ctx.push(rel, "json-feed", format!("{key}: {e}")),
                }
            }
        }
        // Every string of the item, decoded: no character a reader would choke on.
        for (key, value) in item.as_object().into_iter().flatten() {
            if let Some(c) = value
                .as_str()
                .and_then(|t| t.chars().find(|c| is_forbidden(*c)))
            {
                ctx.push(rel, "characters", format!("{key}: {}", describe(c)));
            }
        }
    }
    for u in urls {
        if let Some(p) = url_problem(&u, false) {
            ctx.push(rel, "url", p);
            continue;
        }
        let file = ctx
            .base
            .as_deref()
            .and_then(|b| u.strip_prefix(b))
            .map(|r| {
                if r.is_empty() || r.ends_with('/') {
                    format!("{r}index.html")
                } else {
                    r.to_string()
                }
            });
        if let Some(file) = file.filter(|f| !ctx.files.contains(f)) {
            ctx.push(
                rel,
                "links",
                format!("{u} leads to no file of the tree ({file})"),
            );
        }
    }
}

fn check_newsml(ctx: &mut Ctx, rel: &str, root: Node<'_, '_>) {
    if !root.has_tag_name((NAR, "newsItem")) {
        ctx.push(rel, "newsml", "the root is not a NewsML-G2 newsItem");
        return;
    }
    if root.attribute("guid").is_none_or(str::is_empty) {
        ctx.push(rel, "newsml", "the item has no guid");
    }
    if root
        .attribute("version")
        .and_then(|v| v.parse::<u32>().ok())
        .is_none_or(|v| v == 0)
    {
        ctx.push(
            rel,
            "newsml",
            "the item's version is not a positive integer",
        );
    }
    let Some(meta) = child(root, Some(NAR), "itemMeta") else {
        ctx.push(rel, "newsml", "the item has no itemMeta");
        return;
    };
    for name in ["itemClass", "provider", "versionCreated"] {
        if child(meta, Some(NAR), name).is_none() {
            ctx.push(rel, "newsml", format!("itemMeta has no {name}"));
        }
    }
    for name in ["versionCreated", "firstCreated", "embargoed"] {
        if let Some(d) = text_of(meta, Some(NAR), name) {
            if let Err(e) = rfc3339(d) {
                ctx.push(rel, "atom-date", format!("{name}: {e}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc822_as_the_w3c_validator_reads_it() {
        assert!(rfc822("Mon, 18 Sep 2023 10:00:00 +0800").is_ok());
        assert!(rfc822("Mon, 18 Sep 2023 02:00:00 GMT").is_ok());
        let wrong_day = rfc822("Tue, 18 Sep 2023 10:00:00 +0800").unwrap_err();
        assert!(wrong_day.ends_with("that date is a Mon"), "{wrong_day}");
        assert!(rfc822("Mon, 18 Sep 23 10:00:00 +0800").is_err());
        assert!(rfc822("Mon, 18 Sep 2023 10:00:00 +08:00").is_err());
        assert!(rfc822("2023-09-18T10:00:00+08:00").is_err());
        assert!(rfc822("จ., 18 ก.ย. 2566 10:00:00 +0700").is_err());
    }

    #[test]
    fn tag_ids() {
        assert!(valid_atom_id(
            "tag:news.example.com,2023-01-01:releases/x/en"
        ));
        assert!(!valid_atom_id("tag:example.com:press/1"));
        assert!(valid_atom_id(
            "urn:uuid:6f1c2a9e-0000-0000-0000-000000000000"
        ));
        assert!(!valid_atom_id("/zh/news/1"));
    }

    #[test]
    fn contact_links() {
        assert!(is_contact_link("mailto:press@example.com"));
        assert!(is_contact_link("tel:+861063070000"));
        assert!(!is_contact_link("mailto:press"));
        assert!(!is_contact_link("tel:010 6307"));
        assert!(!is_contact_link("javascript:alert(1)"));
    }
}
