### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = தமிழ்
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }: செய்திக்குறிப்புகள்
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }: { $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = சீனா, தென்கிழக்காசியா ஆகியவற்றிலிருந்து வெளியாகும் செய்திக்குறிப்புகள், தமிழில்.
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = செய்திக்குறிப்புகளின் பதிப்புரிமை அவற்றை வெளியிடும் நிறுவனங்களுக்கே உரியது. மூலத்தைக் குறிப்பிட்டு, செய்தி வெளியீட்டு நோக்கங்களுக்கு அவற்றைப் பயன்படுத்தலாம்.
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = புதிய எரிசக்தி வாகனங்கள்
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = ஆசியான் வர்த்தகமும் வட்டார வளர்ச்சியும்
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
dateline = { $place }, { DATETIME($date, dateStyle: "long") } /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " " }—{ " " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = பதிப்புரிமை { $year } { $holder }. விநியோகம்: { $distributor }.
# NewsML usage terms.
usage-terms = செய்திக்குறிப்பு: வெளியிட்ட நிறுவனத்தைக் குறிப்பிட்டு, செய்தி வெளியீட்டுக்கு இலவசமாகப் பயன்படுத்தலாம்.
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $issuer }, { $distributor } வழியாக
# Label before the link to the original release, at the end of every edition.
label-original-link = மூல இணைப்பு:
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = படம்: { $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = இந்தச் செய்திக்குறிப்பு பிற மொழிகளில்
# Heading of the list of feed links in an edition page's footer.
label-feeds = குழுசேர்க
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = பிற மொழிகள்
# Heading of the list of releases on each language's home page.
label-releases = செய்திக்குறிப்புகள்
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count =
    { $count ->
        [one] { $count } செய்திக்குறிப்பு
       *[other] { $count } செய்திக்குறிப்புகள்
    }
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = { DATETIME($date, dateStyle: "long") } அன்று புதுப்பிக்கப்பட்டது: { $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = { DATETIME($date, dateStyle: "long") } அன்று செய்யப்பட்ட திருத்தம்: { $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = { DATETIME($date, dateStyle: "long") } அன்று திரும்பப் பெறப்பட்டது: { $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = { $time } வரை வெளியீட்டுத் தடை. அதற்கு முன் வெளியிடக் கூடாது.
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = { $org } பற்றி
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = ஊடகத் தொடர்பு
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = இது ஒரு மொழிபெயர்ப்பு. மூலப் பதிப்புக்கும் இதற்கும் வேறுபாடு இருந்தால், மூல உரையே இறுதியானது. மூலப் பதிப்பு:
