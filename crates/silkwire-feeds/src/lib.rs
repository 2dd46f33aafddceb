//! RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds of localized Silkwire editions, and the OPML index of
//! them all.
//!
//! One feed per locale, channel and format. All formats carry the same items, newest first, with the same
//! stable ids (`tag:` URIs derived from the release id and the locale), absolute URLs, dates in the
//! machine format each spec demands (RFC 822 with a numeric offset for RSS, RFC 3339 for Atom; never
//! localized), and links to the same feed and edition in the other languages (`hreflang`).
//!
//! The input is already localized ([`silkwire_l10n::LocaleBuild`]); this crate knows nothing of Fluent.
//! See the `silkwire-tests` golden files for complete output.
//!
//! ```
//! use silkwire_feeds::{atom, rss, Feed, OtherLanguage};
//!
//! let publication = silkwire_core::example::publication();
//! let build = silkwire_l10n::example::locale_build();
//! let editions: Vec<_> = build.editions.iter().collect();
//! let others = [OtherLanguage { locale: "zh-Hans".into() }];
//! let feed = Feed {
//!     publication: &publication,
//!     build: &build,
//!     channel: &build.text.channels[0],
//!     editions: &editions,
//!     others: &others,
//! };
//! let rss = String::from_utf8(rss(&feed)?).unwrap();
//! assert!(rss.contains("<pubDate>Mon, 18 Sep 2023 10:00:00 +0800</pubDate>"));
//! assert!(rss.contains("<title>R&amp;D &lt;costs&gt; \"fall\" ]]&gt; at Acme</title>"));
//! assert!(rss.contains(r#"<guid isPermaLink="false">tag:news.example.com,2023-01-01:releases/launch/en</guid>"#));
//!
//! let atom = String::from_utf8(atom(&feed)?).unwrap();
//! assert!(atom.contains("<updated>2023-09-18T10:00:00+08:00</updated>"));
//! assert!(atom.contains(r#"hreflang="zh-Hans" href="https://news.example.com/zh-Hans/releases/launch.html""#));
//! # Ok::<(), std::io::Error>(())
//! ```
#![deny(missing_docs)]

use std::io;

use silkwire_core::site::{FeedFormat, PAGE_MEDIA_TYPE};
use silkwire_core::time::{rfc3339, rfc822, Timestamp};
use silkwire_core::Publication;
use silkwire_l10n::edition::ChannelText;
use silkwire_l10n::{Edition, LocaleBuild};
use silkwire_markup::{
    body_html, document, element, empty, finish, text_element, write_body, XmlWriter, XHTML_NS,
};

/// The IPTC Media Topics scheme, the domain of subject categories.
pub const MEDIATOPIC_SCHEME: &str = "http://cv.iptc.org/newscodes/mediatopic/";

/// The media type on links to other-language edition pages (see `atom_entry`).
const SIBLING_PAGE_MEDIA_TYPE: &str = "text/html; charset=utf-8";

/// Another language of the same publication, for `hreflang` links between feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherLanguage {
    /// Its locale tag.
    pub locale: String,
}

/// One feed to write: a channel of one locale.
#[derive(Debug, Clone, Copy)]
pub struct Feed<'a> {
    /// The publication (URLs and ids).
    pub publication: &'a Publication,
    /// The locale's strings and editions.
    pub build: &'a LocaleBuild,
    /// The channel.
    pub channel: &'a ChannelText,
    /// The channel's editions, newest first.
    pub editions: &'a [&'a Edition],
    /// The publication's other locales.
    pub others: &'a [OtherLanguage],
}

