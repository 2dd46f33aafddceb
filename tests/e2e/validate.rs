//! Every NewsML-G2 item validates against the IPTC 2.35 XSD, every Atom feed against the RFC 4287
//! RELAX NG schema, and every other output is well-formed XML, checked with xmllint.

use std::path::Path;
use std::process::Command;

use crate::support::{list_files, runs, schema, tool_available, xmllint, TempDir};

pub(crate) fn run_xmllint(bin: &str, args: &[&str], file: &Path) -> Result<(), String> {
    let out = Command::new(bin)
        .args(args)
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run xmllint: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    // xmllint prints "FILE validates" on success; anything else on stderr is a warning or an error
    // (an unbound namespace prefix is only a warning with exit status 0).
    let noise: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.ends_with(" validates"))
        .collect();
    if out.status.success() && noise.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {}\n{}", file.display(), out.status, stderr))
    }
}

#[test]
fn outputs_pass_the_schemas() {
    let Some(bin) = xmllint() else { return };
    let dir = TempDir::new("validate");
    crate::support::build_sample(dir.path()).expect("sample builds");
    let xsd = schema("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");
    let rng = schema("atom/atom.rng");
    let xsd = xsd.to_str().expect("utf-8 path");
    let rng = rng.to_str().expect("utf-8 path");
    let files = list_files(dir.path());
    let mut failures = Vec::new();
    let (mut newsml, mut atom, mut other) = (0, 0, 0);
    for f in files.iter().filter(|f| !f.starts_with('.')) {
        let path = dir.path().join(f);
        let result = if f.ends_with(".json") {
            // JSON Feed: checked by feed_rules.rs (parse, ids, links).
            continue;
        } else if f.starts_with("newsml/") {
            newsml += 1;
            run_xmllint(bin, &["--noout", "--nonet", "--schema", xsd], &path)
        } else if f.ends_with("atom.xml") {
            atom += 1;
            run_xmllint(bin, &["--noout", "--nonet", "--relaxng", rng], &path)
        } else {
            // RSS and the pages (polyglot HTML) must be well-formed XML.
            other += 1;
            run_xmllint(bin, &["--noout", "--nonet"], &path)
        };
        if let Err(e) = result {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        (newsml, atom),
        (15, 42),
        "expected 15 NewsML items (14 editions and the picture) and 42 Atom feeds"
    );
    assert!(other >= 70);
}

#[test]
fn the_validators_catch_a_broken_file() {
    // Guard against a validation step that cannot fail: a NewsML item with its children out of
    // order and an Atom feed without an id must both be rejected.
    let Some(bin) = xmllint() else { return };
    let dir = TempDir::new("broken");
    let item = dir.path().join("item.xml");
    std::fs::write(
        &item,
        r#"<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" standard="NewsML-G2" standardversion="2.35"><contentMeta/><itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/><versionCreated>2023-09-18T10:00:00+08:00</versionCreated></itemMeta></newsItem>"#,
    )
    .expect("write");
    let xsd = schema("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");
    assert!(run_xmllint(
        bin,
        &[
            "--noout",
            "--nonet",
            "--schema",
            xsd.to_str().expect("utf-8")
        ],
        &item
    )
    .is_err());
    let feed = dir.path().join("atom.xml");
    std::fs::write(
        &feed,
        r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2023-09-18T10:00:00+08:00</updated></feed>"#,
    )
    .expect("write");
    let rng = schema("atom/atom.rng");
    assert!(run_xmllint(
        bin,
        &["--noout", "--relaxng", rng.to_str().expect("utf-8")],
        &feed
    )
    .is_err());
}

/// The Nu Html Checker (vnu.jar, from the npm package `vnu-jar`), located by `VNU_JAR`, and Java.
fn vnu() -> Option<String> {
    let jar = std::env::var("VNU_JAR")
        .ok()
        .filter(|j| Path::new(j).is_file());
    let found = jar.is_some() && runs("java", &["-version"]);
    tool_available(
        found,
        "the Nu Html Checker (VNU_JAR) or Java",
        "set VNU_JAR to vnu.jar from the npm package vnu-jar and install Java (.ci/run does both)",
    )
    .then_some(jar)
    .flatten()
}

#[test]
fn pages_are_valid_html5() {
    let Some(jar) = vnu() else { return };
    let dir = TempDir::new("html");
    crate::support::build_sample(dir.path()).expect("sample builds");
    let pages: Vec<_> = list_files(dir.path())
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .map(|f| dir.path().join(f))
        .collect();
    assert_eq!(
        pages.len(),
        28,
        "an edition page and a home page per locale"
    );
    let out = Command::new("java")
        .args(["-jar", &jar, "--errors-only", "--also-check-css"])
        .args(&pages)
        .output()
        .expect("run vnu");
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && report.trim().is_empty(),
        "HTML5 errors:\n{report}"
    );
}
