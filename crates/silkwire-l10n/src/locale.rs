//! Locale tags: which locales Silkwire supports, canonicalization, fallback chains, the locale that
//! formats dates and numbers, and plural categories.
//!
//! Two locales are kept apart for every target:
//! - the **text locales**, the chain of `locales/<tag>/` folders that supply its text
//!   ([`text_chain`] for Silkwire's strings, [`release_chain`] for a release's text, which never leaves
//!   the language);
//! - the **format locale**, the CLDR locale of its human dates and numbers ([`format_locale`]): `ta`
//!   is written as in Singapore, `tet` (which CLDR lacks) as Timor-Leste's Portuguese, a regional tag
//!   such as `zh-Hant-HK` with its region, and a publication may choose the calendar and digits.

use std::fmt::Write as _;

use icu::locale::Locale;
use icu::plurals::{PluralCategory, PluralRuleType, PluralRules, PluralRulesOptions};
use silkwire_core::{Calendar, Digits};
use unic_langid::LanguageIdentifier;

/// A pseudo-locale: English text transformed to catch hard-coded strings and truncation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    /// `en-XA`: accented and lengthened (`Ƥřeeşş řeeŀeeaaşeeş`).
    Accented,
    /// `en-XB`: mirrored (`Ԁɹǝss ɹǝlǝɐsǝs`).
    Mirrored,
}

/// What Silkwire knows of one supported locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocaleInfo {
    /// The canonical tag, which is also the name of its `locales/` folder.
    pub tag: &'static str,
    /// The language's name in English.
    pub english_name: &'static str,
    /// Its script (ISO 15924).
    pub script: &'static str,
    /// The CLDR locale of its dates and numbers, when the tag has no region of its own.
    pub format_locale: &'static str,
    /// A further locale to take Silkwire's strings from before English (Tetum: Portuguese).
    pub also: Option<&'static str>,
    /// The CLDR numbering system of the script's own digits, if it has them.
    pub native_digits: Option<&'static str>,
    /// For a pseudo-locale, how its English text is transformed.
    pub pseudo: Option<Pseudo>,
    /// The CLDR locale whose plural rules its text follows, when not the tag itself.
    pub plural_locale: Option<&'static str>,
}

const fn info(
    tag: &'static str,
    english_name: &'static str,
    script: &'static str,
    format_locale: &'static str,
    native_digits: Option<&'static str>,
) -> LocaleInfo {
    LocaleInfo {
        tag,
        english_name,
        script,
        format_locale,
        also: None,
        native_digits,
        pseudo: None,
        plural_locale: None,
    }
}

/// Every locale Silkwire supports: the 14 shipped languages, then the two pseudo-locales.
pub const LOCALES: &[LocaleInfo] = &[
    info("en", "English", "Latn", "en", None),
    info("zh-Hans", "Chinese (Simplified)", "Hans", "zh-Hans", None),
    info("zh-Hant", "Chinese (Traditional)", "Hant", "zh-Hant", None),
    info("id", "Indonesian", "Latn", "id", None),
    info("ms", "Malay", "Latn", "ms", None),
    info("th", "Thai", "Thai", "th", Some("thai")),
    info("vi", "Vietnamese", "Latn", "vi", None),
    info("fil", "Filipino", "Latn", "fil", None),
    info("my", "Burmese", "Mymr", "my", Some("mymr")),
    info("km", "Khmer", "Khmr", "km", Some("khmr")),
    info("lo", "Lao", "Laoo", "lo", Some("laoo")),
    // Singapore usage: 1,234,567.89, not the Indian 12,34,567.89 of plain `ta`.
    info("ta", "Tamil", "Taml", "ta-SG", Some("tamldec")),
    // The Portuguese of Timor-Leste (European norms): pt-TL formats, European plural rules (0 is
    // `other`: "0 comunicados"; CLDR's plain `pt` is Brazilian, where 0 is `one`).
    LocaleInfo {
        plural_locale: Some("pt-PT"),
        ..info("pt", "Portuguese", "Latn", "pt-TL", None)
    },
    // CLDR has no Tetum data: Timor-Leste's Portuguese formats its dates and numbers.
    LocaleInfo {
        also: Some("pt"),
        ..info("tet", "Tetum", "Latn", "pt-TL", None)
    },
    LocaleInfo {
        pseudo: Some(Pseudo::Accented),
        ..info("en-XA", "English (pseudo: accented)", "Latn", "en", None)
    },
    LocaleInfo {
        pseudo: Some(Pseudo::Mirrored),
        ..info("en-XB", "English (pseudo: mirrored)", "Latn", "en", None)
    },
];

