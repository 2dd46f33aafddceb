//! Text with XML's special characters goes through every emitter escaped exactly once: parsing the
//! output gives back the text as it went in (also inside the HTML carried by `content:encoded`).

use roxmltree::Document;
use silkwire_feeds::{Feed, OtherLanguage};

const HEADLINE: &str = "R&D <costs> \"fall\" ]]> at Acme";
const PARAGRAPH: &str = "Sales of <EVs> & R&D rose; see ]]> \"Q3\".";
const CAPTION: &str = "The plant (R&D <lab>).";
const ALT: &str = "A factory & \"lab\"";

fn alt_of(xml: &str) -> String {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = Document::parse_with_options(xml, options).expect("well-formed");
    let img = doc
        .descendants()
        .find(|n| n.tag_name().name() == "img")
        .expect("img");
    img.attribute("alt").expect("alt").to_string()
}

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
    // content:encoded carries HTML as text: parsing the feed gives markup, parsing that gives the text.
    let html = texts_of(&rss, "encoded").remove(0);
    let wrapped = format!("<div>{html}</div>");
    assert_eq!(
        texts_of(&wrapped, "p")[0],
        format!("BEIJING, Sept. 18, 2023 /PRNewswire/ — {PARAGRAPH}")
    );
    assert_eq!(texts_of(&wrapped, "p")[1], CAPTION);
    assert_eq!(alt_of(&wrapped), ALT);
    let atom = utf8(silkwire_feeds::atom(&feed).expect("atom"));
    assert_eq!(texts_of(&atom, "title")[1], HEADLINE);
    let item =
        utf8(silkwire_newsml::news_item(&p, &build.text, &build.editions[0]).expect("newsml"));
    assert_eq!(texts_of(&item, "headline"), vec![HEADLINE]);
    assert_eq!(texts_of(&item, "h1"), vec![HEADLINE]);
    let page = utf8(silkwire_pages::edition_page(&p, &build, &build.editions[0]).expect("page"));
    assert_eq!(texts_of(&page, "h1"), vec![HEADLINE]);
    assert_eq!(texts_of(&page, "title"), vec![HEADLINE]);
    // The body, caption and text alternative, in every format that carries them as XML.
    for out in [&atom, &item, &page] {
        let ps = texts_of(out, "p");
        assert!(ps.iter().any(|p| p.ends_with(PARAGRAPH)), "{out}");
        assert!(ps.iter().any(|p| p == CAPTION), "{out}");
        assert_eq!(alt_of(out), ALT);
    }
}
