//! The shipped sample, built, must equal the reviewed golden files in `tests/golden/sample/`.
//!
//! To update them after an intended change: `SILKWIRE_BLESS=1 cargo test -p silkwire-tests golden`,
//! then review the diff (and run the validators) before committing. Unused golden files fail the test.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{list_files, TempDir};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden")
        .join("sample")
}

#[test]
fn sample_build_matches_golden_files() {
    let rendered = crate::support::render_sample();
    assert!(
        rendered.warnings.is_empty(),
        "the shipped sample must build without warnings: {:?}",
        rendered.warnings
    );
    let dir = golden_dir();
    if std::env::var_os("SILKWIRE_BLESS").is_some() {
        let _ = fs::remove_dir_all(&dir);
        for (rel, bytes) in &rendered.files {
            let path = dir.join(rel);
            fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            fs::write(&path, bytes).expect("write golden file");
        }
        return;
    }
    let expected = list_files(&dir);
    let actual: Vec<String> = rendered.files.iter().map(|(p, _)| p.clone()).collect();
    let missing: Vec<_> = actual.iter().filter(|p| !expected.contains(p)).collect();
    let unused: Vec<_> = expected.iter().filter(|p| !actual.contains(p)).collect();
    assert!(
        missing.is_empty() && unused.is_empty(),
        "golden files out of date (SILKWIRE_BLESS=1 regenerates them):\n  not in golden/: {missing:?}\n  unused golden files: {unused:?}"
    );
    let mut failures = Vec::new();
    for (rel, bytes) in &rendered.files {
        let want = fs::read(dir.join(rel)).expect("read golden file");
        if want != *bytes {
            failures.push(first_difference(rel, &want, bytes));
        }
    }
    assert!(
        failures.is_empty(),
        "output differs from the golden files:\n{}",
        failures.join("\n")
    );
}

fn first_difference(rel: &str, want: &[u8], got: &[u8]) -> String {
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("{rel}:{}:\n  golden: {w}\n  built:  {g}", i + 1);
        }
    }
    format!(
        "{rel}: golden has {} lines, built has {}",
        want.lines().count(),
        got.lines().count()
    )
}

#[test]
fn two_builds_are_byte_identical_and_rebuilds_write_nothing() {
    let a = TempDir::new("det-a");
    let b = TempDir::new("det-b");
    let first = crate::support::build_sample(a.path()).expect("first build");
    crate::support::build_sample(b.path()).expect("second build");
    // The build cache is bookkeeping with times in it; everything else is output.
    let outputs = |dir: &std::path::Path| -> Vec<String> {
        list_files(dir)
            .into_iter()
            .filter(|f| f != silkwire_cli::cache::CACHE && f != silkwire_cli::cache::INDEX)
            .collect()
    };
    let files = outputs(a.path());
    assert_eq!(files, outputs(b.path()));
    assert!(a.path().join(silkwire_cli::cache::CACHE).is_file());
    // Every output, plus the manifest that lets the next build remove what it no longer produces.
    assert!(files.iter().any(|f| f == silkwire_cli::output::MANIFEST));
    assert_eq!(first.files.written(), files.len() - 1);
    for f in &files {
        assert_eq!(
            fs::read(a.path().join(f)).expect("read"),
            fs::read(b.path().join(f)).expect("read"),
            "{f} differs between two builds"
        );
    }
    // A full rebuild writes nothing, and so does one the cache answers.
    fs::remove_file(a.path().join(silkwire_cli::cache::CACHE)).expect("remove the cache");
    let again = crate::support::build_sample(a.path()).expect("rebuild");
    assert!(!again.cached);
    assert_eq!(again.files.written(), 0);
    assert_eq!(again.files.unchanged, files.len() - 1);
    assert!(again.files.removed.is_empty());
    let cached = crate::support::build_sample(a.path()).expect("rebuild");
    assert!(
        cached.cached,
        "the sample's files are older than the last build"
    );
    assert_eq!(
        (cached.files.written(), cached.files.unchanged),
        (0, files.len() - 1)
    );
    assert_eq!(cached.locales, first.locales);
}

#[test]
fn every_locale_gets_feeds_newsml_and_pages() {
    let rendered = crate::support::render_sample();
    let paths: Vec<&str> = rendered.files.iter().map(|(p, _)| p.as_str()).collect();
    for locale in ["en", "zh-Hans"] {
        for f in [
            "rss.xml",
            "atom.xml",
            "index.html",
            "releases/qingxiu-nev-cluster.html",
        ] {
            let p = format!("{locale}/{f}");
            assert!(paths.contains(&p.as_str()), "{p} missing");
        }
        let item = format!("newsml/qingxiu-nev-cluster/{locale}.xml");
        assert!(paths.contains(&item.as_str()), "{item} missing");
    }
}

#[test]
fn every_file_is_announced_before_it_is_written() {
    // The writer records files in the manifest when they are announced; `locale_paths` must name
    // exactly what each locale then renders, or a file would be recorded late.
    let options = silkwire_cli::build::Options {
        now: silkwire_core::time::parse_rfc3339(crate::support::NOW).ok(),
        ..Default::default()
    };
    let mut announced: Vec<String> = Vec::new();
    let mut written: Vec<String> = Vec::new();
    silkwire_cli::build::render_into(
        &crate::support::repo_root(),
        &options,
        &mut |_| {},
        &mut |_, batch| {
            match batch {
                silkwire_cli::build::Batch::Announce(paths) => announced.extend(paths),
                silkwire_cli::build::Batch::Files(files) => {
                    for (path, _) in files {
                        written.push(path);
                    }
                }
                silkwire_cli::build::Batch::Joined(path, _) => written.push(path),
            }
            Ok(())
        },
    )
    .expect("the sample renders");
    announced.sort();
    // Every announced file is written; the rest (picture items, OPML) come in the last batch.
    let per_locale: Vec<&String> = written
        .iter()
        .filter(|p| !p.starts_with("newsml/") || !p.contains("/photo-"))
        .filter(|p| p.as_str() != silkwire_core::site::OPML_PATH)
        .collect();
    let mut per_locale: Vec<String> = per_locale.into_iter().cloned().collect();
    per_locale.sort();
    assert_eq!(announced, per_locale);
}
