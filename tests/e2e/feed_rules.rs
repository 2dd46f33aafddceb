//! The rules of `RSS 2.0`, the RSS Best Practices Profile and RFC 4287 that schemas do not check
//! (what the W3C Feed Validation Service flags), and that every link leads to a file the build writes.

use std::collections::{BTreeMap, BTreeSet};

use chrono::DateTime;
use roxmltree::{Document, Node};

const ATOM: &str = "http://www.w3.org/2005/Atom";
const CONTENT: &str = "http://purl.org/rss/1.0/modules/content/";
const MEDIA: &str = "http://search.yahoo.com/mrss/";
const NAR: &str = "http://iptc.org/std/nar/2006-10-01/";
const BASE: &str = "https://news.example.com/";

fn outputs() -> BTreeMap<String, String> {
    crate::support::render_sample()
        .files
        .into_iter()
        .map(|(p, b)| (p, String::from_utf8(b).expect("outputs are UTF-8")))
        .collect()
}

fn child<'a>(n: Node<'a, 'a>, ns: Option<&str>, name: &str) -> Option<Node<'a, 'a>> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == ns)
}

fn text<'a>(n: Node<'a, 'a>, ns: Option<&str>, name: &str) -> &'a str {
    child(n, ns, name)
        .and_then(|c| c.text())
        .unwrap_or_else(|| panic!("<{name}> missing or empty in <{}>", n.tag_name().name()))
}

fn assert_absolute_ascii_url(u: &str, what: &str) {
    assert!(
        u.is_ascii(),
        "{what}: {u} is not ASCII (an IRI; RSS needs URLs)"
    );
    assert!(
        u.starts_with("https://") || u.starts_with("http://"),
        "{what}: {u} is not absolute"
    );
    assert!(!u.contains(' '), "{what}: {u} contains a space");
}

/// RFC 822 as RSS wants it: English names, 4-digit year, numeric offset, right weekday.
fn assert_rss_date(s: &str) {
    let parts: Vec<&str> = s.split(' ').collect();
    assert_eq!(parts.len(), 6, "{s}: not `Ddd, DD Mmm YYYY HH:MM:SS +hhmm`");
    assert!(
        ["Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,"].contains(&parts[0]),
        "{s}: weekday"
    );
    assert_eq!(parts[1].len(), 2, "{s}: day");
    assert_eq!(parts[3].len(), 4, "{s}: the year must have four digits");
    assert!(
        parts[5].len() == 5 && (parts[5].starts_with('+') || parts[5].starts_with('-')),
        "{s}: zone must be +hhmm"
    );
    // chrono checks that the weekday matches the date.
    DateTime::parse_from_rfc2822(s).unwrap_or_else(|e| panic!("{s}: {e}"));
}

fn assert_rfc3339(s: &str) {
    assert!(
        s.contains('T') && (s.ends_with('Z') || s[s.len() - 6..].starts_with(['+', '-'])),
        "{s}: needs a zone"
    );
    DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{s}: {e}"));
}

