//! HTML5 pages behind every link in Silkwire's feeds: one page per language edition and one home
//! page per language.
//!
//! Pages are small, valid and accessible: `lang` on the document and on every other-language link,
//! the text alternative of each photo, a heading structure, `hreflang` alternates to the other
//! language editions, and feed autodiscovery links. They are written through quick-xml's writer as
//! polyglot HTML (well-formed XML that is also valid HTML5), so text is escaped exactly once.
//!
//! ```
//! let publication = silkwire_core::example::publication();
//! let build = silkwire_l10n::example::locale_build();
//! let page = String::from_utf8(silkwire_pages::edition_page(&publication, &build, &build.editions[0])?).unwrap();
//! assert!(page.starts_with("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">"));
//! assert!(page.contains(r#"<link rel="alternate" hreflang="zh-Hans" href="https://news.example.com/zh-Hans/releases/launch.html"/>"#));
//! assert!(page.contains(r#"<img src="https://www.example.com/plant.jpg" alt="A factory &amp; &quot;lab&quot;" width="1200" height="800"/>"#));
//!
//! let home = String::from_utf8(silkwire_pages::home_page(&publication, &build, &[])?).unwrap();
//! assert!(home.contains(r#"<a href="https://news.example.com/en/releases/launch.html">"#));
//! # Ok::<(), std::io::Error>(())
//! ```
#![deny(missing_docs)]

use std::io;

use quick_xml::events::{BytesText, Event};
use quick_xml::Writer;
use silkwire_core::Publication;
use silkwire_l10n::{Edition, LocaleBuild};
use silkwire_markup::{element, empty, finish, text_element, write_body, XmlWriter, XHTML_NS};

const STYLE: &str = "body{max-width:42rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.6}img{max-width:100%;height:auto}figure{margin:1.5rem 0}figcaption{font-size:.9rem}.credit{color:#555}";

/// One line of a home page's list of releases: an edition that is not withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HomeEntry<'a> {
    /// The release id (its page is the edition page of the home page's locale).
    pub release: &'a str,
    /// The edition's headline.
    pub headline: &'a str,
    /// The edition's dateline.
    pub dateline: &'a str,
}

/// The home page's list of `build`: its editions that are not withdrawn, in its order.
pub fn home_entries(build: &LocaleBuild) -> Vec<HomeEntry<'_>> {
    build
        .editions
        .iter()
        .filter(|e| !e.withdrawn)
        .map(|e| HomeEntry {
            release: &e.release.id,
            headline: &e.headline,
            dateline: &e.dateline,
        })
        .collect()
}

/// Another language's home page, for the language list of a home page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Its locale tag.
    pub locale: String,
    /// Its name in itself.
    pub name: String,
}

fn page<F>(
    lang: &str,
    capacity: usize,
    head: F,
    body: impl FnOnce(&mut XmlWriter) -> io::Result<()>,
) -> io::Result<Vec<u8>>
where
    F: FnOnce(&mut XmlWriter) -> io::Result<()>,
{
    let mut w = Writer::new_with_indent(Vec::with_capacity(capacity), b' ', 2);
    w.write_event(Event::DocType(BytesText::from_escaped("html")))?;
    // Polyglot markup: the XHTML namespace makes the page the same document as XML and as HTML.
    element(
        &mut w,
        "html",
        &[("xmlns", XHTML_NS), ("lang", lang), ("xml:lang", lang)],
        |w| {
            element(w, "head", &[], |w| {
                empty(w, "meta", &[("charset", "utf-8")])?;
                empty(
                    w,
                    "meta",
                    &[
                        ("name", "viewport"),
                        ("content", "width=device-width, initial-scale=1"),
                    ],
                )?;
                head(w)?;
                text_element(w, "style", &[], STYLE)
            })?;
            element(w, "body", &[], body)
        },
    )?;
    Ok(finish(w))
}

fn feed_links(w: &mut XmlWriter, p: &Publication, build: &LocaleBuild) -> io::Result<()> {
    for c in &build.text.channels {
        for format in p.feed_formats() {
            let href = p
                .url(&p.feed_path(&build.locale, &c.id, format))
                .to_string();
            empty(
                w,
                "link",
                &[
                    ("rel", "alternate"),
                    ("type", format.media_type()),
                    ("title", &c.title),
                    ("href", &href),
                ],
            )?;
        }
    }
    Ok(())
}

fn feed_list(w: &mut XmlWriter, p: &Publication, build: &LocaleBuild) -> io::Result<()> {
    element(w, "footer", &[], |w| {
        text_element(w, "h2", &[], &build.text.label_feeds)?;
        element(w, "ul", &[], |w| {
            for c in &build.text.channels {
                for format in p.feed_formats() {
                    let name = format.name();
                    let href = p
                        .url(&p.feed_path(&build.locale, &c.id, format))
                        .to_string();
                    element(w, "li", &[], |w| {
                        text_element(
                            w,
                            "a",
                            &[("href", &href), ("type", format.media_type())],
                            &format!("{} ({name})", c.title),
                        )
                    })?;
                }
            }
            Ok(())
        })
    })
}

fn home_url(p: &Publication, locale: &str) -> String {
    p.url(&format!("{locale}/")).to_string()
}

