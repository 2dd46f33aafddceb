//! Small, valid values for documentation examples and tests of the crates built on this one.

use std::path::PathBuf;

use url::Url;

use crate::model::{Channel, Located, Origin, Photo, Publication, Release};
use crate::time::parse_rfc3339;

fn here<T>(value: T) -> Located<T> {
    Located {
        value,
        origin: Origin {
            path: PathBuf::from("example.toml"),
            line: 1,
            column: 1,
        },
    }
}

fn url(s: &str) -> Url {
    Url::parse(s).unwrap_or_else(|_| unreachable!("example URLs are valid"))
}

/// A publication at `https://news.example.com/` with the locales `en` and `zh-Hans` and the channel `all`.
pub fn publication() -> Publication {
    Publication {
        path: PathBuf::from("feeds/silkwire.toml"),
        base_url: url("https://news.example.com/"),
        id_since: chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default(),
        provider: here("silkwire-newsroom".to_string()),
        publisher: here("silkwire-newsroom".to_string()),
        locales: vec![here("en".to_string()), here("zh-Hans".to_string())],
        channels: vec![Channel {
            id: Channel::ALL.to_string(),
            origin: None,
            subjects: vec![],
            keywords: vec![],
            issuers: vec![],
        }],
        formats: vec![],
        websub_hub: None,
        outputs: crate::model::Outputs::ALL,
        feed_max_items: Some(Publication::DEFAULT_FEED_MAX_ITEMS),
        feed_max_bytes: Some(Publication::DEFAULT_FEED_MAX_BYTES),
    }
}

/// A release `launch`, published 2023-09-18 10:00 +08:00, with one photo after paragraph 1.
pub fn release() -> Release {
    Release {
        path: PathBuf::from("feeds/releases/launch.toml"),
        id: "launch".to_string(),
        source_locale: here("en".to_string()),
        published: parse_rfc3339("2023-09-18T10:00:00+08:00")
            .unwrap_or_else(|_| unreachable!("a valid date")),
        issuer: here("acme".to_string()),
        distributor: here("prnewswire".to_string()),
        original_link: url("https://www.example.com/launch.html"),
        slugline: "Acme-Launch".to_string(),
        place: "beijing".to_string(),
        subjects: vec![here("medtop:04000000".to_string())],
        keywords: vec![here("launch".to_string())],
        photos: vec![Photo {
            id: "plant".to_string(),
            url: url("https://www.example.com/plant.jpg"),
            media_type: "image/jpeg".to_string(),
            width: 1200,
            height: 800,
            length: 1000,
            credit: here("acme".to_string()),
            after_paragraph: here(1),
        }],
        embargo: None,
        updates: vec![],
        withdrawn: None,
    }
}