#[test]
fn rss_follows_the_w3c_rules() {
    let out = outputs();
    for (path, xml) in out.iter().filter(|(p, _)| p.ends_with("rss.xml")) {
        let mut guids = BTreeSet::new();
        assert!(
            xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss"),
            "{path}: declaration"
        );
        let doc = Document::parse(xml).unwrap_or_else(|e| panic!("{path}: {e}"));
        let rss = doc.root_element();
        assert_eq!(rss.attribute("version"), Some("2.0"));
        let channel = child(rss, None, "channel").expect("channel");
        for req in ["title", "link", "description", "language", "lastBuildDate"] {
            assert!(
                !text(channel, None, req).trim().is_empty(),
                "{path}: empty <{req}>"
            );
        }
        let locale = path.split('/').next().expect("locale");
        assert_eq!(text(channel, None, "language"), locale);
        assert_absolute_ascii_url(text(channel, None, "link"), path);
        assert_rss_date(text(channel, None, "lastBuildDate"));
        let self_links: Vec<_> = channel
            .children()
            .filter(|c| {
                c.tag_name().namespace() == Some(ATOM) && c.attribute("rel") == Some("self")
            })
            .collect();
        assert_eq!(self_links.len(), 1, "{path}: one atom:link rel=self");
        assert_eq!(
            self_links[0].attribute("href"),
            Some(format!("{BASE}{path}").as_str())
        );
        assert_eq!(self_links[0].attribute("type"), Some("application/rss+xml"));
        let mut dates = Vec::new();
        for item in channel.children().filter(|c| c.has_tag_name("item")) {
            let title = text(item, None, "title");
            assert!(!title.contains('<'), "{path}: markup in a title");
            assert_absolute_ascii_url(text(item, None, "link"), path);
            let guid = child(item, None, "guid").expect("guid");
            assert_eq!(
                guid.attribute("isPermaLink"),
                Some("false"),
                "{path}: a non-URL guid needs isPermaLink=false"
            );
            let guid = guid.text().expect("guid text");
            assert!(
                guid.ends_with(&format!("/{locale}")),
                "{path}: {guid} must be unique per language"
            );
            assert!(
                guids.insert(guid.to_string()),
                "{path}: guid {guid} repeated"
            );
            let pub_date = text(item, None, "pubDate");
            assert_rss_date(pub_date);
            dates.push(DateTime::parse_from_rfc2822(pub_date).expect("date"));
            // The description comes before content:encoded, which holds HTML with absolute URLs only.
            let names: Vec<_> = item
                .children()
                .filter(|c| c.is_element())
                .map(|c| c.tag_name().name())
                .collect();
            let d = names
                .iter()
                .position(|n| *n == "description")
                .expect("description");
            let c = names
                .iter()
                .position(|n| *n == "encoded")
                .expect("content:encoded");
            assert!(d < c, "{path}: description must precede content:encoded");
            let html = text(item, Some(CONTENT), "encoded");
            for attr in ["href=\"", "src=\""] {
                for rest in html.split(attr).skip(1) {
                    assert_absolute_ascii_url(rest.split('"').next().expect("url"), path);
                }
            }
            // Media Topics: the code in the IPTC domain (the same in every language), six of them.
            let codes: Vec<&str> = item
                .children()
                .filter(|c| c.has_tag_name("category") && c.attribute("domain").is_some())
                .map(|c| c.text().unwrap_or_default())
                .collect();
            assert_eq!(codes.len(), 6, "{path}");
            assert!(
                codes
                    .iter()
                    .all(|c| c.len() == 8 && c.bytes().all(|b| b.is_ascii_digit())),
                "{path}: {codes:?}"
            );
            let enclosure = child(item, None, "enclosure").expect("enclosure");
            for a in ["url", "length", "type"] {
                assert!(enclosure.attribute(a).is_some(), "{path}: enclosure@{a}");
            }
            assert_absolute_ascii_url(enclosure.attribute("url").expect("url"), path);
            let media = child(item, Some(MEDIA), "content").expect("media:content");
            assert_absolute_ascii_url(media.attribute("url").expect("url"), path);
        }
        assert!(
            dates.windows(2).all(|w| w[0] >= w[1]),
            "{path}: items must be newest first"
        );
    }
}

