//! How the command talks: colour only on a terminal (never with `NO_COLOR`), `--quiet` and
//! `--verbose`, and a progress line on long builds when standard error is a terminal.

use std::io::{IsTerminal, Write};

/// What the process is attached to, read once in `main` (tests pass their own).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Standard output is a terminal.
    pub stdout: bool,
    /// Standard error is a terminal.
    pub stderr: bool,
    /// `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
    pub no_color: bool,
}

impl Terminal {
    /// The real process's terminal and environment.
    pub fn detect() -> Self {
        Terminal {
            stdout: std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        }
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    /// Always colour (even into a pipe or with `NO_COLOR`).
    Always,
    /// Never colour.
    Never,
}

/// How much to say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors and warnings only.
    Quiet,
    /// Errors, warnings and a summary.
    #[default]
    Normal,
    /// Also every file written.
    Verbose,
}

/// Standard output and error, with the colour and verbosity the user asked for.
pub struct Console<'a> {
    /// Standard output.
    pub out: &'a mut dyn Write,
    /// Standard error.
    pub err: &'a mut dyn Write,
    /// Colour standard output.
    pub color_out: bool,
    /// Colour standard error.
    pub color_err: bool,
    /// How much to say.
    pub verbosity: Verbosity,
    /// Show a progress line on standard error.
    pub progress: bool,
    /// A progress line is on screen and must be cleared before anything else is printed.
    progress_shown: bool,
}

impl std::fmt::Debug for Console<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Console")
            .field("color_out", &self.color_out)
            .field("color_err", &self.color_err)
            .field("verbosity", &self.verbosity)
            .finish_non_exhaustive()
    }
}

const RESET: &str = "\x1b[0m";
const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[1;36m";
const GREEN: &str = "\x1b[1;32m";
const BOLD: &str = "\x1b[1m";

impl<'a> Console<'a> {
    /// A console for `term` with the user's choices.
    pub fn new(
        out: &'a mut dyn Write,
        err: &'a mut dyn Write,
        term: Terminal,
        color: ColorChoice,
        verbosity: Verbosity,
    ) -> Self {
        let (color_out, color_err) = match color {
            ColorChoice::Always => (true, true),
            ColorChoice::Never => (false, false),
            ColorChoice::Auto => (term.stdout && !term.no_color, term.stderr && !term.no_color),
        };
        Console {
            out,
            err,
            color_out,
            color_err,
            verbosity,
            progress: term.stderr && verbosity != Verbosity::Quiet,
            progress_shown: false,
        }
    }

    /// Prints a summary line to standard output (not with `--quiet`).
    pub fn say(&mut self, text: &str) {
        if self.verbosity == Verbosity::Quiet {
            return;
        }
        self.clear_progress();
        let text = paint(text, self.color_out);
        let _ = writeln!(self.out, "{text}");
    }

    /// Prints a detail to standard output (only with `--verbose`).
    pub fn detail(&mut self, text: &str) {
        if self.verbosity == Verbosity::Verbose {
            self.say(text);
        }
    }

    /// Prints a result (the command's product: a report, a listing) to standard output, always.
    pub fn print(&mut self, text: &str) {
        self.clear_progress();
        let text = paint(text, self.color_out);
        let _ = write!(self.out, "{text}");
    }

    /// Prints a diagnostic (error, warning, note) to standard error, always.
    pub fn diagnostic(&mut self, text: &str) {
        self.clear_progress();
        let text = paint(text, self.color_err);
        let _ = writeln!(self.err, "{text}");
    }

    /// `warning: text` on standard error.
    pub fn warning(&mut self, text: &str) {
        self.diagnostic(&format!("warning: {text}"));
    }

    /// `error: text` and `  = fix: fix` on standard error.
    pub fn error(&mut self, text: &str, fix: &str) {
        if fix.is_empty() {
            self.diagnostic(&format!("error: {text}"));
        } else {
            self.diagnostic(&format!("error: {text}\n  = fix: {fix}"));
        }
    }

    /// Replaces the progress line (standard error on a terminal only).
    pub fn progress(&mut self, text: &str) {
        if !self.progress {
            return;
        }
        // Carriage return and "erase line": the next progress line or message takes its place.
        let _ = write!(self.err, "\r\x1b[2K{text}");
        let _ = self.err.flush();
        self.progress_shown = true;
    }

    /// Erases the progress line, if one is shown.
    pub fn clear_progress(&mut self) {
        if self.progress_shown {
            let _ = write!(self.err, "\r\x1b[2K");
            self.progress_shown = false;
        }
    }
}

/// Colours the severities (`error`, `warning`, `note`), the `= fix:` lines and the `-->`/`|`
/// gutters of `text`, line by line, when `on`.
pub fn paint(text: &str, on: bool) -> String {
    if !on {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 32);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&paint_line(line));
    }
    out
}

