//! `silkwire validate DIR`: the sample build passes every rule, and each rule fails on a copy of the
//! build that breaks it.

use std::fs;

use silkwire_cli::build::{build_with, Options};

use crate::support::{repo_root, Fixture, TempDir};

/// The sample built into a fresh folder.
fn built(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    let options = Options {
        now: silkwire_core::time::parse_rfc3339("2024-01-01T00:00:00Z").ok(),
        ..Options::default()
    };
    build_with(&repo_root(), dir.path(), None, &options).expect("the sample builds");
    dir
}

fn edit(dir: &TempDir, rel: &str, from: &str, to: &str) {
    let path = dir.path().join(rel);
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{rel} has no {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn the_sample_build_passes_every_rule() {
    let dir = built("validate-ok");
    let f = Fixture::files("validate-ok-cli", &[]);
    let (code, out, err) = f.run(&["validate", &dir.path().to_string_lossy()]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(
        out.ends_with(&format!(
            "passes all {} rules\n",
            silkwire_validate::RULES.len()
        )),
        "{out}"
    );
}

#[test]
fn every_rule_fails_on_a_build_that_breaks_it() {
    let self_link = "<atom:link href=\"https://news.example.com/en/rss.xml\" rel=\"self\"";
    let item = |rss: &str| {
        let start = rss.find("<item>").expect("item");
        let end = rss.find("</item>").expect("end") + "</item>".len();
        rss[start..end].to_string()
    };
    let cases: Vec<(&str, &str, String, String)> = vec![
        (
            "encoding",
            "en/rss.xml",
            "encoding=\"utf-8\"".into(),
            "encoding=\"gb2312\"".into(),
        ),
        (
            "characters",
            "en/rss.xml",
            "<title>Silkwire".into(),
            "<title>&#x1B;Silkwire".into(),
        ),
        (
            "well-formed",
            "en/atom.xml",
            "</feed>".into(),
            String::new(),
        ),
        (
            "rss-structure",
            "en/rss.xml",
            self_link.into(),
            self_link.replace("self", "related"),
        ),
        (
            "rss-date",
            "en/rss.xml",
            "<pubDate>Mon, 18 Sep 2023".into(),
            "<pubDate>Tue, 18 Sep 2023".into(),
        ),
        (
            "guid",
            "en/rss.xml",
            "<guid isPermaLink=\"false\">".into(),
            "<guid>".into(),
        ),
        (
            "url",
            "en/rss.xml",
            "<link>https://news.example.com/en/releases/".into(),
            "<link>/en/releases/".into(),
        ),
        (
            "language",
            "en/rss.xml",
            "<language>en</language>".into(),
            "<language>en_US</language>".into(),
        ),
        (
            "atom-structure",
            "en/atom.xml",
            "<link rel=\"self\"".into(),
            "<link rel=\"related\"".into(),
        ),
        (
            "atom-id",
            "en/atom.xml",
            "<id>tag:news.example.com,2023-01-01:releases".into(),
            "<id>tag:news.example.com:releases".into(),
        ),
        (
            "atom-date",
            "en/atom.xml",
            "<published>2023-09-18T10:00:00+08:00".into(),
            "<published>2023-09-18 10:00:00".into(),
        ),
        (
            "json-feed",
            "en/feed.json",
            "version/1.1".into(),
            "version/1".into(),
        ),
        (
            "newsml",
            "newsml/qingxiu-nev-cluster/en.xml",
            " version=\"1\" standard".into(),
            " version=\"0\" standard".into(),
        ),
        (
            "links",
            "en/index.html",
            "en/releases/qingxiu-nev-cluster.html\"".into(),
            "en/releases/nowhere.html\"".into(),
        ),
        (
            "ids-per-language",
            "zh-Hans/rss.xml",
            "qingxiu-nev-cluster/zh-Hans</guid>".into(),
            "qingxiu-nev-cluster/en</guid>".into(),
        ),
        (
            "size",
            "en/atom.xml",
            "</feed>".into(),
            format!("<!--{}--></feed>", " ".repeat(2_000_000)),
        ),
    ];
    // Order: a second, newer item after the first.
    let dir = built("validate-order");
    let rss = fs::read_to_string(dir.path().join("en/rss.xml")).expect("rss");
    let newer = item(&rss)
        .replace("Mon, 18 Sep 2023", "Tue, 19 Sep 2023")
        .replace("/en</guid>", "/en-2</guid>");
    edit(&dir, "en/rss.xml", "</item>", &format!("</item>\n{newer}"));
    let problems = silkwire_validate::validate(dir.path()).expect("validate");
    assert!(
        problems
            .iter()
            .any(|p| p.rule == "order" && p.path == "en/rss.xml"),
        "{problems:?}"
    );

    let mut covered = vec!["order"];
    for (rule, rel, from, to) in &cases {
        let dir = built(&format!("validate-{rule}"));
        edit(&dir, rel, from, to);
        let problems = silkwire_validate::validate(dir.path()).expect("validate");
        assert!(
            problems.iter().any(|p| p.rule == *rule && p.path == *rel),
            "{rule}: breaking {rel} was not caught: {problems:?}"
        );
        covered.push(rule);
    }
    // Each rule has its fixture.
    for rule in silkwire_validate::RULES {
        assert!(
            covered.contains(&rule.code),
            "no fixture breaks {}",
            rule.code
        );
    }
    // The CLI reports it and fails.
    let dir = built("validate-cli");
    edit(
        &dir,
        "en/rss.xml",
        "<language>en</language>",
        "<language>in</language>",
    );
    let f = Fixture::files("validate-cli-run", &[]);
    let (code, out, _) = f.run(&["validate", &dir.path().to_string_lossy()]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "en/rss.xml: error[language]: \"in\" is not a canonical BCP 47 tag Silkwire supports\n"
        ),
        "{out}"
    );
}
