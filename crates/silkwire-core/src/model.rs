//! The content model: a publication and its releases, as validated data.
//!
//! Nothing here holds human text: headlines, paragraphs and captions live in Fluent files and are
//! resolved per language by `silkwire-l10n`. This model holds what is the same in every language.

use std::path::PathBuf;

use chrono::NaiveDate;
use url::Url;

use crate::time::Timestamp;

/// Where a value was written: file, 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// A value together with where it was written, so later stages can report errors precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub origin: Origin,
}

impl<T> std::ops::Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// The publication: `feeds/silkwire.toml`.
#[derive(Debug, Clone)]
pub struct Publication {
    /// The file it was loaded from.
    pub path: PathBuf,
    /// Absolute `https` URL under which `dist/` is served; always ends with `/`.
    pub base_url: Url,
    /// A date on which the publisher owned the base URL's host: the date in feed `tag:` ids (RFC 4151).
    pub id_since: NaiveDate,
    /// The NewsML-G2 provider: an organisation id (its name comes from Fluent, `org-<id>`).
    pub provider: Located<String>,
    /// The feeds' publisher: an organisation id.
    pub publisher: Located<String>,
    /// Target locales, in the order they were listed (tags as written; `silkwire-l10n` validates them).
    pub locales: Vec<Located<String>>,
    /// Channels, `all` first, then as listed.
    pub channels: Vec<Channel>,
    /// How dates and numbers are written per locale (`[formats.<locale>]`), in the order written.
    pub formats: Vec<LocaleFormat>,
    /// The WebSub hub that feeds announce (`rel="hub"`), if any.
    pub websub_hub: Option<Url>,
    /// At most this many items per feed, newest first (`None`: unlimited). Default 50.
    pub feed_max_items: Option<usize>,
    /// At most this many bytes per feed file: the oldest items are left out until it fits
    /// (`None`: unlimited). Default 2,000,000 (partners reject feeds of 2 MB and more).
    pub feed_max_bytes: Option<usize>,
    /// Which kinds of output the build writes (`outputs = [...]`; default: all of them).
    pub outputs: Outputs,
}

/// The kinds of output a build writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outputs {
    /// RSS 2.0 feeds (`rss`).
    pub rss: bool,
    /// Atom 1.0 feeds (`atom`).
    pub atom: bool,
    /// JSON Feed 1.1 feeds (`json`).
    pub json: bool,
    /// NewsML-G2 text items (`newsml`).
    pub newsml: bool,
    /// NewsML-G2 picture items (`pictures`).
    pub pictures: bool,
    /// Edition pages and home pages (`pages`).
    pub pages: bool,
    /// The OPML index of every feed (`opml`).
    pub opml: bool,
}

impl Outputs {
    /// Every kind, with its name in `outputs = [...]`.
    pub const NAMES: [&'static str; 7] =
        ["rss", "atom", "json", "newsml", "pictures", "pages", "opml"];

    /// Every kind of output.
    pub const ALL: Outputs = Outputs {
        rss: true,
        atom: true,
        json: true,
        newsml: true,
        pictures: true,
        pages: true,
        opml: true,
    };

    /// No output.
    pub const NONE: Outputs = Outputs {
        rss: false,
        atom: false,
        json: false,
        newsml: false,
        pictures: false,
        pages: false,
        opml: false,
    };

    /// Turns on the kind called `name`; false if there is no such kind.
    pub fn enable(&mut self, name: &str) -> bool {
        let flag = match name {
            "rss" => &mut self.rss,
            "atom" => &mut self.atom,
            "json" => &mut self.json,
            "newsml" => &mut self.newsml,
            "pictures" => &mut self.pictures,
            "pages" => &mut self.pages,
            "opml" => &mut self.opml,
            _ => return false,
        };
        *flag = true;
        true
    }
}

impl Publication {
    /// The default [`Publication::feed_max_items`].
    pub const DEFAULT_FEED_MAX_ITEMS: usize = 50;
    /// The default [`Publication::feed_max_bytes`].
    pub const DEFAULT_FEED_MAX_BYTES: usize = 2_000_000;
}

/// The `[formats.<locale>]` settings of one locale: how its dates and numbers are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFormat {
    /// The locale tag as written (`silkwire-l10n` validates it).
    pub locale: Located<String>,
    /// The CLDR locale that formats its dates and numbers instead of the default (`ta-SG`, `pt-TL`).
    pub format_locale: Option<Located<String>>,
    /// The calendar of human dates.
    pub calendar: Option<Located<Calendar>>,
    /// The digits of human dates and numbers.
    pub digits: Option<Located<Digits>>,
}

/// A calendar for human dates (datelines). Machine dates are always Gregorian RFC 3339 / RFC 822.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// The Gregorian calendar (`-u-ca-gregory`).
    Gregorian,
    /// The Thai Buddhist calendar (`-u-ca-buddhist`), Thai's default: 2023 is 2566.
    Buddhist,
}

impl Calendar {
    /// The BCP 47 `-u-ca-` value.
    pub fn bcp47(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregory",
            Calendar::Buddhist => "buddhist",
        }
    }
}

/// The digits of human dates and numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    /// 0–9 (`-u-nu-latn`).
    Latin,
    /// The script's own digits where it has them (Burmese ၀–၉, Thai ๐–๙, Khmer ០–៩, Lao ໐–໙, Tamil ௦–௯).
    Native,
}

impl Publication {
    /// The host part of the base URL, used as the authority of `tag:` ids and NewsML guids.
    pub fn host(&self) -> &str {
        self.base_url.host_str().unwrap_or_default()
    }
}

