//! Where every output lives: relative paths under the output folder, their URLs, and the stable ids.
//!
//! The build writes a file at `out/<rel>` and every link to it is `base_url + <rel>`, both computed here
//! from the same relative path, so no link in a feed can point at a file the build does not write.

use url::Url;

use crate::model::{Publication, Release};

/// The two feed formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FeedFormat {
    /// RSS 2.0.
    Rss,
    /// Atom 1.0.
    Atom,
}

impl FeedFormat {
    /// File name of the feed in its folder.
    pub fn file_name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "rss.xml",
            FeedFormat::Atom => "atom.xml",
        }
    }

    /// The media type partners fetch it as.
    pub fn media_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml",
            FeedFormat::Atom => "application/atom+xml",
        }
    }
}

/// The media type of an edition page.
pub const PAGE_MEDIA_TYPE: &str = "text/html";
/// The media type of a NewsML-G2 newsItem (IANA-registered).
pub const NEWSITEM_MEDIA_TYPE: &str = "application/vnd.iptc.g2.newsitem+xml";

impl Publication {
    /// The relative path of a channel's feed for a locale: the channel `all` at the locale's root,
    /// any other under `<locale>/<channel>/`.
    pub fn feed_path(&self, locale: &str, channel: &str, format: FeedFormat) -> String {
        if channel == crate::model::Channel::ALL {
            format!("{locale}/{}", format.file_name())
        } else {
            format!("{locale}/{channel}/{}", format.file_name())
        }
    }

    /// The relative path of a release's edition page in a locale.
    pub fn edition_path(&self, locale: &str, release_id: &str) -> String {
        format!("{locale}/releases/{release_id}.html")
    }

    /// The relative path of a release's NewsML-G2 item in a locale.
    pub fn newsml_path(&self, locale: &str, release_id: &str) -> String {
        format!("newsml/{release_id}/{locale}.xml")
    }

    /// The absolute URL of a relative output path.
    pub fn url(&self, rel: &str) -> Url {
        // The base URL ends with `/` (checked at load) and `rel` is built from slugs and locale tags,
        // so joining cannot fail or escape the base; fall back to the base if it ever did.
        self.base_url
            .join(rel)
            .unwrap_or_else(|_| self.base_url.clone())
    }

    /// The Atom id (also the RSS guid) of a feed: `tag:<host>,<id_since>:feeds/<locale>/<channel>`.
    pub fn feed_id(&self, locale: &str, channel: &str) -> String {
        format!(
            "tag:{},{}:feeds/{locale}/{channel}",
            self.host(),
            self.id_since.format("%Y-%m-%d")
        )
    }

    /// The id of one language edition, used as the Atom entry id and the RSS guid:
    /// `tag:<host>,<publication date>:releases/<id>/<locale>`. Stable across edits and rebuilds.
    pub fn entry_id(&self, release: &Release, locale: &str) -> String {
        format!(
            "tag:{},{}:releases/{}/{locale}",
            self.host(),
            release.published.format("%Y-%m-%d"),
            release.id
        )
    }

    /// The NewsML-G2 guid of one language edition: `urn:newsml:<host>:<yyyymmdd>:<id>:<locale>`.
    pub fn newsml_guid(&self, release: &Release, locale: &str) -> String {
        format!(
            "urn:newsml:{}:{}:{}:{locale}",
            self.host(),
            release.published.format("%Y%m%d"),
            release.id
        )
    }
}
