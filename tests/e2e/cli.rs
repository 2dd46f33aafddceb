//! The CLI on copies of the sample that each change one thing: bad input is reported with file, line,
//! column, field and fix (exit 1, nothing written); valid variations build as expected.

use std::fs;
use std::path::Path;

use crate::support::{age_inputs, list_files, summary_row, Fixture};

const RELEASE: &str = "feeds/releases/qingxiu-nev-cluster.toml";
const ZH_RELEASE: &str = "locales/zh-Hans/releases/qingxiu-nev-cluster.ftl";
const NOTHING_WRITTEN: &str = "nothing was written: fix the errors above and build again\n";

/// Builds the fixture into `<root>/out`; asserts exit 1, the exact stderr, and that nothing was written.
fn assert_fails(f: &Fixture, expected_stderr: &str) {
    let (code, stdout, stderr) =
        f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(stderr, format!("{expected_stderr}{NOTHING_WRITTEN}"));
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert!(
        !f.root().join("out").exists(),
        "a failed build wrote output"
    );
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    list_files(dir)
        .into_iter()
        .map(|p| {
            let bytes = fs::read(dir.join(&p)).expect("read");
            (p, bytes)
        })
        .collect()
}

/// Deletes the line of `rel` that starts with `prefix`.
fn remove_line(f: &Fixture, rel: &str, prefix: &str) {
    let text = fs::read_to_string(f.root().join(rel)).expect("read");
    let line = text
        .lines()
        .find(|l| l.starts_with(prefix))
        .expect("line")
        .to_string();
    f.edit(rel, &format!("{line}\n"), "");
}

#[test]
fn the_sample_fixture_builds() {
    // The fixtures below each break one thing in this copy: it must be valid to begin with.
    let f = Fixture::sample("ok");
    let (code, stdout, stderr) =
        f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    // Per locale: RSS, Atom and JSON Feed for 3 channels, a NewsML item, an edition page and a
    // home page; the photo as a picture item, and the OPML index.
    assert_eq!(
        stdout,
        "\
locale   editions  skipped  held  warnings
en              1        0     0         0
zh-Hans         1        0     0         0
zh-Hant         1        0     0         0
id              1        0     0         0
ms              1        0     0         0
th              1        0     0         0
vi              1        0     0         0
fil             1        0     0         0
my              1        0     0         0
km              1        0     0         0
lo              1        0     0         0
ta              1        0     0         0
pt              1        0     0         0
tet             1        0     0         0
wrote 170 file(s), 0 unchanged, in <root>/out
"
    );
}

#[test]
fn regional_and_legacy_tags_are_canonicalized() {
    // zh_CN is zh-Hans-CN (text from zh-Hans, formats from China); `in` is Indonesian.
    let f = Fixture::sample_in("regional", &["en", "zh_CN", "in", "zh-HK"]);
    let out = f.root().join("out");
    let (code, stdout, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "\
locale      editions  skipped  held  warnings
en                 1        0     0         0
zh-Hans-CN         1        0     0         0
id                 1        0     0         0
zh-Hant-HK         1        0     0         0
wrote 50 file(s), 0 unchanged, in <root>/out
"
    );
    let rss = fs::read_to_string(out.join("zh-Hant-HK/rss.xml")).expect("zh-Hant-HK feed");
    assert!(rss.contains("<language>zh-Hant-HK</language>"), "{rss}");
    let item = fs::read_to_string(out.join("newsml/qingxiu-nev-cluster/zh-Hans-CN.xml"))
        .expect("zh-Hans-CN item");
    assert!(item.contains("xml:lang=\"zh-Hans-CN\""), "{item}");
    assert!(
        item.contains("<dateline>北京2023年9月18日 /美通社/</dateline>"),
        "{item}"
    );
}

#[test]
fn naive_datetime() {
    let f = Fixture::sample("naive");
    f.edit(
        RELEASE,
        "published = 2023-09-18T10:00:00+08:00",
        "published = 2023-09-18T10:00:00",
    );
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:10:13: error: `published`: \"2023-09-18T10:00:00\" has no UTC offset, so the instant it names is ambiguous\n  = fix: write the offset explicitly, e.g. 2023-09-18T10:00:00+08:00 (Beijing) or 2023-09-18T10:00:00+07:00 (Bangkok)\n",
    );
}

#[test]
fn naive_datetime_as_a_string() {
    let f = Fixture::sample("naive-string");
    f.edit(
        RELEASE,
        "published = 2023-09-18T10:00:00+08:00",
        "published = \"2023-09-18 10:00\"",
    );
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:10:13: error: `published`: \"2023-09-18 10:00\" is not an RFC 3339 date-time (premature end of input)\n  = fix: use the form YYYY-MM-DDTHH:MM:SS+HH:MM, e.g. 2023-09-18T10:00:00+08:00\n",
    );
}

#[test]
fn unsupported_locale() {
    let f = Fixture::sample_in("locale", &["en", "zh-Hans"]);
    f.edit(
        "feeds/silkwire.toml",
        r#"locales = ["en", "zh-Hans"]"#,
        r#"locales = ["en", "zh-Hans", "de"]"#,
    );
    assert_fails(
        &f,
        "<root>/feeds/silkwire.toml:16:29: error: `locales`: \"de\" is not a supported locale\n  = fix: use one of: en, zh-Hans, zh-Hant, id, ms, th, vi, fil, my, km, lo, ta, pt, tet (optionally with a region, e.g. zh-Hant-HK, ms-SG; pseudo-locales: en-XA, en-XB)\n",
    );
}

#[test]
fn malformed_locale() {
    let f = Fixture::sample_in("malformed-locale", &["en", "zh-Hans"]);
    f.edit(
        "feeds/silkwire.toml",
        r#"locales = ["en", "zh-Hans"]"#,
        r#"locales = ["en", "zh--CN"]"#,
    );
    assert_fails(
        &f,
        "<root>/feeds/silkwire.toml:16:18: error: `locales`: \"zh--CN\" is not a well-formed BCP 47 language tag\n  = fix: use one of: en, zh-Hans, zh-Hant, id, ms, th, vi, fil, my, km, lo, ta, pt, tet (optionally with a region, e.g. zh-Hant-HK, ms-SG; pseudo-locales: en-XA, en-XB)\n",
    );
}

#[test]
fn an_organisation_without_a_name() {
    let f = Fixture::sample("org-unnamed");
    fs::write(f.root().join("feeds/orgs/xinhua.toml"), "").expect("write");
    f.edit(
        RELEASE,
        "issuer = \"xinhua-silk-road\"",
        "issuer = \"xinhua\"",
    );
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:11:10: error: `issuer`: unknown organisation \"xinhua\"\n  = fix: define `org-xinhua = …` in locales/en/orgs.ftl (and translate it), or fix the id\n",
    );
}

#[test]
fn organisation_files_are_checked() {
    let f = Fixture::sample("org-file");
    fs::write(
        f.root().join("feeds/orgs/xinhua-silk-road.toml"),
        "url = \"ftp://x\"\n[[contacts]]\nname = \"Press office\"\nemail = \"press at example.com\"\nphone = \"010 6307\"\n[[contacts]]\nname = \"\"\nfax = \"1\"\n",
    )
    .expect("write");
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("<root>/feeds/orgs/xinhua-silk-road.toml:8:1: error: `fax`: unknown field"),
        "{stderr}"
    );
    fs::write(
        f.root().join("feeds/orgs/xinhua-silk-road.toml"),
        "url = \"ftp://x\"\n[[contacts]]\nname = \"Press office\"\nemail = \"press at example.com\"\nphone = \"010 6307\"\n[[contacts]]\nname = \" \"\n",
    )
    .expect("write");
    assert_fails(
        &f,
        "<root>/feeds/orgs/xinhua-silk-road.toml:1:7: error: `url`: \"ftp://x\" is not an http or https URL\n  = fix: use an absolute http(s) URL\n\
         <root>/feeds/orgs/xinhua-silk-road.toml:4:9: error: `contacts.email`: \"press at example.com\" is not an e-mail address\n  = fix: write the address alone, e.g. press@example.com\n\
         <root>/feeds/orgs/xinhua-silk-road.toml:5:9: error: `contacts.phone`: \"010 6307\" is not an international telephone number\n  = fix: write + and the country code, then the number: digits, spaces, hyphens and brackets only, e.g. +86 10 6307 0000\n\
         <root>/feeds/orgs/xinhua-silk-road.toml:7:8: error: `contacts.name`: the value is empty\n  = fix: write the value, or remove the key\n",
    );
}

#[test]
fn missing_required_field() {
    let f = Fixture::sample("missing-field");
    f.edit(RELEASE, "issuer = \"xinhua-silk-road\"\n", "");
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:1:1: error: `issuer`: this required field is missing\n  = fix: add `issuer = ...` to the table that starts here (README.md lists every field)\n",
    );
}

#[test]
fn unknown_organisation() {
    let f = Fixture::sample("org");
    f.edit(
        RELEASE,
        "issuer = \"xinhua-silk-road\"",
        "issuer = \"xinhua\"",
    );
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:11:10: error: `issuer`: unknown organisation \"xinhua\"\n  = fix: define it in <root>/feeds/orgs/xinhua.toml (and name it `org-xinhua` in locales/<locale>/orgs.ftl), or fix the id\n",
    );
}

#[test]
fn fluent_syntax_error() {
    let f = Fixture::sample("ftl-syntax");
    f.edit(ZH_RELEASE, "body-3 = 作为", "body-3 = { 作为");
    assert_fails(
        &f,
        "<root>/locales/zh-Hans/releases/qingxiu-nev-cluster.ftl:18:12: error: `body-3`: Fluent syntax error: Expected an inline expression\n  = fix: correct the Fluent syntax at this position (guide: https://projectfluent.org/fluent/guide/)\n",
    );
}

