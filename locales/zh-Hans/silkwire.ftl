### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = 简体中文
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }：新闻稿
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }：{ $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = 来自中国和东南亚的新闻稿，以简体中文发布。
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = 新闻稿版权归各发布机构所有，注明出处后可用于新闻编辑用途。
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = 新能源汽车
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = 东盟贸易与区域发展
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
dateline = { $place }{ DATETIME($date, dateStyle: "long") } /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " -- " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = { $year }年版权归{ $holder }所有。由{ $distributor }发布。
# NewsML usage terms.
usage-terms = 新闻稿：注明发布机构后可免费用于新闻编辑用途。
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $issuer }通过{ $distributor }发布
# Label before the link to the original release, at the end of every edition.
label-original-link = 原文链接：
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = 图片来源：{ $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = 本新闻稿的其他语言版本
# Heading of the list of feed links in an edition page's footer.
label-feeds = 订阅
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = 其他语言
# Heading of the list of releases on each language's home page.
label-releases = 新闻稿
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count = 共{ $count }篇新闻稿
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = { DATETIME($date, dateStyle: "long") }更新：{ $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = { DATETIME($date, dateStyle: "long") }更正：{ $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = { DATETIME($date, dateStyle: "long") }撤回：{ $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = 本稿禁发至{ $time }，此前不得发布。
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = 关于{ $org }
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = 媒体联系人
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = 本文为译文，如与原文有出入，以原文为准。原文：
