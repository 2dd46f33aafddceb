//! Incremental builds: when only some releases' files changed since the last build (their text or
//! settings, new releases, deleted ones), the build takes just those releases (with the newest of
//! each channel, for the feeds) through localizing and rendering. Every step here compares it with a full build over a copy of the same previous
//! output: the same files with the same bytes, and the same report.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use silkwire_cli::build::{build_with, BuildReport, Options};
use silkwire_cli::cache::{CACHE, INDEX};

use crate::support::{age_inputs, copy_tree, list_files, repo_root, Fixture, TempDir};

/// The clock of these builds: after every release of the archive.
pub(crate) const NOW: &str = "2026-01-01T00:00:00+08:00";

/// A 12-release archive in en, th and zh-Hans, written by the benchmark's generator, whose feeds
/// carry three items each in two channels that select by subject.
pub(crate) fn archive(tag: &str) -> Fixture {
    archive_of(tag, 12, &["en", "th", "zh-Hans"])
}

/// [`archive`] with `releases` releases in `locales`.
pub(crate) fn archive_of(tag: &str, releases: usize, locales: &[&str]) -> Fixture {
    let dir = TempDir::new(tag);
    let spec = silkwire_bench::corpus::Spec {
        releases,
        locales: locales.iter().map(|l| l.to_string()).collect(),
        seed: 11,
        full_archive: false,
        outputs: Vec::new(),
        base_url: "https://news.example.com/".into(),
    };
    silkwire_bench::corpus::generate(&repo_root(), dir.path(), &spec).expect("write the archive");
    let settings = dir.path().join("feeds/silkwire.toml");
    let mut text = fs::read_to_string(&settings).expect("read silkwire.toml");
    text.push_str(
        "feed_max_items = 3\n\n[[channels]]\nid = \"nev\"\nsubjects = [\"medtop:20000296\"]\n\n\
         [[channels]]\nid = \"asean-trade\"\nsubjects = [\"medtop:20000373\"]\n",
    );
    fs::write(&settings, text).expect("write silkwire.toml");
    age_inputs(dir.path());
    Fixture { dir }
}

pub(crate) fn options() -> Options {
    Options {
        now: silkwire_core::time::parse_rfc3339(NOW).ok(),
        ..Options::default()
    }
}

/// Replaces `from` by `to` in `rel`, dated half an hour back (long enough before the next build for
/// the cache to trust the time, and not the time it had).
pub(crate) fn edit(f: &Fixture, rel: &str, from: &str, to: &str) {
    f.edit(rel, from, to);
    date_back(&f.root().join(rel));
}

/// Writes `text` to `rel`, dated as [`edit`] dates it.
fn write_dated(f: &Fixture, rel: &str, text: &str) {
    let path = f.root().join(rel);
    fs::write(&path, text).expect("write");
    date_back(&path);
}

fn date_back(path: &Path) {
    fs::File::options()
        .append(true)
        .open(path)
        .expect("open")
        .set_modified(SystemTime::now() - Duration::from_secs(1800))
        .expect("set mtime");
}

/// The line of the file `rel` that starts with `prefix`.
pub(crate) fn line_of(f: &Fixture, rel: &str, prefix: &str) -> String {
    fs::read_to_string(f.root().join(rel))
        .expect("read")
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("{rel} has a line starting with {prefix:?}"))
        .to_string()
}

/// The outputs under `dir` (the cache and its index are bookkeeping).
fn outputs(dir: &Path) -> Vec<String> {
    list_files(dir)
        .into_iter()
        .filter(|f| f != CACHE && f != INDEX)
        .collect()
}

/// Builds `f` into `out` (which holds the last build's output and cache), and fully into a copy of
/// that output without the cache; asserts that both leave the same files, byte for byte, and report
/// the same. Returns the report of the build into `out`.
fn build_and_compare(f: &Fixture, out: &Path) -> BuildReport {
    let copy = TempDir::new("incremental-full");
    if out.exists() {
        copy_tree(out, copy.path());
    }
    let _ = fs::remove_file(copy.path().join(CACHE));
    let report = build_with(f.root(), out, None, &options()).expect("build");
    let mut full = build_with(f.root(), copy.path(), None, &options()).expect("full build");
    // Warnings name the output folder.
    for w in &mut full.warnings {
        w.message = w.message.replace(
            &copy.path().to_string_lossy().into_owned(),
            &out.to_string_lossy(),
        );
    }
    assert!(!full.cached && full.rebuilt.is_empty());
    let files = outputs(out);
    assert_eq!(files, outputs(copy.path()), "the same files");
    for file in &files {
        assert!(
            fs::read(out.join(file)).expect("read")
                == fs::read(copy.path().join(file)).expect("read"),
            "{file} differs from a full build's"
        );
    }
    assert_eq!(
        BuildReport {
            rebuilt: Vec::new(),
            ..report.clone()
        },
        full,
        "the same report as a full build"
    );
    report
}

#[test]
fn an_incremental_build_equals_a_full_build() {
    let f = archive("incremental");
    let out = f.root().join("out");
    let first = build_and_compare(&f, &out);
    assert!(first.rebuilt.is_empty(), "nothing to start from");
    assert!(first.warnings.is_empty() && first.skipped.is_empty());

    // An old release's Thai body: its Thai page and NewsML item, nothing else.
    edit(
        &f,
        "locales/th/releases/r000002.ftl",
        "body-2 = ",
        "body-2 = (แก้ไข) ",
    );
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000002"]);
    assert_eq!(
        r.files.written_paths.len(),
        2,
        "{:?}",
        r.files.written_paths
    );
    assert!(r.files.written_paths.iter().all(|p| p.contains("r000002")));

    // The newest release's English headline: in the English feeds and home page, and in the other
    // languages' pages and items of the release, which name their siblings.
    edit(
        &f,
        "locales/en/releases/r000012.ftl",
        "headline = ",
        "headline = Update: ",
    );
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000012"]);
    assert!(r.files.written_paths.contains(&"en/index.html".to_string()));
    assert!(r.files.written_paths.iter().any(|p| p.starts_with("th/")));

    // Two releases at once, one of them in the feeds.
    edit(
        &f,
        "locales/zh-Hans/releases/r000011.ftl",
        "headline = ",
        "headline = 更新：",
    );
    edit(
        &f,
        "locales/en/releases/r000003.ftl",
        "body-1 = ",
        "body-1 = Revised. ",
    );
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000003", "r000011"]);

    // A Thai translation that loses its headline: the edition is skipped (it leaves the feeds and
    // the home page, the next Thai release takes its place in the feed), and the build says so.
    let th = "locales/th/releases/r000012.ftl";
    let line = line_of(&f, th, "headline = ");
    edit(&f, th, &format!("{line}\n"), "");
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000012"]);
    assert_eq!(r.skipped, [("th".to_string(), "r000012".to_string())]);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.message.starts_with("WITHDRAWN")));
    assert!(!out.join("th/releases/r000012.html").exists());

    // After a build with warnings, what unchanged releases contribute to the report is not known:
    // full builds, until one has no warning again.
    edit(&f, th, "body-1 = ", &format!("{line}\nbody-1 = "));
    let r = build_and_compare(&f, &out);
    assert!(r.rebuilt.is_empty(), "the last build had warnings");
    assert!(r.warnings.is_empty() && r.skipped.is_empty());
    assert!(out.join("th/releases/r000012.html").is_file());
    edit(
        &f,
        "locales/th/releases/r000010.ftl",
        "body-1 = ",
        "body-1 = (แก้ไข) ",
    );
    assert_eq!(build_and_compare(&f, &out).rebuilt, ["r000010"]);

    // A new release, the newest (a copy of r000012 a day later): its files, the feeds, the home
    // pages.
    let toml = fs::read_to_string(f.root().join("feeds/releases/r000012.toml")).expect("read");
    let published = line_of(&f, "feeds/releases/r000012.toml", "published = ");
    let toml = toml
        .replace("r000012", "r000013")
        .replace(&published, "published = 2025-12-30T09:00:00+08:00");
    let files = [("feeds/releases/r000013.toml".to_string(), toml)]
        .into_iter()
        .chain(["en", "th", "zh-Hans"].into_iter().map(|l| {
            let text =
                fs::read_to_string(f.root().join(format!("locales/{l}/releases/r000012.ftl")))
                    .expect("read");
            (format!("locales/{l}/releases/r000013.ftl"), text)
        }));
    for (rel, text) in files {
        write_dated(&f, &rel, &text);
    }
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000013"]);
    assert!(r
        .files
        .written_paths
        .contains(&"en/releases/r000013.html".to_string()));
    assert!(r.files.written_paths.contains(&"th/index.html".to_string()));

    // A deleted release: its files go, and the feeds and home pages no longer list it.
    for rel in [
        "feeds/releases/r000013.toml",
        "locales/en/releases/r000013.ftl",
        "locales/th/releases/r000013.ftl",
        "locales/zh-Hans/releases/r000013.ftl",
    ] {
        fs::remove_file(f.root().join(rel)).expect("remove");
    }
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000013"]);
    assert!(r
        .files
        .removed
        .contains(&"en/releases/r000013.html".to_string()));
    assert!(r
        .files
        .removed
        .iter()
        .any(|p| p.starts_with("newsml/r000013/photo-")));
    assert!(r.files.written_paths.contains(&"en/index.html".to_string()));

    // A release's settings edited: an old release moved to the other channel and dated the newest,
    // so the feeds of both channels and the home pages change.
    let toml = "feeds/releases/r000004.toml";
    let subjects = line_of(&f, toml, "subjects = ");
    let moved = if subjects.contains("medtop:20000373") {
        "subjects = [\"medtop:20000296\"]"
    } else {
        "subjects = [\"medtop:20000373\"]"
    };
    edit(&f, toml, &subjects, moved);
    let published = line_of(&f, toml, "published = ");
    edit(
        &f,
        toml,
        &published,
        "published = 2025-12-31T09:00:00+08:00",
    );
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000004"]);
    assert!(r
        .files
        .written_paths
        .contains(&"zh-Hans/index.html".to_string()));

    // A release withdrawn (its settings and its texts, which give the reason): it leaves the feeds
    // and home pages, its items go out canceled.
    let withdrawn = "r000009";
    let settings = format!("feeds/releases/{withdrawn}.toml");
    let mut text = fs::read_to_string(f.root().join(&settings)).expect("read");
    text.push_str(
        "\n[withdrawn]\ntime = 2025-12-31T12:00:00+08:00\nnote = \"withdrawal-reason\"\n",
    );
    write_dated(&f, &settings, &text);
    for (locale, reason) in [
        ("en", "The issuer withdrew this release."),
        ("th", "ผู้ออกข่าวได้ถอนข่าวประชาสัมพันธ์ฉบับนี้แล้ว"),
        ("zh-Hans", "发布方已撤回本新闻稿。"),
    ] {
        let rel = format!("locales/{locale}/releases/{withdrawn}.ftl");
        let line = line_of(&f, &rel, "headline = ");
        edit(
            &f,
            &rel,
            &line,
            &format!("{line}\nwithdrawal-reason = {reason}"),
        );
    }
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, [withdrawn]);
    let item = fs::read_to_string(out.join(format!("newsml/{withdrawn}/en.xml"))).expect("read");
    assert!(item.contains("stat:canceled"), "{item}");

    // A release put under embargo until after the clock (and republished then): it is held back,
    // and its files go until then.
    let toml = "feeds/releases/r000007.toml";
    let published = line_of(&f, toml, "published = ");
    edit(
        &f,
        toml,
        &published,
        "published = 2026-02-01T09:00:00+08:00\nembargo = 2026-02-01T09:00:00+08:00",
    );
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000007"]);
    assert_eq!(r.held.len(), 1, "{:?}", r.held);
    assert!(r
        .files
        .removed
        .contains(&"th/releases/r000007.html".to_string()));

    // A release's photo removed: its picture item goes.
    let toml = "feeds/releases/r000006.toml";
    let text = fs::read_to_string(f.root().join(toml)).expect("read");
    let (settings, _) = text.split_once("[[photos]]").expect("a photo");
    write_dated(&f, toml, settings);
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["r000006"]);
    assert!(r
        .files
        .removed
        .iter()
        .any(|p| p.starts_with("newsml/r000006/photo-")));

    // Any other input changed (an organisation): a full build.
    edit(
        &f,
        "feeds/orgs/xinhua-silk-road.toml",
        "# Xinhua Silk Road",
        "# Edited.\n# Xinhua Silk Road",
    );
    assert!(build_and_compare(&f, &out).rebuilt.is_empty());

    // Nothing changed: the cache answers.
    let r = build_with(f.root(), &out, None, &options()).expect("build");
    assert!(r.cached);
}