/// The locales Silkwire ships text for, as canonical tags.
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
    /// A tag with extensions (`-u-ca-gregory`): calendars and digits are publication settings.
    #[error("\"{0}\" has a BCP 47 extension; Silkwire takes calendars and digits from [formats]")]
    Extension(String),
    /// Well formed, but not one Silkwire supports.
    #[error("\"{0}\" is not a supported locale")]
    Unsupported(String),
    /// A `[formats]` digits or calendar setting that cannot apply.
    #[error("{0}")]
    Format(String),
    /// A `[formats]` `locale` that cannot format this language.
    #[error("{0}")]
    FormatLocale(String),
}

impl LocaleError {
    /// A one-line fix.
    pub fn fix(&self) -> String {
        match self {
            LocaleError::Extension(tag) => {
                let plain = tag
                    .replace('_', "-")
                    .split('-')
                    .take_while(|s| s.len() != 1)
                    .collect::<Vec<_>>()
                    .join("-");
                format!(
                    "write the plain tag (\"{plain}\"); calendars and digits are set with [formats.{plain}] calendar = \"gregorian\" or digits = \"latin\" in feeds/silkwire.toml"
                )
            }
            LocaleError::Format(_) => {
                "see the [formats] section of the README for the settings each locale accepts".into()
            }
            LocaleError::FormatLocale(_) => {
                "name a CLDR locale of the same language with a region, e.g. ta-MY, pt-PT, zh-Hant-HK".into()
            }
            _ => format!(
                "use one of: {} (optionally with a region, e.g. zh-Hant-HK, ms-SG; pseudo-locales: en-XA, en-XB)",
                SUPPORTED.join(", ")
            ),
        }
    }
}

