//! XML writing shared by Silkwire's emitters, and the one renderer of a release's body.
//!
//! Every emitter writes XML through quick-xml's [`Writer`]: text is escaped exactly once, by the writer.
//! The body of an edition (dateline, paragraphs, the figure with its caption and credit, the original
//! link) is rendered here once, as XHTML blocks, and reused by the RSS `content:encoded` (as escaped
//! HTML), the Atom `xhtml` content, the NewsML-G2 `inlineXML` and the edition pages, so a reader sees
//! the same text in every format.
//!
//! ```
//! use quick_xml::Writer;
//! use silkwire_markup::{element, text_element};
//!
//! let mut w = Writer::new(Vec::new());
//! element(&mut w, "p", &[("class", "note")], |w| {
//!     silkwire_markup::text(w, "R&D <costs> rose")
//! }).unwrap();
//! text_element(&mut w, "b", &[], "\"quoted\" & done").unwrap();
//! assert_eq!(
//!     String::from_utf8(w.into_inner()).unwrap(),
//!     "<p class=\"note\">R&amp;D &lt;costs&gt; rose</p><b>\"quoted\" &amp; done</b>"
//! );
//! ```
#![deny(missing_docs)]

use std::io;

use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use silkwire_l10n::Edition;

/// The writer every emitter uses: XML into memory.
pub type XmlWriter = Writer<Vec<u8>>;

/// The XHTML namespace.
pub const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// A new XML document: the UTF-8 declaration, then two-space indentation.
pub fn document() -> io::Result<XmlWriter> {
    document_with_capacity(0)
}

/// A [`document`] whose buffer starts with room for `capacity` bytes (see [`capacity_for`]), so
/// that a large document is not copied over and over as it grows.
pub fn document_with_capacity(capacity: usize) -> io::Result<XmlWriter> {
    let mut w = Writer::new_with_indent(Vec::with_capacity(capacity), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    Ok(w)
}

/// About the bytes a document that carries `e`'s body takes: its text twice over (room for markup
/// and escaping) and room for the rest.
pub fn capacity_for(e: &Edition) -> usize {
    let text: usize = e.paragraphs.iter().map(String::len).sum::<usize>()
        + e.boilerplate
            .about
            .iter()
            .map(|(h, a)| h.len() + a.len())
            .sum::<usize>();
    2 * text + 8192
}

/// A writer as it stands `depth` elements deep in a [`document`], for a fragment (a feed item)
/// written on its own and put into a document at that depth later: the returned offset is where
/// the fragment's bytes start, so that they come out indented as they would in place. `capacity`
/// is as for [`document_with_capacity`].
pub fn nested(depth: usize, capacity: usize) -> io::Result<(XmlWriter, usize)> {
    let mut w = Writer::new_with_indent(Vec::with_capacity(capacity), b' ', 2);
    for _ in 0..depth {
        w.write_event(Event::Start(BytesStart::new("x")))?;
    }
    let at = w.get_ref().len();
    Ok((w, at))
}

/// The finished document's bytes, ending with a newline.
pub fn finish(w: XmlWriter) -> Vec<u8> {
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    // The room left over goes back now: a finished document may wait a while to be written.
    bytes.shrink_to_fit();
    bytes
}

/// Refuses text that no output may contain (see [`silkwire_core::text::is_forbidden`]).
///
/// Inputs are checked when they are loaded, with located errors; this is the safety net that keeps
/// any other path from producing XML that parsers reject.
pub fn check(s: &str) -> io::Result<()> {
    // A carriage return is legal XML, but parsers turn it into a line feed: it would not come back.
    if !silkwire_core::text::has_forbidden(s, true) {
        return Ok(());
    }
    let bad = s
        .char_indices()
        .find(|&(_, c)| silkwire_core::text::is_forbidden(c) || c == '\r');
    match bad {
        None => Ok(()),
        Some((_, c)) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{} in \"{s}\"", silkwire_core::text::describe(c)),
        )),
    }
}

