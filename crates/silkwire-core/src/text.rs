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

/// How `silkwire new` marks what the desk must still write: a value starting with it is a
/// placeholder, which `silkwire check` reports and the build refuses to publish.
pub const PLACEHOLDER: &str = "TODO";

/// True if a text value is still a placeholder (see [`PLACEHOLDER`]).
pub fn is_placeholder(value: &str) -> bool {
    value.starts_with(PLACEHOLDER)
}

/// True if `s` holds a character [`is_forbidden`] refuses; with `cr`, a carriage return too.
///
/// Fast on any script: only ASCII controls and the four UTF-8 lead bytes under which forbidden
/// characters live (C2, E2, EF, F0–F4) are looked at closely.
///
/// ```
/// use silkwire_core::text::has_forbidden;
/// assert!(!has_forbidden("北京 — กรุงเทพฯ\tok\n", false));
/// assert!(has_forbidden("a\u{2068}b", false));
/// assert!(has_forbidden("a\rb", true) && !has_forbidden("a\rb", false));
/// ```
pub fn has_forbidden(s: &str, cr: bool) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    // Most bytes of any text are none of the suspects: a table lookup each, no decoding.
    while let Some(at) = bytes[i..].iter().position(|b| SUSPECT[usize::from(*b)]) {
        i += at;
        let b = bytes[i];
        if b < 0x80 {
            if b == b'\t' || b == b'\n' || (b == b'\r' && !cr) {
                i += 1;
                continue;
            }
            return true;
        }
        // A suspect byte above ASCII is a lead byte, so `i` is at a character boundary.
        match s[i..].chars().next() {
            Some(c) if is_forbidden(c) => return true,
            Some(c) => i += c.len_utf8(),
            None => return false,
        }
    }
    false
}

/// The bytes [`has_forbidden`] looks at more closely: ASCII controls and DEL, and the lead bytes of
/// the only multi-byte characters that can be forbidden (`C2`: C1 controls; `E2`: bidi controls;
/// `EF`: byte-order mark, noncharacters, U+FFFD; `F0`–`F4`: the other planes' noncharacters).
const SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xE2] = true;
    table[0xEF] = true;
    let mut b = 0xF0;
    while b <= 0xF4 {
        table[b] = true;
        b += 1;
    }
    table
};

/// The byte offset and character of the first forbidden character in `s`.
pub fn first_forbidden(s: &str) -> Option<(usize, char)> {
    if !has_forbidden(s, false) {
        return None;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_scan_agrees_with_is_forbidden_on_every_character() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = format!("a{c}中");
            assert_eq!(
                has_forbidden(&s, false),
                is_forbidden(c),
                "U+{:04X}",
                c as u32
            );
            assert_eq!(has_forbidden(&s, true), is_forbidden(c) || c == '\r');
        }
    }
}
