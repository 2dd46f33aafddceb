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
        /// Refuse to build when a translation is incomplete or outdated, instead of skipping or
        /// publishing that edition with a warning.
        #[arg(long)]
        strict: bool,
        /// The clock (RFC 3339 with offset): embargoes, updates and withdrawals take effect at or
        /// before it. Default: $SILKWIRE_NOW, else the system clock.
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
        /// Also write the NewsML items of releases still under embargo, marked `embargoed`, into
        /// DIR for partners (never into the public output).
        #[arg(long, value_name = "DIR")]
        partner_embargoed: Option<PathBuf>,
    },
    /// Check every .ftl file under locales/ against its reference: broken, missing, obsolete,
    /// suspicious and outdated text, each with file:line:col and a fix.
    Check {
        /// Only report on this locale (repeatable).
        #[arg(long = "locale", value_name = "LOCALE")]
        locales: Vec<String>,
        /// Output format: rustc-like text, or JSON for CI (schema `silkwire-check/1`).
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// Exit 1 on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Show, per locale and per release, how much is translated, missing, outdated or suspicious.
    Status {
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: StatusFormat,
        /// Record LOCALE's translations as reviewed against the current source text (repeatable),
        /// clearing their `outdated` state; writes locales/translations.lock.
        #[arg(long = "accept", value_name = "LOCALE")]
        accept: Vec<String>,
    },
    /// Check a built tree (e.g. dist/) against the RSS, Atom, JSON Feed and NewsML-G2 rules partners
    /// rely on, before deploying it. Exit 1 if any rule is broken.
    Validate {
        /// The built folder.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// List every supported locale: names, script, fallback chain, formats, plural categories,
    /// completeness of the shipped text and a sample dateline.
    Locales {
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: locales::LocalesFormat,
    },
}

/// Output formats of `silkwire check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// Like rustc: location, the offending line with a caret, the fix.
    Text,
    /// JSON (schema `silkwire-check/1`, see the README).
    Json,
}

/// Output formats of `silkwire status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    /// Aligned columns.
    Table,
    /// JSON (schema `silkwire-status/1`).
    Json,
    /// A Markdown table.
    Markdown,
}

/// Canonical tags for `--locale`/`--accept` values, or a usage error.
fn locale_args(values: &[String], err: &mut dyn Write) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for v in values {
        match silkwire_l10n::locale::canonicalize(v) {
            Ok(tag) => out.push(tag),
            Err(e) => {
                let _ = writeln!(
                    err,
                    "error: {e}
  = fix: {}",
                    e.fix()
                );
                return None;
            }
        }
    }
    Some(out)
}

/// Where a path really leads: absolute, `.` and `..` resolved, and the part that exists with its
/// symbolic links followed (so `out/../pub` and a link to `pub` are both `pub`).
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for part in absolute.components() {
        match part {
            std::path::Component::ParentDir => {
                clean.pop();
            }
            std::path::Component::CurDir => {}
            other => clean.push(other),
        }
    }
    // Follow links in the longest part that exists; keep the rest as written.
    let mut existing = clean.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_os_string()),
            None => break,
        }
        existing.pop();
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for name in rest.iter().rev() {
        out.push(name);
    }
    out
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
        Command::Validate { dir } => match silkwire_validate::validate(&dir) {
            Ok(problems) => {
                for p in &problems {
                    let _ = writeln!(
                        out,
                        "{}: error[{}]: {}",
                        dir.join(&p.path).display(),
                        p.rule,
                        p.message
                    );
                }
                if problems.is_empty() {
                    let _ = writeln!(
                        out,
                        "validate: {} passes all {} rules",
                        dir.display(),
                        silkwire_validate::RULES.len()
                    );
                    EXIT_OK
                } else {
                    let _ = writeln!(out, "validate: {} problem(s)", problems.len());
                    EXIT_FAILURE
                }
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                EXIT_FAILURE
            }
        },
        Command::Check {
            locales,
            format,
            deny_warnings,
        } => {
            let Some(only) = locale_args(&locales, err) else {
                return EXIT_USAGE;
            };
            match silkwire_check::check(display_root(&cli.root), &only) {
                Ok(report) => {
                    let text = match format {
                        CheckFormat::Text => silkwire_check::render::check_text(&report),
                        CheckFormat::Json => silkwire_check::render::check_json(&report),
                    };
                    let _ = write!(out, "{text}");
                    let errors = report.count(silkwire_check::Severity::Error);
                    let warnings = report.count(silkwire_check::Severity::Warning);
                    if errors > 0 || (deny_warnings && warnings > 0) {
                        EXIT_FAILURE
                    } else {
                        EXIT_OK
                    }
                }
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    EXIT_FAILURE
                }
            }
        }
        Command::Status { format, accept } => {
            let Some(accept) = locale_args(&accept, err) else {
                return EXIT_USAGE;
            };
            let root = display_root(&cli.root);
            for locale in &accept {
                if locale == silkwire_l10n::locale::REFERENCE
                    || !root.join("locales").join(locale).is_dir()
                {
                    let _ = writeln!(
                        err,
                        "error: there is no translation to accept in {}\n  = fix: name a locale folder other than the reference (en)",
                        root.join("locales").join(locale).display()
                    );
                    return EXIT_USAGE;
                }
            }
            for locale in &accept {
                match silkwire_check::accept(root, locale) {
                    Ok(a) => {
                        let _ = writeln!(
                            err,
                            "accepted {} message(s) of {locale} as reviewed against the current source",
                            a.messages
                        );
                        if a.errors > 0 {
                            let _ = writeln!(
                                err,
                                "warning: {locale} still has {} error(s): run `silkwire check --locale {locale}`",
                                a.errors
                            );
                        }
                    }
                    Err(e) => {
                        let _ = writeln!(err, "error: {e}");
                        return EXIT_FAILURE;
                    }
                }
            }
            match silkwire_check::check(root, &[]) {
                Ok(report) => {
                    let text = match format {
                        StatusFormat::Table => silkwire_check::render::status_table(&report.status),
                        StatusFormat::Json => silkwire_check::render::status_json(&report.status),
                        StatusFormat::Markdown => {
                            silkwire_check::render::status_markdown(&report.status)
                        }
                    };
                    let _ = write!(out, "{text}");
                    EXIT_OK
                }
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    EXIT_FAILURE
                }
            }
        }
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
        Command::Build {
            out: dir,
            strict,
            now,
            partner_embargoed,
        } => {
            let now = match now.or_else(|| std::env::var("SILKWIRE_NOW").ok()) {
                None => None,
                Some(text) => match silkwire_core::time::parse_rfc3339(&text) {
                    Ok(t) => Some(t),
                    Err(e) => {
                        let _ = writeln!(
                            err,
                            "error: --now / SILKWIRE_NOW: {e}\n  = fix: {}",
                            e.fix()
                        );
                        return EXIT_USAGE;
                    }
                },
            };
            if let Some(partner) = &partner_embargoed {
                let (a, b) = (resolved(partner), resolved(&dir));
                if a.starts_with(&b) || b.starts_with(&a) {
                    let _ = writeln!(
                        err,
                        "error: --partner-embargoed {} overlaps the public output {}\n  = fix: give embargoed copy its own folder, outside the one you publish",
                        partner.display(),
                        dir.display()
                    );
                    return EXIT_USAGE;
                }
            }
            let options = build::Options { strict, now };
            match build::build_with(
                display_root(&cli.root),
                &dir,
                partner_embargoed.as_deref(),
                &options,
            ) {
                Ok(report) => {
                    for w in &report.warnings {
                        let _ = writeln!(err, "warning: {w}");
                    }
                    for (locale, n) in &report.locales {
                        let skipped = report.skipped.iter().filter(|(l, _)| l == locale).count();
                        if skipped > 0 {
                            let _ = writeln!(
                            out,
                            "{locale}: {n} edition(s), {skipped} skipped (translation incomplete)"
                        );
                        } else {
                            let _ = writeln!(out, "{locale}: {n} edition(s)");
                        }
                    }
                    for h in &report.held {
                        let _ = writeln!(
                            out,
                            "held: {} until {} (embargo)",
                            h.release,
                            h.until.to_rfc3339()
                        );
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
                        let _ =
                            writeln!(out, "removed {removed}: this build no longer produces it");
                    }
                    let _ = writeln!(
                        out,
                        "wrote {} file(s), {} unchanged, in {}",
                        report.files.written,
                        report.files.unchanged,
                        dir.display()
                    );
                    if let (Some(p), Some(dir)) = (&report.partner, &partner_embargoed) {
                        for removed in &p.removed {
                            let _ = writeln!(
                                out,
                                "removed {removed} from {}: no longer under embargo",
                                dir.display()
                            );
                        }
                        let _ = writeln!(
                            out,
                            "wrote {} embargoed item(s) for partners, {} unchanged, in {}",
                            p.written,
                            p.unchanged,
                            dir.display()
                        );
                    }
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
            }
        }
    }
}
