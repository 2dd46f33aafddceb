//! Silkwire's localization layer: locale tags, Fluent text with fallback, and CLDR dates and numbers.
//!
//! The human text of a Silkwire project lives in `locales/<locale>/`: Silkwire's own strings
//! (`*.ftl`) and one file per release (`releases/<id>.ftl`). This crate loads them into Fluent
//! bundles (with bidi isolation off, since all output is XML or HTML), registers ICU4X-backed
//! `DATETIME()` and a locale-aware `NUMBER()`, and resolves everything the emitters need into plain
//! strings ([`edition::Localized`]). Silkwire strings fall back to `en` with a warning; a release's
//! text never falls back: a missing message is an error naming the file and message.
//!
//! ```
//! use silkwire_l10n::icu::format_date;
//! use chrono::NaiveDate;
//!
//! // The Chinese dateline date, and Thai in the Buddhist era, from CLDR.
//! let day = NaiveDate::from_ymd_opt(2023, 9, 18).unwrap();
//! assert_eq!(format_date("zh-Hans", day, "long").unwrap(), "2023年9月18日");
//! assert_eq!(format_date("th", day, "long").unwrap(), "18 กันยายน 2566");
//! ```
#![deny(missing_docs)]

pub mod catalog;
pub mod cut;
pub mod edition;
pub mod example;
pub mod icu;
pub mod locale;
mod plural;
pub mod summary;
pub mod width;

pub use catalog::Catalog;
pub use edition::{
    load_and_localize, localize, localize_with, needed_locales, release_count,
    unused_channel_keywords, Boilerplate, Edition, LocaleBuild, Localized, NeededLocales, Notice,
    NoticeKind, Policy, PublicationText, Skipped, TranslationNotice, Warning,
};