impl Feed<'_> {
    fn locale(&self) -> &str {
        &self.build.locale
    }

    fn url(&self, format: FeedFormat) -> String {
        let p = self.publication;
        p.url(&p.feed_path(self.locale(), &self.channel.id, format))
            .to_string()
    }

    fn other_url(&self, locale: &str, format: FeedFormat) -> String {
        let p = self.publication;
        p.url(&p.feed_path(locale, &self.channel.id, format))
            .to_string()
    }

    /// The locale's home page, the feed's `link`.
    fn home(&self) -> String {
        self.publication
            .url(&format!("{}/", self.locale()))
            .to_string()
    }

    fn edition_url(&self, locale: &str, e: &Edition) -> String {
        let p = self.publication;
        p.url(&p.edition_path(locale, &e.release.id)).to_string()
    }

    /// The time of the newest change: the newest edition's publication time.
    fn updated(&self) -> Option<&Timestamp> {
        self.editions.iter().map(|e| &e.modified).max()
    }
}

/// Writes a channel's JSON Feed 1.1 (<https://www.jsonfeed.org/version/1.1/>): the same items, ids
/// and URLs as the RSS and Atom feeds, with `language`, and the WebSub hub if there is one.
pub fn json_feed(feed: &Feed<'_>) -> io::Result<Vec<u8>> {
    let items = feed
        .editions
        .iter()
        .map(|e| json_item(feed, e))
        .collect::<io::Result<Vec<_>>>()?;
    json_document(feed, items)
}

fn json_item(feed: &Feed<'_>, e: &Edition) -> io::Result<serde_json::Value> {
    use serde_json::{json, Value};
    let p = feed.publication;
    let t = &feed.build.text;
    // The same safety net as the XML writer: no character a reader would choke on.
    for text in [&e.headline, &e.summary, &e.issuer]
        .into_iter()
        .chain(&e.keywords)
    {
        silkwire_markup::check(text)?;
    }
    let mut item = json!({
        "id": p.entry_id(&e.release, feed.locale()),
        "url": feed.edition_url(feed.locale(), e),
        "title": e.headline,
        "summary": e.summary,
        "content_html": body_html(e, &t.label_original_link)?,
        "date_published": rfc3339(&e.release.published),
        "date_modified": rfc3339(&e.modified),
        "language": feed.locale(),
        "authors": [{ "name": e.issuer }],
        "tags": e.keywords,
    });
    if let (Some(photo), Value::Object(map)) = (e.release.photos.first(), &mut item) {
        map.insert("image".into(), Value::String(photo.url.to_string()));
    }
    Ok(item)
}

fn json_document(feed: &Feed<'_>, items: Vec<serde_json::Value>) -> io::Result<Vec<u8>> {
    use serde_json::{json, Value};
    let p = feed.publication;
    let t = &feed.build.text;
    for text in [&feed.channel.title, &t.feed_description, &t.publisher] {
        silkwire_markup::check(text)?;
    }
    let mut value = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.channel.title,
        "home_page_url": feed.home(),
        "feed_url": feed.url(FeedFormat::Json),
        "description": t.feed_description,
        "language": feed.locale(),
        "authors": [{ "name": t.publisher }],
        "items": items,
    });
    if let (Some(hub), Value::Object(map)) = (&p.websub_hub, &mut value) {
        map.insert(
            "hubs".into(),
            json!([{ "type": "WebSub", "url": hub.as_str() }]),
        );
    }
    let mut text = serde_json::to_string_pretty(&value).map_err(io::Error::other)?;
    text.push('\n');
    Ok(text.into_bytes())
}

/// A feed written in parts, for a channel too long to render whole: its text before and after the
/// items ([`frame`]) and each item's text ([`item`]), which can be rendered apart (on other threads,
/// a few at a time) and put together in order.
///
/// `head`, then `open`, the items separated by `separator`, `close` (these three only when there
/// is an item), then `tail` are byte for byte what [`rss`], [`atom`] or [`json_feed`] write for the
/// same items.
///
/// ```
/// use silkwire_core::site::FeedFormat;
/// use silkwire_feeds::{frame, item, rss, Feed};
///
/// let publication = silkwire_core::example::publication();
/// let build = silkwire_l10n::example::locale_build();
/// let editions: Vec<_> = build.editions.iter().collect();
/// let feed = Feed {
///     publication: &publication,
///     build: &build,
///     channel: &build.text.channels[0],
///     editions: &editions,
///     others: &[],
/// };
/// let parts = frame(&feed, FeedFormat::Rss, feed_updated(&editions))?;
/// let mut whole = parts.head.clone();
/// whole.extend_from_slice(parts.open);
/// whole.extend(item(&feed, FeedFormat::Rss, editions[0])?);
/// whole.extend_from_slice(parts.close);
/// whole.extend_from_slice(&parts.tail);
/// assert_eq!(whole, rss(&feed)?);
/// # fn feed_updated<'a>(e: &[&'a silkwire_l10n::Edition]) -> Option<&'a silkwire_core::time::Timestamp> {
/// #     e.iter().map(|e| &e.modified).max()
/// # }
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// Everything before the first item.
    pub head: Vec<u8>,
    /// Before the first item, when there is one.
    pub open: &'static [u8],
    /// Between two items.
    pub separator: &'static [u8],
    /// After the last item, when there is one.
    pub close: &'static [u8],
    /// Everything after the last item.
    pub tail: Vec<u8>,
}

/// The text of `feed` (in `format`) around its items; `updated` is the newest `modified` of its
/// items (`feed.editions` is not read).
pub fn frame(
    feed: &Feed<'_>,
    format: FeedFormat,
    updated: Option<&Timestamp>,
) -> io::Result<Parts> {
    let split = |doc: Vec<u8>, at: usize| {
        let (head, tail) = doc.split_at(at);
        Parts {
            head: head.to_vec(),
            open: b"",
            separator: b"",
            close: b"",
            tail: tail.to_vec(),
        }
    };
    let mut at = 0;
    let mut mark = |w: &mut XmlWriter| {
        at = w.get_ref().len();
        Ok(())
    };
    match format {
        FeedFormat::Rss => {
            let doc = rss_document(feed, updated, &mut mark)?;
            Ok(split(doc, at))
        }
        FeedFormat::Atom => {
            let doc = atom_document(feed, updated, &mut mark)?;
            Ok(split(doc, at))
        }
        FeedFormat::Json => {
            let doc = json_document(feed, Vec::new())?;
            // The only `"items": []` of the text: in a string, its quotes would be escaped.
            const EMPTY: &[u8] = b"\"items\": []";
            let at = doc
                .windows(EMPTY.len())
                .position(|w| w == EMPTY)
                .ok_or_else(|| io::Error::other("a JSON Feed without items"))?
                + EMPTY.len()
                - 1;
            Ok(Parts {
                open: b"\n",
                separator: separator(format),
                close: b"\n  ",
                ..split(doc, at)
            })
        }
    }
}

/// What [`Parts`] puts between two items of a feed in `format`.
pub fn separator(format: FeedFormat) -> &'static [u8] {
    match format {
        FeedFormat::Json => b",\n",
        FeedFormat::Rss | FeedFormat::Atom => b"",
    }
}

/// The text of one item of `feed` (in `format`), as [`Parts`] puts it.
pub fn item(feed: &Feed<'_>, format: FeedFormat, e: &Edition) -> io::Result<Vec<u8>> {
    // The item is written where it stands in a feed (two levels deep in RSS, one in Atom), so that
    // its indentation is the same.
    let nested = |depth: usize, write: &dyn Fn(&mut XmlWriter) -> io::Result<()>| {
        let (mut w, at) = silkwire_markup::nested(depth, silkwire_markup::capacity_for(e))?;
        write(&mut w)?;
        let mut bytes = w.into_inner();
        bytes.drain(..at);
        Ok::<_, io::Error>(bytes)
    };
    match format {
        FeedFormat::Rss => nested(2, &|w| rss_item(w, feed, e)),
        FeedFormat::Atom => nested(1, &|w| atom_entry(w, feed, e)),
        FeedFormat::Json => {
            // Pretty-printed as in the feed: each line four spaces further in.
            let text =
                serde_json::to_string_pretty(&json_item(feed, e)?).map_err(io::Error::other)?;
            let mut out = Vec::with_capacity(text.len() + text.len() / 8);
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    out.push(b'\n');
                }
                out.extend_from_slice(b"    ");
                out.extend_from_slice(line.as_bytes());
            }
            Ok(out)
        }
    }
}

