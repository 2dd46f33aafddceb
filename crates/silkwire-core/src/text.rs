//! Characters that must never reach Silkwire's output.

/// True for characters no output may contain:
///
/// - those XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF;
/// - those HTML forbids or validators flag: DEL, the C1 controls U+0080–U+009F (typical of text
///   mis-decoded from Windows-1252), the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every
///   plane, and U+FFFD, the replacement character that marks text already damaged;
/// - the bidi isolation marks U+2068/U+2069 that Fluent inserts around placeables, the other bidi
///   embedding, override and isolate controls U+202A–U+202E and U+2066/U+2067 (all output is in
///   left-to-right scripts; in text they can make what a reader sees differ from what is there),
///   and the byte-order mark U+FEFF.
///
/// ```
/// use silkwire_core::text::is_forbidden;
/// for c in ['\u{7}', '\u{7F}', '\u{96}', '\u{2068}', '\u{202E}', '\u{FDD0}', '\u{FFFD}', '\u{FFFF}', '\u{1FFFF}'] {
///     assert!(is_forbidden(c), "{c:?}");
/// }
/// for c in ['\t', '\n', '—', '\u{A0}', '\u{200B}', '中', '\u{1F600}'] {
///     assert!(!is_forbidden(c), "{c:?}");
/// }
/// ```
pub fn is_forbidden(c: char) -> bool {
    let noncharacter = matches!(c, '\u{FDD0}'..='\u{FDEF}') || (c as u32 & 0xFFFE) == 0xFFFE;
    noncharacter
        || matches!(
            c,
            '\u{0}'..='\u{8}'
                | '\u{B}'
                | '\u{C}'
                | '\u{E}'..='\u{1F}'
                | '\u{7F}'..='\u{9F}'
                | '\u{FFFD}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
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
        '\u{202A}'..='\u{202E}' | '\u{2066}' | '\u{2067}' => "a bidi control character",
        '\u{FEFF}' => "a byte-order mark",
        '\u{FFFD}' => "the replacement character left by a failed text conversion",
        '\u{7F}'..='\u{9F}' => {
            "a control character (often from text mis-decoded from Windows-1252)"
        }
        c if c > '\u{FFFF}' || matches!(c, '\u{FDD0}'..='\u{FDEF}' | '\u{FFFE}' | '\u{FFFF}') => {
            "a Unicode noncharacter"
        }
        _ => "a character XML forbids",
    };
    format!("U+{:04X}, {what}", c as u32)
}