/// The page of one language edition: `<locale>/releases/<id>.html`.
pub fn edition_page(p: &Publication, build: &LocaleBuild, e: &Edition) -> io::Result<Vec<u8>> {
    let own = p.url(&p.edition_path(&e.locale, &e.release.id)).to_string();
    page(
        &e.locale,
        silkwire_markup::capacity_for(e),
        |w| {
            text_element(w, "title", &[], &e.headline)?;
            empty(
                w,
                "meta",
                &[
                    ("name", "description"),
                    // A withdrawn page keeps only its notice.
                    (
                        "content",
                        match e.notices.last().filter(|_| e.withdrawn) {
                            Some(n) => &n.text,
                            None => &e.summary,
                        },
                    ),
                ],
            )?;
            empty(w, "link", &[("rel", "canonical"), ("href", &own)])?;
            empty(
                w,
                "link",
                &[
                    ("rel", "alternate"),
                    ("hreflang", &e.locale),
                    ("href", &own),
                ],
            )?;
            for s in &e.siblings {
                let href = p.url(&p.edition_path(&s.locale, &e.release.id)).to_string();
                empty(
                    w,
                    "link",
                    &[
                        ("rel", "alternate"),
                        ("hreflang", &s.locale),
                        ("href", &href),
                    ],
                )?;
            }
            feed_links(w, p, build)
        },
        |w| {
            element(w, "header", &[], |w| {
                element(w, "p", &[], |w| {
                    text_element(
                        w,
                        "a",
                        &[("href", &home_url(p, &e.locale))],
                        &build.text.publisher,
                    )
                })
            })?;
            element(w, "main", &[], |w| {
                element(w, "article", &[], |w| {
                    text_element(w, "h1", &[], &e.headline)?;
                    write_body(w, e, &build.text.label_original_link)
                })?;
                if !e.siblings.is_empty() {
                    element(w, "nav", &[("aria-labelledby", "other-languages")], |w| {
                        text_element(
                            w,
                            "h2",
                            &[("id", "other-languages")],
                            &build.text.label_other_languages,
                        )?;
                        element(w, "ul", &[], |w| {
                            for s in &e.siblings {
                                let href =
                                    p.url(&p.edition_path(&s.locale, &e.release.id)).to_string();
                                element(
                                    w,
                                    "li",
                                    &[("lang", &s.locale), ("xml:lang", &s.locale)],
                                    |w| {
                                        text_element(
                                            w,
                                            "a",
                                            &[("href", &href), ("hreflang", &s.locale)],
                                            &format!("{}: {}", s.language_name, s.headline),
                                        )
                                    },
                                )?;
                            }
                            Ok(())
                        })
                    })?;
                }
                Ok(())
            })?;
            feed_list(w, p, build)
        },
    )
}

/// A language's home page, the `link` of its feeds: `<locale>/index.html`, served as `<locale>/`.
pub fn home_page(p: &Publication, build: &LocaleBuild, others: &[Language]) -> io::Result<Vec<u8>> {
    home_page_with(p, build, &home_entries(build), others)
}

/// [`home_page`] listing `entries` (newest first) instead of `build`'s editions: an incremental
/// build lists the editions it did not localize again from what it recorded of them.
pub fn home_page_with(
    p: &Publication,
    build: &LocaleBuild,
    entries: &[HomeEntry<'_>],
    others: &[Language],
) -> io::Result<Vec<u8>> {
    let own = home_url(p, &build.locale);
    let title = build
        .text
        .channels
        .first()
        .map_or(build.text.publisher.as_str(), |c| c.title.as_str());
    page(
        &build.locale,
        0,
        |w| {
            text_element(w, "title", &[], title)?;
            empty(
                w,
                "meta",
                &[
                    ("name", "description"),
                    ("content", &build.text.feed_description),
                ],
            )?;
            empty(w, "link", &[("rel", "canonical"), ("href", &own)])?;
            empty(
                w,
                "link",
                &[
                    ("rel", "alternate"),
                    ("hreflang", &build.locale),
                    ("href", &own),
                ],
            )?;
            for o in others {
                empty(
                    w,
                    "link",
                    &[
                        ("rel", "alternate"),
                        ("hreflang", &o.locale),
                        ("href", &home_url(p, &o.locale)),
                    ],
                )?;
            }
            feed_links(w, p, build)
        },
        |w| {
            element(w, "main", &[], |w| {
                text_element(w, "h1", &[], title)?;
                text_element(w, "p", &[], &build.text.feed_description)?;
                element(w, "section", &[("aria-labelledby", "releases")], |w| {
                    text_element(w, "h2", &[("id", "releases")], &build.text.label_releases)?;
                    text_element(w, "p", &[], &build.text.release_count)?;
                    element(w, "ul", &[], |w| {
                        for e in entries {
                            let href = p.url(&p.edition_path(&build.locale, e.release)).to_string();
                            element(w, "li", &[], |w| {
                                text_element(w, "a", &[("href", &href)], e.headline)?;
                                text_element(w, "p", &[], e.dateline)
                            })?;
                        }
                        Ok(())
                    })
                })?;
                if !others.is_empty() {
                    element(w, "nav", &[("aria-labelledby", "languages")], |w| {
                        text_element(w, "h2", &[("id", "languages")], &build.text.label_languages)?;
                        element(w, "ul", &[], |w| {
                            for o in others {
                                element(
                                    w,
                                    "li",
                                    &[("lang", &o.locale), ("xml:lang", &o.locale)],
                                    |w| {
                                        text_element(
                                            w,
                                            "a",
                                            &[
                                                ("href", &home_url(p, &o.locale)),
                                                ("hreflang", &o.locale),
                                            ],
                                            &o.name,
                                        )
                                    },
                                )?;
                            }
                            Ok(())
                        })
                    })?;
                }
                Ok(())
            })?;
            feed_list(w, p, build)
        },
    )
}
