### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = 繁體中文
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }：新聞稿
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }：{ $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = 來自中國及東南亞的新聞稿，以繁體中文發布。
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = 新聞稿版權歸各發布機構所有，註明出處即可供新聞編輯使用。
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = 新能源車
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = 東協貿易與區域發展
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
# zh-Hant: PR Newswire's Traditional Chinese house style, no 電 after the date: 北京2023年9月18日 /美通社/.
dateline = { $place }{ DATETIME($date, dateStyle: "long") } /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " -- " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = { $year }年版權歸{ $holder }所有。由{ $distributor }發布。
# NewsML usage terms.
usage-terms = 新聞稿：註明發布機構後，可免費供新聞編輯使用。
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $issuer }透過{ $distributor }發布
# Label before the link to the original release, at the end of every edition.
label-original-link = 原文連結：
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = 圖片來源：{ $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = 本新聞稿其他語言版本
# Heading of the list of feed links in an edition page's footer.
label-feeds = 訂閱
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = 其他語言
# Heading of the list of releases on each language's home page.
label-releases = 新聞稿
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count = 共{ $count }篇新聞稿
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = { DATETIME($date, dateStyle: "long") }更新：{ $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = { DATETIME($date, dateStyle: "long") }更正：{ $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = { DATETIME($date, dateStyle: "long") }撤稿：{ $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = 本稿於{ $time }解禁，解禁前不得發布。
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = 關於{ $org }
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = 媒體聯絡人
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = 本文為譯文，如與原文有出入，以原文為準。原文：