/// A language's feeds for the OPML index: its name and, per channel, the feed title.
#[derive(Debug, Clone, Copy)]
pub struct OpmlLanguage<'a> {
    /// The locale.
    pub locale: &'a str,
    /// The language's name in itself.
    pub name: &'a str,
    /// Each channel's id and feed title in that language.
    pub channels: &'a [ChannelText],
}

/// The OPML 2.0 index of every feed (locale × channel × format), for partners to subscribe to
/// everything in one step. `title` names the publication.
pub fn opml(p: &Publication, title: &str, languages: &[OpmlLanguage<'_>]) -> io::Result<Vec<u8>> {
    let mut w = document()?;
    element(&mut w, "opml", &[("version", "2.0")], |w| {
        element(w, "head", &[], |w| text_element(w, "title", &[], title))?;
        element(w, "body", &[], |w| {
            for l in languages {
                element(
                    w,
                    "outline",
                    &[("text", l.name), ("language", l.locale)],
                    |w| {
                        for c in l.channels {
                            let home = p.url(&format!("{}/", l.locale)).to_string();
                            element(w, "outline", &[("text", &c.title)], |w| {
                                for format in p.feed_formats() {
                                    let url =
                                        p.url(&p.feed_path(l.locale, &c.id, format)).to_string();
                                    let text = format!("{} ({})", c.title, format.name());
                                    empty(
                                        w,
                                        "outline",
                                        &[
                                            ("type", "rss"),
                                            ("text", &text),
                                            ("title", &text),
                                            ("xmlUrl", &url),
                                            ("htmlUrl", &home),
                                            ("language", l.locale),
                                        ],
                                    )?;
                                }
                                Ok(())
                            })?;
                        }
                        Ok(())
                    },
                )?;
            }
            Ok(())
        })
    })?;
    Ok(finish(w))
}

/// Writes a channel's RSS 2.0 feed.
pub fn rss(feed: &Feed<'_>) -> io::Result<Vec<u8>> {
    rss_document(feed, feed.updated(), &mut |w| {
        feed.editions.iter().try_for_each(|e| rss_item(w, feed, e))
    })
}

/// The items are written by `items`, where they go.
type Items<'a> = dyn FnMut(&mut XmlWriter) -> io::Result<()> + 'a;

fn rss_document(
    feed: &Feed<'_>,
    updated: Option<&Timestamp>,
    items: &mut Items<'_>,
) -> io::Result<Vec<u8>> {
    let mut w = document()?;
    let t = &feed.build.text;
    element(
        &mut w,
        "rss",
        &[
            ("version", "2.0"),
            ("xmlns:atom", "http://www.w3.org/2005/Atom"),
            ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:media", "http://search.yahoo.com/mrss/"),
        ],
        |w| {
            element(w, "channel", &[], |w| {
                text_element(w, "title", &[], &feed.channel.title)?;
                text_element(w, "link", &[], &feed.home())?;
                text_element(w, "description", &[], &t.feed_description)?;
                text_element(w, "language", &[], feed.locale())?;
                text_element(w, "copyright", &[], &t.feed_rights)?;
                if let Some(updated) = updated {
                    text_element(w, "lastBuildDate", &[], &rfc822(updated))?;
                }
                text_element(w, "generator", &[], "Silkwire")?;
                text_element(w, "docs", &[], "https://www.rssboard.org/rss-specification")?;
                let own = feed.url(FeedFormat::Rss);
                empty(
                    w,
                    "atom:link",
                    &[
                        ("href", &own),
                        ("rel", "self"),
                        ("type", FeedFormat::Rss.media_type()),
                    ],
                )?;
                if let Some(hub) = &feed.publication.websub_hub {
                    empty(w, "atom:link", &[("href", hub.as_str()), ("rel", "hub")])?;
                }
                for o in feed.others {
                    let href = feed.other_url(&o.locale, FeedFormat::Rss);
                    empty(
                        w,
                        "atom:link",
                        &[
                            ("href", &href),
                            ("rel", "alternate"),
                            ("hreflang", &o.locale),
                            ("type", FeedFormat::Rss.media_type()),
                        ],
                    )?;
                }
                items(w)
            })
        },
    )?;
    Ok(finish(w))
}

fn rss_item(w: &mut XmlWriter, feed: &Feed<'_>, e: &Edition) -> io::Result<()> {
    let p = feed.publication;
    let t = &feed.build.text;
    element(w, "item", &[], |w| {
        text_element(w, "title", &[], &e.headline)?;
        text_element(w, "link", &[], &feed.edition_url(&e.locale, e))?;
        text_element(w, "description", &[], &e.summary)?;
        text_element(
            w,
            "content:encoded",
            &[],
            &body_html(e, &t.label_original_link)?,
        )?;
        text_element(
            w,
            "guid",
            &[("isPermaLink", "false")],
            &p.entry_id(&e.release, &e.locale),
        )?;
        text_element(w, "pubDate", &[], &rfc822(&e.release.published))?;
        text_element(w, "dc:creator", &[], &e.issuer)?;
        // Each Media Topic twice: its code in the IPTC domain (what the RSS spec asks a domain's value
        // to be, the same in every language) and its name in this language (what readers show).
        for s in &e.subjects {
            let code = s.qcode.trim_start_matches("medtop:");
            text_element(w, "category", &[("domain", MEDIATOPIC_SCHEME)], code)?;
            text_element(w, "category", &[], &s.label)?;
        }
        for k in &e.keywords {
            text_element(w, "category", &[], k)?;
        }
        if let Some(photo) = e.release.photos.first() {
            let length = photo.length.to_string();
            empty(
                w,
                "enclosure",
                &[
                    ("url", photo.url.as_str()),
                    ("length", &length),
                    ("type", &photo.media_type),
                ],
            )?;
        }
        for (photo, pt) in e.release.photos.iter().zip(&e.photos) {
            let (width, height, length) = (
                photo.width.to_string(),
                photo.height.to_string(),
                photo.length.to_string(),
            );
            element(
                w,
                "media:content",
                &[
                    ("url", photo.url.as_str()),
                    ("type", &photo.media_type),
                    ("medium", "image"),
                    ("width", &width),
                    ("height", &height),
                    ("fileSize", &length),
                ],
                |w| {
                    text_element(w, "media:description", &[("type", "plain")], &pt.caption)?;
                    text_element(w, "media:credit", &[], &pt.credit)
                },
            )?;
        }
        Ok(())
    })
}

/// Writes a channel's Atom 1.0 feed.
pub fn atom(feed: &Feed<'_>) -> io::Result<Vec<u8>> {
    atom_document(feed, feed.updated(), &mut |w| {
        feed.editions
            .iter()
            .try_for_each(|e| atom_entry(w, feed, e))
    })
}

fn atom_document(
    feed: &Feed<'_>,
    updated: Option<&Timestamp>,
    items: &mut Items<'_>,
) -> io::Result<Vec<u8>> {
    let p = feed.publication;
    let t = &feed.build.text;
    let mut w = document()?;
    let updated = match updated {
        Some(u) => rfc3339(u),
        // An empty channel: the publication's own start date, so the output stays deterministic.
        None => format!("{}T00:00:00Z", p.id_since.format("%Y-%m-%d")),
    };
    element(
        &mut w,
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", feed.locale()),
        ],
        |w| {
            text_element(w, "id", &[], &p.feed_id(feed.locale(), &feed.channel.id))?;
            text_element(w, "title", &[], &feed.channel.title)?;
            text_element(w, "subtitle", &[], &t.feed_description)?;
            text_element(w, "updated", &[], &updated)?;
            element(w, "author", &[], |w| {
                text_element(w, "name", &[], &t.publisher)
            })?;
            text_element(w, "rights", &[], &t.feed_rights)?;
            text_element(w, "generator", &[], "Silkwire")?;
            let own = feed.url(FeedFormat::Atom);
            empty(
                w,
                "link",
                &[
                    ("rel", "self"),
                    ("type", FeedFormat::Atom.media_type()),
                    ("href", &own),
                ],
            )?;
            if let Some(hub) = &p.websub_hub {
                empty(w, "link", &[("rel", "hub"), ("href", hub.as_str())])?;
            }
            let home = feed.home();
            empty(
                w,
                "link",
                &[
                    ("rel", "alternate"),
                    ("type", PAGE_MEDIA_TYPE),
                    ("hreflang", feed.locale()),
                    ("href", &home),
                ],
            )?;
            for o in feed.others {
                let href = feed.other_url(&o.locale, FeedFormat::Atom);
                empty(
                    w,
                    "link",
                    &[
                        ("rel", "alternate"),
                        ("type", FeedFormat::Atom.media_type()),
                        ("hreflang", &o.locale),
                        ("href", &href),
                    ],
                )?;
            }
            items(w)
        },
    )?;
    Ok(finish(w))
}

fn atom_entry(w: &mut XmlWriter, feed: &Feed<'_>, e: &Edition) -> io::Result<()> {
    let p = feed.publication;
    let t = &feed.build.text;
    element(w, "entry", &[], |w| {
        text_element(w, "id", &[], &p.entry_id(&e.release, &e.locale))?;
        text_element(w, "title", &[], &e.headline)?;
        text_element(w, "published", &[], &rfc3339(&e.release.published))?;
        text_element(w, "updated", &[], &rfc3339(&e.modified))?;
        element(w, "author", &[], |w| {
            text_element(w, "name", &[], &e.issuer)
        })?;
        let own = feed.edition_url(&e.locale, e);
        empty(
            w,
            "link",
            &[
                ("rel", "alternate"),
                ("type", PAGE_MEDIA_TYPE),
                ("hreflang", &e.locale),
                ("href", &own),
            ],
        )?;
        // The other language editions. Their type carries the charset parameter (true: pages are
        // UTF-8) so that it differs from this edition's link: feedparser takes the *last* HTML
        // alternate as an entry's link, most other readers the first, and with this both pick
        // this language's page.
        for s in &e.siblings {
            let href = feed.edition_url(&s.locale, e);
            empty(
                w,
                "link",
                &[
                    ("rel", "alternate"),
                    ("type", SIBLING_PAGE_MEDIA_TYPE),
                    ("hreflang", &s.locale),
                    ("href", &href),
                ],
            )?;
        }
        // The original release on the issuer's or distributor's site.
        empty(
            w,
            "link",
            &[
                ("rel", "via"),
                ("type", PAGE_MEDIA_TYPE),
                ("href", e.release.original_link.as_str()),
            ],
        )?;
        for photo in &e.release.photos {
            let length = photo.length.to_string();
            empty(
                w,
                "link",
                &[
                    ("rel", "enclosure"),
                    ("type", &photo.media_type),
                    ("length", &length),
                    ("href", photo.url.as_str()),
                ],
            )?;
        }
        for s in &e.subjects {
            let term = s.qcode.trim_start_matches("medtop:");
            empty(
                w,
                "category",
                &[
                    ("term", term),
                    ("scheme", MEDIATOPIC_SCHEME),
                    ("label", &s.label),
                ],
            )?;
        }
        for k in &e.keywords {
            empty(w, "category", &[("term", k)])?;
        }
        text_element(w, "summary", &[], &e.summary)?;
        element(w, "content", &[("type", "xhtml")], |w| {
            element(w, "div", &[("xmlns", XHTML_NS)], |w| {
                write_body(w, e, &t.label_original_link)
            })
        })
    })
}
