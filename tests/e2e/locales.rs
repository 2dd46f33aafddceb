//! Every shipped locale: its text in its own script, datelines as CLDR and the market print them,
//! the glossary held, pseudo-locales that expose hard-coded English, and `silkwire locales`.

use std::collections::BTreeMap;
use std::fs;

use icu::properties::props::Script;
use icu::properties::CodePointMapData;
use silkwire_l10n::locale::SUPPORTED;

use crate::support::{list_files, repo_root, Fixture};

/// A message's value in a release file of the repository (single-line messages only).
fn message(locale: &str, file: &str, id: &str) -> String {
    let text = fs::read_to_string(repo_root().join("locales").join(locale).join(file))
        .unwrap_or_else(|e| panic!("{locale}/{file}: {e}"));
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("{locale}/{file}: no single-line `{id}`"))
        .to_string()
}

/// The lines of a file that are not comments (comments are in English in every locale).
fn without_comments(locale: &str, file: &str) -> String {
    fs::read_to_string(repo_root().join("locales").join(locale).join(file))
        .unwrap_or_else(|e| panic!("{locale}/{file}: {e}"))
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

const RELEASE: &str = "releases/qingxiu-nev-cluster.ftl";

#[test]
fn every_headline_is_written_in_its_locales_script() {
    let scripts = CodePointMapData::<Script>::new();
    let expected = |locale: &str| match locale {
        "zh-Hans" | "zh-Hant" => Script::Han,
        "th" => Script::Thai,
        "my" => Script::Myanmar,
        "km" => Script::Khmer,
        "lo" => Script::Lao,
        "ta" => Script::Tamil,
        _ => Script::Latin,
    };
    for locale in SUPPORTED {
        let headline = message(locale, RELEASE, "headline");
        let letters: Vec<char> = headline.chars().filter(|c| c.is_alphabetic()).collect();
        let own = letters
            .iter()
            .filter(|c| scripts.get(**c) == expected(locale))
            .count();
        // Latin-script brand names (BYD, NEV) may appear; the headline itself is in the script.
        assert!(
            own * 10 >= letters.len() * 8,
            "{locale}: only {own} of {} letters of {headline:?} are {:?}",
            letters.len(),
            expected(locale)
        );
    }
    // Latin-script locales: the headline is not the English one.
    let english = message("en", RELEASE, "headline");
    for locale in SUPPORTED.iter().filter(|l| **l != "en") {
        assert_ne!(message(locale, RELEASE, "headline"), english, "{locale}");
    }
}

#[test]
fn simplified_and_traditional_chinese_do_not_mix() {
    // Characters of the reference release that differ between the two scripts.
    let simplified = "区东车产业华为广壮这发规数据领营电池务济现会联贸馆总项园动";
    let traditional = "區東車產業華為廣壯這發規數據領營電池務濟現會聯貿館總項園動";
    let hans = without_comments("zh-Hans", RELEASE) + &without_comments("zh-Hans", "silkwire.ftl");
    let hant = without_comments("zh-Hant", RELEASE) + &without_comments("zh-Hant", "silkwire.ftl");
    for c in traditional.chars().filter(|c| !simplified.contains(*c)) {
        assert!(!hans.contains(c), "zh-Hans contains the Traditional {c}");
    }
    for c in simplified.chars().filter(|c| !traditional.contains(*c)) {
        assert!(!hant.contains(c), "zh-Hant contains the Simplified {c}");
    }
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    id: String,
    releases: Vec<String>,
    text: BTreeMap<String, String>,
}

#[test]
fn the_glossary_holds_in_every_locale() {
    let text = fs::read_to_string(repo_root().join("locales/glossary.toml")).expect("glossary");
    let glossary: Glossary = toml::from_str(&text).expect("glossary.toml parses");
    assert!(
        glossary.term.len() >= 20,
        "the reference release's names and figures"
    );
    let mut failures = Vec::new();
    for term in &glossary.term {
        for locale in SUPPORTED {
            let Some(rendering) = term.text.get(*locale) else {
                failures.push(format!("{}: no {locale} rendering", term.id));
                continue;
            };
            for release in &term.releases {
                let haystack = without_comments(locale, &format!("releases/{release}.ftl"))
                    + &without_comments(locale, "orgs.ftl");
                if !haystack.contains(rendering.as_str()) {
                    failures.push(format!(
                        "{}: locales/{locale}/releases/{release}.ftl (or orgs.ftl) does not contain {rendering:?}",
                        term.id
                    ));
                }
            }
        }
        for locale in term.text.keys() {
            assert!(
                SUPPORTED.contains(&locale.as_str()),
                "{}: unknown locale {locale}",
                term.id
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The `<dateline>` of the reference release's NewsML item in each locale of a build of `f`.
fn datelines(f: &Fixture) -> BTreeMap<String, String> {
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    list_files(&out.join("newsml/qingxiu-nev-cluster"))
        .into_iter()
        .filter(|file| !file.starts_with("photo-"))
        .map(|file| {
            let xml = fs::read_to_string(out.join("newsml/qingxiu-nev-cluster").join(&file))
                .expect("item");
            let doc = roxmltree::Document::parse(&xml).expect("xml");
            let dateline = doc
                .descendants()
                .find(|n| n.has_tag_name("dateline"))
                .and_then(|n| n.text())
                .expect("dateline")
                .to_string();
            (file.trim_end_matches(".xml").to_string(), dateline)
        })
        .collect()
}

#[test]
fn datelines_are_what_each_market_prints() {
    // Dates checked by hand against CLDR 49 (ICU4X compiled data) and against the way each market's
    // wire copy prints a dateline: Thai in the Buddhist era, Burmese and (by the sample's setting)
    // Khmer in their own digits, Vietnamese and Tetum built from the date's parts.
    let expected = [
        ("en", "BEIJING, Sept. 18, 2023 /PRNewswire/"),
        ("zh-Hans", "北京2023年9月18日 /美通社/"),
        ("zh-Hant", "北京2023年9月18日 /美通社/"),
        ("id", "BEIJING, 18 September 2023 /PRNewswire/"),
        ("ms", "BEIJING, 18 September 2023 /PRNewswire/"),
        ("th", "ปักกิ่ง, 18 กันยายน 2566 /PRNewswire/"),
        ("vi", "BẮC KINH, ngày 18 tháng 9 năm 2023 /PRNewswire/"),
        ("fil", "BEIJING, Setyembre 18, 2023 /PRNewswire/"),
        ("my", "ပေကျင်း၊ ၂၀၂၃ ခုနှစ် စက်တင်ဘာလ ၁၈ ရက် /PRNewswire/"),
        ("km", "ប៉េកាំង ថ្ងៃទី១៨ ខែកញ្ញា ឆ្នាំ២០២៣ /PRNewswire/"),
        ("lo", "ປັກກິ່ງ, 18 ກັນຍາ 2023 /PRNewswire/"),
        ("ta", "பெய்ஜிங், 18 செப்டம்பர் 2023 /PRNewswire/"),
        ("pt", "PEQUIM, 18 de setembro de 2023 /PRNewswire/"),
        ("tet", "BEIJING, 18 Setembru 2023 /PRNewswire/"),
    ];
    let got = datelines(&Fixture::sample("datelines"));
    let want: BTreeMap<String, String> = expected
        .iter()
        .map(|(l, d)| (l.to_string(), d.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn calendar_and_digit_settings_change_human_dates_only() {
    let f = Fixture::sample_in("formats", &["th", "my", "km", "zh-Hant-HK"]);
    let path = f.root().join("feeds/silkwire.toml");
    let mut toml = fs::read_to_string(&path).expect("read");
    toml.push_str("\n[formats.th]\ncalendar = \"gregorian\"\n[formats.my]\ndigits = \"latin\"\n");
    fs::write(&path, toml).expect("write");
    let got = datelines(&f);
    // CLDR's Gregorian Thai long date names the era (ค.ศ.); Burmese with Latin digits; Khmer
    // without the sample's setting keeps CLDR's default Latin digits.
    assert_eq!(got["th"], "ปักกิ่ง, 18 กันยายน ค.ศ. 2023 /PRNewswire/");
    assert_eq!(got["my"], "ပေကျင်း၊ 2023 ခုနှစ် စက်တင်ဘာလ 18 ရက် /PRNewswire/");
    assert_eq!(got["km"], "ប៉េកាំង ថ្ងៃទី18 ខែកញ្ញា ឆ្នាំ2023 /PRNewswire/");
    assert_eq!(got["zh-Hant-HK"], "北京2023年9月18日 /美通社/");
    // Machine dates stay RFC 822 / RFC 3339 whatever the calendar.
    let rss = fs::read_to_string(f.root().join("out/th/rss.xml")).expect("rss");
    assert!(
        rss.contains("<pubDate>Mon, 18 Sep 2023 10:00:00 +0800</pubDate>"),
        "{rss}"
    );
    let item =
        fs::read_to_string(f.root().join("out/newsml/qingxiu-nev-cluster/th.xml")).expect("item");
    assert!(item.contains("2023-09-18T10:00:00+08:00"), "{item}");
}

#[test]
fn a_format_setting_that_cannot_apply_is_an_error() {
    let f = Fixture::sample_in("bad-format", &["en", "th"]);
    let path = f.root().join("feeds/silkwire.toml");
    let mut toml = fs::read_to_string(&path).expect("read");
    toml.push_str("\n[formats.en]\ndigits = \"native\"\n[formats.vi]\ncalendar = \"gregorian\"\n");
    fs::write(&path, toml).expect("write");
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "<root>/feeds/silkwire.toml:44:10: error: `formats`: [formats.vi] is for vi, which is not a target locale\n  = fix: add the locale to `locales`, or remove the section\n<root>/feeds/silkwire.toml:43:10: error: `formats`: English has no digits of its own: digits = \"native\" applies to th, my, km, lo and ta\n  = fix: see the [formats] section of the README for the settings each locale accepts\nnothing was written: fix the errors above and build again\n"
    );
}

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The language of a node: its nearest `lang` or `xml:lang`.
fn language_of<'a>(n: roxmltree::Node<'a, 'a>) -> Option<&'a str> {
    n.ancestors().find_map(|a| {
        a.attribute("lang")
            .or_else(|| a.attribute((XML_NS, "lang")))
    })
}

/// Text a reader sees in `locale` in an HTML page, a feed or a wire item (text nodes, and `alt`,
/// `title`, `label` and meta description attributes), without URLs and without the parts that are
/// in another language (links to other editions).
fn visible_text(xml: &str, locale: &str) -> Vec<String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(xml, options).expect("well-formed");
    let mut out = Vec::new();
    for n in doc.descendants() {
        if language_of(n).is_some_and(|l| l != locale) {
            continue;
        }
        if n.is_text() {
            let parent = n
                .parent_element()
                .map(|p| p.tag_name().name())
                .unwrap_or("");
            // Machine fields of feeds and wire items, not localized by design, and the page's CSS.
            if matches!(
                parent,
                "link"
                    | "guid"
                    | "pubDate"
                    | "language"
                    | "id"
                    | "updated"
                    | "published"
                    | "lastBuildDate"
                    | "generator"
                    | "docs"
                    | "uri"
                    | "url"
                    | "style"
                    | "slugline"
            ) {
                continue;
            }
            out.push(n.text().unwrap_or("").to_string());
        }
        for a in ["alt", "label", "title"] {
            if let Some(v) = n.attribute(a) {
                out.push(v.to_string());
            }
        }
        if n.attribute("name") == Some("description") {
            out.push(n.attribute("content").unwrap_or("").to_string());
        }
    }
    out.into_iter()
        .map(|t| {
            t.split_whitespace()
                .filter(|w| !w.contains("://") && !w.starts_with("tag:"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn pseudo_locales_leave_no_english_in_pages_and_feeds() {
    let f = Fixture::sample_in("pseudo", &["en", "en-XA", "en-XB"]);
    let out = f.root().join("out");
    let (code, stdout, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""), "{stdout}");
    // Every file of a pseudo-locale beside the same file in English.
    let mut pairs = Vec::new();
    for locale in ["en-XA", "en-XB"] {
        for file in list_files(&out.join(locale))
            .into_iter()
            .filter(|f| !f.ends_with(".json"))
        {
            pairs.push((
                format!("{locale}/{file}"),
                out.join(locale).join(&file),
                out.join("en").join(&file),
            ));
        }
        let item = format!("newsml/qingxiu-nev-cluster/{locale}.xml");
        pairs.push((
            item.clone(),
            out.join(item),
            out.join("newsml/qingxiu-nev-cluster/en.xml"),
        ));
    }
    let locale_of = |name: &str| {
        if name.starts_with("newsml/") {
            name.trim_end_matches(".xml")
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_string()
        } else {
            name.split('/').next().unwrap_or("").to_string()
        }
    };
    assert_eq!(pairs.len(), 2 * 9);
    let mut leaks = Vec::new();
    for (name, pseudo, english) in pairs {
        let locale = locale_of(&name);
        let english = visible_text(&fs::read_to_string(english).expect("en file"), "en");
        let pseudo_text = visible_text(&fs::read_to_string(pseudo).expect("pseudo file"), &locale);
        assert!(pseudo_text.len() > 3, "{name}: no text found");
        for text in pseudo_text {
            // Text that reads the same as in English did not go through Fluent: a hard-coded string.
            let words = text
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 3);
            if words && english.contains(&text) {
                leaks.push(format!("{name}: {text:?}"));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "hard-coded English:\n{}",
        leaks.join("\n")
    );
    let page =
        fs::read_to_string(out.join("en-XA/releases/qingxiu-nev-cluster.html")).expect("page");
    assert!(page.contains("lang=\"en-XA\" xml:lang=\"en-XA\""), "{page}");
    assert!(
        page.contains("Ɋiƞɠẋiuu"),
        "the release text is pseudo-localized"
    );
}

#[test]
fn silkwire_locales_lists_every_locale() {
    let f = Fixture::sample("locales-cmd");
    let (code, stdout, stderr) = f.run(&["locales", "--format", "json"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout).expect("json");
    let tags: Vec<&str> = rows
        .iter()
        .map(|r| r["tag"].as_str().expect("tag"))
        .collect();
    let mut want: Vec<&str> = SUPPORTED.to_vec();
    want.extend(["en-XA", "en-XB"]);
    assert_eq!(tags, want);
    let row = |tag: &str| rows.iter().find(|r| r["tag"] == tag).expect("row");
    assert_eq!(
        row("th")["sample_dateline"],
        "ปักกิ่ง, 18 กันยายน 2566 /PRNewswire/"
    );
    assert_eq!(
        row("tet")["fallback"],
        serde_json::json!(["tet", "pt", "en"])
    );
    assert_eq!(row("tet")["format_locale"], "pt-TL");
    assert_eq!(row("ta")["format_locale"], "ta-SG");
    assert_eq!(row("km")["format_locale"], "km-u-nu-khmr");
    assert_eq!(
        row("pt")["plural_categories"],
        serde_json::json!(["one", "many", "other"])
    );
    assert_eq!(row("zh-Hant")["native_name"], "繁體中文");
    for r in &rows {
        assert_eq!(
            r["strings"]["translated"], r["strings"]["total"],
            "{}",
            r["tag"]
        );
        assert_eq!(r["releases"]["complete"], 1, "{}", r["tag"]);
    }
    // The table: a header and a line per locale.
    let (code, table, _) = f.run(&["locales"]);
    assert_eq!(code, 0);
    assert!(table.starts_with("TAG "), "{table}");
    assert_eq!(table.lines().count(), 17);
}

#[test]
fn every_language_tag_written_is_a_canonical_bcp47_tag() {
    let f = Fixture::sample_in("tags", &["en", "zh_TW", "ms-SG", "tet", "en-XA"]);
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let mut seen = std::collections::BTreeSet::new();
    for file in list_files(&out)
        .into_iter()
        .filter(|f| !f.starts_with('.') && !f.ends_with(".json"))
    {
        let text = fs::read_to_string(out.join(&file)).expect("read");
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let doc = roxmltree::Document::parse_with_options(&text, options).expect("xml");
        for n in doc.descendants().filter(|n| n.is_element()) {
            let mut tags: Vec<&str> = ["lang", "hreflang"]
                .iter()
                .filter_map(|a| n.attribute(*a))
                .collect();
            tags.extend(n.attribute((XML_NS, "lang")));
            if n.has_tag_name("language") {
                // RSS <language>, NewsML <language tag="…">
                tags.extend(n.text().filter(|t| !t.trim().is_empty()));
                tags.extend(n.attribute("tag"));
            }
            for tag in tags {
                assert!(
                    silkwire_l10n::locale::canonicalize(tag).as_deref() == Ok(tag),
                    "{file}: {tag:?} is not a canonical supported tag"
                );
                assert!(
                    tag.parse::<icu::locale::Locale>().is_ok(),
                    "{file}: {tag:?}"
                );
                seen.insert(tag.to_string());
            }
        }
        drop(doc);
    }
    let want: std::collections::BTreeSet<String> = ["en", "zh-Hant-TW", "ms-SG", "tet", "en-XA"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(seen, want);
}

#[test]
fn silkwire_locales_lists_regional_targets_and_untranslated_releases() {
    let f = Fixture::sample("locales-regional");
    f.edit(
        "feeds/silkwire.toml",
        "    \"tet\",\n]",
        "    \"tet\",\n    \"zh-HK\",\n]",
    );
    let path = f.root().join("feeds/silkwire.toml");
    let mut toml = fs::read_to_string(&path).expect("read");
    toml.push_str("\n[formats.zh-Hant-HK]\nlocale = \"zh-Hant-MO\"\n");
    fs::write(&path, toml).expect("write");
    fs::remove_file(f.root().join("locales/lo/releases/qingxiu-nev-cluster.ftl")).expect("rm");
    let (code, stdout, stderr) = f.run(&["locales", "--format", "json"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout).expect("json");
    let hk = rows
        .iter()
        .find(|r| r["tag"] == "zh-Hant-HK")
        .expect("the regional target");
    assert_eq!(hk["format_locale"], "zh-Hant-MO");
    assert_eq!(
        hk["fallback"],
        serde_json::json!(["zh-Hant-HK", "zh-Hant", "en"])
    );
    assert_eq!(hk["strings"]["translated"], hk["strings"]["total"]);
    let lo = rows.iter().find(|r| r["tag"] == "lo").expect("lo");
    assert_eq!(lo["sample_dateline"], serde_json::Value::Null);
    assert_eq!(
        lo["sample_dateline_error"],
        "release \"qingxiu-nev-cluster\" has no lo text"
    );
    assert_eq!(lo["releases"]["complete"], 0);
}

#[test]
fn format_settings_are_located_and_checked() {
    let f = Fixture::sample_in("formats-located", &["en", "th", "ta"]);
    let path = f.root().join("feeds/silkwire.toml");
    let mut toml = fs::read_to_string(&path).expect("read");
    toml.push_str("\n[formats.th]\nlocale = \"de\"\n[formats.TH]\ncalendar = \"gregorian\"\n[formats.ta]\nlocale = \"ta-MY\"\n");
    fs::write(&path, toml).expect("write");
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "<root>/feeds/silkwire.toml:44:10: error: `formats`: [formats.TH] is th again, which has its own section\n  = fix: merge the two sections into one\n<root>/feeds/silkwire.toml:43:10: error: `formats`: locale = \"de\" is not a variety of Thai (th) in CLDR terms\n  = fix: name a CLDR locale of the same language with a region, e.g. ta-MY, pt-PT, zh-Hant-HK\nnothing was written: fix the errors above and build again\n"
    );
}

#[test]
fn a_summary_derived_from_the_first_paragraph_is_cut_between_words() {
    let f = Fixture::sample_in("derived-summary", &["en", "th", "my"]);
    for locale in ["en", "th", "my"] {
        let path = f.root().join(format!("locales/{locale}/{RELEASE}"));
        let text = fs::read_to_string(&path).expect("read");
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("summary = "))
            .collect();
        fs::write(&path, kept.join("\n") + "\n").expect("write");
    }
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    for locale in ["en", "th", "my"] {
        let rss = fs::read_to_string(out.join(format!("{locale}/rss.xml"))).expect("rss");
        let doc = roxmltree::Document::parse(&rss).expect("xml");
        let description = doc
            .descendants()
            .filter(|n| n.has_tag_name("description"))
            .nth(1)
            .and_then(|n| n.text())
            .expect("item description")
            .to_string();
        let body = message(locale, RELEASE, "body-1");
        let prefix = description.strip_suffix('…').expect("cut with an ellipsis");
        assert!(body.starts_with(prefix), "{locale}: {description:?}");
        assert!(description.chars().count() <= 200, "{locale}");
        assert!(
            prefix.chars().count() > 100,
            "{locale}: cut too short: {description:?}"
        );
    }
}
