### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = Tetun
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }: komunikadu imprensa
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }: { $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = Komunikadu imprensa hosi Xina no Sudeste Aziátiku, iha lia-tetun.
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = Direitu autór komunikadu imprensa nian pertense ba entidade ne’ebé fó-sai; bele uza ba objetivu editoriál, ho kondisaun katak temi fonte.
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = Veíkulu enerjia foun
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = Komérsiu ASEAN no dezenvolvimentu rejionál
# The dateline printed before a release's first paragraph and in the NewsML "dateline".
# Variables: $place is the place as the release prints it in datelines; $date is the release date
# (format it with DATETIME($date, dateStyle: "long"), or "medium", "short", "full");
# $month (1–12), $day and $year are the parts of the date in Latin digits;
# $distributor is the wire's name as datelines print it (org-… .dateline).
# English wire style abbreviates months as the AP stylebook does: Sept. 18, 2023.
# CLDR has no Tetum: DATETIME would print Portuguese, so month names are spelled out as TATOLI prints them (INL spelling, capitalised).
dateline =
    { $place }, { $day } { $month ->
        [1] Janeiru
        [2] Fevereiru
        [3] Marsu
        [4] Abríl
        [5] Maiu
        [6] Juñu
        [7] Jullu
        [8] Agostu
        [9] Setembru
        [10] Outubru
        [11] Novembru
       *[12] Dezembru
    } { $year } /{ $distributor }/
# Printed between the dateline and the first paragraph's text.
dateline-separator = { " " }—{ " " }
# NewsML rights: $year is the year of publication, $holder the issuer's name, $distributor the wire's name.
copyright-notice = Direitu autór © { $year } { $holder }. Distribui hosi { $distributor }.
# NewsML usage terms.
usage-terms = Komunikadu imprensa: bele uza grátis ba objetivu editoriál, ho kondisaun katak temi entidade ne’ebé fó-sai.
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
creditline = { $issuer } liuhosi { $distributor }
# Label before the link to the original release, at the end of every edition.
label-original-link = Ligasaun orijinál:
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = Foto: { $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = Komunikadu ida-ne’e iha lian seluk
# Heading of the list of feed links in an edition page's footer.
label-feeds = Subskreve
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = Lian seluk
# Heading of the list of releases on each language's home page.
label-releases = Komunikadu imprensa
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count = Komunikadu imprensa hamutuk { $count }
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = Atualiza iha { DATETIME($date, dateStyle: "medium") }: { $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = Hadi’a sala iha { DATETIME($date, dateStyle: "medium") }: { $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = Hasai iha { DATETIME($date, dateStyle: "medium") }: { $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = Embargu to’o { $time }. Labele fó-sai molok tempu ne’e.
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = Kona-ba { $org }
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = Kontaktu ba imprensa
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = Edisaun ne’e tradusaun ida. Se iha diferensa ruma ho orijinál, testu orijinál mak prevalese:
