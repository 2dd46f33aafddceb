//! What a real reader gets out of the feeds: Python feedparser (the parser behind many aggregators
//! and newsroom ingest scripts) must read every feed without complaint and find each entry's title,
//! link to this language's page, id and date.

use std::process::Command;

use crate::support::{repo_root, runs, tool_available, TempDir};

const SCRIPT: &str = r#"
import sys, time, glob, os, feedparser
root = sys.argv[1]
for path in sorted(glob.glob(os.path.join(root, '**', '*.xml'), recursive=True)):
    rel = os.path.relpath(path, root)
    if rel.startswith('newsml'):
        continue
    d = feedparser.parse(path)
    for e in d.entries:
        print('\t'.join([rel, str(int(bool(d.bozo))), d.feed.get('language', ''), e.title, e.link, e.id,
                         time.strftime('%Y-%m-%dT%H:%M:%SZ', e.published_parsed)]))
"#;

/// A Python interpreter with feedparser: `SILKWIRE_PYTHON`, else `python3`.
fn python() -> Option<String> {
    let python = std::env::var("SILKWIRE_PYTHON").unwrap_or_else(|_| "python3".to_string());
    tool_available(
        runs(&python, &["-c", "import feedparser"]),
        "Python with feedparser (SILKWIRE_PYTHON)",
        "set SILKWIRE_PYTHON to a Python that has feedparser (.ci/run makes one)",
    )
    .then_some(python)
}

#[test]
fn feedparser_reads_every_feed() {
    let Some(python) = python() else { return };
    let dir = TempDir::new("feedparser");
    crate::support::build_sample(dir.path()).expect("sample builds");
    let out = Command::new(&python)
        .args(["-c", SCRIPT])
        .arg(dir.path())
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows.len(),
        84,
        "one entry in each of 84 feeds (14 locales × 3 channels × RSS, Atom):\n{stdout}"
    );
    for row in rows {
        let [path, bozo, language, title, link, id, published] = row[..] else {
            panic!("bad row {row:?}")
        };
        let locale = path.split('/').next().expect("locale");
        assert_eq!(bozo, "0", "{path}: feedparser flagged the feed");
        assert_eq!(language, locale, "{path}");
        // The headline as the locale's release file writes it (one line, no placeables).
        let ftl = std::fs::read_to_string(
            repo_root().join(format!("locales/{locale}/releases/qingxiu-nev-cluster.ftl")),
        )
        .expect("release text");
        let headline = ftl
            .lines()
            .find_map(|l| l.strip_prefix("headline = "))
            .expect("headline");
        assert_eq!(title, headline, "{path}");
        assert_eq!(
            link,
            format!("https://news.example.com/{locale}/releases/qingxiu-nev-cluster.html"),
            "{path}: the entry's link must be this language's page"
        );
        assert_eq!(
            id,
            format!("tag:news.example.com,2023-01-01:releases/qingxiu-nev-cluster/{locale}")
        );
        assert_eq!(published, "2023-09-18T02:00:00Z", "{path}");
    }
}