#[test]
fn the_build_says_what_it_built_again() {
    let f = archive("incremental-cli");
    let out = f.root().join("out");
    let out_arg = out.to_string_lossy().into_owned();
    let (code, _, stderr) = f.run(&["build", "--now", NOW, "--out", &out_arg]);
    assert_eq!(code, 0, "{stderr}");
    edit(
        &f,
        "locales/en/releases/r000005.ftl",
        "body-1 = ",
        "body-1 = Revised. ",
    );
    let (code, stdout, stderr) = f.run(&["build", "--now", NOW, "--out", &out_arg]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        stdout.ends_with(
            "wrote 2 file(s), 113 unchanged, in <root>/out (only r000005 changed since the last build)\n"
        ),
        "{stdout}"
    );
}

#[test]
fn an_input_edited_while_the_build_runs_is_built_again() {
    let f = archive("incremental-during");
    let out = f.root().join("out");
    build_with(f.root(), &out, None, &options()).expect("build");
    // The edit lands after the build took stock of its inputs, dated well before it (as a copy
    // that keeps times would be). (`--strict` is another option, so this build is not answered
    // by the cache before it starts.)
    let mut edited = false;
    let report = silkwire_cli::build::build_with_progress(
        f.root(),
        &out,
        None,
        &Options {
            strict: true,
            ..options()
        },
        &mut |step| {
            if matches!(step, silkwire_cli::build::Step::Checking) && !edited {
                edited = true;
                edit(
                    &f,
                    "locales/en/releases/r000006.ftl",
                    "body-1 = ",
                    "body-1 = Late. ",
                );
            }
        },
    )
    .expect("build");
    assert!(edited && !report.cached);
    let again = build_with(
        f.root(),
        &out,
        None,
        &Options {
            strict: true,
            ..options()
        },
    )
    .expect("build");
    assert_eq!(again.rebuilt, ["r000006"], "the edit is seen");
    let page = fs::read_to_string(out.join("en/releases/r000006.html")).expect("page");
    assert!(page.contains("Late. "));
}

#[test]
fn an_incremental_build_reads_the_review_lock_for_its_releases() {
    // The sample has a review lock: an English edit makes the Chinese translation outdated.
    let f = crate::support::Fixture::sample_in("incremental-lock", &["en", "zh-Hans"]);
    age_inputs(f.root());
    let out = f.root().join("out");
    let first = build_and_compare(&f, &out);
    assert!(first.warnings.is_empty(), "{:?}", first.warnings);
    edit(
        &f,
        "locales/en/releases/qingxiu-nev-cluster.ftl",
        "headline = ASEAN-oriented",
        "headline = The ASEAN-oriented",
    );
    let r = build_and_compare(&f, &out);
    assert_eq!(r.rebuilt, ["qingxiu-nev-cluster"]);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.message.contains("outdated translation(s)")),
        "{:?}",
        r.warnings
    );
}