#[test]
fn missing_translation_skips_the_edition_or_fails_with_strict() {
    let f = Fixture::sample_in("missing-message", &["en", "zh-Hans"]);
    remove_line(&f, ZH_RELEASE, "body-3 = ");
    let out = f.root().join("out");
    let (code, stdout, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!(
        (code, stderr.as_str()),
        (
            0,
            "warning: skipped the zh-Hans edition of qingxiu-nev-cluster: its translation is incomplete or broken (--strict makes this an error):\n  <root>/locales/zh-Hans/releases/qingxiu-nev-cluster.ftl: error: `body-3`: the zh-Hans text of this release has no `body-3`\n  = fix: add `body-3`, translated from the source text at <root>/locales/en/releases/qingxiu-nev-cluster.ftl:20:1\n"
        )
    );
    assert_eq!(summary_row(&stdout, "zh-Hans"), [0, 1, 0, 1], "{stdout}");
    assert!(!out
        .join("zh-Hans/releases/qingxiu-nev-cluster.html")
        .exists());
    assert!(!out.join("newsml/qingxiu-nev-cluster/zh-Hans.xml").exists());
    // No output leaks a message id or an unresolved placeable, and English no longer links a
    // Chinese edition that does not exist.
    for file in list_files(&out).into_iter().filter(|f| !f.starts_with('.')) {
        let text = fs::read_to_string(out.join(&file)).unwrap_or_default();
        assert!(
            !text.contains("body-3") && !text.contains("{ $") && !text.contains("{$"),
            "{file}"
        );
    }
    let en = fs::read_to_string(out.join("en/releases/qingxiu-nev-cluster.html")).expect("en page");
    assert!(!en.contains("zh-Hans/releases/qingxiu-nev-cluster.html"));

    // A rebuild that still drops the edition an earlier build published says so loudly.
    let g = Fixture::sample_in("withdrawn", &["en", "zh-Hans"]);
    let out = g.root().join("out");
    assert_eq!(g.run(&["build", "--out", &out.to_string_lossy()]).0, 0);
    remove_line(&g, ZH_RELEASE, "body-3 = ");
    let (code, _, stderr) = g.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!(code, 0);
    assert!(
        stderr.contains(&format!(
            "warning: WITHDRAWN: the zh-Hans edition of qingxiu-nev-cluster was published by an earlier build ({}) and this build drops it",
            out.join("zh-Hans/releases/qingxiu-nev-cluster.html").display()
        ).replace(&g.root().to_string_lossy().into_owned(), "<root>")),
        "{stderr}"
    );

    // --strict refuses instead.
    let (code, stdout, stderr) = f.run(&[
        "build",
        "--strict",
        "--out",
        &f.root().join("strict").to_string_lossy(),
    ]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (
            1,
            "",
            "<root>/locales/zh-Hans/releases/qingxiu-nev-cluster.ftl: error: `body-3`: the zh-Hans text of this release has no `body-3`\n  = fix: add `body-3`, translated from the source text at <root>/locales/en/releases/qingxiu-nev-cluster.ftl:20:1\nnothing was written: fix the errors above and build again\n"
        )
    );
    assert!(!f.root().join("strict").exists());
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let f = Fixture::sample("keep");
    let out = f.root().join("out");
    let out_arg = out.to_string_lossy().into_owned();
    assert_eq!(f.run(&["build", "--out", &out_arg]).0, 0);
    let before = snapshot(&out);
    f.edit(
        RELEASE,
        "published = 2023-09-18T10:00:00+08:00",
        "published = 2023-09-18T10:00:00",
    );
    f.edit(
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "headline = ASEAN-oriented",
        "headline = Changed",
    );
    let (code, _, stderr) = f.run(&["build", "--out", &out_arg]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(before, snapshot(&out));
}

#[test]
fn usage_errors_exit_2() {
    let f = Fixture::sample("usage");
    let (code, stdout, stderr) = f.run(&["bild"]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("unrecognized subcommand 'bild'"),
        "{stderr}"
    );
}

#[test]
fn toml_syntax_error() {
    let f = Fixture::sample("toml-syntax");
    f.edit(
        RELEASE,
        "slugline = \"China-Guangxi-NEV-ASEAN\"",
        "slugline = \"China-Guangxi-NEV-ASEAN",
    );
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:14:36: error: invalid basic string, expected `\"`\n  = fix: correct the TOML syntax at this position\n",
    );
}

#[test]
fn photo_without_its_byte_length() {
    let f = Fixture::sample("photo-field");
    f.edit(RELEASE, "length = 245760\n", "");
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:26:1: error: `length`: this required field is missing\n  = fix: add `length = ...` to the table that starts here (README.md lists every field)\n",
    );
}

