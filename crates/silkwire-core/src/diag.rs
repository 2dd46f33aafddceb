//! Diagnostics: errors that point at a file, a line and a column, say which field is wrong, and how to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in an input file.
///
/// Displayed like a compiler message:
///
/// ```text
/// feeds/releases/x.toml:4:13: error: `published`: "2023-09-18T10:00:00" has no UTC offset
///   = fix: write the offset explicitly, e.g. 2023-09-18T10:00:00+08:00
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file the problem is in.
    pub path: PathBuf,
    /// 1-based line number (0 when the problem concerns the whole file).
    pub line: usize,
    /// 1-based column, counted in characters (0 when unknown).
    pub column: usize,
    /// The field, key or message id concerned.
    pub field: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl Diagnostic {
    /// A diagnostic located at byte offset `offset` of `source`, the text of `path`.
    pub fn at_offset(
        path: &Path,
        source: &str,
        offset: usize,
        field: impl Into<String>,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        let (line, column) = line_col(source, offset);
        Diagnostic {
            path: path.to_path_buf(),
            line,
            column,
            field: field.into(),
            message: message.into(),
            fix: fix.into(),
        }
    }

    /// A diagnostic about a whole file (no line or column).
    pub fn file(
        path: &Path,
        field: impl Into<String>,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Diagnostic {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            field: field.into(),
            message: message.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ": error: ")?;
        if !self.field.is_empty() {
            write!(f, "`{}`: ", self.field)?;
        }
        write!(f, "{}", self.message)?;
        if !self.fix.is_empty() {
            write!(f, "\n  = fix: {}", self.fix)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Every problem found while loading or checking inputs.
///
/// Loading collects all the problems it can find before giving up, so one run reports them all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds one diagnostic, unless the same one was already reported.
    pub fn push(&mut self, d: Diagnostic) {
        if !self.0.contains(&d) {
            self.0.push(d);
        }
    }

    /// True when nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when nothing was reported, else `Err(self)`.
    pub fn into_result<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `source`.
///
/// An offset past the end, or inside a multi-byte character, is clamped to the nearest character start before it.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let s = "a = 1\n标题 = x\n";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 6), (2, 1));
        // "标题 " is 7 bytes and 3 characters: `=` is the 4th character.
        assert_eq!(line_col(s, 13), (2, 4));
        // Inside a multi-byte character: clamped to its start.
        assert_eq!(line_col(s, 7), (2, 1));
        assert_eq!(line_col(s, 999), (3, 1));
    }

    #[test]
    fn display_names_file_line_field_and_fix() {
        let d = Diagnostic::at_offset(
            Path::new("feeds/x.toml"),
            "id = 1\npublished = 2\n",
            19,
            "published",
            "bad",
            "do this",
        );
        assert_eq!(
            d.to_string(),
            "feeds/x.toml:2:13: error: `published`: bad\n  = fix: do this"
        );
    }
}