/// Parses a locale tag and returns its canonical form: case normalized, `_` read as `-`, legacy
/// codes mapped (`in` → `id`, `tl` → `fil`), Chinese given its script (`zh-CN` → `zh-Hans-CN`,
/// `zh-TW` → `zh-Hant-TW`). Refuses malformed tags and tags whose language and script Silkwire does
/// not support.
///
/// ```
/// use silkwire_l10n::locale::{canonicalize, LocaleError};
/// assert_eq!(canonicalize("zh_CN").unwrap(), "zh-Hans-CN");
/// assert_eq!(canonicalize("zh-hk").unwrap(), "zh-Hant-HK");
/// assert_eq!(canonicalize("in").unwrap(), "id");
/// assert!(matches!(canonicalize("zh-CN!"), Err(LocaleError::Malformed(_))));
/// assert!(matches!(canonicalize("de"), Err(LocaleError::Unsupported(_))));
/// ```
pub fn canonicalize(tag: &str) -> Result<String, LocaleError> {
    let malformed = || LocaleError::Malformed(tag.to_string());
    if tag.is_empty() || !tag.is_ascii() || tag.contains(|c: char| c.is_ascii_whitespace()) {
        return Err(malformed());
    }
    let dashed = tag.replace('_', "-");
    let lower = dashed.to_ascii_lowercase();
    if lower.split('-').skip(1).any(|s| s.len() == 1) {
        // A singleton starts an extension (`-u-`, `-t-`) or private use (`-x-`).
        return if dashed.parse::<Locale>().is_ok() {
            Err(LocaleError::Extension(tag.to_string()))
        } else {
            Err(malformed())
        };
    }
    let mut id: LanguageIdentifier = dashed.parse().map_err(|_| malformed())?;
    if id.variants().next().is_some() {
        return Err(LocaleError::Unsupported(tag.to_string()));
    }
    let language = match id.language.as_str() {
        "in" => Some("id"),
        "tl" => Some("fil"),
        _ => None,
    };
    if let Some(l) = language {
        id.language = l.parse().map_err(|_| malformed())?;
    }
    // Deprecated region codes, as CLDR maps them.
    let region = match id.region.as_ref().map(|r| r.as_str()) {
        Some("TP") => Some("TL"),
        Some("BU") => Some("MM"),
        _ => None,
    };
    if let Some(r) = region {
        id.region = Some(r.parse().map_err(|_| malformed())?);
    }
    // Private-use regions (AA, QM–QZ, XA–XZ, ZZ) name no place: only the pseudo-locales use them.
    if let Some(r) = id.region.as_ref().map(|r| r.as_str().to_string()) {
        let b = r.as_bytes();
        let private = r == "AA"
            || r == "ZZ"
            || (b.len() == 2 && (b[0] == b'X' || (b[0] == b'Q' && b[1] >= b'M')));
        let pseudo =
            id.language.as_str() == "en" && id.script.is_none() && (r == "XA" || r == "XB");
        if private && !pseudo {
            return Err(LocaleError::Unsupported(tag.to_string()));
        }
    }
    // A script the language is only ever written in adds nothing (ms-Latn is ms).
    if id.language.as_str() != "zh" {
        if let Some(script) = id.script.as_ref().map(|s| s.as_str().to_string()) {
            let lang = id.language.as_str();
            if LOCALES.iter().any(|i| i.tag == lang && i.script == script) {
                id.script = None;
            }
        }
    }
    if id.language.as_str() == "zh" && id.script.is_none() {
        let script = match id.region.as_ref().map(|r| r.as_str()) {
            Some("TW" | "HK" | "MO") => "Hant",
            _ => "Hans",
        };
        id.script = Some(script.parse().map_err(|_| malformed())?);
    }
    let canonical = id.to_string();
    if info_of(&canonical).is_some() {
        Ok(canonical)
    } else {
        Err(LocaleError::Unsupported(tag.to_string()))
    }
}

/// Canonicalizes a tag that must be a shipped locale (a release's source locale, a folder name).
pub fn parse_supported(tag: &str) -> Result<String, LocaleError> {
    canonicalize(tag)
}

/// The language-and-script part of a canonical tag: `zh-Hant-HK` → `zh-Hant`, `ms-SG` → `ms`.
/// Pseudo-locales are their own base.
pub fn base(tag: &str) -> &str {
    if LOCALES.iter().any(|i| i.tag == tag) {
        return tag;
    }
    let mut parts = tag.splitn(3, '-');
    let lang = parts.next().unwrap_or(tag);
    match parts.next() {
        Some(s) if s.len() == 4 => &tag[..lang.len() + 1 + s.len()],
        _ => lang,
    }
}

/// What Silkwire knows of the locale of a canonical tag (its base's entry).
pub fn info_of(tag: &str) -> Option<&'static LocaleInfo> {
    let b = base(tag);
    LOCALES.iter().find(|i| i.tag == b)
}

/// The folders that supply Silkwire's strings for a canonical target tag, most specific first:
/// the tag, its base, a configured further locale, then `en`. Never across scripts.
///
/// ```
/// use silkwire_l10n::locale::text_chain;
/// assert_eq!(text_chain("zh-Hant-TW"), ["zh-Hant-TW", "zh-Hant", "en"]);
/// assert_eq!(text_chain("tet"), ["tet", "pt", "en"]);
/// ```
pub fn text_chain(tag: &str) -> Vec<String> {
    let mut chain = release_chain(tag);
    if info_of(tag).is_some_and(|i| i.pseudo.is_some()) {
        return chain;
    }
    if let Some(also) = info_of(tag).and_then(|i| i.also) {
        chain.push(also.to_string());
    }
    chain.push(REFERENCE.to_string());
    chain.dedup();
    let mut seen = Vec::new();
    chain.retain(|l| {
        let new = !seen.contains(l);
        seen.push(l.clone());
        new
    });
    chain
}

