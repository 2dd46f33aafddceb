//! Characters that must never reach Silkwire's output.

/// True for characters no output may contain: those XML 1.0 forbids (C0 controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF), the bidi isolation marks U+2068/U+2069 that Fluent
/// inserts around placeables, and the byte-order mark U+FEFF.
///
/// ```
/// use silkwire_core::text::is_forbidden;
/// assert!(is_forbidden('\u{7}') && is_forbidden('\u{2068}') && is_forbidden('\u{FFFF}'));
/// assert!(!is_forbidden('\t') && !is_forbidden('\n') && !is_forbidden('—') && !is_forbidden('\u{A0}'));
/// ```
pub fn is_forbidden(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}'
            | '\u{B}'
            | '\u{C}'
            | '\u{E}'..='\u{1F}'
            | '\u{FFFE}'
            | '\u{FFFF}'
            | '\u{2068}'
            | '\u{2069}'
            | '\u{FEFF}'
    )
}

/// The byte offset and character of the first forbidden character in `s`.
pub fn first_forbidden(s: &str) -> Option<(usize, char)> {
    s.char_indices().find(|&(_, c)| is_forbidden(c))
}

/// What a forbidden character is, for messages: `U+0007, a control character XML forbids`.
pub fn describe(c: char) -> String {
    let what = match c {
        '\u{2068}' | '\u{2069}' => "a bidi isolation mark",
        '\u{FEFF}' => "a byte-order mark",
        _ => "a character XML forbids",
    };
    format!("U+{:04X}, {what}", c as u32)
}
