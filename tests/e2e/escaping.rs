//! Text with XML's special characters goes through every emitter escaped exactly once: parsing the
//! output gives back the text as it went in (also inside the HTML carried by `content:encoded`).

use roxmltree::Document;
use silkwire_feeds::{Feed, OtherLanguage};

const HEADLINE: &str = "R&D <costs> \"fall\" ]]> at Acme";

fn texts_of(xml: &str, name: &str) -> Vec<String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = Document::parse_with_options(xml, options).expect("well-formed");
    doc.descendants()
        .filter(|n| n.tag_name().name() == name)
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn special_characters_round_trip_through_every_format() {
    let p = silkwire_core::example::publication();
    let build = silkwire_l10n::example::locale_build();
    assert_eq!(build.editions[0].headline, HEADLINE);
    let editions: Vec<_> = build.editions.iter().collect();
    let others = [OtherLanguage {
        locale: "zh-Hans".into(),
    }];
    let feed = Feed {
        publication: &p,
        build: &build,
        channel: &build.text.channels[0],
        editions: &editions,
        others: &others,
    };
    let utf8 = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    let rss = utf8(silkwire_feeds::rss(&feed).expect("rss"));
    assert_eq!(texts_of(&rss, "title")[1], HEADLINE);
    // content:encoded carries HTML as text: one unescaping gives markup, a second parse gives the text.
    let html = texts_of(&rss, "encoded").remove(0);
    assert!(html.starts_with("<p>BEIJING, Sept. 18, 2023 /PRNewswire/ — First paragraph.</p>"));
    let wrapped = format!("<div>{html}</div>");
    assert_eq!(
        texts_of(&wrapped, "p")[0],
        "BEIJING, Sept. 18, 2023 /PRNewswire/ — First paragraph."
    );

    let atom = utf8(silkwire_feeds::atom(&feed).expect("atom"));
    assert_eq!(texts_of(&atom, "title")[1], HEADLINE);
    let item =
        utf8(silkwire_newsml::news_item(&p, &build.text, &build.editions[0]).expect("newsml"));
    assert_eq!(texts_of(&item, "headline"), vec![HEADLINE]);
    assert_eq!(texts_of(&item, "h1"), vec![HEADLINE]);
    let page = utf8(silkwire_pages::edition_page(&p, &build, &build.editions[0]).expect("page"));
    assert_eq!(texts_of(&page, "h1"), vec![HEADLINE]);
    assert_eq!(texts_of(&page, "title"), vec![HEADLINE]);
    // Never double-escaped, never raw.
    for out in [&rss, &atom, &item, &page] {
        assert!(!out.contains("&amp;amp;") && !out.contains("R&D") && !out.contains("<costs>"));
    }
}