/// The folders that supply a release's text for a canonical target tag: the tag and its base only.
/// A release's text never falls back to another language.
pub fn release_chain(tag: &str) -> Vec<String> {
    let b = base(tag);
    if b == tag {
        vec![tag.to_string()]
    } else {
        vec![tag.to_string(), b.to_string()]
    }
}

/// The locale whose CLDR data formats a target's human dates and numbers, with the publication's
/// calendar and digits as BCP 47 `-u-` keywords.
///
/// ```
/// use silkwire_core::{Calendar, Digits};
/// use silkwire_l10n::locale::format_locale;
/// assert_eq!(format_locale("ta", None, None, None).unwrap(), "ta-SG");
/// assert_eq!(format_locale("tet", None, None, None).unwrap(), "pt-TL");
/// assert_eq!(format_locale("zh-Hant-HK", None, None, None).unwrap(), "zh-Hant-HK");
/// assert_eq!(format_locale("th", None, Some(Calendar::Gregorian), None).unwrap(), "th-u-ca-gregory");
/// assert_eq!(format_locale("my", None, None, Some(Digits::Latin)).unwrap(), "my-u-nu-latn");
/// ```
pub fn format_locale(
    tag: &str,
    locale: Option<&str>,
    calendar: Option<Calendar>,
    digits: Option<Digits>,
) -> Result<String, LocaleError> {
    let info = info_of(tag).ok_or_else(|| LocaleError::Unsupported(tag.to_string()))?;
    let mut out = match locale {
        Some(l) => {
            let parsed: LanguageIdentifier = l
                .replace('_', "-")
                .parse()
                .map_err(|_| LocaleError::Malformed(l.to_string()))?;
            parsed.to_string()
        }
        None if info.pseudo.is_some() || base(tag) == tag => info.format_locale.to_string(),
        // Tetum is written in Timor-Leste: wherever its reader is, its formats are Timor-Leste's.
        None if info.tag == "tet" => info.format_locale.to_string(),
        // A regional tag formats with its region.
        None => tag.to_string(),
    };
    if let Some(l) = locale {
        // Another variety of the same language only (ta-MY for ta, pt-PT for tet): another
        // language's CLDR data would write its month names into this language's datelines.
        let want = info
            .format_locale
            .split('-')
            .next()
            .unwrap_or(info.format_locale);
        let got = out.split('-').next().unwrap_or(&out);
        if got != want || out.parse::<Locale>().is_err() {
            return Err(LocaleError::FormatLocale(format!(
                "locale = \"{l}\" is not a variety of {} ({want}) in CLDR terms",
                info.english_name
            )));
        }
    }
    let mut keywords = String::new();
    if let Some(c) = calendar {
        let _ = write!(keywords, "-ca-{}", c.bcp47());
    }
    match digits {
        Some(Digits::Latin) => keywords.push_str("-nu-latn"),
        Some(Digits::Native) => match info.native_digits {
            Some(nu) => {
                let _ = write!(keywords, "-nu-{nu}");
            }
            None => {
                return Err(LocaleError::Format(format!(
                "{} has no digits of its own: digits = \"native\" applies to th, my, km, lo and ta",
                info.english_name
            )))
            }
        },
        None => {}
    }
    if !keywords.is_empty() {
        out = format!("{out}-u{keywords}");
    }
    out.parse::<Locale>()
        .map_err(|_| LocaleError::Malformed(out.clone()))?;
    Ok(out)
}