/// Writes text content, escaping `&`, `<` and `>`.
pub fn text(w: &mut XmlWriter, s: &str) -> io::Result<()> {
    check(s)?;
    w.write_event(Event::Text(BytesText::from_escaped(partial_escape(s))))
}

fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> io::Result<BytesStart<'a>> {
    if attrs.is_empty() {
        return Ok(BytesStart::new(name));
    }
    // Room for every ` key="value"` up front (a little more for escapes), instead of a copy per
    // attribute as the tag grows.
    let room = attrs
        .iter()
        .map(|(k, v)| k.len() + v.len() + 8)
        .sum::<usize>();
    let mut content = String::with_capacity(name.len() + room);
    content.push_str(name);
    let mut start = BytesStart::from_content(content, name.len());
    for a in attrs {
        check(a.1)?;
        // quick-xml escapes attribute values, tabs and line feeds included (as character
        // references, so attribute-value normalization does not turn them into spaces).
        start.push_attribute(*a);
    }
    Ok(start)
}

/// Ends the indentation's line-break heuristic so the next end tag follows directly (mixed content).
fn keep_on_line(w: &mut XmlWriter) -> io::Result<()> {
    w.write_event(Event::Text(BytesText::from_escaped("")))
}

/// Writes `<name attrs>…</name>` with `inner` writing the content.
pub fn element<F>(w: &mut XmlWriter, name: &str, attrs: &[(&str, &str)], inner: F) -> io::Result<()>
where
    F: FnOnce(&mut XmlWriter) -> io::Result<()>,
{
    w.write_event(Event::Start(start(name, attrs)?))?;
    inner(w)?;
    w.write_event(Event::End(BytesEnd::new(name)))
}

/// Writes `<name attrs>text</name>`.
pub fn text_element(
    w: &mut XmlWriter,
    name: &str,
    attrs: &[(&str, &str)],
    s: &str,
) -> io::Result<()> {
    element(w, name, attrs, |w| {
        if s.is_empty() {
            keep_on_line(w)
        } else {
            text(w, s)
        }
    })
}

/// Writes an empty element `<name attrs/>`.
pub fn empty(w: &mut XmlWriter, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.write_event(Event::Empty(start(name, attrs)?))
}

/// Writes the body of an edition as XHTML blocks (no wrapper):
///
/// - the first paragraph, led by the dateline: `BEIJING, Sept. 18, 2023 /PRNewswire/ — In recent…`;
/// - each photo as a `figure` (image with size and text alternative, caption, credit) after its paragraph;
/// - the other paragraphs;
/// - the original link, labelled `original_link_label`;
/// - the issuer's "About" section, media contacts and disclaimers.
///
/// Update, correction and withdrawal notices come first, newest first, then (in a translation) the
/// notice that the original text governs, with a link to it.
pub fn write_body(w: &mut XmlWriter, e: &Edition, original_link_label: &str) -> io::Result<()> {
    // Updates, corrections and a withdrawal come first, newest first, as wire copy prints them.
    for n in e.notices.iter().rev() {
        text_element(w, "p", &[("class", "notice")], &n.text)?;
    }
    // A withdrawn release is not republished: only its notice remains.
    if e.withdrawn {
        return Ok(());
    }
    if let Some(t) = &e.translation {
        element(w, "p", &[("class", "notice-translation")], |w| {
            text(w, &t.text)?;
            if silkwire_l10n::width::space_after(&t.text) {
                text(w, " ")?;
            }
            let mut attrs = vec![("href", t.href.as_str())];
            if let Some(lang) = &t.hreflang {
                attrs.push(("hreflang", lang));
                attrs.push(("lang", lang));
            }
            text_element(w, "a", &attrs, &t.link_text)?;
            keep_on_line(w)
        })?;
    }
    for (i, para) in e.paragraphs.iter().enumerate() {
        let n = i + 1;
        if n == 1 {
            let lead = format!("{}{}{}", e.dateline, e.dateline_separator, para);
            text_element(w, "p", &[], &lead)?;
        } else {
            text_element(w, "p", &[], para)?;
        }
        for (photo, t) in e.release.photos.iter().zip(&e.photos) {
            if *photo.after_paragraph != n {
                continue;
            }
            let width = photo.width.to_string();
            let height = photo.height.to_string();
            element(w, "figure", &[], |w| {
                empty(
                    w,
                    "img",
                    &[
                        ("src", photo.url.as_str()),
                        ("alt", &t.alt),
                        ("width", &width),
                        ("height", &height),
                    ],
                )?;
                element(w, "figcaption", &[], |w| {
                    text_element(w, "p", &[], &t.caption)?;
                    text_element(w, "p", &[("class", "credit")], &t.credit_line)
                })
            })?;
        }
    }
    let href = e.release.original_link.as_str();
    element(w, "p", &[("class", "original-link")], |w| {
        text(w, original_link_label)?;
        if silkwire_l10n::width::space_after(original_link_label) {
            text(w, " ")?;
        }
        text_element(w, "a", &[("href", href)], href)?;
        keep_on_line(w)
    })?;
    write_boilerplate(w, e)
}

