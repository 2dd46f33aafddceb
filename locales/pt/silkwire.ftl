### Silkwire's own strings. locales/en is the reference for every other locale:
### each locale's silkwire.ftl has the same messages.

# The language's name in itself, shown in the links to this language's edition from other editions.
language-name = Português
# Title of the feed of every release (channel "all"); $publisher is the publisher's name.
feed-title = { $publisher }: comunicados de imprensa
# Title of a channel's feed; $publisher is the publisher's name, $channel the channel's name (channel-… below).
feed-title-channel = { $publisher }: { $channel }
# Description of every feed (RSS channel description, Atom subtitle).
feed-description = Comunicados de imprensa da China e do Sudeste Asiático, em português.
# Rights statement of every feed (RSS copyright, Atom rights).
feed-rights = Os direitos de autor dos comunicados de imprensa pertencem às respetivas entidades emissoras. Os comunicados podem ser utilizados para fins editoriais, mediante menção da fonte.
# Name of the channel nev (feeds/silkwire.toml), used in its feed titles.
channel-nev = Veículos de novas energias
# Name of the channel asean-trade (feeds/silkwire.toml), used in its feed titles.
channel-asean-trade = Comércio e desenvolvimento regional da ASEAN
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
copyright-notice = Direitos de autor © { $year } { $holder }. Distribuído por { $distributor }.
# NewsML usage terms.
usage-terms = Comunicado de imprensa: utilização editorial gratuita, mediante menção da entidade emissora.
# NewsML creditline; $issuer is the issuer's name, $distributor the wire's name.
# identical-ok: “via” is Portuguese too (Lusa writes “X via Y”).
creditline = { $issuer } via { $distributor }
# Label before the link to the original release, at the end of every edition.
label-original-link = Ligação para a fonte:
# Credit under a photo; $credit is the credited organisation's name.
label-photo-credit = Foto: { $credit }
# Heading of the list of links to the same release in other languages (edition pages).
label-other-languages = Este comunicado noutras línguas
# Heading of the list of feed links in an edition page's footer.
label-feeds = Subscrever
# Heading of the list of links to the other languages' home pages (each language's home page).
label-languages = Outras línguas
# Heading of the list of releases on each language's home page.
label-releases = Comunicados de imprensa
# Line under that heading: how many releases the list holds. $count is the number (written in the
# language's own digits). Give a variant for each plural category your language uses; *[other] is required.
release-count =
    { $count ->
        [one] { $count } comunicado de imprensa
       *[other] { $count } comunicados de imprensa
    }
# Notice printed at the top of a release that was updated after publication (and sent as the NewsML
# editorial note). $date is the day of the update: format it with DATETIME($date, dateStyle: "long");
# $note is the release's own note saying what changed.
notice-update = Atualizado a { DATETIME($date, dateStyle: "long") }: { $note }
# Like notice-update, for a correction of a mistake ($note says what was corrected).
notice-correction = Corrigido a { DATETIME($date, dateStyle: "long") }: { $note }
# Like notice-update, for a release its issuer withdrew ($note says why). Only this notice remains.
notice-withdrawn = Retirado a { DATETIME($date, dateStyle: "long") }: { $note }
# Editorial note of a wire item under embargo, sent only to partners who receive embargoed copy.
# $time is the end of the embargo, e.g. 2023-09-18 10:00 UTC+08:00.
note-embargo = Sob embargo até { $time }. Não pode ser publicado antes dessa hora.
# Heading of an organisation's "About" section at the end of a release; $org is its name
# (org-… in orgs.ftl).
label-about = Sobre { $org }
# Heading of the media contacts at the end of a release (names, e-mail addresses and telephone
# numbers follow, as the organisation's file in feeds/orgs gives them).
label-media-contact = Contacto para a imprensa
# Notice at the top of every edition translated from another language. It is followed by a link to
# the original-language edition, whose text is that language's name in itself (English, 简体中文, ไทย).
notice-translation = Esta versão é uma tradução. Em caso de divergência, prevalece o texto original:
