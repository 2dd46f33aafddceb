//! The build localizes an archive a chunk of releases at a time on every core: the result must not
//! depend on the chunk size (only the order of errors found in several chunks may).

use std::fs;

use silkwire_cli::localizing::{localize_archive, Job, Localization};
use silkwire_core::Diagnostics;
use silkwire_l10n::Policy;

use crate::incremental::{archive, archive_of, edit, line_of, options, NOW};
use crate::support::{list_files, Fixture};

fn localize(f: &Fixture, chunk: usize) -> Result<Localization, Diagnostics> {
    let project = silkwire_core::load_project(f.root()).expect("the archive loads");
    let needed = silkwire_l10n::needed_locales(&project).expect("its locales");
    let now = silkwire_core::time::parse_rfc3339(NOW).expect("the clock");
    let policy = Policy {
        strict: false,
        skip_keyword_check: true,
    };
    localize_archive(Job {
        project: &project,
        needed: &needed,
        only: None,
        now: &now,
        policy,
        chunk,
    })
}

/// Appends `text` to the file `rel`.
fn append(f: &Fixture, rel: &str, text: &str) {
    let path = f.root().join(rel);
    let mut all = fs::read_to_string(&path).expect("read");
    all.push_str(text);
    fs::write(path, all).expect("write");
}

#[test]
fn chunks_of_any_size_localize_alike() {
    let f = archive("chunks");
    // Something for every kind of result to hold: a skipped edition, a Silkwire string taken from
    // the reference locale (a warning found in every chunk), an update not translated yet, and two
    // releases under embargo.
    let th = "locales/th/releases/r000007.ftl";
    let headline = line_of(&f, th, "headline = ");
    edit(&f, th, &format!("{headline}\n"), "");
    let strings = "locales/th/silkwire.ftl";
    let notice = line_of(&f, strings, "notice-translation = ");
    edit(&f, strings, &format!("{notice}\n"), "");
    append(
        &f,
        "feeds/releases/r000003.toml",
        "\n[[updates]]\ntime = 2025-06-01T00:00:00+08:00\nkind = \"correction\"\nnote = \"fix-note\"\n",
    );
    append(
        &f,
        "locales/en/releases/r000003.ftl",
        "\nfix-note = The second paragraph's figures were corrected.\n",
    );
    for id in ["r000005", "r000012"] {
        let rel = format!("feeds/releases/{id}.toml");
        let published = line_of(&f, &rel, "published = ");
        edit(
            &f,
            &rel,
            &published,
            "published = 2026-06-01T09:00:00+08:00\nembargo = 2026-06-01T09:00:00+08:00",
        );
    }

    let whole = localize(&f, 1000).expect("the archive localizes");
    let public = &whole.public;
    assert_eq!(public.locales.len(), 3);
    assert_eq!(public.locales[0].editions.len(), 10, "two held");
    assert_eq!(public.skipped.len(), 1);
    let has = |what: &str| public.warnings.iter().any(|w| w.message.contains(what));
    assert!(has("`notice-translation` is missing"));
    assert!(has("`fix-note` of r000003 is not translated into th"));
    let held = whole.held.as_ref().expect("held releases");
    assert_eq!(held.locales[0].editions.len(), 2);
    for chunk in [1, 2, 3, 5] {
        let parts = localize(&f, chunk).expect("the archive localizes");
        assert_eq!(
            parts.public.warnings, whole.public.warnings,
            "warnings in chunks of {chunk}"
        );
        assert_eq!(
            parts.public.skipped, whole.public.skipped,
            "skipped in chunks of {chunk}"
        );
        for (a, b) in parts.public.locales.iter().zip(&whole.public.locales) {
            assert_eq!(a.text, b.text, "{} text in chunks of {chunk}", a.locale);
            for (x, y) in a.editions.iter().zip(&b.editions) {
                assert_eq!(x, y, "{} edition in chunks of {chunk}", a.locale);
            }
        }
        assert_eq!(
            parts.public, whole.public,
            "public editions in chunks of {chunk}"
        );
        assert_eq!(parts.held, whole.held, "held editions in chunks of {chunk}");
    }

    // Errors in two chunks: both reported, whatever the chunk size.
    for id in ["r000002", "r000010"] {
        edit(
            &f,
            &format!("locales/en/releases/{id}.ftl"),
            "\nbody-1 = ",
            "\nbody-1 = TODO\nbody-0 = ",
        );
    }
    let messages = |d: Diagnostics| {
        let mut all: Vec<String> = d.0.iter().map(ToString::to_string).collect();
        all.sort();
        all
    };
    let whole = messages(localize(&f, 1000).expect_err("placeholders"));
    assert_eq!(whole.len(), 2, "{whole:?}");
    assert!(whole.iter().all(|m| m.contains("placeholder")));
    assert_eq!(messages(localize(&f, 1).expect_err("placeholders")), whole);
}