/// The plural categories of a text locale that Silkwire applies in Fluent selectors (ICU4X, CLDR 49),
/// in CLDR order. Tetum has no CLDR data and uses the root rules: `other` only.
///
/// ```
/// use silkwire_l10n::locale::plural_categories;
/// assert_eq!(plural_categories("en", false), ["one", "other"]);
/// assert_eq!(plural_categories("pt", false), ["one", "many", "other"]);
/// assert_eq!(plural_categories("tet", false), ["other"]);
/// assert_eq!(plural_categories("en", true), ["one", "two", "few", "other"]);
/// ```
pub fn plural_categories(text_locale: &str, ordinal: bool) -> Vec<&'static str> {
    match plural_rules(text_locale, ordinal) {
        Some(rules) => {
            let cats: Vec<PluralCategory> = rules.categories().collect();
            ["zero", "one", "two", "few", "many", "other"]
                .into_iter()
                .filter(|name| {
                    PluralCategory::get_for_cldr_string(name).is_some_and(|c| cats.contains(&c))
                })
                .collect()
        }
        None => vec!["other"],
    }
}

/// ICU4X plural rules for a text locale (Tetum and pseudo-locales resolve through CLDR's fallback).
pub(crate) fn plural_rules(text_locale: &str, ordinal: bool) -> Option<PluralRules> {
    let loc: Locale = plural_locale(text_locale).parse().ok()?;
    let mut options = PluralRulesOptions::default();
    options.rule_type = Some(if ordinal {
        PluralRuleType::Ordinal
    } else {
        PluralRuleType::Cardinal
    });
    PluralRules::try_new(loc.into(), options).ok()
}