#[test]
fn relative_photo_url_and_bad_subject() {
    let f = Fixture::sample("url");
    f.edit(
        RELEASE,
        "url = \"https://www.example.com/media/qingxiu-nev-lingli-park.jpg\"",
        "url = \"/media/photo.jpg\"",
    );
    f.edit(
        RELEASE,
        "\"medtop:20000296\", # automotive",
        "\"medtop:automotive\",",
    );
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:18:5: error: `subjects`: \"medtop:automotive\" is not an IPTC Media Topic qcode\n  = fix: write `medtop:` and the eight-digit code, e.g. medtop:20000296 (automotive)\n<root>/feeds/releases/qingxiu-nev-cluster.toml:28:7: error: `photos.url`: \"/media/photo.jpg\" is not an absolute URL (relative URL without a base)\n  = fix: use an absolute URL starting with https://\n",
    );
}

#[test]
fn a_release_written_in_chinese_is_the_reference_for_english() {
    // With zh-Hans as the source locale, the English file is the translation: its gaps are reported
    // against the Chinese text.
    let f = Fixture::sample_in("zh-source", &["en", "zh-Hans"]);
    f.edit(
        RELEASE,
        "source_locale = \"en\"",
        "source_locale = \"zh-Hans\"",
    );
    remove_line(
        &f,
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "body-7 = ",
    );
    let out = f.root().join("out");
    let (code, stdout, stderr) = f.run(&["build", "--strict", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        format!("<root>/locales/en/releases/qingxiu-nev-cluster.ftl: error: `body-7`: the en text of this release has no `body-7`\n  = fix: add `body-7`, translated from the source text at <root>/locales/zh-Hans/releases/qingxiu-nev-cluster.ftl:22:1\n{NOTHING_WRITTEN}")
    );
}

#[test]
fn a_chinese_source_release_builds() {
    let f = Fixture::sample("zh-source-ok");
    f.edit(
        RELEASE,
        "source_locale = \"en\"",
        "source_locale = \"zh-Hans\"",
    );
    // The translations were reviewed against the English source: with Chinese as the source they
    // are outdated (another test covers that); without the lock nothing is tracked.
    fs::remove_file(f.root().join("locales/translations.lock")).expect("remove the lock");
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn silkwire_strings_fall_back_to_english_with_a_warning() {
    let f = Fixture::sample("fallback");
    remove_line(&f, "locales/zh-Hans/silkwire.ftl", "label-feeds = ");
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "warning: <root>/locales/zh-Hans: `label-feeds` is missing; using the en text from <root>/locales/en/silkwire.ftl:54:1\n"
    );
    let page = fs::read_to_string(out.join("zh-Hans/index.html")).expect("page");
    assert!(page.contains("<h2>Subscribe</h2>"));
}

#[test]
fn a_distributor_without_a_dateline_name_uses_its_own_name_in_that_language() {
    let f = Fixture::sample("dateline-name");
    f.edit(
        "locales/zh-Hans/orgs.ftl",
        "org-prnewswire = 美通社\n    .dateline = 美通社\n",
        "org-prnewswire = 美通社\n",
    );
    f.edit(
        "locales/en/orgs.ftl",
        "    .dateline = PRNewswire\n",
        "    .dateline = PRN\n",
    );
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let zh = fs::read_to_string(out.join("newsml/qingxiu-nev-cluster/zh-Hans.xml")).expect("item");
    assert!(zh.contains("<dateline>北京2023年9月18日 /美通社/</dateline>"));
    let en = fs::read_to_string(out.join("newsml/qingxiu-nev-cluster/en.xml")).expect("item");
    assert!(en.contains("<dateline>BEIJING, Sept. 18, 2023 /PRN/</dateline>"));
}

#[test]
fn a_photo_after_a_paragraph_that_does_not_exist() {
    let f = Fixture::sample("after-paragraph");
    f.edit(RELEASE, "after_paragraph = 1", "after_paragraph = 9");
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:34:19: error: `photos.after_paragraph`: photo \"lingli-park\" follows paragraph 9, but the release has 7\n  = fix: use a number from 1 to 7\n",
    );
}

#[test]
fn channels_filter_and_feeds_list_newest_first() {
    // A second, older release on another subject: in `all`, after the reference release; not in `nev`.
    let f = Fixture::sample_in("two-releases", &["en", "zh-Hans"]);
    let toml = fs::read_to_string(f.root().join(RELEASE)).expect("read");
    let older = toml
        .replace("id = \"qingxiu-nev-cluster\"", "id = \"older\"")
        .replace("2023-09-18T10:00:00+08:00", "2023-09-17T09:00:00+07:00")
        .replace("    \"medtop:20000296\", # automotive\n", "");
    fs::write(f.root().join("feeds/releases/older.toml"), older).expect("write");
    for locale in ["en", "zh-Hans"] {
        let from = f
            .root()
            .join(format!("locales/{locale}/releases/qingxiu-nev-cluster.ftl"));
        let text = fs::read_to_string(from).expect("read");
        let text = text.replacen("headline = ", "headline = OLDER ", 1);
        fs::write(
            f.root()
                .join(format!("locales/{locale}/releases/older.ftl")),
            text,
        )
        .expect("write");
    }
    let out = f.root().join("out");
    let (code, stdout, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(summary_row(&stdout, "en"), [2, 0, 0, 0], "{stdout}");
    assert_eq!(summary_row(&stdout, "zh-Hans"), [2, 0, 0, 0], "{stdout}");
    let all = fs::read_to_string(out.join("en/rss.xml")).expect("rss");
    let first = all.find("<guid isPermaLink=\"false\">tag:news.example.com,2023-01-01:releases/qingxiu-nev-cluster/en</guid>");
    let second = all.find(
        "<guid isPermaLink=\"false\">tag:news.example.com,2023-01-01:releases/older/en</guid>",
    );
    assert!(
        first.is_some() && second.is_some() && first < second,
        "newest first:\n{all}"
    );
    assert!(all.contains("<pubDate>Sun, 17 Sep 2023 09:00:00 +0700</pubDate>"));
    let nev = fs::read_to_string(out.join("zh-Hans/nev/atom.xml")).expect("atom");
    assert_eq!(nev.matches("<entry>").count(), 1);
    assert!(!nev.contains("releases/older"));
    let trade = fs::read_to_string(out.join("zh-Hans/asean-trade/atom.xml")).expect("atom");
    assert_eq!(trade.matches("<entry>").count(), 2);
    assert!(out.join("newsml/older/zh-Hans.xml").is_file());
}

#[test]
fn a_rebuild_removes_what_it_no_longer_produces() {
    let f = Fixture::sample_in("stale", &["en", "zh-Hans"]);
    let out = f.root().join("out");
    let out_arg = out.to_string_lossy().into_owned();
    assert_eq!(f.run(&["build", "--out", &out_arg]).0, 0);
    fs::write(out.join("en/notes.txt"), "kept: Silkwire did not write it").expect("write");
    f.edit(
        "feeds/silkwire.toml",
        "[[channels]]\nid = \"nev\"\nsubjects = [\"medtop:20000296\"]\n",
        "",
    );
    let (code, stdout, stderr) = f.run(&["build", "--out", &out_arg]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "locale   editions  skipped  held  warnings\n\
         en              1        0     0         0\n\
         zh-Hans         1        0     0         0\n\
         removed en/nev/atom.xml: this build no longer produces it\n\
         removed en/nev/feed.json: this build no longer produces it\n\
         removed en/nev/rss.xml: this build no longer produces it\n\
         removed zh-Hans/nev/atom.xml: this build no longer produces it\n\
         removed zh-Hans/nev/feed.json: this build no longer produces it\n\
         removed zh-Hans/nev/rss.xml: this build no longer produces it\n\
         wrote 5 file(s), 15 unchanged, in <root>/out\n"
    );
    assert!(
        !out.join("en/nev").exists(),
        "the emptied folder is removed too"
    );
    assert!(out.join("en/notes.txt").exists());
}

#[test]
fn control_characters_from_fluent_escape_sequences_are_refused() {
    let f = Fixture::sample("escape-control");
    f.edit(
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "headline = ASEAN-oriented",
        "headline = ASEAN{ \"\\u0007\" }-{ \"\\u2068\" }oriented",
    );
    assert_fails(
        &f,
        "<root>/locales/en/releases/qingxiu-nev-cluster.ftl:8:1: error: `headline`: the text contains U+0007, a character XML forbids\n  = fix: remove the escape sequence or argument that produces it (\\u0007)\n",
    );
}

#[test]
fn control_characters_from_toml_escape_sequences_are_refused() {
    let f = Fixture::sample("toml-control");
    f.edit(
        RELEASE,
        "slugline = \"China-Guangxi-NEV-ASEAN\"",
        "slugline = \"China-Guangxi\\u0001-NEV\"",
    );
    f.edit(
        RELEASE,
        "media_type = \"image/jpeg\"",
        "media_type = \"image/jpeg\\u0000\"",
    );
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:14:12: error: `slugline`: \"China-Guangxi\\u{1}-NEV\" is not a slugline\n  = fix: write words joined by hyphens, e.g. China-Guangxi-NEV-ASEAN\n<root>/feeds/releases/qingxiu-nev-cluster.toml:29:14: error: `photos.media_type`: \"image/jpeg\\0\" is not an image media type\n  = fix: write the image\'s media type, e.g. image/jpeg\n",
    );
}

#[test]
fn the_same_locale_listed_twice_in_another_case() {
    let f = Fixture::sample_in("locale-case", &["en", "zh-Hans"]);
    f.edit(
        "feeds/silkwire.toml",
        r#"locales = ["en", "zh-Hans"]"#,
        r#"locales = ["en", "zh-Hans", "zh-hans"]"#,
    );
    assert_fails(
        &f,
        "<root>/feeds/silkwire.toml:16:29: error: `locales`: \"zh-hans\" is zh-Hans, which is already listed\n  = fix: list each locale once\n",
    );
}

#[test]
fn a_gap_in_the_paragraph_numbers() {
    let f = Fixture::sample("body-gap");
    remove_line(
        &f,
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "body-4 = ",
    );
    remove_line(&f, ZH_RELEASE, "body-4 = ");
    assert_fails(
        &f,
        "<root>/locales/en/releases/qingxiu-nev-cluster.ftl:21:1: error: `body-5`: body-4 is missing: paragraphs must be numbered body-1, body-2, … without gaps\n  = fix: add body-4, or renumber the paragraphs from here on\n",
    );
}

#[test]
fn a_broken_silkwire_string_is_an_error_not_a_fallback() {
    let f = Fixture::sample("broken-string");
    f.edit(
        "locales/zh-Hans/silkwire.ftl",
        "label-feeds = 订阅",
        "label-feeds = { -brand }订阅",
    );
    f.edit(
        "locales/zh-Hans/silkwire.ftl",
        "dateline = { $place }{ DATETIME($date, dateStyle: \"long\") }",
        "dateline = { $place }{ DATETIME($date, dateStyle: \"longg\") }",
    );
    assert_fails(
        &f,
        "<root>/locales/zh-Hans/silkwire.ftl:40:1: error: `label-feeds`: Unknown term: -brand\n  = fix: define the term in this locale\'s files, or remove the reference\n<root>/locales/zh-Hans/silkwire.ftl:24:1: error: `dateline`: DATETIME(): unknown dateStyle \"longg\" (use \"full\", \"long\", \"medium\" or \"short\")\n  = fix: correct the DATETIME() call as the message says\n",
    );
}

#[test]
fn channel_filters_are_checked() {
    let f = Fixture::sample("channel-filters");
    f.edit(
        "feeds/silkwire.toml",
        "keywords = [\"asean\"]",
        "keywords = [\"aseanx\"]\nissuers = [\"xinhua\"]",
    );
    assert_fails(
        &f,
        "<root>/feeds/silkwire.toml:43:12: error: `channels.issuers`: unknown organisation \"xinhua\"\n  = fix: define it in <root>/feeds/orgs/xinhua.toml (and name it `org-xinhua` in locales/<locale>/orgs.ftl), or fix the id\n",
    );
}

#[test]
fn a_keyword_no_release_has_is_a_warning() {
    let f = Fixture::sample("channel-keyword");
    f.edit(
        "feeds/silkwire.toml",
        "keywords = [\"asean\"]",
        "keywords = [\"aseanx\"]",
    );
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "warning: <root>/feeds/silkwire.toml:42:13: channel `asean-trade`: no release has the keyword `aseanx`, so this filter matches nothing yet\n"
    );
}

#[test]
fn a_release_file_with_another_extension() {
    let f = Fixture::sample("extension");
    fs::rename(
        f.root().join(RELEASE),
        f.root().join("feeds/releases/qingxiu-nev-cluster.TOML"),
    )
    .expect("rename");
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.TOML: error: feeds/releases/ holds only release files, named <id>.toml\n  = fix: rename it to end in .toml (lower case) if it is a release, or move it elsewhere\n",
    );
}

#[test]
fn a_value_of_the_wrong_type_names_its_field() {
    let f = Fixture::sample("type");
    f.edit(RELEASE, "width = 1200", "width = -1200");
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:30:9: error: `width`: invalid value: integer `-1200`, expected u32\n  = fix: give `width` a value of the kind the message names (README.md lists every field)\n",
    );
}

#[test]
fn number_on_a_word_is_an_error() {
    let f = Fixture::sample("number-word");
    f.edit(
        "locales/en/silkwire.ftl",
        "    } { $day }, { $year }",
        "    } { NUMBER($place) }, { $year }",
    );
    assert_fails(
        &f,
        "<root>/locales/en/silkwire.ftl:24:1: error: `dateline`: NUMBER(): \"BEIJING\" is not a number\n  = fix: correct the NUMBER() call as the message says\n",
    );
}

#[test]
fn a_paragraph_id_that_is_not_body_n() {
    let f = Fixture::sample("body-0");
    f.edit(
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "# Caption of the photo",
        "body-08 = An eighth paragraph.\n# Caption of the photo",
    );
    assert_fails(
        &f,
        "<root>/locales/en/releases/qingxiu-nev-cluster.ftl:25:1: error: `body-08`: `body-08` is not a paragraph id: paragraphs are body-1, body-2, …\n  = fix: number it like the others (no zero, no leading zero, digits only), or rename it\n",
    );
}