/// A channel: a feed per locale of the releases that match its filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Channel {
    /// Slug; `all` is the channel of every release.
    pub id: String,
    /// Where the channel's id was written (`None` for the implicit channel `all`).
    pub origin: Option<Origin>,
    /// IPTC Media Topic qcodes; a release matches if it has any of them.
    pub subjects: Vec<Located<String>>,
    /// Keyword keys; a release matches if it has any of them.
    pub keywords: Vec<Located<String>>,
    /// Issuer organisation ids; a release matches if its issuer is one of them.
    pub issuers: Vec<Located<String>>,
}

impl Channel {
    /// The channel every publication has.
    pub const ALL: &'static str = "all";

    /// True if `release` belongs in this channel: every non-empty filter must match (any value in it).
    pub fn matches(&self, release: &Release) -> bool {
        fn any(filter: &[Located<String>], values: &[&Located<String>]) -> bool {
            filter.is_empty()
                || values
                    .iter()
                    .any(|v| filter.iter().any(|f| f.value == v.value))
        }
        any(&self.subjects, &release.subjects.iter().collect::<Vec<_>>())
            && any(&self.keywords, &release.keywords.iter().collect::<Vec<_>>())
            && any(&self.issuers, &[&release.issuer])
    }
}

/// One release: `feeds/releases/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The file it was loaded from.
    pub path: PathBuf,
    /// Slug, equal to the file stem; part of every id and URL of its editions.
    pub id: String,
    /// The locale the release was written in (the reference for its translations).
    pub source_locale: Located<String>,
    /// When it was first published, with an explicit offset.
    pub published: Timestamp,
    /// The issuing organisation (id).
    pub issuer: Located<String>,
    /// The distributing wire (id), named in the dateline.
    pub distributor: Located<String>,
    /// The original release on the issuer's or distributor's site.
    pub original_link: Url,
    /// Language-neutral slugline, e.g. `China-Guangxi-NEV-ASEAN`.
    pub slugline: String,
    /// A language-neutral key for the dateline place (the NewsML `located` literal), e.g. `beijing`.
    pub place: String,
    /// IPTC Media Topic qcodes (`medtop:NNNNNNNN`).
    pub subjects: Vec<Located<String>>,
    /// Keyword keys; each one's text is the Fluent message `keyword-<key>`.
    pub keywords: Vec<Located<String>>,
    /// Photos, in order.
    pub photos: Vec<Photo>,
    /// Until when the release is embargoed: before this instant it appears in no public output.
    pub embargo: Option<Timestamp>,
    /// Updates and corrections after publication, oldest first.
    pub updates: Vec<Update>,
    /// The release's withdrawal, if it was withdrawn.
    pub withdrawn: Option<Withdrawal>,
}

impl Release {
    /// The release as it stands at `now`: only the updates made by then, and the withdrawal only
    /// if it has happened. (An embargo is the caller's to apply: the build holds the release,
    /// a preview shows it.)
    pub fn as_of(&mut self, now: &Timestamp) {
        self.updates.retain(|u| u.time <= *now);
        self.withdrawn = self.withdrawn.take().filter(|w| w.time <= *now);
    }

    /// Still under embargo at `now`: held out of every public output.
    pub fn is_held(&self, now: &Timestamp) -> bool {
        self.embargo.is_some_and(|e| e > *now)
    }

    /// Withdrawn at or before `now`.
    pub fn is_withdrawn(&self, now: &Timestamp) -> bool {
        self.withdrawn.as_ref().is_some_and(|w| w.time <= *now)
    }

    /// The order of releases in feeds and lists: newest first, ties by id.
    pub fn newest_first(a: &Release, b: &Release) -> std::cmp::Ordering {
        b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id))
    }
}

/// What kind of change an update is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateKind {
    /// New or changed information (NewsML `sig:update`).
    Update,
    /// A mistake put right (NewsML `sig:correction`).
    Correction,
}

/// An update or correction of a published release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    /// When it was made.
    pub time: Timestamp,
    /// Update or correction.
    pub kind: UpdateKind,
    /// The Fluent message id, in the release's `.ftl` files, of the note that says what changed.
    pub note: Located<String>,
}

/// The withdrawal of a release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withdrawal {
    /// When it was withdrawn.
    pub time: Timestamp,
    /// The Fluent message id of the note that says why.
    pub note: Located<String>,
}

/// A photo of a release. Its caption and text alternative are Fluent messages `photo-<id>` and `.alt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// Slug, unique within the release.
    pub id: String,
    /// Absolute URL of the image.
    pub url: Url,
    /// Media type, e.g. `image/jpeg`.
    pub media_type: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Size in bytes.
    pub length: u64,
    /// The organisation credited (id).
    pub credit: Located<String>,
    /// The body paragraph (1-based) the photo follows.
    pub after_paragraph: Located<usize>,
}

/// An organisation that issues, distributes, credits or publishes releases: `feeds/orgs/<id>.toml`.
///
/// Its human text is Fluent, per locale, in `locales/<locale>/orgs.ftl`: the name `org-<id>` (with
/// `.dateline`, the name as datelines print it), and optionally `org-<id>-about` (the "About" section
/// at the end of every release it issues) and `org-<id>-disclaimer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    /// The file it was loaded from.
    pub path: PathBuf,
    /// Slug, equal to the file stem.
    pub id: String,
    /// Its website, if given.
    pub url: Option<Url>,
    /// Media contacts, printed at the end of every release it issues, in order.
    pub contacts: Vec<Contact>,
}

/// A media contact of an organisation. Names, addresses and numbers are the same in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// The person or desk, as it should be printed (e.g. `Li Wei (李伟)` or `Press office`).
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
    /// Telephone number in international format (`+86 10 6307 0000`).
    pub phone: Option<String>,
}
