### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = Tiếng Việt
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }: thông cáo báo chí
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }: { $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = Thông cáo báo chí từ Trung Quốc và Đông Nam Á, bằng tiếng Việt.
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = Bản quyền thông cáo báo chí thuộc về đơn vị phát hành; được phép sử dụng cho mục đích biên tập tin bài với điều kiện ghi rõ nguồn.
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = Xe năng lượng mới
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = Thương mại ASEAN và phát triển khu vực
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
# vi: PR Newswire's Vietnamese releases print "BẮC KINH, ngày 18 tháng 9 năm 2023 /PRNewswire/ --"; CLDR's long date ("18 tháng 9 2023") lacks "ngày"/"năm", so the date is built from its parts.
dateline = { $place }, ngày { $day } tháng { $month } năm { $year } /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " -- " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = Bản quyền năm { $year } thuộc về { $holder }. Phát hành qua { $distributor }.
# NewsML usage terms.
usage-terms = Thông cáo báo chí: được sử dụng miễn phí cho mục đích biên tập tin bài, với điều kiện ghi rõ nguồn là đơn vị phát hành.
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $issuer } qua { $distributor }
# Label before the link to the original release, at the end of every edition.
label-original-link = Liên kết bài gốc:
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = Ảnh: { $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = Thông cáo này bằng các ngôn ngữ khác
# Heading of the list of feed links in an edition page's footer.
label-feeds = Đăng ký theo dõi
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = Ngôn ngữ khác
# Heading of the list of releases on each language's home page.
label-releases = Thông cáo báo chí
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count = { $count } thông cáo báo chí
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = Cập nhật ngày { DATETIME($date, dateStyle: "short") }: { $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = Đính chính ngày { DATETIME($date, dateStyle: "short") }: { $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = Thu hồi ngày { DATETIME($date, dateStyle: "short") }: { $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = Lệnh cấm đăng có hiệu lực đến { $time }. Không được đăng tải trước thời điểm đó.
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = Giới thiệu về { $org }
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = Liên hệ báo chí
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = Đây là bản dịch. Nếu có khác biệt so với bản gốc, nội dung bản gốc được lấy làm chuẩn:
