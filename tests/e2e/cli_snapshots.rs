//! What the command prints, pinned by snapshots in `tests/golden/cli/` (one file per case): the
//! `--help` of every subcommand, build summaries, previews and a few errors. Completions and the
//! man page are checked against the same clap definitions.
//!
//! `SILKWIRE_BLESS=1 cargo test -p silkwire-tests cli_snapshots` rewrites the snapshots; review the
//! diff before committing. A snapshot no case produces fails the test.

use std::fs;
use std::path::{Path, PathBuf};

use clap::CommandFactory;

use crate::support::{list_files, Fixture, NOW};

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden")
        .join("cli")
}

/// Runs the command line in-process; the printed text is stdout, then stderr after a marker, then
/// the exit code.
fn transcript(f: &Fixture, args: &[&str]) -> String {
    let (code, stdout, stderr) = f.run(args);
    let shown = args
        .join(" ")
        .replace(f.root().to_string_lossy().as_ref(), "<root>");
    format!("$ silkwire {shown}\n{stdout}--- stderr\n{stderr}--- exit {code}\n")
}

#[test]
fn cli_snapshots() {
    let f = Fixture::sample_in("snapshots", &["en", "zh-Hans", "th"]);
    let out = f.root().join("out").to_string_lossy().into_owned();
    let mut cases: Vec<(String, String)> = Vec::new();

    // --help of the command and of every subcommand, from the clap definitions.
    cases.push(("help.txt".into(), transcript(&f, &["--help"])));
    for sub in silkwire_cli::Cli::command().get_subcommands() {
        let name = sub.get_name().to_string();
        cases.push((
            format!("help-{name}.txt"),
            transcript(&f, &[name.as_str(), "--help"]),
        ));
    }

    // Build summaries: normal, quiet, verbose (a rebuild lists nothing written).
    cases.push((
        "build.txt".into(),
        transcript(&f, &["build", "--out", &out]),
    ));
    cases.push((
        "build-quiet.txt".into(),
        transcript(&f, &["--quiet", "build", "--out", &out]),
    ));
    let other = f.root().join("out2").to_string_lossy().into_owned();
    cases.push((
        "build-verbose.txt".into(),
        transcript(&f, &["--verbose", "build", "--out", &other]),
    ));

    // What a reader sees.
    for locale in ["en", "th"] {
        cases.push((
            format!("preview-{locale}.txt"),
            transcript(
                &f,
                &[
                    "preview",
                    "qingxiu-nev-cluster",
                    "--locale",
                    locale,
                    "--now",
                    NOW,
                ],
            ),
        ));
    }

    // Errors: a usage error, an unknown organisation, an import without a dateline.
    cases.push(("error-usage.txt".into(), transcript(&f, &["bulid"])));
    cases.push((
        "error-locale.txt".into(),
        transcript(&f, &["check", "--locale", "zz-Qaaa"]),
    ));
    fs::write(
        f.root().join("x.txt"),
        "Acme: A headline\n\nNo dateline here.\n",
    )
    .expect("write");
    let x = f.root().join("x.txt").to_string_lossy().into_owned();
    cases.push(("error-import.txt".into(), transcript(&f, &["import", &x])));
    let broken = Fixture::sample_in("snapshots-broken", &["en"]);
    broken.edit(
        "feeds/releases/qingxiu-nev-cluster.toml",
        "distributor = \"prnewswire\"",
        "distributor = \"pr-newswire\"",
    );
    let out = broken.root().join("out").to_string_lossy().into_owned();
    cases.push((
        "error-build.txt".into(),
        transcript(&broken, &["build", "--out", &out]),
    ));

    let dir = snapshot_dir();
    if std::env::var_os("SILKWIRE_BLESS").is_some() {
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("mkdir");
        for (name, text) in &cases {
            fs::write(dir.join(name), text).expect("write snapshot");
        }
        return;
    }
    let mut failures = Vec::new();
    for (name, text) in &cases {
        match fs::read_to_string(dir.join(name)) {
            Ok(want) if want == *text => {}
            Ok(want) => failures.push(format!(
                "{name} differs:\n--- snapshot\n{want}--- now\n{text}"
            )),
            Err(_) => failures.push(format!(
                "{name} has no snapshot (SILKWIRE_BLESS=1 writes it)"
            )),
        }
    }
    for unused in list_files(&dir)
        .into_iter()
        .filter(|f| !cases.iter().any(|(n, _)| n == f))
    {
        failures.push(format!(
            "{unused} is a snapshot no case produces: delete it"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn completions_and_the_man_page_come_from_the_same_definitions() {
    let f = Fixture::sample_in("completions", &["en"]);
    let subcommands: Vec<String> = silkwire_cli::Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, stdout, stderr) = f.run(&["completions", shell]);
        assert_eq!((code, stderr.as_str()), (0, ""), "{shell}");
        for sub in &subcommands {
            assert!(
                stdout.contains(sub.as_str()),
                "{shell} completions lack {sub}"
            );
        }
        assert!(stdout.contains("partner-embargoed"), "{shell}");
    }
    let (code, _, stderr) = f.run(&["completions", "tcsh"]);
    assert_eq!(code, 2, "{stderr}");

    let (code, man, _) = f.run(&["man"]);
    assert_eq!(code, 0);
    assert!(man.starts_with(".ie \\n(.g .ds Aq"), "roff");
    assert!(man.contains(".TH silkwire 1"));
    for sub in &subcommands {
        // Each subcommand has a section of its own, with its synopsis and options.
        assert!(
            man.contains(&format!(".SH NAME\nsilkwire {sub} \\- ")),
            "man lacks a section for {sub}"
        );
    }
    for section in [
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH SUBCOMMANDS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        "NO_COLOR",
        "SILKWIRE_NOW",
    ] {
        assert!(man.contains(section), "man lacks {section}");
    }
    // groff reads it without a warning (in CI a missing groff fails the test).
    let groff = crate::support::tool_available(
        crate::support::runs("groff", &["--version"]),
        "groff",
        "install groff-base (apt-get install -y groff-base)",
    );
    if groff {
        let path = f.root().join("silkwire.1");
        fs::write(&path, &man).expect("write");
        let out = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&path)
            .output()
            .expect("groff");
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn colour_and_progress_only_on_a_terminal() {
    let f = Fixture::sample_in("colour", &["en"]);
    let root = f.root().to_string_lossy().into_owned();
    let out = f.root().join("out").to_string_lossy().into_owned();
    let run = |term: silkwire_cli::Terminal, args: &[&str]| {
        let mut argv = vec!["silkwire", "--root", root.as_str()];
        argv.extend_from_slice(args);
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let code = silkwire_cli::run_in(argv, &mut o, &mut e, term);
        (
            code,
            String::from_utf8(o).expect("utf-8"),
            String::from_utf8(e).expect("utf-8"),
        )
    };
    let tty = silkwire_cli::Terminal {
        stdout: true,
        stderr: true,
        no_color: false,
    };
    // A build on a terminal shows progress on stderr, then erases it.
    let (code, _, stderr) = run(tty, &["build", "--now", NOW, "--out", &out]);
    assert_eq!(code, 0);
    assert!(
        stderr.contains(
            "\r\x1b[2Krendering the feeds and home pages of 1 locale(s): en…\r\x1b[2Kfinishing…"
        ),
        "{stderr:?}"
    );
    assert!(stderr.ends_with("\r\x1b[2K"), "{stderr:?}");
    // Errors are coloured on a terminal, and not with NO_COLOR or into a pipe.
    let (code, _, stderr) = run(tty, &["check", "--locale", "zz-Qaaa"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("\x1b[1;31merror\x1b[0m: "), "{stderr:?}");
    let no_color = silkwire_cli::Terminal {
        no_color: true,
        ..tty
    };
    let (_, _, stderr) = run(no_color, &["check", "--locale", "zz-Qaaa"]);
    assert!(
        stderr.starts_with("error: ") && !stderr.contains('\x1b'),
        "{stderr:?}"
    );
    let (_, _, stderr) = run(
        silkwire_cli::Terminal::default(),
        &["check", "--locale", "zz-Qaaa"],
    );
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
    // --color always forces it into a pipe; --quiet leaves no progress and no summary.
    let (_, _, stderr) = run(
        silkwire_cli::Terminal::default(),
        &["--color", "always", "check", "--locale", "zz-Qaaa"],
    );
    assert!(stderr.contains("\x1b[1;31merror"), "{stderr:?}");
    let (code, stdout, stderr) = run(tty, &["--quiet", "build", "--now", NOW, "--out", &out]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
}
