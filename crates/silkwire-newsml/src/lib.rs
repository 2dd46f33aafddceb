//! NewsML-G2 2.35 text items for localized Silkwire editions.
//!
//! Each language edition of a release becomes one `newsItem` (`conformance="power"`, valid against
//! IPTC's NewsML-G2 2.35 All-Power XSD) with its own stable guid per release and locale, the rights,
//! the item metadata (class `ninat:text`, provider, creation times, publication status, and an
//! `irel:seeAlso` link to every other language edition, which the same build also writes), the
//! content metadata (creation time, place, creator, language, genre, Media Topic subjects, keywords,
//! slugline, headline, dateline, creditline, description) and the body as XHTML in `inlineXML`.
//!
//! Element order follows the XSD's sequences exactly: the schema is strict about it.
//!
//! ```
//! let publication = silkwire_core::example::publication();
//! let build = silkwire_l10n::example::locale_build();
//! let xml = silkwire_newsml::news_item(&publication, &build.text, &build.editions[0])?;
//! let xml = String::from_utf8(xml).unwrap();
//! assert!(xml.contains(r#"guid="urn:newsml:news.example.com:20230101:launch:en""#));
//! assert!(xml.contains(r#"<link rel="irel:seeAlso" residref="urn:newsml:news.example.com:20230101:launch:zh-Hans""#));
//! assert!(xml.contains("<dateline>BEIJING, Sept. 18, 2023 /PRNewswire/</dateline>"));
//! # Ok::<(), std::io::Error>(())
//! ```
#![deny(missing_docs)]

use std::io;

use silkwire_core::site::NEWSITEM_MEDIA_TYPE;
use silkwire_core::time::rfc3339;
use silkwire_core::Publication;
use silkwire_l10n::{Edition, NoticeKind, PublicationText};
use silkwire_markup::{
    capacity_for, document_with_capacity, element, empty, finish, text_element, write_body,
    XHTML_NS,
};

/// The NewsML-G2 namespace.
pub const NAR_NS: &str = "http://iptc.org/std/nar/2006-10-01/";
/// IPTC's catalog of scheme aliases (`medtop:`, `ninat:`, `stat:`, `irel:` …), version 41.
pub const IPTC_CATALOG: &str = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml";

/// Writes one language edition as a NewsML-G2 `newsItem`.
pub fn news_item(p: &Publication, t: &PublicationText, e: &Edition) -> io::Result<Vec<u8>> {
    item(p, t, e, None)
}

/// A `newsItem` document: the root with its guid, version and language, IPTC's catalog, then `inner`.
fn news_item_root(
    guid: &str,
    version: &str,
    locale: &str,
    capacity: usize,
    inner: impl FnOnce(&mut silkwire_markup::XmlWriter) -> io::Result<()>,
) -> io::Result<Vec<u8>> {
    let mut w = document_with_capacity(capacity)?;
    element(
        &mut w,
        "newsItem",
        &[
            ("xmlns", NAR_NS),
            ("guid", guid),
            ("version", version),
            ("standard", "NewsML-G2"),
            ("standardversion", "2.35"),
            ("conformance", "power"),
            ("xml:lang", locale),
        ],
        |w| {
            empty(w, "catalogRef", &[("href", IPTC_CATALOG)])?;
            inner(w)
        },
    )?;
    Ok(finish(w))
}

/// The version of a release's picture items: 2 once the release is withdrawn (the canceled resend).
fn picture_version(e: &Edition) -> u32 {
    if e.withdrawn {
        2
    } else {
        1
    }
}

/// A photo's caption in one language, for its picture item.
#[derive(Debug, Clone, Copy)]
pub struct Caption<'a> {
    /// The locale.
    pub locale: &'a str,
    /// The caption.
    pub caption: &'a str,
}

