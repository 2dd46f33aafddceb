//! The `silkwire` command: build every language's feeds, wire items and pages from one folder.
//!
//! `silkwire build` reads `feeds/` and `locales/` under `--root` (default: the current folder),
//! checks every input before writing anything, and writes under `--out` (default `dist/`):
//!
//! - `<locale>/rss.xml`, `<locale>/atom.xml`: the channel `all`; other channels in `<locale>/<channel>/`;
//! - `<locale>/releases/<id>.html` and `<locale>/index.html`: the pages behind every feed link;
//! - `newsml/<id>/<locale>.xml`: one NewsML-G2 item per language edition.
//!
//! Exit codes: 0 success, 1 invalid input or failed output (nothing half-written), 2 usage error.
//!
//! ```
//! let mut out = Vec::new();
//! let mut err = Vec::new();
//! let code = silkwire_cli::run(["silkwire", "--root", "/nonexistent", "build"], &mut out, &mut err);
//! assert_eq!(code, 1);
//! assert!(String::from_utf8(err).unwrap().contains("feeds/silkwire.toml"));
//! ```
#![deny(missing_docs)]

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

pub mod build;
pub mod locales;
pub mod output;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: invalid input, or the output could not be written.
pub const EXIT_FAILURE: i32 = 1;
/// Exit code: the command line was wrong.
pub const EXIT_USAGE: i32 = 2;

/// Silkwire publishes press releases in many languages as RSS, Atom, NewsML-G2 and web pages.
#[derive(Debug, Parser)]
#[command(name = "silkwire", version, about, long_about = None)]
pub struct Cli {
    /// The project folder, holding feeds/ and locales/.
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build every locale's feeds, NewsML-G2 items and pages.
    Build {
        /// Output folder (relative paths are taken from the current folder).
        #[arg(long, default_value = "dist", value_name = "DIR")]
        out: PathBuf,
    },
    /// List every supported locale: names, script, fallback chain, formats, plural categories,
    /// completeness of the shipped text and a sample dateline.
    Locales {
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: locales::LocalesFormat,
    },
}

/// `.` as the empty path, so that messages say `feeds/x.toml` rather than `./feeds/x.toml`.
fn display_root(root: &Path) -> &Path {
    if root == Path::new(".") {
        Path::new("")
    } else {
        root
    }
}

/// Runs the command line `args` (the first being the program name), printing to `out` and `err`,
/// and returns the exit code.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let text = e.to_string();
            return if e.use_stderr() {
                let _ = write!(err, "{text}");
                EXIT_USAGE
            } else {
                let _ = write!(out, "{text}");
                EXIT_OK
            };
        }
    };
    match cli.command {
        Command::Locales { format } => {
            let root = display_root(&cli.root);
            let summary = silkwire_core::load_project(root)
                .and_then(|p| silkwire_l10n::summary::summarize(&p));
            match summary {
                Ok(rows) => match locales::write(out, &rows, format) {
                    Ok(()) => EXIT_OK,
                    Err(e) => {
                        let _ = writeln!(err, "cannot write the list: {e}");
                        EXIT_FAILURE
                    }
                },
                Err(d) => {
                    let _ = writeln!(err, "{d}");
                    EXIT_FAILURE
                }
            }
        }
        Command::Build { out: dir } => match build::build(display_root(&cli.root), &dir) {
            Ok(report) => {
                for w in &report.warnings {
                    let _ = writeln!(err, "warning: {w}");
                }
                for (locale, n) in &report.locales {
                    let _ = writeln!(out, "{locale}: {n} edition(s)");
                }
                if let Some(owner) = &report.files.other_owner {
                    let _ = writeln!(
                        err,
                        "warning: {} was last built for another publication ({owner}); its files are left in place",
                        dir.display()
                    );
                }
                for (kept, why) in &report.files.kept {
                    let _ = writeln!(
                        err,
                        "warning: {kept} is no longer produced but was left in place: {why}"
                    );
                }
                for removed in &report.files.removed {
                    let _ = writeln!(out, "removed {removed}: this build no longer produces it");
                }
                let _ = writeln!(
                    out,
                    "wrote {} file(s), {} unchanged, in {}",
                    report.files.written,
                    report.files.unchanged,
                    dir.display()
                );
                EXIT_OK
            }
            Err(e) => {
                let _ = writeln!(err, "{e}");
                if matches!(e, build::BuildError::Input(_)) {
                    let _ = writeln!(
                        err,
                        "nothing was written: fix the errors above and build again"
                    );
                }
                EXIT_FAILURE
            }
        },
    }
}
