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

use clap::{CommandFactory, Parser, Subcommand};

pub mod build;
pub mod cache;
pub mod console;
pub mod desk;
pub mod locales;
pub mod localizing;
pub mod output;
pub mod preview;

pub use console::{Console, Terminal, Verbosity};

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
    #[arg(
        long,
        global = true,
        default_value = ".",
        value_name = "DIR",
        help_heading = "Global options"
    )]
    pub root: PathBuf,
    /// Print only errors and warnings.
    #[arg(
        long,
        short,
        global = true,
        conflicts_with = "verbose",
        help_heading = "Global options"
    )]
    pub quiet: bool,
    /// Also print every file written.
    #[arg(long, short, global = true, help_heading = "Global options")]
    pub verbose: bool,
    /// Colour: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN",
        help_heading = "Global options"
    )]
    pub color: console::ColorChoice,
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
    /// Turn a plain-text wire release (like the reference release) into a release: its TOML and
    /// source-language .ftl file. What cannot be placed is reported with its line and kept as a
    /// comment.
    Import {
        /// The plain-text release (UTF-8).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The release id (default: made from the headline).
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// The language the text is written in.
        #[arg(long, default_value = "en", value_name = "LOCALE")]
        locale: String,
        /// When the release was published (RFC 3339 with offset); default: the dateline's date at
        /// 12:00 UTC.
        #[arg(long, value_name = "RFC3339")]
        published: Option<String>,
        /// The issuing organisation's id, when the text does not name it.
        #[arg(long, value_name = "ORG")]
        issuer: Option<String>,
    },
    /// Start a new release: the TOML and the source-language .ftl file, every message commented and
    /// every placeholder marked TODO.
    New {
        /// The release id (a slug: lower-case letters, digits, hyphens).
        #[arg(value_name = "ID")]
        id: String,
        /// The language the release will be written in.
        #[arg(long, default_value = "en", value_name = "LOCALE")]
        source_locale: String,
        /// The clock for the `published` placeholder (RFC 3339). Default: $SILKWIRE_NOW, else now.
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Print one edition as a reader sees it (headline, dateline, body, caption, boilerplate), to
    /// check a translation without opening XML.
    Preview {
        /// The release id.
        #[arg(value_name = "ID")]
        id: String,
        /// The edition's locale.
        #[arg(long, value_name = "LOCALE")]
        locale: String,
        /// Wrap lines to this many columns (default: $COLUMNS on a terminal, else 80).
        #[arg(long, value_name = "N")]
        width: Option<usize>,
        /// The clock: updates and withdrawals due by then are shown (RFC 3339). Default:
        /// $SILKWIRE_NOW, else now.
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Print a shell completion script (e.g. `silkwire completions bash > /etc/bash_completion.d/silkwire`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `silkwire man > silkwire.1 && man ./silkwire.1`.
    Man,
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
fn locale_args(values: &[String], con: &mut Console<'_>) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for v in values {
        match silkwire_l10n::locale::canonicalize(v) {
            Ok(tag) => out.push(tag),
            Err(e) => {
                con.error(&e.to_string(), &e.fix());
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

/// Runs the command line `args` (the first being the program name), printing to `out` and `err`
/// as into a pipe (no colour, no progress), and returns the exit code.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_in(args, out, err, Terminal::default())
}

/// [`run`] for a process attached to `term`: colour and progress when it is a terminal.
pub fn run_in<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write, term: Terminal) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let color = !term.no_color
                && (if e.use_stderr() {
                    term.stderr
                } else {
                    term.stdout
                });
            let text = if color {
                e.render().ansi().to_string()
            } else {
                e.render().to_string()
            };
            return if e.use_stderr() {
                let _ = write!(err, "{text}");
                EXIT_USAGE
            } else {
                let _ = write!(out, "{text}");
                EXIT_OK
            };
        }
    };
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let mut con = Console::new(out, err, term, cli.color, verbosity);
    let root = display_root(&cli.root);
    match cli.command {
        Command::Validate { dir } => validate(&mut con, &dir),
        Command::Check {
            locales,
            format,
            deny_warnings,
        } => check(&mut con, root, &locales, format, deny_warnings),
        Command::Status { format, accept } => status(&mut con, root, format, &accept),
        Command::Locales { format } => {
            let summary = silkwire_core::load_project(root)
                .and_then(|p| silkwire_l10n::summary::summarize(&p));
            match summary {
                Ok(rows) => {
                    let mut text = Vec::new();
                    match locales::write(&mut text, &rows, format) {
                        Ok(()) => {
                            con.print(&String::from_utf8_lossy(&text));
                            EXIT_OK
                        }
                        Err(e) => {
                            con.error(&format!("cannot write the list: {e}"), "");
                            EXIT_FAILURE
                        }
                    }
                }
                Err(d) => {
                    con.diagnostic(&d.to_string());
                    EXIT_FAILURE
                }
            }
        }
        Command::Import {
            file,
            id,
            locale,
            published,
            issuer,
        } => desk::import(
            &mut con,
            root,
            &desk::ImportArgs {
                file,
                id,
                locale,
                published,
                issuer,
            },
        ),
        Command::New {
            id,
            source_locale,
            now,
        } => match clock(&mut con, now) {
            Ok(now) => desk::new(&mut con, root, &id, &source_locale, now),
            Err(code) => code,
        },
        Command::Preview {
            id,
            locale,
            width,
            now,
        } => match clock(&mut con, now) {
            Ok(now) => {
                let width = width.unwrap_or_else(|| {
                    term.stdout
                        .then(|| std::env::var("COLUMNS").ok()?.parse().ok())
                        .flatten()
                        .unwrap_or(preview::DEFAULT_WIDTH)
                });
                preview::preview(&mut con, root, &id, &locale, width, now)
            }
            Err(code) => code,
        },
        Command::Completions { shell } => {
            let mut text = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "silkwire", &mut text);
            let _ = con.out.write_all(&text);
            EXIT_OK
        }
        Command::Man => {
            let mut text = Vec::new();
            match man_page(&mut text) {
                Ok(()) => {
                    let _ = con.out.write_all(&text);
                    EXIT_OK
                }
                Err(e) => {
                    con.error(&format!("cannot render the manual page: {e}"), "");
                    EXIT_FAILURE
                }
            }
        }
        Command::Build {
            out: dir,
            strict,
            now,
            partner_embargoed,
        } => build_command(
            &mut con,
            root,
            &dir,
            strict,
            now,
            partner_embargoed.as_deref(),
        ),
    }
}

