### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = ไทย
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }: ข่าวประชาสัมพันธ์
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }: { $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = ข่าวประชาสัมพันธ์จากจีนและเอเชียตะวันออกเฉียงใต้ ฉบับภาษาไทย
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = ข่าวประชาสัมพันธ์เป็นลิขสิทธิ์ขององค์กรผู้ออกข่าวแต่ละราย สามารถนำไปใช้เพื่อการนำเสนอข่าวได้ โดยต้องระบุแหล่งที่มา
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = ยานยนต์พลังงานใหม่
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = การค้าอาเซียนและการพัฒนาภูมิภาค
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
# th: PR Newswire's Thai releases print "ปักกิ่ง, 18 กันยายน 2566 /PRNewswire/ — " (CLDR long date, Buddhist era).
dateline = { $place }, { DATETIME($date, dateStyle: "long") } /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " " }—{ " " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = ลิขสิทธิ์ © { $year } เป็นของ { $holder } เผยแพร่โดย { $distributor }
# NewsML usage terms.
usage-terms = ข่าวประชาสัมพันธ์: นำไปใช้เพื่อการนำเสนอข่าวได้โดยไม่มีค่าใช้จ่าย โดยระบุองค์กรผู้ออกข่าวเป็นแหล่งที่มา
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $issuer } เผยแพร่ผ่าน { $distributor }
# Label before the link to the original release, at the end of every edition.
label-original-link = ลิงก์ต้นฉบับ:
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = ภาพ: { $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = ข่าวประชาสัมพันธ์ฉบับนี้ในภาษาอื่น
# Heading of the list of feed links in an edition page's footer.
label-feeds = สมัครรับข่าวสาร
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = ภาษาอื่น
# Heading of the list of releases on each language's home page.
label-releases = ข่าวประชาสัมพันธ์
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count = ข่าวประชาสัมพันธ์ทั้งหมด { $count } ฉบับ
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = ปรับปรุงเมื่อ { DATETIME($date, dateStyle: "long") }: { $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = แก้ไขข้อผิดพลาดเมื่อ { DATETIME($date, dateStyle: "long") }: { $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = ถอนข่าวเมื่อ { DATETIME($date, dateStyle: "long") }: { $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = สงวนการเผยแพร่จนถึง { $time } ห้ามเผยแพร่ก่อนเวลาดังกล่าว
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = เกี่ยวกับ { $org }
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = ข้อมูลติดต่อสำหรับสื่อมวลชน
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = ข่าวประชาสัมพันธ์นี้เป็นฉบับแปล หากมีข้อความใดแตกต่างจากต้นฉบับ ให้ยึดถือต้นฉบับเป็นหลัก:
