### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = ខ្មែរ
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }៖ សេចក្ដីប្រកាសព័ត៌មាន
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }៖ { $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = សេចក្ដីប្រកាសព័ត៌មានពីប្រទេសចិន និងអាស៊ីអាគ្នេយ៍ ជាភាសាខ្មែរ។
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = សេចក្ដីប្រកាសព័ត៌មាននីមួយៗ ជាកម្មសិទ្ធិរបស់ស្ថាប័នចេញផ្សាយ ហើយអាចយកទៅប្រើប្រាស់សម្រាប់គោលបំណងផ្សាយព័ត៌មាន ដោយត្រូវបញ្ជាក់ប្រភព។
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = យានយន្តថាមពលថ្មី
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = ពាណិជ្ជកម្មអាស៊ាន និងការអភិវឌ្ឍតំបន់
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
# km: Cambodian press writes "ថ្ងៃទី១៨ ខែកញ្ញា ឆ្នាំ២០២៣", not CLDR's "18 កញ្ញា 2023"; NUMBER() gives Latin digits unless the publication switches to Khmer digits.
dateline =
    { $place } ថ្ងៃទី{ NUMBER($day) } ខែ{ $month ->
        [1] មករា
        [2] កុម្ភៈ
        [3] មីនា
        [4] មេសា
        [5] ឧសភា
        [6] មិថុនា
        [7] កក្កដា
        [8] សីហា
        [9] កញ្ញា
        [10] តុលា
        [11] វិច្ឆិកា
       *[12] ធ្នូ
    } ឆ្នាំ{ NUMBER($year, useGrouping: "false") } /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " " }៖{ " " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = រក្សាសិទ្ធិឆ្នាំ{ NUMBER($year, useGrouping: "false") } ដោយ { $holder }។ ចែកចាយដោយ { $distributor }។
# NewsML usage terms.
usage-terms = សេចក្ដីប្រកាសព័ត៌មាន៖ អាចប្រើប្រាស់ដោយឥតគិតថ្លៃ សម្រាប់គោលបំណងផ្សាយព័ត៌មាន ដោយបញ្ជាក់ឈ្មោះស្ថាប័នចេញផ្សាយ។
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $issuer } តាមរយៈ { $distributor }
# Label before the link to the original release, at the end of every edition.
label-original-link = តំណភ្ជាប់ដើម៖
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = រូបភាព៖ { $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = សេចក្ដីប្រកាសព័ត៌មាននេះជាភាសាផ្សេងទៀត
# Heading of the list of feed links in an edition page's footer.
label-feeds = ជាវព័ត៌មាន
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = ភាសាផ្សេងទៀត
# Heading of the list of releases on each language's home page.
label-releases = សេចក្ដីប្រកាសព័ត៌មាន
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count = សេចក្ដីប្រកាសព័ត៌មានចំនួន { $count }
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = បច្ចុប្បន្នភាពថ្ងៃទី{ DATETIME($date, dateStyle: "long") }៖ { $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = ការកែតម្រូវថ្ងៃទី{ DATETIME($date, dateStyle: "long") }៖ { $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = ដកវិញថ្ងៃទី{ DATETIME($date, dateStyle: "long") }៖ { $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = ហាមផ្សាយរហូតដល់ { $time }។ មិនត្រូវចុះផ្សាយមុនពេលនោះឡើយ។
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = អំពី { $org }
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = ទំនាក់ទំនងសម្រាប់ប្រព័ន្ធផ្សព្វផ្សាយ
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = អត្ថបទនេះជាសេចក្ដីបកប្រែ។ ប្រសិនបើមានភាពខុសគ្នាពីអត្ថបទដើម ត្រូវយកអត្ថបទដើមជាគោល៖