fn paint_line(line: &str) -> String {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    if let Some(rest) = trimmed.strip_prefix("= fix:") {
        return format!("{indent}{CYAN}= fix:{RESET}{rest}");
    }
    if let Some(rest) = trimmed.strip_prefix("-->") {
        return format!("{indent}{CYAN}-->{RESET}{rest}");
    }
    for (word, colour) in [("error", RED), ("warning", YELLOW), ("note", GREEN)] {
        // `error: …`, `error[code]: …`, or `path:line:col: error: …`.
        let at = if trimmed.starts_with(word) {
            Some(indent.len())
        } else {
            line.find(&format!(": {word}")).map(|i| i + 2)
        };
        let Some(at) = at else { continue };
        let after = &line[at + word.len()..];
        let end = if after.starts_with('[') {
            after.find("]:").map(|j| j + 1)
        } else if after.starts_with(':') {
            Some(0)
        } else {
            None
        };
        let Some(end) = end else { continue };
        let (location, label_end) = (&line[..at], at + word.len() + end);
        let location = if location.trim().is_empty() {
            location.to_string()
        } else {
            format!("{BOLD}{}{RESET}: ", location.trim_end_matches(": "))
        };
        return format!(
            "{location}{colour}{}{RESET}{}",
            &line[at..label_end],
            &line[label_end..]
        );
    }
    line.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn painting_marks_severities_fixes_and_locations() {
        assert_eq!(
            paint("a.ftl:3:1: error: broken\n  = fix: mend it", true),
            "\x1b[1ma.ftl:3:1\x1b[0m: \x1b[1;31merror\x1b[0m: broken\n  \x1b[1;36m= fix:\x1b[0m mend it"
        );
        assert_eq!(
            paint("warning[identical-to-source]: same", true),
            "\x1b[1;33mwarning[identical-to-source]\x1b[0m: same"
        );
        assert_eq!(paint("errors are words", true), "errors are words");
        assert_eq!(
            paint("a.ftl:3:1: error: broken", false),
            "a.ftl:3:1: error: broken"
        );
    }

    #[test]
    fn colour_only_on_a_terminal_and_never_with_no_color() {
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let tty = Terminal {
            stdout: true,
            stderr: true,
            no_color: false,
        };
        let c = Console::new(&mut o, &mut e, tty, ColorChoice::Auto, Verbosity::Normal);
        assert!(c.color_out && c.color_err && c.progress);
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let no_color = Terminal {
            no_color: true,
            ..tty
        };
        let c = Console::new(
            &mut o,
            &mut e,
            no_color,
            ColorChoice::Auto,
            Verbosity::Normal,
        );
        assert!(!c.color_out && !c.color_err);
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let pipe = Terminal::default();
        let c = Console::new(&mut o, &mut e, pipe, ColorChoice::Auto, Verbosity::Normal);
        assert!(!c.color_out && !c.color_err && !c.progress);
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let c = Console::new(&mut o, &mut e, pipe, ColorChoice::Always, Verbosity::Quiet);
        assert!(c.color_out && c.color_err && !c.progress);
    }
}