/// The locale whose plural rules apply: the language of the text (its variety where it has one),
/// with pseudo-locales as English.
fn plural_locale(text_locale: &str) -> &str {
    match info_of(text_locale) {
        Some(i) if i.pseudo.is_some() => REFERENCE,
        Some(LocaleInfo {
            plural_locale: Some(p),
            ..
        }) if base(text_locale) == text_locale => p,
        _ => text_locale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalization_table() {
        let cases = [
            ("en", "en"),
            ("EN", "en"),
            ("en-sg", "en-SG"),
            ("in", "id"),
            ("in-ID", "id-ID"),
            ("tl", "fil"),
            ("tl-PH", "fil-PH"),
            ("zh_CN", "zh-Hans-CN"),
            ("zh-CN", "zh-Hans-CN"),
            ("zh-SG", "zh-Hans-SG"),
            ("zh", "zh-Hans"),
            ("zh-TW", "zh-Hant-TW"),
            ("zh-HK", "zh-Hant-HK"),
            ("zh-MO", "zh-Hant-MO"),
            ("zh-hant-tw", "zh-Hant-TW"),
            ("zh-Hans", "zh-Hans"),
            ("ms-SG", "ms-SG"),
            ("ta-SG", "ta-SG"),
            ("tet-TL", "tet-TL"),
            ("pt-TL", "pt-TL"),
            ("en-XA", "en-XA"),
            ("en-xb", "en-XB"),
            ("ms-Latn", "ms"),
            ("th-Thai-TH", "th-TH"),
            ("tet-TP", "tet-TL"),
            ("my-BU", "my-MM"),
        ];
        for (input, want) in cases {
            assert_eq!(canonicalize(input).as_deref(), Ok(want), "{input}");
        }
        for bad in ["", "zh-CN!", "en US", "x", "ébc", "en--US", "-en"] {
            assert!(
                matches!(canonicalize(bad), Err(LocaleError::Malformed(_))),
                "{bad:?}"
            );
        }
        for unsupported in [
            "de",
            "ms-Arab",
            "zh-Latn",
            "ar",
            "en-US-posix",
            "fr-CA",
            "zh-XA",
            "en-XC",
            "th-ZZ",
        ] {
            assert!(
                matches!(canonicalize(unsupported), Err(LocaleError::Unsupported(_))),
                "{unsupported}"
            );
        }
        assert!(matches!(
            canonicalize("th-u-ca-gregory"),
            Err(LocaleError::Extension(_))
        ));
    }

    #[test]
    fn fallback_chain_table() {
        let cases: [(&str, &[&str], &[&str]); 10] = [
            ("en", &["en"], &["en"]),
            (
                "zh-Hant-TW",
                &["zh-Hant-TW", "zh-Hant", "en"],
                &["zh-Hant-TW", "zh-Hant"],
            ),
            (
                "zh-Hans-SG",
                &["zh-Hans-SG", "zh-Hans", "en"],
                &["zh-Hans-SG", "zh-Hans"],
            ),
            ("zh-Hant", &["zh-Hant", "en"], &["zh-Hant"]),
            ("ms-SG", &["ms-SG", "ms", "en"], &["ms-SG", "ms"]),
            ("ta-SG", &["ta-SG", "ta", "en"], &["ta-SG", "ta"]),
            ("tet", &["tet", "pt", "en"], &["tet"]),
            ("tet-TL", &["tet-TL", "tet", "pt", "en"], &["tet-TL", "tet"]),
            ("en-SG", &["en-SG", "en"], &["en-SG", "en"]),
            ("en-XA", &["en-XA"], &["en-XA"]),
        ];
        for (tag, text, release) in cases {
            assert_eq!(text_chain(tag), text, "{tag}");
            assert_eq!(release_chain(tag), release, "{tag}");
            // Never across scripts.
            if tag.starts_with("zh-Hant") {
                assert!(!text_chain(tag).iter().any(|l| l.starts_with("zh-Hans")));
            }
        }
    }

    #[test]
    fn format_locale_table() {
        let cases = [
            ("en", None, None, None, "en"),
            ("ta", None, None, None, "ta-SG"),
            ("ta-MY", None, None, None, "ta-MY"),
            ("tet", None, None, None, "pt-TL"),
            ("tet-TL", None, None, None, "pt-TL"),
            ("tet-AU", None, None, None, "pt-TL"),
            ("zh-Hant-HK", None, None, None, "zh-Hant-HK"),
            ("en-XA", None, None, None, "en"),
            (
                "th",
                None,
                Some(Calendar::Gregorian),
                None,
                "th-u-ca-gregory",
            ),
            ("th", None, None, Some(Digits::Native), "th-u-nu-thai"),
            ("my", None, None, Some(Digits::Latin), "my-u-nu-latn"),
            ("ta", Some("ta-MY"), None, None, "ta-MY"),
        ];
        for (tag, locale, calendar, digits, want) in cases {
            assert_eq!(
                format_locale(tag, locale, calendar, digits).as_deref(),
                Ok(want),
                "{tag}"
            );
        }
        assert!(matches!(
            format_locale("en", None, None, Some(Digits::Native)),
            Err(LocaleError::Format(_))
        ));
        // Another language's CLDR data would write its month names into Thai datelines.
        assert!(matches!(
            format_locale("th", Some("de"), None, None),
            Err(LocaleError::FormatLocale(_))
        ));
        assert_eq!(
            format_locale("tet", Some("pt-PT"), None, None).as_deref(),
            Ok("pt-PT")
        );
    }

    #[test]
    fn plural_categories_are_cldr_49() {
        let cases: [(&str, &[&str]); 15] = [
            ("en", &["one", "other"]),
            ("zh-Hans", &["other"]),
            ("zh-Hant", &["other"]),
            ("id", &["other"]),
            ("ms", &["other"]),
            ("th", &["other"]),
            // CLDR 49 gives Vietnamese `one` (CLDR 37, in fluent-bundle, had `other` only).
            ("vi", &["one", "other"]),
            ("fil", &["one", "other"]),
            ("my", &["other"]),
            ("km", &["other"]),
            ("lo", &["other"]),
            ("ta", &["one", "other"]),
            ("pt", &["one", "many", "other"]),
            ("tet", &["other"]),
            ("en-XA", &["one", "other"]),
        ];
        for (tag, want) in cases {
            assert_eq!(plural_categories(tag, false), want, "{tag}");
        }
    }
}
