//! How many terminal columns text takes, for tables and carets under text in any script.

use icu::properties::props::{EastAsianWidth, GeneralCategory};
use icu::properties::CodePointMapData;

/// Columns a terminal gives `c`: none for combining marks and format characters, two for East Asian
/// wide characters, one otherwise.
///
/// ```
/// use silkwire_l10n::width::char_width;
/// assert_eq!(char_width('a'), 1);
/// assert_eq!(char_width('中'), 2);
/// assert_eq!(char_width('\u{0E34}'), 0); // Thai vowel sign above
/// ```
pub fn char_width(c: char) -> usize {
    let gc = CodePointMapData::<GeneralCategory>::new();
    match gc.get(c) {
        GeneralCategory::NonspacingMark
        | GeneralCategory::EnclosingMark
        | GeneralCategory::Format => 0,
        _ if matches!(
            CodePointMapData::<EastAsianWidth>::new().get(c),
            EastAsianWidth::Wide | EastAsianWidth::Fullwidth
        ) =>
        {
            2
        }
        _ => 1,
    }
}

/// Columns a terminal gives `s`.
///
/// ```
/// use silkwire_l10n::width::display_width;
/// assert_eq!(display_width("English"), 7);
/// assert_eq!(display_width("简体中文"), 8);
/// assert_eq!(display_width("ที่"), 1);
/// ```
pub fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Whether a label is followed by a space before what it introduces: not after full-width
/// punctuation (`原文链接：`), nor after nothing.
///
/// ```
/// use silkwire_l10n::width::space_after;
/// assert!(space_after("Original link:"));
/// assert!(!space_after("原文链接："));
/// assert!(!space_after(""));
/// ```
pub fn space_after(label: &str) -> bool {
    label
        .chars()
        .last()
        .is_some_and(|c| !matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}'))
}
