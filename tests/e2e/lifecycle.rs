//! A release's life on the wire: embargo, correction, update and withdrawal, across every format,
//! with the clock set by `--now`.

use std::fs;
use std::path::Path;

use crate::support::{list_files, schema, summary_row, xmllint, Fixture};
use crate::validate::run_xmllint;

const RELEASE: &str = "feeds/releases/qingxiu-nev-cluster.toml";
const EN: &str = "locales/en/releases/qingxiu-nev-cluster.ftl";
const ZH: &str = "locales/zh-Hans/releases/qingxiu-nev-cluster.ftl";

fn append(f: &Fixture, rel: &str, text: &str) {
    let path = f.root().join(rel);
    let mut s = fs::read_to_string(&path).expect("read");
    s.push_str(text);
    fs::write(path, s).expect("write");
}

fn build(f: &Fixture, out: &str, extra: &[&str]) -> (i32, String, String) {
    let out = f.root().join(out).to_string_lossy().into_owned();
    let mut args = vec!["build", "--out", out.as_str()];
    args.extend_from_slice(extra);
    f.run(&args)
}

fn read(f: &Fixture, rel: &str) -> String {
    fs::read_to_string(f.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every NewsML item under `dir` passes the IPTC schema.
fn newsml_valid(dir: &Path) {
    let Some(bin) = xmllint() else { return };
    let xsd = schema("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");
    for file in list_files(dir)
        .into_iter()
        .filter(|f| f.starts_with("newsml/"))
    {
        run_xmllint(
            bin,
            &["--noout", "--nonet", "--schema", &xsd.to_string_lossy()],
            &dir.join(&file),
        )
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    }
}

fn embargoed() -> Fixture {
    let f = Fixture::sample_in("embargo", &["en", "zh-Hans"]);
    f.edit(
        RELEASE,
        "published = 2023-09-18T10:00:00+08:00",
        "published = 2023-09-18T10:00:00+08:00\nembargo = 2023-09-18T10:00:00+08:00",
    );
    f
}

#[test]
fn an_embargoed_release_appears_nowhere_until_its_time() {
    let f = embargoed();
    let (code, stdout, stderr) = build(
        &f,
        "before",
        &[
            "--now",
            "2023-09-18T09:59:59+08:00",
            "--partner-embargoed",
            &f.root().join("partners").to_string_lossy(),
        ],
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        stdout.contains("held: qingxiu-nev-cluster until 2023-09-18T10:00:00+08:00 (embargo)\n"),
        "{stdout}"
    );
    // Nothing public mentions it: no item, no page, no wire item, not in any list.
    let public = list_files(&f.root().join("before"));
    assert!(!public.iter().any(|p| p.contains("qingxiu")), "{public:?}");
    for file in &public {
        let text = fs::read_to_string(f.root().join("before").join(file)).expect("read");
        assert!(
            !text.contains("qingxiu-nev-cluster") && !text.contains("Qingxiu"),
            "{file}"
        );
    }
    assert!(read(&f, "before/en/index.html").contains("<p>0 press releases</p>"));
    // Partners get it, marked embargoed, with a note in their language.
    let item = read(&f, "partners/newsml/qingxiu-nev-cluster/zh-Hans.xml");
    assert!(
        item.contains("<embargoed>2023-09-18T10:00:00+08:00</embargoed>"),
        "{item}"
    );
    assert!(
        item.contains("<edNote>本稿禁发至2023-09-18 10:00 UTC+08:00，此前不得发布。</edNote>"),
        "{item}"
    );
    assert!(read(&f, "partners/newsml/qingxiu-nev-cluster/en.xml")
        .contains("<edNote>Embargoed until 2023-09-18 10:00 UTC+08:00. Not for publication before then.</edNote>"));
    newsml_valid(&f.root().join("partners"));

    // One second later (SILKWIRE_NOW works the same as --now) it is everywhere, without embargo marks.
    let (code, stdout, _) = build(&f, "after", &["--now", "2023-09-18T10:00:01+08:00"]);
    assert_eq!(code, 0);
    assert!(!stdout.contains("held:"), "{stdout}");
    for file in [
        "en/rss.xml",
        "en/atom.xml",
        "zh-Hans/rss.xml",
        "en/releases/qingxiu-nev-cluster.html",
        "newsml/qingxiu-nev-cluster/en.xml",
    ] {
        let text = read(&f, &format!("after/{file}"));
        assert!(
            text.contains("qingxiu-nev-cluster") || text.contains("Qingxiu"),
            "{file}"
        );
        assert!(!text.contains("embargoed"), "{file}");
    }
}

#[test]
fn the_partner_folder_never_overlaps_the_public_output() {
    let f = embargoed();
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&[
        "build",
        "--out",
        &out.to_string_lossy(),
        "--partner-embargoed",
        &out.join("embargoed").to_string_lossy(),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("overlaps the public output"), "{stderr}");
    assert!(!out.exists());
    let (code, _, stderr) = f.run(&[
        "build",
        "--now",
        "2023-09-18 10:00",
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: --now / SILKWIRE_NOW:"),
        "{stderr}"
    );
}

fn corrected() -> Fixture {
    let f = Fixture::sample_in("correction", &["en", "zh-Hans"]);
    append(
        &f,
        RELEASE,
        "\n[[updates]]\ntime = 2023-09-19T09:00:00+08:00\nkind = \"correction\"\nnote = \"correction-figures\"\n",
    );
    append(
        &f,
        EN,
        "# Note of the correction of 19 September 2023.\ncorrection-figures = The growth of the new energy industry was misstated in an earlier version.\n",
    );
    append(
        &f,
        ZH,
        "correction-figures = 此前版本中新能源产业增速有误，现予更正。\n",
    );
    f
}

#[test]
fn a_correction_keeps_the_guid_raises_the_version_and_carries_a_notice_everywhere() {
    let f = corrected();
    let (code, _, stderr) = build(&f, "out", &["--now", "2023-09-20T00:00:00+08:00"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let en = read(&f, "out/newsml/qingxiu-nev-cluster/en.xml");
    assert!(
        en.contains(
            "guid=\"urn:newsml:news.example.com:20230101:qingxiu-nev-cluster:en\" version=\"2\""
        ),
        "{en}"
    );
    assert!(en.contains("<versionCreated>2023-09-19T09:00:00+08:00</versionCreated>"));
    assert!(en.contains("<firstCreated>2023-09-18T10:00:00+08:00</firstCreated>"));
    assert!(en.contains("<signal qcode=\"sig:correction\"/>"));
    assert!(en.contains("residref=\"urn:newsml:news.example.com:20230101:qingxiu-nev-cluster:zh-Hans\" version=\"2\""));
    let notice_en = "Correction, September 19, 2023: The growth of the new energy industry was misstated in an earlier version.";
    let notice_zh = "2023年9月19日更正：此前版本中新能源产业增速有误，现予更正。";
    assert!(en.contains(&format!("<edNote>{notice_en}</edNote>")));
    assert!(read(&f, "out/en/releases/qingxiu-nev-cluster.html")
        .contains(&format!("<p class=\"notice\">{notice_en}</p>")));
    assert!(read(&f, "out/en/rss.xml").contains(notice_en));
    let atom = read(&f, "out/zh-Hans/atom.xml");
    assert!(atom.contains(notice_zh), "{atom}");
    assert!(atom.contains("<published>2023-09-18T10:00:00+08:00</published>\n    <updated>2023-09-19T09:00:00+08:00</updated>"), "{atom}");
    newsml_valid(&f.root().join("out"));

    // Before the correction was made, it is not there.
    let (_, _, _) = build(&f, "earlier", &["--now", "2023-09-19T08:59:59+08:00"]);
    assert!(read(&f, "earlier/newsml/qingxiu-nev-cluster/en.xml").contains("version=\"1\""));
}

#[test]
fn an_untranslated_update_is_reported_and_the_edition_stays() {
    let f = corrected();
    let path = f.root().join(ZH);
    let text = fs::read_to_string(&path).expect("read");
    fs::write(
        &path,
        text.replace(
            "correction-figures = 此前版本中新能源产业增速有误，现予更正。\n",
            "",
        ),
    )
    .expect("write");
    let (code, stdout, stderr) = build(&f, "out", &["--now", "2023-09-20T00:00:00+08:00"]);
    assert_eq!(code, 0);
    assert_eq!(summary_row(&stdout, "zh-Hans"), [1, 0, 0, 1], "{stdout}");
    assert!(
        stderr.contains("the correction note `correction-figures` of qingxiu-nev-cluster is not translated into zh-Hans yet"),
        "{stderr}"
    );
    assert!(read(&f, "out/newsml/qingxiu-nev-cluster/zh-Hans.xml").contains("version=\"1\""));
    assert!(read(&f, "out/newsml/qingxiu-nev-cluster/en.xml").contains("version=\"2\""));
    assert!(read(&f, "out/zh-Hans/rss.xml").contains("<item>"));
}

#[test]
fn a_withdrawn_release_leaves_the_feeds_and_goes_out_canceled() {
    let f = corrected();
    append(
        &f,
        RELEASE,
        "\n[withdrawn]\ntime = 2023-09-21T12:00:00+08:00\nnote = \"withdrawal-reason\"\n",
    );
    append(
        &f,
        EN,
        "# Why the release was withdrawn.\nwithdrawal-reason = The issuer withdrew this release.\n",
    );
    append(&f, ZH, "withdrawal-reason = 发布机构已撤回本新闻稿。\n");
    let (code, _, stderr) = build(&f, "out", &["--now", "2023-09-22T00:00:00+08:00"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    for feed in [
        "en/rss.xml",
        "en/atom.xml",
        "zh-Hans/rss.xml",
        "zh-Hans/nev/atom.xml",
    ] {
        let text = read(&f, &format!("out/{feed}"));
        assert!(
            !text.contains("<item>") && !text.contains("<entry>"),
            "{feed}"
        );
    }
    let item = read(&f, "out/newsml/qingxiu-nev-cluster/zh-Hans.xml");
    assert!(item.contains("version=\"3\""), "{item}");
    assert!(
        item.contains("<pubStatus qcode=\"stat:canceled\"/>"),
        "{item}"
    );
    assert!(
        item.contains("<edNote>2023年9月21日撤回：发布机构已撤回本新闻稿。</edNote>"),
        "{item}"
    );
    assert!(
        !item.contains("青秀区规模以上工业总产值"),
        "the withdrawn text is not sent again"
    );
    assert!(read(&f, "out/en/index.html").contains("<p>0 press releases</p>"));
    newsml_valid(&f.root().join("out"));
}

#[test]
fn update_times_are_checked() {
    let f = Fixture::sample_in("bad-update", &["en", "zh-Hans"]);
    append(
        &f,
        RELEASE,
        "\n[[updates]]\ntime = 2023-09-17T09:00:00+08:00\nkind = \"fix\"\nnote = \"x\"\n",
    );
    let (code, _, stderr) = build(&f, "out", &["--now", "2023-09-20T00:00:00+08:00"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("qingxiu-nev-cluster.toml:37:8: error: `updates.time`: 2023-09-17T09:00:00+08:00 is not after the release was published (2023-09-18T10:00:00+08:00)\n"), "{stderr}");
    assert!(
        stderr.contains(
            "qingxiu-nev-cluster.toml:38:8: error: `updates.kind`: unknown kind \"fix\"\n"
        ),
        "{stderr}"
    );
    assert!(!f.root().join("out").exists());
}

/// The sample in English with `n` more releases, one day apart before the reference release.
fn many(tag: &str, n: usize) -> Fixture {
    let f = Fixture::sample_in(tag, &["en"]);
    let toml = read(&f, RELEASE);
    let ftl = read(&f, EN);
    for i in 1..=n {
        let id = format!("older-{i}");
        let day = 18 - i;
        fs::write(
            f.root().join(format!("feeds/releases/{id}.toml")),
            toml.replace("id = \"qingxiu-nev-cluster\"", &format!("id = \"{id}\""))
                .replace(
                    "2023-09-18T10:00:00+08:00",
                    &format!("2023-09-{day:02}T10:00:00+08:00"),
                ),
        )
        .expect("write");
        fs::write(
            f.root().join(format!("locales/en/releases/{id}.ftl")),
            ftl.replacen("headline = ", &format!("headline = ({id}) "), 1),
        )
        .expect("write");
    }
    f
}

fn items(f: &Fixture, rel: &str) -> Vec<String> {
    read(f, rel)
        .match_indices("<guid isPermaLink=\"false\">")
        .map(|(i, _)| {
            let text = &read(f, rel)[i..];
            text[text.find('>').map_or(0, |g| g + 1)..text.find("</guid>").unwrap_or(0)].to_string()
        })
        .collect()
}

#[test]
fn feeds_are_capped_by_items_and_by_bytes_newest_first() {
    let f = many("caps", 4);
    let path = f.root().join("feeds/silkwire.toml");
    let base = fs::read_to_string(&path).expect("read");
    fs::write(&path, format!("feed_max_items = 3\n{base}")).expect("write");
    let (code, _, stderr) = build(&f, "items", &["--now", "2024-01-01T00:00:00Z"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let ids: Vec<String> = items(&f, "items/en/rss.xml")
        .iter()
        .map(|g| g.rsplit('/').nth(1).unwrap_or("").to_string())
        .collect();
    assert_eq!(ids, ["qingxiu-nev-cluster", "older-1", "older-2"]);
    // Every edition keeps its page and wire item; only the feed is capped.
    assert!(f.root().join("items/newsml/older-4/en.xml").is_file());

    // A byte cap drops the oldest items until the file fits.
    fs::write(&path, format!("feed_max_bytes = 18000\n{base}")).expect("write");
    let (code, _, _) = build(&f, "bytes", &["--now", "2024-01-01T00:00:00Z"]);
    assert_eq!(code, 0);
    let rss = fs::read(f.root().join("bytes/en/rss.xml")).expect("rss");
    assert!(rss.len() <= 18000, "{}", rss.len());
    let kept = items(&f, "bytes/en/rss.xml").len();
    assert!((1..5).contains(&kept), "{kept}");
    // Unlimited: all five.
    fs::write(&path, format!("feed_max_items = \"unlimited\"\n{base}")).expect("write");
    let (code, _, _) = build(&f, "all", &["--now", "2024-01-01T00:00:00Z"]);
    assert_eq!(code, 0);
    assert_eq!(
        items(&f, "all/en/atom.xml").len() + items(&f, "all/en/rss.xml").len(),
        5
    );
    fs::write(&path, format!("feed_max_items = 0\n{base}")).expect("write");
    let (code, _, stderr) = build(&f, "zero", &[]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "error: `feed_max_items`: expected a positive number or \"unlimited\", found 0"
        ),
        "{stderr}"
    );
}

#[test]
fn json_feed_opml_and_websub_hub() {
    let f = Fixture::sample_in("json-feed", &["en", "th"]);
    let path = f.root().join("feeds/silkwire.toml");
    let base = fs::read_to_string(&path).expect("read");
    fs::write(
        &path,
        format!("websub_hub = \"https://hub.example.com/\"\n{base}"),
    )
    .expect("write");
    let (code, _, stderr) = build(&f, "out", &["--now", "2024-01-01T00:00:00Z"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    // JSON Feed 1.1 with the same ids as Atom, the language, and the hub.
    let v: serde_json::Value =
        serde_json::from_str(&read(&f, "out/th/nev/feed.json")).expect("json");
    assert_eq!(v["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(v["language"], "th");
    assert_eq!(v["feed_url"], "https://news.example.com/th/nev/feed.json");
    assert_eq!(
        v["hubs"],
        serde_json::json!([{ "type": "WebSub", "url": "https://hub.example.com/" }])
    );
    let id = v["items"][0]["id"].as_str().expect("id");
    assert!(read(&f, "out/th/nev/atom.xml").contains(&format!("<id>{id}</id>")));
    assert_eq!(v["items"][0]["date_published"], "2023-09-18T10:00:00+08:00");
    // The hub in RSS and Atom too.
    assert!(read(&f, "out/en/rss.xml")
        .contains("<atom:link href=\"https://hub.example.com/\" rel=\"hub\"/>"));
    assert!(read(&f, "out/en/atom.xml")
        .contains("<link rel=\"hub\" href=\"https://hub.example.com/\"/>"));
    // The OPML index lists every feed: 2 locales × 3 channels × 3 formats.
    let opml = read(&f, "out/feeds.opml");
    assert_eq!(opml.matches("xmlUrl=").count(), 18);
    assert!(opml.contains("xmlUrl=\"https://news.example.com/th/asean-trade/feed.json\""));
    // A hub must be https.
    fs::write(
        &path,
        format!("websub_hub = \"http://hub.example.com/\"\n{base}"),
    )
    .expect("write");
    let (code, _, stderr) = build(&f, "bad", &[]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: `websub_hub`: \"http://hub.example.com/\" is not an https URL"),
        "{stderr}"
    );
}

#[test]
fn review_fixes_for_the_lifecycle() {
    // A withdrawn release leaves the home page's list, and its page keeps only the notice.
    let f = corrected();
    append(
        &f,
        RELEASE,
        "\n[withdrawn]\ntime = 2023-09-21T12:00:00+08:00\nnote = \"withdrawal-reason\"\n",
    );
    append(
        &f,
        EN,
        "# Why the release was withdrawn.\nwithdrawal-reason = The issuer withdrew this release.\n",
    );
    append(&f, ZH, "withdrawal-reason = 发布机构已撤回本新闻稿。\n");
    let (code, _, _) = build(&f, "out", &["--now", "2023-09-22T00:00:00+08:00"]);
    assert_eq!(code, 0);
    let home = read(&f, "out/en/index.html");
    assert!(
        !home.contains("releases/qingxiu-nev-cluster.html\">"),
        "{home}"
    );
    let page = read(&f, "out/en/releases/qingxiu-nev-cluster.html");
    assert!(page.contains("<meta name=\"description\" content=\"Withdrawn September 21, 2023: The issuer withdrew this release.\"/>"), "{page}");
    // The picture item is canceled too, as a new version that the text items link.
    let picture = read(&f, "out/newsml/qingxiu-nev-cluster/photo-lingli-park.xml");
    assert!(
        picture.contains("version=\"2\"") && picture.contains("stat:canceled"),
        "{picture}"
    );
    assert!(read(&f, "out/newsml/qingxiu-nev-cluster/en.xml")
        .contains("photo-lingli-park\" version=\"2\""));

    // Withdrawn before its embargo ended: it was never published.
    let g = embargoed();
    append(
        &g,
        RELEASE,
        "\n[withdrawn]\ntime = 2023-09-18T09:00:00+08:00\nnote = \"gone\"\n",
    );
    let (code, _, stderr) = build(&g, "out", &["--now", "2023-09-20T00:00:00+08:00"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("before its embargo ends"), "{stderr}");

    // An embargo that ends after the release's own date is refused.
    let h = Fixture::sample_in("late-embargo", &["en", "zh-Hans"]);
    h.edit(
        RELEASE,
        "published = 2023-09-18T10:00:00+08:00",
        "published = 2023-09-18T10:00:00+08:00\nembargo = 2023-09-19T10:00:00+08:00",
    );
    let (code, _, stderr) = build(&h, "out", &[]);
    assert_eq!(code, 1);
    assert!(stderr.contains("error: `embargo`: the embargo ends (2023-09-19T10:00:00+08:00) after the release's date"), "{stderr}");

    // A scheduled update whose note is missing fails now, not when its time comes.
    let k = Fixture::sample_in("scheduled-note", &["en", "zh-Hans"]);
    append(&k, RELEASE, "\n[[updates]]\ntime = 2030-01-01T00:00:00+08:00\nkind = \"update\"\nnote = \"not-written-yet\"\n");
    let (code, _, stderr) = build(&k, "out", &["--now", "2024-01-01T00:00:00Z"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: `note`: the release's en text has no `not-written-yet`"),
        "{stderr}"
    );
}

#[test]
fn partner_copy_is_complete_and_never_public() {
    let f = embargoed();
    // `out/../pub` is `pub`: the partner folder inside it is refused however it is written.
    let (code, _, stderr) = f.run(&[
        "build",
        "--out",
        &f.root().join("x/../pub").to_string_lossy(),
        "--partner-embargoed",
        &f.root().join("pub/embargoed").to_string_lossy(),
    ]);
    assert_eq!(code, 2, "{stderr}");
    // Partners get the picture item the text items link, and the partner tree validates.
    let partners = f.root().join("partners");
    let (code, _, stderr) = build(
        &f,
        "public",
        &[
            "--now",
            "2023-09-18T09:00:00+08:00",
            "--partner-embargoed",
            &partners.to_string_lossy(),
        ],
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    let picture = read(
        &f,
        "partners/newsml/qingxiu-nev-cluster/photo-lingli-park.xml",
    );
    assert!(
        picture.contains("<embargoed>2023-09-18T10:00:00+08:00</embargoed>"),
        "{picture}"
    );
    newsml_valid(&partners);
    let problems = silkwire_validate::validate(&partners).expect("validate");
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn every_format_of_a_capped_feed_carries_the_same_items() {
    let f = many("caps-same", 4);
    let path = f.root().join("feeds/silkwire.toml");
    let base = fs::read_to_string(&path).expect("read");
    fs::write(&path, format!("feed_max_bytes = 20000\n{base}")).expect("write");
    let (code, _, _) = build(&f, "out", &["--now", "2024-01-01T00:00:00Z"]);
    assert_eq!(code, 0);
    let rss = items(&f, "out/en/rss.xml").len();
    let atom = read(&f, "out/en/atom.xml").matches("<entry>").count();
    let json: serde_json::Value =
        serde_json::from_str(&read(&f, "out/en/feed.json")).expect("json");
    let json = json["items"].as_array().map_or(0, Vec::len);
    assert_eq!((rss, atom), (json, json));
    assert!(json < 5, "the cap applies: {json}");
    for feed in ["out/en/rss.xml", "out/en/atom.xml", "out/en/feed.json"] {
        assert!(
            fs::metadata(f.root().join(feed)).expect("feed").len() < 20000,
            "{feed}"
        );
    }
}
