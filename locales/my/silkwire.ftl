### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = မြန်မာ
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }: သတင်းထုတ်ပြန်ချက်များ
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }: { $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = တရုတ်နိုင်ငံနှင့် အရှေ့တောင်အာရှမှ သတင်းထုတ်ပြန်ချက်များကို မြန်မာဘာသာဖြင့် ဖော်ပြသည်။
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = သတင်းထုတ်ပြန်ချက်များ၏ မူပိုင်ခွင့်သည် ထုတ်ပြန်သူများတွင် ရှိပြီး ရင်းမြစ်ကို ဖော်ပြ၍ သတင်းဖော်ပြရေး ရည်ရွယ်ချက်ဖြင့် အသုံးပြုနိုင်သည်။
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = စွမ်းအင်သစ်သုံးယာဉ်များ
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = အာဆီယံ ကုန်သွယ်ရေးနှင့် ဒေသဖွံ့ဖြိုးရေး
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
# my: Myanmar press writes dates as "၂၀၂၃ ခုနှစ် စက်တင်ဘာလ ၁၈ ရက်", not CLDR's "၂၀၂၃ စက်တင်ဘာ ၁၈"; NUMBER() keeps the digits switchable.
dateline =
    { $place }၊ { NUMBER($year, useGrouping: "false") } ခုနှစ် { $month ->
        [1] ဇန်နဝါရီလ
        [2] ဖေဖော်ဝါရီလ
        [3] မတ်လ
        [4] ဧပြီလ
        [5] မေလ
        [6] ဇွန်လ
        [7] ဇူလိုင်လ
        [8] ဩဂုတ်လ
        [9] စက်တင်ဘာလ
        [10] အောက်တိုဘာလ
        [11] နိုဝင်ဘာလ
       *[12] ဒီဇင်ဘာလ
    } { NUMBER($day) } ရက် /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " " }—{ " " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = မူပိုင်ခွင့် { NUMBER($year, useGrouping: "false") } { $holder }။ { $distributor } မှ ဖြန့်ချိသည်။
# NewsML usage terms.
usage-terms = သတင်းထုတ်ပြန်ချက်ဖြစ်၍ ထုတ်ပြန်သူကို ရင်းမြစ်အဖြစ် ဖော်ပြပါက သတင်းဖော်ပြရေးအတွက် အခမဲ့ အသုံးပြုနိုင်သည်။
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $distributor } မှတစ်ဆင့် { $issuer }
# Label before the link to the original release, at the end of every edition.
label-original-link = မူရင်းလင့်ခ် -
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = ဓာတ်ပုံ - { $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = ဤသတင်းထုတ်ပြန်ချက်ကို အခြားဘာသာစကားများဖြင့် ဖတ်ရှုရန်
# Heading of the list of feed links in an edition page's footer.
label-feeds = စာရင်းသွင်းရန်
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = အခြားဘာသာစကားများ
# Heading of the list of releases on each language's home page.
label-releases = သတင်းထုတ်ပြန်ချက်များ
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count = သတင်းထုတ်ပြန်ချက် { $count } စောင်
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = { DATETIME($date, dateStyle: "long") } ရက်တွင် ဖြည့်စွက်ပြင်ဆင်သည် - { $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = { DATETIME($date, dateStyle: "long") } ရက်တွင် အမှားပြင်ဆင်သည် - { $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = { DATETIME($date, dateStyle: "long") } ရက်တွင် ရုပ်သိမ်းသည် - { $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = { $time } အထိ ထုတ်ပြန်ခွင့် ပိတ်ထားသည်။ ယင်းအချိန်မတိုင်မီ မထုတ်ဝေရ။
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = { $org } အကြောင်း
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = မီဒီယာဆက်သွယ်ရန်
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
# my: ends with "မူရင်းဘာသာ -" (original language), the " -" label separator of label-original-link, before the link.
notice-translation = ဤသတင်းထုတ်ပြန်ချက်သည် ဘာသာပြန်ဆိုထားခြင်း ဖြစ်သည်။ မူရင်းနှင့် ကွဲလွဲမှုရှိပါက မူရင်းစာသားကို အတည်ယူရမည်။ မူရင်းဘာသာ -