/// The manual page: `silkwire(1)` with a section per subcommand, from the same clap definitions
/// as `--help`.
pub fn man_page(out: &mut dyn Write) -> std::io::Result<()> {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() {
            continue;
        }
        let name = format!("silkwire {}", sub.get_name());
        let sub = sub.clone().name(name.clone()).bin_name(name);
        let man = clap_mangen::Man::new(sub);
        man.render_name_section(out)?;
        man.render_synopsis_section(out)?;
        man.render_description_section(out)?;
        man.render_options_section(out)?;
    }
    man.render_extra_section(out)?;
    man.render_version_section(out)?;
    writeln!(
        out,
        ".SH \"EXIT STATUS\"\n0 success; 1 invalid input, findings or a failed write (nothing half\\-written); 2 usage error.\n.SH ENVIRONMENT\n.TP\nSILKWIRE_NOW\nThe build clock (RFC 3339 with offset) when \\-\\-now is not given.\n.TP\nNO_COLOR\nWhen set and not empty, no colour is used."
    )
}

fn validate(con: &mut Console<'_>, dir: &Path) -> i32 {
    match silkwire_validate::validate(dir) {
        Ok(problems) => {
            for p in &problems {
                con.print(&format!(
                    "{}: error[{}]: {}\n",
                    dir.join(&p.path).display(),
                    p.rule,
                    p.message
                ));
            }
            if problems.is_empty() {
                con.say(&format!(
                    "validate: {} passes all {} rules",
                    dir.display(),
                    silkwire_validate::RULES.len()
                ));
                EXIT_OK
            } else {
                con.print(&format!("validate: {} problem(s)\n", problems.len()));
                EXIT_FAILURE
            }
        }
        Err(e) => {
            con.error(&e.to_string(), "");
            EXIT_FAILURE
        }
    }
}

fn check(
    con: &mut Console<'_>,
    root: &Path,
    locales: &[String],
    format: CheckFormat,
    deny_warnings: bool,
) -> i32 {
    let Some(only) = locale_args(locales, con) else {
        return EXIT_USAGE;
    };
    match silkwire_check::check(root, &only) {
        Ok(report) => {
            let text = match format {
                CheckFormat::Text => silkwire_check::render::check_text(&report),
                CheckFormat::Json => silkwire_check::render::check_json(&report),
            };
            if format == CheckFormat::Json {
                let _ = con.out.write_all(text.as_bytes());
            } else {
                con.print(&text);
            }
            let errors = report.count(silkwire_check::Severity::Error);
            let warnings = report.count(silkwire_check::Severity::Warning);
            if errors > 0 || (deny_warnings && warnings > 0) {
                EXIT_FAILURE
            } else {
                EXIT_OK
            }
        }
        Err(e) => {
            con.error(&e.to_string(), "");
            EXIT_FAILURE
        }
    }
}

fn status(con: &mut Console<'_>, root: &Path, format: StatusFormat, accept: &[String]) -> i32 {
    let Some(accept) = locale_args(accept, con) else {
        return EXIT_USAGE;
    };
    for locale in &accept {
        if locale == silkwire_l10n::locale::REFERENCE || !root.join("locales").join(locale).is_dir()
        {
            con.error(
                &format!(
                    "there is no translation to accept in {}",
                    root.join("locales").join(locale).display()
                ),
                "name a locale folder other than the reference (en)",
            );
            return EXIT_USAGE;
        }
    }
    for locale in &accept {
        match silkwire_check::accept(root, locale) {
            Ok(a) => {
                con.diagnostic(&format!(
                    "accepted {} message(s) of {locale} as reviewed against the current source",
                    a.messages
                ));
                if a.errors > 0 {
                    con.warning(&format!(
                        "{locale} still has {} error(s): run `silkwire check --locale {locale}`",
                        a.errors
                    ));
                }
            }
            Err(e) => {
                con.error(&e.to_string(), "");
                return EXIT_FAILURE;
            }
        }
    }
    match silkwire_check::check(root, &[]) {
        Ok(report) => {
            let text = match format {
                StatusFormat::Table => silkwire_check::render::status_table(&report.status),
                StatusFormat::Json => silkwire_check::render::status_json(&report.status),
                StatusFormat::Markdown => silkwire_check::render::status_markdown(&report.status),
            };
            let _ = con.out.write_all(text.as_bytes());
            EXIT_OK
        }
        Err(e) => {
            con.error(&e.to_string(), "");
            EXIT_FAILURE
        }
    }
}