#[test]
fn c1_controls_from_windows_1252_text_are_refused() {
    let f = Fixture::sample("c1");
    f.edit(
        "locales/zh-Hans/releases/qingxiu-nev-cluster.ftl",
        "keyword-asean = 东盟",
        "keyword-asean = 东\u{96}盟",
    );
    assert_fails(
        &f,
        "<root>/locales/zh-Hans/releases/qingxiu-nev-cluster.ftl:30:18: error: `keyword-asean`: U+0096, a control character (often from text mis-decoded from Windows-1252) in the file\n  = fix: delete the invisible character (it often comes with text pasted from Word or PDF)\n",
    );
}

#[test]
fn a_release_written_in_a_language_that_is_not_published() {
    // Only the release's own text is needed in its source locale, and the error names the release.
    let f = Fixture::sample_in("ms-source", &["en", "zh-Hans"]);
    fs::remove_dir_all(f.root().join("locales/ms")).expect("remove ms");
    f.edit(RELEASE, "source_locale = \"en\"", "source_locale = \"ms\"");
    assert_fails(
        &f,
        "<root>/feeds/releases/qingxiu-nev-cluster.toml:9:17: error: `source_locale`: release \"qingxiu-nev-cluster\" has no text in its source locale ms\n  = fix: create <root>/locales/ms/releases/qingxiu-nev-cluster.ftl\n",
    );
    // With that file (here the English text, standing in for a Malay one), the build succeeds.
    fs::create_dir_all(f.root().join("locales/ms/releases")).expect("mkdir");
    fs::copy(
        f.root().join("locales/en/releases/qingxiu-nev-cluster.ftl"),
        f.root().join("locales/ms/releases/qingxiu-nev-cluster.ftl"),
    )
    .expect("copy");
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn outdated_editions_are_published_with_a_warning_or_refused_with_strict() {
    let f = Fixture::sample_in("outdated", &["en", "th"]);
    // The source headline changes under the same id: the reviewed Thai headline is outdated.
    f.edit(
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "headline = ASEAN-oriented NEV industry cluster takes shape in Qingxiu, Nanning",
        "headline = ASEAN-oriented NEV cluster takes shape in Qingxiu, Nanning",
    );
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "warning: the th edition of qingxiu-nev-cluster is published with 1 outdated translation(s) (their source changed after review) in <root>/locales/th/releases/qingxiu-nev-cluster.ftl: `headline`\n  = fix: review them, then run `silkwire status --accept th` (--strict refuses outdated editions)\n"
    );
    let (code, stdout, stderr) = f.run(&[
        "build",
        "--strict",
        "--out",
        &f.root().join("strict").to_string_lossy(),
    ]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        format!("<root>/locales/th/releases/qingxiu-nev-cluster.ftl:8:1: error: `headline`: the th edition of qingxiu-nev-cluster is outdated: the source of `headline` changed after its review\n  = fix: update the translation, then run `silkwire status --accept th`\n{NOTHING_WRITTEN}")
    );
    // Accepting the review clears it.
    assert_eq!(f.run(&["status", "--accept", "th"]).0, 0);
    let (code, _, stderr) = f.run(&[
        "build",
        "--strict",
        "--out",
        &f.root().join("strict").to_string_lossy(),
    ]);
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn an_empty_translated_message_skips_its_edition() {
    let f = Fixture::sample_in("empty-headline", &["en", "zh-Hans"]);
    let path = f.root().join(ZH_RELEASE);
    let text = fs::read_to_string(&path).expect("read");
    let line = text
        .lines()
        .find(|l| l.starts_with("headline = "))
        .expect("headline")
        .to_string();
    fs::write(&path, text.replace(&line, "headline = { \"\" }")).expect("write");
    let (code, stdout, stderr) =
        f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 0);
    assert_eq!(summary_row(&stdout, "zh-Hans"), [0, 1, 0, 1], "{stdout}");
    assert!(
        stderr.contains(
            "error: `headline`: `headline` is empty: the edition would publish nothing there"
        ),
        "{stderr}"
    );
}

#[test]
fn outputs_choose_what_the_build_writes() {
    let f = Fixture::sample_in("outputs", &["en", "th"]);
    f.edit(
        "feeds/silkwire.toml",
        "id_since = 2023-01-01\n",
        "id_since = 2023-01-01\noutputs = [\"rss\", \"atom\", \"newsml\"]\n",
    );
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let files = list_files(&out);
    assert!(files.contains(&"th/rss.xml".to_string()));
    assert!(files.contains(&"th/nev/atom.xml".to_string()));
    assert!(files.contains(&"newsml/qingxiu-nev-cluster/th.xml".to_string()));
    for f in &files {
        assert!(
            f.ends_with("rss.xml")
                || f.ends_with("atom.xml")
                || (f.starts_with("newsml/") && !f.contains("photo-"))
                || f.starts_with(".silkwire-"),
            "{f} is not one of the outputs asked for"
        );
    }
    // Text items do not link to picture items that are not written.
    let item = fs::read_to_string(out.join("newsml/qingxiu-nev-cluster/en.xml")).expect("item");
    assert!(!item.contains("photo-lingli-park"), "{item}");

    fs::remove_dir_all(&out).expect("clean");
    f.edit(
        "feeds/silkwire.toml",
        "outputs = [\"rss\", \"atom\", \"newsml\"]",
        "outputs = [\"rss\", \"html\"]",
    );
    assert_fails(
        &f,
        "<root>/feeds/silkwire.toml:10:19: error: `outputs`: \"html\" is not a kind of output\n  = fix: use some of: rss, atom, json, newsml, pictures, pages, opml\n",
    );
}

