//! Where every output lives: relative paths under the output folder, their URLs, and the stable ids.
//!
//! The build writes a file at `out/<rel>` and every link to it is `base_url + <rel>`, both computed here
//! from the same relative path, so no link in a feed can point at a file the build does not write.

use url::Url;

use crate::model::{Publication, Release};

/// The feed formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FeedFormat {
    /// RSS 2.0.
    Rss,
    /// Atom 1.0.
    Atom,
    /// JSON Feed 1.1.
    Json,
}

impl FeedFormat {
    /// Every format, in the order feeds are listed.
    pub const ALL: [FeedFormat; 3] = [FeedFormat::Rss, FeedFormat::Atom, FeedFormat::Json];

    /// File name of the feed in its folder.
    pub fn file_name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "rss.xml",
            FeedFormat::Atom => "atom.xml",
            FeedFormat::Json => "feed.json",
        }
    }

    /// The media type partners fetch it as.
    pub fn media_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml",
            FeedFormat::Atom => "application/atom+xml",
            FeedFormat::Json => "application/feed+json",
        }
    }

    /// Its name, as readers know it.
    pub fn name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "RSS",
            FeedFormat::Atom => "Atom",
            FeedFormat::Json => "JSON Feed",
        }
    }
}

/// The relative path of the OPML index of every feed.
pub const OPML_PATH: &str = "feeds.opml";

/// The media type of an edition page.
pub const PAGE_MEDIA_TYPE: &str = "text/html";
/// The media type of a NewsML-G2 newsItem (IANA-registered).
pub const NEWSITEM_MEDIA_TYPE: &str = "application/vnd.iptc.g2.newsitem+xml";

impl Publication {
    /// The feed formats the publication writes (its `outputs`), in the order feeds are listed.
    pub fn feed_formats(&self) -> Vec<FeedFormat> {
        FeedFormat::ALL
            .into_iter()
            .filter(|f| match f {
                FeedFormat::Rss => self.outputs.rss,
                FeedFormat::Atom => self.outputs.atom,
                FeedFormat::Json => self.outputs.json,
            })
            .collect()
    }

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

    /// The base URL's path, without its outer slashes: `news` for `https://example.com/news/`.
    fn base_path(&self) -> &str {
        self.base_url.path().trim_matches('/')
    }

    /// The part of every `tag:` id before its specific part: `tag:<host>,<id_since>:<base path>/`.
    fn tag_prefix(&self) -> String {
        let path = self.base_path();
        format!(
            "tag:{},{}:{}{}",
            self.host(),
            self.id_since.format("%Y-%m-%d"),
            path,
            if path.is_empty() { "" } else { "/" }
        )
    }

    /// The Atom id of a feed: `tag:<host>,<id_since>:[<base path>/]feeds/<locale>/<channel>`.
    pub fn feed_id(&self, locale: &str, channel: &str) -> String {
        format!("{}feeds/{locale}/{channel}", self.tag_prefix())
    }

    /// The id of one language edition, used as the Atom entry id and the RSS guid:
    /// `tag:<host>,<id_since>:[<base path>/]releases/<id>/<locale>`.
    ///
    /// It depends only on the publication's host, base path and `id_since` (which never change once
    /// feeds are out), the release id and the locale: editing a release, even its date, keeps it.
    pub fn entry_id(&self, release: &Release, locale: &str) -> String {
        format!("{}releases/{}/{locale}", self.tag_prefix(), release.id)
    }

    /// The NewsML-G2 guid of a release's photo, as its own picture item:
    /// `urn:newsml:<host>:<id_since>:[<base path segments>:]<id>:photo-<photo id>`.
    pub fn picture_guid(&self, release: &Release, photo_id: &str) -> String {
        self.newsml_guid(release, &format!("photo-{photo_id}"))
    }

    /// The relative path of a release's picture item: `newsml/<id>/photo-<photo id>.xml`.
    pub fn picture_path(&self, release_id: &str, photo_id: &str) -> String {
        format!("newsml/{release_id}/photo-{photo_id}.xml")
    }

    /// The release an output file belongs to alone, if any: its edition pages
    /// ([`Publication::edition_path`]) and everything under `newsml/<id>/` (its NewsML and picture
    /// items). Feeds, home pages and indexes belong to no one release.
    ///
    /// ```
    /// # let p = silkwire_core::example::publication();
    /// assert_eq!(p.output_release(&p.edition_path("th", "r1")), Some("r1"));
    /// assert_eq!(p.output_release(&p.newsml_path("th", "r1")), Some("r1"));
    /// assert_eq!(p.output_release(&p.picture_path("r1", "park")), Some("r1"));
    /// assert_eq!(p.output_release("th/index.html"), None);
    /// assert_eq!(p.output_release("th/releases/feed.xml"), None);
    /// ```
    pub fn output_release<'a>(&self, path: &'a str) -> Option<&'a str> {
        if let Some(rest) = path.strip_prefix("newsml/") {
            return rest.split_once('/').map(|(id, _)| id);
        }
        let (_, file) = path.split_once("/releases/")?;
        file.strip_suffix(".html").filter(|id| !id.contains('/'))
    }

    /// The NewsML-G2 guid of one language edition:
    /// `urn:newsml:<host>:<id_since as yyyymmdd>:[<base path segments>:]<id>:<locale>`, as stable as
    /// [`Publication::entry_id`].
    pub fn newsml_guid(&self, release: &Release, locale: &str) -> String {
        let mut guid = format!(
            "urn:newsml:{}:{}:",
            self.host(),
            self.id_since.format("%Y%m%d")
        );
        for segment in self.base_path().split('/').filter(|s| !s.is_empty()) {
            guid.push_str(segment);
            guid.push(':');
        }
        guid.push_str(&release.id);
        guid.push(':');
        guid.push_str(locale);
        guid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_include_the_base_path_and_ignore_the_release_date() {
        let mut p = crate::example::publication();
        let mut r = crate::example::release();
        assert_eq!(
            p.entry_id(&r, "en"),
            "tag:news.example.com,2023-01-01:releases/launch/en"
        );
        assert_eq!(
            p.newsml_guid(&r, "th"),
            "urn:newsml:news.example.com:20230101:launch:th"
        );
        assert_eq!(
            p.feed_id("en", "all"),
            "tag:news.example.com,2023-01-01:feeds/en/all"
        );
        r.published = crate::time::parse_rfc3339("2024-01-02T00:00:00Z").unwrap();
        assert_eq!(
            p.entry_id(&r, "en"),
            "tag:news.example.com,2023-01-01:releases/launch/en"
        );
        p.base_url = Url::parse("https://example.com/press/asia/").unwrap();
        assert_eq!(
            p.entry_id(&r, "en"),
            "tag:example.com,2023-01-01:press/asia/releases/launch/en"
        );
        assert_eq!(
            p.newsml_guid(&r, "en"),
            "urn:newsml:example.com:20230101:press:asia:launch:en"
        );
        assert_eq!(
            p.url(&p.feed_path("en", "all", FeedFormat::Rss)).as_str(),
            "https://example.com/press/asia/en/rss.xml"
        );
    }
}
