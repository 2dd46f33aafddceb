//! Findings and status as text (like rustc), JSON (a stable schema for CI) and tables.

use std::fmt::Write as _;

use serde_json::json;
use silkwire_l10n::width::char_width;

use crate::{Finding, Report, Severity, StatusRow};

/// The JSON schema identifier of `silkwire check --format json`; it changes only with the schema.
pub const CHECK_SCHEMA: &str = "silkwire-check/1";
/// The JSON schema identifier of `silkwire status --format json`.
pub const STATUS_SCHEMA: &str = "silkwire-status/1";

/// One finding as rustc shows a diagnostic: the location, the offending line with a caret, the fix.
///
/// ```text
/// error[variable-dropped]: `feed-title` drops { $publisher }, which the en text uses
///   --> locales/th/silkwire.ftl:7:1
///    |
///  7 | feed-title = ข่าวประชาสัมพันธ์
///    | ^^^^^^^^^^
///    = fix: put { $publisher } where your language needs it
/// ```
pub fn finding_text(f: &Finding) -> String {
    let mut s = format!("{}[{}]: {}\n", f.severity.as_str(), f.code, f.message);
    if f.line == 0 {
        let _ = writeln!(s, "  --> {}", f.path.display());
    } else {
        let _ = writeln!(s, "  --> {}:{}:{}", f.path.display(), f.line, f.column);
        if let Some(line) = &f.source_line {
            let number = f.line.to_string();
            let pad = " ".repeat(number.len());
            // Control characters are shown escaped, never sent to the terminal; the caret is placed
            // by the columns the text before it takes (wide CJK takes two, combining marks none).
            let shown = |c: char| -> String {
                if c.is_control() && c != '\t' {
                    format!("\\u{{{:04X}}}", c as u32)
                } else {
                    c.to_string()
                }
            };
            let visible: String = line.chars().map(shown).collect();
            let before: Vec<char> = line.chars().take(f.column.saturating_sub(1)).collect();
            let indent: String = before
                .iter()
                .map(|c| match *c {
                    '\t' => "\t".to_string(),
                    c if c.is_control() => " ".repeat(shown(c).len()),
                    c => " ".repeat(char_width(c)),
                })
                .collect();
            let under: usize = line
                .chars()
                .skip(f.column.saturating_sub(1))
                .take(f.width)
                .map(|c| {
                    if c.is_control() {
                        shown(c).len()
                    } else {
                        char_width(c)
                    }
                })
                .sum();
            let _ = writeln!(s, " {pad} |");
            let _ = writeln!(s, " {number} | {visible}");
            let _ = writeln!(s, " {pad} | {indent}{}", "^".repeat(under.max(1)));
        }
    }
    let pad = " ".repeat(f.line.to_string().len().max(1));
    let _ = writeln!(s, " {pad} = fix: {}", f.fix);
    s
}

/// The whole report as text, with a summary line.
pub fn check_text(report: &Report) -> String {
    let mut s = String::new();
    for f in &report.findings {
        s.push_str(&finding_text(f));
        s.push('\n');
    }
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    if errors == 0 && warnings == 0 {
        s.push_str("check: no problems found\n");
    } else {
        let _ = writeln!(s, "check: {errors} error(s), {warnings} warning(s)");
    }
    s
}

/// The report as JSON:
///
/// ```json
/// {
///   "schema": "silkwire-check/1",
///   "errors": 1,
///   "warnings": 0,
///   "findings": [
///     {"severity": "error", "code": "missing-message", "path": "locales/th/silkwire.ftl",
///      "line": 0, "column": 0, "locale": "th", "message_id": "label-feeds",
///      "message": "`label-feeds` is missing", "fix": "translate `label-feeds` from …"}
///   ]
/// }
/// ```
///
/// `line` and `column` are 1-based, 0 when the finding concerns the whole file; `message_id` is empty
/// when it concerns no message. Fields are only ever added, never renamed, within a schema version.
pub fn check_json(report: &Report) -> String {
    let findings: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "severity": f.severity.as_str(),
                "code": f.code,
                "path": f.path.to_string_lossy(),
                "line": f.line,
                "column": f.column,
                "locale": f.locale,
                "message_id": f.message_id,
                "message": f.message,
                "fix": f.fix,
            })
        })
        .collect();
    let value = json!({
        "schema": CHECK_SCHEMA,
        "errors": report.count(Severity::Error),
        "warnings": report.count(Severity::Warning),
        "findings": findings,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

const HEADER: [&str; 11] = [
    "locale",
    "part",
    "total",
    "translated",
    "missing",
    "outdated",
    "unreviewed",
    "obsolete",
    "identical",
    "errors",
    "complete",
];

fn cells(r: &StatusRow) -> [String; 11] {
    [
        r.locale.clone(),
        r.part.clone(),
        r.total.to_string(),
        r.translated.to_string(),
        r.missing.to_string(),
        r.outdated.to_string(),
        r.unreviewed.to_string(),
        r.obsolete.to_string(),
        r.identical.to_string(),
        r.errors.to_string(),
        format!("{}%", r.percent()),
    ]
}

/// Status as an aligned table (`part` is `strings` for Silkwire's strings, else a release id).
pub fn status_table(rows: &[StatusRow]) -> String {
    let mut all = vec![HEADER.map(str::to_string)];
    all.extend(rows.iter().map(cells));
    let widths: Vec<usize> = (0..HEADER.len())
        .map(|c| all.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut s = String::new();
    for r in &all {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            // Text columns to the left, numbers to the right.
            let w = widths[c];
            if c < 2 {
                let _ = write!(line, "{cell:<w$}  ");
            } else {
                let _ = write!(line, "{cell:>w$}  ");
            }
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// Status as a Markdown table, e.g. for a pull request comment.
pub fn status_markdown(rows: &[StatusRow]) -> String {
    let mut s = format!("| {} |\n", HEADER.join(" | "));
    s.push_str("|---|---|");
    s.push_str(&"---:|".repeat(HEADER.len() - 2));
    s.push('\n');
    for r in rows {
        let _ = writeln!(s, "| {} |", cells(r).join(" | "));
    }
    s
}

/// Status as JSON: `{"schema": "silkwire-status/1", "rows": [{"locale", "part", "total", …,
/// "complete_percent"}]}`.
pub fn status_json(rows: &[StatusRow]) -> String {
    let rows: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "locale": r.locale,
                "part": r.part,
                "total": r.total,
                "translated": r.translated,
                "missing": r.missing,
                "outdated": r.outdated,
                "unreviewed": r.unreviewed,
                "obsolete": r.obsolete,
                "identical": r.identical,
                "errors": r.errors,
                "complete_percent": r.percent(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&json!({ "schema": STATUS_SCHEMA, "rows": rows }))
        .unwrap_or_default()
        + "\n"
}
