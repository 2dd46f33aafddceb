//! The core of Silkwire: the content model, loading it from `feeds/`, validation with located errors,
//! and all time handling.
//!
//! A Silkwire project is a folder with `feeds/` (what is the same in every language: the publication
//! and each release's structured data) and `locales/` (the human text, read by `silkwire-l10n`). This
//! crate reads `feeds/`, checks everything it can check without the text, and reports every problem
//! as a [`Diagnostic`] naming the file, line, column, field and fix. It knows nothing of Fluent or XML.
//!
//! ```
//! use silkwire_core::load::load_release;
//! # let dir = std::env::temp_dir().join(format!("silkwire-core-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! let path = dir.join("launch.toml");
//! std::fs::write(&path, r#"id = "launch"
//! source_locale = "en"
//! published = 2023-09-18T10:00:00
//! issuer = "xinhua-silk-road"
//! distributor = "prnewswire"
//! original_link = "https://www.example.com/launch.html"
//! slugline = "Launch"
//! place = "beijing"
//! subjects = ["medtop:04000000"]
//! "#).unwrap();
//!
//! // The time has no offset: refused, with the line, the field and the fix.
//! let err = load_release(&path).unwrap_err();
//! let text = err.to_string();
//! assert!(text.contains("launch.toml:3:13: error: `published`"), "{text}");
//! assert!(text.contains("no UTC offset"));
//! assert!(text.contains("fix: write the offset explicitly"));
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
#![deny(missing_docs)]

pub mod diag;
pub mod example;
pub mod load;
pub mod model;
pub mod site;
pub mod text;
pub mod time;

pub use diag::{Diagnostic, Diagnostics};
pub use load::{load_project, Project};
pub use model::{
    Calendar, Channel, Digits, LocaleFormat, Located, Origin, Photo, Publication, Release, Update,
    UpdateKind, Withdrawal,
};
pub use model::{Contact, Org, Outputs};