#[test]
fn atom_follows_rfc_4287_beyond_the_schema() {
    let out = outputs();
    let mut feed_ids = BTreeSet::new();
    for (path, xml) in out.iter().filter(|(p, _)| p.ends_with("atom.xml")) {
        let doc = Document::parse(xml).unwrap_or_else(|e| panic!("{path}: {e}"));
        let feed = doc.root_element();
        let locale = path.split('/').next().expect("locale");
        assert_eq!(
            feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some(locale)
        );
        let id = text(feed, Some(ATOM), "id");
        assert!(
            id.starts_with("tag:news.example.com,2023-01-01:"),
            "{path}: {id} is not a tag: URI with a date"
        );
        assert!(
            feed_ids.insert(id.to_string()),
            "{path}: feed id {id} reused"
        );
        assert_rfc3339(text(feed, Some(ATOM), "updated"));
        assert!(!text(
            child(feed, Some(ATOM), "author").expect("author"),
            Some(ATOM),
            "name"
        )
        .is_empty());
        let selfs: Vec<_> = feed
            .children()
            .filter(|c| c.has_tag_name((ATOM, "link")) && c.attribute("rel") == Some("self"))
            .collect();
        assert_eq!(selfs.len(), 1);
        assert_eq!(
            selfs[0].attribute("href"),
            Some(format!("{BASE}{path}").as_str())
        );
        for entry in feed.children().filter(|c| c.has_tag_name((ATOM, "entry"))) {
            let eid = text(entry, Some(ATOM), "id");
            assert!(
                eid.starts_with("tag:news.example.com,2023-01-01:releases/"),
                "{eid}"
            );
            assert!(
                eid.ends_with(&format!("/{locale}")),
                "{eid}: one id per language"
            );
            assert_rfc3339(text(entry, Some(ATOM), "updated"));
            assert_rfc3339(text(entry, Some(ATOM), "published"));
            // No two alternate links share type and hreflang; one of them is this language's page.
            let alts: Vec<(Option<&str>, Option<&str>)> = entry
                .children()
                .filter(|c| {
                    c.has_tag_name((ATOM, "link")) && c.attribute("rel") == Some("alternate")
                })
                .map(|c| (c.attribute("type"), c.attribute("hreflang")))
                .collect();
            let unique: BTreeSet<_> = alts.iter().collect();
            assert_eq!(
                unique.len(),
                alts.len(),
                "{path}: duplicate alternate links"
            );
            assert!(alts.contains(&(Some("text/html"), Some(locale))));
            assert_eq!(
                alts.len(),
                14,
                "{path}: links to its own edition and the 13 other languages' editions"
            );
            // xhtml content: exactly one xhtml div wrapper.
            let content = child(entry, Some(ATOM), "content").expect("content");
            assert_eq!(content.attribute("type"), Some("xhtml"));
            let kids: Vec<_> = content.children().filter(|c| c.is_element()).collect();
            assert_eq!(kids.len(), 1);
            assert!(kids[0].has_tag_name(("http://www.w3.org/1999/xhtml", "div")));
        }
    }
}

#[test]
fn no_output_contains_isolation_marks_or_raw_fluent() {
    for (path, text) in outputs() {
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{path}: FSI/PDI"
        );
        assert!(
            !text.contains("{ $") && !text.contains("{$"),
            "{path}: a raw Fluent placeable"
        );
        assert!(
            !text.contains("DATETIME(") && !text.contains("NUMBER("),
            "{path}: an unresolved function"
        );
    }
}

#[test]
fn every_link_leads_to_a_file_the_build_writes() {
    let out = outputs();
    let mut checked = 0;
    let resolves = |path: &str, u: &str| {
        let Some(rel) = u.strip_prefix(BASE) else {
            return false;
        };
        let file = if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        };
        assert!(
            out.contains_key(&file),
            "{path} links to {u}, which the build does not write"
        );
        true
    };
    for (path, text) in out.iter().filter(|(p, _)| p.ends_with(".json")) {
        // JSON Feed: the feed's own URL, its home page and every item's page.
        let v: serde_json::Value = serde_json::from_str(text).expect("JSON Feed parses");
        let mut urls = vec![&v["feed_url"], &v["home_page_url"]];
        for item in v["items"].as_array().expect("items") {
            urls.push(&item["url"]);
        }
        for u in urls {
            assert!(resolves(path, u.as_str().unwrap_or("")), "{path}: {u}");
            checked += 1;
        }
    }
    for (path, xml) in out.iter().filter(|(p, _)| !p.ends_with(".json")) {
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let doc =
            Document::parse_with_options(xml, options).unwrap_or_else(|e| panic!("{path}: {e}"));
        for n in doc.descendants().filter(|n| n.is_element()) {
            let mut urls: Vec<&str> = ["href", "src", "url", "xmlUrl", "htmlUrl"]
                .iter()
                .filter_map(|a| n.attribute(*a))
                .collect();
            if n.tag_name().name() == "link" && n.tag_name().namespace().is_none() {
                urls.extend(n.text());
            }
            for u in urls {
                if resolves(path, u) {
                    checked += 1;
                }
            }
            // NewsML links between editions name the guid of an item the build writes (a link with an
            // href, to the original release, was checked above as a URL).
            if let Some(residref) = n
                .attribute("residref")
                .filter(|_| n.has_tag_name((NAR, "link")))
            {
                let written = out.iter().any(|(p, x)| {
                    p.starts_with("newsml/") && x.contains(&format!("guid=\"{residref}\""))
                });
                assert!(written, "{path}: {residref} is not an item of this build");
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "only {checked} links checked");
}
