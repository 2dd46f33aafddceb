//! The English edition reproduces the reference wire release (tests/fixtures/qingxiu-nev-release.txt,
//! Xinhua Silk Road via PR Newswire, 18 September 2023) word for word, and both editions carry every figure.

const SEED: &str = include_str!("../fixtures/qingxiu-nev-release.txt");

fn item(locale: &str) -> String {
    let rendered = crate::support::render_sample();
    let (_, bytes) = rendered
        .files
        .into_iter()
        .find(|(p, _)| *p == format!("newsml/qingxiu-nev-cluster/{locale}.xml"))
        .expect("item written");
    String::from_utf8(bytes).expect("utf-8")
}

#[test]
fn english_edition_reproduces_every_paragraph_of_the_seed() {
    let en = item("en");
    let mut lines = SEED.lines().map(str::trim).filter(|l| !l.is_empty());
    let headline = lines.next().expect("headline line");
    let headline = headline
        .strip_prefix("Xinhua Silk Road: ")
        .expect("source prefix");
    assert!(en.contains(&format!("<headline>{headline}</headline>")));
    let first = lines.next().expect("dateline paragraph");
    let (dateline, text) = first.split_once(" — ").expect("dateline separator");
    assert!(
        en.contains(&format!("<dateline>{dateline}</dateline>")),
        "{dateline}"
    );
    assert!(
        en.contains(&format!("<p>{dateline} — {text}</p>")),
        "first paragraph"
    );
    let caption = lines.next().expect("caption");
    assert!(en.contains(&format!("<p>{caption}</p>")), "caption");
    let mut count = 0;
    for line in lines.filter(|l| !l.starts_with("Original link:")) {
        assert!(
            en.contains(&format!("<p>{line}</p>")),
            "paragraph missing or altered: {line}"
        );
        count += 1;
    }
    assert_eq!(count, 6, "the seed has six paragraphs after the caption");
    assert!(en.contains("<p class=\"original-link\">Original link: <a href="));
}

#[test]
fn chinese_edition_carries_every_figure_and_name() {
    let zh = item("zh-Hans");
    for expected in [
        "<dateline>北京2023年9月18日 /美通社/</dateline>",
        "52.34亿元",
        "92.15%",
        "31.38亿元",
        "3822.5%",
        "6家总领事馆",
        "14家",
        "3.4万辆",
        "2022年",
        "合众汽车",
        "多氟多",
        "华为",
        "比亚迪",
        "青秀区",
        "南宁市",
        "广西壮族自治区",
        "中国—东盟博览会",
        "华工科技东盟中心",
    ] {
        assert!(zh.contains(expected), "zh-Hans edition lacks {expected}");
    }
    // No English sentence left behind: outside URLs, tags and the brand, no run of Latin words.
    let body = zh.split("<contentSet>").nth(1).expect("body");
    let text: String = body
        .split('<')
        .filter_map(|s| s.split_once('>').map(|(_, t)| t))
        .collect();
    assert!(
        !text.contains(" the "),
        "English text in the zh-Hans body: {text}"
    );
}