/// Writes a release's photo as its own NewsML-G2 picture item (`ninat:picture`): the image by
/// reference (`remoteContent`), with its caption in every language (`description role="drol:caption"`
/// per `xml:lang`) and its credit. The text items of the release link to it.
pub fn picture_item(
    p: &Publication,
    provider: &str,
    e: &Edition,
    photo: &silkwire_core::Photo,
    credit: &str,
    captions: &[Caption<'_>],
    embargo: Option<&silkwire_core::time::Timestamp>,
) -> io::Result<Vec<u8>> {
    let r = &e.release;
    let guid = p.picture_guid(r, &photo.id);
    let created = rfc3339(&r.published);
    let version = picture_version(e).to_string();
    // A withdrawn release's picture goes out once more, canceled, at the withdrawal time.
    let version_created = if e.withdrawn {
        rfc3339(&e.modified)
    } else {
        created.clone()
    };
    let width = photo.width.to_string();
    let height = photo.height.to_string();
    let size = photo.length.to_string();
    news_item_root(&guid, &version, &e.locale, 4096, |w| {
        element(w, "itemMeta", &[], |w| {
            empty(w, "itemClass", &[("qcode", "ninat:picture")])?;
            element(w, "provider", &[("literal", &p.provider.value)], |w| {
                text_element(w, "name", &[], provider)
            })?;
            text_element(w, "versionCreated", &[], &version_created)?;
            text_element(w, "firstCreated", &[], &created)?;
            if let Some(until) = embargo {
                text_element(w, "embargoed", &[], &rfc3339(until))?;
            }
            let status = if e.withdrawn {
                "stat:canceled"
            } else {
                "stat:usable"
            };
            empty(w, "pubStatus", &[("qcode", status)])?;
            text_element(w, "generator", &[], "Silkwire")?;
            text_element(w, "title", &[], &e.headline)
        })?;
        element(w, "contentMeta", &[], |w| {
            text_element(w, "contentCreated", &[], &created)?;
            text_element(w, "creditline", &[], credit)?;
            for c in captions {
                text_element(
                    w,
                    "description",
                    &[("role", "drol:caption"), ("xml:lang", c.locale)],
                    c.caption,
                )?;
            }
            Ok(())
        })?;
        element(w, "contentSet", &[], |w| {
            empty(
                w,
                "remoteContent",
                &[
                    ("href", photo.url.as_str()),
                    ("contenttype", &photo.media_type),
                    ("size", &size),
                    ("width", &width),
                    ("height", &height),
                ],
            )
        })
    })
}

/// Writes an embargoed edition for partners: `embargoed` holds the end of the embargo and an
/// editorial note says it (`note`, localized).
pub fn embargoed_news_item(
    p: &Publication,
    t: &PublicationText,
    e: &Edition,
    until: &silkwire_core::time::Timestamp,
    note: &str,
) -> io::Result<Vec<u8>> {
    item(p, t, e, Some((until, note)))
}

fn item(
    p: &Publication,
    t: &PublicationText,
    e: &Edition,
    embargo: Option<(&silkwire_core::time::Timestamp, &str)>,
) -> io::Result<Vec<u8>> {
    let r = &e.release;
    let guid = p.newsml_guid(r, &e.locale);
    let created = rfc3339(&r.published);
    let modified = rfc3339(&e.modified);
    let version = e.version.to_string();
    news_item_root(&guid, &version, &e.locale, capacity_for(e), |w| {
        element(w, "rightsInfo", &[], |w| {
            element(w, "copyrightHolder", &[("literal", &r.issuer.value)], |w| {
                text_element(w, "name", &[], &e.issuer)
            })?;
            text_element(w, "copyrightNotice", &[], &e.copyright_notice)?;
            text_element(w, "usageTerms", &[], &e.usage_terms)
        })?;
        element(w, "itemMeta", &[], |w| {
            empty(w, "itemClass", &[("qcode", "ninat:text")])?;
            element(w, "provider", &[("literal", &p.provider.value)], |w| {
                text_element(w, "name", &[], &t.provider)
            })?;
            text_element(w, "versionCreated", &[], &modified)?;
            text_element(w, "firstCreated", &[], &created)?;
            if let Some((until, _)) = embargo {
                text_element(w, "embargoed", &[], &rfc3339(until))?;
            }
            // A withdrawn release goes out once more, canceled.
            let status = if e.withdrawn {
                "stat:canceled"
            } else {
                "stat:usable"
            };
            empty(w, "pubStatus", &[("qcode", status)])?;
            text_element(w, "generator", &[], "Silkwire")?;
            text_element(w, "title", &[], &e.headline)?;
            if let Some((_, note)) = embargo {
                text_element(w, "edNote", &[], note)?;
            }
            if let Some(last) = e.notices.last() {
                text_element(w, "edNote", &[], &last.text)?;
                let signal = match last.kind {
                    NoticeKind::Update => Some("sig:update"),
                    NoticeKind::Correction => Some("sig:correction"),
                    NoticeKind::Withdrawal => None,
                };
                if let Some(qcode) = signal {
                    empty(w, "signal", &[("qcode", qcode)])?;
                }
            }
            // The original release on the issuer's or distributor's site.
            empty(
                w,
                "link",
                &[
                    ("rel", "irel:seeAlso"),
                    ("href", r.original_link.as_str()),
                    ("contenttype", "text/html"),
                ],
            )?;
            // Each photo, as its own picture item (when the publication writes them).
            let picture = picture_version(e).to_string();
            let photos = if p.outputs.pictures {
                r.photos.as_slice()
            } else {
                &[]
            };
            for photo in photos {
                let residref = p.picture_guid(r, &photo.id);
                empty(
                    w,
                    "link",
                    &[
                        ("rel", "irel:seeAlso"),
                        ("residref", &residref),
                        ("version", &picture),
                        ("contenttype", NEWSITEM_MEDIA_TYPE),
                    ],
                )?;
            }
            for s in &e.siblings {
                let residref = p.newsml_guid(r, &s.locale);
                let version = s.version.to_string();
                element(
                    w,
                    "link",
                    &[
                        ("rel", "irel:seeAlso"),
                        ("residref", &residref),
                        ("version", &version),
                        ("contenttype", NEWSITEM_MEDIA_TYPE),
                        ("xml:lang", &s.locale),
                    ],
                    |w| text_element(w, "title", &[("xml:lang", &s.locale)], &s.headline),
                )?;
            }
            Ok(())
        })?;
        element(w, "contentMeta", &[], |w| {
            text_element(w, "contentCreated", &[], &created)?;
            if e.version > 1 {
                text_element(w, "contentModified", &[], &modified)?;
            }
            element(w, "located", &[("literal", &r.place)], |w| {
                text_element(w, "name", &[], &e.place)
            })?;
            element(w, "creator", &[("literal", &r.issuer.value)], |w| {
                text_element(w, "name", &[], &e.issuer)
            })?;
            empty(w, "language", &[("tag", &e.locale)])?;
            empty(w, "genre", &[("qcode", "genre:Advertiser_Supplied")])?;
            for s in &e.subjects {
                element(w, "subject", &[("qcode", &s.qcode)], |w| {
                    text_element(w, "name", &[], &s.label)
                })?;
            }
            for k in &e.keywords {
                text_element(w, "keyword", &[], k)?;
            }
            text_element(w, "slugline", &[("separator", "-")], &r.slugline)?;
            text_element(w, "headline", &[], &e.headline)?;
            text_element(w, "dateline", &[], &e.dateline)?;
            text_element(w, "creditline", &[], &e.creditline)?;
            text_element(w, "description", &[("role", "drol:summary")], &e.summary)
        })?;
        element(w, "contentSet", &[], |w| {
            element(
                w,
                "inlineXML",
                &[("contenttype", "application/xhtml+xml")],
                |w| {
                    element(
                        w,
                        "html",
                        &[("xmlns", XHTML_NS), ("lang", &e.locale)],
                        |w| {
                            element(w, "head", &[], |w| {
                                text_element(w, "title", &[], &e.headline)
                            })?;
                            element(w, "body", &[], |w| {
                                text_element(w, "h1", &[], &e.headline)?;
                                write_body(w, e, &t.label_original_link)
                            })
                        },
                    )
                },
            )
        })
    })
}
