//! The PR desk's commands: `silkwire import` of plain-text releases (the reference release and
//! awkward text), `silkwire new`, and `silkwire preview`.

use std::fs;

use crate::support::{Fixture, NOW};

const SEED: &str = include_str!("../fixtures/qingxiu-nev-release.txt");

/// The edition of `release` in `locale` that a build of the fixture would publish.
fn edition(f: &Fixture, release: &str, locale: &str) -> silkwire_l10n::Edition {
    let project = silkwire_core::load_project(f.root()).expect("the project loads");
    let localized = silkwire_l10n::load_and_localize(
        &project,
        silkwire_l10n::Policy {
            strict: false,
            skip_keyword_check: true,
        },
    )
    .expect("localized");
    localized
        .locales
        .into_iter()
        .find(|b| b.locale == locale)
        .and_then(|b| b.editions.into_iter().find(|e| e.release.id == release))
        .unwrap_or_else(|| panic!("no {locale} edition of {release}"))
}

fn write(f: &Fixture, rel: &str, text: &str) -> String {
    let path = f.root().join(rel);
    fs::write(&path, text).expect("write the text");
    path.to_string_lossy().into_owned()
}

#[test]
fn importing_the_reference_release_reproduces_every_paragraph() {
    let f = Fixture::sample_in("import-seed", &["en", "zh-Hans"]);
    let file = write(&f, "release.txt", SEED);
    let (code, stdout, stderr) = f.run(&["import", &file, "--id", "imported"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("wrote <root>/feeds/releases/imported.toml"),
        "{stdout}"
    );
    // Every assumption and gap is reported with its line.
    for note in [
        "release.txt:1: note: \"Xinhua Silk Road:\" is taken as the source",
        "release.txt:3: note: the dateline gives the date (2023-09-18) but no time",
        "release.txt:5: note: this paragraph is taken as the photo's caption",
        "release.txt:19: note: \"Original link:\" gives no URL",
    ] {
        assert!(stderr.contains(note), "{note}\n{stderr}");
    }

    // The expected text, read off the seed by hand: headline after the source prefix, the dateline
    // line split at its dash, the caption (line 5), the other lines, "Original link:" left out.
    let lines: Vec<&str> = SEED.lines().map(str::trim_end).collect();
    let e = edition(&f, "imported", "en");
    assert_eq!(
        e.headline,
        "ASEAN-oriented NEV industry cluster takes shape in Qingxiu, Nanning"
    );
    assert_eq!(e.dateline, "BEIJING, Sept. 18, 2023 /PRNewswire/");
    let (_, first) = lines[2].split_once(" — ").expect("dateline dash");
    let mut expected = vec![first];
    expected.extend(
        lines[6..]
            .iter()
            .copied()
            .filter(|l| !l.is_empty() && !l.starts_with("Original link:")),
    );
    assert_eq!(e.paragraphs, expected);
    assert_eq!(e.paragraphs.len(), 7);
    assert!(e.paragraphs[0].contains("In recent years,\u{a0}Qingxiu"));
    assert_eq!(e.photos[0].caption, lines[4]);
    assert_eq!(e.issuer, "Xinhua Silk Road");
    assert_eq!(
        e.release.published.to_rfc3339(),
        "2023-09-18T12:00:00+00:00"
    );

    // It builds: the English edition is published, the untranslated one skipped with a warning.
    let (code, stdout, _) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 0);
    assert!(
        f.root().join("out/en/releases/imported.html").is_file(),
        "{stdout}"
    );
    assert!(!f.root().join("out/zh-Hans/releases/imported.html").exists());

    // Importing again under the same id overwrites nothing.
    let before = fs::read(f.root().join("locales/en/releases/imported.ftl")).expect("ftl");
    let (code, _, stderr) = f.run(&["import", &file, "--id", "imported"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: <root>/feeds/releases/imported.toml already exists: nothing was written\n  = fix: choose another id with --id"),
        "{stderr}"
    );
    assert_eq!(
        fs::read(f.root().join("locales/en/releases/imported.ftl")).expect("ftl"),
        before
    );
}

#[test]
fn awkward_text_comes_back_exactly() {
    let f = Fixture::sample_in("import-awkward", &["en", "th", "my"]);
    let en = "Acme Corp: Acme {beta} opens [Hanoi] plant\n\
              \n\
              HANOI, March 4, 2024 /PRNewswire/ -- Acme opened a plant with { $budget } braces.\n\
              \n\
              * Leading star, \"quotes\", & <angle> ]]> text.\n\
              \n\
              [Bracketed] start and a backslash \\ here.\n\
              \n\
              .dot start, and a line\n\
              wrapped by the sender.\n\
              \n\
              Media contact:\n\
              Li Wei, press@acme.example\n\
              \n\
              ###\n";
    let file = write(&f, "acme.txt", en);
    let (code, _, stderr) = f.run(&["import", &file, "--published", "2024-03-04T09:00:00+07:00"]);
    assert_eq!(code, 0, "{stderr}");
    // A new organisation is defined and reported; so are the contacts it cannot place.
    assert!(
        stderr.contains("acme.txt:1: note: \"Acme Corp\" is a new organisation"),
        "{stderr}"
    );
    assert!(
        stderr.contains("acme.txt:12: note: media contacts cannot be placed"),
        "{stderr}"
    );
    assert!(f.root().join("feeds/orgs/acme-corp.toml").is_file());
    let ftl = fs::read_to_string(
        f.root()
            .join("locales/en/releases/acme-beta-opens-hanoi-plant.ftl"),
    )
    .expect("the release text");
    assert!(
        ftl.contains("# 12: Media contact:\n# 13: Li Wei, press@acme.example\n"),
        "{ftl}"
    );
    let e = edition(&f, "acme-beta-opens-hanoi-plant", "en");
    assert_eq!(e.headline, "Acme {beta} opens [Hanoi] plant");
    assert_eq!(
        e.paragraphs,
        [
            "Acme opened a plant with { $budget } braces.",
            "* Leading star, \"quotes\", & <angle> ]]> text.",
            "[Bracketed] start and a backslash \\ here.",
            ".dot start, and a line wrapped by the sender.",
        ]
    );
    assert_eq!(
        e.release.published.to_rfc3339(),
        "2024-03-04T09:00:00+07:00"
    );

    // Thai and Burmese: no Latin headline to make an id from, so --id; text kept byte for byte.
    let th = "ซินหัว ซิลก์โรด: เขตชิงซิ่ว {ทดสอบ} นครหนานหนิง\n\n\
              ปักกิ่ง, 2023-09-18 /PRNewswire/ — ในช่วงไม่กี่ปีที่ผ่านมา เขตชิงซิ่วเติบโต 92.15%\n\n\
              ยอดขายยานยนต์ไฟฟ้าพุ่งขึ้นแตะ 34,000 คัน\n";
    let file = write(&f, "th.txt", th);
    let (code, _, stderr) = f.run(&["import", &file, "--locale", "th"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("th.txt:1:1: error: the headline has no Latin letters to make the release id from\n  = fix: pass --id"),
        "{stderr}"
    );
    let (code, _, stderr) = f.run(&["import", &file, "--locale", "th", "--id", "thai-test"]);
    assert_eq!(code, 0, "{stderr}");
    let e = edition(&f, "thai-test", "th");
    assert_eq!(e.headline, "เขตชิงซิ่ว {ทดสอบ} นครหนานหนิง");
    assert_eq!(
        e.issuer, "ซินหัว ซิลก์โรด",
        "the Thai name of a known issuer is recognised"
    );
    assert_eq!(
        e.paragraphs,
        [
            "ในช่วงไม่กี่ปีที่ผ่านมา เขตชิงซิ่วเติบโต 92.15%",
            "ยอดขายยานยนต์ไฟฟ้าพุ่งขึ้นแตะ 34,000 คัน",
        ]
    );
    let my = "ရန်ကုန်, 2024-01-05 /PRNewswire/ — ဒေသတွင်း စီးပွားရေး { တိုးတက် } ၉၂.၁၅ ရာခိုင်နှုန်း\n\n\
              ဒုတိယ စာပိုဒ်\n";
    let file = write(&f, "my.txt", &format!("ဆင်ဟွာ ပိုးလမ်းမ: သတင်း ခေါင်းစဉ်\n\n{my}"));
    let (code, _, stderr) = f.run(&["import", &file, "--locale", "my", "--id", "burmese-test"]);
    assert_eq!(code, 0, "{stderr}");
    let e = edition(&f, "burmese-test", "my");
    assert_eq!(e.headline, "သတင်း ခေါင်းစဉ်");
    assert_eq!(
        e.paragraphs,
        ["ဒေသတွင်း စီးပွားရေး { တိုးတက် } ၉၂.၁၅ ရာခိုင်နှုန်း", "ဒုတိယ စာပိုဒ်"]
    );
}

#[test]
fn import_errors_name_the_line_and_the_fix() {
    let f = Fixture::sample_in("import-errors", &["en"]);
    let cases: [(&str, &str, &[&str]); 5] = [
        (
            "Acme: A headline\n\nNo dateline here, just text.\n",
            "x.txt:3:1: error: no dateline: the first paragraph should start `PLACE, DATE /DISTRIBUTOR/ — `\n  = fix: add the dateline",
            &[],
        ),
        (
            "Acme: A headline\n\nHANOI, Tết 2024 /PRNewswire/ — Text.\n",
            "x.txt:3:8: error: the dateline's date \"Tết 2024\" is not one silkwire import reads\n  = fix: write it as Sept. 18, 2023",
            &[],
        ),
        (
            "A headline with no source\n\nHANOI, March 4, 2024 /PRNewswire/ — Text.\n",
            "x.txt:1:1: error: the text does not say who issues the release",
            &[],
        ),
        (
            "Acme: A\u{7}headline\n",
            "x.txt:1:8: error: the text holds",
            &[],
        ),
        (
            "青秀区: 新能源汽车\n\n北京2023年9月18日 /美通社/ -- 近年来\n",
            "x.txt:1:1: error: the text does not look like en",
            &[],
        ),
    ];
    for (text, expected, extra) in cases {
        let file = write(&f, "x.txt", text);
        let mut args = vec!["import", file.as_str()];
        args.extend_from_slice(extra);
        let (code, _, stderr) = f.run(&args);
        assert_eq!(code, 1, "{text}");
        assert!(
            stderr.contains(expected),
            "expected {expected:?} in:\n{stderr}"
        );
    }
    fs::write(f.root().join("bad.txt"), b"Acme: caf\xe9\n").expect("write");
    let (code, _, stderr) = f.run(&["import", &f.root().join("bad.txt").to_string_lossy()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("<root>/bad.txt:1:10: error: the file is not UTF-8"),
        "{stderr}"
    );
    // Nothing was written by any failed import.
    assert_eq!(
        fs::read_dir(f.root().join("feeds/releases"))
            .expect("releases")
            .count(),
        1
    );
}

#[test]
fn new_scaffolds_a_release_that_checks_once_its_placeholders_are_filled() {
    let f = Fixture::sample_in("new", &["en"]);
    let (code, stdout, stderr) =
        f.run(&["new", "port-opening", "--now", "2024-05-01T08:30:00+08:00"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        stdout.contains("<root>/locales/en/releases/port-opening.ftl:5: headline: the headline"),
        "{stdout}"
    );
    assert!(
        stdout.contains("<root>/feeds/releases/port-opening.toml:10: issuer:"),
        "{stdout}"
    );
    let toml = fs::read_to_string(f.root().join("feeds/releases/port-opening.toml")).expect("toml");
    assert!(toml.contains("published = 2024-05-01T00:30:00Z"), "{toml}");
    // As generated, the placeholders are errors: check names each, and build refuses.
    let (code, stdout, _) = f.run(&["check"]);
    assert_eq!(code, 1);
    for id in [
        "headline",
        "summary",
        "place",
        "place.dateline",
        "body-1",
        "body-2",
    ] {
        assert!(
            stdout.contains(&format!(
                "error[placeholder]: `{id}` is still a placeholder (TODO)"
            )),
            "{id}: {stdout}"
        );
    }
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("unknown organisation \"todo-issuer\""),
        "{stderr}"
    );
    // Filled in, it passes check and builds.
    let ftl = "locales/en/releases/port-opening.ftl";
    f.edit(
        ftl,
        "TODO the headline",
        "Port of Qinzhou opens a new berth",
    )
    .edit(
        ftl,
        "TODO one sentence that sums up the release",
        "A new berth opened.",
    )
    .edit(ftl, "TODO the place\n", "Qinzhou\n")
    .edit(ftl, "TODO THE PLACE", "QINZHOU")
    .edit(ftl, "TODO the first paragraph", "The port opened a berth.")
    .edit(
        ftl,
        "TODO the second paragraph",
        "It handles 10,000 containers a day.",
    );
    let rel = "feeds/releases/port-opening.toml";
    f.edit(
        rel,
        "issuer = \"todo-issuer\"",
        "issuer = \"xinhua-silk-road\"",
    )
    .edit(
        rel,
        "https://www.example.com/TODO",
        "https://www.example.com/port",
    )
    .edit(rel, "\"todo-place\"", "\"qinzhou\"");
    // (Its translations are still to be made: they are another locale's findings.)
    let (code, stdout, _) = f.run(&["check", "--locale", "en", "--deny-warnings"]);
    assert_eq!(code, 0, "{stdout}");
    let (code, _, stderr) = f.run(&["build", "--out", &f.root().join("out").to_string_lossy()]);
    assert_eq!(code, 0, "{stderr}");
    let e = edition(&f, "port-opening", "en");
    assert_eq!(e.dateline, "QINZHOU, May 1, 2024 /Silkwire Newsroom/");
    // An existing release is never overwritten.
    let (code, _, stderr) = f.run(&["new", "port-opening"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("port-opening.toml already exists"),
        "{stderr}"
    );
    let (code, _, stderr) = f.run(&["new", "Port Opening"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("\"Port Opening\" is not a release id"),
        "{stderr}"
    );
}

#[test]
fn preview_shows_the_edition_a_reader_sees() {
    let f = Fixture::sample_in("preview", &["en", "zh-Hans", "th"]);
    let (code, stdout, stderr) = f.run(&[
        "preview",
        "qingxiu-nev-cluster",
        "--locale",
        "zh-Hans",
        "--now",
        NOW,
    ]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let e = edition(&f, "qingxiu-nev-cluster", "zh-Hans");
    // Every piece of the edition is there, in reading order.
    let mut at = 0;
    let mut expect = vec![
        e.headline.clone(),
        format!("{}{}", e.dateline, e.dateline_separator),
        e.photos[0].caption.clone(),
        e.photos[0].credit_line.clone(),
    ];
    expect.extend(e.paragraphs[1..].iter().cloned());
    expect.push(e.boilerplate.about[0].0.clone());
    let joined: String = stdout.lines().collect();
    for piece in &expect {
        // Wrapped lines are joined again (Chinese wraps between characters, with no space).
        let found = joined[at..].find(piece.as_str());
        assert!(
            found.is_some(),
            "{piece:?} not found after byte {at} in:\n{stdout}"
        );
        at += found.unwrap_or_default() + piece.len();
    }
    assert!(
        stdout.contains("本文为译文"),
        "the translation notice: {stdout}"
    );
    assert!(stdout.contains("<https://news.example.com/en/releases/qingxiu-nev-cluster.html>"));
    assert!(stdout
        .lines()
        .all(|l| silkwire_l10n::width::display_width(l) <= 80 || l.contains("https://")));

    let (code, _, stderr) = f.run(&["preview", "qingxiu-nev-cluster", "--locale", "km"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("km is not one of the publication's locales"),
        "{stderr}"
    );
    let (code, _, stderr) = f.run(&["preview", "nope", "--locale", "th"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("there is no release \"nope\""), "{stderr}");
    // A broken translation is shown as its problems, not as a half edition.
    f.edit(
        "locales/th/releases/qingxiu-nev-cluster.ftl",
        "body-3 =",
        "body-3-typo =",
    );
    let (code, stdout, stderr) = f.run(&[
        "preview",
        "qingxiu-nev-cluster",
        "--locale",
        "th",
        "--now",
        NOW,
    ]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(
        stderr.contains("the th text of this release has no `body-3`"),
        "{stderr}"
    );
}

#[test]
fn boilerplate_and_the_translation_notice_reach_every_format() {
    let f = Fixture::sample_in("boilerplate", &["en", "zh-Hans"]);
    fs::write(
        f.root().join("feeds/orgs/xinhua-silk-road.toml"),
        "url = \"https://en.imsilkroad.com/\"\n\n[[contacts]]\nname = \"Press office & <desk>\"\nemail = \"press@example.com\"\nphone = \"+86 10 6307 0000\"\n",
    )
    .expect("write the organisation");
    for (locale, text) in [
        ("en", "Not investment advice & not an offer."),
        ("zh-Hans", "本新闻稿不构成投资建议。"),
    ] {
        let path = f.root().join(format!("locales/{locale}/orgs.ftl"));
        let mut ftl = fs::read_to_string(&path).expect("orgs.ftl");
        ftl.push_str(&format!(
            "# The wire's disclaimer, printed at the end of its releases.\norg-prnewswire-disclaimer = {text}\n"
        ));
        fs::write(&path, ftl).expect("write orgs.ftl");
    }
    let out = f.root().join("out");
    let (code, _, stderr) = f.run(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!(code, 0, "{stderr}");
    let read = |rel: &str| fs::read_to_string(out.join(rel)).expect(rel);
    let about_en = "Xinhua Silk Road is an economic information service of Xinhua News Agency";
    // Each format escapes once in its own way; the text is the same.
    for (rel, contact, disclaimer) in [
        (
            "en/releases/qingxiu-nev-cluster.html",
            "Press office &amp; &lt;desk&gt;",
            "Not investment advice &amp; not an offer.",
        ),
        (
            "newsml/qingxiu-nev-cluster/en.xml",
            "Press office &amp; &lt;desk&gt;",
            "Not investment advice &amp; not an offer.",
        ),
        (
            "en/atom.xml",
            "Press office &amp; &lt;desk&gt;",
            "Not investment advice &amp; not an offer.",
        ),
        (
            "en/rss.xml",
            "Press office &amp;amp; &amp;lt;desk&amp;gt;",
            "Not investment advice &amp;amp; not an offer.",
        ),
        (
            "en/feed.json",
            "Press office &amp; &lt;desk&gt;",
            "Not investment advice &amp; not an offer.",
        ),
    ] {
        let text = read(rel);
        for piece in [
            about_en,
            contact,
            "mailto:press@example.com",
            "tel:+861063070000",
            "+86 10 6307 0000",
            disclaimer,
        ] {
            assert!(text.contains(piece), "{rel} lacks {piece:?}");
        }
        assert!(
            !text.contains("notice-translation"),
            "{rel}: the original has no translation notice"
        );
    }
    // The translation says the original governs, links to it, and carries its own boilerplate.
    for rel in [
        "zh-Hans/releases/qingxiu-nev-cluster.html",
        "newsml/qingxiu-nev-cluster/zh-Hans.xml",
        "zh-Hans/atom.xml",
        "zh-Hans/feed.json",
    ] {
        let text = read(rel);
        for piece in [
            "本文为译文，如与原文有出入，以原文为准。原文：",
            "https://news.example.com/en/releases/qingxiu-nev-cluster.html",
            "hreflang=",
            "关于新华丝路",
            "新华丝路是新华社旗下的经济信息服务平台",
            "本新闻稿不构成投资建议。",
            "mailto:press@example.com",
        ] {
            assert!(text.contains(piece), "{rel} lacks {piece:?}");
        }
    }
    // And it all still passes the schemas and silkwire validate.
    let (code, stdout, _) = f.run(&["validate", &out.to_string_lossy()]);
    assert_eq!(code, 0, "{stdout}");
    if let Some(bin) = crate::support::xmllint() {
        let xsd = crate::support::schema("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");
        let rng = crate::support::schema("atom/atom.rng");
        for (rel, args) in [
            (
                "newsml/qingxiu-nev-cluster/zh-Hans.xml",
                ["--schema", xsd.to_str().expect("path")],
            ),
            (
                "zh-Hans/atom.xml",
                ["--relaxng", rng.to_str().expect("path")],
            ),
        ] {
            let mut all = vec!["--noout", "--nonet"];
            all.extend(args);
            crate::validate::run_xmllint(bin, &all, &out.join(rel)).expect("valid");
        }
    }
}
