//! Property tests: arbitrary Unicode (every target script, XML's special characters, `]]>`,
//! controls) pushed through every emitter. The output is always well-formed and gives the text back
//! exactly, or the text is refused with an error naming the character.

use proptest::prelude::*;
use roxmltree::{Document, ParsingOptions};
use silkwire_feeds::{Feed, OtherLanguage};
use silkwire_l10n::LocaleBuild;

/// Characters of every kind the emitters must handle.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 .,;:!?'\"()-]{1,8}",
        Just("&".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("]]>".to_string()),
        Just("&amp;".to_string()),
        Just("\"".to_string()),
        Just("<![CDATA[".to_string()),
        Just("\t".to_string()),
        Just("\n".to_string()),
        "[\u{4e00}-\u{9fa5}]{1,4}",   // Han
        "[\u{0e01}-\u{0e4e}]{1,6}",   // Thai
        "[\u{1000}-\u{104f}]{1,6}",   // Myanmar
        "[\u{1780}-\u{17dd}]{1,6}",   // Khmer
        "[\u{0e81}-\u{0edf}]{1,6}",   // Lao
        "[\u{0b82}-\u{0bcd}]{1,6}",   // Tamil
        "[àáạảãâầấậẩẫăằắặẳẵđ]{1,4}",
        "[\u{0300}-\u{036f}]{1}",     // combining marks
        "[\u{1f300}-\u{1f64f}]{1,2}", // emoji
        "[\u{a0}\u{200b}\u{2014}]{1}",
        // Characters that must be refused.
        "[\u{0}-\u{8}\u{b}\u{c}\u{e}-\u{1f}\u{7f}-\u{9f}\u{2068}\u{2069}\u{202e}\u{fffe}\u{ffff}\r]{1}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 1..8).prop_map(|v| v.concat())
}

fn refused(s: &str) -> bool {
    s.chars()
        .any(|c| silkwire_core::text::is_forbidden(c) || c == '\r')
}

fn parse(xml: &str) -> Document<'_> {
    let options = ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    Document::parse_with_options(xml, options)
        .unwrap_or_else(|e| panic!("not well-formed: {e}\n{xml}"))
}

fn texts(doc: &Document<'_>, name: &str) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == name)
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

/// The example edition with `s` as its headline, summary, first paragraph, caption and alt text.
fn build_with(s: &str) -> LocaleBuild {
    let mut build = silkwire_l10n::example::locale_build();
    let e = &mut build.editions[0];
    e.headline = s.to_string();
    e.summary = s.to_string();
    e.paragraphs[1] = s.to_string();
    e.photos[0].caption = s.to_string();
    e.photos[0].alt = s.to_string();
    build
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn every_emitter_round_trips_or_refuses(s in text(), title in text()) {
        let p = silkwire_core::example::publication();
        let mut build = build_with(&s);
        // The headline alone gets its own text: an emitter that skipped the safety net on one
        // field would show.
        build.editions[0].headline = title.clone();
        let s_and_title = format!("{s}{title}");
        let editions: Vec<_> = build.editions.iter().collect();
        let others = [OtherLanguage { locale: "zh-Hans".into() }];
        let feed = Feed {
            publication: &p,
            build: &build,
            channel: &build.text.channels[0],
            editions: &editions,
            others: &others,
        };
        let e = &build.editions[0];
        let outputs = [
            ("rss", silkwire_feeds::rss(&feed)),
            ("atom", silkwire_feeds::atom(&feed)),
            ("json", silkwire_feeds::json_feed(&feed)),
            ("newsml", silkwire_newsml::news_item(&p, &build.text, e)),
            ("page", silkwire_pages::edition_page(&p, &build, e)),
        ];
        for (name, out) in outputs {
            if refused(&s_and_title) {
                let err = out.expect_err(name);
                prop_assert!(err.to_string().contains("U+"), "{name}: {err}");
                continue;
            }
            let bytes = out.unwrap_or_else(|e| panic!("{name}: {e}"));
            let text = String::from_utf8(bytes).expect("utf-8");
            if name == "json" {
                let v: serde_json::Value = serde_json::from_str(&text).expect("json");
                prop_assert_eq!(v["items"][0]["title"].as_str(), Some(title.as_str()));
                prop_assert_eq!(v["items"][0]["summary"].as_str(), Some(s.as_str()));
                continue;
            }
            let doc = parse(&text);
            match name {
                "rss" => {
                    prop_assert!(texts(&doc, "title").contains(&title));
                    // content:encoded is HTML as text: parsed again, it gives the paragraph back.
                    let html = texts(&doc, "encoded").remove(0);
                    let inner = format!("<div>{html}</div>");
                    let body = parse(&inner);
                    prop_assert!(texts(&body, "p").contains(&s), "{}", html);
                }
                "atom" => {
                    prop_assert!(texts(&doc, "title").contains(&title));
                    prop_assert!(texts(&doc, "summary").contains(&s));
                    prop_assert!(texts(&doc, "p").contains(&s));
                }
                "newsml" => {
                    prop_assert!(texts(&doc, "headline").contains(&title));
                    prop_assert!(texts(&doc, "p").contains(&s));
                }
                _ => {
                    prop_assert!(texts(&doc, "h1").contains(&title));
                    let alt = doc
                        .descendants()
                        .find(|n| n.tag_name().name() == "img")
                        .and_then(|n| n.attribute("alt"));
                    prop_assert_eq!(alt, Some(s.as_str()));
                }
            }
        }
    }
}