/// The closing sections: "About", media contacts (mail and telephone links), disclaimers.
fn write_boilerplate(w: &mut XmlWriter, e: &Edition) -> io::Result<()> {
    let b = &e.boilerplate;
    for (heading, about) in &b.about {
        element(w, "section", &[("class", "about")], |w| {
            text_element(w, "h2", &[], heading)?;
            text_element(w, "p", &[], about)
        })?;
    }
    if let Some((heading, contacts)) = &b.contacts {
        element(w, "section", &[("class", "contacts")], |w| {
            text_element(w, "h2", &[], heading)?;
            for c in contacts {
                element(w, "p", &[], |w| {
                    text(w, &c.name)?;
                    if let Some(email) = &c.email {
                        empty(w, "br", &[])?;
                        let href = format!("mailto:{email}");
                        text_element(w, "a", &[("href", &href)], email)?;
                    }
                    if let Some(phone) = &c.phone {
                        empty(w, "br", &[])?;
                        let digits: String = phone
                            .chars()
                            .filter(|c| c.is_ascii_digit() || *c == '+')
                            .collect();
                        let href = format!("tel:{digits}");
                        text_element(w, "a", &[("href", &href)], phone)?;
                    }
                    keep_on_line(w)
                })?;
            }
            Ok(())
        })?;
    }
    for d in &b.disclaimers {
        text_element(w, "p", &[("class", "disclaimer")], d)?;
    }
    Ok(())
}

/// The body as an HTML string (for RSS `content:encoded`), on one line per block.
pub fn body_html(e: &Edition, original_link_label: &str) -> io::Result<String> {
    let mut w = Writer::new(Vec::with_capacity(capacity_for(e)));
    write_body(&mut w, e, original_link_label)?;
    String::from_utf8(w.into_inner()).map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_never_reach_the_output() {
        for bad in ["a\u{7}b", "a\u{2068}b", "\u{FFFF}"] {
            let mut w = Writer::new(Vec::new());
            assert!(text_element(&mut w, "t", &[], bad).is_err());
            let mut w = Writer::new(Vec::new());
            assert!(empty(&mut w, "t", &[("a", bad)]).is_err());
        }
    }

    #[test]
    fn text_is_escaped_once() {
        let mut w = Writer::new(Vec::new());
        text_element(&mut w, "t", &[("a", "x\"&<y")], "a &amp; b ]]> <c>").unwrap();
        assert_eq!(
            String::from_utf8(w.into_inner()).unwrap(),
            "<t a=\"x&quot;&amp;&lt;y\">a &amp;amp; b ]]&gt; &lt;c&gt;</t>"
        );
    }
}
