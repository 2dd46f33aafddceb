//! Locale tags: which locales Silkwire supports, parsing, and the locale used for CLDR formatting.

use unic_langid::LanguageIdentifier;

/// The locales Silkwire supports, as canonical BCP 47 tags.
pub const SUPPORTED: &[&str] = &[
    "en", "zh-Hans", "zh-Hant", "id", "ms", "th", "vi", "fil", "my", "km", "lo", "ta", "pt", "tet",
];

/// The reference locale: Silkwire's own strings are written in it first, and every locale falls back to it.
pub const REFERENCE: &str = "en";

/// Why a locale tag was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocaleError {
    /// Not a well-formed BCP 47 tag.
    #[error("\"{0}\" is not a well-formed BCP 47 language tag")]
    Malformed(String),
    /// Well formed, but not one Silkwire supports.
    #[error("\"{0}\" is not a supported locale")]
    Unsupported(String),
}

impl LocaleError {
    /// A one-line fix, listing the supported tags.
    pub fn fix(&self) -> String {
        format!("use one of: {}", SUPPORTED.join(", "))
    }
}

/// Parses a supported locale tag and returns its canonical form.
///
/// ```
/// use silkwire_l10n::locale::{parse_supported, LocaleError};
/// assert_eq!(parse_supported("zh-Hans").unwrap().to_string(), "zh-Hans");
/// assert!(matches!(parse_supported("zh_CN!"), Err(LocaleError::Malformed(_))));
/// assert!(matches!(parse_supported("de"), Err(LocaleError::Unsupported(_))));
/// ```
pub fn parse_supported(tag: &str) -> Result<LanguageIdentifier, LocaleError> {
    if tag.is_empty() || tag.contains('_') || !tag.is_ascii() {
        return Err(LocaleError::Malformed(tag.to_string()));
    }
    let id: LanguageIdentifier = tag
        .parse()
        .map_err(|_| LocaleError::Malformed(tag.to_string()))?;
    let canonical = id.to_string();
    if SUPPORTED.contains(&canonical.as_str()) {
        Ok(id)
    } else {
        Err(LocaleError::Unsupported(tag.to_string()))
    }
}

/// The locale whose CLDR data formats dates and numbers for a text locale.
///
/// Mostly the locale itself; Tamil is formatted as Singapore writes it (`ta-SG`, not Indian digit
/// grouping), and Tetum, which CLDR lacks, as Timor-Leste's Portuguese (`pt-TL`).
pub fn format_locale(text_locale: &str) -> &str {
    match text_locale {
        "ta" => "ta-SG",
        "tet" => "pt-TL",
        other => other,
    }
}

/// The fallback chain of a text locale for Silkwire's own strings: the locale, then the reference.
pub fn fallback_chain(locale: &str) -> Vec<&str> {
    if locale == REFERENCE {
        vec![REFERENCE]
    } else {
        vec![locale, REFERENCE]
    }
}