#[test]
fn a_build_that_fails_in_a_later_chunk_leaves_the_output_as_it_was() {
    // More releases than one chunk holds: the newest chunk's files are rendered and written before
    // the oldest chunk is checked.
    let n = silkwire_cli::localizing::CHUNK * 2 + 3;
    let f = archive_of("chunks-fail", n, &["en"]);
    let out = f.root().join("out");
    silkwire_cli::build::build_with(f.root(), &out, None, &options()).expect("build");
    let before: Vec<(String, Vec<u8>)> = list_files(&out)
        .into_iter()
        .map(|p| {
            let bytes = fs::read(out.join(&p)).expect("read");
            (p, bytes)
        })
        .collect();
    let newest = silkwire_bench::corpus::release_id(n - 1);
    edit(
        &f,
        &format!("locales/en/releases/{newest}.ftl"),
        "\nbody-1 = ",
        "\nbody-1 = Revised. ",
    );
    edit(
        &f,
        "locales/en/releases/r000001.ftl",
        "\nbody-1 = ",
        "\nbody-1 = TODO\nbody-0 = ",
    );
    let err = silkwire_cli::build::build_with(f.root(), &out, None, &options())
        .expect_err("a placeholder in the oldest release");
    assert!(err.to_string().contains("placeholder"), "{err}");
    let after: Vec<(String, Vec<u8>)> = list_files(&out)
        .into_iter()
        .filter(|p| p != silkwire_cli::cache::CACHE && p != silkwire_cli::cache::INDEX)
        .map(|p| {
            let bytes = fs::read(out.join(&p)).expect("read");
            (p, bytes)
        })
        .collect();
    let before: Vec<(String, Vec<u8>)> = before
        .into_iter()
        .filter(|(p, _)| p != silkwire_cli::cache::CACHE && p != silkwire_cli::cache::INDEX)
        .collect();
    assert_eq!(
        after.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        before.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        "the same files, and no temporary one"
    );
    assert!(after == before, "every file as it was");
}

#[test]
fn a_feed_put_together_from_its_parts_is_the_feed() {
    use silkwire_core::site::FeedFormat;
    let f = archive("chunks-parts");
    let project = silkwire_core::load_project(f.root()).expect("the archive loads");
    let whole = localize(&f, 1000).expect("the archive localizes");
    let others = [silkwire_feeds::OtherLanguage {
        locale: "th".into(),
    }];
    let build = &whole.public.locales[0];
    for count in [0, 1, 2, build.editions.len()] {
        let editions: Vec<&silkwire_l10n::Edition> = build.editions.iter().take(count).collect();
        let feed = silkwire_feeds::Feed {
            publication: &project.publication,
            build,
            channel: &build.text.channels[0],
            editions: &editions,
            others: &others,
        };
        let updated = editions.iter().map(|e| &e.modified).max();
        for format in [FeedFormat::Rss, FeedFormat::Atom, FeedFormat::Json] {
            let parts = silkwire_feeds::frame(&feed, format, updated).expect("frame");
            let mut joined = parts.head.clone();
            for (i, e) in editions.iter().enumerate() {
                joined.extend_from_slice(if i == 0 { parts.open } else { parts.separator });
                joined.extend(silkwire_feeds::item(&feed, format, e).expect("item"));
            }
            if !editions.is_empty() {
                joined.extend_from_slice(parts.close);
            }
            joined.extend_from_slice(&parts.tail);
            let expected = match format {
                FeedFormat::Rss => silkwire_feeds::rss(&feed),
                FeedFormat::Atom => silkwire_feeds::atom(&feed),
                FeedFormat::Json => silkwire_feeds::json_feed(&feed),
            }
            .expect("feed");
            assert!(
                joined == expected,
                "{format:?} with {count} item(s) differs:\n{}\n---\n{}",
                String::from_utf8_lossy(&joined),
                String::from_utf8_lossy(&expected)
            );
        }
    }
}

#[test]
fn uncapped_feeds_are_written_in_parts_as_whole_feeds_would_be() {
    let n = silkwire_cli::localizing::CHUNK + 6;
    let f = archive_of("chunks-uncapped", n, &["en", "th"]);
    edit(
        &f,
        "feeds/silkwire.toml",
        "feed_max_items = 3\n",
        "feed_max_items = \"unlimited\"\nfeed_max_bytes = \"unlimited\"\n",
    );
    let out = f.root().join("out");
    silkwire_cli::build::build_with(f.root(), &out, None, &options()).expect("build");
    let project = silkwire_core::load_project(f.root()).expect("the archive loads");
    let p = &project.publication;
    let whole = localize(&f, 1000).expect("the archive localizes");
    let mut compared = 0;
    for build in &whole.public.locales {
        let others: Vec<silkwire_feeds::OtherLanguage> = whole
            .public
            .locales
            .iter()
            .filter(|b| b.locale != build.locale)
            .map(|b| silkwire_feeds::OtherLanguage {
                locale: b.locale.clone(),
            })
            .collect();
        for (channel, text) in p.channels.iter().zip(&build.text.channels) {
            let editions: Vec<&silkwire_l10n::Edition> = build
                .editions
                .iter()
                .filter(|e| !e.withdrawn && channel.matches(&e.release))
                .collect();
            let feed = silkwire_feeds::Feed {
                publication: p,
                build,
                channel: text,
                editions: &editions,
                others: &others,
            };
            for format in p.feed_formats() {
                let expected = match format {
                    silkwire_core::site::FeedFormat::Rss => silkwire_feeds::rss(&feed),
                    silkwire_core::site::FeedFormat::Atom => silkwire_feeds::atom(&feed),
                    silkwire_core::site::FeedFormat::Json => silkwire_feeds::json_feed(&feed),
                }
                .expect("feed");
                let path = p.feed_path(&build.locale, &channel.id, format);
                let built = fs::read(out.join(&path)).expect("the feed is written");
                assert!(built == expected, "{path} differs from the whole feed");
                compared += 1;
            }
        }
    }
    assert_eq!(
        compared,
        2 * 3 * 3,
        "two locales, three channels, three formats"
    );
}
