//! `silkwire locales`: every supported locale as a table (or JSON).

use std::io::{self, Write};

use serde_json::json;
use silkwire_l10n::summary::LocaleSummary;

/// Output formats of `silkwire locales`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LocalesFormat {
    /// Aligned columns for a terminal.
    Table,
    /// A JSON array, one object per locale (stable field names).
    Json,
}

/// Writes the summaries in `format`.
pub fn write(out: &mut dyn Write, rows: &[LocaleSummary], format: LocalesFormat) -> io::Result<()> {
    match format {
        LocalesFormat::Table => table(out, rows),
        LocalesFormat::Json => {
            let value: Vec<_> = rows
                .iter()
                .map(|r| {
                    json!({
                        "tag": r.tag,
                        "english_name": r.info.english_name,
                        "native_name": r.native_name,
                        "script": r.info.script,
                        "pseudo": r.info.pseudo.is_some(),
                        "fallback": r.chain,
                        "format_locale": r.format_locale,
                        "plural_categories": r.plurals,
                        "sample_dateline": r.dateline.as_ref().ok(),
                        "sample_dateline_error": r.dateline.as_ref().err(),
                        "strings": { "translated": r.strings.0, "total": r.strings.1 },
                        "releases": { "complete": r.releases.0, "total": r.releases.1 },
                    })
                })
                .collect();
            let text = serde_json::to_string_pretty(&value).map_err(io::Error::other)?;
            writeln!(out, "{text}")
        }
    }
}

fn table(out: &mut dyn Write, rows: &[LocaleSummary]) -> io::Result<()> {
    let header = [
        "TAG",
        "LANGUAGE",
        "NATIVE",
        "SCRIPT",
        "FALLBACK",
        "FORMATS AS",
        "PLURALS",
        "STRINGS",
        "RELEASES",
        "DATELINE (newest release)",
    ];
    let mut cells: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    for r in rows {
        cells.push(vec![
            r.tag.clone(),
            r.info.english_name.to_string(),
            r.native_name.clone().unwrap_or_else(|| "-".into()),
            r.info.script.to_string(),
            r.chain.join(" > "),
            r.format_locale.clone(),
            r.plurals.join(" "),
            percent(r.strings),
            format!("{}/{}", r.releases.0, r.releases.1),
            match &r.dateline {
                Ok(d) => d.clone(),
                Err(e) => format!("({e})"),
            },
        ]);
    }
    let widths: Vec<usize> = (0..header.len())
        .map(|c| cells.iter().map(|row| width(&row[c])).max().unwrap_or(0))
        .collect();
    for row in &cells {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if c + 1 < row.len() {
                line.push_str(&" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn percent((done, total): (usize, usize)) -> String {
    match (done * 100).checked_div(total) {
        Some(p) => format!("{p}%"),
        None => "-".into(),
    }
}

use silkwire_l10n::width::display_width as width;

#[cfg(test)]
mod tests {
    #[test]
    fn width_counts_terminal_columns() {
        assert_eq!(super::width("English"), 7);
        assert_eq!(super::width("简体中文"), 8);
        // ภาษาไทย: the vowel sign above (U+0E34) takes no column of its own.
        assert_eq!(super::width("ไทย"), 3);
        assert_eq!(super::width("ที่"), 1);
    }
}