fn build_command(
    con: &mut Console<'_>,
    root: &Path,
    dir: &Path,
    strict: bool,
    now: Option<String>,
    partner_embargoed: Option<&Path>,
) -> i32 {
    let now = match clock(con, now) {
        Ok(now) => now,
        Err(code) => return code,
    };
    if let Some(partner) = partner_embargoed {
        let (a, b) = (resolved(partner), resolved(dir));
        if a.starts_with(&b) || b.starts_with(&a) {
            con.error(
                &format!(
                    "--partner-embargoed {} overlaps the public output {}",
                    partner.display(),
                    dir.display()
                ),
                "give embargoed copy its own folder, outside the one you publish",
            );
            return EXIT_USAGE;
        }
    }
    let options = build::Options { strict, now };
    // SILKWIRE_TIMINGS=1 prints where the time went, step by step (for profiling).
    let timings = std::env::var_os("SILKWIRE_TIMINGS").is_some_and(|v| !v.is_empty());
    let mut steps: Vec<(String, std::time::Instant)> = Vec::new();
    let result = build::build_with_progress(root, dir, partner_embargoed, &options, &mut |step| {
        let line = match step {
            build::Step::Checking => "checking the settings and releases…".to_string(),
            build::Step::Localizing => {
                "checking, resolving and rendering every edition…".to_string()
            }
            build::Step::Reviewing => "reading the review lock…".to_string(),
            build::Step::Rendering { locales } => format!(
                "rendering the feeds and home pages of {} locale(s): {}…",
                locales.len(),
                locales.join(", ")
            ),
            build::Step::Writing { files: 0 } => "finishing…".to_string(),
            build::Step::Writing { files } => {
                format!("finishing, and writing {files} item(s) for partners…")
            }
        };
        if timings {
            steps.push((
                line.trim_end_matches('…').to_string(),
                std::time::Instant::now(),
            ));
        }
        con.progress(&line);
    });
    con.clear_progress();
    if timings {
        let end = std::time::Instant::now();
        for (i, (what, at)) in steps.iter().enumerate() {
            let next = steps.get(i + 1).map_or(end, |s| s.1);
            con.diagnostic(&format!(
                "timing: {:>8.3} s  {what}",
                next.duration_since(*at).as_secs_f64()
            ));
        }
    }
    let report = match result {
        Ok(report) => report,
        Err(e) => {
            con.diagnostic(&e.to_string());
            if matches!(e, build::BuildError::Input(_)) {
                con.diagnostic("nothing was written: fix the errors above and build again");
            }
            return EXIT_FAILURE;
        }
    };
    for w in &report.warnings {
        con.warning(&w.message);
    }
    if let Some(owner) = &report.files.other_owner {
        con.warning(&format!(
            "{} was last built for another publication ({owner}); its files are left in place",
            dir.display()
        ));
    }
    for (kept, why) in &report.files.kept {
        con.warning(&format!(
            "{kept} is no longer produced but was left in place: {why}"
        ));
    }
    for path in &report.files.written_paths {
        con.detail(&format!("wrote {path}"));
    }
    con.say(&summary_table(&report.locales));
    for h in &report.held {
        con.say(&format!(
            "held: {} until {} (embargo)",
            h.release,
            h.until.to_rfc3339()
        ));
    }
    for removed in &report.files.removed {
        con.say(&format!(
            "removed {removed}: this build no longer produces it"
        ));
    }
    let how = if report.cached {
        " (nothing changed since the last build)".to_string()
    } else if !report.rebuilt.is_empty() {
        let which = match report.rebuilt.len() {
            n @ 4.. => format!("{n} releases"),
            _ => report.rebuilt.join(", "),
        };
        format!(" (only {which} changed since the last build)")
    } else {
        String::new()
    };
    con.say(&format!(
        "wrote {} file(s), {} unchanged, in {}{how}",
        report.files.written(),
        report.files.unchanged,
        dir.display(),
    ));
    if let (Some(p), Some(dir)) = (&report.partner, partner_embargoed) {
        for path in &p.written_paths {
            con.detail(&format!("wrote {path} in {}", dir.display()));
        }
        for removed in &p.removed {
            con.say(&format!(
                "removed {removed} from {}: no longer under embargo",
                dir.display()
            ));
        }
        con.say(&format!(
            "wrote {} embargoed item(s) for partners, {} unchanged, in {}",
            p.written(),
            p.unchanged,
            dir.display()
        ));
    }
    let warnings = report.warnings.len();
    if warnings > 0 {
        con.say(&format!("{warnings} warning(s): see above"));
    }
    EXIT_OK
}

/// `--now`, else `$SILKWIRE_NOW`, else `None` (the system clock); a usage error if malformed.
fn clock(
    con: &mut Console<'_>,
    now: Option<String>,
) -> Result<Option<silkwire_core::time::Timestamp>, i32> {
    match now.or_else(|| std::env::var("SILKWIRE_NOW").ok()) {
        None => Ok(None),
        Some(text) => match silkwire_core::time::parse_rfc3339(&text) {
            Ok(t) => Ok(Some(t)),
            Err(e) => {
                con.error(&format!("--now / SILKWIRE_NOW: {e}"), &e.fix());
                Err(EXIT_USAGE)
            }
        },
    }
}

/// The per-locale table printed after a build.
pub fn summary_table(rows: &[build::LocaleSummary]) -> String {
    let width = rows
        .iter()
        .map(|r| r.locale.len())
        .chain(["locale".len()])
        .max()
        .unwrap_or(6);
    let mut text = format!(
        "{:<width$}  {:>8}  {:>7}  {:>4}  {:>8}",
        "locale", "editions", "skipped", "held", "warnings"
    );
    for r in rows {
        text.push_str(&format!(
            "\n{:<width$}  {:>8}  {:>7}  {:>4}  {:>8}",
            r.locale, r.editions, r.skipped, r.held, r.warnings
        ));
    }
    text
}