#[test]
fn an_unchanged_project_is_not_built_again() {
    let f = Fixture::sample_in("cache", &["en", "zh-Hans"]);
    age_inputs(f.root());
    let out = f.root().join("out");
    let out_arg = out.to_string_lossy().into_owned();
    let (code, first, _) = f.run(&["build", "--out", &out_arg]);
    assert_eq!(code, 0);
    // Every file of the output with its modification time.
    let times = || -> Vec<(String, std::time::SystemTime)> {
        list_files(&out)
            .into_iter()
            .map(|p| {
                let t = fs::metadata(out.join(&p))
                    .and_then(|m| m.modified())
                    .expect("mtime");
                (p, t)
            })
            .collect()
    };
    let before = times();
    // Nothing changed: the same report, and nothing written.
    let (code, second, stderr) = f.run(&["build", "--out", &out_arg]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let table = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with("wrote"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(table(&second), table(&first));
    assert!(
        second.ends_with(
            "wrote 0 file(s), 26 unchanged, in <root>/out (nothing changed since the last build)\n"
        ),
        "{second}"
    );
    assert_eq!(before, times());

    // A deleted output is written again.
    fs::remove_file(out.join("en/rss.xml")).expect("delete");
    let (_, stdout, _) = f.run(&["build", "--out", &out_arg]);
    assert!(
        stdout.ends_with("wrote 1 file(s), 25 unchanged, in <root>/out\n"),
        "{stdout}"
    );
    // So is another project into the same folder (the same files, another root).
    let g = Fixture::sample_in("cache-other", &["en", "zh-Hans"]);
    age_inputs(g.root());
    let (_, stdout, _) = g.run(&["build", "--out", &out_arg]);
    assert!(stdout.contains("wrote 0 file(s), 26 unchanged"), "{stdout}");
    assert!(!stdout.contains("nothing changed since"), "{stdout}");
    assert!(out.join("en/rss.xml").is_file());

    // An edited input is built (the edit is also too recent for the cache to trust its time).
    f.edit(
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "headline = ASEAN-oriented",
        "headline = The ASEAN-oriented",
    );
    let (_, stdout, _) = f.run(&["build", "--out", &out_arg]);
    assert!(!stdout.contains("wrote 0 file(s)"), "{stdout}");
    let page = fs::read_to_string(out.join("en/releases/qingxiu-nev-cluster.html")).expect("page");
    assert!(page.contains("The ASEAN-oriented"));

    // Another clock that crosses an update's time is another build.
    age_inputs(f.root());
    f.run(&["build", "--out", &out_arg]);
    f.edit(
        "feeds/releases/qingxiu-nev-cluster.toml",
        "after_paragraph = 1\n",
        "after_paragraph = 1\n\n[[updates]]\ntime = 2024-06-01T00:00:00+08:00\nkind = \"update\"\nnote = \"update-note\"\n",
    );
    let path = f.root().join("locales/en/releases/qingxiu-nev-cluster.ftl");
    let mut text = fs::read_to_string(&path).expect("ftl");
    text.push_str("# The note of the June update.\nupdate-note = Figures confirmed.\n");
    fs::write(&path, text).expect("write");
    age_inputs(f.root());
    const CACHED: &str = "(nothing changed since the last build)";
    let (_, stdout, _) = f.run(&["build", "--now", "2024-05-01T00:00:00Z", "--out", &out_arg]);
    assert!(!stdout.contains(CACHED), "inputs changed: {stdout}");
    let (_, stdout, stderr) = f.run(&["build", "--now", "2024-05-02T00:00:00Z", "--out", &out_arg]);
    assert!(
        stdout.contains(CACHED),
        "the same state of every release: {stdout}"
    );
    assert!(
        stderr.contains("1 outdated translation(s)"),
        "warnings are repeated: {stderr}"
    );
    let (_, stdout, _) = f.run(&["build", "--now", "2024-06-02T00:00:00Z", "--out", &out_arg]);
    assert!(!stdout.contains(CACHED), "the update took effect: {stdout}");
    let page = fs::read_to_string(out.join("en/releases/qingxiu-nev-cluster.html")).expect("page");
    assert!(page.contains("Figures confirmed."));
}
